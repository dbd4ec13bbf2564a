"""The .cxmap format: round trips, stable bytes, migrations, and clear refusals of bad files."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from cxmapper.model import ops, storage
from cxmapper.model.project import SCHEMA_VERSION, Project, Touchpoint, new_project
from cxmapper.model.storage import CxmapFileError, UnsupportedVersionError
from tests.strategies import projects

FIXTURES = Path(__file__).parent / "fixtures"


def sample_project() -> Project:
    p = new_project("ca")
    ops.add_touchpoint(
        p,
        Touchpoint(
            id="tp-1", title="Publicitat a l'Instagram · l·l ñ ¿¡ 😀", stage_id="stage-before", lane_id="lane-main"
        ),
    )
    return p


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(projects())
def test_save_load_round_trip_and_stable_bytes(tmp_path: Path, p: Project) -> None:
    path = tmp_path / "map.cxmap"
    storage.save(p, path, fsync=False)
    first = path.read_bytes()
    assert storage.load(path) == p
    storage.save(storage.load(path), path, fsync=False)
    assert path.read_bytes() == first


def test_file_is_readable_utf8_json_with_schema_version_first(tmp_path: Path) -> None:
    path = tmp_path / "m.cxmap"
    storage.save(sample_project(), path)
    text = path.read_text(encoding="utf-8")
    assert "l·l ñ ¿¡ 😀" in text  # not \u-escaped: readable in a diff
    assert text.splitlines()[1].strip() == f'"schema_version": {SCHEMA_VERSION},'
    assert json.loads(text)["touchpoints"][0]["id"] == "tp-1"


def test_one_card_edit_is_a_small_diff(tmp_path: Path) -> None:
    p = sample_project()
    a, b = tmp_path / "a.cxmap", tmp_path / "b.cxmap"
    storage.save(p, a)
    ops.update_touchpoint(p, "tp-1", score=1)
    storage.save(p, b)
    pairs = zip(a.read_text().splitlines(), b.read_text().splitlines(), strict=True)
    changed = [(x, y) for x, y in pairs if x != y]
    assert changed == [('      "score": null,', '      "score": 1,')]


def test_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "m.cxmap"
    p = sample_project()
    storage.save(p, path)
    old = path.read_bytes()
    ops.update_project(p, title="Nou títol")
    storage.save(p, path)
    assert (tmp_path / "m.cxmap.bak").read_bytes() == old
    assert storage.load(path).title == "Nou títol"
    assert [f.name for f in tmp_path.iterdir() if f.name.endswith(".tmp")] == []


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _good_dict() -> dict[str, object]:
    return json.loads(storage.dumps(sample_project()))


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = storage.dumps(sample_project())
    wrong_type = _good_dict()
    wrong_type["touchpoints"][0]["score"] = "great"  # type: ignore[index]
    dangling = _good_dict()
    dangling["touchpoints"][0]["stage_id"] = "stage-gone"  # type: ignore[index]
    dup = _good_dict()
    dup["touchpoints"].append(dict(dup["touchpoints"][0]))  # type: ignore[union-attr, index]
    newer = _good_dict()
    newer["schema_version"] = SCHEMA_VERSION + 1
    folder = tmp_path / "folder.cxmap"
    folder.mkdir()
    return {
        "truncated": (_write(tmp_path, "t.cxmap", good[: len(good) // 2]), "truncated"),
        "invalid json": (_write(tmp_path, "j.cxmap", b'{"schema_version": 1,, }'), "invalid JSON at line 1, column 22"),
        "wrong type": (_write(tmp_path, "w.cxmap", json.dumps(wrong_type).encode()), "touchpoints[0].score"),
        "dangling": (_write(tmp_path, "d.cxmap", json.dumps(dangling).encode()), "stage that does not exist"),
        "duplicate": (_write(tmp_path, "u.cxmap", json.dumps(dup).encode()), "duplicate touchpoint id"),
        "newer": (_write(tmp_path, "n.cxmap", json.dumps(newer).encode()), f"version {SCHEMA_VERSION + 1}"),
        "not utf-8": (_write(tmp_path, "l.cxmap", good.replace("·".encode(), b"\xb7")), "not UTF-8"),
        "empty": (_write(tmp_path, "e.cxmap", b""), "empty"),
        "directory": (folder, "folder"),
        "not a map": (_write(tmp_path, "a.cxmap", b"[1, 2]"), "not a cxmapper map"),
        "missing": (tmp_path / "none.cxmap", "no such file"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "truncated",
        "invalid json",
        "wrong type",
        "dangling",
        "duplicate",
        "newer",
        "not utf-8",
        "empty",
        "directory",
        "not a map",
        "missing",
    ],
)
def test_bad_files_give_their_own_message_and_are_untouched(tmp_path: Path, case: str) -> None:
    path, needle = _bad_files(tmp_path)[case]
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(CxmapFileError) as info:
        storage.load(path)
    assert needle in str(info.value)
    assert "\n" not in str(info.value)
    assert (path.read_bytes() if path.is_file() else None) == before


def test_newer_version_names_both_versions(tmp_path: Path) -> None:
    data = _good_dict()
    data["schema_version"] = 7
    path = _write(tmp_path, "n.cxmap", json.dumps(data).encode())
    with pytest.raises(UnsupportedVersionError) as info:
        storage.load(path)
    assert info.value.found == 7
    assert "version 7" in str(info.value) and f"up to {SCHEMA_VERSION}" in str(info.value)


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 1000)
    path = _write(tmp_path, "big.cxmap", storage.dumps(sample_project()) + b" " * 2000)
    with pytest.raises(CxmapFileError, match="are refused"):
        storage.load(path)


def test_version_0_file_is_migrated() -> None:
    p = storage.load(FIXTURES / "v0-map.json")
    assert p.schema_version == SCHEMA_VERSION
    assert p.title == "Prototype map (format 0)"
    assert [s.name for s in p.stages] == ["Descobriment", "Compra", "Després"]
    by_id = {tp.id: tp for tp in p.touchpoints}
    assert by_id["k1"].title == "Anunci a Instagram" and by_id["k1"].score == 1  # emotion 4 of 5
    assert by_id["k2"].score == -2  # emotion 1 of 5
    assert by_id["k3"].score is None
    assert [tp.id for tp in p.cell("c2", p.lanes[0].id)] == ["k2", "k3"]


def test_failed_save_disk_full_leaves_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cxmap"
    storage.save(sample_project(), path)
    old = path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", full)
    changed = sample_project()
    ops.update_project(changed, title="changed")
    with pytest.raises(CxmapFileError, match="disk is full"):
        storage.save(changed, path)
    assert path.read_bytes() == old
    assert sorted(f.name for f in tmp_path.iterdir()) == ["m.cxmap"]


def test_failed_save_read_only_folder_leaves_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cxmap"
    storage.save(sample_project(), path)
    old = path.read_bytes()
    if os.geteuid() == 0:
        # root ignores directory permissions; simulate what the kernel says to everyone else.
        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(storage.tempfile, "mkstemp", refuse)
    else:
        tmp_path.chmod(0o555)
    try:
        with pytest.raises(CxmapFileError, match="read-only"):
            storage.save(new_project(), path)
    finally:
        tmp_path.chmod(0o755)
    assert path.read_bytes() == old


def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    assert gc.isenabled()
    storage.loads(storage.dumps(sample_project()))
    assert gc.isenabled()
    with pytest.raises(CxmapFileError):
        storage.loads(b'{"schema_version": 1,')
    assert gc.isenabled()
    gc.disable()
    try:
        storage.loads(storage.dumps(sample_project()))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_version_1_file_opens_unchanged_in_meaning() -> None:
    """A map saved by the first release (format 1) loads with every value it had, at the new version."""
    old = json.loads((FIXTURES / "v1-beauty-salon.cxmap").read_text(encoding="utf-8"))
    assert old["schema_version"] == 1
    p = storage.load(FIXTURES / "v1-beauty-salon.cxmap")
    assert p.schema_version == SCHEMA_VERSION == 2
    assert [s.name for s in p.stages] == [s["name"] for s in old["stages"]]
    by_id = {tp.id: tp for tp in p.touchpoints}
    assert len(by_id) == len(old["touchpoints"])
    for tp in old["touchpoints"]:
        dumped = by_id[tp["id"]].model_dump(mode="json")
        assert {k: dumped[k] for k in tp} == tp
