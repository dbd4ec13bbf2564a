"""Autosave of big maps: the copy is joined and written on a worker thread, and never lost.

`AutosaveController` hands maps of `BACKGROUND_CARDS` cards or more to a worker thread. These
tests force that path on small maps (``background_cards``) and hold the worker at a gate, so
that every moment of a write in flight (an edit, a save, a close, the session ending) can be
hit deterministically.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from cxmapper import commands as cmd
from cxmapper.document import Document
from cxmapper.model import storage
from cxmapper.model.project import Project, Touchpoint, new_project
from cxmapper.model.recovery import RecoveryStore
from cxmapper.ui import safety
from cxmapper.ui.safety import AutosaveController

pytestmark = pytest.mark.gui


class GatedStore(RecoveryStore):
    """A recovery store whose writes wait at a gate, and that notes which thread wrote."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.threads: list[threading.Thread] = []

    def write_bytes(self, session_key: str, data: bytes, title: str, source_path: Any) -> Path:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.gate.wait(10), "the test never opened the gate"
        return super().write_bytes(session_key, data, title, source_path)


def big_project(n: int = 40) -> Project:
    p = new_project("ca", title="Botiga · ñ 😀")
    for i in range(n):
        p.touchpoints.append(
            Touchpoint(id=f"tp-{i}", title=f"T{i} · l·l", stage_id=p.stages[i % 3].id, lane_id="lane-main")
        )
    return storage.loads(storage.dumps(p))


class Session:
    def __init__(self, store: RecoveryStore) -> None:
        self.store = store
        self.doc = Document(big_project())
        self.stack = QUndoStack()
        self.auto = AutosaveController(self.doc, self.stack, store, interval_ms=60_000, idle_ms=10, background_cards=1)
        self.written: list[str] = []
        self.failed: list[str] = []
        self.auto.written.connect(self.written.append)
        self.auto.failed.connect(self.failed.append)
        self.n = 0

    def edit(self) -> None:
        self.n += 1
        self.stack.push(cmd.EditDetails(self.doc, {"title": f"edit {self.n}"}))
        self.stack.push(cmd.MoveTouchpoint(self.doc, f"tp-{self.n}", self.doc.project.stages[2].id, "lane-main", 0))

    def copy_path(self) -> Path:
        return self.store.folder / f"{self.auto.session_key}.cxmap"

    def copy(self) -> bytes:
        return self.copy_path().read_bytes()


@pytest.fixture
def gated(tmp_path: Path) -> GatedStore:
    return GatedStore(tmp_path / "recovery")


@pytest.fixture
def session(gated: GatedStore) -> Iterator[Session]:
    s = Session(gated)
    yield s
    gated.gate.set()
    s.auto.close()


def _open_later(gate: threading.Event, seconds: float) -> threading.Thread:
    opener = threading.Timer(seconds, gate.set)
    opener.start()
    return opener


def test_a_big_map_is_written_on_a_worker_thread_byte_for_byte(qtbot: Any, session: Session) -> None:
    session.edit()
    with qtbot.waitSignal(session.auto.written, timeout=5000):
        pass
    threads = session.store.threads if isinstance(session.store, GatedStore) else []
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert session.copy() == storage.dumps(session.doc.project)
    assert session.auto.has_copy and not session.auto.writing


def test_edits_made_while_a_copy_is_written_are_written_next(qtbot: Any, session: Session, gated: GatedStore) -> None:
    gated.gate.clear()
    session.edit()
    qtbot.waitUntil(lambda: session.auto.writing, timeout=5000)
    assert gated.entered.wait(5)
    before = storage.dumps(session.doc.project)
    session.edit()  # the GUI thread goes on while the worker waits at the gate
    session.edit()
    assert session.written == []
    gated.gate.set()
    qtbot.waitUntil(lambda: len(session.written) == 2, timeout=5000)
    assert session.copy() == storage.dumps(session.doc.project) != before
    assert session.failed == []


def test_close_waits_for_the_write_in_flight_then_removes_the_copy(
    qtbot: Any, session: Session, gated: GatedStore
) -> None:
    gated.gate.clear()
    session.edit()
    qtbot.waitUntil(lambda: session.auto.writing, timeout=5000)
    assert gated.entered.wait(5)
    opener = _open_later(gated.gate, 0.2)
    session.auto.close()  # blocks until the worker is done, then removes what it wrote
    opener.join()
    assert not session.auto.writing and not session.auto.has_copy
    qtbot.wait(100)
    assert not gated.folder.exists() or sorted(os.listdir(gated.folder)) == []


def test_a_save_while_a_copy_is_written_leaves_no_stale_copy(qtbot: Any, session: Session, gated: GatedStore) -> None:
    gated.gate.clear()
    session.edit()
    qtbot.waitUntil(lambda: session.auto.writing, timeout=5000)
    opener = _open_later(gated.gate, 0.2)
    session.stack.setClean()  # what the window does after Save: the copy must go, even this one
    opener.join()
    assert not session.auto.has_copy
    qtbot.wait(100)
    assert sorted(os.listdir(gated.folder)) == []


