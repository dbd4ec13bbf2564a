"""Long imports and exports: progress after half a second, a window that repaints, a Cancel that changes nothing.

An import is also one undo step however big it is."""

from __future__ import annotations

import itertools
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from cxmapper.commands import EditTouchpoint, ReplaceProject
from cxmapper.document import Document
from cxmapper.export import ExportCancelled
from cxmapper.model import importer, storage
from cxmapper.model.library import template
from cxmapper.model.project import Project
from cxmapper.ui import export_dialog, import_dialog
from cxmapper.ui.export_dialog import ExportDialog
from cxmapper.ui.main_window import MainWindow, build_main_window
from tests.test_ui_main_window import FakeDialogs

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_main_window(
        None, project=template("clothing-shop"), settings=settings, dialogs=FakeDialogs(), lang="en"
    )
    qtbot.addWidget(win)
    win.show()
    return win


def _sheet(tmp_path: Path) -> Path:
    """Five new cards by title and stage, the way a client fills in a sheet."""
    path = tmp_path / "nous.csv"
    rows = [
        "title,stage,score",
        "Cupó,Discover,1",
        "Ràdio,Discover,-1",
        "Fira 🎪,Choose and buy,2",
        "Enquesta,Come back,0",
    ]
    rows.append("Trucada,Come back,")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _visible(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog, "importProgress") if d.isVisible()]


def _cards(project: Project) -> list[str]:
    """The cards without their ids (new cards get fresh ones), in a stable order."""
    return sorted(json.dumps(tp.model_dump(mode="json", exclude={"id"}), sort_keys=True) for tp in project.touchpoints)


def test_a_slow_sheet_shows_progress_and_cancel_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = storage.dumps(window.document.project)
    shown = threading.Event()
    seen: list[str] = []
    after_cancel: list[bool] = []
    finished = threading.Event()

    def slow_read(path: Path, progress: importer.Progress | None = None) -> importer.Table:
        # Runs in the worker: the reading lasts until the GUI thread has shown the dialog.
        assert progress is not None
        assert shown.wait(30)
        after_cancel.append(progress(1, 5))
        finished.set()
        raise importer.ImportCancelled()

    def poll() -> None:
        for dialog in _visible(window):
            seen.append(dialog.labelText())
            dialog.findChild(QPushButton).click()  # as the user does: Cancel
            shown.set()

    monkeypatch.setattr(importer, "read_table", slow_read)
    previews: list[Any] = []
    window.import_feature.confirm = lambda preview: previews.append(preview) or True
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        assert window.import_feature.run(_sheet(tmp_path)) is False
    finally:
        timer.stop()
        shown.set()
    assert seen[:1] == ["Reading “nous.csv”…"]
    assert previews == []
    assert storage.dumps(window.document.project) == before
    assert window.undo_stack.count() == 0 and window.undo_stack.isClean()
    assert _visible(window) == []
    assert finished.wait(30)
    assert after_cancel == [False]  # the worker is told to stop


def test_cancel_while_a_big_plan_is_built_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "BULK_STEPS", 4)  # the five rows build a whole new map
    monkeypatch.setattr(import_dialog, "SHOW_AFTER_MS", 0)
    before = storage.dumps(window.document.project)
    clicked = threading.Event()
    pressed: list[str] = []
    real_apply = importer.apply_import

    def slow_apply(project: Project, plan: importer.ImportPlan) -> Project:
        # Runs in the worker: building lasts until the user has pressed Cancel.
        assert clicked.wait(30)
        return real_apply(project, plan)

    def poll() -> None:
        for dialog in _visible(window):
            if dialog.labelText() == "Importing “nous.csv”…" and not clicked.is_set():
                dialog.findChild(QPushButton).click()  # Cancel, while the new map is built
                pressed.append(dialog.labelText())
                clicked.set()

    monkeypatch.setattr(importer, "apply_import", slow_apply)
    window.import_feature.confirm = lambda preview: True
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        assert window.import_feature.run(_sheet(tmp_path)) is False
    finally:
        timer.stop()
        clicked.set()
    assert pressed == ["Importing “nous.csv”…"]  # Cancel was pressed while the map was built
    assert storage.dumps(window.document.project) == before
    assert window.undo_stack.count() == 0
    assert _visible(window) == []


