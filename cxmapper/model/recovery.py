"""Autosave copies of open maps, so a crash, a power cut or a kill loses seconds of work, not a map.

Each editing session (one map open in one window) has a session key. Its copy is
``<folder>/<key>.cxmap``, an ordinary map written with `storage.write_atomic` (so a crash
mid-write leaves the previous copy), plus ``<key>.json`` with what the start-up prompt shows
(title, time, the map's own path if it has one) and who owns the copy (pid, host, process
token). Maps that were never saved get copies too.

At start-up `RecoveryStore.entries` lists the copies whose owner is no longer running: those
are what a crash left. Copies of another running cxmapper are skipped (it is still editing
them); copies written on another host (a shared home folder) are listed, because whether that
session is alive cannot be checked from here.

The folder is ``$CXMAPPER_DATA_DIR/recovery`` if that variable is set (tests, portable
installs), else ``recovery`` in the platform's per-user data folder. Pure: no Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from cxmapper.model import storage
from cxmapper.model.filelock import process_alive, process_token, this_host
from cxmapper.model.project import Project

#: Environment variable naming the data folder (the recovery copies live in its ``recovery``).
ENV_VAR = "CXMAPPER_DATA_DIR"
MAP_SUFFIX = ".cxmap"
META_SUFFIX = ".json"
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
#: Temporary files older than this are leftovers of a process killed mid-write.
_TEMP_MAX_AGE_S = 3600.0


def default_folder() -> Path:
    """Return where autosave copies are kept (see the module doc)."""
    base = os.environ.get(ENV_VAR) or platformdirs.user_data_dir("cxmapper", appauthor=False)
    return Path(base) / "recovery"


def new_session_key() -> str:
    """Return a fresh key for one editing session; unique across processes and windows."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class RecoveryEntry:
    """An autosave copy left by a session that is no longer running."""

    session_key: str
    #: The map's title when it was saved, or the file name, for the prompt.
    title: str
    #: When the copy was written (UTC).
    time: datetime
    #: Where the map itself lives, or None for a map that was never saved.
    original_path: Path | None
    #: The copy itself (a regular ``.cxmap`` file).
    recovery_path: Path
    pid: int | None = None
    host: str = ""


