"""Desktop integration: the Windows taskbar identity and the Linux menu entry, file type and icons.

`set_windows_app_id` is called by the GUI before its first window so Windows groups the windows
under cxmapper's icon rather than python.exe's. `install` and `uninstall` back the
``cxmapper install-desktop`` command, which registers a pip/pipx install (or an unpacked bundle)
with freedesktop.org desktops the way a distribution package would.

Must not import Qt or the GUI: ``install-desktop`` runs from a terminal without a display. The
files it writes are shipped in ``cxmapper.resources`` (``desktop/`` links to ``packaging/linux``,
the single source that packagers and CI validate), so an installed wheel has them too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from cxmapper.model.library import resource

APP_ID = "io.github.cxmapper.CxMapper"
"""The reverse-DNS id shared by the .desktop file, the AppStream id and the Windows AppUserModelID."""
MIME_TYPE = "application/x-cxmapper+json"
MIME_ICON = MIME_TYPE.replace("/", "-")
"""The icon name desktops look up for a file type: the MIME type with '/' turned into '-'."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LAUNCHER = "cxmapper"
MANIFEST = PurePosixPath("cxmapper", "desktop-integration.json")
"""Where, under the data folder, install records what it wrote, so uninstall removes exactly that."""

# Characters that force quoting in an Exec argument (Desktop Entry Specification, "The Exec key").
_EXEC_RESERVED = re.compile(r"[ \t\n\"'\\><~|&;$*?#()`]")
_EXEC_ESCAPED = re.compile(r'(["`$\\])')


class DesktopIntegrationError(Exception):
    """A file could not be written or removed, or the launcher cannot be named in a .desktop file."""


@dataclass
class Report:
    """What `install` or `uninstall` did, for the one-line message and for tests.

    Attributes:
        data_dir: the XDG data folder that was changed (``~/.local/share`` or ``PREFIX/share``).
        files: files written (install) or removed (uninstall).
        dirs: folders created (install) or removed because they became empty (uninstall).
        warnings: cache tools that failed; the files are in place, so these do not fail the command.
    """

    data_dir: Path
    files: list[Path] = field(default_factory=list)
    dirs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# -- Windows ------------------------------------------------------------------------------------


def set_windows_app_id(app_id: str = APP_ID) -> bool:
    """Give this process its own AppUserModelID so the Windows taskbar shows cxmapper's icon.

    Without it Windows groups the windows of ``pythonw.exe`` (pip installs) under Python's icon
    and pins the interpreter instead of cxmapper. Call it before the first window is shown.
    Elsewhere it does nothing.

    Returns:
        True if the id was set, False on other systems or if Windows refused it.
    """
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return int(ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)) == 0
    except (AttributeError, OSError):
        return False


# -- where things go ----------------------------------------------------------------------------


def user_data_dir() -> Path:
    """The user's XDG data folder: ``$XDG_DATA_HOME``, or ``~/.local/share`` when unset.

    The base directory specification says a relative ``$XDG_DATA_HOME`` is invalid and must be
    ignored, so a stray relative value does not scatter files into the current folder.
    """
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def find_launcher(argv0: str | None = None) -> str | None:
    """The absolute path of the ``cxmapper`` launcher that the menu entry should start.

    Prefers the program running now (a frozen bundle, or the launcher the user typed), so the
    menu starts the same installation even when several exist; then the launcher beside this
    interpreter (``python -m cxmapper`` in a venv); then the one on ``PATH``.

    Args:
        argv0: the program name as started; defaults to ``sys.argv[0]``.

    Returns:
        The path, or None if no launcher can be found.
    """
    if getattr(sys, "frozen", False):
        return os.path.abspath(sys.executable)
    argv0 = sys.argv[0] if argv0 is None else argv0
    if argv0 and Path(argv0).name.startswith(LAUNCHER) and not argv0.endswith(".py") and os.path.isfile(argv0):
        if os.sep in argv0 or (os.altsep and os.altsep in argv0):
            return os.path.abspath(argv0)
        found = shutil.which(argv0)
        if found:
            return os.path.abspath(found)
    beside = Path(sys.executable).with_name(LAUNCHER + (".exe" if sys.platform == "win32" else ""))
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside.absolute())
    found = shutil.which(LAUNCHER)
    return os.path.abspath(found) if found else None


# -- the files ----------------------------------------------------------------------------------