def test_a_map_reloaded_while_the_sheet_is_read_is_the_one_imported_into(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "BULK_STEPS", 4)  # the plan builds a whole new map
    reloaded = template("clothing-shop")
    reloaded.touchpoints.clear()  # as if the file changed on disk while the sheet was read
    shown = threading.Event()
    real_read = importer.read_table

    def slow_read(path: Path, progress: importer.Progress | None = None) -> importer.Table:
        assert shown.wait(30)
        return real_read(path, progress)

    def poll() -> None:
        if _visible(window) and not shown.is_set():
            window.document.replace_project(reloaded, window.document.path)
            shown.set()

    monkeypatch.setattr(importer, "read_table", slow_read)
    window.import_feature.confirm = lambda preview: True
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        assert window.import_feature.run(_sheet(tmp_path)) is True
    finally:
        timer.stop()
        shown.set()
    # The five rows went into the reloaded map, not into the 19 cards it replaced.
    assert sorted(tp.title for tp in window.document.project.touchpoints) == [
        "Cupó",
        "Enquesta",
        "Fira 🎪",
        "Ràdio",
        "Trucada",
    ]


@pytest.mark.parametrize("bulk", [False, True], ids=["card by card", "whole map"])
def test_a_map_reloaded_while_the_preview_is_open_is_previewed_again(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk: bool
) -> None:
    if bulk:
        monkeypatch.setattr(import_dialog, "BULK_STEPS", 4)
    reloaded = template("clothing-shop")
    reloaded.touchpoints.clear()  # the file changed on disk while the user read the preview
    previews: list[int] = []

    def confirm(preview: Any) -> bool:
        previews.append(len(window.document.project.touchpoints))
        if len(previews) == 1:
            window.document.replace_project(reloaded, window.document.path)
        return True

    window.import_feature.confirm = confirm
    assert window.import_feature.run(_sheet(tmp_path)) is True
    # Shown once for the 19-card map, then again for the reloaded empty one, which got the rows.
    assert previews == [19, 0]
    assert len(window.document.project.touchpoints) == 5
    window.undo_stack.undo()
    assert window.document.project.touchpoints == []


@pytest.mark.parametrize("bulk", [False, True], ids=["card by card", "whole map"])
def test_an_import_is_one_undo_step(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk: bool
) -> None:
    if bulk:
        monkeypatch.setattr(import_dialog, "BULK_STEPS", 4)  # the five rows replace the map at once
        monkeypatch.setattr(import_dialog, "BIG_MAP_CARDS", 0)  # and show the "Drawing" dialog
    labels: list[str] = []
    window.document.reset.connect(lambda: labels.extend(d.labelText() for d in _visible(window)))
    before = storage.dumps(window.document.project)
    sheet = _sheet(tmp_path)
    expected = importer.apply_import(
        window.document.project, importer.plan_import(window.document.project, importer.read_table(sheet))
    )
    window.import_feature.confirm = lambda preview: True
    assert window.import_feature.run(sheet) is True
    assert len(window.document.project.touchpoints) == 19 + 5
    assert _cards(window.document.project) == _cards(expected)
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Import nous.csv"
    assert labels == (["Drawing the map…"] if bulk else [])
    window.undo_stack.undo()
    assert storage.dumps(window.document.project) == before
    window.undo_stack.redo()
    assert _cards(window.document.project) == _cards(expected)
    project = window.document.project
    assert [tp.title for tp in project.cell("stage-loyalty", "lane-customer")][-2:] == ["Enquesta", "Trucada"]
    assert set(window.scene.card_items()) == {tp.id for tp in project.touchpoints}  # the canvas follows


def test_replacing_the_map_undoes_and_redoes_exactly(qtbot: QtBot) -> None:
    doc = Document(template("beauty-salon", "ca"))
    stack = QUndoStack()
    before = storage.dumps(doc.project)
    after = doc.project.model_copy(deep=True)
    after.touchpoints[0].title = "Reserva per WhatsApp 📱"
    first = after.model_copy(deep=True)
    resets: list[int] = []
    doc.reset.connect(lambda: resets.append(len(doc.project.touchpoints)))
    stack.push(ReplaceProject(doc, after, "Import", first=first))
    assert doc.project is first  # the first redo shows the prepared copy, no second copy
    assert len(resets) == 1
    stack.push(EditTouchpoint(doc, after.touchpoints[1].id, {"title": "Canviat"}))
    stack.undo()
    stack.undo()
    assert storage.dumps(doc.project) == before
    stack.redo()
    assert doc.project.touchpoints[0].title == "Reserva per WhatsApp 📱"
    assert doc.project.touchpoints[1].title != "Canviat"  # the later edit never reached the kept copy
    assert storage.dumps(doc.project) == storage.dumps(after)
    assert doc.project is not after and doc.project is not first


