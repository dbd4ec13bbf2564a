"""Typing cards as a list on the canvas, through real mouse and key events on the window.

Issue 11, friction 2: Add Card uses the clicked cell (or the selected card's), double-clicking
empty cell space starts a card there with its title in edit, Enter commits and starts the next
one below, Escape on a fresh empty card leaves neither a card nor an undo step. Friction 10:
inline renames name the card in the history, Ctrl+Up/Down carries a card across lanes, a
double-click on a recent map does not reach the opened map, and default stage and lane names
follow the map's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QImage, QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from cxmapper import commands as cmd
from cxmapper.model import storage
from cxmapper.model.project import Lane, Touchpoint, new_project
from cxmapper.ui.dialogs import DialogHooks
from cxmapper.ui.main_window import MainWindow, build_main_window

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
BEFORE, DURING, AFTER, MAIN = "stage-before", "stage-during", "stage-after", "lane-main"


class QuietDialogs(DialogHooks):
    """No modal questions in these tests: unsaved changes are discarded."""

    def ask_save_discard_cancel(self, parent: Any, map_name: str) -> Any:
        from cxmapper.ui.dialogs import SaveChoice

        return SaveChoice.DISCARD


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_main_window(settings=settings, dialogs=QuietDialogs(), lang="en")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.new_map()
    win.view.actual_size()
    win.view.scroll_to_start()
    win.view.setFocus()
    return win


def _vp(win: MainWindow, x: float, y: float) -> QPoint:
    return win.view.mapFromScene(QPointF(x, y))


def _cell_point(win: MainWindow, stage: str, lane: str = MAIN, dy: float | None = None) -> QPoint:
    """A point ``dy`` of the way down a cell; by default in the padding below its last card."""
    r = win.scene.layout.cells[(stage, lane)]
    return _vp(win, r.x + r.w / 2, r.y + r.h - 5 if dy is None else r.y + r.h * dy)


def _titles(win: MainWindow, stage: str, lane: str = MAIN) -> list[str]:
    return [tp.title for tp in win.document.project.cell(stage, lane)]


def _type(win: MainWindow, text: str) -> None:
    QTest.keyClicks(win.view, text)


def _key(win: MainWindow, key: Qt.Key, mods: Qt.KeyboardModifier = NO_MOD) -> None:
    QTest.keyClick(win.view, key, mods)


def _history(win: MainWindow) -> list[str]:
    return [win.undo_stack.text(i) for i in range(win.undo_stack.count())]


def test_clicking_an_empty_cell_makes_it_where_add_card_lands(window: MainWindow) -> None:
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, AFTER))
    assert window.scene.insertion.cell() == (AFTER, MAIN)
    marker = window.scene.insertion.marker
    cell = window.scene.layout.cells[(AFTER, MAIN)]
    assert marker.isVisible()
    assert marker.cell_rect().x() == cell.x and marker.cell_rect().width() == cell.w
    window.action_add_card.trigger()
    editor = window.scene.editor()
    assert editor is not None
    _type(window, "Thank-you note")
    _key(window, Qt.Key.Key_Escape)  # Escape after typing still abandons: the card is fresh
    assert window.document.project.touchpoints == []
    window.action_add_card.trigger()
    _type(window, "Thank-you note")
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, BEFORE))  # clicking away commits
    assert _titles(window, AFTER) == ["Thank-you note"]
    assert _titles(window, BEFORE) == []
    assert _history(window) == ["Add “Thank-you note”"]
    # The click that committed also made "before" the insertion point.
    assert window.scene.insertion.cell() == (BEFORE, MAIN)


def test_add_card_from_the_context_menu_of_an_empty_cell_adds_there(window: MainWindow) -> None:
    doc = window.document
    window.undo_stack.push(cmd.AddTouchpoint(doc, Touchpoint(id="a", title="Till", stage_id=DURING, lane_id=MAIN)))
    window.selection.set_touchpoints(["a"])
    pos = _cell_point(window, AFTER)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, window.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(window.view.viewport(), event)
    menu = window.findChild(QMenu, "canvasContextMenu")
    assert menu is not None and window.action_add_card in menu.actions()
    menu.close()
    assert window.selection.touchpoints == []
    window.action_add_card.trigger()  # what choosing the menu's Add Card does
    _type(window, "Receipt")
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Escape)
    assert _titles(window, AFTER) == ["Receipt"]
    assert _titles(window, DURING) == ["Till"]


def test_deleting_the_stage_of_the_insertion_point_forgets_it_at_once(window: MainWindow) -> None:
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, AFTER))
    window.undo_stack.push(cmd.DeleteStage(window.document, AFTER))
    assert window.scene.insertion.cell() is None  # before the marker's refresh has run
    window.add_card()
    _type(window, "Sign")
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Escape)
    assert _titles(window, BEFORE) == ["Sign"]
    QApplication.processEvents()
    # Escape on the next, empty card left the insertion point in the cell being typed into.
    assert window.scene.insertion.cell() == (BEFORE, MAIN)
    r = window.scene.layout.cells[(BEFORE, MAIN)]
    assert window.scene.insertion.marker.cell_rect() == QRectF(r.x, r.y, r.w, r.h)


def test_opening_another_map_forgets_the_insertion_point(window: MainWindow) -> None:
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, DURING))
    assert window.scene.insertion.cell() == (DURING, MAIN)
    window.new_map()  # the same stage and lane ids, but another map
    assert window.scene.insertion.cell() is None
    assert not window.scene.insertion.marker.isVisible()


def test_add_card_follows_the_selected_card_and_a_header_click_forgets_the_point(window: MainWindow) -> None:
    doc = window.document
    window.undo_stack.push(cmd.AddTouchpoint(doc, Touchpoint(id="a", title="Till", stage_id=DURING, lane_id=MAIN)))
    window.undo_stack.push(
        cmd.AddTouchpoint(doc, Touchpoint(id="b", title="Bag", stage_id=DURING, lane_id=MAIN, order=1))
    )
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, AFTER))
    assert window.scene.insertion.cell() == (AFTER, MAIN)
    r = window.scene.layout.cards["a"]
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _vp(window, *r.center))
    assert window.selection.touchpoints == ["a"]
    assert window.scene.insertion.cell() is None  # the selected card rules now
    assert not window.scene.insertion.marker.isVisible()
    window.action_add_card.trigger()
    _type(window, "Receipt")
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Escape)
    assert _titles(window, DURING) == ["Till", "Receipt", "Bag"]
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, AFTER))
    header = window.scene.layout.headers[BEFORE]
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _vp(window, header.x + header.w / 2, header.y + 20))
    assert window.selection.stage == BEFORE
    assert window.scene.insertion.cell() is None
    window.action_add_card.trigger()
    _type(window, "Sign")
    _key(window, Qt.Key.Key_Return)
    assert _titles(window, BEFORE) == ["Sign", ""]  # the next card of the list, being typed
    _key(window, Qt.Key.Key_Escape)
    assert _titles(window, BEFORE) == ["Sign"]


def test_a_list_is_typed_with_two_actions_a_card_and_each_card_is_one_undo_step(window: MainWindow) -> None:
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, BEFORE, dy=0.5))
    assert window.scene.editor() is not None
    for title in ("Shop sign", "Neighbours", "Google Maps"):
        _type(window, title)
        _key(window, Qt.Key.Key_Return)
    # Enter opened a fourth, empty card; Escape takes it back without a trace.
    assert len(window.document.project.touchpoints) == 4
    _key(window, Qt.Key.Key_Escape)
    assert window.scene.editor() is None
    assert _titles(window, BEFORE) == ["Shop sign", "Neighbours", "Google Maps"]
    assert _history(window) == ["Add “Shop sign”", "Add “Neighbours”", "Add “Google Maps”"]
    assert not window.undo_stack.canRedo()
    window.undo_stack.undo()
    assert _titles(window, BEFORE) == ["Shop sign", "Neighbours"]
    window.undo_stack.redo()
    assert _titles(window, BEFORE) == ["Shop sign", "Neighbours", "Google Maps"]
    # Double-clicking the gap between two cards inserts there.
    r = window.scene.layout.cards[window.document.project.cell(BEFORE, MAIN)[1].id]
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _vp(window, r.x + r.w / 2, r.y - 5))
    _type(window, "Flyer")
    _key(window, Qt.Key.Key_Return)
    _type(window, "Window display")
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Return)  # Enter on the empty next card ends the list too
    assert window.scene.editor() is None
    assert _titles(window, BEFORE) == ["Shop sign", "Flyer", "Window display", "Neighbours", "Google Maps"]
    assert window.undo_stack.count() == 5


def test_escape_on_a_fresh_card_keeps_the_redo_history_and_the_saved_state(window: MainWindow, tmp_path: Path) -> None:
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, DURING, dy=0.5))
    _type(window, "Counter")
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Escape)
    path = tmp_path / "bakery.cxmap"
    assert window.write_to(path)
    assert window.undo_stack.isClean()
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, AFTER, dy=0.5))
    assert window.isWindowModified()
    _key(window, Qt.Key.Key_Escape)
    assert window.undo_stack.isClean() and not window.isWindowModified()
    assert window.undo_stack.count() == 1
    assert [tp.title for tp in window.document.project.touchpoints] == ["Counter"]
    assert storage.load(path) == window.document.project


def test_leaving_a_fresh_card_for_the_inspector_keeps_it_to_be_named_there(window: MainWindow) -> None:
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, BEFORE, dy=0.5))
    title = window.inspector_dock.touchpoint.title_edit
    QTest.mouseClick(title, LEFT, NO_MOD, title.rect().center())
    assert window.scene.editor() is None
    assert len(window.document.project.touchpoints) == 1
    QTest.keyClicks(title, "Bakery sign")
    assert _titles(window, BEFORE) == ["Bakery sign"]
    assert _history(window)[0] == "Add a card"


def test_an_inline_rename_names_the_card_in_the_history(window: MainWindow) -> None:
    doc = window.document
    window.undo_stack.push(cmd.AddTouchpoint(doc, Touchpoint(id="ad", title="Ads", stage_id=BEFORE, lane_id=MAIN)))
    r = window.scene.layout.cards["ad"]
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _vp(window, *r.center))
    _type(window, "Instagram ads")
    _key(window, Qt.Key.Key_Return)
    assert doc.project.touchpoint("ad").title == "Instagram ads"
    assert _history(window)[-1] == "Rename “Instagram ads”"
    assert window.scene.editor() is None  # renaming an existing card does not start a list


def test_history_entries_wrap_instead_of_being_cut(window: MainWindow) -> None:
    view = window.history_view
    assert view.wordWrap()
    assert view.textElideMode() == Qt.TextElideMode.ElideNone
    long_title = "Thank-you WhatsApp message after the first order"  # 48 characters, kept whole
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, AFTER, dy=0.5))
    _type(window, long_title)
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Escape)
    assert _history(window) == [f"Add “{long_title}”"]
    pathological = "x" * 200
    card = window.document.project.touchpoints[0].id
    window.undo_stack.push(cmd.RenameTouchpoint(window.document, card, pathological))
    assert _history(window)[-1] == "Rename “" + "x" * 79 + "…”"


def test_ctrl_up_and_down_carry_a_card_across_lanes(window: MainWindow) -> None:
    doc = window.document
    window.undo_stack.push(cmd.AddLane(doc, Lane(id="lane-staff", name="Staff")))
    for i, title in enumerate(("Oven smell", "Queue")):
        window.undo_stack.push(
            cmd.AddTouchpoint(doc, Touchpoint(id=f"c{i}", title=title, stage_id=DURING, lane_id=MAIN, order=i))
        )
    window.undo_stack.push(
        cmd.AddTouchpoint(doc, Touchpoint(id="s0", title="Greeting", stage_id=DURING, lane_id="lane-staff"))
    )
    window.selection.set_touchpoints(["c1"])
    window.view.setFocus()
    _key(window, Qt.Key.Key_Down, CTRL)  # last in its cell: into the lane below, at the top
    assert [tp.id for tp in doc.project.cell(DURING, "lane-staff")] == ["c1", "s0"]
    _key(window, Qt.Key.Key_Down, CTRL)
    assert [tp.id for tp in doc.project.cell(DURING, "lane-staff")] == ["s0", "c1"]
    _key(window, Qt.Key.Key_Down, CTRL)  # bottom lane: nowhere further
    assert [tp.id for tp in doc.project.cell(DURING, "lane-staff")] == ["s0", "c1"]
    window.selection.set_touchpoints(["s0"])
    _key(window, Qt.Key.Key_Up, CTRL)  # first in its cell: to the end of the lane above
    assert [tp.id for tp in doc.project.cell(DURING, MAIN)] == ["c0", "s0"]
    assert window.selection.touchpoints == ["s0"]
    window.undo_stack.undo()
    assert [tp.id for tp in doc.project.cell(DURING, "lane-staff")] == ["s0", "c1"]


def test_double_clicking_a_recent_map_does_not_edit_a_card_in_it(qtbot, tmp_path: Path) -> None:
    project = new_project("en")
    project.touchpoints.append(Touchpoint(id="x", title="Croissant", stage_id=BEFORE, lane_id=MAIN))
    path = tmp_path / "bakery.cxmap"
    storage.save(project, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_main_window(settings=settings, dialogs=QuietDialogs(), lang="en")
    qtbot.addWidget(win)
    win.recent.add(path)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    listing = win.start_page.recent_list
    item = listing.item(0)
    assert item is not None
    where = QPointF(listing.visualItemRect(item).center())

    def send(widget: Any, kind: QEvent.Type, pos: QPointF, time: int) -> None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
        event = QMouseEvent(kind, pos, QPointF(widget.mapToGlobal(pos.toPoint())), LEFT, buttons, NO_MOD)
        event.setTimestamp(time)
        QApplication.sendEvent(widget, event)

    # What the platform delivers for a double-click whose first click opens the map: the
    # click goes to the list; the second press arrives, as a double-click, on the canvas,
    # which is now where the list was (times in ms on the platform's clock).
    send(listing.viewport(), QEvent.Type.MouseButtonPress, where, 10_000)
    send(listing.viewport(), QEvent.Type.MouseButtonRelease, where, 10_080)
    assert win.has_map
    win.view.actual_size()
    card = win.scene.layout.cards["x"]
    target = QPointF(win.view.mapFromScene(QPointF(*card.center)))
    send(win.view.viewport(), QEvent.Type.MouseButtonDblClick, target, 10_210)
    send(win.view.viewport(), QEvent.Type.MouseButtonRelease, target, 10_290)
    assert win.scene.editor() is None
    QTest.keyClicks(win.view, "z")
    assert win.document.project.touchpoint("x").title == "Croissant"
    # A double-click of its own on the card still edits it.
    QTest.mouseDClick(win.view.viewport(), LEFT, NO_MOD, target.toPoint())
    assert win.scene.editor() is not None


@pytest.mark.parametrize("start, end", [("en", "es"), ("es", "ca"), ("ca", "en")])
def test_changing_the_map_language_translates_the_default_names_in_one_step(window, start, end) -> None:
    from cxmapper.model.project import DEFAULT_LANE_NAME, DEFAULT_STAGE_NAMES, DEFAULT_TITLE
    from cxmapper.model.vocab import Phase

    doc, stack = window.document, window.undo_stack
    doc.replace_project(new_project(start), None)
    stack.clear()
    stack.push(cmd.AddLane(doc, Lane(id="lane-2", name=DEFAULT_LANE_NAME["es"])))  # a default, in Spanish
    stack.push(cmd.EditStage(doc, DURING, {"name": "At the counter"}))  # the user's own name
    before = doc.project.model_copy(deep=True)
    stack.push(cmd.EditDetails(doc, {"language": end}))
    p = doc.project
    assert p.language == end
    assert [s.name for s in p.stages] == [
        DEFAULT_STAGE_NAMES[end][Phase.BEFORE],
        "At the counter",
        DEFAULT_STAGE_NAMES[end][Phase.AFTER],
    ]
    assert [lane.name for lane in p.lanes] == [DEFAULT_LANE_NAME[end], DEFAULT_LANE_NAME[end]]
    assert p.title == DEFAULT_TITLE[end]
    assert stack.count() == 3
    stack.undo()
    assert doc.project == before


def test_the_insertion_marker_leaves_no_paint_behind(window: MainWindow) -> None:
    view = window.view

    def on_screen() -> QImage:
        """The canvas as in the window's backing store: what the user sees after the edits."""
        for _ in range(3):  # queued work (the marker follows edits once per loop turn), then paint
            QApplication.processEvents()
        vp = view.viewport()
        rect = QRect(vp.mapTo(window, QPoint(0, 0)), vp.size())
        return QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage().copy(rect)

    def repainted() -> QImage:
        """The same after painting the whole canvas from scratch."""
        view.viewport().repaint()
        return on_screen()

    clean = on_screen()
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, _cell_point(window, DURING))
    assert on_screen() != clean
    assert on_screen() == repainted()
    # Adding a card moves the marker's line down; Escape then takes the marker away.
    window.action_add_card.trigger()
    QTest.keyClicks(view, "Bread")
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Escape)
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, _cell_point(window, DURING))
    assert window.scene.insertion.marker.isVisible()
    assert on_screen() == repainted()
    # Cards arriving in the cell from elsewhere (a paste, an undo) grow it under the marker.
    for i in range(2):
        tp = Touchpoint(id=f"p{i}", title=f"Pasted {i}", stage_id=DURING, lane_id=MAIN, order=0)
        window.undo_stack.push(cmd.AddTouchpoint(window.document, tp))
    assert window.scene.insertion.cell() == (DURING, MAIN)
    assert on_screen() == repainted()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert on_screen() == repainted()
    _key(window, Qt.Key.Key_Escape)
    assert not window.scene.insertion.marker.isVisible()
    assert on_screen() == repainted()


def test_enter_with_nothing_selected_starts_a_card_at_the_insertion_point(window: MainWindow) -> None:
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, AFTER))
    _key(window, Qt.Key.Key_Return)
    # Non-ASCII titles: the key event a keyboard layout sends for "ñ".
    _type(window, "Ensa")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window.view, QKeyEvent(kind, Qt.Key.Key_Ntilde, NO_MOD, "ñ"))
    _type(window, "ada")
    _key(window, Qt.Key.Key_Return)
    _key(window, Qt.Key.Key_Escape)
    assert _titles(window, AFTER) == ["Ensañada"]


def test_a_card_deleted_by_undo_while_its_title_is_typed_closes_the_editor(window: MainWindow) -> None:
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, _cell_point(window, BEFORE, dy=0.5))
    _type(window, "Po")
    window.undo_stack.undo()  # the toolbar's Undo, which does not take the focus
    assert window.scene.editor() is None
    assert window.document.project.touchpoints == []
    assert window.undo_stack.count() == 1 and window.undo_stack.canRedo()
