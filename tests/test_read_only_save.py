"""A read-only map, a read-only folder or an immutable file is never written; Save As is offered.

Tests run as root here, and root may write anything: the editor runs in a child process with
CAP_DAC_OVERRIDE and CAP_FOWNER dropped (``setpriv``), so the kernel treats it like any user
without override rights. As an ordinary user no dropping is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cxmapper.model import storage
from cxmapper.model.library import template

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")]

SAVER = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from cxmapper.app import create_application
from cxmapper.commands import EditDetails
from cxmapper.ui.dialogs import DialogHooks
from cxmapper.ui.main_window import build_main_window

path, elsewhere, settings = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
asked = []

class Hooks(DialogHooks):
    def offer_save_as(self, parent, map_name, reason):
        asked.append(["offer_save_as", map_name, reason])
        return True
    def get_save_path(self, parent, suggested):
        asked.append(["get_save_path", str(suggested)])
        return elsewhere
    def show_error(self, parent, title, message, details=""):
        asked.append(["show_error", message, details])
    def ask_lock(self, parent, p, owner):
        raise AssertionError("nobody else has the map open")

qsettings = QSettings(settings, QSettings.Format.IniFormat)
app = create_application(sys.argv[:1], lang=sys.argv[4], settings=qsettings)
window = build_main_window(path, settings=qsettings, dialogs=Hooks(), lang=sys.argv[4])
window.undo_stack.push(EditDetails(window.document, {"title": "Canviat · ñ 😀"}))
saved = window.save()
print(json.dumps({"saved": saved, "asked": asked, "path": str(window.document.path)}), flush=True)
window.undo_stack.setClean()
window.close()
"""


def _without_override() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv to drop CAP_DAC_OVERRIDE")
    caps = "-dac_override,-fowner"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def _save(tmp_path: Path, path: Path, prefix: list[str], lang: str = "en") -> dict[str, object]:
    elsewhere = tmp_path / "elsewhere" / "copy.cxmap"
    elsewhere.parent.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXMAPPER_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [*prefix, sys.executable, "-c", SAVER, str(path), str(elsewhere), str(tmp_path / "s.ini"), lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    # Save As went to the other folder, with the edit.
    assert result["saved"] is True
    assert result["path"] == str(elsewhere.resolve())
    assert storage.load(elsewhere).title == "Canviat · ñ 😀"
    return result


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), stat.S_IMODE(p.stat().st_mode)) for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    return path


def test_read_only_file_is_not_written_and_save_as_is_offered(tmp_path: Path, shop: Path) -> None:
    prefix = _without_override()
    shop.chmod(0o444)
    before = _snapshot(shop.parent)
    result = _save(tmp_path, shop, prefix)
    assert result["asked"] == [
        ["offer_save_as", "botiga.cxmap", "The file is read-only."],
        ["get_save_path", str(shop.resolve())],
    ]
    # Nothing in the map's folder changed: same bytes, still 0444, no .bak, no temporary file.
    # (The lock file comes and goes with the window.)
    assert _snapshot(shop.parent) == before
    assert stat.S_IMODE(shop.stat().st_mode) == 0o444


def test_read_only_folder_is_not_written_and_save_as_is_offered(tmp_path: Path, shop: Path) -> None:
    prefix = _without_override()
    shop.parent.chmod(0o555)
    try:
        before = _snapshot(shop.parent)
        result = _save(tmp_path, shop, prefix, lang="ca")
        assert result["asked"] == [
            ["offer_save_as", "botiga.cxmap", "La carpeta és només de lectura: no s'hi pot desar cap fitxer."],
            ["get_save_path", str(shop.resolve())],
        ]
        assert _snapshot(shop.parent) == before
    finally:
        shop.parent.chmod(0o755)


def test_immutable_file_is_blamed_not_its_folder(tmp_path: Path, shop: Path) -> None:
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(shop)], capture_output=True).returncode != 0:
        pytest.skip("cannot mark a file immutable here (needs chattr and CAP_LINUX_IMMUTABLE)")
    try:
        before = _snapshot(shop.parent)
        assert storage.check_writable(shop) == storage.IMMUTABLE_FILE
        with pytest.raises(storage.CxmapFileError) as failed:
            storage.save(template("blank", "en"), shop, backup=False)
        assert failed.value.reason == storage.IMMUTABLE_FILE  # not "the folder is read-only"
        result = _save(tmp_path, shop, [], lang="es")
        assert result["asked"] == [
            [
                "offer_save_as",
                "botiga.cxmap",
                "El archivo está marcado como inmutable: ningún programa puede cambiarlo ni sustituirlo.",
            ],
            ["get_save_path", str(shop.resolve())],
        ]
        assert _snapshot(shop.parent) == before
    finally:
        subprocess.run([chattr, "-i", str(shop)], check=True)
