"""The canvas through real input: mouse drags, rubber band, drops, keys, undo."""

from __future__ import annotations

import copy
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxmapper import commands as cmd
from cxmapper.canvas import CATALOG_MIME, MapScene, MapView
from cxmapper.canvas.items import CardItem
from cxmapper.canvas.pages import PAGE
from cxmapper.document import Document
from cxmapper.layout import compute_layout
from cxmapper.model import ops
from cxmapper.model.library import catalog
from cxmapper.model.project import Lane, Project, Touchpoint, new_project
from cxmapper.selection import Selection

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Canvas:
    doc: Document
    selection: Selection
    stack: QUndoStack
    scene: MapScene
    view: MapView

    @property
    def project(self) -> Project:
        return self.doc.project

    def vp(self, x: float, y: float) -> QPoint:
        """Viewport coordinates of a scene point."""
        return self.view.mapFromScene(QPointF(x, y))

    def card_center(self, tp_id: str) -> QPoint:
        r = self.scene.layout.cards[tp_id]
        return self.vp(*r.center)

    def cell_point(self, stage_id: str, lane_id: str, dy: float = 0.5) -> QPoint:
        """A point inside a cell, ``dy`` of the way down (clear of cards at the default)."""
        r = self.scene.layout.cells[(stage_id, lane_id)]
        return self.vp(r.x + r.w / 2, r.y + r.h * dy)

    # -- real mouse events on the viewport --

    def press(self, pos: QPoint, mods: Qt.KeyboardModifier = NO_MOD) -> None:
        QTest.mousePress(self.view.viewport(), LEFT, mods, pos)

    def move(self, pos: QPoint, mods: Qt.KeyboardModifier = NO_MOD) -> None:
        """A mouse move with the left button held (QTest.mouseMove cannot hold a button)."""
        vp = self.view.viewport()
        event = QMouseEvent(
            QEvent.Type.MouseMove, QPointF(pos), QPointF(vp.mapToGlobal(pos)), Qt.MouseButton.NoButton, LEFT, mods
        )
        QApplication.sendEvent(vp, event)

    def release(self, pos: QPoint, mods: Qt.KeyboardModifier = NO_MOD) -> None:
        QTest.mouseRelease(self.view.viewport(), LEFT, mods, pos)

    def drag(self, start: QPoint, end: QPoint, mods: Qt.KeyboardModifier = NO_MOD, steps: int = 8) -> None:
        self.press(start, mods)
        for i in range(1, steps + 1):
            self.move(start + (end - start) * (i / steps), mods)
        self.release(end, mods)

    def click(self, pos: QPoint, mods: Qt.KeyboardModifier = NO_MOD) -> None:
        QTest.mouseClick(self.view.viewport(), LEFT, mods, pos)

    def key(self, key: Qt.Key, mods: Qt.KeyboardModifier = NO_MOD) -> None:
        QTest.keyClick(self.view, key, mods)


def _project(cards_before: int = 3, lanes: int = 1) -> Project:
    p = new_project()
    for i in range(1, lanes):
        p.lanes.append(Lane(id=f"lane-{i}", name=f"Lane {i}"))
    for i in range(cards_before):
        ops.add_touchpoint(
            p,
            Touchpoint(id=f"b{i}", title=f"Before {i}", stage_id="stage-before", lane_id="lane-main", order=i, score=1),
        )
    ops.add_touchpoint(p, Touchpoint(id="d0", title="During 0", stage_id="stage-during", lane_id="lane-main"))
    ops.add_touchpoint(p, Touchpoint(id="a0", title="After 0", stage_id="stage-after", lane_id="lane-main", score=-1))
    return p


def _canvas(qtbot, project: Project) -> Canvas:
    doc = Document(project)
    selection = Selection()
    stack = QUndoStack()
    scene = MapScene(doc, selection, stack)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return Canvas(doc, selection, stack, scene, view)


@pytest.fixture
def canvas(qtbot) -> Canvas:
    return _canvas(qtbot, _project())