def test_session_end_waits_for_the_write_in_flight_and_keeps_the_newest_edit(
    qtbot: Any, session: Session, gated: GatedStore
) -> None:
    gated.gate.clear()
    session.edit()
    qtbot.waitUntil(lambda: session.auto.writing, timeout=5000)
    session.edit()  # newer than the copy being written
    opener = _open_later(gated.gate, 0.2)
    assert session.auto.keep()  # what a SIGTERM or a log-out calls
    opener.join()
    assert session.copy() == storage.dumps(session.doc.project)
    assert storage.loads(session.copy()).title == "edit 2"
    assert not session.auto.writing


def test_a_failed_background_write_is_reported_and_the_old_copy_stays(
    qtbot: Any, session: Session, gated: GatedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.edit()
    qtbot.waitUntil(lambda: session.auto.has_copy and not session.auto.writing, timeout=5000)
    first = session.copy()

    def full_disk(path: Any, data: bytes, **kwargs: Any) -> None:
        raise storage.CxmapFileError(path, "the disk is full")

    monkeypatch.setattr(storage, "write_atomic", full_disk)
    with qtbot.waitSignal(session.auto.failed, timeout=5000) as failed:
        session.edit()
    assert failed.args == ["the disk is full"]
    assert session.copy() == first  # the previous copy, whole
    monkeypatch.undo()
    session.edit()  # the next write goes through
    qtbot.waitUntil(lambda: session.copy() == storage.dumps(session.doc.project), timeout=5000)


def test_the_first_copy_of_a_big_map_is_serialised_in_slices(
    qtbot: Any, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safety, "FILL_SLICE_S", 0.0)  # one batch of cards per event-loop turn
    calls: list[bool] = []
    fill = session.auto.serialiser.fill

    def counted(budget_s: float) -> bool:
        done = fill(budget_s)
        calls.append(done)
        return done

    monkeypatch.setattr(session.auto.serialiser, "fill", counted)
    session.doc.replace_project(big_project(700), None)  # nothing cached yet
    session.stack.push(cmd.EditDetails(session.doc, {"title": "sliced"}))
    with qtbot.waitSignal(session.auto.written, timeout=10_000):
        pass
    assert len(calls) >= 700 // 64 and calls[-1] and not any(calls[:-1])
    assert session.copy() == storage.dumps(session.doc.project)


def test_small_maps_are_still_written_at_once(qtbot: Any, gated: GatedStore) -> None:
    doc, stack = Document(big_project(5)), QUndoStack()
    auto = AutosaveController(doc, stack, gated, interval_ms=60_000, idle_ms=10)
    stack.push(cmd.EditDetails(doc, {"title": "small"}))
    with qtbot.waitSignal(auto.written, timeout=5000):
        pass
    assert gated.threads == [threading.main_thread()]
    assert (gated.folder / f"{auto.session_key}.cxmap").read_bytes() == storage.dumps(doc.project)
    auto.close()


# -- a real editor ended by SIGTERM while a copy is being written -------------------------------

BUSY_EDITOR = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from cxmapper import app as cxapp
from cxmapper.commands import EditDetails

path, settings_file = Path(sys.argv[1]), sys.argv[2]
settings = QSettings(settings_file, QSettings.Format.IniFormat)
qapp = cxapp.create_application(sys.argv[:1], lang="ca", settings=settings)

def window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")

def slow_disk():
    store = window().autosave.store
    write = store.write_bytes
    def slow(*args):
        time.sleep(1.0)  # a slow disk: the signal arrives while this copy is being written
        return write(*args)
    store.write_bytes = slow

def first_edit():
    slow_disk()
    w = window()
    w.undo_stack.push(EditDetails(w.document, {"title": "first"}))
    w.autosave.write_soon()
    QTimer.singleShot(0, wait_for_writer)

def wait_for_writer():
    w = window()
    if not w.autosave.writing:
        QTimer.singleShot(5, wait_for_writer)
        return
    w.undo_stack.push(EditDetails(w.document, {"title": "second · ñ 😀"}))
    print("writing", w.autosave.writing, flush=True)

QTimer.singleShot(300, first_edit)
sys.exit(cxapp.run(str(path), lang="ca", settings=settings))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_during_a_background_write_keeps_the_newest_edit(tmp_path: Path) -> None:
    """The editor of a 1,500-card map gets SIGTERM while its worker writes a copy.

    The session-end handler waits for that write, then writes the edit made after it began:
    the copy the next start finds is complete and holds the last edit.
    """
    big = big_project(1_500)
    path = tmp_path / "gran.cxmap"
    storage.save(big, path)
    on_disk = path.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXMAPPER_DATA_DIR": str(tmp_path / "data")}
    editor = subprocess.Popen(
        [sys.executable, "-c", BUSY_EDITOR, str(path), str(tmp_path / "settings.ini")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert editor.stdout is not None
        assert editor.stdout.readline().strip() == "writing True"
        editor.send_signal(signal.SIGTERM)
        _, err = editor.communicate(timeout=30)
    finally:
        if editor.poll() is None:
            editor.kill()
            editor.communicate()
    assert editor.returncode in (0, -signal.SIGTERM), err
    assert "Traceback" not in err, err
    assert path.read_bytes() == on_disk  # the user's file untouched
    store = RecoveryStore(tmp_path / "data" / "recovery")
    [entry] = store.entries()
    restored = store.restore(entry)
    assert entry.title == restored.title == "second · ñ 😀"
    expected = big.model_copy(deep=True)
    expected.title = restored.title
    expected.created, expected.modified = restored.created, restored.modified
    assert restored == expected
    assert not [name for name in os.listdir(store.folder) if name.endswith(".tmp")]
