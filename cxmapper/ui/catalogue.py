"""The catalogue dock: typical touchpoints, grouped by phase, to drag or double-click onto the map.

A shop owner facing an empty map rarely knows where to start; the catalogue offers the usual
suspects (ads, reviews, the fitting room, the receipt e-mail...) in the map's language, so a
first map is a few double-clicks away. Entries are read from `cxmapper.model.library.catalog`.

The search finds the words people actually type ("maps", "photo", "whatsapp", "factura"):
titles, descriptions, channel names and each entry's keywords, accent- and case-insensitive.
When nothing matches, the dock says so and offers to add the typed words as a card of their
own (Enter does it), so a search is never a dead end.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxmapper import theme
from cxmapper.canvas import CATALOG_MIME
from cxmapper.commands import AddTouchpoint
from cxmapper.document import Document
from cxmapper.model.library import LANGUAGES, CatalogEntry, catalog, fold, matches, usual_control, usual_ownership
from cxmapper.model.paste import channel_from_text
from cxmapper.model.project import TITLE_MAX, Project, Touchpoint, new_id
from cxmapper.model.vocab import Channel, Phase
from cxmapper.selection import Selection
from cxmapper.ui.icons import action_icon, channel_icon, is_dark
from cxmapper.ui.labels import channel_label, phase_label, short_text

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def target_cell(project: Project, selection: Selection, phase: Phase) -> tuple[str, str]:
    """Where a catalogue entry of ``phase`` goes when added without dragging: (stage id, lane id).

    The selected stage (or the current card's stage) when it has the entry's phase, else the
    first stage of that phase; a map without such a stage gets it at the matching end (first
    stage for "before", last for "after", the middle one for "during"). The lane is the current
    card's or the selected lane, else the first.
    """
    current = project.touchpoint(selection.current) if selection.current else None
    lane_id = current.lane_id if current else (selection.lane or project.lanes[0].id)
    selected_stage = selection.stage or (current.stage_id if current else None)
    if selected_stage is not None and project.stage(selected_stage).phase == phase:
        return selected_stage, lane_id
    for stage in project.stages:
        if stage.phase == phase:
            return stage.id, lane_id
    index = {Phase.BEFORE: 0, Phase.DURING: len(project.stages) // 2, Phase.AFTER: -1}[phase]
    return project.stages[index].id, lane_id


def free_cell(project: Project, selection: Selection) -> tuple[str, str]:
    """Where a card with no catalogue phase goes: the current card's or selected stage and lane, else the first."""
    current = project.touchpoint(selection.current) if selection.current else None
    if current is not None:
        return current.stage_id, current.lane_id
    return selection.stage or project.stages[0].id, selection.lane or project.lanes[0].id


def _ui_language() -> str:
    """The interface language (install_translators makes it the default locale)."""
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


class CatalogueTree(QTreeWidget):
    """The entry list: drags carry `CATALOG_MIME`; Enter or a double-click adds the entry.

    Signals:
        entry_chosen(str): the user asked to add this entry id (double-click or Enter).
    """

    entry_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemDoubleClicked.connect(self._on_item_double_clicked)

    def mimeTypes(self) -> list[str]:
        """Only our own type: a catalogue entry is not text to drop into an editor."""
        return [CATALOG_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        """Pack the dragged entry's id for the canvas."""
        data = QMimeData()
        ids = [item.data(0, _ENTRY_ROLE) for item in items if item.data(0, _ENTRY_ROLE)]
        if ids:
            data.setData(CATALOG_MIME, str(ids[0]).encode("utf-8"))
        return data

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds the current entry, so the catalogue works without a mouse."""
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None and item.data(0, _ENTRY_ROLE):
            self.entry_chosen.emit(str(item.data(0, _ENTRY_ROLE)))
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_item_double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        del column
        entry_id = item.data(0, _ENTRY_ROLE)
        if entry_id:
            self.entry_chosen.emit(str(entry_id))


class CatalogueDock(QDockWidget):
    """Dock with a search box over the catalogue tree (see module docstring).

    Signals:
        entry_added(str): a card was created from the catalogue (the new card's id).
    """

    entry_added = Signal(str)

    def __init__(
        self, document: Document, selection: Selection, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDock")
        self.setWindowTitle(self.tr("Catalogue"))
        self.setAccessibleName(self.tr("Touchpoint catalogue"))
        self.setAccessibleDescription(
            self.tr("Typical touchpoints grouped by phase. Press Enter or double-click to add one to the map.")
        )
        self._doc = document
        self._selection = selection
        self._stack = undo_stack
        self._entries = {e.id: e for e in catalog()}
        self._groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        # Folded search text per entry id, rebuilt when the map's language changes.
        self._haystacks: dict[str, str] = {}

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        self.search = QLineEdit(body)
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Search touchpoints…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(action_icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.search.setToolTip(
            self.tr("Type any word: a name, a channel, a brand such as WhatsApp or Google Maps. Accents do not matter.")
        )
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_return)
        layout.addWidget(self.search)
        self.hint = QLabel(self.tr("Double-click or drag a touchpoint onto the map."), body)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        # The empty state: said in words, with the way out (the user's own card) one key away.
        self.empty_state = QWidget(body)
        self.empty_state.setObjectName("catalogueEmptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(0, 8, 0, 0)
        empty_layout.setSpacing(8)
        self.empty_label = QLabel(self.empty_state)
        self.empty_label.setObjectName("catalogueNoMatch")
        self.empty_label.setAccessibleName(self.tr("No matching touchpoints"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # the typed words are data, not markup
        empty_layout.addWidget(self.empty_label)
        self.add_typed_button = QPushButton(self.empty_state)
        self.add_typed_button.setObjectName("catalogueAddTyped")
        self.add_typed_button.setAccessibleName(self.tr("Add the searched words as a new card"))
        self.add_typed_button.setToolTip(self.tr("Enter in the search field does the same"))
        self.add_typed_button.clicked.connect(self.add_typed)
        empty_layout.addWidget(self.add_typed_button)
        empty_layout.addStretch(1)
        self.empty_state.hide()
        layout.addWidget(self.empty_state, 1)
        self.tree = CatalogueTree(body)
        self.tree.setObjectName("catalogueList")
        self.tree.setAccessibleName(self.tr("Catalogue entries"))
        self.tree.entry_chosen.connect(self.add_entry)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setFocusProxy(self.search)

        # What the list was last built for: a new map in the same language (the window sets its
        # map right after building this dock) keeps the list instead of building it again.
        self._built_for: tuple[str, str, bool] | None = None
        self._populate()
        document.reset.connect(self._populate)
        document.details_changed.connect(self._on_details_changed)

    # -- content -----------------------------------------------------------------------------------

    def _populate(self) -> None:
        """(Re)build the list in the map's language; keeps the current search."""
        lang = self._doc.project.language
        dark = is_dark()
        built_for = (lang, _ui_language(), dark)
        if built_for == self._built_for:
            return
        self._built_for = built_for
        self.tree.clear()
        self._groups = []
        languages = (lang, _ui_language())
        self._haystacks = {
            e.id: e.search_text(languages) + " | " + fold(channel_label(e.channel)) for e in self._entries.values()
        }
        for phase in Phase:
            accent, _tint, ink = theme.PHASE_COLORS[phase]
            header = QTreeWidgetItem([phase_label(phase)])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.tree.font())
            font.setBold(True)
            header.setFont(0, font)
            header.setForeground(0, QBrush(QColor(accent if dark else ink)))
            header.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Phase"))
            self.tree.addTopLevelItem(header)
            children: list[QTreeWidgetItem] = []
            self._groups.append((header, children))
            for entry in self._entries.values():
                if entry.phase != phase:
                    continue
                item = QTreeWidgetItem(header, [entry.title(lang)])
                children.append(item)
                item.setIcon(0, channel_icon(entry.channel))
                item.setToolTip(0, f"<b>{entry.title(lang)}</b><br>{entry.description(lang)}")
                item.setData(0, _ENTRY_ROLE, entry.id)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, entry.description(lang))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            header.setExpanded(True)
        self._apply_filter(self.search.text())

    def _on_details_changed(self, fields: list[str]) -> None:
        if "language" in fields:
            self._populate()

    def _on_search_changed(self, text: str) -> None:
        self._apply_filter(text)

    def _apply_filter(self, text: str) -> None:
        """Hide entries that do not contain every typed word (see `library.matches`)."""
        total = 0
        for header, children in self._groups:
            visible = 0
            for item in children:
                hidden = not matches(text, self._haystacks[str(item.data(0, _ENTRY_ROLE))])
                item.setHidden(hidden)
                visible += not hidden
            header.setHidden(visible == 0)
            total += visible
        typed = " ".join(text.split())
        nothing = total == 0 and bool(typed)
        if nothing:
            self.empty_label.setText(
                self.tr(
                    "No touchpoint in the catalogue matches “{text}”. Press Enter to add it as a card of your own."
                ).format(text=typed)
            )
            # "&" in a button's text marks a shortcut letter; the user's "B&B" must show as typed.
            label = short_text(typed, 30).replace("&", "&&")
            self.add_typed_button.setText(self.tr("Add “{text}” as a new card").format(text=label))
        self.empty_state.setVisible(nothing)
        self.hint.setVisible(not nothing)
        self.tree.setVisible(not nothing)

    def _on_search_return(self) -> None:
        """Enter: with no match, add the typed words as a card; else go to the first match."""
        if not self.search.text().strip():
            return
        if not self.empty_state.isHidden():
            self.add_typed()
            return
        first = next(
            (item for _, children in self._groups for item in children if not item.isHidden()),
            None,
        )
        if first is not None:
            self.tree.setCurrentItem(first)
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_entry_ids(self) -> list[str]:
        """The ids of the entries the search leaves visible, in list order."""
        return [
            str(item.data(0, _ENTRY_ROLE)) for _, children in self._groups for item in children if not item.isHidden()
        ]

    # -- adding ------------------------------------------------------------------------------------

    def add_entry(self, entry_id: str) -> str | None:
        """Add a catalogue entry to the map as one undo step and select the new card.

        Returns:
            The new card's id, or None for an unknown entry.
        """
        entry: CatalogEntry | None = self._entries.get(entry_id)
        if entry is None:
            return None
        project = self._doc.project
        stage_id, lane_id = target_cell(project, self._selection, entry.phase)
        tp = entry.touchpoint(new_id("tp"), project.language, stage_id, lane_id, len(project.cell(stage_id, lane_id)))
        self._stack.push(AddTouchpoint(self._doc, tp))
        self._selection.set_touchpoints([tp.id])
        self.entry_added.emit(tp.id)
        return tp.id

    def add_typed(self) -> str | None:
        """Add the searched words as a new card of the user's own, as one undo step.

        The catalogue cannot know every business; what the user searched for is usually the
        name of the touchpoint they have in mind. When the words name a channel, in any of
        the three languages (`paste.channel_from_text`), the card gets it, and its control is
        that channel's usual one. The search is cleared, so a second Enter adds nothing twice.

        Returns:
            The new card's id, or None when the search field is empty.
        """
        title = " ".join(self.search.text().split())[:TITLE_MAX]
        if not title:
            return None
        project = self._doc.project
        channel = channel_from_text(title) or Channel.OTHER
        stage_id, lane_id = free_cell(project, self._selection)
        tp = Touchpoint(
            id=new_id("tp"),
            title=title,
            stage_id=stage_id,
            lane_id=lane_id,
            order=len(project.cell(stage_id, lane_id)),
            channel=channel,
            control=usual_control(channel),
            ownership=usual_ownership(channel),
        )
        self._stack.push(AddTouchpoint(self._doc, tp))
        self._selection.set_touchpoints([tp.id])
        self.search.clear()
        self.entry_added.emit(tp.id)
        return tp.id
