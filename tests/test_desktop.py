"""`cxmapper install-desktop`: the menu entry, file type and icons a freedesktop desktop reads.

Run as a user would (a subprocess with its own XDG_DATA_HOME), then read back what was written
the way a desktop would: the .desktop keys, the XML files, the PNG headers, and
desktop-file-validate when it is installed.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxmapper import desktop

APP_ID = desktop.APP_ID
SIZES = desktop.ICON_SIZES
pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="freedesktop.org desktops only")


def run(*args: str, data_home: Path | None = None, tools: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the command line; without ``tools`` the cache tools in /usr/bin are out of PATH's reach."""
    env = dict(os.environ)
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    if not tools:
        env["PATH"] = str(Path(sys.executable).parent)
    return subprocess.run(
        [sys.executable, "-m", "cxmapper", "install-desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) + ("/" if p.is_dir() else "") for p in root.rglob("*")}


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def validate_desktop_file(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower(), done.stdout


def test_install_writes_a_valid_entry_file_type_and_icons(tmp_path: Path) -> None:
    data = tmp_path / "share"
    out = run(data_home=data)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("\n") == 1 and str(data) in out.stdout and out.stderr == ""

    entry_path = data / "applications" / f"{APP_ID}.desktop"
    entry = read_entry(entry_path)
    program, field_code = entry["Exec"].rsplit(" ", 1)
    assert field_code == "%f"  # One file per window: double-clicking a map opens it.
    launcher = Path(program)
    assert launcher.is_absolute() and launcher.name.startswith("cxmapper")
    assert launcher.is_file() and os.access(launcher, os.X_OK), f"Exec does not point at a launcher: {program}"
    assert entry["TryExec"] == program
    assert program in out.stdout
    assert entry["Icon"] == APP_ID
    assert desktop.MIME_TYPE in entry["MimeType"].split(";")
    validate_desktop_file(entry_path)

    meta = ET.parse(data / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable") is not None and meta.findtext("launchable") == f"{APP_ID}.desktop"

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(data / "mime" / "packages" / f"{APP_ID}.xml").getroot()
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type is not None and mime_type.get("type") == desktop.MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall("m:glob", ns)] == ["*.cxmap"]

    hicolor = data / "icons" / "hicolor"
    for svg in (
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
        hicolor / "scalable" / "mimetypes" / f"{desktop.MIME_ICON}.svg",
    ):
        assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    for size in SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path) -> None:
    data = tmp_path / "share"
    # Someone else's files and folders, which must survive.
    (data / "applications").mkdir(parents=True)
    (data / "applications" / "other.desktop").write_text("[Desktop Entry]\n", encoding="utf-8")
    (data / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (data / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"x")
    (data / "cxmapper" / "autosave").mkdir(parents=True)
    before = tree(data)

    assert run(data_home=data).returncode == 0
    assert run(data_home=data).returncode == 0  # A second install changes nothing uninstall cannot undo.
    assert tree(data) > before
    out = run("--uninstall", data_home=data)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("removed ") and out.stdout.count("\n") == 1
    assert tree(data) == before

    again = run("--uninstall", data_home=data)
    assert again.returncode == 0 and again.stdout.startswith("nothing to remove")
    assert tree(data) == before


def test_cache_tools_learn_and_forget_the_file_type(tmp_path: Path) -> None:
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed")
    data = tmp_path / "share"
    assert run(data_home=data, tools=True).returncode == 0
    generated = data / "mime" / "application" / "x-cxmapper+json.xml"
    assert generated.is_file()
    if shutil.which("update-desktop-database"):
        assert desktop.MIME_TYPE in (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    # No icon cache is created where there was none: it would hide later installs' icons.
    assert not (data / "icons" / "hicolor" / "icon-theme.cache").exists()

    out = run("--uninstall", data_home=data, tools=True)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert not generated.exists()
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()


def test_prefix_for_packagers_writes_under_share_without_manifest_or_caches(tmp_path: Path) -> None:
    launcher = "/opt/My Apps/cxmapper $HOME's (beta)"
    out = run("--prefix", str(tmp_path / "usr"), "--launcher", launcher, tools=True)
    assert out.returncode == 0, out.stderr
    share = tmp_path / "usr" / "share"
    entry_path = share / "applications" / f"{APP_ID}.desktop"
    assert read_entry(entry_path)["Exec"] == '"/opt/My Apps/cxmapper \\\\$HOME\'s (beta)" %f'
    validate_desktop_file(entry_path)
    assert not (share / "mime" / "mime.cache").exists()
    assert not share.joinpath(*desktop.MANIFEST.parts).exists()

    gone = run("--prefix", str(tmp_path / "usr"), "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not [p for p in share.rglob("*") if p.is_file()]


def test_bare_launcher_name_is_kept_for_path_lookup(tmp_path: Path) -> None:
    assert run("--prefix", str(tmp_path), "--launcher", "cxmapper").returncode == 0
    entry = read_entry(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
    assert (entry["Exec"], entry["TryExec"]) == ("cxmapper %f", "cxmapper")


def test_unwritable_folder_is_bad_input_with_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    out = run(data_home=blocker)
    assert out.returncode == 1
    assert out.stdout == "" and out.stderr.count("\n") == 1 and out.stderr.startswith("cxmapper: cannot ")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    out = run("--bogus", data_home=tmp_path)
    assert out.returncode == 2 and "install-desktop" in out.stderr
    assert not any(tmp_path.iterdir())


def test_relative_xdg_data_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop.user_data_dir() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert desktop.user_data_dir() == tmp_path / "xdg"


def test_a_tampered_manifest_cannot_delete_files_elsewhere(tmp_path: Path) -> None:
    data = tmp_path / "share"
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    desktop.install(data, "/usr/bin/cxmapper", refresh=False)
    manifest = data.joinpath(*desktop.MANIFEST.parts)
    body = json.loads(manifest.read_text(encoding="utf-8"))
    body["files"] += ["../precious.txt", str(victim)]
    body["dirs"] += [".."]
    manifest.write_text(json.dumps(body), encoding="utf-8")
    desktop.uninstall(data, refresh=False)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("/usr/bin/cxmapper", "/usr/bin/cxmapper"),
        ("/opt/my apps/cxmapper", '"/opt/my apps/cxmapper"'),
        ('/a"b/cxmapper', '"/a\\\\"b/cxmapper"'),
        ("/a`$b/cxmapper", '"/a\\\\`\\\\$b/cxmapper"'),
        ("/a\\b/cxmapper", '"/a\\\\\\\\b/cxmapper"'),
        ("/100%/cxmapper", "/100%%/cxmapper"),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(arg: str, quoted: str) -> None:
    assert desktop.exec_quote(arg) == quoted


def test_unnameable_launchers_are_refused() -> None:
    with pytest.raises(desktop.DesktopIntegrationError):
        desktop.desktop_entry("/opt/a=b/cxmapper")
    with pytest.raises(desktop.DesktopIntegrationError):
        desktop.exec_quote("/opt/a\nb/cxmapper")


def test_find_launcher_prefers_the_running_program(tmp_path: Path) -> None:
    fake = tmp_path / "cxmapper"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    assert desktop.find_launcher(str(fake)) == str(fake)
    # `python -m cxmapper` runs __main__.py: then the launcher beside the interpreter, or PATH's.
    found = desktop.find_launcher(str(Path(desktop.__file__).with_name("__main__.py")))
    assert found is None or Path(found).name.startswith("cxmapper")


def test_windows_app_id_is_a_no_op_elsewhere() -> None:
    assert desktop.set_windows_app_id() is False