def _cell_ids(project: Project, stage_id: str, lane_id: str = "lane-main") -> list[str]:
    return [tp.id for tp in project.cell(stage_id, lane_id)]


# -- drag and drop of cards ------------------------------------------------------------------------


def test_drag_card_from_before_to_after_is_one_undoable_step(canvas: Canvas) -> None:
    before = copy.deepcopy(canvas.project)
    canvas.drag(canvas.card_center("b1"), canvas.cell_point("stage-after", "lane-main", 0.9))
    assert canvas.project.touchpoint("b1").stage_id == "stage-after"
    assert _cell_ids(canvas.project, "stage-after") == ["a0", "b1"]
    assert _cell_ids(canvas.project, "stage-before") == ["b0", "b2"]
    assert canvas.stack.count() == 1
    item = canvas.scene.card_item("b1")
    assert item is not None and canvas.scene.cell_item(("stage-after", "lane-main")).isAncestorOf(item)
    assert not canvas.scene.drop_indicator.isVisible()
    canvas.stack.undo()
    assert canvas.project == before
    assert canvas.scene.cell_item(("stage-before", "lane-main")).isAncestorOf(item)
    canvas.stack.redo()
    assert canvas.project.touchpoint("b1").stage_id == "stage-after"


def test_drag_within_a_column_reorders(canvas: Canvas) -> None:
    b2 = canvas.scene.layout.cards["b2"]
    canvas.drag(canvas.card_center("b0"), canvas.vp(b2.center[0], b2.bottom - 5))
    assert _cell_ids(canvas.project, "stage-before") == ["b1", "b2", "b0"]
    assert [canvas.project.touchpoint(i).order for i in ("b1", "b2", "b0")] == [0, 1, 2]
    canvas.stack.undo()
    assert _cell_ids(canvas.project, "stage-before") == ["b0", "b1", "b2"]


def test_drop_indicator_follows_the_drag_and_a_drop_in_place_pushes_nothing(qtbot, canvas: Canvas) -> None:
    start = canvas.card_center("b1")
    canvas.press(start)
    canvas.move(start + QPoint(0, 20))
    after = canvas.cell_point("stage-after", "lane-main", 0.95)
    canvas.move(after)
    indicator = canvas.scene.drop_indicator
    assert indicator.isVisible()
    line = indicator.line()
    assert canvas.scene.layout.cells[("stage-after", "lane-main")].contains(line.x1(), line.y1())
    canvas.move(start)
    canvas.release(start)
    assert canvas.stack.count() == 0
    item = canvas.scene.card_item("b1")
    assert item is not None
    qtbot.waitUntil(lambda: canvas.scene.cell_item(("stage-before", "lane-main")).isAncestorOf(item))


def test_dropping_outside_any_cell_glides_back_and_changes_nothing(qtbot, canvas: Canvas) -> None:
    before = copy.deepcopy(canvas.project)
    item = canvas.scene.card_item("b0")
    assert item is not None
    home = item.scenePos()
    band = canvas.scene.layout.band
    canvas.drag(canvas.card_center("b0"), canvas.vp(band.x + 50, band.y + 40))
    assert canvas.stack.count() == 0
    assert canvas.project == before
    qtbot.waitUntil(lambda: item.parentItem() is not None and item.scenePos() == home)


def test_rubber_band_then_drag_two_cards_is_one_undo_step(canvas: Canvas) -> None:
    before = copy.deepcopy(canvas.project)
    r0, r1 = canvas.scene.layout.cards["b0"], canvas.scene.layout.cards["b1"]
    # From the empty margin left of the first card to the middle of the second.
    canvas.drag(canvas.vp(r0.x - 8, r0.y - 8), canvas.vp(r1.x + 40, r1.y + 30))
    assert set(canvas.selection.touchpoints) == {"b0", "b1"}
    assert canvas.scene.card_item("b0").isSelected() and canvas.scene.card_item("b1").isSelected()
    assert not canvas.scene.card_item("b2").isSelected()
    canvas.drag(canvas.card_center("b1"), canvas.cell_point("stage-during", "lane-main", 0.05))
    assert _cell_ids(canvas.project, "stage-during") == ["b0", "b1", "d0"]
    assert _cell_ids(canvas.project, "stage-before") == ["b2"]
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert canvas.project == before


