"""Lock files: a second process is told who holds a map; stale locks are taken over; close releases."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cxmapper.model import filelock
from cxmapper.model.filelock import FileLock, LockOwner, LockState, lock_path_for, read_owner

HOLDER = textwrap.dedent(
    """
    import sys
    from cxmapper.model.filelock import FileLock
    lock = FileLock(sys.argv[1])
    print(lock.acquire().value, flush=True)
    sys.stdin.readline()  # hold until told
    lock.release()
    print("released", flush=True)
    """
)

PROBE = textwrap.dedent(
    """
    import json, sys
    from cxmapper.model.filelock import FileLock
    lock = FileLock(sys.argv[1])
    state = lock.acquire()
    owner = lock.owner
    print(json.dumps({"state": state.value, "pid": owner.pid if owner else None,
                      "user": owner.user if owner else None, "host": owner.host if owner else None}))
    """
)


def start_holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "owned"
    return proc


def finish(proc: subprocess.Popen[str]) -> None:
    proc.wait(10)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def probe(path: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True, timeout=30
    )
    return json.loads(out.stdout)


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    path = tmp_path / "map.cxmap"
    path.write_text("{}")
    return path


def test_lock_file_is_a_sidecar_with_who_and_when(map_path: Path) -> None:
    lock = FileLock(map_path)
    assert lock.acquire() is LockState.OWNED
    assert lock.lock_path == map_path.parent / ".~lock.map.cxmap#"
    data = json.loads(lock.lock_path.read_text())
    assert data["pid"] == os.getpid() and data["host"] == filelock.this_host()
    assert set(data) >= {"pid", "host", "user", "time"}
    assert datetime.fromisoformat(data["time"]).tzinfo is not None
    lock.release()
    assert not lock.lock_path.exists()


def test_second_process_is_told_who_holds_it(map_path: Path) -> None:
    with FileLock(map_path) as lock:
        assert lock.owned
        seen = probe(map_path)
        assert seen == {"state": "held", "pid": os.getpid(), "user": filelock.this_user(), "host": filelock.this_host()}
    assert probe(map_path)["state"] == "owned"  # released on close (the probe itself then died holding it)


def test_lock_held_by_another_process_then_released_on_close(map_path: Path) -> None:
    holder = start_holder(map_path)
    try:
        lock = FileLock(map_path)
        assert lock.acquire() is LockState.HELD
        assert lock.owner is not None and lock.owner.pid == holder.pid
        assert not lock.owner.is_this_process()
        assert str(holder.pid) in lock.owner.describe()
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    finally:
        finish(holder)
    assert not lock_path_for(map_path).exists()
    assert FileLock(map_path).acquire() is LockState.OWNED


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_stale_lock_of_a_killed_process_is_taken_over(map_path: Path) -> None:
    holder = start_holder(map_path)
    holder.send_signal(signal.SIGKILL)
    finish(holder)  # reaped: its pid is no longer running
    assert read_owner(map_path) is not None and read_owner(map_path).pid == holder.pid  # type: ignore[union-attr]
    lock = FileLock(map_path)
    assert lock.acquire() is LockState.OWNED
    assert lock.took_over
    assert read_owner(map_path) == lock._mine
    lock.release()


def write_lock(map_path: Path, **fields: Any) -> Path:
    owner = LockOwner.me()
    data = json.loads(owner.to_json())
    data.update(fields)
    path = lock_path_for(map_path)
    path.write_text(json.dumps(data))
    return path


def test_reused_pid_is_stale(map_path: Path) -> None:
    write_lock(map_path, pid=os.getppid(), token="another-boot:123")  # a live pid, but not the locker
    if filelock.process_token(os.getppid()) is None:
        pytest.skip("no process start times on this system")
    assert FileLock(map_path).acquire() is LockState.OWNED


def test_same_process_twice_is_held_by_this_process(map_path: Path) -> None:
    with FileLock(map_path):
        second = FileLock(map_path)
        assert second.acquire() is LockState.HELD
        assert second.owner is not None and second.owner.is_this_process()
        second.release()  # not ours: must not remove the first window's lock
        assert lock_path_for(map_path).exists()


def test_lock_from_another_host_is_respected_for_a_day(map_path: Path) -> None:
    path = write_lock(map_path, host="other-laptop", pid=4242, user="marta")
    lock = FileLock(map_path)
    assert lock.acquire() is LockState.HELD
    assert lock.owner is not None and lock.owner.user == "marta" and lock.owner.host == "other-laptop"
    old = time.time() - timedelta(days=1, minutes=1).total_seconds()
    os.utime(path, (old, old))
    assert FileLock(map_path).acquire() is LockState.OWNED


def test_refresh_keeps_the_lock_young(map_path: Path) -> None:
    lock = FileLock(map_path)
    lock.acquire()
    old = time.time() - 3 * 3600
    os.utime(lock.lock_path, (old, old))
    lock.refresh()
    assert time.time() - lock.lock_path.stat().st_mtime < 60


def test_unreadable_lock_is_waited_for_then_taken_over(map_path: Path) -> None:
    path = lock_path_for(map_path)
    path.write_bytes(b"")  # a crash between creating and writing it, or a writer right now
    lock = FileLock(map_path)
    assert lock.acquire() is LockState.HELD and lock.owner is None
    old = time.time() - 60
    os.utime(path, (old, old))
    assert FileLock(map_path).acquire() is LockState.OWNED


def test_release_leaves_a_lock_that_is_no_longer_ours(map_path: Path) -> None:
    lock = FileLock(map_path)
    lock.acquire()
    write_lock(map_path, host="other-laptop", pid=1)  # somebody broke and replaced our lock
    lock.release()
    assert read_owner(map_path) is not None and read_owner(map_path).host == "other-laptop"  # type: ignore[union-attr]


def test_read_only_folder_means_lockless_never_an_error(map_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def read_only(path: Any, flags: int, *args: Any) -> int:
        if Path(path).name.startswith(".~lock."):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(filelock.os, "open", read_only)
    lock = FileLock(map_path)
    assert lock.acquire() is LockState.LOCKLESS
    assert "read-only" in lock.reason
    lock.refresh()
    lock.release()  # all harmless


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_really_read_only_folder(map_path: Path) -> None:
    map_path.parent.chmod(0o555)
    try:
        lock = FileLock(map_path)
        assert lock.acquire() is LockState.LOCKLESS and "read-only" in lock.reason
    finally:
        map_path.parent.chmod(0o755)


def test_missing_folder_is_lockless(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "nowhere" / "map.cxmap")
    assert lock.acquire() is LockState.LOCKLESS and "does not exist" in lock.reason


RACER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from cxmapper.model.filelock import FileLock
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.001)
    lock = FileLock(sys.argv[1])
    print(lock.acquire().value, flush=True)
    time.sleep(1.5)  # hold while the others try
    """
)


@pytest.mark.parametrize("stale_first", [False, True], ids=["free", "stale"])
def test_racing_processes_exactly_one_wins(map_path: Path, stale_first: bool) -> None:
    if stale_first:
        write_lock(map_path, pid=2**22 + 12345)  # no such process
    go = map_path.parent / "go"
    racers = [
        subprocess.Popen([sys.executable, "-c", RACER, str(map_path), str(go)], stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    time.sleep(0.5)  # let them start and spin
    go.touch()
    states = [r.communicate(timeout=30)[0].strip() for r in racers]
    assert sorted(states) == ["held", "held", "held", "owned"]
    assert not [p for p in map_path.parent.iterdir() if ".stale-" in p.name]


def test_owner_time_is_utc_aware() -> None:
    owner = LockOwner.from_json(b'{"pid": 1, "host": "h", "user": "u", "time": "2025-01-01T10:00:00"}')
    assert owner is not None and owner.time == datetime(2025, 1, 1, 10, tzinfo=UTC)
    assert LockOwner.from_json(b"[1]") is None
    assert LockOwner.from_json(b'{"pid": "x", "host": "h", "time": "2025"}') is None
