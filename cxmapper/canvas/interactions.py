"""One object per gesture: drag-move, rubber band, catalogue drop, inline title edit, pan.

Each gesture remembers what it needs when it starts, gives live feedback while it runs
(cards follow the pointer, an insertion line shows where they would land) without touching
the model, and pushes at most ONE undo command when it ends. The scene (mouse) and the view
(drag-and-drop, panning) route events to the gesture in progress, so no event handler is a
switch over every mode. After Orange's ``document/interactions.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QEasingCurve,
    QMimeData,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cxmapper import commands
from cxmapper.canvas import labels
from cxmapper.canvas.items import CardItem
from cxmapper.canvas.navigation import plan_moves
from cxmapper.canvas.style import font
from cxmapper.layout import Cell
from cxmapper.model.library import CatalogEntry, catalog
from cxmapper.model.project import TITLE_MAX, Touchpoint, new_id

if TYPE_CHECKING:
    from cxmapper.canvas.scene import MapScene

#: The MIME type the catalogue dock drags: the entry id as UTF-8.
CATALOG_MIME = "application/x-cxmapper-catalog-entry"
#: How long cards take to glide back after a drop nowhere (ms): long enough to see, short
#: enough not to wait for.
SNAP_BACK_MS = 180


class Interaction:
    """A mouse gesture from press to release; the scene forwards events while it is active."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        """The pointer moved with a button held."""

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        """The button was released: finish the gesture."""
        self.finish()

    def cancel(self) -> None:
        """Abort without changing the model (Escape, a reset, another gesture)."""
        self.finish()

    def finish(self) -> None:
        """Tell the scene this gesture is over."""
        self.scene.end_interaction(self)


def _sort_reading(scene: MapScene, ids: list[str]) -> list[str]:
    """Ids in map reading order (column, lane, position), so a dropped group keeps its order."""
    layout = scene.layout
    stage_index = {s: i for i, s in enumerate(layout.stage_ids)}
    lane_index = {ln: i for i, ln in enumerate(layout.lane_ids)}

    def key(tp_id: str) -> tuple[int, int, int]:
        (stage_id, lane_id), index = layout.cards.slot(tp_id)
        return (stage_index[stage_id], lane_index[lane_id], index)

    return sorted((i for i in ids if i in layout.cards), key=key)


class DragMoveInteraction(Interaction):
    """Press on a card, drag it (and the other selected cards) to a cell, release to move.

    Click semantics live here too: a plain press selects the card alone, Ctrl+press toggles
    it, and a click without dragging on an already selected card makes it the only one. While
    dragging, the lifted card items follow the pointer and the scene shows the target cell and
    insertion line; nothing else is allocated per mouse move. Release pushes one command (a
    macro of `MoveTouchpoint` for several cards), or none when the cards would not move, in
    which case they glide back.
    """

    def __init__(self, scene: MapScene, card: CardItem, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene)
        self._card_id = card.tp_id
        self._press = QPointF(event.scenePos())
        self._press_screen = QPoint(event.screenPos())
        self._items: list[tuple[CardItem, QPointF]] = []
        self._ids: list[str] = []
        self._target: tuple[Cell, int] | None = None
        self._active = False
        self._collapse_on_click = False
        self._can_drag = True
        selection = scene.selection
        ctrl = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        if ctrl:
            if card.tp_id in selection.touchpoints:
                selection.set_touchpoints([i for i in selection.touchpoints if i != card.tp_id])
                self._can_drag = False
            else:
                selection.set_touchpoints([*selection.touchpoints, card.tp_id])
        elif card.tp_id not in selection.touchpoints:
            selection.set_touchpoints([card.tp_id])
        else:
            self._collapse_on_click = True

    @property
    def active(self) -> bool:
        """Whether the pointer has moved far enough to be a drag."""
        return self._active

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        """Lift the cards once past the drag distance, then follow the pointer."""
        if not self._active:
            if not self._can_drag:
                return
            distance = (QPoint(event.screenPos()) - self._press_screen).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            self._begin()
        pos = event.scenePos()
        dx, dy = pos.x() - self._press.x(), pos.y() - self._press.y()
        for item, origin in self._items:
            item.setPos(origin.x() + dx, origin.y() + dy)
        self._update_target(pos)

    def _begin(self) -> None:
        self._active = True
        ids = self.scene.selection.touchpoints
        if self._card_id not in ids:
            ids = [self._card_id]
        self._ids = _sort_reading(self.scene, ids)
        origins = {}
        for tp_id in self._ids:
            item = self.scene.card_item(tp_id)
            if item is not None:
                origins[tp_id] = QPointF(item.scenePos())
        self._items = [(item, origins[item.tp_id]) for item in self.scene.lift_cards(self._ids)]

    def _update_target(self, pos: QPointF) -> None:
        layout = self.scene.layout
        cell = layout.hit_cell(pos.x(), pos.y())
        if cell is None:
            if self._target is not None:
                self._target = None
                self.scene.hide_drop_target()
            return
        skip = set(self._ids)
        others = [tp for tp in layout.cell_view(cell) if tp.id not in skip]
        target = (cell, layout.insertion_index(cell, pos.y(), others))
        if target != self._target:
            self._target = target
            self.scene.show_drop_target(cell, target[1], self._ids)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        """Commit the move as one undo step, or glide back if it would change nothing."""
        if not self._active:
            if self._collapse_on_click:
                self.scene.selection.set_touchpoints([self._card_id])
            self.finish()
            return
        self._update_target(event.scenePos())
        self.scene.hide_drop_target()
        # A card deleted mid-drag (an undo from the keyboard) is simply not moved.
        ids = [i for i in self._ids if i in self.scene.layout.cards]
        plan = plan_moves(self.scene.layout, ids, *self._target) if self._target is not None and ids else []
        if not plan:
            self._snap_back()
            self.finish()
            return
        for tp_id in self._ids:
            self.scene.restore_card(tp_id)
        self._items = []
        doc = self.scene.document
        if len(plan) == 1:
            self.scene.undo_stack.push(commands.MoveTouchpoint(doc, *plan[0]))
        else:
            parent = commands.macro(labels.tr("Move %n cards", None, len(plan)))
            for placement in plan:
                commands.MoveTouchpoint(doc, *placement, parent=parent)
            self.scene.undo_stack.push(parent)
        self.finish()

    def cancel(self) -> None:
        """Escape or a reset mid-drag: the cards glide back, the model is untouched."""
        if self._active:
            self.scene.hide_drop_target()
            self._snap_back()
        self.finish()

    def _snap_back(self) -> None:
        """Animate the lifted cards to where they came from, then put them back in their cells."""
        items = [(item, QPointF(item.pos()), origin) for item, origin in self._items]
        self._items = []
        if not items:
            return
        scene = self.scene
        animation = QVariantAnimation(scene)
        animation.setDuration(SNAP_BACK_MS)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)

        def step(value: object) -> None:
            t = float(value)  # type: ignore[arg-type]
            for item, start, end in items:
                if scene.card_item(item.tp_id) is item:
                    item.setPos(start + (end - start) * t)

        def done() -> None:
            for item, _start, _end in items:
                scene.restore_card(item.tp_id)
            animation.deleteLater()

        animation.valueChanged.connect(step)
        animation.finished.connect(done)
        animation.start()


class RubberBandInteraction(Interaction):
    """Press on empty space and drag: select the cards the band touches.

    A plain press clears the selection first (a click on empty space deselects); with Ctrl
    or Shift the band adds to what was selected.
    """

    def __init__(self, scene: MapScene, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene)
        self._origin = QPointF(event.scenePos())
        self._origin_screen = QPoint(event.screenPos())
        additive = bool(
            event.modifiers()
            & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.ShiftModifier
                | Qt.KeyboardModifier.MetaModifier
            )
        )
        self._initial = scene.selection.touchpoints if additive else []
        self._last: list[str] = []
        self._active = False
        if not additive:
            scene.selection.clear()

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        """Reshape the band and select what it touches (only when that changes)."""
        if not self._active:
            if (QPoint(event.screenPos()) - self._origin_screen).manhattanLength() < QApplication.startDragDistance():
                return
            self._active = True
        rect = QRectF(self._origin, event.scenePos()).normalized()
        self.scene.rubber_band.set_band(rect, self.scene.colors.selection)
        hit = self.scene.cards_in(rect)
        if hit != self._last:
            self._last = hit
            self.scene.selection.set_touchpoints([*self._initial, *(i for i in hit if i not in self._initial)])

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        """Hide the band; the selection stays. A plain click in a cell makes it the insertion point."""
        self.scene.rubber_band.hide()
        if not self._active and not self._initial:
            pos = event.scenePos()
            self.scene.insertion.set_cell(self.scene.layout.hit_cell(pos.x(), pos.y()))
        self.finish()

    def cancel(self) -> None:
        """Hide the band."""
        self.scene.rubber_band.hide()
        self.finish()


class CatalogDropInteraction:
    """A catalogue entry dragged over the map: show where it would land, add it on drop.

    The view creates one on drag-enter when the MIME data names a known entry
    (`CATALOG_MIME`, the entry id in UTF-8) and forwards drag-move, drop and leave to it.
    """

    def __init__(self, scene: MapScene, entry: CatalogEntry) -> None:
        self.scene = scene
        self.entry = entry
        self._target: tuple[Cell, int] | None = None

    @staticmethod
    def entry_from(mime: QMimeData) -> CatalogEntry | None:
        """The catalogue entry a drag carries, if it carries a known one."""
        if not mime.hasFormat(CATALOG_MIME):
            return None
        entry_id = bytes(mime.data(CATALOG_MIME).data()).decode("utf-8", errors="replace").strip()
        return next((e for e in catalog() if e.id == entry_id), None)

    def move(self, pos: QPointF) -> bool:
        """Update the drop feedback for a scene point; return whether a drop there is possible."""
        layout = self.scene.layout
        cell = layout.hit_cell(pos.x(), pos.y())
        if cell is None:
            if self._target is not None:
                self._target = None
                self.scene.hide_drop_target()
            return False
        target = (cell, layout.insertion_index(cell, pos.y(), layout.cell_view(cell)))
        if target != self._target:
            self._target = target
            self.scene.show_drop_target(cell, target[1])
        return True

    def drop(self, pos: QPointF) -> str | None:
        """Add the entry as a card where it was dropped (one undo step); return its id."""
        self.move(pos)
        target = self._target
        self.cancel()
        if target is None:
            return None
        (stage_id, lane_id), index = target
        lang = self.scene.document.project.language
        tp: Touchpoint = self.entry.touchpoint(new_id("tp"), lang, stage_id, lane_id, index)
        self.scene.undo_stack.push(commands.AddTouchpoint(self.scene.document, tp))
        self.scene.select_cards([tp.id])
        return tp.id

    def cancel(self) -> None:
        """The drag left the map or was dropped: remove the feedback."""
        self._target = None
        self.scene.hide_drop_target()


class _TitleEditor(QGraphicsTextItem):
    """The text item the inline editor types into.

    Signals:
        submitted(): Enter was pressed.
        committed(): focus left.
        cancelled(): Escape was pressed.
    """

    submitted = Signal()
    committed = Signal()
    cancelled = Signal()

    #: Greyed text shown while the field is empty (a new card says what to type).
    placeholder = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter submits, Escape cancels, everything else edits."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Clicking elsewhere keeps what was typed, like any text field.

        A popup (the editor's own context menu) or another window taking focus is not
        "elsewhere": the user comes back to the field.
        """
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.committed.emit()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A field-like background instead of Qt's dotted focus rectangle."""
        editor_option = QStyleOptionGraphicsItem(option)
        editor_option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        scene = self.scene()
        colors = getattr(scene, "colors", None)
        if colors is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(colors.card)
            pen_color = QColor(colors.selection)
            painter.setPen(pen_color)
            painter.drawRoundedRect(self.boundingRect().adjusted(-2, -1, 2, 1), 4, 4)
            if self.placeholder and self.document().isEmpty():
                hint = QColor(colors.muted)
                hint.setAlphaF(0.8)
                painter.setPen(hint)
                painter.setFont(font(10))
                margin = self.document().documentMargin()
                box = self.boundingRect().adjusted(margin + 2, margin, -margin, -margin)
                # One line, elided: the empty field is one line high in every language.
                text = painter.fontMetrics().elidedText(self.placeholder, Qt.TextElideMode.ElideRight, int(box.width()))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        super().paint(painter, editor_option, widget)  # type: ignore[arg-type]  # Qt accepts no widget


