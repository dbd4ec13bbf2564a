"""The main window end to end: files, prompts, clipboard, start page, recent maps.

Dialogs are answered by `FakeDialogs` (the window's documented hooks), and every window gets
an INI QSettings in tmp_path, so nothing here touches the user's settings or blocks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget

from cxmapper.model import storage
from cxmapper.model.library import template
from cxmapper.model.paste import CARDS_MIME
from cxmapper.model.project import Project
from cxmapper.ui.dialogs import DialogHooks, ExportFollowUp, SaveChoice
from cxmapper.ui.main_window import MainWindow, build_main_window
from cxmapper.ui.safety import LockChoice, RecoveryChoice

pytestmark = pytest.mark.gui


class FakeDialogs(DialogHooks):
    """Answers every question from attributes and records what was asked."""

    def __init__(self) -> None:
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.answer = SaveChoice.DISCARD
        self.text: str | None = None
        self.asked: list[str] = []
        self.errors: list[tuple[str, str, str]] = []

    def get_open_path(self, parent: Any, directory: Path | None) -> Path | None:
        return self.open_path

    def get_save_path(self, parent: Any, suggested: Path) -> Path | None:
        return self.save_path

    def ask_save_discard_cancel(self, parent: Any, map_name: str) -> SaveChoice:
        self.asked.append(map_name)
        return self.answer

    def show_error(self, parent: Any, title: str, message: str, details: str = "") -> None:
        self.errors.append((title, message, details))

    def confirm(self, parent: Any, title: str, question: str, action_text: str) -> bool:
        return True

    def get_text(self, parent: Any, title: str, label: str, text: str) -> str | None:
        return self.text

    def get_color(self, parent: Any, initial: str | None) -> str | None:
        return "#123456"

    def show_about(self, parent: Any) -> None:
        self.asked.append("about")

    # The safety net's questions (tests/test_ui_safety.py answers them differently).
    def ask_lock(self, parent: Any, path: Path, owner: Any) -> LockChoice:
        self.asked.append("lock")
        return LockChoice.OPEN_ANYWAY

    def ask_recovery(self, parent: Any, entry: Any) -> RecoveryChoice:
        return RecoveryChoice.LATER

    def ask_reload(self, parent: Any, map_name: str, has_changes: bool) -> bool:
        return False

    def confirm_overwrite_changed(self, parent: Any, map_name: str) -> bool:
        return True

    def exported(self, parent: Any, path: Path) -> ExportFollowUp:
        self.asked.append(f"exported {path.name}")
        return ExportFollowUp.CLOSE


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings: QSettings):
    def make(path: Path | None = None, project: Project | None = None) -> MainWindow:
        window = build_main_window(path, project=project, settings=settings, dialogs=FakeDialogs(), lang="en")
        qtbot.addWidget(window)
        return window

    return make


def dialogs(window: MainWindow) -> FakeDialogs:
    assert isinstance(window.dialogs, FakeDialogs)
    return window.dialogs


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_every_menu_action_has_a_name_and_text(make_window) -> None:
    window = make_window(project=template("clothing-shop"))
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None and menu.objectName().startswith("menu")
        for item in menu.actions():
            if item.isSeparator() or item.menu() is not None:
                continue
            assert item.objectName().startswith("action"), item.text()
            assert item.text().replace("&", "").strip()
    for name in ("actionUndo", "actionRedo", "actionShowCatalogue", "actionShowHistory", "actionSave"):
        assert action(window, name).text()
    for dock in ("catalogueDock", "inspectorDock", "outlineDock", "historyDock"):
        found = window.findChild(QDockWidget, dock)
        assert found is not None and found.accessibleName()


def test_title_and_modified_flag_follow_the_undo_stack(make_window, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    storage.save(template("clothing-shop"), path)
    window = make_window(path)
    assert window.windowTitle() == "shop.cxmap[*] — cxmapper"
    assert not window.isWindowModified()
    window.add_card()
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_as_and_reload_give_an_equal_project(make_window, tmp_path: Path) -> None:
    window = make_window(project=template("beauty-salon"))
    window.add_card()
    target = tmp_path / "salon.cxmap"
    dialogs(window).save_path = target
    action(window, "actionSaveAs").trigger()
    assert target.is_file()
    assert not window.isWindowModified()
    assert window.document.path == target.resolve()
    assert storage.load(target) == window.document.project
    # A further edit then File > Save writes to the same file without asking.
    dialogs(window).save_path = None
    window.add_card()
    action(window, "actionSave").trigger()
    reopened = make_window(target)
    assert reopened.document.project == window.document.project


def test_save_failure_keeps_the_map_open_and_dirty(make_window, tmp_path: Path) -> None:
    window = make_window(project=template("clothing-shop"))
    window.add_card()
    before = window.document.project.model_dump()
    dialogs(window).save_path = tmp_path / "missing-folder" / "map.cxmap"
    assert not window.save()
    assert dialogs(window).errors and "folder" in dialogs(window).errors[0][2]
    assert window.isWindowModified()
    assert window.document.path is None
    assert window.document.project.model_dump() == before


def test_close_with_changes_asks_and_cancel_keeps_the_window(qtbot, make_window) -> None:
    window = make_window(project=template("clothing-shop"))
    window.show()
    qtbot.waitExposed(window)
    window.add_card()
    dialogs(window).answer = SaveChoice.CANCEL
    assert not window.close()
    assert dialogs(window).asked == ["Untitled"]
    assert window.isVisible()
    dialogs(window).answer = SaveChoice.DISCARD
    assert window.close()
    assert not window.isVisible()
    assert dialogs(window).asked == ["Untitled", "Untitled"]


def test_close_without_changes_does_not_ask(qtbot, make_window) -> None:
    window = make_window(project=template("clothing-shop"))
    window.show()
    assert window.close()
    assert dialogs(window).asked == []


def test_new_map_with_changes_cancel_keeps_the_map(make_window) -> None:
    window = make_window(project=template("clothing-shop"))
    card = window.add_card()
    dialogs(window).answer = SaveChoice.CANCEL
    action(window, "actionNew").trigger()
    assert card in {tp.id for tp in window.document.project.touchpoints}
    dialogs(window).answer = SaveChoice.DISCARD
    action(window, "actionNew").trigger()
    assert window.document.project.touchpoints == []
    assert not window.isWindowModified()


def test_open_a_broken_file_reports_and_changes_nothing(make_window, tmp_path: Path) -> None:
    window = make_window(project=template("clothing-shop"))
    window.add_card()
    before = window.document.project.model_dump()
    broken = tmp_path / "broken.cxmap"
    broken.write_text('{"schema_version": 1, "stages": [', encoding="utf-8")
    dialogs(window).open_path = broken
    action(window, "actionOpen").trigger()
    (_title, message, reason) = dialogs(window).errors[0]
    assert "broken.cxmap" in message
    with pytest.raises(storage.CxmapFileError) as expected:
        storage.load(broken)
    assert reason == expected.value.reason
    assert dialogs(window).asked == []  # not asked to save: nothing was going to replace the map
    assert window.document.project.model_dump() == before
    assert window.document.path is None
    assert window.isWindowModified()


def test_recent_files_persist_across_windows(make_window, tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.cxmap"
        storage.save(template("blank"), path)
        paths.append(path.resolve())
    first = make_window(paths[0])
    first.open_file(paths[1])
    first.close()
    second = make_window()
    assert second.recent.paths() == [paths[1], paths[0]]
    assert second.start_page.recent_paths() == [str(paths[1]), str(paths[0])]
    recent_action = second.findChild(QAction, "actionRecent1")
    assert recent_action is not None and recent_action.text().endswith("a.cxmap")
    recent_action.trigger()
    assert second.document.path == paths[0]
    action(second, "actionClearRecent").trigger()
    assert make_window().recent.paths() == []


def test_start_page_without_a_map(qtbot, make_window) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.central.currentWidget() is window.start_page
    assert window.start_page.isVisible()
    assert not window.catalogue_dock.isVisible()
    assert not action(window, "actionSave").isEnabled()
    qtbot.mouseClick(window.start_page.clothing_button, Qt.MouseButton.LeftButton)
    assert window.has_map
    assert window.central.currentWidget() is window.editor_page
    expected = template("clothing-shop", "en")
    assert window.document.project.title == expected.title
    assert len(window.document.project.touchpoints) == len(expected.touchpoints)
    assert window.catalogue_dock.isVisible()
    assert not window.isWindowModified()
    action(window, "actionClose").trigger()
    assert window.central.currentWidget() is window.start_page


def test_paste_spreadsheet_rows_is_one_undo_step(make_window) -> None:
    window = make_window(project=template("blank"))
    QGuiApplication.clipboard().setText(
        "Title\tPhase\tChannel\tScore\r\n"
        "Instagram ad\tantes\tsocial media\t+1\r\n"
        '"Checkout\nqueue"\tDurante\tphysical store\t-2\r\n'
        "Thank-you e-mail\tdesprés\temail\t2\r\n"
    )
    action(window, "actionPaste").trigger()
    project = window.document.project
    assert [tp.title for tp in project.touchpoints] == ["Instagram ad", "Checkout queue", "Thank-you e-mail"]
    assert [project.stage(tp.stage_id).phase.value for tp in project.touchpoints] == ["before", "during", "after"]
    assert [tp.score for tp in project.touchpoints] == [1, -2, 2]
    assert window.undo_stack.count() == 1
    assert window.selection.touchpoints == [tp.id for tp in project.touchpoints]
    window.undo_stack.undo()
    assert project.touchpoints == []


def test_copy_puts_cards_and_rows_on_the_clipboard_and_paste_makes_new_ids(make_window) -> None:
    window = make_window(project=template("clothing-shop"))
    project = window.document.project
    ids = [tp.id for tp in project.touchpoints[:2]]
    window.selection.set_touchpoints(ids)
    action(window, "actionCopy").trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CARDS_MIME)
    assert mime.text().splitlines()[0].startswith("title\tstage")
    count = len(project.touchpoints)
    action(window, "actionPaste").trigger()
    assert len(project.touchpoints) == count + 2
    new = project.touchpoints[-2:]
    assert {tp.id for tp in new}.isdisjoint(ids)
    assert [tp.title for tp in new] == [project.touchpoint(i).title for i in ids]
    assert window.undo_stack.count() == 1


def test_cut_duplicate_delete_select_all(make_window) -> None:
    window = make_window(project=template("clothing-shop"))
    project = window.document.project
    count = len(project.touchpoints)
    first = project.touchpoints[0]
    window.selection.set_touchpoints([first.id])
    action(window, "actionDuplicate").trigger()
    assert len(project.touchpoints) == count + 1
    copy = project.touchpoint(window.selection.current or "")
    assert (copy.stage_id, copy.order, copy.title) == (first.stage_id, first.order + 1, first.title)
    action(window, "actionCut").trigger()
    assert len(project.touchpoints) == count
    action(window, "actionSelectAll").trigger()
    assert len(window.selection.touchpoints) == count
    action(window, "actionDelete").trigger()
    assert project.touchpoints == []
    assert window.undo_stack.count() == 3
    window.undo_stack.undo()
    assert len(project.touchpoints) == count


def test_map_menu_edits_are_commands(make_window) -> None:
    window = make_window(project=template("blank"))
    project = window.document.project
    window.selection.set_stage(project.stages[0].id)
    stage_id = window.add_stage()
    assert stage_id == project.stages[1].id  # right after the selected stage, same phase
    assert project.stages[1].phase == project.stages[0].phase
    assert window.selection.stage == stage_id
    dialogs(window).text = "Compare"
    action(window, "actionRenameStage").trigger()
    assert project.stage(stage_id).name == "Compare"
    action(window, "actionMoveStageLeft").trigger()
    assert project.stages[0].id == stage_id
    assert not action(window, "actionMoveStageLeft").isEnabled()
    lane_id = window.add_lane()
    assert len(project.lanes) == 2
    window.selection.set_lane(lane_id)
    action(window, "actionDeleteLane").trigger()
    assert len(project.lanes) == 1
    window.selection.set_stage(stage_id)
    action(window, "actionDeleteStage").trigger()
    assert stage_id not in {s.id for s in project.stages}
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    blank = template("blank")
    assert project.model_dump(exclude={"id", "created", "modified"}) == blank.model_dump(
        exclude={"id", "created", "modified"}
    )


def test_find_bar_selects_matches_and_steps(qtbot, make_window) -> None:
    window = make_window(project=template("clothing-shop"))
    window.show()
    qtbot.waitExposed(window)
    action(window, "actionFind").trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "e-mail")
    matches = window.find_bar.matches
    assert len(matches) >= 2
    assert set(window.selection.touchpoints) == set(matches)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.selection.current == matches[0]
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.selection.current == matches[1]
    assert set(window.selection.touchpoints) == set(matches)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_window_state_is_saved(make_window, settings: QSettings) -> None:
    window = make_window(project=template("blank"))
    window.close()
    assert not settings.value("window/geometry").isEmpty()
    assert not settings.value("window/state").isEmpty()


def test_export_and_print_call_the_export_dialog(make_window, tmp_path: Path, monkeypatch) -> None:
    from cxmapper.ui import export_dialog

    path = tmp_path / "shop.cxmap"
    storage.save(template("clothing-shop"), path)
    window = make_window(path)
    calls: list[tuple[str, object, object]] = []
    monkeypatch.setattr(
        export_dialog,
        "run_export_dialog",
        lambda parent, project, suggested: calls.append(("export", project, suggested)),
    )
    monkeypatch.setattr(export_dialog, "print_project", lambda parent, project: calls.append(("print", project, None)))
    action(window, "actionExport").trigger()
    action(window, "actionPrint").trigger()
    assert calls == [
        ("export", window.document.project, path.resolve().with_suffix(".pdf")),
        ("print", window.document.project, None),
    ]


def _unnamed_focusable(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    out = []
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue  # a viewport is read through its scroll area
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and not widget.accessibleName()
            and widget not in buddies
        ):
            out.append(f"{widget.metaObject().className()} {widget.objectName()}")
    return out


def test_focusable_widgets_have_accessible_names(qtbot, make_window) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert _unnamed_focusable(window) == []  # the start page
    window.new_from_template("clothing-shop")
    window.selection.set_touchpoints([window.document.project.touchpoints[0].id])
    assert _unnamed_focusable(window) == []
    window.selection.set_stage(window.document.project.stages[0].id)
    assert _unnamed_focusable(window) == []
    window.outline_dock.raise_()
    window.history_dock.raise_()
    assert _unnamed_focusable(window) == []


def test_enter_on_a_card_renames_it_in_place_in_the_real_window(qtbot, make_window) -> None:
    from PySide6.QtTest import QTest

    window = make_window(project=template("clothing-shop", "en"))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    first = window.document.project.touchpoints[0]
    window.view.setFocus()
    window.selection.set_touchpoints([first.id])
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(window.view.hasFocus)
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.view, "Anuncis a Instagram")
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.document.project.touchpoint(first.id).title == "Anuncis a Instagram"
    assert window.undo_stack.count() == 1
    assert window.inspector_dock.isVisible()


def test_double_clicking_a_stage_or_lane_header_renames_it(qtbot, make_window) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest

    window = make_window(project=template("clothing-shop", "en"))
    window.show()
    qtbot.waitExposed(window)
    window.view.actual_size()
    project = window.document.project
    stage = project.stages[0]
    lane = project.lanes[0]
    original_stage_name = stage.name
    layout = window.view.map_scene().layout
    viewport = window.view.viewport()

    def double_click(x: float, y: float) -> None:
        window.view.centerOn(x, y)
        point = window.view.mapFromScene(QPointF(x, y))
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    dialogs(window).text = "Descobriment"
    double_click(*layout.headers[stage.id].center)
    assert window.document.project.stage(stage.id).name == "Descobriment"
    dialogs(window).text = "Clienta"
    double_click(*layout.lane_headers[lane.id].center)
    assert window.document.project.lane(lane.id).name == "Clienta"
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.document.project.stage(stage.id).name == original_stage_name != "Descobriment"


def test_export_confirms_the_written_file_through_the_dialog_hooks(make_window, tmp_path: Path, monkeypatch) -> None:
    from cxmapper.ui import export_dialog

    window = make_window(project=template("clothing-shop"))
    written = tmp_path / "shop.pdf"
    monkeypatch.setattr(export_dialog, "run_export_dialog", lambda parent, project, suggested: written)
    assert window.export() == written
    assert dialogs(window).asked == ["exported shop.pdf"]
    monkeypatch.setattr(export_dialog, "run_export_dialog", lambda parent, project, suggested: None)
    assert window.export() is None
    assert dialogs(window).asked == ["exported shop.pdf"]  # cancelled: nothing to confirm