# -- selection ----------------------------------------------------------------------------------


def test_clicks_select_cards_headers_lanes_and_empty_space_clears(canvas: Canvas) -> None:
    canvas.click(canvas.card_center("b0"))
    assert canvas.selection.touchpoints == ["b0"]
    canvas.click(canvas.card_center("d0"), CTRL)
    assert canvas.selection.touchpoints == ["b0", "d0"]
    canvas.click(canvas.card_center("b0"), CTRL)
    assert canvas.selection.touchpoints == ["d0"]
    assert not canvas.scene.card_item("b0").isSelected()
    head = canvas.scene.layout.headers["stage-during"]
    canvas.click(canvas.vp(*head.center))
    assert canvas.selection.stage == "stage-during" and canvas.selection.touchpoints == []
    assert canvas.scene.header_item("stage-during").is_selected()
    lane = canvas.scene.layout.lane_headers["lane-main"]
    canvas.click(canvas.vp(*lane.center))
    assert canvas.selection.lane == "lane-main"
    assert not canvas.scene.header_item("stage-during").is_selected()
    assert canvas.scene.lane_header_item("lane-main").is_selected()
    canvas.click(canvas.card_center("a0"))
    canvas.click(canvas.cell_point("stage-during", "lane-main", 0.97))
    assert canvas.selection.touchpoints == [] and canvas.selection.lane is None


def test_selection_from_outside_is_mirrored_on_the_items(canvas: Canvas) -> None:
    canvas.selection.set_touchpoints(["b2", "a0"])
    selected = {i.tp_id for i in canvas.scene.selectedItems() if isinstance(i, CardItem)}
    assert selected == {"b2", "a0"}
    canvas.selection.set_stage("stage-after")
    assert canvas.scene.selectedItems() == []
    assert canvas.scene.header_item("stage-after").is_selected()


# -- catalogue drops ------------------------------------------------------------------------------


def test_dropping_a_catalogue_entry_adds_that_card_in_the_map_language(qtbot) -> None:
    project = _project()
    project.language = "es"
    c = _canvas(qtbot, project)
    entry = catalog()[0]
    mime = QMimeData()
    mime.setData(CATALOG_MIME, entry.id.encode("utf-8"))
    target = QPointF(c.cell_point("stage-during", "lane-main", 0.05))
    actions = Qt.DropAction.CopyAction
    vp = c.view.viewport()
    enter = QDragEnterEvent(target.toPoint(), actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(target.toPoint(), actions, mime, LEFT, NO_MOD)
    QApplication.sendEvent(vp, move)
    assert move.isAccepted()
    assert c.scene.drop_indicator.isVisible()
    QApplication.sendEvent(vp, QDropEvent(target, actions, mime, LEFT, NO_MOD))
    added = [tp for tp in c.project.touchpoints if tp.title == entry.title("es")]
    assert len(added) == 1
    tp = added[0]
    assert (tp.stage_id, tp.order) == ("stage-during", 0)
    assert (tp.channel, tp.control, tp.ownership) == (entry.channel, entry.control, entry.ownership)
    # The catalogue's text is a suggestion linked by id, never copied in as the user's description.
    assert (tp.description, tp.catalogue_id) == ("", entry.id)
    assert c.selection.touchpoints == [tp.id]
    assert c.scene.card_item(tp.id) is not None
    assert not c.scene.drop_indicator.isVisible()
    assert c.stack.count() == 1
    c.stack.undo()
    assert c.scene.card_item(tp.id) is None


def test_unknown_mime_data_is_refused(canvas: Canvas) -> None:
    mime = QMimeData()
    mime.setText("hello")
    pos = canvas.cell_point("stage-during", "lane-main")
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, LEFT, NO_MOD)
    QApplication.sendEvent(canvas.view.viewport(), enter)
    assert not enter.isAccepted()