def exec_quote(arg: str) -> str:
    r"""Quote one Exec argument as the Desktop Entry Specification asks.

    Paths such as ``/home/ana/My Apps/cxmapper`` need double quotes; inside them ``"`$\\`` are
    backslash-escaped, and then the string-value escaping doubles every backslash again. A ``%``
    would be read as a field code, so it is doubled.

    Raises:
        DesktopIntegrationError: the argument cannot be expressed (a newline or NUL in it).
    """
    if "\n" in arg or "\0" in arg or "\r" in arg:
        raise DesktopIntegrationError(f"the launcher path {arg!r} cannot appear in a .desktop file")
    quoted = '"' + _EXEC_ESCAPED.sub(r"\\\1", arg) + '"' if _EXEC_RESERVED.search(arg) else arg
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(launcher: str) -> str:
    """The shipped .desktop file with Exec and TryExec pointing at ``launcher``.

    The shipped file says ``Exec=cxmapper``, which only works if the launcher is on the desktop
    session's PATH; pipx's ``~/.local/bin`` often is not. An absolute path always works, and
    TryExec hides the entry once that launcher is uninstalled instead of leaving a dead icon.

    Raises:
        DesktopIntegrationError: the launcher cannot be named (see `exec_quote`); an executable
            path with ``=`` is forbidden by the specification.
    """
    if "=" in launcher:
        raise DesktopIntegrationError(f"the launcher path {launcher!r} contains '=', which a .desktop file forbids")
    lines = []
    for line in _shipped("io.github.cxmapper.CxMapper.desktop").decode("utf-8").splitlines():
        if line.startswith("TryExec="):
            continue
        if line.startswith("Exec="):
            lines.append("TryExec=" + launcher.replace("\\", "\\\\"))
            line = f"Exec={exec_quote(launcher)} %f"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _shipped(*parts: str) -> bytes:
    """The bytes of a shipped desktop file (``desktop/NAME``) or icon (``icons/...``)."""
    if len(parts) == 1:
        parts = ("desktop", parts[0])
    return resource(*parts).read_bytes()