class RecoveryStore:
    """The folder of autosave copies: write, list, restore, discard (see the module doc).

    `write` raises `storage.CxmapFileError` when the copy cannot be written (disk full); every
    other method tolerates damaged or half-written files, because it runs right after a crash.
    """

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    # -- a running session --------------------------------------------------------------------

    def write(self, session_key: str, project: Project, source_path: str | os.PathLike[str] | None) -> Path:
        """Write (or replace) this session's copy atomically; return the copy's path.

        The description goes first and the map second: a crash in between then leaves either a
        description without a map (ignored, and cleaned up) or a complete map whose
        description is at most one write newer. Written the other way round, a crash after the
        very first map would leave a copy that no longer knows which file it belongs to.
        """
        data = storage.dumps(project)  # before anything is written: a model that cannot be dumped writes nothing
        return self.write_bytes(session_key, data, project.title, source_path)

    def write_bytes(
        self, session_key: str, data: bytes, title: str, source_path: str | os.PathLike[str] | None
    ) -> Path:
        """`write` for a map already serialised (``storage.dumps``'s bytes); safe on any thread.

        The editor serialises on its GUI thread, where the map lives, and writes big copies from
        a worker thread: nothing here reads the map.
        """
        map_path, meta_path = self._paths(session_key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            reason = f"the autosave folder cannot be created ({exc.strerror or exc})"
            raise storage.CxmapFileError(self.folder, reason) from None
        pid = os.getpid()
        meta = {
            "format": 1,
            "session_key": session_key,
            "title": title,
            "time": datetime.now(UTC).isoformat(),
            "original_path": os.fspath(source_path) if source_path is not None else None,
            "pid": pid,
            "host": this_host(),
            "token": process_token(pid),
        }
        storage.write_atomic(meta_path, json.dumps(meta, indent=1).encode("ascii"), fsync=True)
        storage.write_atomic(map_path, data, fsync=True)
        return map_path

    def remove(self, session_key: str) -> None:
        """Delete this session's copy: the map was saved, or closed on purpose without saving."""
        map_path, meta_path = self._paths(session_key)
        # The map first: a crash in between leaves a description without a map, which entries()
        # ignores, rather than a map the user had dropped coming back.
        for path in (map_path, meta_path):
            with contextlib.suppress(OSError):
                path.unlink()

    # -- after a crash -------------------------------------------------------------------------

    def entries(self) -> list[RecoveryEntry]:
        """Return the copies left by sessions that are no longer running, newest first."""
        # Temporary files of copies whose writer was killed mid-write go at once.
        storage.sweep_dead_temps(self.folder)
        try:
            names = sorted(os.listdir(self.folder))
        except OSError:
            return []
        found: list[RecoveryEntry] = []
        now = time.time()
        for name in names:
            path = self.folder / name
            if name.startswith(".") and name.endswith(".tmp"):
                self._drop_old_temp(path, now)
                continue
            key = name.removesuffix(MAP_SUFFIX)
            if not name.endswith(MAP_SUFFIX) or not _KEY.match(key):
                if (
                    name.endswith(META_SUFFIX)
                    and not (self.folder / (name.removesuffix(META_SUFFIX) + MAP_SUFFIX)).exists()
                ):
                    self._drop_orphan_meta(path)
                continue
            entry = self._entry(key, path)
            if entry is not None:
                found.append(entry)
        found.sort(key=lambda e: e.time, reverse=True)
        return found

    def restore(self, entry: RecoveryEntry) -> Project:
        """Load a copy (it stays on disk until `discard`, so a failed restore loses nothing)."""
        return storage.load(entry.recovery_path)

    def discard(self, entry: RecoveryEntry) -> None:
        """Delete a copy the user no longer wants (or that a new session has superseded)."""
        self.remove(entry.session_key)

    def claim(self, entry: RecoveryEntry) -> None:
        """Mark a copy as this process's, so a second cxmapper started meanwhile does not offer it.

        Used for restored copies: they stay on disk until the restored map has a copy of its own
        or is saved, and if this process crashes too they are offered again.
        """
        _, meta_path = self._paths(entry.session_key)
        meta = self._read_meta(meta_path) or {}
        pid = os.getpid()
        meta.update(
            {
                "format": 1,
                "session_key": entry.session_key,
                "title": entry.title,
                "time": entry.time.isoformat(),
                "original_path": os.fspath(entry.original_path) if entry.original_path else None,
                "pid": pid,
                "host": this_host(),
                "token": process_token(pid),
            }
        )
        with contextlib.suppress(storage.CxmapFileError):
            storage.write_atomic(meta_path, json.dumps(meta, indent=1).encode("ascii"), fsync=True)

    # -- internals ---------------------------------------------------------------------------

    def _paths(self, session_key: str) -> tuple[Path, Path]:
        if not _KEY.match(session_key):
            # Keys become file names: never let one carry a separator or "..".
            raise ValueError(f"invalid session key {session_key!r}")
        return self.folder / (session_key + MAP_SUFFIX), self.folder / (session_key + META_SUFFIX)

    @staticmethod
    def _read_meta(path: Path) -> dict[str, Any] | None:
        try:
            data = json.loads(path.read_bytes()[:65536])
        except (OSError, ValueError, RecursionError):
            return None
        return data if isinstance(data, dict) else None

    @staticmethod
    def _owner_running(meta: dict[str, Any]) -> bool:
        pid, host, token = meta.get("pid"), meta.get("host"), meta.get("token")
        if not isinstance(pid, int) or not isinstance(host, str):
            return False
        return process_alive(pid, host, token if isinstance(token, str) else None)

    def _entry(self, key: str, map_path: Path) -> RecoveryEntry | None:
        meta = self._read_meta(self.folder / (key + META_SUFFIX))
        if meta is not None and self._owner_running(meta):
            return None
        meta = meta or {}
        try:
            mtime = map_path.stat().st_mtime
        except OSError:
            return None
        when = _parse_time(meta.get("time")) or datetime.fromtimestamp(mtime, UTC)
        original = meta.get("original_path")
        original_path = Path(original) if isinstance(original, str) and original else None
        title = meta.get("title")
        if not isinstance(title, str):
            # The description is missing (a crash right after the very first copy): ask the map.
            try:
                title = storage.load(map_path).title
            except storage.CxmapFileError:
                title = ""
        pid = meta.get("pid")
        host = meta.get("host")
        return RecoveryEntry(
            session_key=key,
            title=title or (original_path.name if original_path else ""),
            time=when,
            original_path=original_path,
            recovery_path=map_path,
            pid=pid if isinstance(pid, int) else None,
            host=host if isinstance(host, str) else "",
        )

    def _drop_orphan_meta(self, path: Path) -> None:
        meta = self._read_meta(path)
        if meta is None or not self._owner_running(meta):
            with contextlib.suppress(OSError):
                path.unlink()

    @staticmethod
    def _drop_old_temp(path: Path, now: float) -> None:
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > _TEMP_MAX_AGE_S:
                path.unlink()


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