# -- keyboard ---------------------------------------------------------------------------------


def test_inline_title_edit_through_the_keyboard_is_one_undo_step(canvas: Canvas) -> None:
    activated: list[str] = []
    canvas.view.card_activated.connect(activated.append)
    canvas.selection.set_touchpoints(["b1"])
    canvas.key(Qt.Key.Key_Return)
    assert activated == ["b1"]
    assert canvas.scene.editor() is not None
    QTest.keyClicks(canvas.view, "Rese")
    # QTest.keyClicks only knows ASCII: type the "ñ" as the key event a keyboard layout sends.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(canvas.view, QKeyEvent(kind, Qt.Key.Key_Ntilde, NO_MOD, "ñ"))
    QTest.keyClicks(canvas.view, "as")
    canvas.key(Qt.Key.Key_Return)
    assert canvas.project.touchpoint("b1").title == "Reseñas"
    assert canvas.scene.editor() is None
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert canvas.project.touchpoint("b1").title == "Before 1"


def test_escape_cancels_the_inline_editor(canvas: Canvas) -> None:
    canvas.selection.set_touchpoints(["b1"])
    canvas.key(Qt.Key.Key_F2)
    QTest.keyClicks(canvas.view, "nope")
    canvas.key(Qt.Key.Key_Escape)
    assert canvas.scene.editor() is None
    assert canvas.project.touchpoint("b1").title == "Before 1"
    assert canvas.stack.count() == 0


def test_double_click_opens_the_inline_editor(canvas: Canvas) -> None:
    QTest.mouseDClick(canvas.view.viewport(), LEFT, NO_MOD, canvas.card_center("d0"))
    editor = canvas.scene.editor()
    assert editor is not None and editor.tp_id == "d0"


def test_arrows_select_ctrl_right_moves_delete_deletes(canvas: Canvas) -> None:
    canvas.key(Qt.Key.Key_Home)
    assert canvas.selection.touchpoints == ["b0"]
    canvas.key(Qt.Key.Key_Down)
    assert canvas.selection.touchpoints == ["b1"]
    canvas.key(Qt.Key.Key_Up)
    canvas.key(Qt.Key.Key_Right)
    assert canvas.selection.touchpoints == ["d0"]
    canvas.key(Qt.Key.Key_Left)
    assert canvas.selection.touchpoints == ["b0"]
    canvas.key(Qt.Key.Key_End)
    assert canvas.selection.touchpoints == ["a0"]
    canvas.key(Qt.Key.Key_Home)
    canvas.key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.selection.touchpoints == ["b0", "b1"]
    canvas.key(Qt.Key.Key_Down)
    assert canvas.selection.touchpoints == ["b2"]

    canvas.key(Qt.Key.Key_Right, CTRL)
    assert canvas.project.touchpoint("b2").stage_id == "stage-during"
    assert canvas.stack.count() == 1
    canvas.key(Qt.Key.Key_Up, CTRL)
    assert _cell_ids(canvas.project, "stage-during") == ["b2", "d0"]
    assert canvas.stack.count() == 2

    before = copy.deepcopy(canvas.project)
    canvas.selection.set_touchpoints(["b0", "b1"])
    canvas.key(Qt.Key.Key_Delete)
    assert {tp.id for tp in canvas.project.touchpoints} == {"b2", "d0", "a0"}
    assert canvas.scene.card_item("b0") is None
    assert canvas.stack.count() == 3
    assert canvas.selection.touchpoints and canvas.selection.touchpoints[0] in {"b2", "d0", "a0"}
    canvas.stack.undo()
    assert canvas.project == before
    assert canvas.scene.card_item("b0") is not None


# -- observing, not rebuilding ------------------------------------------------------------------


