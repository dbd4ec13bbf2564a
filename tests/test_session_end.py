"""The real editor, ended by SIGTERM, SIGHUP or SIGINT, keeps the map for the next start.

A desktop's log-out, a task manager's "End" and Ctrl+C in a terminal do not close windows: they
send a signal. Each test starts the editor the way ``cxmapper m.cxmap`` does (`cxmapper.app.run`,
offscreen, default autosave delays), makes an edit, and sends the signal half a second later,
well inside the 2-second idle delay, so only the signal handling can have written the copy. A
second real process then starts as the next session would, restores the copy and must hold
the map's lock, which a third party sees as "already open".
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxmapper.model import storage
from cxmapper.model.filelock import FileLock, LockState, lock_path_for
from cxmapper.model.library import template
from cxmapper.model.recovery import RecoveryStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.gui,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

EDITOR = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from cxmapper import app as cxapp
from cxmapper.commands import EditDetails

path, settings_file, title = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
settings = QSettings(settings_file, QSettings.Format.IniFormat)
qapp = cxapp.create_application(sys.argv[:1], lang="ca", settings=settings)

def edit():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    window.undo_stack.push(EditDetails(window.document, {"title": title}))
    print("edited", window.autosave.has_copy, flush=True)

QTimer.singleShot(300, edit)
sys.exit(cxapp.run(str(path), lang="ca", settings=settings))
"""

RESTART = r"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from cxmapper.ui.dialogs import DialogHooks, SaveChoice
from cxmapper.ui.main_window import build_main_window, restore_recovered_maps
from cxmapper.ui.safety import RecoveryChoice

class Restore(DialogHooks):
    def ask_recovery(self, parent, entry):
        print("offered:", entry.title, flush=True)
        return RecoveryChoice.RESTORE
    def ask_save_discard_cancel(self, parent, name):
        return SaveChoice.DISCARD

app = QApplication(sys.argv[:1])
window = build_main_window(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat), dialogs=Restore(), lang="ca")
extra = restore_recovered_maps(window)
print("windows:", 1 + len(extra), flush=True)
print("title:", window.document.project.title, flush=True)
print("path:", window.document.path, flush=True)
print("read-only:", window.read_only, flush=True)
sys.stdin.readline()  # hold the map open until the test has looked at the lock
window.close()
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXMAPPER_DATA_DIR": str(tmp_path / "data")}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: s.name)
def test_signal_keeps_the_last_edit_and_releases_the_lock(tmp_path: Path, signum: signal.Signals) -> None:
    env = _env(tmp_path)
    path = tmp_path / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    on_disk = path.read_bytes()
    settings = str(tmp_path / "settings.ini")
    title = f"Fins al {signum.name} · l·l 😀"
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(path), settings, title],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert editor.stdout is not None
        # No copy yet when the edit is made: the idle delay is 2 s.
        assert editor.stdout.readline().strip() == "edited False"
        assert lock_path_for(path).exists()  # the editor holds the map
        time.sleep(0.5)
        sent = time.monotonic()
        editor.send_signal(signum)
        _, err = editor.communicate(timeout=5)
        took = time.monotonic() - sent
    finally:
        if editor.poll() is None:
            editor.kill()
            editor.communicate()
    assert editor.returncode in (0, -signum), err
    assert took < 5
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert not lock_path_for(path).exists()
    assert path.read_bytes() == on_disk  # kept as a copy, never saved over the user's file

    restart = subprocess.Popen(
        [sys.executable, "-c", RESTART, settings],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert restart.stdout is not None and restart.stdin is not None
        lines = [restart.stdout.readline().strip() for _ in range(5)]
        assert lines == [
            f"offered: {title}",
            "windows: 1",
            f"title: {title}",
            f"path: {path.resolve()}",
            "read-only: False",
        ]
        # A second instance finds the restored map locked by the restarted editor.
        second = FileLock(path)
        assert second.acquire() is LockState.HELD
        assert second.owner is not None and second.owner.pid == restart.pid
        restart.stdin.write("\n")
        restart.stdin.flush()
        _, err = restart.communicate(timeout=60)
    finally:
        if restart.poll() is None:
            restart.kill()
            restart.communicate()
    assert restart.returncode == 0, err
    assert not lock_path_for(path).exists()  # closed: released


def test_signal_during_the_start_up_question_keeps_both_maps(tmp_path: Path) -> None:
    # A copy from an earlier crash makes the editor ask at start-up; the signal comes while that
    # modal question is open, after an edit was made behind it.
    env = _env(tmp_path)
    path = tmp_path / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    crashed = template("clothing-shop", "ca")
    crashed.title = "Feina d'abans"
    code = "import sys; from cxmapper.model import storage; from cxmapper.model.recovery import RecoveryStore; "
    code += "RecoveryStore().write('crashed', storage.load(sys.argv[1]), None)"
    (tmp_path / "crashed.cxmap").write_bytes(storage.dumps(crashed))
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "crashed.cxmap")], env=env, check=True)
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(path), str(tmp_path / "settings.ini"), "Darrera edició"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "edited False"
        time.sleep(0.5)
        editor.send_signal(signal.SIGTERM)
        _, err = editor.communicate(timeout=5)
    finally:
        if editor.poll() is None:
            editor.kill()
            editor.communicate()
    assert editor.returncode in (0, -signal.SIGTERM), err
    assert "Traceback" not in err, err
    assert not lock_path_for(path).exists()
    titles = sorted(entry.title for entry in RecoveryStore(tmp_path / "data" / "recovery").entries())
    assert titles == ["Darrera edició", "Feina d'abans"]
