"""The end of a session inside the real window: restored maps locked, closed windows silent,
signals and log-outs keeping the unsaved maps, scripts exiting quietly.

The end-to-end runs with real signals and real restarts are in tests/test_session_end.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SIGNAL, QSettings
from PySide6.QtWidgets import QApplication

from cxmapper.commands import EditDetails
from cxmapper.model import storage
from cxmapper.model.filelock import FileLock, LockState, lock_path_for, read_owner
from cxmapper.model.library import template
from cxmapper.model.recovery import RecoveryStore
from cxmapper.ui.main_window import MainWindow, build_main_window, restore_recovered_maps
from cxmapper.ui.safety import LockChoice, describe_unwritable, offer_save_as_message_box
from cxmapper.ui.shutdown import SessionGuard, keep_unsaved_maps
from tests.test_recovery import answer_box
from tests.test_ui_safety import SafetyDialogs

pytestmark = pytest.mark.gui


@pytest.fixture
def make(qtbot, tmp_path: Path):
    def build(path: Path | None = None, **kwargs: Any) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(path, settings=settings, dialogs=SafetyDialogs(), lang="en", **kwargs)
        qtbot.addWidget(window)
        return window

    return build


def answers(window: MainWindow) -> SafetyDialogs:
    assert isinstance(window.dialogs, SafetyDialogs)
    return window.dialogs


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    return path


@pytest.fixture(autouse=True)
def no_copies_left() -> Any:
    """Each test starts and ends with an empty recovery folder (they share the test data folder)."""
    store = RecoveryStore()
    for entry in store.entries():
        store.discard(entry)
    yield
    for path in store.folder.glob("*.cxmap") if store.folder.is_dir() else []:
        store.remove(path.stem)


CRASH = r"""
import os, sys
from cxmapper.model import storage
from cxmapper.model.filelock import FileLock
from cxmapper.model.recovery import RecoveryStore
project = storage.load(sys.argv[1])
project.title = sys.argv[2]
assert FileLock(sys.argv[1]).acquire().value == "owned"
RecoveryStore().write("crashed-" + str(os.getpid()), project, sys.argv[1])
os._exit(0)  # dies holding the lock, with its copy on disk
"""


def _crash(map_file: Path, title: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(map_file), title], check=True, env=os.environ.copy(), capture_output=True
    )
    assert done.stderr == b""
    owner = read_owner(map_file)
    assert owner is not None and owner.pid != os.getpid()
    return owner.pid


def test_restored_map_takes_the_lock(make, map_file: Path) -> None:
    _crash(map_file, "Feina del taller")
    window = make()
    assert restore_recovered_maps(window) == []
    assert window.document.project.title == "Feina del taller"
    owner = read_owner(map_file)
    assert owner is not None and owner.is_this_process()  # no longer the dead process's lock
    assert answers(window).lock_asks == []  # a dead session's lock is taken over silently
    assert not window.read_only
    # A second editor is told the map is already open.
    second = FileLock(map_file)
    assert second.acquire() is LockState.HELD
    assert second.owner == owner
    window.close()  # discards (FakeDialogs' answer) and releases
    assert not lock_path_for(map_file).exists()


def test_restored_map_opened_elsewhere_meanwhile_is_read_only(make, map_file: Path) -> None:
    _crash(map_file, "Feina del taller")
    # Since the crash, someone else (alive: this very process, another window) opened it.
    other = FileLock(map_file)
    assert other.acquire() is LockState.OWNED
    try:
        window = make()
        answers(window).lock_answer = LockChoice.READ_ONLY
        restore_recovered_maps(window)
        assert [path for path, _ in answers(window).lock_asks] == [map_file]
        assert window.read_only
        assert window.document.project.title == "Feina del taller"
        owner = read_owner(map_file)
        assert owner is not None and other.owned
        window.close()
        assert lock_path_for(map_file).exists()  # still the other session's
    finally:
        other.release()


def test_closed_window_says_nothing_when_the_file_changes(qtbot, make, map_file: Path) -> None:
    # The first window has the file open; a crash copy of the same file is restored into a second.
    _crash(map_file, "Recovered")
    first = make()
    first.open_file(map_file)
    answers(first).lock_answer = LockChoice.OPEN_ANYWAY
    extra = restore_recovered_maps(first)
    assert len(extra) == 1
    second = extra[0]
    qtbot.addWidget(second)
    second.dialogs = SafetyDialogs()  # restored windows share the first one's: tell them apart
    assert first.close()
    assert second.save()
    assert storage.load(map_file).title == "Recovered"
    # Another program changes the file too: only the open window may hear of it.
    time.sleep(0.05)
    other = storage.load(map_file)
    other.title = "Changed by a colleague"
    storage.save(other, map_file)
    qtbot.waitUntil(lambda: bool(answers(second).reload_asks), timeout=5000)
    qtbot.wait(400)  # well past the watcher's settle delay (150 ms)
    assert answers(first).reload_asks == []
    assert answers(first).overwrite_asks == []
    assert first.watcher._watcher.files() == [] and first.watcher._watcher.directories() == []


def test_keep_writes_the_copy_at_once_and_stops(make, map_file: Path) -> None:
    window = make(map_file)
    window.undo_stack.push(EditDetails(window.document, {"title": "Abans de tancar la sessió"}))
    assert not window.autosave.has_copy  # the idle delay has not passed
    assert keep_unsaved_maps([window]) == 1
    assert window.autosave.has_copy
    assert lock_path_for(map_file).exists()  # a log-out may still be cancelled: keep the lock
    window.end_session()
    assert not lock_path_for(map_file).exists()
    (entry,) = [e for e in RecoveryStore().entries() if e.session_key == window.autosave.session_key] or [None]
    # Still this process's session: not offered while it runs, but its copy holds the edit.
    assert entry is None
    copy = RecoveryStore().folder / f"{window.autosave.session_key}.cxmap"
    assert storage.load(copy).title == "Abans de tancar la sessió"
    # Stopped for good: later edits write nothing, undoing removes nothing.
    window.undo_stack.undo()
    assert copy.exists()


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_guard_keeps_maps_when_a_signal_arrives(qtbot, make, map_file: Path) -> None:
    window = make(map_file)
    window.undo_stack.push(EditDetails(window.document, {"title": "Signal"}))
    quits: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    commit_data = SIGNAL("commitDataRequest(QSessionManager&)")
    listeners = app.receivers(commit_data)
    guard = SessionGuard(app, quit_loop=lambda: quits.append("quit"))
    # The session manager's save request is heard (a QSessionManager cannot be made in a test;
    # what it triggers, keep_unsaved_maps, is tested above).
    assert app.receivers(commit_data) == listeners + 1
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: guard.received == signal.SIGTERM, timeout=5000)
        assert quits == ["quit"]
        assert window.autosave.has_copy
        assert not lock_path_for(map_file).exists()
    finally:
        guard.uninstall()
    assert app.receivers(commit_data) == listeners
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


DROPPED = r"""
from PySide6.QtWidgets import QApplication
from cxmapper.commands import EditDetails
from cxmapper.model.library import template
from cxmapper.ui.main_window import build_main_window
app = QApplication([])
window = build_main_window(project=template("blank", "en"), lang="en")
window.undo_stack.push(EditDetails(window.document, {"title": "Notebook map"}))
window.autosave.write_now()
print("copy", window.autosave.has_copy, flush=True)
"""


def test_scripted_window_dropped_without_close_exits_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXMAPPER_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", DROPPED], env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "copy True\n", "")
    # Not closed, so not discarded: the work stays for the next start.
    (entry,) = RecoveryStore(tmp_path / "data" / "recovery").entries()
    assert entry.title == "Notebook map"


def test_opening_a_map_removes_temporary_files_of_killed_saves(make, map_file: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(done.stdout)
    host = storage._writer().split("-")[0]  # this computer
    left = map_file.parent / f".botiga.cxmap.{host}-{dead_pid}-x.k1ll3d_0.tmp"
    left.write_bytes(storage.dumps(template("blank", "en")))
    window = make(map_file)
    assert window.has_map
    assert not left.exists()


@pytest.mark.parametrize(("button", "expected"), [("Save As…", True), ("Cancel", False)])
def test_default_cannot_save_here_box(qtbot, button: str, expected: bool) -> None:
    # A file name is file-borne text: shown literally, never as markup.
    name = '<img src="/dev/zero">.cxmap'
    seen: list[str] = []
    answer_box(qtbot, button, seen)
    reason = describe_unwritable(storage.READ_ONLY_FOLDER)
    assert offer_save_as_message_box(None, name, reason) is expected
    assert name in seen[0]  # the text: “<img src="/dev/zero">.cxmap” cannot be saved where it is.
    assert seen[1].startswith(reason + "\n\n")  # then the question
