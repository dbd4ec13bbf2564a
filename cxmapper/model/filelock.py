"""Lock files that tell a user when a map is already open elsewhere, and by whom.

Opening ``map.cxmap`` creates ``.~lock.map.cxmap#`` beside it (the name LibreOffice uses, so
people and backup tools already know to leave it alone). It is created with
``O_CREAT | O_EXCL``, so of two processes racing for it exactly one wins, and holds one JSON
object: ``pid``, ``host``, ``user``, ``time`` (UTC, ISO 8601), ``token`` (the process's start
time, to tell a reused pid from the original) and ``nonce`` (which of this process's locks it is).

The lock is advisory: it cannot stop another program from writing the map; it lets cxmapper
warn before two people edit the same file. It never raises: in a read-only folder, on a full
disk or on a share that refuses the file, the map is opened without a lock and `FileLock.reason`
says why.

When is a lock stale (left by a crash) and taken over?

* From this host: when its pid is not running, or is running but started at another time
  than the one recorded (the pid was reused after a crash or a reboot).
* From another host, whose processes cannot be checked: when the lock file has not been
  touched for `STALE_AFTER` (a day). A running cxmapper touches its lock every hour
  (`FileLock.refresh`), so only a crashed or cut-off session's lock gets that old.
* Unreadable (empty or garbled, e.g. a crash between creating and writing it): when older than
  `UNREADABLE_GRACE`; a younger one is probably being written right now.

Pure Python, no Qt: the command line and tests use it without a display.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
#: A lock from another host not touched for this long belongs to a crashed session.
STALE_AFTER = timedelta(days=1)
#: How often a live session should call `FileLock.refresh` (well inside `STALE_AFTER`).
REFRESH_EVERY = timedelta(hours=1)
#: An unreadable lock younger than this is probably being written by its owner right now.
UNREADABLE_GRACE = timedelta(seconds=10)


def lock_path_for(path: str | os.PathLike[str]) -> Path:
    """Return the lock file's path for a map: ``dir/map.cxmap`` -> ``dir/.~lock.map.cxmap#``."""
    p = Path(path)
    return p.with_name(f"{LOCK_PREFIX}{p.name}{LOCK_SUFFIX}")


# -- processes ------------------------------------------------------------------------------------


def this_host() -> str:
    """Return this machine's name as recorded in locks and autosave copies."""
    return socket.gethostname()


def this_user() -> str:
    """Return the login name, or "" where the system cannot tell (containers without a passwd entry)."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises whatever the platform lookup raises (KeyError, OSError...)
        return ""


def _linux_stat(pid: int) -> list[str] | None:
    """Return the fields of ``/proc/<pid>/stat`` after the command name, or None."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name is in parentheses and may itself contain spaces and parentheses.
    return text[text.rfind(")") + 2 :].split()


def process_token(pid: int) -> str | None:
    """Return something that tells this process apart from a later one reusing its pid.

    On Linux: the boot id and the process's start time in clock ticks. Elsewhere None, and
    liveness falls back to the pid alone.
    """
    fields = _linux_stat(pid)
    if fields is None or len(fields) < 20:
        return None
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        boot = ""
    return f"{boot}:{fields[19]}"


def pid_alive(pid: int) -> bool:
    """Tell whether a process with this pid is running on this host (zombies count as dead)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just belongs to another user
    except OSError:
        return False
    fields = _linux_stat(pid)
    return not (fields and fields[0] in ("Z", "X"))


def _windows_pid_alive(pid: int) -> bool:
    """``os.kill(pid, 0)`` would *terminate* the process on Windows; ask the kernel instead."""
    if sys.platform != "win32":
        return False
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(ctypes.get_last_error() == 5)  # ERROR_ACCESS_DENIED: it exists, it is not ours
    try:
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def process_alive(pid: int, host: str, token: str | None) -> bool:
    """Tell whether the process that wrote a record (lock, autosave) is still running here.

    Only answerable for this host; callers decide what another host's record means.
    """
    if host != this_host() or not pid_alive(pid):
        return False
    if token is None:
        return True
    current = process_token(pid)
    return current is None or current == token


# -- the lock -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as read from its file."""

    pid: int
    host: str
    user: str
    time: datetime
    token: str | None = None
    nonce: str = ""

    def is_this_process(self) -> bool:
        """True when the lock was made by this very process (the map is open in another window)."""
        return self.pid == os.getpid() and self.host == this_host() and self.token == process_token(os.getpid())

    def describe(self) -> str:
        """One English line for logs and the command line; the UI formats its own translated text."""
        who = self.user or "someone"
        local = self.time.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{who} on {self.host or 'an unknown computer'} (process {self.pid}) since {local}"

    def to_json(self) -> bytes:
        """The lock file's contents."""
        data = {
            "pid": self.pid,
            "host": self.host,
            "user": self.user,
            "time": self.time.isoformat(),
            "token": self.token,
            "nonce": self.nonce,
        }
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> LockOwner | None:
        """Parse a lock file; None if it is not one of ours (garbage, half-written, hand-made)."""
        try:
            data: Any = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                return None
            pid, host, user, when = data["pid"], data["host"], data.get("user", ""), data["time"]
            token, nonce = data.get("token"), data.get("nonce", "")
            if not (isinstance(pid, int) and isinstance(host, str) and isinstance(user, str)):
                return None
            if not (isinstance(token, str | None) and isinstance(nonce, str)):
                return None
            stamp = datetime.fromisoformat(when)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            return None
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        return cls(pid=pid, host=host, user=user, time=stamp, token=token, nonce=nonce)

    @classmethod
    def me(cls) -> LockOwner:
        """A fresh record for this process."""
        pid = os.getpid()
        return cls(
            pid=pid,
            host=this_host(),
            user=this_user(),
            time=datetime.now(UTC).replace(microsecond=0),
            token=process_token(pid),
            nonce=uuid.uuid4().hex,
        )


