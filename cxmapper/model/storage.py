"""Reading and writing `.cxmap` files: versioned, readable JSON, saved atomically.

`load` either returns a complete, valid `Project` or raises `CxmapFileError` with one sentence
a user can act on; it never half-loads. `save` writes a temporary file beside the target,
fsyncs it and renames it over the target, keeping the previous version as ``<name>.bak``, so a
crash or a full disk leaves either the old or the new file, never a mix. Must not import Qt.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import hashlib
import json
import os
import re
import shutil
import stat
import struct
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from cxmapper.model.filelock import pid_alive, process_token, this_host
from cxmapper.model.project import SCHEMA_VERSION, TOUCHPOINTS_MAX, Project

#: Files larger than this are refused before reading: no real map comes close.
MAX_FILE_BYTES = 50 * 1024 * 1024
FILE_SUFFIX = ".cxmap"
BACKUP_SUFFIX = ".bak"
#: JSON values (counted as the commas and brackets outside strings) a file may hold. A map at the
#: touchpoint limit needs about 2.3 million; the bound keeps a hostile 50 MB file of ``[[],[],...``
#: or ``1,1,1,...`` from costing gigabytes of memory in the parser before any limit is checked.
MAX_JSON_ITEMS = 3_000_000
#: Matches one JSON string literal, so structure can be counted outside text.
_JSON_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"')


class CxmapFileError(Exception):
    """A file that cannot be read or written as a map; ``str()`` is the user-facing reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = _one_line(reason)
        super().__init__(_one_line(f"{self.path.name}: {reason}"))


def _one_line(text: str) -> str:
    """Make a message safe to print anywhere: one line, and encodable as UTF-8.

    Reasons can quote a file name or a key from the file; a name with undecodable bytes or a key
    with a lone surrogate would otherwise make printing the error itself fail.
    """
    text = " ".join(text.split("\n"))
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds optional fields, each with a default that keeps a version-1 map's meaning.

    The version still changes so that an older cxmapper refuses a newer file with the clear
    "please update" message instead of an unknown-field error.
    """
    out = dict(data)
    out["schema_version"] = 2
    return out


#: ``MIGRATIONS[n]`` turns a version-n document into a version-(n+1) one.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1, 1: _migrate_1_to_2}


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
        try:
            data = MIGRATIONS[version](data)
        except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
            # Old formats were never validated as strictly; a damaged one must still fail cleanly.
            raise CxmapFileError(
                path, f"this version-{version} map is damaged and cannot be converted ({type(exc).__name__})"
            ) from None
        version += 1
    return data


# -- loading ------------------------------------------------------------------------------------


def describe_validation_error(exc: ValidationError) -> str:
    """Turn pydantic's report into one sentence naming the field path, e.g. ``touchpoints[3].score``.

    Limits get their own wording with the numbers, because "too long" alone does not tell a user
    whether to trim a word or split the map.
    """
    err = exc.errors(include_url=False, include_input=False)[0]
    parts: list[str] = []
    for loc in err["loc"]:
        if isinstance(loc, int):
            parts.append(f"[{loc}]")
        else:
            parts.append(("." if parts else "") + str(loc))
    where = "".join(parts)
    ctx = err.get("ctx") or {}
    kind = err["type"]
    if kind == "too_long" and where == "touchpoints":
        count = ctx.get("actual_length", 0)
        msg = f"the map has {count:,} touchpoints; cxmapper opens maps of up to {TOUCHPOINTS_MAX:,}"
        where = ""
    elif kind == "too_long":
        msg = f"too many items ({ctx.get('actual_length', 0):,}; at most {ctx.get('max_length', 0):,})"
    elif kind == "string_too_long":
        msg = f"text too long (at most {ctx.get('max_length', 0):,} characters)"
    elif kind == "string_unicode":
        msg = "the text contains an invalid character (a lone UTF-16 surrogate such as \\ud800)"
    else:
        msg = str(err["msg"]).removeprefix("Value error, ")
    more = exc.error_count() - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{where}: {msg}{extra}" if where else f"{msg}{extra}"


def _describe_read_error(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "the path is a loop of symbolic links"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: the file cannot be read"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    if exc.errno == errno.EISDIR:
        return "this is a folder, not a map file"
    return f"cannot read the file ({exc.strerror or exc})"


def _refuse_special(mode: int) -> str | None:
    """Say why a file of this kind is no map, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "this is a folder, not a map file"
    if stat.S_ISFIFO(mode):
        return "this is a named pipe (FIFO), not a map file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device, not a map file"
    if stat.S_ISSOCK(mode):
        return "this is a socket, not a map file"
    return "this is not a regular file"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a map file's bytes, refusing anything but a regular file of sensible size.

    The kind of file is checked with ``stat`` *before* opening, because opening a FIFO blocks
    until a writer appears and opening some devices has side effects; the open itself is
    non-blocking and checked again with ``fstat`` in case the path was swapped in between.
    """
    p = Path(path)
    try:
        st = os.stat(p)
        refusal = _refuse_special(st.st_mode)
        if refusal:
            raise CxmapFileError(p, refusal)
        _check_size(p, st.st_size)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(p, flags)
        with os.fdopen(fd, "rb") as fh:
            fst = os.fstat(fh.fileno())
            refusal = _refuse_special(fst.st_mode)
            if refusal:
                raise CxmapFileError(p, refusal)
            _check_size(p, fst.st_size)
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CxmapFileError(p, _describe_read_error(exc)) from None
    except ValueError:
        # os.stat refuses paths with NUL characters before asking the system.
        raise CxmapFileError(p, "the file name contains a NUL character") from None
    if len(raw) > MAX_FILE_BYTES:
        raise CxmapFileError(p, "the file grew past the size limit while being read; maps that large are refused")
    return raw


def _check_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise CxmapFileError(path, f"the file is {size / 1048576:.1f} MB; maps larger than {limit} MB are refused")


def _check_shape(raw: bytes, path: str | os.PathLike[str]) -> None:
    """Refuse bytes that are certainly no map, and bound the parser's work, before parsing.

    The common case costs three byte counts; only a file with suspiciously many commas or
    brackets pays for stripping its strings to count the structure exactly.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[:2].count(b"\x00") == 1:
        raise CxmapFileError(path, "the file is UTF-16 text; cxmapper maps are UTF-8")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise CxmapFileError(path, f"the file contains binary data (a NUL byte at position {nul}); it is not a map")
    items = raw.count(b",") + raw.count(b"[") + raw.count(b"{")
    if items > MAX_JSON_ITEMS:
        items = sum(_JSON_STRING.sub(b"", raw).count(c) for c in (b",", b"[", b"{"))
        if items > MAX_JSON_ITEMS:
            raise CxmapFileError(
                path,
                f"the file holds over {MAX_JSON_ITEMS:,} JSON values, far more than any map "
                f"(at most {TOUCHPOINTS_MAX:,} touchpoints); it is refused",
            )


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a map's objects are built.

    Parsing allocates tens of thousands of containers, none of them garbage, and each
    allocation burst triggers a full-generation scan: a third of the load time of a
    10,000-touchpoint map. Nothing here creates cycles worth collecting mid-parse.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def loads(raw: bytes, path: str | os.PathLike[str] = "<data>") -> Project:
    """Parse a map from bytes; see `load`."""
    with _gc_paused():
        return _loads(raw, path)


