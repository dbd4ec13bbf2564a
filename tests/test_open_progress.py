"""Opening a big map shows progress, keeps the window responsive and can be cancelled safely."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from cxmapper.model import storage
from cxmapper.model.library import template
from cxmapper.ui import open_progress
from cxmapper.ui.dialogs import DialogHooks
from cxmapper.ui.main_window import MainWindow, build_main_window

pytestmark = pytest.mark.gui


class Errors(DialogHooks):
    """Records error messages instead of showing a message box."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def show_error(self, parent: QWidget, title: str, message: str, details: str = "") -> None:
        self.errors.append(details)


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("CXMAPPER_DATA_DIR", str(tmp_path / "data"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_main_window(project=template("beauty-salon", "es"), settings=settings, dialogs=Errors(), lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    return path


def _progress_dialogs(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog, "openProgress") if d.isVisible()]


def test_a_small_file_opens_without_a_dialog(window: MainWindow, map_file: Path, monkeypatch) -> None:
    shown: list[Any] = []
    monkeypatch.setattr(open_progress, "run_in_background", lambda *args, **kwargs: shown.append(args))
    monkeypatch.setattr(open_progress, "busy", lambda *args: shown.append(args))
    assert window.open_file(map_file)
    assert shown == []
    assert window.document.path == map_file.resolve()


def test_a_big_file_shows_progress_while_reading_and_drawing(window: MainWindow, map_file: Path, monkeypatch) -> None:
    monkeypatch.setattr(open_progress, "BIG_FILE_BYTES", 0)
    labels: list[str] = []
    real_load = storage.load

    def watched_load(path: Path) -> Any:
        # Runs in the worker: the dialog is up, and the GUI thread keeps serving events.
        labels.extend(d.labelText() for d in _progress_dialogs(window))
        return real_load(path)

    monkeypatch.setattr(storage, "load", watched_load)
    real_set_project = window.set_project

    def watched_set_project(*args: Any, **kwargs: Any) -> None:
        labels.extend(d.labelText() for d in _progress_dialogs(window))
        real_set_project(*args, **kwargs)

    monkeypatch.setattr(window, "set_project", watched_set_project)
    assert window.open_file(map_file)
    assert labels == ["Opening “botiga.cxmap”…", "Drawing “botiga.cxmap”…"]
    assert window.document.project.language == "ca"
    QApplication.processEvents()
    assert _progress_dialogs(window) == []


def test_cancelling_while_reading_leaves_the_open_map_untouched(
    window: MainWindow, map_file: Path, monkeypatch
) -> None:
    monkeypatch.setattr(open_progress, "BIG_FILE_BYTES", 0)
    release = threading.Event()
    real_load = storage.load

    def slow_load(path: Path) -> Any:
        release.wait(10)
        return real_load(path)

    monkeypatch.setattr(storage, "load", slow_load)
    before = window.document.project
    cancelled: list[bool] = []

    def cancel() -> None:
        dialogs = _progress_dialogs(window)
        cancelled.append(bool(dialogs))
        for dialog in dialogs:
            dialog.cancel()

    QTimer.singleShot(100, cancel)
    try:
        assert not window.open_file(map_file)
    finally:
        release.set()
    assert cancelled == [True]
    assert window.document.project is before
    assert window.document.path is None


def test_a_broken_big_file_is_reported_from_the_worker(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(open_progress, "BIG_FILE_BYTES", 0)
    broken = tmp_path / "tallat.cxmap"
    broken.write_text('{"schema_version": 1, "title": "Tall', encoding="utf-8")
    before = window.document.project
    assert not window.open_file(broken)
    dialogs = window.dialogs
    assert isinstance(dialogs, Errors)
    assert len(dialogs.errors) == 1 and "truncated" in dialogs.errors[0]
    assert window.document.project is before
