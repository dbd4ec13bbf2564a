"""Fuzzing the loader with damaged copies of real maps: only `CxmapFileError` or a savable Project.

The inputs are the bundled sample maps (or a generated map if none are bundled), damaged the way
files really get damaged (cut short, bit rot, stray bytes) or the way a hostile file is built
(values of the wrong type, deep nesting, duplicated keys). About 8,000 cases in all; the file
runs in well under a minute.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxmapper.model import storage
from cxmapper.model.project import Touchpoint, new_project
from cxmapper.model.storage import CxmapFileError

FIXTURES = Path(__file__).parent / "fixtures"


def _samples() -> list[bytes]:
    folder = resources.files("cxmapper.resources") / "samples"
    found = sorted(
        (f.read_bytes() for f in folder.iterdir() if f.name.endswith(".cxmap")) if folder.is_dir() else [],
        key=len,
    )
    if not found:
        p = new_project("ca")
        for i in range(5):
            p.touchpoints.append(
                Touchpoint(id=f"tp-{i}", title=f"Carta {i} · ñ 😀", stage_id="stage-during", lane_id="lane-main")
            )
        found = [storage.dumps(storage.loads(storage.dumps(p)))]
    # The old format exercises the migration path, which sees data no current validator checked.
    v0 = FIXTURES / "v0-map.json"
    return [*found, v0.read_bytes()] if v0.exists() else found


SAMPLES = _samples()
PARSED = [json.loads(raw) for raw in SAMPLES]


def fuzz(examples: int) -> settings:
    """Settings for one fuzz test: the example count is what keeps the file under a minute."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def check(raw: bytes) -> None:
    """The loader's whole contract: a clear one-line refusal, or a project that saves and reloads."""
    try:
        project = storage.loads(raw, "fuzz.cxmap")
    except CxmapFileError as exc:
        message = str(exc)
        assert message.startswith("fuzz.cxmap: ") and len(message) > len("fuzz.cxmap: ")
        assert "\n" not in message
        message.encode("utf-8")
        return
    again = storage.loads(storage.dumps(project))
    assert again == project


samples = st.sampled_from(range(len(SAMPLES)))


# -- byte level --------------------------------------------------------------------------------


@fuzz(1000)
@given(samples, st.floats(0, 1))
def test_truncated(index: int, where: float) -> None:
    raw = SAMPLES[index]
    check(raw[: int(len(raw) * where)])


@fuzz(2000)
@given(st.data())
def test_byte_flips(data: st.DataObject) -> None:
    raw = bytearray(SAMPLES[data.draw(samples)])
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), min_size=1, max_size=8))
    for pos, mask in flips:
        raw[pos] ^= mask
    check(bytes(raw))


@fuzz(1500)
@given(st.data())
def test_inserted_bytes(data: st.DataObject) -> None:
    raw = SAMPLES[data.draw(samples)]
    pos = data.draw(st.integers(0, len(raw)))
    junk = data.draw(
        st.one_of(
            st.binary(min_size=1, max_size=16),
            st.sampled_from([b"{", b"}", b"[", b"]", b",", b'"', b"\\", b":", b"\\u", b"\\ud800", b"\xef\xbb\xbf"]),
        )
    )
    check(raw[:pos] + junk + raw[pos:])


@fuzz(300)
@given(st.data())
def test_spliced_samples(data: st.DataObject) -> None:
    a, b = SAMPLES[data.draw(samples)], SAMPLES[data.draw(samples)]
    check(a[: data.draw(st.integers(0, len(a)))] + b[data.draw(st.integers(0, len(b))) :])


# -- JSON level --------------------------------------------------------------------------------

Path_ = tuple[str | int, ...]


def _paths(value: Any, prefix: Path_ = ()) -> list[Path_]:
    out: list[Path_] = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*prefix, i)))
    return out


PATHS = [_paths(doc) for doc in PARSED]


