"""The find bar above the map: type to find cards by any of their texts, Enter for the next one.

The bar only computes matches; the window decides how to show them (selecting them on the
canvas, filtering the outline), so the bar knows nothing of the views.

Signals:
    matches_changed(list): the ids of the matching cards, in map order (empty: none or no text).
    current_changed(str): the match the user stepped to (Enter, F3, the arrow buttons).
    closed(): the bar was closed (Escape or its close button).
"""

from __future__ import annotations

import operator

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from cxmapper.document import Document
from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import Channel
from cxmapper.ui.icons import action_icon
from cxmapper.ui.labels import channel_label

_TEXT_FIELDS = (
    "title",
    "description",
    "customer_action",
    "thoughts",
    "pain_points",
    "opportunities",
    "owner",
    "kpi",
    "notes",
)


#: From this many cards on, the bar searches once the typing pauses (`SEARCH_PAUSE_MS`) rather
#: than on every key: on a 20,000-card map one search and its highlighting cost a few hundred
#: milliseconds, and typing a word must not queue one per letter.
SEARCH_PAUSE_FROM = 2_000
SEARCH_PAUSE_MS = 150


_card_texts = operator.attrgetter(*_TEXT_FIELDS)


def card_text(tp: Touchpoint, channel_labels: dict[Channel, str] | None = None) -> str:
    """Everything the bar searches in a card, case-folded, in one string."""
    channel = tp.channel
    label = channel_labels[channel] if channel_labels is not None else channel_label(channel)
    return " ".join((*_card_texts(tp), *tp.tags, label, channel.value)).casefold()


def card_matches(
    tp: Touchpoint,
    words: list[str],
    channel_labels: dict[Channel, str] | None = None,
    texts: dict[str, str] | None = None,
) -> bool:
    """Whether every word (already case-folded) occurs in one of the card's texts.

    ``channel_labels`` (every channel's translated name) saves a translation look-up per card
    when a search runs over the whole map, and ``texts`` keeps each card's `card_text` from
    one search to the next (building it is most of a search's cost): whoever passes it must
    drop a card's entry when the card changes.
    """
    haystack = texts.get(tp.id) if texts is not None else None
    if haystack is None:
        haystack = card_text(tp, channel_labels)
        if texts is not None:
            texts[tp.id] = haystack
    return all(w in haystack for w in words)


def cards_in_map_order(project: Project) -> list[Touchpoint]:
    """Every card by stage column, then lane, then position: the order people read a map in."""
    stage_index = {s.id: i for i, s in enumerate(project.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(project.lanes)}
    return sorted(project.touchpoints, key=lambda t: (stage_index[t.stage_id], lane_index[t.lane_id], t.order))


class FindBar(QWidget):
    """Search field with match count, previous/next and close buttons (see module docstring)."""

    matches_changed = Signal(list)
    current_changed = Signal(str)
    closed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find cards"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._doc = document
        self.matches: list[str] = []
        self._index = -1
        # The last search, to narrow it while the user types on: text that extends the last
        # query can only match a subset of its matches. Forgotten on any document change.
        self._last_query: str | None = None
        self._last_cards: list[Touchpoint] = []
        # Each card's searchable text, by id, in the language of ``_texts_labels``: dropped
        # for a card when it changes, entirely on a reset or a change of language.
        self._texts: dict[str, str] = {}
        self._texts_labels: dict[Channel, str] = {}
        # On a big map, the search waits for a pause in the typing (see SEARCH_PAUSE_FROM).
        self._pause = QTimer(self)
        self._pause.setObjectName("findSearchPause")
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self._search)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find cards by title, notes, tags or channel…"))
        self.field.setAccessibleName(self.tr("Find cards"))
        self.field.setAccessibleDescription(self.tr("Enter goes to the next match, Shift+Enter to the previous one"))
        self.field.setClearButtonEnabled(True)
        self.field.addAction(action_icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setProperty("role", "hint")
        self.status.setMinimumWidth(110)
        self.previous_button = self._button("move-up", self.tr("Previous match"), "findPrevious")
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = self._button("move-down", self.tr("Next match"), "findNext")
        self.next_button.clicked.connect(self.find_next)
        close = self._button("close", self.tr("Close the find bar"), "findClose")
        close.clicked.connect(self.close_bar)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addStretch(0)
        layout.addWidget(close)
        self.setFocusProxy(self.field)
        document.structure_changed.connect(self._on_document_changed)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.touchpoint_removed.connect(self._forget_text)
        document.reset.connect(self._on_reset)

    def _button(self, icon: str, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(action_icon(icon))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    # -- searching -----------------------------------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar with the field focused and its text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        """Hide the bar; the window clears any filter."""
        self.hide()
        self.closed.emit()

    def _on_text_changed(self, text: str) -> None:
        self._index = -1
        if text.strip() and len(self._doc.project.touchpoints) >= SEARCH_PAUSE_FROM:
            self._pause.start()  # restarted by every key: one search when the typing pauses
            return
        self._search()

    def flush(self) -> None:
        """Run a search the typing pause still holds back (before stepping to a match)."""
        if self._pause.isActive():
            self._pause.stop()
            self._search()

    def _forget_text(self, tp_id: str) -> None:
        self._texts.pop(tp_id, None)

    def _on_touchpoint_changed(self, tp_id: str, fields: list[str]) -> None:
        self._forget_text(tp_id)
        self._on_document_changed(fields)

    def _on_reset(self) -> None:
        self._texts.clear()
        self._on_document_changed()

    def _on_document_changed(self, *args: object) -> None:
        del args
        self._last_query = None
        if self.isVisible() and self.field.text().strip():
            current = self.matches[self._index] if 0 <= self._index < len(self.matches) else None
            self._search(keep=current)

    def _search(self, keep: str | None = None) -> None:
        self._pause.stop()
        query = self.field.text().casefold()
        words = query.split()
        if not words:
            cards = []
        elif self._last_query is not None and query.startswith(self._last_query):
            cards = self._last_cards
        else:
            cards = cards_in_map_order(self._doc.project)
        labels = {channel: channel_label(channel) for channel in Channel}
        if labels != self._texts_labels:  # another language: the channel names changed
            self._texts.clear()
            self._texts_labels = labels
        texts = self._texts
        found = [tp for tp in cards if card_matches(tp, words, labels, texts)]
        self._last_query, self._last_cards = (query, found) if words else (None, [])
        matches = [tp.id for tp in found]
        if matches != self.matches:
            self.matches = matches
            self._index = matches.index(keep) if keep in matches else -1
            self.matches_changed.emit(list(matches))
        self._update_status()

    def _update_status(self) -> None:
        if not self.field.text().strip():
            self.status.setText("")
        elif not self.matches:
            self.status.setText(self.tr("No cards match"))
        elif self._index < 0:
            self.status.setText(self.tr("%n match(es)", "", len(self.matches)))
        else:
            self.status.setText(self.tr("{n} of {total}").format(n=self._index + 1, total=len(self.matches)))
        self.previous_button.setEnabled(bool(self.matches))
        self.next_button.setEnabled(bool(self.matches))

    def find_next(self) -> None:
        """Step to the next match (wrapping round)."""
        self._step(1)

    def find_previous(self) -> None:
        """Step to the previous match (wrapping round)."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        self.flush()
        if not self.matches:
            return
        if self._index < 0:
            self._index = 0 if delta > 0 else len(self.matches) - 1
        else:
            self._index = (self._index + delta) % len(self.matches)
        self._update_status()
        self.current_changed.emit(self.matches[self._index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter / Shift+Enter step through matches and Escape closes, while typing in the field."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