def test_an_edit_updates_only_the_items_it_concerns(canvas: Canvas) -> None:
    scene = canvas.scene
    items = scene.card_items()
    columns = {s: scene.column_item(s) for s in scene.layout.stage_ids}
    scene.reposition_count = 0
    canvas.stack.push(cmd.MoveTouchpoint(canvas.doc, "b2", "stage-before", "lane-main", 0))
    # b0, b1 and b2 changed place; nothing else moved or was recreated.
    assert scene.reposition_count == 3
    assert all(scene.card_item(i) is item for i, item in items.items())
    assert all(scene.column_item(s) is col for s, col in columns.items())

    scene.reposition_count = 0
    canvas.stack.push(cmd.EditTouchpoint(canvas.doc, "d0", {"title": "Renamed"}))
    assert scene.reposition_count == 0
    assert scene.card_item("d0") is items["d0"]

    scene.reposition_count = 0
    canvas.stack.push(cmd.MoveTouchpoint(canvas.doc, "d0", "stage-after", "lane-main", 1))
    assert scene.reposition_count == 1  # only d0; a0 keeps its place
    assert all(scene.card_item(i) is item for i, item in items.items())


def _cards_where_the_layout_puts_them(scene: MapScene) -> list[str]:
    """Ids of card items not drawn at their layout rectangle (should be none)."""
    wrong = []
    for tp_id, item in scene.card_items().items():
        rect = scene.layout.cards[tp_id]
        if (item.scenePos().x(), item.scenePos().y()) != pytest.approx((rect.x, rect.y)):
            wrong.append(tp_id)
    return wrong


def test_a_drop_in_a_big_cell_moves_pages_not_every_card_below(qtbot) -> None:
    p = _project(cards_before=0)
    for i in range(300):
        ops.add_touchpoint(p, Touchpoint(id=f"x{i}", title="x", stage_id="stage-before", lane_id="lane-main", order=i))
    c = _canvas(qtbot, p)
    scene = c.scene
    assert _cards_where_the_layout_puts_them(scene) == []
    scene.reposition_count = 0
    c.stack.push(cmd.MoveTouchpoint(c.doc, "x3", "stage-during", "lane-main", 0))
    # 296 cards slid up, but as pages: the one page holding x3 re-places its cards (at most
    # 2 * PAGE), every page below moves once, and x3 joins the other cell.
    assert scene.reposition_count <= 2 * PAGE + 300 // PAGE + 2
    assert _cards_where_the_layout_puts_them(scene) == []
    for _ in range(3):
        c.stack.undo()
        assert _cards_where_the_layout_puts_them(scene) == []
        c.stack.redo()
        assert _cards_where_the_layout_puts_them(scene) == []
    # Cards added at the end of a cell fill its last page instead of opening one each.
    for i in range(PAGE):
        tp = Touchpoint(id=f"y{i}", title="y", stage_id="stage-after", lane_id="lane-main", order=1 + i)
        c.stack.push(cmd.AddTouchpoint(c.doc, tp))
    cell = scene.cell_item(("stage-after", "lane-main"))
    assert len(cell.childItems()) == 2  # a0 and the new cards: 1 + PAGE cards, two pages
    assert _cards_where_the_layout_puts_them(scene) == []
    # Deleting every card of a cell leaves no empty page behind.
    for i in range(PAGE):
        c.stack.push(cmd.DeleteTouchpoint(c.doc, f"y{i}"))
    c.stack.push(cmd.DeleteTouchpoint(c.doc, "a0"))
    assert cell.childItems() == []
    assert scene.layout == compute_layout(c.project)


