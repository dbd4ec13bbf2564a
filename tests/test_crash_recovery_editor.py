"""The real editor, killed with SIGKILL after an autosave, gives the map back at the next start.

Unlike the soak in test_crash_recovery.py (a headless harness killed at random moments), this
drives the real main window in a child process: it opens a map, makes edits through the
window's own actions and undo stack, waits for the autosave copy, and is SIGKILLed. A second
real process then starts the editor the way ``cxmapper`` does at start-up and restores it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cxmapper.model import storage
from cxmapper.model.library import template

pytestmark = [
    pytest.mark.slow,
    pytest.mark.gui,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

EDITOR = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QGuiApplication
from cxmapper.commands import EditDetails, EditTouchpoint
from cxmapper.ui.main_window import build_main_window

app = QApplication(sys.argv[:1])
path, settings_file, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
window = build_main_window(path, settings=QSettings(settings_file, QSettings.Format.IniFormat), lang="ca")
window.autosave._idle.setInterval(200)  # the idle delay; the 30 s timer is not waited for here
window.show()
# Edits as a user makes them: a pasted row, the title in the inspector's command, a score.
QGuiApplication.clipboard().setText("Enquesta per WhatsApp\tDesprés de la compra\tchat\tDues preguntes, l·l ñ 😀\n")
window.paste()
first = window.document.project.touchpoints[0].id
window.undo_stack.push(EditDetails(window.document, {"title": "Taller de dijous"}))
window.undo_stack.push(EditTouchpoint(window.document, first, {"score": -2}))
deadline = time.monotonic() + 20
while not window.autosave.has_copy and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
out.write_bytes(window.document.project.model_dump_json().encode())
print("autosaved" if window.autosave.has_copy else "no copy", flush=True)
while True:  # keep working until killed
    app.processEvents()
    time.sleep(0.02)
"""

RESTART = r"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from cxmapper.ui.dialogs import DialogHooks
from cxmapper.ui.main_window import build_main_window, restore_recovered_maps
from cxmapper.ui.safety import RecoveryChoice

class Restore(DialogHooks):
    def ask_recovery(self, parent, entry):
        print("offered:", entry.title, flush=True)
        return RecoveryChoice.RESTORE

app = QApplication(sys.argv[:1])
window = build_main_window(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat), dialogs=Restore(), lang="ca")
restore_recovered_maps(window)
print("path:", window.document.path, flush=True)
sys.stdout.write("project:" + window.document.project.model_dump_json() + "\n")
sys.stdout.flush()
window.autosave.close()
"""


def test_killed_editor_is_restored_at_next_start(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXMAPPER_DATA_DIR": str(tmp_path / "data")}
    path = tmp_path / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    on_disk = path.read_bytes()
    edited_json = tmp_path / "edited.json"
    settings = str(tmp_path / "settings.ini")
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(path), settings, str(edited_json)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "autosaved"
    finally:
        editor.send_signal(signal.SIGKILL)
        _, err = editor.communicate(timeout=30)
    assert editor.returncode == -signal.SIGKILL, err
    assert path.read_bytes() == on_disk  # the user never saved: the file is untouched

    restart = subprocess.run(
        [sys.executable, "-c", RESTART, settings], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    lines = restart.stdout.splitlines()
    assert "offered: Taller de dijous" in lines
    assert f"path: {path.resolve()}" in lines
    restored = json.loads(next(line for line in lines if line.startswith("project:")).removeprefix("project:"))
    edited = json.loads(edited_json.read_text(encoding="utf-8"))
    assert restored == edited
    assert restored["title"] == "Taller de dijous"
    pasted = [tp for tp in restored["touchpoints"] if tp["title"] == "Enquesta per WhatsApp"]
    assert len(pasted) == 1 and pasted[0]["description"] == "Dues preguntes, l·l ñ 😀"