def planned_files(launcher: str) -> list[tuple[PurePosixPath, bytes]]:
    """Every file install writes, as (path under the data folder, contents), in a stable order.

    Raises:
        DesktopIntegrationError: the launcher cannot be named in a .desktop file.
    """
    icons = PurePosixPath("icons", "hicolor")
    files = [
        (PurePosixPath("applications", f"{APP_ID}.desktop"), desktop_entry(launcher).encode("utf-8")),
        (PurePosixPath("metainfo", f"{APP_ID}.metainfo.xml"), _shipped(f"{APP_ID}.metainfo.xml")),
        (PurePosixPath("mime", "packages", f"{APP_ID}.xml"), _shipped("cxmapper-mime.xml")),
        (icons / "scalable" / "apps" / f"{APP_ID}.svg", _shipped("icons", "app", "cxmapper.svg")),
        (icons / "scalable" / "mimetypes" / f"{MIME_ICON}.svg", _shipped("icons", "mimetypes", f"{MIME_ICON}.svg")),
    ]
    for size in ICON_SIZES:
        png = _shipped("icons", "app", "png", f"cxmapper-{size}.png")
        files.append((icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png", png))
    return files


# -- install / uninstall ------------------------------------------------------------------------


def install(data_dir: Path, launcher: str, *, record: bool = True, refresh: bool = True) -> Report:
    """Write the menu entry, AppStream data, MIME type and icons under ``data_dir``.

    Files are replaced atomically, so a file manager watching the folders never reads half a
    file. Installing again over an earlier install is fine and keeps the first record of
    created folders, so uninstall still removes them.

    Args:
        data_dir: the XDG data folder (``~/.local/share``, or ``PREFIX/share`` for packagers).
        launcher: what Exec starts: an absolute path, or a bare name to look up on PATH.
        record: keep a manifest so `uninstall` removes exactly these files (packagers, whose
            package manager tracks files, turn it off).
        refresh: run the desktop, MIME and icon cache tools found on PATH.

    Raises:
        DesktopIntegrationError: a file could not be written.
    """
    report = Report(data_dir)
    previous = _read_manifest(data_dir)
    for rel, data in planned_files(launcher):
        target = data_dir.joinpath(*rel.parts)
        report.dirs.extend(_make_parents(target.parent, data_dir))
        _write(target, data)
        report.files.append(target)
    if previous:
        # An upgrade may ship fewer icons: drop what the earlier install wrote and this one did not.
        for stale in {data_dir / f for f in previous["files"]} - set(report.files):
            if _inside(stale, data_dir):
                try:
                    stale.unlink(missing_ok=True)
                except OSError as exc:
                    raise DesktopIntegrationError(f"cannot remove {stale}: {exc.strerror or exc}") from None
    if record:
        manifest = data_dir.joinpath(*MANIFEST.parts)
        report.dirs.extend(_make_parents(manifest.parent, data_dir))
        known = [data_dir / d for d in previous.get("dirs", [])] if previous else []
        dirs = list(dict.fromkeys([*known, *report.dirs]))
        body = {
            "launcher": launcher,
            "files": [str(p.relative_to(data_dir)) for p in report.files],
            "dirs": [str(d.relative_to(data_dir)) for d in dirs],
        }
        _write(manifest, (json.dumps(body, indent=2) + "\n").encode("utf-8"))
    if refresh:
        report.warnings = refresh_caches(data_dir)
    return report


def uninstall(data_dir: Path, *, refresh: bool = True) -> Report:
    """Remove what `install` wrote under ``data_dir``, and the folders it created once empty.

    The manifest says exactly what was written; without one (a ``--prefix`` install, or a lost
    manifest) the files this version would write are removed, and no folder is touched.

    Raises:
        DesktopIntegrationError: a file could not be removed.
    """
    report = Report(data_dir)
    manifest_path = data_dir.joinpath(*MANIFEST.parts)
    manifest = _read_manifest(data_dir)
    if manifest is not None:
        files = [data_dir / f for f in manifest.get("files", [])] + [manifest_path]
        dirs = [data_dir / d for d in manifest.get("dirs", [])]
    else:
        files = [data_dir.joinpath(*rel.parts) for rel, _ in planned_files(LAUNCHER)]
        dirs = []
    for path in files:
        if not _inside(path, data_dir):
            continue  # A tampered manifest must not delete files elsewhere.
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopIntegrationError(f"cannot remove {path}: {exc.strerror or exc}") from None
        report.files.append(path)
    # Refresh before pruning: update-mime-database needs mime/packages to exist to forget our type.
    if refresh and report.files:
        report.warnings = refresh_caches(data_dir)
    # Deepest first, so icons/hicolor/48x48/apps goes before icons/hicolor/48x48.
    for folder in sorted(dirs, key=lambda d: len(d.parts), reverse=True):
        if _inside(folder, data_dir) and folder.is_dir() and not any(folder.iterdir()):
            try:
                folder.rmdir()
            except OSError:
                continue  # Something appeared in it meanwhile: it is no longer only ours.
            report.dirs.append(folder)
    return report


def is_installed(data_dir: Path) -> bool:
    """Whether a menu entry or a manifest from `install` is present under ``data_dir``."""
    return (data_dir / "applications" / f"{APP_ID}.desktop").exists() or data_dir.joinpath(*MANIFEST.parts).exists()


def refresh_caches(data_dir: Path) -> list[str]:
    """Run the freedesktop cache tools that exist here; return one warning per tool that failed.

    A missing tool is not an error: desktops without it scan the folders themselves. The icon
    cache is only refreshed where one exists (or a theme index does): GTK reads a cache instead
    of the folder, so a stale one would hide our icons, but creating a cache in a folder that
    had none would hide the icons of every later install that does not refresh it.
    """
    hicolor = data_dir / "icons" / "hicolor"
    commands: list[Sequence[str]] = [
        ("update-desktop-database", "-q", str(data_dir / "applications")),
        ("update-mime-database", str(data_dir / "mime")),
    ]
    if (hicolor / "icon-theme.cache").exists() or (hicolor / "index.theme").exists():
        commands.append(("gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)))
    warnings = []
    for command in commands:
        tool = shutil.which(command[0])
        if tool is None:
            continue
        try:
            done = subprocess.run([tool, *command[1:]], capture_output=True, text=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            warnings.append(f"{command[0]} failed: {exc}")
            continue
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            warnings.append(f"{command[0]} failed: {detail[-1] if detail else f'exit status {done.returncode}'}")
    return warnings


# -- helpers ------------------------------------------------------------------------------------


def _inside(path: Path, root: Path) -> bool:
    return os.path.normpath(path).startswith(os.path.normpath(root) + os.sep)


def _make_parents(folder: Path, root: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return those created, outermost first."""
    missing = []
    node = folder
    while not node.exists():
        missing.append(node)
        if node == node.parent:
            break
        node = node.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DesktopIntegrationError(f"cannot create {folder}: {exc.strerror or exc}") from None
    return [d for d in reversed(missing) if _inside(d, root)]


def _write(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DesktopIntegrationError(f"cannot write {target}: {exc.strerror or exc}") from None


def _read_manifest(data_dir: Path) -> dict[str, list[str]] | None:
    try:
        data = json.loads(data_dir.joinpath(*MANIFEST.parts).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return {key: [str(v) for v in data.get(key, []) if isinstance(v, str)] for key in ("files", "dirs")}