def test_a_growing_lane_moves_the_lanes_below_as_containers(qtbot) -> None:
    c = _canvas(qtbot, _project(cards_before=2, lanes=3))
    for i in range(2):
        tp = Touchpoint(id=f"x{i}", title="x", stage_id="stage-during", lane_id="lane-2", order=i)
        c.stack.push(cmd.AddTouchpoint(c.doc, tp))
    scene = c.scene
    scene.reposition_count = 0
    lane2 = scene.lane_item("lane-2")
    y = lane2.pos().y()
    x1 = scene.card_item("x1")
    x1_local = QPointF(x1.pos())
    # Three cards in one cell of the first lane: it grows by one card.
    c.stack.push(cmd.MoveTouchpoint(c.doc, "d0", "stage-before", "lane-main", 2))
    assert lane2.pos().y() == y + scene.metrics.card_h + scene.metrics.card_gap
    # d0 itself; the first lane's size, header and its three cells; two lanes moved; the frame
    # (3 columns resized, the band moved). The cards of the lower lanes were not touched.
    assert scene.reposition_count <= 1 + 5 + 2 + 3 + 1
    assert x1.pos() == x1_local
    assert x1.scenePos().y() == pytest.approx(scene.layout.cards["x1"].y)
    assert scene.layout == compute_layout(c.project)


def test_reset_rebuilds_and_stage_changes_keep_card_items(canvas: Canvas) -> None:
    item = canvas.scene.card_item("d0")
    canvas.stack.push(cmd.EditStage(canvas.doc, "stage-during", {"name": "Pay"}))
    canvas.stack.push(cmd.MoveStage(canvas.doc, "stage-after", 0))
    assert canvas.scene.card_item("d0") is item
    assert canvas.scene.layout.stage_ids[0] == "stage-after"
    canvas.stack.push(cmd.AddLane(canvas.doc, Lane(id="lane-new", name="New")))
    assert canvas.scene.lane_item("lane-new") is not None
    canvas.stack.undo()
    assert canvas.scene.lane_item("lane-new") is None
    canvas.selection.set_touchpoints(["b2", "d0"])
    canvas.doc.replace_project(_project(cards_before=1))
    assert set(canvas.scene.card_items()) == {"b0", "d0", "a0"}
    assert canvas.selection.touchpoints == ["d0"]  # b2 is gone, d0 exists in the new map too
    assert canvas.scene.card_item("d0").isSelected()
    assert canvas.scene.card_item("d0") is not item


# -- view ---------------------------------------------------------------------------------------


def test_view_identity_and_zoom(canvas: Canvas) -> None:
    view = canvas.view
    assert view.objectName() == "mapCanvas"
    assert view.accessibleName() and view.accessibleDescription()
    seen: list[float] = []
    view.zoom_changed.connect(seen.append)
    view.zoom_in()
    assert view.zoom_factor() == pytest.approx(1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom_factor() == pytest.approx(0.8)
    view.actual_size()
    assert view.zoom_factor() == 1.0
    view.zoom_to_fit()
    assert view.zoom_factor() <= 1.0
    assert view.visible_scene_rect().contains(view.sceneRect().adjusted(1, 1, -1, -1))
    assert seen and seen[-1] == view.zoom_factor()


def test_ctrl_wheel_zooms_around_the_pointer(canvas: Canvas) -> None:
    view = canvas.view
    view.set_zoom(2.0)  # the map must overflow the viewport for a zoom to be anchored
    view.centerOn(QPointF(*canvas.scene.layout.cards["d0"].center))
    pos = canvas.card_center("d0") + QPoint(30, 10)
    anchor = view.mapToScene(pos)
    wheel = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom_factor() == pytest.approx(2.5)
    after = view.mapToScene(pos)
    assert abs(after.x() - anchor.x()) < 2 and abs(after.y() - anchor.y()) < 2


def test_middle_drag_pans(canvas: Canvas) -> None:
    view = canvas.view
    view.set_zoom(2.0)
    view.scroll_to_start()
    vp = view.viewport()
    start = QPoint(400, 400)
    QTest.mousePress(vp, Qt.MouseButton.MiddleButton, NO_MOD, start)
    end = QPoint(300, 350)
    move = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(end), QPointF(vp.mapToGlobal(end)), Qt.MouseButton.NoButton,
        Qt.MouseButton.MiddleButton, NO_MOD,
    )  # fmt: skip
    QApplication.sendEvent(vp, move)
    QTest.mouseRelease(vp, Qt.MouseButton.MiddleButton, NO_MOD, end)
    assert view.horizontalScrollBar().value() == 100
    assert view.verticalScrollBar().value() == 50
    assert canvas.stack.count() == 0