class InlineTitleEdit:
    """Rename a card in place: a text field over its title; Enter commits, Escape cancels.

    The edit is pushed as ONE `RenameTouchpoint` when it commits (not per keystroke), so an
    inline rename is a single undo step; nothing is pushed if the title did not change.
    Subclasses change what Enter (`submit`), leaving (`commit`) and Escape (`cancel`) do.
    """

    def __init__(self, scene: MapScene, card: CardItem) -> None:
        self.scene = scene
        self.tp_id = card.tp_id
        self._card = card
        self._done = False
        tp = scene.touchpoint(card.tp_id)
        self._original = tp.title if tp is not None else ""
        rect = card.title_rect()
        editor = _TitleEditor(card)
        editor.setFont(font(13, QFont.Weight.DemiBold))
        editor.setDefaultTextColor(scene.colors.ink)
        editor.setTextWidth(rect.width() + 4)
        editor.setPos(rect.x() - 4, rect.y() - 4)
        editor.setPlainText(self._original)
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        editor.setZValue(10)
        editor.document().setDocumentMargin(3)
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        editor.submitted.connect(self.submit)
        editor.committed.connect(self.focus_left)
        editor.cancelled.connect(self.cancel)
        self.editor = editor
        card.set_editing(True)
        # Typing must reach the field even if a `card_activated` listener just focused another
        # widget (the inspector): take keyboard focus back to the canvas, then to the field.
        for view in scene.views():
            if view.isVisible():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def contains(self, scene_pos: QPointF) -> bool:
        """Whether a scene point is on the editor (clicks there edit, elsewhere commit)."""
        return self.editor.sceneBoundingRect().contains(scene_pos)

    def text(self) -> str:
        """What the title would become: whitespace collapsed, cut to the model's limit."""
        return " ".join(self.editor.toPlainText().split())[:TITLE_MAX]

    @property
    def done(self) -> bool:
        """Whether the editor has committed or cancelled (it is then closed)."""
        return self._done

    def submit(self) -> None:
        """Enter: commit."""
        self.commit()

    def focus_left(self) -> None:
        """The keyboard went to another widget: keep what was typed, like any text field."""
        self.commit()

    def commit(self) -> None:
        """Push one `RenameTouchpoint` if the title changed, then close."""
        if self._done:
            return
        text = self.text()
        self._close()
        if text and text != self._original and self.scene.touchpoint(self.tp_id) is not None:
            self.scene.undo_stack.push(commands.RenameTouchpoint(self.scene.document, self.tp_id, text))

    def cancel(self) -> None:
        """Close without changing anything."""
        if not self._done:
            self._close()

    def _close(self) -> None:
        self._done = True
        self.scene.editor_closed(self)
        self._card.set_editing(False)
        editor = self.editor
        editor.submitted.disconnect(self.submit)
        editor.committed.disconnect(self.focus_left)
        editor.cancelled.disconnect(self.cancel)
        editor.clearFocus()
        editor.hide()
        # Not deleted here: this runs inside the field's own key or focus handler. Take it
        # out of the scene once control is back in the event loop; dropping the last Python
        # reference then frees it (removeItem hands ownership back to Python).
        QTimer.singleShot(0, lambda: _discard_item(editor))
        for view in self.scene.views():
            view.setFocus(Qt.FocusReason.OtherFocusReason)


def _discard_item(item: QGraphicsTextItem) -> None:
    """Remove a hidden item from its scene, unless its scene or parent already deleted it."""
    if shiboken6.isValid(item):
        scene = item.scene()
        if scene is not None:
            scene.removeItem(item)


class PanInteraction:
    """Middle-drag or Space+drag: scroll the view with the hand cursor."""

    def __init__(self, view: QGraphicsView, pos: QPoint) -> None:
        self.view = view
        self._last = QPoint(pos)
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, pos: QPoint) -> None:
        """Scroll by how far the pointer moved."""
        delta = pos - self._last
        self._last = QPoint(pos)
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())

    def finish(self, space_held: bool) -> None:
        """Back to the open hand (Space still held) or the arrow."""
        if space_held:
            self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.view.viewport().unsetCursor()


__all__ = [
    "CATALOG_MIME",
    "CatalogDropInteraction",
    "DragMoveInteraction",
    "InlineTitleEdit",
    "Interaction",
    "PanInteraction",
    "RubberBandInteraction",
]