def _loads(raw: bytes, path: str | os.PathLike[str]) -> Project:
    if not raw.strip():
        raise CxmapFileError(path, "the file is empty")
    _check_shape(raw, path)
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
    except ValueError:
        # Python refuses to convert integers of more than 4,300 digits (a denial-of-service guard).
        raise CxmapFileError(path, "a number in the file has thousands of digits; it is not a map") from None
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
    is a small diff in version control. A lone UTF-16 surrogate (which a paste can smuggle into
    a Python string) cannot be written as UTF-8; it becomes U+FFFD rather than making the whole
    map unsavable.
    """
    # An empty optional list is left out, so a map that never used it saves as before it existed.
    exclude = {name for name in OMIT_WHEN_EMPTY if not getattr(project, name)}
    try:
        return project.model_dump_json(indent=2, exclude=exclude).encode("utf-8") + b"\n"
    except PydanticSerializationError:
        clean = Project.model_validate(_replace_surrogates(project.model_dump(mode="python")))
        return clean.model_dump_json(indent=2, exclude=exclude).encode("utf-8") + b"\n"


#: List fields of `Project` written only when they hold something (loading defaults them to []).
OMIT_WHEN_EMPTY = ("views", "conflicts")


def _replace_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        # Round-tripping through UTF-16 joins valid pairs and replaces lone halves.
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    return value


def save(project: Project, path: str | os.PathLike[str], *, backup: bool = True, fsync: bool = True) -> None:
    """Write ``project`` to ``path`` atomically; keep the previous file as ``<path>.bak``.

    On any failure the previous file is untouched, no temporary file is left behind, and
    `CxmapFileError` says why (a full disk, a read-only folder...). A path that is a symbolic
    link is written through, so the link keeps pointing at the (new) map.
    """
    write_atomic(path, dumps(project), backup=backup, fsync=fsync)


def write_atomic(path: str | os.PathLike[str], data: bytes, *, backup: bool = False, fsync: bool = True) -> None:
    """Replace ``path`` with ``data`` so that readers and crashes see the old or the new bytes.

    The bytes go to a temporary file in the same folder, are flushed to disk, and the file is
    renamed over the target (atomic on POSIX and NTFS); with ``backup`` the replaced file is kept
    as ``<path>.bak``. Shared by map saving and the autosave store so both have the same
    guarantees. Raises `CxmapFileError` with the reason; the old file is then unchanged.
    """
    target = Path(path)
    tmp_name: str | None = None
    try:
        if target.is_symlink():
            target = Path(os.path.realpath(target))
        st = _stat_or_none(target)
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise CxmapFileError(target, "this is a folder, not a map file")
        folder = target.parent if str(target.parent) else Path(".")
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        if st is not None and stat.S_ISREG(st.st_mode):
            # Keep the mode of the file being replaced (mkstemp creates it 0600).
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, st.st_mode & 0o7777)
            if backup:
                _backup(target, target.with_name(target.name + BACKUP_SUFFIX))
        else:
            os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
        tmp_name = None
        if fsync:
            _fsync_dir(folder)
        sweep_dead_temps(folder, target.name)
    except OSError as exc:
        raise CxmapFileError(target, _describe_os_error(exc, target)) from None
    except ValueError:
        raise CxmapFileError(target, "the file name contains a NUL character") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


#: A temporary file this old was left by a save that was killed (a crash, SIGKILL, power cut).
#: Only for temporary files whose writer cannot be checked from here (another computer's, or
#: made by an older cxmapper); the others go as soon as their writer is known to be dead.
STALE_TEMP_SECONDS = 3600.0
#: The temporary files `write_atomic` makes: ``.<name>.<writer>.<random>.tmp``, where the writer
#: is ``<host hash>-<pid>-<process token hash>`` (the token is the one locks use).
_TEMP = re.compile(
    r"^\.(?P<name>.*)\.(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]{1,10})-(?P<token>[0-9a-f]{8}|x)\.[A-Za-z0-9_]{8}\.tmp$",
    re.DOTALL,
)
#: The names older versions made, without a writer: judged by age alone.
_LEGACY_TEMP = r"^\.{name}\.[A-Za-z0-9_]{{8}}\.tmp$"
#: Long map names are cut in temporary names, which must stay within the 255-byte limit.
_TEMP_NAME_BYTES = 120


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _temp_prefix(name: str) -> str:
    """The start of a temporary file's name: the map's name and who is writing it.

    The writer is recorded so that the next save or open can tell a temporary file whose save
    was killed (remove it) from one being written right now by another process (keep it).
    """
    raw = name.encode("utf-8", "surrogateescape")
    # Only informative once cut: a character split at the cut is dropped.
    short = name if len(raw) <= _TEMP_NAME_BYTES else raw[:_TEMP_NAME_BYTES].decode("utf-8", "ignore")
    return f".{short}.{_writer()}."


def _writer() -> str:
    """This process as recorded in temporary names: ``<host hash>-<pid>-<token hash>``.

    Worked out once per process (again after a fork), so that saving opens no file but the
    map's own: reading ``/proc`` on every save would be needless work.
    """
    global _WRITER
    pid = os.getpid()
    if _WRITER is None or _WRITER[0] != pid:
        token = process_token(pid)
        _WRITER = (pid, f"{_short_hash(this_host())}-{pid}-{_short_hash(token) if token else 'x'}")
    return _WRITER[1]


_WRITER: tuple[int, str] | None = None
_writer()  # now, not in the middle of the first save


def _writer_dead(host: str, pid: int, token: str) -> bool:
    """True when the process that made a temporary file is certainly gone (locks use the same test)."""
    if host != _short_hash(this_host()):
        return False  # another computer's process cannot be checked from here
    if pid == os.getpid():
        return _writer() != f"{host}-{pid}-{token}"  # ours, or an earlier process with our pid
    if not pid_alive(pid):
        return True
    if token == "x":
        return False  # no start time to compare: a live pid may still be the writer
    current = process_token(pid)
    return current is not None and _short_hash(current) != token  # the pid was reused


def sweep_dead_temps(folder: str | os.PathLike[str], name: str | None = None) -> int:
    """Remove the temporary files that killed saves left in ``folder``; return how many went.

    Called after every save and when a map is opened. A temporary file goes as soon as its
    writer is known to be dead (same host, and its pid is not running or now belongs to a
    process started at another time); one from another computer, or from an older cxmapper
    (``name`` given: only that map's), only once it is `STALE_TEMP_SECONDS` old. A save running
    right now in another process keeps its file. Never raises.
    """
    legacy = re.compile(_LEGACY_TEMP.format(name=re.escape(name))) if name is not None else None
    now = time.time()
    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as it:
        for entry in it:
            if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                continue
            with contextlib.suppress(OSError, ValueError):
                match = _TEMP.match(entry.name)
                if match is not None:
                    dead = _writer_dead(match["host"], int(match["pid"]), match["token"])
                    if not dead and match["host"] == _short_hash(this_host()):
                        continue  # a live writer on this computer: never judged by age
                elif legacy is None or not legacy.match(entry.name):
                    continue
                else:
                    dead = False
                if dead or now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS:
                    os.unlink(entry.path)
                    removed += 1
    return removed


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


#: Why a map cannot be saved where it is (the exact strings `check_writable` returns for these
#: cases, so the editor can say them in the user's language and offer Save As).
READ_ONLY_FILE = "the file is read-only"
IMMUTABLE_FILE = "the file is marked immutable, so no program may change or replace it"
READ_ONLY_FOLDER = "the folder is read-only, so no file can be saved in it"
IMMUTABLE_FOLDER = "the folder is marked immutable, so no file can be saved in it"
READ_ONLY_DISK = "the disk is read-only"
#: The reasons above: the map can only be saved somewhere else.
PROTECTED = frozenset({READ_ONLY_FILE, IMMUTABLE_FILE, READ_ONLY_FOLDER, IMMUTABLE_FOLDER, READ_ONLY_DISK})


def check_writable(path: str | os.PathLike[str]) -> str | None:
    """Say why saving to ``path`` would fail, or return None if it should work.

    Tries what `save` needs (creating a file in the folder) rather than trusting permission
    bits, which are wrong for root, ACLs and network shares. A read-only *file* in a writable
    folder is reported too: `save` could replace it, but its owner marked it read-only on
    purpose. An immutable file (``chattr +i``, a locked file on macOS) is told apart from a
    read-only folder, which is what the failed rename would otherwise suggest. The answer can
    change a moment later; `save` still reports its own failure.
    """
    target = Path(path)
    try:
        if target.is_symlink():
            target = Path(os.path.realpath(target))
        st = _stat_or_none(target)
        if st is not None:
            refusal = _refuse_special(st.st_mode)
            if refusal:
                return refusal
            if _immutable(target):
                return IMMUTABLE_FILE
            if not os.access(target, os.W_OK):
                return READ_ONLY_FILE
        folder = target.parent if str(target.parent) else Path(".")
        try:
            fd, probe = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".tmp", dir=folder)
        except OSError as exc:
            return _describe_os_error(exc, target)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return _describe_os_error(exc, target)
    except ValueError:
        return "the file name contains a NUL character"
    return None


def _immutable(path: Path) -> bool:
    """True if the file system forbids changing ``path`` even to its owner and root.

    BSD and macOS report the flags in ``st_flags``; Linux only through an ioctl. Append-only
    counts too: such a file cannot be replaced either.
    """
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    flags = getattr(st, "st_flags", None)
    if flags is not None:
        mask = stat.UF_IMMUTABLE | stat.SF_IMMUTABLE | stat.UF_APPEND | stat.SF_APPEND
        return bool(flags & mask)
    if not sys.platform.startswith("linux") or not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        return False
    import fcntl

    # FS_IOC_GETFLAGS = _IOR('f', 1, long); the kernel writes an int.
    request = (2 << 30) | (struct.calcsize("l") << 16) | (ord("f") << 8) | 1
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        raw = fcntl.ioctl(fd, request, bytes(8))
    except OSError:
        return False  # a file system without these flags (tmpfs on old kernels, FUSE, NFS)
    finally:
        os.close(fd)
    fs_immutable_fl, fs_append_fl = 0x10, 0x20
    return bool(int.from_bytes(raw[:4], sys.byteorder) & (fs_immutable_fl | fs_append_fl))


def _describe_os_error(exc: OSError, target: Path | None = None) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full; the map was not saved (the previous file is unchanged)"
    if exc.errno == errno.EROFS:
        return READ_ONLY_DISK
    if exc.errno in (errno.EACCES, errno.EPERM):
        # Name the true cause: the rename over an immutable file fails with EPERM just like
        # creating a file in a read-only folder does.
        if target is not None:
            if _immutable(target):
                return IMMUTABLE_FILE
            if _immutable(target.parent if str(target.parent) else Path(".")):
                return IMMUTABLE_FOLDER
        return READ_ONLY_FOLDER
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "the folder does not exist"
    if exc.errno == errno.ELOOP:
        return "the path is a loop of symbolic links"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return f"the map could not be saved ({exc.strerror or exc})"


def _backup(target: Path, bak: Path) -> None:
    """Keep the previous version: a hard link is free and atomic; FAT and some shares refuse it.

    Best effort: a backup that cannot be made must not stop the save itself (the rename is what
    protects the map), and a half-copied ``.bak`` is removed rather than left to mislead.
    """
    with contextlib.suppress(OSError):
        os.unlink(bak)
    try:
        os.link(target, bak)
    except OSError:
        try:
            shutil.copyfile(target, bak)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(bak)


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