def test_context_menu_names_what_was_clicked(canvas: Canvas) -> None:
    seen: list[tuple[str, str]] = []
    canvas.view.context_menu_requested.connect(lambda kind, target, _pos: seen.append((kind, target)))
    vp = canvas.view.viewport()
    for pos in (
        canvas.card_center("d0"),
        canvas.vp(*canvas.scene.layout.headers["stage-after"].center),
        canvas.vp(*canvas.scene.layout.lane_headers["lane-main"].center),
        canvas.cell_point("stage-during", "lane-main", 0.97),
    ):
        QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, vp.mapToGlobal(pos)))
    assert seen == [("card", "d0"), ("stage", "stage-after"), ("lane", "lane-main"), ("empty", "")]
    assert canvas.view.context_cell() == ("stage-during", "lane-main")


def test_dark_palette_and_tooltips(canvas: Canvas) -> None:
    canvas.scene.set_dark(True)
    assert canvas.scene.colors.dark
    img = canvas.view.grab().toImage()
    assert img.pixelColor(5, 5).lightness() < 80
    canvas.scene.set_dark(False)
    assert not canvas.scene.colors.dark
    card = canvas.scene.card_item("a0")
    assert "After 0" in card.tooltip_at(QPointF(100, 50))
    assert "Bad" in card.tooltip_at(QPointF(card.boundingRect().right() - 28, 18))