class LockState(Enum):
    """The outcome of `FileLock.acquire`."""

    OWNED = "owned"  #: we hold the lock; release it on close
    HELD = "held"  #: another session holds it: `FileLock.owner` says who
    LOCKLESS = "lockless"  #: no lock could be made: `FileLock.reason` says why; editing is allowed


def read_owner(path: str | os.PathLike[str]) -> LockOwner | None:
    """Return who holds the lock on a map, or None if it is not locked (or the lock is unreadable)."""
    try:
        return LockOwner.from_json(lock_path_for(path).read_bytes()[:4096])
    except OSError:
        return None


class FileLock:
    """The lock on one map file, for as long as it is open in this session.

    Typical use: ``lock = FileLock(path); state = lock.acquire()`` when opening,
    ``lock.refresh()`` every `REFRESH_EVERY`, ``lock.release()`` when closing. Also a context
    manager. No method raises.
    """

    def __init__(self, path: str | os.PathLike[str], *, stale_after: timedelta = STALE_AFTER) -> None:
        self.path = Path(path)
        self.lock_path = lock_path_for(self.path)
        self.stale_after = stale_after
        self.state: LockState | None = None
        #: Who holds the lock when `state` is HELD (None if its file was unreadable).
        self.owner: LockOwner | None = None
        #: Why there is no lock when `state` is LOCKLESS (an English sentence for logs).
        self.reason = ""
        #: True when `acquire` removed a stale lock (a crashed session's) to take its place.
        self.took_over = False
        self._mine: LockOwner | None = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    @property
    def owned(self) -> bool:
        """True while this object holds the lock."""
        return self.state is LockState.OWNED

    def acquire(self) -> LockState:
        """Create the lock file, or find out who holds it; take over a stale one (see module doc)."""
        if self.owned:
            return LockState.OWNED
        self.owner, self.reason = None, ""
        for _attempt in range(5):
            me = LockOwner.me()
            try:
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
                fd = os.open(self.lock_path, flags, 0o644)
            except FileExistsError:
                seen = self._read()
                if seen is None:
                    continue  # vanished between our create and our read: try again
                raw, owner, age = seen
                if not self._is_stale(owner, age):
                    return self._held(owner)
                if not self._take_over(raw):
                    return self._lockless(f"a stale lock ({self.lock_path.name}) could not be removed")
                self.took_over = True
                continue
            except OSError as exc:
                return self._lockless(_describe(exc))
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(me.to_json())
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.unlink(self.lock_path)  # an empty lock would look like a live writer for a while
                return self._lockless(_describe(exc))
            self._mine = me
            self.state = LockState.OWNED
            return self.state
        seen = self._read()
        return self._held(seen[1] if seen else None)

    def refresh(self) -> None:
        """Touch the lock so other hosts do not take it for a crashed session's (see module doc)."""
        if self.owned and self._still_mine():
            with contextlib.suppress(OSError):
                os.utime(self.lock_path)

    def release(self) -> None:
        """Remove the lock if it is still ours (a user may have deleted or replaced it meanwhile)."""
        if self.owned and self._still_mine():
            with contextlib.suppress(OSError):
                os.unlink(self.lock_path)
        self.state = None
        self._mine = None

    # -- internals ------------------------------------------------------------------------------

    def _held(self, owner: LockOwner | None) -> LockState:
        self.owner = owner
        self.state = LockState.HELD
        return self.state

    def _lockless(self, reason: str) -> LockState:
        self.reason = reason
        self.state = LockState.LOCKLESS
        return self.state

    def _read(self) -> tuple[bytes, LockOwner | None, timedelta] | None:
        try:
            st = os.stat(self.lock_path)
            with open(self.lock_path, "rb") as fh:
                raw = fh.read(4096)
        except FileNotFoundError:
            return None
        except OSError:
            return b"", None, timedelta(0)  # unreadable: treat as a young, unknown owner
        age = timedelta(seconds=max(0.0, time.time() - st.st_mtime))
        return raw, LockOwner.from_json(raw), age

    def _is_stale(self, owner: LockOwner | None, age: timedelta) -> bool:
        if owner is None:
            return age > UNREADABLE_GRACE
        if owner.host == this_host():
            return not process_alive(owner.pid, owner.host, owner.token)
        return age > self.stale_after

    def _take_over(self, seen: bytes) -> bool:
        """Move the stale lock aside atomically, making sure it is the one we judged.

        Two sessions may judge the same lock stale at once; renaming it to a private name lets
        only one of them have it, and comparing the contents catches the case where the other
        already replaced it with a fresh, live lock (which is then put back).
        """
        grave = self.lock_path.with_name(f"{self.lock_path.name}.stale-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        try:
            os.rename(self.lock_path, grave)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        try:
            with open(grave, "rb") as fh:
                moved = fh.read(4096)
        except OSError:
            moved = b""
        if moved != seen:
            with contextlib.suppress(OSError):
                os.link(grave, self.lock_path)  # fails harmlessly if a newer lock appeared
        with contextlib.suppress(OSError):
            os.unlink(grave)
        return True

    def _still_mine(self) -> bool:
        seen = self._read()
        return seen is not None and self._mine is not None and seen[1] == self._mine


def _describe(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is read-only, so no lock file could be made"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full, so no lock file could be made"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "the folder does not exist"
    return f"no lock file could be made ({exc.strerror or exc})"
