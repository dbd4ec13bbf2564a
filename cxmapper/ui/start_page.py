"""The start page, shown while no map is open: start blank, from an example, or reopen a map.

First-time users (a salon owner, a workshop facilitator) land here, so the examples are the
biggest targets and the page says in one line what the program is for.

Signals:
    new_blank_requested(): "New blank map".
    template_requested(str): an example map by template name ("clothing-shop", "beauty-salon").
    open_requested(): "Open a map…".
    recent_requested(str): a recent map's path.
    guide_requested(): the "how to map touchpoints" link.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxmapper import theme
from cxmapper.model.vocab import Channel, Phase
from cxmapper.ui.icons import action_icon, app_pixmap, channel_icon, is_dark

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class _DoubleClickTail(QObject):
    """Swallows the second half of a double-click whose first click already opened a map.

    A recent map opens on one click, so a user who double-clicks (as in a file manager) opens
    it with the first click; Qt then delivers the second click, as a double-click, to whatever
    now lies under the pointer: a card on the opened map, whose title editor would open and
    take the next key. Armed with the opening click's time, this filter drops a double-click
    that follows within the platform's double-click interval, wherever it is headed.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._since: int | None = None
        self._installed = False

    def arm(self, timestamp: int) -> None:
        """Watch for the double-click that completes the click released at ``timestamp`` (ms)."""
        app = QApplication.instance()
        if app is None:
            return
        self._since = timestamp
        if not self._installed:
            app.installEventFilter(self)
            self._installed = True
        # Long after the interval: a double-click can no longer belong to that click.
        QTimer.singleShot(4 * QApplication.styleHints().mouseDoubleClickInterval(), self.disarm)

    def disarm(self) -> None:
        """Stop watching."""
        self._since = None
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drop the completing double-click on any widget; anything else passes."""
        if (
            self._since is not None
            and event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(watched, QWidget)
            and isinstance(event, QMouseEvent)
        ):
            late = event.timestamp() - self._since > QApplication.styleHints().mouseDoubleClickInterval()
            self.disarm()
            return not late
        return False


class _RecentList(QListWidget):
    """A list that opens an entry on one click or on Enter (never both for one gesture).

    Signals:
        item_opened(QListWidgetItem): the user chose this entry.
    """

    item_opened = Signal(QListWidgetItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tail = _DoubleClickTail(self)
        self._release_time = 0
        self.itemClicked.connect(self._on_item_clicked)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Remember when the click ended (the list reports the click from inside this call)."""
        self._release_time = event.timestamp()
        super().mouseReleaseEvent(event)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self._tail.arm(self._release_time)
        self.item_opened.emit(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return opens the current entry."""
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.item_opened.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


class StartPage(QWidget):
    """The welcome page (see module docstring)."""

    new_blank_requested = Signal()
    template_requested = Signal(str)
    open_requested = Signal()
    recent_requested = Signal(str)
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAccessibleName(self.tr("Start page"))
        self.setAccessibleDescription(self.tr("Create a new journey map, start from an example, or open a map"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 0)
        outer.addStretch(1)
        column.addStretch(1)

        # Header: icon, name, tagline.
        header = QHBoxLayout()
        header.setSpacing(18)
        logo = QLabel(self)
        logo.setPixmap(app_pixmap(72))
        logo.setAccessibleName(self.tr("cxmapper logo"))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel("cxmapper", self)
        title.setObjectName("startTitle")
        tagline = QLabel(
            self.tr(
                "Map every moment your customers meet your brand — before, during and after the purchase — "
                "and see where your team can make it better."
            ),
            self,
        )
        tagline.setObjectName("startTagline")
        tagline.setWordWrap(True)
        titles.addWidget(title)
        titles.addWidget(tagline)
        header.addLayout(titles, 1)
        column.addLayout(header)
        column.addSpacing(10)

        column.addWidget(self._section(self.tr("Start a map")))
        cards = QGridLayout()
        cards.setSpacing(12)
        accent = "#a5b4fc" if is_dark() else theme.PHASE_COLORS[Phase.BEFORE][0]
        self.new_button = self._card(
            "startNewBlank",
            action_icon("new", accent),
            self.tr("New blank map"),
            self.tr("Three stages: before, during and after the purchase"),
        )
        self.clothing_button = self._card(
            "startClothingShop",
            channel_icon(Channel.PHYSICAL_STORE, theme.PHASE_COLORS[Phase.DURING][0]),
            self.tr("Clothing shop"),
            self.tr("An example map: a small fashion shop with an online store"),
        )
        self.salon_button = self._card(
            "startBeautySalon",
            channel_icon(Channel.FIELD_STAFF, theme.PHASE_COLORS[Phase.AFTER][0]),
            self.tr("Beauty salon"),
            self.tr("An example map: bookings, the visit and the follow-up"),
        )
        self.open_button = self._card(
            "startOpen",
            action_icon("open", accent),
            self.tr("Open a map…"),
            self.tr("Continue working on a .cxmap file"),
        )
        for i, button in enumerate((self.new_button, self.clothing_button, self.salon_button, self.open_button)):
            cards.addWidget(button, 0, i)
        column.addLayout(cards)
        self.new_button.clicked.connect(self.new_blank_requested)
        self.clothing_button.clicked.connect(lambda: self.template_requested.emit("clothing-shop"))
        self.salon_button.clicked.connect(lambda: self.template_requested.emit("beauty-salon"))
        self.open_button.clicked.connect(self.open_requested)

        column.addSpacing(6)
        column.addWidget(self._section(self.tr("Recent maps")))
        self.recent_list = _RecentList(self)
        self.recent_list.setObjectName("startRecentList")
        self.recent_list.setAccessibleName(self.tr("Recent maps"))
        self.recent_list.setAccessibleDescription(self.tr("Press Enter or click to open a map"))
        self.recent_list.setIconSize(QSize(24, 24))
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)
        self.recent_list.setMinimumHeight(120)
        self.recent_list.setMaximumHeight(240)
        self.recent_list.item_opened.connect(self._on_recent_item)
        column.addWidget(self.recent_list)
        self.no_recent = QLabel(self.tr("No recent maps yet. The maps you open or save will be listed here."), self)
        self.no_recent.setProperty("role", "hint")
        column.addWidget(self.no_recent)

        footer = QHBoxLayout()
        guide = QPushButton(action_icon("help"), self.tr("New to journey maps? Read how to map touchpoints"), self)
        guide.setObjectName("startGuide")
        guide.setAccessibleName(self.tr("How to map touchpoints"))
        guide.setCursor(Qt.CursorShape.PointingHandCursor)
        guide.clicked.connect(self.guide_requested)
        footer.addWidget(guide)
        footer.addStretch(1)
        column.addLayout(footer)
        column.addStretch(2)

        for widget in (self.new_button, self.clothing_button, self.salon_button, self.open_button):
            widget.setMinimumWidth(190)
        self.setTabOrder(self.new_button, self.clothing_button)
        self.setTabOrder(self.clothing_button, self.salon_button)
        self.setTabOrder(self.salon_button, self.open_button)
        self.setTabOrder(self.open_button, self.recent_list)
        self.setTabOrder(self.recent_list, guide)
        self.set_recent([])

    def _section(self, text: str) -> QLabel:
        label = QLabel(text.upper(), self)
        label.setProperty("role", "section")
        return label

    def _card(self, name: str, icon: QIcon, title: str, subtitle: str) -> QToolButton:
        """A big button: icon, bold title and a one-line explanation under it."""
        button = QToolButton(self)
        button.setObjectName(name)
        button.setProperty("role", "startCard")
        button.setToolTip(subtitle)
        button.setAccessibleName(title)
        button.setAccessibleDescription(subtitle)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(176)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        inner = QVBoxLayout(button)
        inner.setContentsMargins(16, 18, 16, 14)
        inner.setSpacing(6)
        picture = QLabel(button)
        picture.setPixmap(icon.pixmap(QSize(40, 40)))
        caption = QLabel(title, button)
        caption.setProperty("role", "cardTitle")
        text = QLabel(subtitle, button)
        text.setProperty("role", "cardText")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        for label in (picture, caption, text):
            # The labels are decoration: clicks and the accessible name belong to the button.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            # The wrapped text takes the card's whole width (centred by its own alignment): a
            # centred label gets a guessed width and a height for fewer lines than it wraps to,
            # which cut the last line of longer Spanish and Catalan texts.
            inner.addWidget(label, 0, Qt.AlignmentFlag(0) if label is text else Qt.AlignmentFlag.AlignHCenter)
        inner.addStretch(1)
        return button

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recent maps, newest first: file name, and the folder underneath."""
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(action_icon("open"), f"{path.stem}\n{path.parent}", self.recent_list)
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, path.stem)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, str(path.parent))
        self.recent_list.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def recent_paths(self) -> list[str]:
        """The paths listed, in order (for tests and screen readers' sake, the same as shown)."""
        out: list[str] = []
        for i in range(self.recent_list.count()):
            item = self.recent_list.item(i)
            if item is not None:
                out.append(str(item.data(_PATH_ROLE)))
        return out

    def _on_recent_item(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(str(item.data(_PATH_ROLE)))