# -- robustness ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_twenty_thousand_drag_moves_stay_cheap_and_consistent(canvas: Canvas) -> None:
    n_items = len(canvas.scene.items())
    start = canvas.card_center("b1")
    targets = [
        canvas.cell_point("stage-after", "lane-main", 0.9),
        canvas.cell_point("stage-during", "lane-main", 0.1),
        canvas.card_center("b2"),
        QPoint(5, 5),
    ]
    canvas.press(start)
    for i in range(20_000):
        target = targets[(i // 500) % len(targets)]
        canvas.move(target + QPoint(i % 7, i % 5))
        if i % 2000 == 0:
            QApplication.processEvents()
    assert len(canvas.scene.items()) == n_items
    assert canvas.stack.count() == 0
    last = targets[(19_999 // 500) % len(targets)] + QPoint(19_999 % 7, 19_999 % 5)
    item = canvas.scene.card_item("b1")
    moved = canvas.view.mapToScene(last) - canvas.view.mapToScene(start)
    assert item.parentItem() is None  # still lifted, following the pointer
    home = canvas.scene.layout.cards["b1"]
    assert item.scenePos().x() == pytest.approx(home.x + moved.x())
    assert item.scenePos().y() == pytest.approx(home.y + moved.y())
    canvas.release(canvas.cell_point("stage-after", "lane-main", 0.9))
    assert canvas.stack.count() == 1
    Project.model_validate(canvas.project.model_dump())
    assert canvas.project.touchpoint("b1").stage_id == "stage-after"
    assert len(canvas.scene.items()) == n_items


def test_tab_moves_focus_into_the_canvas(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    project = _project()
    doc, selection, stack = Document(project), Selection(), QUndoStack()
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    view = MapView(MapScene(doc, selection, stack), window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(view)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Down)  # nothing selected yet: the first card
    assert selection.touchpoints == ["b0"]
    assert "Before 0" in view.accessibleDescription()


def test_deleting_a_stage_with_cards_and_undoing_it(canvas: Canvas) -> None:
    before = copy.deepcopy(canvas.project)
    canvas.selection.set_touchpoints(["b1"])
    canvas.stack.push(cmd.DeleteStage(canvas.doc, "stage-before"))
    assert canvas.scene.header_item("stage-before") is None
    assert canvas.scene.card_item("b0") is None and canvas.selection.touchpoints == []
    assert canvas.scene.layout == compute_layout(canvas.project)
    canvas.stack.undo()
    assert canvas.project == before
    assert canvas.scene.cell_item(("stage-before", "lane-main")) is not None
    assert canvas.scene.cell_item(("stage-before", "lane-main")).isAncestorOf(canvas.scene.card_item("b0"))
    assert canvas.scene.layout == compute_layout(canvas.project)


def test_empty_cells_show_a_drop_slot(canvas: Canvas) -> None:
    during = canvas.scene.cell_item(("stage-during", "lane-main"))
    assert not during.is_empty()
    canvas.stack.push(cmd.MoveTouchpoint(canvas.doc, "d0", "stage-before", "lane-main", 0))
    assert during.is_empty()
    canvas.stack.undo()
    assert not during.is_empty()


def test_escape_cancels_a_drag(qtbot, canvas: Canvas) -> None:
    item = canvas.scene.card_item("b0")
    home = item.scenePos()
    start = canvas.card_center("b0")
    canvas.press(start)
    canvas.move(start + QPoint(10, 30))
    canvas.move(canvas.cell_point("stage-after", "lane-main", 0.9))
    canvas.key(Qt.Key.Key_Escape)
    canvas.release(canvas.cell_point("stage-after", "lane-main", 0.9))
    assert canvas.stack.count() == 0
    qtbot.waitUntil(lambda: item.parentItem() is not None and item.scenePos() == home)


def test_dragging_to_the_edge_scrolls_the_view(qtbot, canvas: Canvas) -> None:
    view = canvas.view
    view.set_zoom(3.0)
    view.scroll_to_start()
    start = canvas.card_center("b0")
    bottom = QPoint(start.x(), view.viewport().height() - 3)
    canvas.press(start)
    canvas.move(start + QPoint(0, 30))
    canvas.move(bottom)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 100)
    canvas.release(bottom)
    assert canvas.stack.count() == 1  # dropped where the pointer ended up, lower in the map


def test_space_drag_pans_without_touching_cards(canvas: Canvas) -> None:
    view = canvas.view
    view.set_zoom(2.0)
    view.scroll_to_start()
    QTest.keyPress(view, Qt.Key.Key_Space)
    start = canvas.card_center("b0")
    canvas.drag(start, start - QPoint(120, 80))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() == 120
    assert view.verticalScrollBar().value() == 80
    assert canvas.stack.count() == 0
    assert canvas.selection.touchpoints == []


def test_the_inline_editor_keeps_the_keyboard_when_a_listener_focuses_elsewhere(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    doc, selection, stack = Document(_project()), Selection(), QUndoStack()
    window = QWidget()
    qtbot.addWidget(window)
    inspector_title = QLineEdit(window)
    view = MapView(MapScene(doc, selection, stack), window)
    layout = QVBoxLayout(window)
    layout.addWidget(inspector_title)
    layout.addWidget(view)
    view.card_activated.connect(lambda _id: inspector_title.setFocus())  # as the main window does
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    view.setFocus()
    selection.set_touchpoints(["d0"])
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClicks(view, "Checkout")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert doc.project.touchpoint("d0").title == "Checkout"
    assert inspector_title.text() == ""


def test_a_card_deleted_mid_drag_is_not_moved(qtbot, canvas: Canvas) -> None:
    canvas.selection.set_touchpoints(["b0", "b1"])
    start = canvas.card_center("b1")
    canvas.press(start)
    canvas.move(start + QPoint(0, 30))
    canvas.stack.push(cmd.DeleteTouchpoint(canvas.doc, "b0"))  # e.g. from another view
    target = canvas.cell_point("stage-after", "lane-main", 0.9)
    canvas.move(target)
    canvas.release(target)
    assert canvas.project.touchpoint("b1").stage_id == "stage-after"
    assert canvas.stack.count() == 2
    assert canvas.scene.layout == compute_layout(canvas.project)