# -- exports run in a worker: progress, repaint and a Cancel that leaves no file ------------------------


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = threading.Event()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.set()
        return False


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "html"])
def test_a_slow_export_shows_progress_repaints_and_cancel_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    dialog = ExportDialog(template("beauty-salon", "ca"), tmp_path / f"mapa.{fmt}")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = threading.Event()
    counter = _PaintCounter()
    dialog.preview.installEventFilter(counter)
    answers: list[bool] = []
    labels: list[str] = []
    finished = threading.Event()
    real_export = export_dialog.export

    def slow_export(project: Project, path: Path, options: Any, progress: Any, fmt: str) -> None:
        # In the worker: a first report, then busy until the dialog is up and the window has
        # painted, as a big ReportLab or openpyxl file keeps the thread busy between reports.
        assert progress(1, 10)
        assert shown.wait(30)
        assert counter.painted.wait(30)
        answers.append(progress(2, 10))
        finished.set()
        if not answers[-1]:
            raise ExportCancelled()
        real_export(project, path, options, progress, fmt=fmt)

    def poll() -> None:
        for progress in dialog.findChildren(QProgressDialog, "exportProgress"):
            if progress.isVisible() and not shown.is_set():
                labels.append(progress.labelText())
                counter.painted.clear()
                dialog.preview.update()  # the window must paint while the export runs
                progress.findChild(QPushButton).click()
                shown.set()

    monkeypatch.setattr(export_dialog, "export", slow_export)
    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        assert dialog.export_now() is False
    finally:
        timer.stop()
        shown.set()
        counter.painted.set()
    assert labels == [f"Exporting “mapa.{fmt}”…"]
    assert finished.wait(30)
    assert answers == [False]  # the worker is told to stop before it writes anything
    assert list(tmp_path.iterdir()) == []
    assert dialog.exported_path is None


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_painting_a_big_image_reports_progress_and_can_be_cancelled(tmp_path: Path, fmt: str) -> None:
    from benchmarks.common import generated_project
    from cxmapper.export import export
    from cxmapper.export.options import TICK_EVERY

    project = generated_project(600)  # a card is three or more drawing items: thousands to paint
    calls: list[int] = []
    export(project, tmp_path / f"map.{fmt}", None, lambda done, total: calls.append(done) is None)
    # Ticks that add no unit of work come while the drawing is painted, one every TICK_EVERY items.
    painting = sum(1 for before, after in itertools.pairwise(calls) if after == before)
    assert painting >= 600 * 3 // TICK_EVERY

    seen: list[int] = []

    def cancel_while_painting(done: int, total: int) -> bool:
        seen.append(done)
        return not (len(seen) > 2 and seen[-1] == seen[-2] == seen[-3])

    with pytest.raises(ExportCancelled):
        export(project, tmp_path / f"cancelled.{fmt}", None, cancel_while_painting)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"map.{fmt}"]


def test_the_export_dialog_of_a_big_map_composes_no_live_preview(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxmapper.export import pages

    monkeypatch.setattr(export_dialog, "PREVIEW_MAX_CARDS", 10)  # the beauty salon has more cards
    composed: list[int] = []
    real = pages.primitive_pages
    monkeypatch.setattr(export_dialog, "primitive_pages", lambda *args: composed.append(1) or real(*args))
    project = template("beauty-salon", "es")
    dialog = ExportDialog(project, tmp_path / "mapa.pdf")
    qtbot.addWidget(dialog)
    dialog.refresh_preview()
    assert composed == []
    assert dialog.preview.text() == (
        f"No live preview for a map of {len(project.touchpoints)} cards: it would take seconds after every change. "
        "Export, then open the file to check it."
    )
    assert dialog.page_count() == 0
    assert dialog.export_now() and (tmp_path / "mapa.pdf").stat().st_size > 0  # exporting still works
    monkeypatch.setattr(export_dialog, "PREVIEW_MAX_CARDS", 3_000)
    dialog.refresh_preview()
    assert composed == [1] and dialog.page_count() >= 1  # composed again below the limit
