"""Reading and writing `.cxmap` files: versioned, readable JSON, saved atomically.

`load` either returns a complete, valid `Project` or raises `CxmapFileError` with one sentence
a user can act on; it never half-loads. `save` writes a temporary file beside the target,
fsyncs it and renames it over the target, keeping the previous version as ``<name>.bak``, so a
crash or a full disk leaves either the old or the new file, never a mix. Must not import Qt.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cxmapper.model.project import SCHEMA_VERSION, Project

#: Files larger than this are refused before reading: no real map comes close.
MAX_FILE_BYTES = 50 * 1024 * 1024
FILE_SUFFIX = ".cxmap"
BACKUP_SUFFIX = ".bak"


class CxmapFileError(Exception):
    """A file that cannot be read or written as a map; ``str()`` is the user-facing reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class UnsupportedVersionError(CxmapFileError):
    """A file written by a newer cxmapper than this one."""

    def __init__(self, path: str | os.PathLike[str], found: int) -> None:
        self.found = found
        super().__init__(
            path,
            f"this map uses file format version {found}, but this cxmapper reads versions up to "
            f"{SCHEMA_VERSION}; please update cxmapper to open it",
        )


# -- migrations ---------------------------------------------------------------------------------


def _migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the 2025 prototype) had "columns" and "cards", and rated emotions 1 to 5.

    It had no lanes, so every card lands in one lane; ``emotion`` 1..5 becomes ``score`` -2..+2.
    """
    out: dict[str, Any] = {k: v for k, v in data.items() if k not in {"columns", "cards", "version", "name"}}
    out["schema_version"] = 1
    if "name" in data:
        out["title"] = data["name"]
    out["stages"] = [
        {"id": col["id"], "name": col.get("label", ""), "phase": col.get("phase", "during")}
        for col in data.get("columns", [])
    ]
    out["lanes"] = [{"id": "lane-main", "name": "Customer"}]
    cards = []
    for card in data.get("cards", []):
        new = {k: v for k, v in card.items() if k not in {"column", "emotion", "text", "position"}}
        new["stage_id"] = card.get("column")
        new["lane_id"] = "lane-main"
        new["title"] = card.get("text", "")
        new["order"] = card.get("position", 0)
        emotion = card.get("emotion")
        new["score"] = emotion - 3 if isinstance(emotion, int) and not isinstance(emotion, bool) else None
        cards.append(new)
    out["touchpoints"] = cards
    return out


#: ``MIGRATIONS[n]`` turns a version-n document into a version-(n+1) one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}


def _file_version(data: dict[str, Any]) -> int | None:
    version = data.get("schema_version", data.get("version"))
    if isinstance(version, int) and not isinstance(version, bool):
        return version
    return None


def migrate(data: dict[str, Any], path: str | os.PathLike[str] = "<data>") -> dict[str, Any]:
    """Bring a decoded document of any known version up to `SCHEMA_VERSION`."""
    version = _file_version(data)
    if version is None:
        raise CxmapFileError(path, "this is JSON, but not a cxmapper map (no schema_version)")
    if version > SCHEMA_VERSION:
        raise UnsupportedVersionError(path, version)
    if version < 0:
        raise CxmapFileError(path, f"unknown file format version {version}")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


# -- loading ------------------------------------------------------------------------------------


def describe_validation_error(exc: ValidationError) -> str:
    """Turn pydantic's report into one sentence naming the field path, e.g. ``touchpoints[3].score``."""
    err = exc.errors()[0]
    parts: list[str] = []
    for loc in err["loc"]:
        if isinstance(loc, int):
            parts.append(f"[{loc}]")
        else:
            parts.append(("." if parts else "") + str(loc))
    where = "".join(parts)
    msg = str(err["msg"]).removeprefix("Value error, ")
    more = len(exc.errors()) - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{where}: {msg}{extra}" if where else f"{msg}{extra}"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a map file's bytes, refusing directories, missing files and oversized files clearly."""
    p = Path(path)
    try:
        if p.is_dir():
            raise CxmapFileError(p, "this is a folder, not a map file")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise CxmapFileError(p, f"the file is {size / 1048576:.1f} MB; maps larger than {limit} MB are refused")
        with p.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CxmapFileError(p, "no such file") from None
    except PermissionError:
        raise CxmapFileError(p, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise CxmapFileError(p, f"cannot read the file ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise CxmapFileError(p, "the file grew past the size limit while being read; maps that large are refused")
    return raw


def loads(raw: bytes, path: str | os.PathLike[str] = "<data>") -> Project:
    """Parse a map from bytes; see `load`."""
    if not raw.strip():
        raise CxmapFileError(path, "the file is empty")
    # Fast path: a current-version file is parsed and validated in one pass by pydantic-core.
    with contextlib.suppress(ValidationError, RecursionError):
        project = Project.model_validate_json(raw)
        if project.schema_version == SCHEMA_VERSION:
            return project
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CxmapFileError(path, f"the file is not UTF-8 text (invalid byte at position {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # A map is one JSON object: text that stops before its closing brace was cut short
        # (a crash mid-copy, a full disk, a sync tool), which deserves its own word.
        stripped = text.rstrip()
        hint = " (the file looks truncated)" if stripped.startswith("{") and not stripped.endswith("}") else ""
        raise CxmapFileError(path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}{hint}") from None
    except RecursionError:
        raise CxmapFileError(path, "the JSON is nested too deeply to be a map") from None
    if not isinstance(data, dict):
        raise CxmapFileError(path, "this is JSON, but not a cxmapper map (expected an object at the top)")
    data = migrate(data, path)
    try:
        return Project.model_validate(data)
    except ValidationError as exc:
        raise CxmapFileError(path, f"invalid map: {describe_validation_error(exc)}") from None
    except RecursionError:
        raise CxmapFileError(path, "the JSON is nested too deeply to be a map") from None


def load(path: str | os.PathLike[str]) -> Project:
    """Read a `.cxmap` file, migrating older versions; raise `CxmapFileError` on any problem."""
    return loads(read_bytes(path), path)


# -- saving -------------------------------------------------------------------------------------


def dumps(project: Project) -> bytes:
    """Serialise a project as pretty, UTF-8 JSON with a stable key and list order.

    Keys follow the model's field order and lists keep the project's order, so a one-card edit
    is a small diff in version control.
    """
    return project.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save(project: Project, path: str | os.PathLike[str], *, backup: bool = True, fsync: bool = True) -> None:
    """Write ``project`` to ``path`` atomically; keep the previous file as ``<path>.bak``.

    On any failure the previous file is untouched and `CxmapFileError` says why (a full disk,
    a read-only folder...).
    """
    target = Path(path)
    data = dumps(project)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise CxmapFileError(target, "this is a folder, not a map file")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        if target.exists():
            # Keep the mode of the file being replaced (mkstemp creates it 0600).
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            if backup:
                bak = target.with_name(target.name + BACKUP_SUFFIX)
                with contextlib.suppress(OSError):
                    os.unlink(bak)
                _backup(target, bak)
        else:
            os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
        tmp_name = None
        if fsync:
            _fsync_dir(folder)
    except OSError as exc:
        raise CxmapFileError(target, _describe_os_error(exc)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full; the map was not saved (the previous file is unchanged)"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied: the folder is read-only; save the map somewhere else"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    return f"the map could not be saved ({exc.strerror or exc})"


def _backup(target: Path, bak: Path) -> None:
    """Keep the previous version: a hard link is free and atomic; FAT and some shares refuse it."""
    try:
        os.link(target, bak)
    except OSError:
        shutil.copyfile(target, bak)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where directories cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
