"""Typing touchpoints as a list: the insertion point, and new cards named in place.

A shop owner lists touchpoints the way they write a shopping list: click where they go, type
one, press Enter, type the next. Three pieces make that work on the canvas:

* `InsertionPoint`: clicking an empty part of a cell makes it the place Add Card uses (a
  selected card's cell wins; clicking a header or selecting a card forgets the point). It is
  shown by one `InsertionMarkerItem`, a faint outline of the cell with a line where the next
  card will go.
* `start_new_card`: creates an untitled card in a cell (one `AddTouchpoint` awaiting its
  title) and opens a `NewCardTitleEdit` on it.
* `NewCardTitleEdit`: the inline title editor of such a card. Enter names the card (the title
  merges into the creation step) and starts the next card below it in the same cell; Escape,
  or leaving it empty for another place on the map, abandons the card without leaving an undo
  step. Moving the keyboard to another widget keeps it (the user may be naming it there).

Depends on the scene's public API, the layout and the commands; never on `cxmapper.ui`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxmapper import commands
from cxmapper.canvas import labels
from cxmapper.canvas.interactions import InlineTitleEdit
from cxmapper.canvas.items import CardItem
from cxmapper.layout import Cell
from cxmapper.model.project import Touchpoint, new_id

if TYPE_CHECKING:
    from cxmapper.canvas.scene import MapScene


class InsertionMarkerItem(QGraphicsItem):
    """The insertion point on the canvas: a faint dashed outline of the cell and a "+" line.

    One item for the scene's life, reshaped and moved, never recreated. Every change of its
    shape goes through ``prepareGeometryChange`` and hiding repaints the area it covered, so
    it never leaves paint behind.
    """

    def __init__(self) -> None:
        super().__init__()
        self._cell = QRectF()
        self._line_y = 0.0
        self._line_x = (0.0, 0.0)
        self._color = QColor("#2563eb")
        self.setZValue(55)  # above cells and cards' containers, below the drop indicator (60)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_at(self, cell: QRectF, line_y: float, x1: float, x2: float, color: QColor) -> None:
        """Outline ``cell`` and draw the insertion line from ``x1`` to ``x2`` at ``line_y``."""
        if cell != self._cell or line_y != self._line_y or (x1, x2) != self._line_x:
            self.prepareGeometryChange()
            self._cell = QRectF(cell)
            self._line_y = line_y
            self._line_x = (x1, x2)
        if color != self._color:
            self._color = QColor(color)
            self.update()
        if not self.isVisible():
            self.show()

    def line(self) -> tuple[float, float, float]:
        """(x1, x2, y) of the insertion line (for tests)."""
        return (*self._line_x, self._line_y)

    def cell_rect(self) -> QRectF:
        """The outlined cell (scene units)."""
        return QRectF(self._cell)

    def boundingRect(self) -> QRectF:
        """The cell (the line and its "+" stay inside it)."""
        return self._cell.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A dashed outline and a thin line with a small "+" where the next card goes."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = getattr(self.scene(), "colors", None)  # the scene's palette now (dark or light)
        if colors is not None:
            self._color = QColor(colors.selection)
        outline = QColor(self._color)
        outline.setAlphaF(0.45)
        pen = QPen(outline, 1.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        exposed = option.exposedRect
        rect = self._cell.adjusted(4, 3, -4, -3)
        if not exposed.isEmpty() and rect.height() > 4 * exposed.height():
            # A tall cell on a big map: draw the visible slice only (its cut corners are off screen).
            top = max(rect.top(), exposed.top() - 20)
            bottom = min(rect.bottom(), exposed.bottom() + 20)
            rect = QRectF(rect.left(), top, rect.width(), max(0.0, bottom - top))
        painter.drawRoundedRect(rect, 9, 9)
        x1, x2 = self._line_x
        line = QColor(self._color)
        line.setAlphaF(0.7)
        pen = QPen(line, 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(x1 + 14, self._line_y), QPointF(x2, self._line_y))
        painter.setBrush(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(x1 + 5, self._line_y), 6, 6)
        painter.setPen(QPen(QColor("#ffffff"), 1.6))
        painter.drawLine(QPointF(x1 + 2, self._line_y), QPointF(x1 + 8, self._line_y))
        painter.drawLine(QPointF(x1 + 5, self._line_y - 3), QPointF(x1 + 5, self._line_y + 3))


class InsertionPoint(QObject):
    """Where Add Card puts a card when no card is selected: the cell last clicked.

    Owned by the scene (``scene.insertion``). Selecting a card, a stage or a lane forgets it,
    so a stale point can never win over what the user selected since; a cell that disappears
    (its stage or lane was deleted) and opening another map forget it too.

    Signals:
        changed(): the insertion cell changed (or was cleared).
    """

    changed = Signal()

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self._cell: Cell | None = None
        self.marker = InsertionMarkerItem()
        scene.addItem(self.marker)
        scene.selection.changed.connect(self._on_selection_changed)
        # structure_changed comes after the scene has updated its layout for the edit, once per
        # operation: a paste of a thousand cards is a thousand of them, so the marker follows
        # once per turn of the event loop, not once per card.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        scene.document.structure_changed.connect(self._on_structure_changed)
        scene.document.reset.connect(self._on_reset)

    @property
    def _scene(self) -> MapScene:
        # The parent, not a Python reference: scene -> insertion -> scene would be a cycle that
        # leaves a dead scene to the garbage collector, to be destroyed at some random later time.
        return cast("MapScene", self.parent())

    def cell(self) -> Cell | None:
        """The insertion cell, if one was clicked since the last selection and still exists."""
        # Checked here, not only in refresh: the marker follows edits a loop turn later, and a
        # deleted stage's cell must not be offered in between.
        return self._cell if self._cell is not None and self._cell in self._scene.layout.cells else None

    def set_cell(self, cell: Cell | None) -> None:
        """Make ``cell`` the insertion point (None forgets it)."""
        if cell is not None and cell not in self._scene.layout.cells:
            cell = None
        if cell != self._cell:
            self._cell = cell
            self.refresh()
            self.changed.emit()

    def next_index(self) -> int:
        """Where a card added at the insertion point goes: the end of its cell."""
        cell = self.cell()
        return len(self._scene.layout.cell_view(cell)) if cell is not None else 0

    def add_card(self) -> NewCardTitleEdit | None:
        """Start a new card at the end of the insertion cell (Enter with nothing selected)."""
        cell = self.cell()
        if cell is None:
            return None
        return start_new_card(self._scene, cell, self.next_index())

    def _on_structure_changed(self) -> None:
        if self._cell is not None and not self._later.isActive():
            self._later.start()

    def _on_reset(self) -> None:
        # Another map (or the same file reloaded): a cell clicked in the old one means nothing.
        self.set_cell(None)
        self.refresh()

    def _on_selection_changed(self) -> None:
        sel = self._scene.selection
        if sel.touchpoints or sel.stage is not None or sel.lane is not None:
            self.set_cell(None)

    def refresh(self) -> None:
        """Place the marker for the current layout (after any edit that moves cells)."""
        layout = self._scene.layout
        if self._cell is not None and self._cell not in layout.cells:
            self._cell = None
            self.changed.emit()
        if self._cell is None:
            self.marker.hide()
            return
        m = self._scene.metrics
        rect = layout.cells[self._cell]
        cards = layout.cell_cards(self._cell)
        y = layout.cards[cards[-1].id].bottom + m.card_gap / 2 if cards else rect.y + m.cell_pad - m.card_gap / 2
        y = max(rect.y + 4, min(y, rect.y + rect.h - 4))
        self.marker.show_at(
            QRectF(rect.x, rect.y, rect.w, rect.h),
            y,
            rect.x + m.cell_pad,
            rect.x + m.cell_pad + m.card_w,
            self._scene.colors.selection,
        )


class NewCardTitleEdit(InlineTitleEdit):
    """The title editor of a card just created on the canvas (see module doc).

    ``command`` is the `AddTouchpoint` (awaiting its title) that created the card, pushed as
    the stack's newest step at ``index``; the title merges into it.
    """

    def __init__(self, scene: MapScene, card: CardItem, command: commands.AddTouchpoint, index: int) -> None:
        super().__init__(scene, card)
        self._command = command
        self._stack_index = index
        tp = scene.touchpoint(card.tp_id)
        self._cell: Cell | None = (tp.stage_id, tp.lane_id) if tp is not None else None
        self.editor.placeholder = labels.tr("Type a name; Enter for the next")
        self.editor.update()

    def submit(self) -> None:
        """Enter: name the card and start the next one below it; with nothing typed, stop."""
        if self.done:
            return
        if not self.text():
            self.cancel()
            return
        scene, tp_id = self.scene, self.tp_id
        self.commit()
        if tp_id in scene.layout.cards:
            cell, index = scene.layout.cards.slot(tp_id)
            start_new_card(scene, cell, index + 1)

    def focus_left(self) -> None:
        """The keyboard went to another widget (the inspector, say): keep the card, even untitled.

        The user may be about to fill it in elsewhere; only canvas gestures (Escape, Enter on
        an empty card, a click or a new card elsewhere on the map) take an empty card back.
        """
        if self.done:
            return
        if self.text():
            self.commit()
        else:
            self._close()

    def commit(self) -> None:
        """Name the card (one undo step with its creation); an empty title abandons it."""
        if self.done:
            return
        text = self.text()
        if not text:
            self.cancel()
            return
        self._close()
        if self.scene.touchpoint(self.tp_id) is not None:
            self.scene.undo_stack.push(commands.TitleNewCard(self.scene.document, self.tp_id, text))

    def cancel(self) -> None:
        """Escape: take the card away again, leaving neither a card nor an undo step."""
        if self.done:
            return
        self._close()
        stack = self.scene.undo_stack
        # Only while its creation is still the newest step and applied: when an undo from
        # elsewhere is removing the card (and closing this editor), the stack is left alone.
        if self._command.applied and stack.index() == self._stack_index:
            self._command.abandon()
            stack.undo()
            # The user is still working in that cell: it stays the insertion point.
            self.scene.insertion.set_cell(self._cell)


def start_new_card(scene: MapScene, cell: Cell, index: int) -> NewCardTitleEdit | None:
    """Create an untitled card at ``index`` in ``cell`` and open its title editor.

    Any open title editor is closed first (committing what it holds). Returns the editor, or
    None when the cell no longer exists.
    """
    editor = scene.editor()
    if editor is not None:
        editor.commit()
    if cell not in scene.layout.cells:
        return None
    index = max(0, min(index, len(scene.layout.cell_view(cell))))
    tp = Touchpoint(id=new_id("tp"), title="", stage_id=cell[0], lane_id=cell[1], order=index)
    command = commands.AddTouchpoint(scene.document, tp, awaiting_title=True)
    stack = scene.undo_stack
    stack.push(command)
    scene.select_cards([tp.id])
    scene.ensure_card_visible(tp.id)
    created = scene.edit_title(tp.id, lambda s, card: NewCardTitleEdit(s, card, command, stack.index()))
    return created if isinstance(created, NewCardTitleEdit) else None


__all__ = ["InsertionMarkerItem", "InsertionPoint", "NewCardTitleEdit", "start_new_card"]