def _replace(doc: Any, path: Path_, new: Any) -> Any:
    if not path:
        return new
    copy = json.loads(json.dumps(doc))
    node = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = new
    return copy


def _delete(doc: Any, path: Path_) -> Any:
    if not path:
        return doc
    copy = json.loads(json.dumps(doc))
    node = copy
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return copy


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, 1, -1, 2, 3, -3, 10**30, 2**63]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "stage-before", "lane-main", "during", "#ff0000", "2025-01-01T00:00:00Z", "x" * 300]),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)


@fuzz(2000)
@given(st.data())
def test_type_swaps_and_removals(data: st.DataObject) -> None:
    index = data.draw(samples)
    path = data.draw(st.sampled_from(PATHS[index]))
    if data.draw(st.booleans()):
        doc = _replace(PARSED[index], path, data.draw(json_values))
    else:
        doc = _delete(PARSED[index], path)
    check(json.dumps(doc, ensure_ascii=data.draw(st.booleans())).encode())


@fuzz(200)
@given(st.data())
def test_deep_nesting(data: st.DataObject) -> None:
    index = data.draw(samples)
    path = data.draw(st.sampled_from(PATHS[index]))
    depth = data.draw(st.sampled_from([2, 50, 500, 999, 1001, 5000, 100_000]))
    opener, closer = data.draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
    text = json.dumps(_replace(PARSED[index], path, "@@NEST@@"))
    inner = "1" if opener != "[" else ""
    nested = opener * depth + inner + closer * depth
    if data.draw(st.booleans()):
        nested = opener * depth  # never closed
    check(text.replace('"@@NEST@@"', nested, 1).encode())


def _dump_with_duplicate(value: Any, target: Path_, key: str, extra: Any, first: bool) -> str:
    """Serialise like json.dumps, but give the object at ``target`` a second ``key``."""
    if isinstance(value, dict):
        pairs = [(k, _dump_with_duplicate(v, (), "", None, False) if target == () else None) for k, v in value.items()]
        if target == ():
            items = [f"{json.dumps(k)}: {v}" for k, v in pairs]
            dup = f"{json.dumps(key)}: {json.dumps(extra)}"
            items = [dup, *items] if first else [*items, dup]
            return "{" + ", ".join(items) + "}"
        head, rest = target[0], target[1:]
        return (
            "{"
            + ", ".join(
                f"{json.dumps(k)}: "
                + (_dump_with_duplicate(v, rest, key, extra, first) if k == head else json.dumps(v))
                for k, v in value.items()
            )
            + "}"
        )
    if isinstance(value, list) and target:
        head, rest = target[0], target[1:]
        return (
            "["
            + ", ".join(
                _dump_with_duplicate(v, rest, key, extra, first) if i == head else json.dumps(v)
                for i, v in enumerate(value)
            )
            + "]"
        )
    return json.dumps(value)


@fuzz(1000)
@given(st.data())
def test_duplicated_keys(data: st.DataObject) -> None:
    index = data.draw(samples)
    doc = PARSED[index]
    objects = [p for p in PATHS[index] if isinstance(_get(doc, p), dict)]
    target = data.draw(st.sampled_from(objects))
    obj = _get(doc, target)
    key = data.draw(st.sampled_from(sorted(obj)) if obj else st.text(max_size=5))
    extra = data.draw(st.one_of(json_values, st.just(obj.get(key))))
    check(_dump_with_duplicate(doc, target, key, extra, data.draw(st.booleans())).encode())


def _get(doc: Any, path: Path_) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def test_duplicate_helper_really_duplicates() -> None:
    text = _dump_with_duplicate({"a": {"b": 1}}, ("a",), "b", 2, first=False)
    assert text == '{"a": {"b": 1, "b": 2}}'
    assert json.loads(text) == {"a": {"b": 2}}


def test_untouched_samples_load() -> None:
    for raw in SAMPLES:
        check(raw)
        storage.loads(raw)
