"""Hostile and broken files: each is refused with its own one-line reason, quickly, and nothing blocks.

Also the facts behind safe saving: a failed save leaves the old file and no temporary file, and
`check_writable` names the problem before the user loses time.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cxmapper.model import storage
from cxmapper.model.project import TEXT_MAX, TITLE_MAX, TOUCHPOINTS_MAX, Touchpoint, new_project
from cxmapper.model.storage import CxmapFileError

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds")


def good_dict() -> dict[str, Any]:
    p = new_project()
    p.touchpoints.append(Touchpoint(id="tp-1", title="Ad", stage_id="stage-before", lane_id="lane-main"))
    return json.loads(storage.dumps(p))


def good_bytes() -> bytes:
    return json.dumps(good_dict()).encode()


def refuse(raw: bytes) -> str:
    """Load ``raw`` and return the one-line reason it was refused."""
    start = time.monotonic()
    with pytest.raises(CxmapFileError) as info:
        storage.loads(raw, "hostile.cxmap")
    assert time.monotonic() - start < 10, "a hostile file must not keep the loader busy"
    message = str(info.value)
    assert "\n" not in message
    message.encode("utf-8")  # printable anywhere, even when it quotes a bad key
    return message


# -- hostile contents ------------------------------------------------------------------------


def test_deeply_nested_arrays() -> None:
    assert "nested too deeply" in refuse(b"[" * 100_000)


def test_deeply_nested_inside_a_map() -> None:
    raw = good_bytes()
    raw = raw[:-1] + b', "extra": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_000 + b"}"
    assert "nested too deeply" in refuse(raw)


def test_huge_title() -> None:
    data = good_dict()
    data["title"] = "x" * 1_000_000
    message = refuse(json.dumps(data).encode())
    assert f"title: text too long (at most {TITLE_MAX:,} characters)" in message


def test_huge_description_names_the_card() -> None:
    data = good_dict()
    data["touchpoints"][0]["description"] = "y" * (TEXT_MAX + 1)
    assert "touchpoints[0].description: text too long" in refuse(json.dumps(data).encode())


def test_too_many_touchpoints() -> None:
    data = good_dict()
    n = TOUCHPOINTS_MAX + 1
    data["touchpoints"] = [
        {"id": f"t{i}", "title": "", "stage_id": "stage-before", "lane_id": "lane-main", "order": i} for i in range(n)
    ]
    assert f"the map has {n:,} touchpoints; cxmapper opens maps of up to {TOUCHPOINTS_MAX:,}" in refuse(
        json.dumps(data).encode()
    )


def test_millions_of_values_are_refused_before_parsing() -> None:
    raw = good_bytes().replace(b'"tags": []', b'"tags": [' + b"1," * 3_500_000 + b"1]", 1)
    assert "JSON values, far more than any map" in refuse(raw)


def test_commas_inside_text_do_not_count_as_values() -> None:
    data = good_dict()
    # 4 million commas, all inside strings: suspicious to the quick count, fine when counted exactly.
    data["touchpoints"] = [
        {"id": f"t{i}", "title": ",", "description": "," * 10_000, "stage_id": "stage-before", "lane_id": "lane-main"}
        for i in range(400)
    ]
    assert len(storage.loads(json.dumps(data).encode()).touchpoints) == 400


def test_a_million_broken_cards_cost_one_error() -> None:
    raw = good_bytes().replace(b'"touchpoints": [', b'"touchpoints": [' + b"{}," * 1_000_000, 1)
    message = refuse(raw)
    assert "touchpoints[0].id: Field required" in message
    assert "more problems" in message and "999" not in message


def test_nul_bytes() -> None:
    raw = good_bytes()
    assert "binary data (a NUL byte at position 10)" in refuse(raw[:10] + b"\x00" + raw[10:])


def test_utf16_file() -> None:
    assert "UTF-16" in refuse(good_bytes().decode().encode("utf-16"))
    assert "UTF-16" in refuse(good_bytes().decode().encode("utf-16-le"))


def test_lone_surrogate_in_text() -> None:
    raw = good_bytes().replace(b'"title": "Ad"', b'"title": "A\\ud800d"')
    message = refuse(raw)
    assert "touchpoints[0].title" in message and "lone UTF-16 surrogate" in message


def test_valid_surrogate_pair_is_an_emoji() -> None:
    raw = good_bytes().replace(b'"title": "Ad"', b'"title": "\\ud83d\\ude00"')
    assert storage.loads(raw).touchpoints[0].title == "😀"


def test_lone_surrogate_in_a_key_gives_a_printable_message() -> None:
    raw = good_bytes()[:-1] + b', "\\udc80": 1}'
    assert "lone UTF-16 surrogate" in refuse(raw)


def test_number_with_thousands_of_digits() -> None:
    raw = good_bytes().replace(b'"order": 0', b'"order": 1' + b"0" * 5000)
    assert "thousands of digits" in refuse(raw)


def test_damaged_old_format() -> None:
    assert "version-0 map is damaged" in refuse(b'{"version": 0, "columns": [1, 2]}')
    assert "version-0 map is damaged" in refuse(b'{"version": 0, "cards": "abc"}')


def test_in_memory_surrogate_is_saved_as_replacement_character(tmp_path: Path) -> None:
    p = new_project()
    p.title = "a\ud800b"  # a paste can smuggle one in; the map must still be savable
    storage.save(p, tmp_path / "m.cxmap")
    assert storage.load(tmp_path / "m.cxmap").title == "a\ufffdb"


# -- hostile paths ---------------------------------------------------------------------------


def refuse_path(path: Path | str) -> str:
    with pytest.raises(CxmapFileError) as info:
        storage.load(path)
    message = str(info.value)
    assert "\n" not in message
    return message


@posix_only
def test_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a.cxmap", tmp_path / "b.cxmap"
    a.symlink_to(b)
    b.symlink_to(a)
    assert "loop of symbolic links" in refuse_path(a)


@posix_only
def test_symlink_to_a_map_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.cxmap"
    real.write_bytes(good_bytes())
    (tmp_path / "link.cxmap").symlink_to(real)
    assert storage.load(tmp_path / "link.cxmap").touchpoints[0].id == "tp-1"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.cxmap"
    os.mkfifo(fifo)
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(_reason_or_ok(fifo)), daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        # Unblock the loader so the test run can end, then fail loudly.
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(5)
        pytest.fail("loading a FIFO blocked")
    assert result and "named pipe (FIFO)" in result[0]


def _reason_or_ok(path: Path) -> str:
    try:
        storage.load(path)
    except CxmapFileError as exc:
        return str(exc)
    return "ok"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_device_is_refused() -> None:
    assert "a device" in refuse_path("/dev/null")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_socket_is_refused() -> None:
    with tempfile.TemporaryDirectory(dir="/tmp") as short, socket.socket(socket.AF_UNIX) as sock:
        path = Path(short) / "s.cxmap"
        sock.bind(str(path))
        assert "a socket" in refuse_path(path)


def test_directory(tmp_path: Path) -> None:
    assert "this is a folder" in refuse_path(tmp_path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.cxmap"
    path.write_bytes(good_bytes())
    if os.name == "posix" and os.geteuid() == 0:
        real_open = os.open

        def denied(p: Any, *args: Any, **kwargs: Any) -> int:
            if Path(p) == path:
                raise PermissionError(errno.EACCES, "Permission denied")
            return real_open(p, *args, **kwargs)

        monkeypatch.setattr(storage.os, "open", denied)  # root reads everything; simulate a user
    else:
        path.chmod(0)
    try:
        assert "permission denied: the file cannot be read" in refuse_path(path)
    finally:
        path.chmod(0o644)


def test_nul_in_file_name() -> None:
    assert "NUL character" in refuse_path("bad\x00name.cxmap")


def test_missing_parent_is_reported(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    assert "a part of the path is a file" in refuse_path(tmp_path / "file" / "m.cxmap")


# -- nothing in a map is executed or used as a path --------------------------------------------

_AUDIT: list[tuple[str, tuple[Any, ...]]] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _AUDIT is not None:
        _AUDIT.append((event, args))


@pytest.fixture
def audit() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    global _AUDIT
    if not getattr(sys, "_cxmapper_audit_installed", False):
        sys.addaudithook(_audit)  # hooks cannot be removed; the global switches it off
        sys._cxmapper_audit_installed = True  # type: ignore[attr-defined]
    _AUDIT = []
    try:
        yield _AUDIT
    finally:
        _AUDIT = None


def test_map_text_is_never_opened_or_run(tmp_path: Path, audit: list[tuple[str, tuple[Any, ...]]]) -> None:
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_text("must not be touched")
    data = good_dict()
    bait = [str(sentinel), "../../../etc/passwd", "$(touch pwned)", "__import__('os').system('x')", "{0.__class__}"]
    for i, key in enumerate(("title", "brand", "author", "description")):
        data[key] = bait[i % len(bait)]
    for key in ("title", "description", "notes", "owner", "kpi", "customer_action", "thoughts"):
        data["touchpoints"][0][key] = bait[hash(key) % len(bait)]
    data["touchpoints"][0]["tags"] = ["/etc/passwd", "../sentinel.txt"]
    path = tmp_path / "bait.cxmap"
    path.write_bytes(json.dumps(data).encode())
    audit.clear()
    project = storage.load(path)
    storage.save(project, tmp_path / "copy.cxmap")
    events = list(audit)
    opened = {str(args[0]) for event, args in events if event == "open" and isinstance(args[0], (str, Path))}
    assert str(sentinel) not in opened and not (tmp_path / "pwned").exists()
    assert all(name.startswith(str(tmp_path)) for name in opened), opened
    forbidden = {"exec", "compile", "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn"}
    assert not [event for event, _ in events if event in forbidden]


# -- safe saving -----------------------------------------------------------------------------


def test_failed_rename_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cxmap"
    storage.save(new_project(title="old"), path)
    old = path.read_bytes()

    def refuse_rename(src: Any, dst: Any) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(storage.os, "replace", refuse_rename)
    with pytest.raises(CxmapFileError, match="read-only"):
        storage.save(new_project(title="new"), path)
    assert path.read_bytes() == old
    assert not [f for f in tmp_path.iterdir() if f.name.endswith(".tmp")]


def test_failed_backup_does_not_stop_the_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cxmap"
    storage.save(new_project(title="old"), path)

    def no(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(storage.os, "link", no)
    monkeypatch.setattr(storage.shutil, "copyfile", no)
    storage.save(new_project(title="new"), path)
    assert storage.load(path).title == "new"
    assert sorted(f.name for f in tmp_path.iterdir()) == ["m.cxmap"]


@posix_only
def test_save_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.cxmap"
    storage.save(new_project(title="old"), real)
    link = tmp_path / "link.cxmap"
    link.symlink_to(real)
    storage.save(new_project(title="new"), link)
    assert link.is_symlink() and storage.load(real).title == "new"


def test_check_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert storage.check_writable(tmp_path / "new.cxmap") is None
    assert storage.check_writable(tmp_path) == "this is a folder, not a map file"
    assert storage.check_writable(tmp_path / "missing" / "m.cxmap") == "the folder does not exist"
    ro = tmp_path / "ro.cxmap"
    ro.write_bytes(good_bytes())
    ro.chmod(0o444)
    monkeypatch.setattr(storage.os, "access", lambda p, mode: Path(p) != ro)  # root may write anything
    assert storage.check_writable(ro) == "the file is read-only"
    monkeypatch.undo()

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.tempfile, "mkstemp", full)
    assert "disk is full" in (storage.check_writable(tmp_path / "new.cxmap") or "")
    assert not list(tmp_path.glob(".*.tmp"))


def test_temp_files_of_killed_saves_are_swept_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "m.cxmap"
    storage.save(new_project(), path)
    stale, fresh = tmp_path / ".m.cxmap.ab_cd123.tmp", tmp_path / ".m.cxmap.zz9yy8xx.tmp"
    unrelated = tmp_path / ".other.cxmap.ab_cd123.tmp"
    for f in (stale, fresh, unrelated):
        f.write_text("half a map")
    old = time.time() - 2 * storage.STALE_TEMP_SECONDS
    for f in (stale, unrelated):
        os.utime(f, (old, old))
    storage.save(new_project(), path)
    assert not stale.exists()
    assert fresh.exists()  # maybe another process saving right now
    assert unrelated.exists()  # not ours to judge
