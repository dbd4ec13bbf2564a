"""The outline dock: the map as a tree (stages > lanes > cards) that can be edited by keyboard.

This is how a screen-reader or keyboard-only user works on a map: every stage, lane and card
is a named tree item; F2 renames, Alt+Up/Down reorders, Alt+Left/Right moves a card to the
neighbouring stage, and drag and drop reorders with the mouse. Each of these pushes an undo
command; the tree itself only mirrors the document, updating the rows a signal names (no
rebuild per edit). The lane level appears only when the map has more than one lane, so a
simple map is a flat list of cards per stage. Selection is shared through `Selection`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxmapper import theme
from cxmapper.commands import EditLane, EditStage, EditTouchpoint, MoveLane, MoveStage, MoveTouchpoint, macro
from cxmapper.document import Document
from cxmapper.model.project import NAME_MAX, TITLE_MAX, Stage, Touchpoint
from cxmapper.model.vocab import Channel, Phase
from cxmapper.selection import Selection
from cxmapper.ui.icons import action_icon, channel_icon
from cxmapper.ui.labels import channel_label, phase_label, score_label, short_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STAGE_ROLE = Qt.ItemDataRole.UserRole + 3

STAGE, LANE, CARD = "stage", "lane", "touchpoint"

# Up to this many cards the outline opens fully expanded; a bigger map opens with its stages
# (and lanes) showing, and a cell's cards appear when one of them is selected or it is opened.
EXPAND_ALL_MAX = 5_000

_CARD_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)


@cache
def _phase_dot(phase: Phase) -> QIcon:
    """The phase's coloured dot (made once per phase: every move re-describes two stages)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.PHASE_COLORS[phase][0]))
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class _RenameDelegate(QStyledItemDelegate):
    """Commits an in-place rename as a callback (an undo command) instead of writing the model."""

    def __init__(self, on_renamed: Callable[[QModelIndex | QPersistentModelIndex, str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._on_renamed = on_renamed

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        """A line edit limited to what the file format allows."""
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(TITLE_MAX if index.data(KIND_ROLE) == CARD else NAME_MAX)
        return editor

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Push a rename; the document's signal then updates the row."""
        del model
        if isinstance(editor, QLineEdit):
            self._on_renamed(index, editor.text())


class OutlineTree(QTreeView):
    """The tree view: keyboard moves and drops become requests the dock turns into commands.

    Signals:
        move_requested(int, int): Alt+arrow pressed; (vertical step, horizontal step).
        dropped(list, QModelIndex, int): rows (persistent indexes) dropped on an index at a
            drop-indicator position (`QAbstractItemView.DropIndicatorPosition` as int).
    """

    move_requested = Signal(int, int)
    dropped = Signal(list, QModelIndex, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAnimated(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Up/Down reorder, Alt+Left/Right move a card across stages."""
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            step = {
                Qt.Key.Key_Up: (-1, 0),
                Qt.Key.Key_Down: (1, 0),
                Qt.Key.Key_Left: (0, -1),
                Qt.Key.Key_Right: (0, 1),
            }.get(Qt.Key(event.key()))
            if step is not None:
                self.move_requested.emit(*step)
                event.accept()
                return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Turn an internal drop into a request; the model is never changed by the view itself."""
        if event.source() is not self:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        rows = [QPersistentModelIndex(i) for i in self.selectionModel().selectedIndexes()]
        position = self.dropIndicatorPosition()
        # Copy, not Move: a Move result would make the view delete the dragged rows itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.dropped.emit(rows, QModelIndex(target), int(position.value))


class OutlineDock(QDockWidget):
    """Dock holding the outline tree (see module docstring)."""

    def __init__(
        self, document: Document, selection: Selection, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outlineDock")
        self.setWindowTitle(self.tr("Outline"))
        self.setAccessibleName(self.tr("Map outline"))
        self.setAccessibleDescription(
            self.tr(
                "Stages, lanes and cards of the map. F2 renames, Alt+Up and Alt+Down reorder, "
                "Alt+Left and Alt+Right move a card to the neighbouring stage."
            )
        )
        self._doc = document
        self._selection = selection
        self._stack = undo_stack
        self._syncing = 0  # >0 while the tree is being changed from the document or Selection
        self._stage_items: dict[str, QStandardItem] = {}
        self._cell_items: dict[tuple[str, str], QStandardItem] = {}
        self._tp_items: dict[str, QStandardItem] = {}
        self._lanes_shown = False
        self._filter: set[str] | None = None
        self._looks: dict[tuple[Channel, int | None, bool], tuple[QIcon, str]] = {}
        # Card rows created, taken out and inserted since the dock was made: what an edit
        # costs, in rows (a move must touch one row, not its cell; see tests/test_scale.py).
        self.rows_built = 0
        self.rows_taken = 0
        self.rows_inserted = 0

        self.model = QStandardItemModel(self)
        self.model.setObjectName("outlineModel")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 0, 0)
        self.tree = OutlineTree(body)
        self.tree.setObjectName("outlineTree")
        self.tree.setAccessibleName(self.tr("Map outline"))
        self.tree.setAccessibleDescription(self.accessibleDescription())
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(_RenameDelegate(self._on_renamed, self.tree))
        self.tree.move_requested.connect(self._on_move_requested)
        self.tree.dropped.connect(self._on_dropped)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.setFocusProxy(self.tree)

        self.rebuild()
        document.reset.connect(self.rebuild)
        document.touchpoint_added.connect(self._on_touchpoint_added)
        document.touchpoint_removed.connect(self._on_touchpoint_removed)
        document.touchpoint_moved.connect(self._on_touchpoint_moved)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.stage_added.connect(self._on_stage_added)
        document.stage_removed.connect(self._on_stage_removed)
        document.stage_moved.connect(self._on_stage_moved)
        document.stage_changed.connect(self._on_stage_changed)
        for signal in (document.lane_added, document.lane_removed, document.lane_moved):
            signal.connect(self._on_lanes_changed)
        document.lane_changed.connect(self._on_lane_changed)
        selection.changed.connect(self._on_selection_changed)

    # -- building rows -------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Recreate every row: after opening a map and when lanes are added or removed.

        Cards are grouped into their cells in one pass over the map and each cell's rows are
        appended in one call, so opening costs one step per card (never a look-up per card).
        """
        self._syncing += 1
        try:
            self.model.clear()
            self._looks.clear()  # the language or the colour scheme may have changed since
            self._stage_items.clear()
            self._cell_items.clear()
            self._tp_items.clear()
            project = self._doc.project
            self._lanes_shown = len(project.lanes) > 1
            cells = project.cells()
            self.model.invisibleRootItem().appendRows([self._make_stage(stage, cells) for stage in project.stages])
            if len(project.touchpoints) <= EXPAND_ALL_MAX:
                self.tree.expandAll()
            else:
                # Stages and lanes only: the tree view lays out every expanded row again after
                # each inserted or removed row, which at 50,000 cards made every move cost tens
                # of milliseconds. Selecting a card (here or on the map) opens its cell.
                if self._lanes_shown:
                    self.tree.expandToDepth(0)
        finally:
            self._syncing -= 1
        if self._filter is not None:
            self._apply_filter()
        self._on_selection_changed()

    def _make_stage(self, stage: Stage, cells: dict[tuple[str, str], list[Touchpoint]] | None = None) -> QStandardItem:
        """A stage row with its lane rows (if shown) and card rows, from ``cells`` (`Project.cells`)."""
        if cells is None:
            cells = self._doc.project.cells()
        item = QStandardItem()
        item.setData(STAGE, KIND_ROLE)
        item.setData(stage.id, ID_ROLE)
        item.setData(stage.id, STAGE_ROLE)
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        self._stage_items[stage.id] = item
        if self._lanes_shown:
            for lane in self._doc.project.lanes:
                cell = QStandardItem(lane.name)
                cell.setData(LANE, KIND_ROLE)
                cell.setData(lane.id, ID_ROLE)
                cell.setData(stage.id, STAGE_ROLE)
                cell.setIcon(action_icon("add-lane"))
                cell.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled
                )
                cell.setData(self.tr("Lane"), Qt.ItemDataRole.AccessibleDescriptionRole)
                item.appendRow(cell)
                self._cell_items[(stage.id, lane.id)] = cell
                self._fill_cell(cell, cells.get((stage.id, lane.id), []))
        else:
            self._cell_items[(stage.id, self._doc.project.lanes[0].id)] = item
            self._fill_cell(item, cells.get((stage.id, self._doc.project.lanes[0].id), []))
        self._describe_stage(stage.id)
        return item

    def _fill_cell(self, parent: QStandardItem, cards: list[Touchpoint]) -> None:
        """Append the card rows of a new, empty cell row in one model change."""
        if cards:
            self.rows_built += len(cards)
            parent.appendRows([self._make_card(tp) for tp in cards])

    def _cell_size(self, stage_id: str, lane_id: str) -> int:
        """How many cards a cell holds, from its row (the rows mirror the document)."""
        item = self._cell_items.get((stage_id, lane_id))
        return item.rowCount() if item is not None else 0

    def _stage_card_count(self, stage_id: str) -> int:
        """How many cards a stage holds, counted from its rows (one step per lane, not per card)."""
        item = self._stage_items[stage_id]
        if not self._lanes_shown:
            return item.rowCount()
        total = 0
        for row in range(item.rowCount()):
            child = item.child(row)
            if child is not None:
                total += child.rowCount()
        return total

    def _describe_stage(self, stage_id: str) -> None:
        stage = self._doc.project.stage(stage_id)
        item = self._stage_items[stage_id]
        count = self._stage_card_count(stage_id)
        item.setText(stage.name or self.tr("(unnamed stage)"))
        item.setIcon(_phase_dot(stage.phase))
        description = self.tr("Stage, {phase}, %n card(s)", "", count).format(phase=phase_label(stage.phase))
        item.setData(description, Qt.ItemDataRole.AccessibleDescriptionRole)
        item.setToolTip(description)

    def _make_card(self, tp: Touchpoint) -> QStandardItem:
        item = QStandardItem()
        item.setData(CARD, KIND_ROLE)
        item.setData(tp.id, ID_ROLE)
        item.setFlags(_CARD_FLAGS)
        self._tp_items[tp.id] = item
        self._describe_card(tp)
        return item

    def _card_look(self, tp: Touchpoint) -> tuple[QIcon, str]:
        """The icon and spoken description of a card, shared by every card that looks alike.

        A handful of (channel, score, moment of truth) combinations cover any map, so opening
        50,000 cards translates and renders each of them once, not once per card.
        """
        key = (tp.channel, tp.score, tp.moment_of_truth)
        look = self._looks.get(key)
        if look is None:
            parts = [channel_label(tp.channel), score_label(tp.score)]
            if tp.moment_of_truth:
                parts.append(self.tr("moment of truth"))
            look = self._looks[key] = (channel_icon(tp.channel), ", ".join(parts))
        return look

    def _describe_card(self, tp: Touchpoint) -> None:
        item = self._tp_items[tp.id]
        item.setText(tp.title or self.tr("(untitled card)"))
        icon, description = self._card_look(tp)
        item.setIcon(icon)
        item.setData(description, Qt.ItemDataRole.AccessibleDescriptionRole)
        item.setToolTip(description)

    def _place_card(self, tp: Touchpoint) -> None:
        """Put a card's row at its position in its cell, taking it from where it was.

        The document renumbers a cell after every insertion, removal or move, so the rows of
        the other cards keep their relative order: moving this one row is all that changes
        (one takeRow and one insertRow, whatever the size of the cell or the map).
        """
        parent = self._cell_items.get((tp.stage_id, tp.lane_id))
        item = self._tp_items.get(tp.id)
        if parent is None:
            return
        self._syncing += 1
        try:
            if item is None:
                item = self._make_card(tp)
                self.rows_built += 1
            else:
                owner = item.parent()
                if owner is parent and item.row() == tp.order:
                    return
                if owner is not None:
                    owner.takeRow(item.row())
                    self.rows_taken += 1
            parent.insertRow(min(tp.order, parent.rowCount()), item)
            self.rows_inserted += 1
            if self._filter is not None:
                self.tree.setRowHidden(item.row(), parent.index(), tp.id not in self._filter)
        finally:
            self._syncing -= 1

    @staticmethod
    def _detach(item: QStandardItem) -> None:
        owner = item.parent()
        if owner is not None:
            owner.takeRow(item.row())

    # -- document signals ------------------------------------------------------------------------------

    def _on_touchpoint_added(self, tp_id: str) -> None:
        tp = self._doc.touchpoint(tp_id)
        self._place_card(tp)
        if tp.stage_id in self._stage_items:
            self._describe_stage(tp.stage_id)
        self._restore_selection()

    def _on_touchpoint_removed(self, tp_id: str) -> None:
        item = self._tp_items.pop(tp_id, None)
        if item is None:
            return
        cell = item.parent()
        self._syncing += 1
        try:
            self._detach(item)
        finally:
            self._syncing -= 1
        stage_id = str(cell.data(STAGE_ROLE)) if cell is not None else None
        if stage_id in self._stage_items:
            self._describe_stage(stage_id)

    def _on_touchpoint_moved(self, tp_id: str) -> None:
        item = self._tp_items.get(tp_id)
        old_parent = item.parent() if item is not None else None
        old_stage = str(old_parent.data(STAGE_ROLE)) if old_parent is not None else None
        tp = self._doc.touchpoint(tp_id)
        self._place_card(tp)
        for stage_id in {tp.stage_id, old_stage}:
            if stage_id in self._stage_items:
                self._describe_stage(stage_id)
        self._restore_selection()

    def _on_touchpoint_changed(self, tp_id: str, fields: list[str]) -> None:
        if tp_id in self._tp_items and {"title", "channel", "score", "moment_of_truth"} & set(fields):
            self._describe_card(self._doc.touchpoint(tp_id))

    def _on_stage_added(self, stage_id: str) -> None:
        self._syncing += 1
        try:
            index = self._doc.project.stage_index(stage_id)
            self.model.insertRow(index, self._make_stage(self._doc.project.stage(stage_id)))
            self.tree.expand(self._stage_items[stage_id].index())
        finally:
            self._syncing -= 1

    def _on_stage_removed(self, stage_id: str) -> None:
        item = self._stage_items.pop(stage_id, None)
        for key in [k for k in self._cell_items if k[0] == stage_id]:
            del self._cell_items[key]
        if item is not None:
            self._syncing += 1
            try:
                self.model.removeRow(item.row())
            finally:
                self._syncing -= 1

    def _on_stage_moved(self, stage_id: str) -> None:
        item = self._stage_items.get(stage_id)
        if item is None:
            return
        self._syncing += 1
        try:
            self.model.takeRow(item.row())
            self.model.insertRow(self._doc.project.stage_index(stage_id), item)
            self.tree.expand(item.index())
            for row in range(item.rowCount()):
                child = item.child(row)
                if child is not None:
                    self.tree.expand(child.index())
        finally:
            self._syncing -= 1
        self._restore_selection()

    def _on_stage_changed(self, stage_id: str, fields: list[str]) -> None:
        if stage_id in self._stage_items and {"name", "phase"} & set(fields):
            self._describe_stage(stage_id)

    def _on_lanes_changed(self, lane_id: str) -> None:
        del lane_id
        self.rebuild()

    def _on_lane_changed(self, lane_id: str, fields: list[str]) -> None:
        if "name" not in fields:
            return
        name = self._doc.project.lane(lane_id).name
        for (_stage, lane), item in self._cell_items.items():
            if lane == lane_id and item.data(KIND_ROLE) == LANE:
                item.setText(name)

    # -- selection ---------------------------------------------------------------------------------------

    def _on_tree_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        if self._syncing:
            return
        indexes = self.tree.selectionModel().selectedIndexes()
        current = self.tree.currentIndex()
        cards = [str(i.data(ID_ROLE)) for i in indexes if i.data(KIND_ROLE) == CARD]
        self._syncing += 1
        try:
            if cards:
                if current.data(KIND_ROLE) == CARD and str(current.data(ID_ROLE)) in cards:
                    cur = str(current.data(ID_ROLE))
                    cards = [c for c in cards if c != cur] + [cur]
                self._selection.set_touchpoints(cards)
            elif indexes and indexes[-1].data(KIND_ROLE) == STAGE:
                self._selection.set_stage(str(indexes[-1].data(ID_ROLE)))
            elif indexes and indexes[-1].data(KIND_ROLE) == LANE:
                self._selection.set_lane(str(indexes[-1].data(ID_ROLE)))
            else:
                self._selection.clear()
        finally:
            self._syncing -= 1

    def _on_selection_changed(self) -> None:
        if self._syncing:
            return
        self._restore_selection()

    def _restore_selection(self) -> None:
        """Select the rows of the shared selection (after it changed elsewhere or rows moved)."""
        items: list[QStandardItem] = [self._tp_items[i] for i in self._selection.touchpoints if i in self._tp_items]
        if not items and self._selection.stage in self._stage_items:
            items = [self._stage_items[self._selection.stage]]
        if not items and self._selection.lane is not None:
            items = [c for (_, lane), c in self._cell_items.items() if lane == self._selection.lane][:1]
        model = self.tree.selectionModel()
        self._syncing += 1
        try:
            block = QItemSelection()
            for item in items:
                block.select(item.index(), item.index())
            model.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if items:
                model.setCurrentIndex(items[-1].index(), QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(items[-1].index())
        finally:
            self._syncing -= 1

    # -- edits -----------------------------------------------------------------------------------------

    def _on_renamed(self, index: QModelIndex | QPersistentModelIndex, text: str) -> None:
        kind, item_id = index.data(KIND_ROLE), str(index.data(ID_ROLE))
        text = " ".join(text.split())
        project = self._doc.project
        if kind == CARD and text != self._doc.touchpoint(item_id).title:
            self._stack.push(
                EditTouchpoint(self._doc, item_id, {"title": text}, text=self.tr("Rename “%s”") % short_text(text))
            )
        elif kind == STAGE and text and text != project.stage(item_id).name:
            self._stack.push(EditStage(self._doc, item_id, {"name": text}))
        elif kind == LANE and text and text != project.lane(item_id).name:
            self._stack.push(EditLane(self._doc, item_id, {"name": text}))

    def _on_move_requested(self, down: int, right: int) -> None:
        index = self.tree.currentIndex()
        kind, item_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        project = self._doc.project
        if kind == CARD:
            tp = self._doc.touchpoint(str(item_id))
            if right:
                i = project.stage_index(tp.stage_id) + right
                if 0 <= i < len(project.stages):
                    stage_id = project.stages[i].id
                    self._stack.push(MoveTouchpoint(self._doc, tp.id, stage_id, tp.lane_id, tp.order))
            elif 0 <= tp.order + down < self._cell_size(tp.stage_id, tp.lane_id):
                self._stack.push(MoveTouchpoint(self._doc, tp.id, tp.stage_id, tp.lane_id, tp.order + down))
        elif kind == STAGE and down:
            i = project.stage_index(str(item_id)) + down
            if 0 <= i < len(project.stages):
                self._stack.push(MoveStage(self._doc, str(item_id), i))
        elif kind == LANE and down:
            i = project.lane_index(str(item_id)) + down
            if 0 <= i < len(project.lanes):
                self._stack.push(MoveLane(self._doc, str(item_id), i))
        self.tree.setFocus()

    def _on_dropped(self, rows: list[QPersistentModelIndex], target: QModelIndex, position: int) -> None:
        """Reorder after a drag inside the tree; one undo step however many cards moved."""
        indexes = [r for r in rows if r.isValid()]
        if not indexes:
            return
        kinds = {i.data(KIND_ROLE) for i in indexes}
        above = position == QAbstractItemView.DropIndicatorPosition.AboveItem.value
        below = position == QAbstractItemView.DropIndicatorPosition.BelowItem.value
        project = self._doc.project
        if kinds == {CARD}:
            place = self._card_drop_place(target, above, below)
            if place is None:
                return
            stage_id, lane_id, order = place
            ids = [str(i.data(ID_ROLE)) for i in indexes]
            group = macro(self.tr("Move %n card(s)", "", len(ids)))
            for tp_id in ids:
                tp = self._doc.touchpoint(tp_id)
                # A card moving down inside its own cell frees a place above the target.
                if (tp.stage_id, tp.lane_id) == (stage_id, lane_id) and tp.order < order:
                    order -= 1
                MoveTouchpoint(self._doc, tp_id, stage_id, lane_id, order, group)
                order += 1
            self._stack.push(group)
        elif kinds == {STAGE} and len(indexes) == 1 and target.isValid():
            stage_id = str(indexes[0].data(ID_ROLE))
            target_stage = str(target.data(STAGE_ROLE))
            old = project.stage_index(stage_id)
            new = project.stage_index(target_stage) + (1 if below else 0)
            new -= 1 if old < new else 0
            if new != old:
                self._stack.push(MoveStage(self._doc, stage_id, new))
        elif kinds == {LANE} and len(indexes) == 1 and target.data(KIND_ROLE) in (LANE, CARD):
            lane_id = str(indexes[0].data(ID_ROLE))
            target_lane = str(target.data(ID_ROLE) if target.data(KIND_ROLE) == LANE else target.parent().data(ID_ROLE))
            old = project.lane_index(lane_id)
            new = project.lane_index(target_lane) + (1 if below and target.data(KIND_ROLE) == LANE else 0)
            new -= 1 if old < new else 0
            if new != old:
                self._stack.push(MoveLane(self._doc, lane_id, new))

    def _card_drop_place(self, target: QModelIndex, above: bool, below: bool) -> tuple[str, str, int] | None:
        """The cell and position a card dropped on ``target`` goes to, or None for nowhere."""
        if not target.isValid():
            return None
        project = self._doc.project
        kind = target.data(KIND_ROLE)
        if kind == CARD:
            tp = self._doc.touchpoint(str(target.data(ID_ROLE)))
            return tp.stage_id, tp.lane_id, tp.order + (0 if above else 1)
        stage_id = str(target.data(STAGE_ROLE))
        if kind == LANE:
            lane_id = str(target.data(ID_ROLE))
        else:
            lane_id = project.lanes[0].id
            if above and project.stage_index(stage_id) > 0:
                # Dropped just above a stage header: the end of the stage before it.
                stage_id = project.stages[project.stage_index(stage_id) - 1].id
                lane_id = project.lanes[-1].id
        return stage_id, lane_id, self._cell_size(stage_id, lane_id)

    # -- filtering and queries ---------------------------------------------------------------------------

    def set_filter(self, ids: set[str] | None) -> None:
        """Show only these cards (the find bar's matches); None shows every card again.

        Only the rows whose visibility changes are touched: each row already shows the old
        filter (rows placed later follow it too), and hiding 20,000 rows one by one on each
        search was most of the find bar's cost on a big map.
        """
        old = self._filter
        self._filter = ids
        if ids is None:
            changed = set() if old is None else self._tp_items.keys() - old  # the hidden ones
        elif old is None:
            changed = self._tp_items.keys() - ids
        else:
            changed = self._tp_items.keys() & (old ^ ids)
        for tp_id in changed:
            item = self._tp_items[tp_id]
            parent = item.parent()
            if parent is not None:
                self.tree.setRowHidden(item.row(), parent.index(), ids is not None and tp_id not in ids)

    def _apply_filter(self) -> None:
        for tp_id, item in self._tp_items.items():
            parent = item.parent()
            if parent is not None:
                hidden = self._filter is not None and tp_id not in self._filter
                self.tree.setRowHidden(item.row(), parent.index(), hidden)

    def item_for(self, kind: str, item_id: str) -> QStandardItem | None:
        """The row showing a stage or card (None if there is none)."""
        return {STAGE: self._stage_items, CARD: self._tp_items}.get(kind, {}).get(item_id)
