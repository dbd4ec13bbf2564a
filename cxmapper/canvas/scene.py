"""The map as a QGraphicsScene that observes a `Document` and mirrors the shared `Selection`.

The scene never changes the model itself: gestures build undo commands and push them; the
document's change signals then come back here and the scene updates only the items an edit
concerns (one card's content; the cards of the one or two cells a move touched; the lanes
below a lane that grew). Only `Document.reset` rebuilds everything. Geometry comes from
`cxmapper.layout`, kept current incrementally with `MapLayout.update_cells`.

Depends on the document, commands, selection, layout and theme; never on `cxmapper.ui`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from cxmapper import commands
from cxmapper.canvas import labels
from cxmapper.canvas.interactions import DragMoveInteraction, InlineTitleEdit, Interaction, RubberBandInteraction
from cxmapper.canvas.items import (
    CardItem,
    CellItem,
    DropIndicatorItem,
    ExperienceBandItem,
    LaneHeaderItem,
    LaneItem,
    MapItem,
    RubberBandItem,
    StageColumnItem,
    StageHeaderItem,
)
from cxmapper.canvas.list_entry import InsertionPoint, start_new_card
from cxmapper.canvas.navigation import (
    Direction,
    first_card,
    in_reading_order,
    keyboard_move,
    last_card,
    neighbour,
    reading_order,
)
from cxmapper.canvas.pages import CellPages
from cxmapper.canvas.style import CanvasColors, colors, system_is_dark
from cxmapper.document import Document
from cxmapper.layout import (
    DEFAULT_METRICS,
    Cell,
    CurvePoint,
    LayoutChange,
    MapLayout,
    Metrics,
    card_offset,
    compute_layout,
)
from cxmapper.model.project import Lane, Stage, Touchpoint
from cxmapper.model.vocab import Phase
from cxmapper.selection import Selection


class MapScene(QGraphicsScene):
    """The journey map's items, kept in step with a `Document` (see module doc).

    Keeps ``{id: item}`` maps for cards, stage headers and columns, lanes, lane headers and
    cells. Mouse gestures are delegated to one `Interaction` object at a time.

    Signals:
        card_activated(str): a card was double-clicked or Enter was pressed on it (its id);
            the inline title editor opens at the same time.
        header_activated(str, str): a stage or lane header was double-clicked ("stage" or
            "lane", its id); the main window offers to rename it.
    """

    card_activated = Signal(str)
    header_activated = Signal(str, str)

    def __init__(
        self, document: Document, selection: Selection, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapScene")
        # Cards live in cell containers that declare ItemContainsChildrenInShape, so a
        # recursive walk from ~30 top-level items is cheaper than keeping a BSP tree current
        # while whole lanes of cards shift (see the move cases of benchmarks/window.py).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._document = document
        self._selection = selection
        self._undo_stack = undo_stack
        self._metrics: Metrics = DEFAULT_METRICS
        self._dark_override: bool | None = None
        self._colors = colors(system_is_dark())
        self._cards: dict[str, CardItem] = {}
        #: Cards drawn as conflicting after a merge (set by the team feature).
        self.conflicted: frozenset[str] = frozenset()
        self._headers: dict[str, StageHeaderItem] = {}
        self._columns: dict[str, StageColumnItem] = {}
        self._lanes: dict[str, LaneItem] = {}
        self._lane_headers: dict[str, LaneHeaderItem] = {}
        self._cells: dict[Cell, CellItem] = {}
        #: The cards of each cell, grouped in pages that move as one (see `cxmapper.canvas.pages`).
        self._pages: dict[Cell, CellPages] = {}
        self._tp_index: dict[str, Touchpoint] = {}
        self._stages: dict[str, Stage] = {}
        self._lanes_by_id: dict[str, Lane] = {}
        self._interaction: Interaction | None = None
        self._editor: InlineTitleEdit | None = None
        self._syncing_selection = False
        self._selected_stage: str | None = None
        self._selected_lane: str | None = None
        self._drop_cell: CellItem | None = None
        self._lifted: set[str] = set()
        self._shown: set[str] | None = None
        #: How many items had their position or size changed by document edits (for tests
        #: and the benchmark: an edit must touch only what it concerns).
        self.reposition_count = 0
        self._layout: MapLayout = compute_layout(document.project, self._metrics)

        self._band = ExperienceBandItem()
        self.addItem(self._band)
        self.drop_indicator = DropIndicatorItem()
        self.addItem(self.drop_indicator)
        self.rubber_band = RubberBandItem()
        self.addItem(self.rubber_band)
        self.setBackgroundBrush(self._colors.background)

        document.touchpoint_added.connect(self._on_touchpoint_added)
        document.touchpoint_removed.connect(self._on_touchpoint_removed)
        document.touchpoint_moved.connect(self._on_touchpoint_moved)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        for signal in (
            document.stage_added,
            document.stage_removed,
            document.stage_moved,
            document.lane_added,
            document.lane_removed,
            document.lane_moved,
        ):
            signal.connect(self._on_grid_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.lane_changed.connect(self._on_lane_changed)
        document.reset.connect(self._on_reset)
        selection.changed.connect(self._on_selection_changed)
        self.selectionChanged.connect(self._on_scene_selection_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self._rebuild()
        #: Where Add Card puts a card when none is selected (the cell last clicked).
        self.insertion = InsertionPoint(self)

    # -- read access for items, gestures and the view -------------------------------------------

    @property
    def document(self) -> Document:
        """The document this scene shows."""
        return self._document

    @property
    def selection(self) -> Selection:
        """The shared selection the scene mirrors."""
        return self._selection

    @property
    def undo_stack(self) -> QUndoStack:
        """Where gestures push their commands."""
        return self._undo_stack

    @property
    def layout(self) -> MapLayout:
        """The current geometry (kept up to date after every edit)."""
        return self._layout

    @property
    def metrics(self) -> Metrics:
        """Card and grid sizes."""
        return self._metrics

    @property
    def colors(self) -> CanvasColors:
        """The palette items paint with."""
        return self._colors

    def touchpoint(self, tp_id: str) -> Touchpoint | None:
        """The live touchpoint with this id, in O(1) (items call this at paint time)."""
        return self._tp_index.get(tp_id)

    def phase_of(self, stage_id: str) -> Phase:
        """The phase of a stage (which colour its cards and header take)."""
        stage = self._stages.get(stage_id)
        return stage.phase if stage is not None else Phase.BEFORE

    def has_stage(self, stage_id: str) -> bool:
        """Whether the stage exists (items being removed may still be asked to paint)."""
        return stage_id in self._stages

    def has_lane(self, lane_id: str) -> bool:
        """Whether the lane exists."""
        return lane_id in self._lanes_by_id

    def set_conflicted(self, ids: Iterable[str]) -> None:
        """Mark the cards that carry unresolved merge conflicts; only cards whose mark changed repaint."""
        new = frozenset(ids)
        changed = new ^ self.conflicted
        self.conflicted = new
        for tp_id in changed:
            card = self._cards.get(tp_id)
            if card is not None:
                card.update()

    def card_item(self, tp_id: str) -> CardItem | None:
        """The item showing a card."""
        return self._cards.get(tp_id)

    def card_items(self) -> dict[str, CardItem]:
        """All card items by touchpoint id (a copy of the map)."""
        return dict(self._cards)

    def header_item(self, stage_id: str) -> StageHeaderItem | None:
        """The header of a stage column."""
        return self._headers.get(stage_id)

    def column_item(self, stage_id: str) -> StageColumnItem | None:
        """The body of a stage column."""
        return self._columns.get(stage_id)

    def lane_item(self, lane_id: str) -> LaneItem | None:
        """The row container of a lane."""
        return self._lanes.get(lane_id)

    def lane_header_item(self, lane_id: str) -> LaneHeaderItem | None:
        """The header of a lane."""
        return self._lane_headers.get(lane_id)

    def cell_item(self, cell: Cell) -> CellItem | None:
        """The container of a cell's cards."""
        return self._cells.get(cell)

    def band_item(self) -> ExperienceBandItem:
        """The experience band."""
        return self._band

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The topmost card under a scene point (cards being dragged included)."""
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def target_at(self, pos: QPointF) -> tuple[str, str]:
        """What is under a scene point, as (kind, id): card, stage, lane or ("empty", "")."""
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return ("card", item.tp_id)
            if isinstance(item, StageHeaderItem):
                return ("stage", item.stage_id)
            if isinstance(item, LaneHeaderItem):
                return ("lane", item.lane_id)
        return ("empty", "")

    def cards_in(self, rect: QRectF) -> list[str]:
        """Ids of the cards a rubber band touches, in reading order."""
        return in_reading_order(self._layout, {item.tp_id for item in self.items(rect) if isinstance(item, CardItem)})

    # -- filter: faded cards, and the curve of the cards shown ------------------------------------

    def set_shown(self, ids: Collection[str] | None) -> None:
        """Fade every card not in ``ids`` (a filter's matches); None shows every card in full.

        Faded cards keep their place, so the map keeps its shape; the experience band draws
        only the cards shown. Whoever filters calls this again after edits (new cards).
        """
        self._shown = None if ids is None else set(ids)
        for tp_id, item in self._cards.items():
            item.set_dimmed(self._shown is not None and tp_id not in self._shown)
        self._band.refresh()

    def is_dimmed(self, tp_id: str) -> bool:
        """Whether a card is faded by the filter."""
        return self._shown is not None and tp_id not in self._shown

    def curve_points(self) -> list[CurvePoint]:
        """The curve's points for the cards shown (each stays where the full curve puts it)."""
        if self._shown is None:
            return self._layout.curve
        return [p for p in self._layout.curve if p.tp_id in self._shown]

    def curve_averages(self) -> list[CurvePoint]:
        """Each stage's average over the cards shown: what the filtered curve says per stage."""
        if self._shown is None:
            return self._layout.stage_averages
        sums: dict[str, list[float]] = {}
        for p in self.curve_points():
            sums.setdefault(p.stage_id or "", []).append(p.score)
        out: list[CurvePoint] = []
        for stage_id in self._layout.stage_ids:
            scores = sums.get(stage_id)
            if scores:
                col = self._layout.columns[stage_id]
                avg = sum(scores) / len(scores)
                out.append(CurvePoint(col.x + col.w / 2, self._layout.score_y(avg), avg, stage_id=stage_id))
        return out

    # -- palette ---------------------------------------------------------------------------------

    def set_dark(self, dark: bool | None) -> None:
        """Force the dark (True) or light (False) palette, or follow the system (None)."""
        self._dark_override = dark
        self.refresh_palette()

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.refresh_palette()

    def refresh_palette(self) -> None:
        """Re-read the system colour scheme (after a palette change) and repaint every item."""
        dark = self._dark_override if self._dark_override is not None else system_is_dark()
        if dark == self._colors.dark:
            return
        self._colors = colors(dark)
        self.setBackgroundBrush(self._colors.background)
        for item in self.items():
            item.update()

    # -- gestures --------------------------------------------------------------------------------

    def begin_interaction(self, interaction: Interaction) -> None:
        """Make ``interaction`` receive the mouse until it finishes (cancelling any other)."""
        if self._interaction is not None and self._interaction is not interaction:
            self._interaction.cancel()
        self._interaction = interaction

    def end_interaction(self, interaction: Interaction) -> None:
        """Called by an interaction when its gesture is over."""
        if self._interaction is interaction:
            self._interaction = None

    def interaction(self) -> Interaction | None:
        """The gesture in progress, if any."""
        return self._interaction

    def cancel_interaction(self) -> bool:
        """Abort the gesture in progress (Escape); return whether there was one."""
        if self._interaction is None:
            return False
        self._interaction.cancel()
        self._interaction = None
        return True

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Start the gesture that fits what is under the pointer."""
        if self._editor is not None:
            if self._editor.contains(event.scenePos()):
                super().mousePressEvent(event)
                return
            self._editor.commit()
        if event.button() != Qt.MouseButton.LeftButton:
            if event.button() == Qt.MouseButton.RightButton:
                event.accept()  # the view raises context_menu_requested
                return
            super().mousePressEvent(event)
            return
        kind, target = self.target_at(event.scenePos())
        if kind == "card":
            card = self._cards[target]
            self.begin_interaction(DragMoveInteraction(self, card, event))
        elif kind == "stage":
            self._selection.set_stage(target)
        elif kind == "lane":
            self._selection.set_lane(target)
        else:
            self.begin_interaction(RubberBandInteraction(self, event))
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Feed the gesture in progress; otherwise Qt's hover handling."""
        if self._interaction is not None:
            self._interaction.mouse_move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """End the gesture in progress."""
        if self._interaction is not None:
            self._interaction.mouse_release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # the press was ours (a header click): so is its release

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Double-clicking a card opens its title editor; on empty cell space, a new card's."""
        if self._editor is not None and self._editor.contains(event.scenePos()):
            super().mouseDoubleClickEvent(event)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            card = self.card_at(event.scenePos())
            if card is not None:
                self.activate(card.tp_id)
                event.accept()
                return
            kind, target = self.target_at(event.scenePos())
            if kind in ("stage", "lane"):
                self.mousePressEvent(event)  # selects it, as a single click does
                self.header_activated.emit(kind, target)
                return
            pos = event.scenePos()
            cell = self._layout.hit_cell(pos.x(), pos.y())
            if cell is not None:
                index = self._layout.insertion_index(cell, pos.y(), self._layout.cell_view(cell))
                start_new_card(self, cell, index)
                event.accept()
                return
        self.mousePressEvent(event)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips that depend on where on the item the pointer is (marks, curve points)."""
        text = ""
        for item in self.items(event.scenePos()):
            if isinstance(item, CardItem | ExperienceBandItem):
                text = item.tooltip_at(item.mapFromScene(event.scenePos()))
            elif isinstance(item, StageHeaderItem):
                text = item.tooltip()
            elif isinstance(item, LaneHeaderItem):
                lane = self._lanes_by_id.get(item.lane_id)
                text = labels.tr("Lane “%s”") % lane.name if lane is not None else ""
            else:
                continue
            break
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.accept()
        else:
            QToolTip.hideText()
            event.ignore()

    # -- editing entry points (keyboard and the main window) ------------------------------------

    def activate(self, tp_id: str) -> None:
        """Emit `card_activated` and open the inline title editor on the card."""
        if tp_id not in self._cards:
            return
        if self._selection.touchpoints != [tp_id] and tp_id not in self._selection.touchpoints:
            self._selection.set_touchpoints([tp_id])
        self.card_activated.emit(tp_id)
        self.edit_title(tp_id)

    def edit_title(
        self, tp_id: str, editor: Callable[[MapScene, CardItem], InlineTitleEdit] = InlineTitleEdit
    ) -> InlineTitleEdit | None:
        """Open the inline title editor on a card (closing any other first).

        ``editor`` makes the editor (a new card's one behaves differently on Enter and Escape).
        """
        card = self._cards.get(tp_id)
        if card is None:
            return None
        if self._editor is not None:
            self._editor.commit()
        self.cancel_interaction()
        if tp_id not in self._cards:  # closing the other editor removed this card
            return None
        self._editor = editor(self, self._cards[tp_id])
        return self._editor

    def editor(self) -> InlineTitleEdit | None:
        """The open inline editor, if any."""
        return self._editor

    def editor_closed(self, editor: InlineTitleEdit) -> None:
        """Called by the inline editor when it commits or cancels."""
        if self._editor is editor:
            self._editor = None

    def select_cards(self, ids: Iterable[str]) -> None:
        """Select these cards (through the shared selection)."""
        self._selection.set_touchpoints([i for i in ids if i in self._cards])

    def select_neighbour(self, direction: Direction, extend: bool = False) -> str | None:
        """Arrow keys: select the next card that way (Shift adds it); return its id."""
        current = self._selection.current
        target = first_card(self._layout) if current is None else neighbour(self._layout, current, direction)
        if target is None:
            return None
        if extend:
            self._selection.set_touchpoints([*(i for i in self._selection.touchpoints if i != target), target])
        else:
            self._selection.set_touchpoints([target])
        return target

    def select_first(self) -> str | None:
        """Home: select the first card of the map."""
        target = first_card(self._layout)
        if target is not None:
            self._selection.set_touchpoints([target])
        return target

    def select_last(self) -> str | None:
        """End: select the last card of the map."""
        target = last_card(self._layout)
        if target is not None:
            self._selection.set_touchpoints([target])
        return target

    def move_current(self, direction: Direction) -> bool:
        """Ctrl+arrow: move the current card one place (one `MoveTouchpoint`)."""
        current = self._selection.current
        if current is None:
            return False
        placement = keyboard_move(self._layout, current, direction)
        if placement is None:
            return False
        self._undo_stack.push(commands.MoveTouchpoint(self._document, *placement))
        return True

    def delete_selected(self) -> bool:
        """Delete the selected cards as one undo step; select a neighbour for the keyboard."""
        ids = [i for i in self._selection.touchpoints if i in self._cards]
        if not ids:
            return False
        order = reading_order(self._layout)
        gone = set(ids)
        after = [i for i in order[order.index(ids[-1]) + 1 :] if i not in gone]
        before = [i for i in order[: order.index(ids[-1])] if i not in gone]
        parent = commands.macro(labels.tr("Delete %n cards", None, len(ids)))
        children = [commands.DeleteTouchpoint(self._document, tp_id, parent) for tp_id in ids]
        if len(children) == 1:
            parent.setText(children[0].text())
        self._undo_stack.push(parent)
        follow = after[0] if after else (before[-1] if before else None)
        if follow is not None:
            self._selection.set_touchpoints([follow])
        return True

    # -- drop feedback (shared by drag-move and catalogue drops) --------------------------------

    def show_drop_target(self, cell: Cell | None, index: int = 0, exclude: Iterable[str] = ()) -> None:
        """Highlight ``cell`` and put the insertion line before its ``index``-th card.

        ``exclude`` lists cards being dragged: they do not count as positions.
        """
        item = self._cells.get(cell) if cell is not None else None
        if item is not self._drop_cell:
            if self._drop_cell is not None:
                self._drop_cell.set_drop_target(False)
            if item is not None:
                item.set_drop_target(True)
            self._drop_cell = item
        if cell is None or item is None:
            self.drop_indicator.hide()
            return
        m = self._metrics
        skip = set(exclude)
        others = [tp.id for tp in self._layout.cell_view(cell) if tp.id not in skip]
        rect = self._layout.cells[cell]
        if index < len(others):
            y = self._layout.cards[others[index]].y - m.card_gap / 2
        elif others:
            y = self._layout.cards[others[-1]].bottom + m.card_gap / 2
        else:
            y = rect.y + m.cell_pad - m.card_gap / 2
        y = max(y, rect.y + 4)
        self.drop_indicator.show_line(rect.x + m.cell_pad, rect.x + m.cell_pad + m.card_w, y, self._colors.selection)

    def hide_drop_target(self) -> None:
        """Remove the drop highlight and insertion line."""
        self.show_drop_target(None)

    def lift_cards(self, ids: Iterable[str]) -> list[CardItem]:
        """Take cards out of their cells for a drag: top-level, above everything, same place.

        Lifted cards are left alone by document updates until `restore_card` puts them back.
        """
        lifted = []
        for tp_id in ids:
            item = self._cards.get(tp_id)
            if item is None:
                continue
            pos = item.scenePos()
            item.setParentItem(None)  # type: ignore[arg-type]  # None detaches; the stub is too strict
            item.setPos(pos)
            item.setZValue(80)  # above the drop indicator (60)
            item.set_lifted(True)
            self._lifted.add(tp_id)
            lifted.append(item)
        return lifted

    def restore_card(self, tp_id: str) -> None:
        """Put a card item back in its cell at its layout position (after a drag)."""
        self._lifted.discard(tp_id)
        item = self._cards.get(tp_id)
        if item is None or tp_id not in self._layout.cards:
            return
        key, index = self._layout.cards.slot(tp_id)
        item.setZValue(0)
        item.set_lifted(False)
        if not self._pages[key].place(item, index, self._repaint_where_drawn):
            self._sync_cell(key, 0, None)

    # -- document observers ------------------------------------------------------------------

    def _on_touchpoint_added(self, tp_id: str) -> None:
        tp = self._document.project.touchpoint(tp_id)
        self._tp_index[tp_id] = tp
        key = (tp.stage_id, tp.lane_id)
        self._cards[tp_id] = CardItem(tp_id, self._metrics)
        self._apply(self._layout.update_cells(self._document.project, [key], entered=[tp]), [key])

    def _on_touchpoint_removed(self, tp_id: str) -> None:
        if self._editor is not None and self._editor.tp_id == tp_id:
            self._editor.cancel()
        item = self._cards.pop(tp_id, None)
        self._tp_index.pop(tp_id, None)
        key = self._layout.cards.slot(tp_id)[0] if tp_id in self._layout.cards else None
        if item is not None:
            self._remove_quietly(item)
        if key is not None:
            self._apply(self._layout.update_cells(self._document.project, [key], entered=[], left=[tp_id]), [key])
        self._selection.discard([tp_id])

    def _remove_quietly(self, item: QGraphicsItem) -> None:
        """Remove an item without echoing Qt's selection change back into the `Selection`.

        The document said what went away; the selection is told once (`Selection.discard`),
        not recomputed from the scene per removed card.
        """
        self._syncing_selection = True
        try:
            self.removeItem(item)
        finally:
            self._syncing_selection = False

    def _on_touchpoint_moved(self, tp_id: str) -> None:
        tp = self._tp_index[tp_id]
        old = self._layout.cards.slot(tp_id)[0]
        cells = {old, (tp.stage_id, tp.lane_id)}
        self._apply(self._layout.update_cells(self._document.project, cells, entered=[tp]), cells)
        item = self._cards.get(tp_id)
        if item is not None and old[0] != tp.stage_id:
            # Its accent stripe follows the stage's phase, and a moved item keeps its
            # device-coordinate cache: redraw it, or the old phase colour stays (issue 10).
            item.update()

    def _on_touchpoint_changed(self, tp_id: str, fields: list[str]) -> None:
        item = self._cards.get(tp_id)
        if item is not None:
            item.content_changed()
        if "score" in fields:
            self._layout.scores_changed()
            self._band.refresh()

    def _on_stage_changed(self, stage_id: str, fields: list[str]) -> None:
        header = self._headers.get(stage_id)
        if header is not None:
            header.content_changed()
        column = self._columns.get(stage_id)
        if column is not None:
            column.update()
        if "phase" in fields:
            for lane_id in self._layout.lane_ids:
                for tp in self._layout.cell_cards((stage_id, lane_id)):
                    self._cards[tp.id].update()

    def _on_lane_changed(self, lane_id: str, fields: list[str]) -> None:
        header = self._lane_headers.get(lane_id)
        if header is not None:
            header.content_changed()

    def _on_grid_changed(self, _item_id: str) -> None:
        """A stage or lane was added, removed or reordered: relayout, keep every card item."""
        project = self._document.project
        self._stages = {s.id: s for s in project.stages}
        self._lanes_by_id = {lane.id: lane for lane in project.lanes}
        self._layout = compute_layout(project, self._metrics)
        self._sync_items()
        self._sync_geometry()

    def _on_reset(self) -> None:
        self._rebuild()

    # -- building and placing items ----------------------------------------------------------

    def _rebuild(self) -> None:
        """Create every item from scratch (a newly opened project)."""
        if self._editor is not None:
            self._editor.cancel()
        self.cancel_interaction()
        self._drop_cell = None
        for tp_id in self._lifted:
            lifted = self._cards.get(tp_id)
            if lifted is not None and lifted.scene() is self:
                self._remove_quietly(lifted)
        self._lifted.clear()
        for item in [*self._columns.values(), *self._headers.values(), *self._lanes.values()]:
            self._remove_quietly(item)
        self._columns.clear()
        self._headers.clear()
        self._lanes.clear()
        self._lane_headers.clear()
        self._cells.clear()
        self._pages.clear()
        self._cards.clear()
        project = self._document.project
        self._tp_index = {tp.id: tp for tp in project.touchpoints}
        self._stages = {s.id: s for s in project.stages}
        self._lanes_by_id = {lane.id: lane for lane in project.lanes}
        self._layout = compute_layout(project, self._metrics)
        self._sync_items()
        self._sync_geometry()
        sel = self._selection
        stale = [i for i in sel.touchpoints if i not in self._cards]
        stale += [i for i in (sel.stage,) if i is not None and i not in self._stages]
        stale += [i for i in (sel.lane,) if i is not None and i not in self._lanes_by_id]
        sel.discard(stale)
        self._on_selection_changed()

    def _sync_items(self) -> None:
        """Create items for new stages, lanes, cells and cards; drop those that are gone."""
        layout = self._layout
        m = self._metrics
        grid_x = m.lane_header_w
        for stage_id in layout.stage_ids:
            if stage_id not in self._columns:
                column = StageColumnItem(stage_id, m.header_h)
                self.addItem(column)
                self._columns[stage_id] = column
                header = StageHeaderItem(stage_id)
                self.addItem(header)
                self._headers[stage_id] = header
        for lane_id in layout.lane_ids:
            if lane_id not in self._lanes:
                lane = LaneItem(lane_id, grid_x)
                self.addItem(lane)
                self._lanes[lane_id] = lane
                self._lane_headers[lane_id] = LaneHeaderItem(lane_id, lane)
        slot = QRectF(*card_offset(0, m), m.card_w, m.card_h)
        card_bounds = CardItem.bounds(m)
        for key in layout.cells:
            if key not in self._cells:
                cell = self._cells[key] = CellItem(key, slot, self._lanes[key[1]])
                x, top = card_offset(0, m)
                self._pages[key] = CellPages(cell, x, top, m.card_h + m.card_gap, card_bounds)
        # Gone cells are empty (a stage or lane is deleted after its cards); a cell of a gone
        # lane leaves with its lane container below.
        for key in [k for k in self._cells if k not in layout.cells]:
            cell = self._cells.pop(key)
            self._pages.pop(key).clear(None)
            if key[1] in self._lanes_by_id:
                self.removeItem(cell)
        for stage_id in [s for s in self._columns if s not in self._stages]:
            self.removeItem(self._columns.pop(stage_id))
            self.removeItem(self._headers.pop(stage_id))
        for lane_id in [ln for ln in self._lanes if ln not in self._lanes_by_id]:
            self._lane_headers.pop(lane_id)
            self.removeItem(self._lanes.pop(lane_id))
        slots = layout.cards
        for tp_id in slots:
            if tp_id not in self._cards:
                self._cards[tp_id] = CardItem(tp_id, m)  # its cell's pages take it in
        for tp_id in [t for t in self._cards if t not in slots]:
            self._remove_quietly(self._cards.pop(tp_id))

    def _place(self, item: QGraphicsItem, x: float, y: float) -> None:
        """Move an item if (and only if) its position differs; count real moves."""
        pos = item.pos()
        if pos.x() != x or pos.y() != y:
            item.setPos(x, y)
            if self._off_the_pixel_grid(x - pos.x(), y - pos.y()):
                self._drop_caches(item)
            self.reposition_count += 1

    def _off_the_pixel_grid(self, dx: float, dy: float) -> bool:
        """Whether a move by (dx, dy) scene units is a fraction of a device pixel in some view.

        Qt blits a device-coordinate cache at whole pixels: an item moved by a fractional
        number of pixels would show its old rendering up to a pixel off, so its text jumps
        when it is next repainted afresh (issue 10). At 100 % every move is whole pixels
        and the caches are kept.
        """
        for scale in self._view_scales():
            ddx, ddy = dx * scale, dy * scale
            if abs(ddx - round(ddx)) > 1e-6 or abs(ddy - round(ddy)) > 1e-6:
                return True
        return False

    def _view_scales(self) -> list[float]:
        """The zoom of each view (scene units to device pixels)."""
        return [view.transform().m11() * view.devicePixelRatioF() for view in self.views()]

    @staticmethod
    def _drop_caches(item: QGraphicsItem) -> None:
        """Re-render the cached item (and the cached items inside a container) on its next paint.

        A cell holds its cards through pages, so the walk goes down every container level.
        """
        todo = [item]
        while todo:
            current = todo.pop()
            if current.cacheMode() != QGraphicsItem.CacheMode.NoCache:
                current.update()
            else:
                todo.extend(current.childItems())

    def _resize(self, item: MapItem, w: float, h: float) -> None:
        if item.set_size(w, h):
            self.reposition_count += 1

    def _place_lane(self, lane_id: str, cells_too: bool = True) -> None:
        """Place a lane container; its header and cells too unless it only moved.

        Cells are positioned relative to their lane, so a lane that just moved down (one
        further up grew) needs nothing but its own new position.
        """
        layout = self._layout
        rect = layout.lanes[lane_id]
        lane = self._lanes[lane_id]
        self._place(lane, rect.x, rect.y)
        lane.set_last(lane_id == layout.lane_ids[-1])
        resized = lane.set_size(rect.w, rect.h)
        if resized:
            self.reposition_count += 1
        if not (resized or cells_too):
            return
        self._resize(self._lane_headers[lane_id], layout.lane_headers[lane_id].w, rect.h)
        for stage_id in layout.stage_ids:
            cell_rect = layout.cells[(stage_id, lane_id)]
            cell = self._cells[(stage_id, lane_id)]
            self._place(cell, cell_rect.x - rect.x, 0)
            self._resize(cell, cell_rect.w, cell_rect.h)

    def _repaint_where_drawn(self, item: CardItem) -> None:
        """Repaint where a card is drawn before it moves into another page or cell.

        Cells and pages declare ``ItemContainsChildrenInShape``, and Qt clips a child's
        repaints to its container: once the card belongs to its new container, the repaint
        of the place it left (another cell, another lane) would be clipped away, leaving a
        ghost of the card there (issue 10). The scene repaints that one rectangle itself.
        """
        if item.scene() is self:
            self.update(item.sceneBoundingRect())
            # It lands at another place of another container: at a zoom where that is
            # between device pixels, its cache must be drawn again (see _off_the_pixel_grid).
            if any(abs(scale - round(scale)) > 1e-9 for scale in self._view_scales()):
                item.update()

    def _sync_cell(self, key: Cell, start: int, drop_caches: Callable[[QGraphicsItem], None] | None) -> None:
        """Bring one cell's pages in step with the layout from position ``start`` down."""
        cell_of = self._layout.cards.cell_of
        slot = self._layout.cards.slot

        def position(tp: Touchpoint) -> int | None:
            return slot(tp.id)[1] if cell_of(tp.id) == key else None

        order = self._layout.cell_view(key)
        pages = self._pages[key]
        self.reposition_count += pages.sync(
            order, start, self._cards, self._lifted, position, self._repaint_where_drawn, drop_caches
        )

    def _place_frame(self) -> None:
        """Columns, headers, band and scene rectangle (what depends on the grid's height)."""
        layout = self._layout
        m = self._metrics
        for stage_id in layout.stage_ids:
            col = layout.columns[stage_id]
            self._place(self._columns[stage_id], col.x, col.y)
            self._resize(self._columns[stage_id], col.w, col.h)
            head = layout.headers[stage_id]
            self._place(self._headers[stage_id], head.x, head.y)
            self._resize(self._headers[stage_id], head.w, head.h)
        band = layout.band
        self._place(self._band, m.margin, band.y)
        self._band.set_size(band.right - m.margin, band.h)
        self._band.set_plot_x(band.x - m.margin)
        self._band.refresh()
        # A little slack below the map (2 % of its height) so that a lane growing by a card
        # does not change the scroll range on every drop: re-laying out the scroll bars costs
        # more than the rest of the update on a big map.
        slack = round(layout.height * 0.02)
        rect = self.sceneRect()
        if rect.width() != layout.width or not layout.height <= rect.height() <= layout.height + 2 * slack:
            self.setSceneRect(QRectF(0, 0, layout.width, layout.height + slack))

    def _sync_geometry(self) -> None:
        """Place every item from the layout (after a rebuild or a stage/lane change)."""
        for key, cell in self._cells.items():
            cell.set_empty(not self._layout.cell_view(key))
        for lane_id in self._layout.lane_ids:
            self._place_lane(lane_id)
        drop = self._drop_caches if self._step_off_the_pixel_grid() else None
        for key in self._cells:
            self._sync_cell(key, 0, drop)
        for pages in self._pages.values():
            pages.prune(self)
        self._place_frame()

    def _step_off_the_pixel_grid(self) -> bool:
        """Whether one card's step down a cell is a fraction of a device pixel in some view.

        Pages and the cards in them only ever move by whole steps, so this decides for all of
        them at once (at 125 % or 150 % a step is whole pixels and every cache is kept).
        """
        return self._off_the_pixel_grid(0, self._metrics.card_h + self._metrics.card_gap)

    def _apply(self, change: LayoutChange, cells_touched: Iterable[Cell]) -> None:
        """Reposition what one incremental layout update says moved, nothing else.

        Each changed cell re-places its cards from the first changed position down, as pages
        (see `cxmapper.canvas.pages`): a drop moves a few dozen items, not every card below it.
        """
        for key in cells_touched:
            self._cells[key].set_empty(not self._layout.cell_view(key))
        # At a zoom where a step down the cell lands between device pixels, moved cards must
        # re-render their device-coordinate caches (see _off_the_pixel_grid).
        drop = self._drop_caches if change.shifted and self._step_off_the_pixel_grid() else None
        step = self._metrics.card_h + self._metrics.card_gap
        for key, start in change.shifted.items():
            self._sync_cell(key, start, drop)
            # Repaint the cell from the first changed place down, in one rectangle. Qt's own
            # erase of where a moved card was did not always happen: after a redo, a card
            # that slid up also stayed drawn where it had been (issue 10; tests/test_pixels.py
            # saw it when run after other GUI tests). The rectangle covers the cards' own
            # repaints.
            cell = self._cells[key]
            top = self._pages[key].top + start * step
            r = cell.rect()
            cell.update(QRectF(0, top - 10, r.width(), max(0.0, r.height() - top + 10)))
        for key in change.shifted:
            self._pages[key].prune(self)
        for lane_id in change.lanes:
            self._place_lane(lane_id, cells_too=False)
        if change.resized:
            self._place_frame()
        else:
            self._band.refresh()

    # -- selection mirroring -------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        """Shared selection -> item states (cards' selected flag, header highlights)."""
        wanted = set(self._selection.touchpoints)
        self._syncing_selection = True
        try:
            for item in self.selectedItems():
                if isinstance(item, CardItem) and item.tp_id not in wanted:
                    item.setSelected(False)
            for tp_id in wanted:
                card = self._cards.get(tp_id)
                if card is not None and not card.isSelected():
                    card.setSelected(True)
        finally:
            self._syncing_selection = False
        stage, lane = self._selection.stage, self._selection.lane
        if stage != self._selected_stage:
            for sid in (self._selected_stage, stage):
                header = self._headers.get(sid) if sid else None
                if header is not None:
                    header.set_selected(sid == stage)
            self._selected_stage = stage
        if lane != self._selected_lane:
            for lid in (self._selected_lane, lane):
                lane_header = self._lane_headers.get(lid) if lid else None
                if lane_header is not None:
                    lane_header.set_selected(lid == lane)
            self._selected_lane = lane

    def _on_scene_selection_changed(self) -> None:
        """Item states -> shared selection, for selection changes Qt makes on its own."""
        if self._syncing_selection:
            return
        selected = {item.tp_id for item in self.selectedItems() if isinstance(item, CardItem)}
        kept = [i for i in self._selection.touchpoints if i in selected]
        added = in_reading_order(self._layout, selected.difference(kept))
        self._selection.set_touchpoints(kept + added)

    def ensure_card_visible(self, tp_id: str) -> None:
        """Scroll every view so the card is visible (after keyboard navigation)."""
        item = self._cards.get(tp_id)
        if item is None:
            return
        for view in self.views():
            view.ensureVisible(item, 24, 24)
