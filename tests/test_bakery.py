"""Issue 11's acceptance test: a neighbourhood bakery's first map, from the start page to the cut-out cards.

Played through real mouse and key events on the real widgets (QTest on the window, the start
page, the canvas viewport, the inspector's fields found by objectName and the export dialog):
a blank map, nine touchpoints typed into the three phases, two marked unintentional, five
scored, saved (the file dialog answered through the window's `DialogHooks`), and exported as a
PDF with the map and the cut-out cards. Every user action is counted (each click, key chord
and typed field is one action, and so is a file name typed into a dialog); the issue's
two-minute goal allows 60. The PDF is read back with pypdf.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialog, QScrollArea, QWidget

from cxmapper.model.vocab import Control
from cxmapper.ui.dialogs import DialogHooks, ExportFollowUp, SaveChoice
from cxmapper.ui.main_window import MainWindow, build_main_window

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
#: The issue's budget: a shop owner's two minutes for nine touchpoints.
MAX_ACTIONS = 60

#: The bakery's touchpoints, phase by phase, as the owner would list them.
BAKERY = {
    "stage-before": ["Shop window", "Neighbours' word of mouth", "Google Maps reviews"],
    "stage-during": ["Smell of fresh bread", "Queue at the counter", "Card payment"],
    "stage-after": ["Paper bag with logo", "Loyalty stamp card", "WhatsApp orders"],
}
UNINTENTIONAL = ["Neighbours' word of mouth", "Google Maps reviews"]
SCORES = {
    "Neighbours' word of mouth": 2,
    "Google Maps reviews": 1,
    "Queue at the counter": -2,
    "Card payment": -1,
    "Smell of fresh bread": 2,
}


class Actions:
    """Sends real input events and counts what a user would count as one action each."""

    def __init__(self) -> None:
        self.count = 0
        self.log: list[str] = []

    def _note(self, what: str) -> None:
        self.count += 1
        self.log.append(what)

    def click(self, widget: QWidget, pos: QPoint | None = None, what: str = "click") -> None:
        self._note(what)
        QTest.mouseClick(widget, LEFT, NO_MOD, pos if pos is not None else widget.rect().center())

    def double_click(self, widget: QWidget, pos: QPoint, what: str = "double-click") -> None:
        self._note(what)
        QTest.mouseDClick(widget, LEFT, NO_MOD, pos)

    def key(self, widget: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier = NO_MOD, what: str = "key") -> None:
        self._note(what)
        QTest.keyClick(widget, key, mods)

    def type(self, widget: QWidget, text: str) -> None:
        """Typing a field's text is one action (ASCII only: QTest.keyClicks' limit)."""
        self._note(f"type {text!r}")
        QTest.keyClicks(widget, text)

    def answer(self, what: str) -> None:
        """A dialog answered by the user (a file name typed and confirmed)."""
        self._note(what)

    def choose(self, widget: QWidget, value: object) -> None:
        """Pick ``value`` in a field: a drop-down takes two clicks, a row of buttons one."""
        if not isinstance(widget, QComboBox):
            # A row of buttons (radio or segmented): the one whose "value" property, or the
            # end of whose objectName, is the value.
            wanted = getattr(value, "value", value)
            buttons = [
                b
                for b in widget.findChildren(QAbstractButton)
                if b.property("value") in (value, wanted) or b.objectName().endswith(f"_{wanted}")
            ]
            assert len(buttons) == 1, f"{widget.objectName()}: no single button for {value!r}"
            self.click(buttons[0], what=f"pick {value}")
            return
        index = widget.findData(value)
        assert index >= 0, f"{value!r} not offered by {widget.objectName()}"
        self.click(widget, what=f"open {widget.objectName()}")
        popup = widget.view()
        assert popup.isVisible(), "the drop-down did not open"
        rect = popup.visualRect(widget.model().index(index, 0))
        # A person takes a moment to reach the entry; Qt ignores a release sooner than the
        # double-click interval after opening (it would be the opening click's own release).
        QTest.qWait(QApplication.styleHints().mouseDoubleClickInterval() + 50)
        QTest.mouseMove(popup.viewport(), rect.center())
        self.click(popup.viewport(), rect.center(), what=f"pick {value}")
        assert widget.currentIndex() == index


class BakeryDialogs(DialogHooks):
    """The save dialog gets the bakery's file name; nothing else may ask anything."""

    def __init__(self, save_path: Path, actions: Actions) -> None:
        self.save_path = save_path
        self.actions = actions
        self.unexpected: list[str] = []
        self.exported_paths: list[Path] = []

    def get_save_path(self, parent: Any, suggested: Path) -> Path | None:
        self.actions.answer("type the file name in the save dialog")
        return self.save_path

    def ask_save_discard_cancel(self, parent: Any, map_name: str) -> SaveChoice:
        self.unexpected.append(f"save? {map_name}")
        return SaveChoice.CANCEL

    def show_error(self, parent: Any, title: str, message: str, details: str = "") -> None:
        self.unexpected.append(f"{title}: {message} {details}")

    def exported(self, parent: Any, path: Path) -> ExportFollowUp:
        self.actions.answer(f"close the confirmation that {path.name} was written")
        self.exported_paths.append(path)
        return ExportFollowUp.CLOSE


def _when_modal(handle: Callable[[QDialog], None], seen: list[str], skip: tuple[str, ...] = ()) -> QTimer:
    """Answer the next modal dialog not named in ``skip`` (dialogs run their own event loops)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog.objectName() not in skip:
            timer.stop()
            seen.append(dialog.objectName())
            handle(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_a_bakery_maps_nine_touchpoints_and_prints_its_cards_in_at_most_60_actions(qtbot, tmp_path: Path) -> None:
    acts = Actions()
    map_path = tmp_path / "bakery.cxmap"
    dialogs = BakeryDialogs(map_path, acts)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window: MainWindow = build_main_window(settings=settings, dialogs=dialogs, lang="en")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    assert window.central.currentWidget() is window.start_page

    # A blank map from the start page.
    acts.click(window.start_page.new_button, what="New blank map")
    assert window.has_map and window.document.project.touchpoints == []
    qtbot.wait(10)  # the window fits the map to the view once laid out
    view, scene = window.view, window.scene

    def to_view(x: float, y: float) -> QPoint:
        return view.mapFromScene(QPointF(x, y))

    # Nine touchpoints typed as three lists: double-click the phase, then title, Enter, ...
    for stage_id, titles in BAKERY.items():
        cell = scene.layout.cells[(stage_id, "lane-main")]
        acts.double_click(view.viewport(), to_view(cell.x + cell.w / 2, cell.y + cell.h / 2), f"into {stage_id}")
        for title in titles:
            acts.type(view, title)
            acts.key(view, Qt.Key.Key_Return, what="Enter")
    acts.key(view, Qt.Key.Key_Escape, what="Escape ends the last list")
    project = window.document.project
    for stage_id, titles in BAKERY.items():
        assert [tp.title for tp in project.cell(stage_id, "lane-main")] == titles
    assert len(project.touchpoints) == 9

    # Two unintentional, five scored, in the inspector's fields.
    inspector = window.inspector_dock
    scroll = inspector.findChild(QScrollArea, "inspectorScroll")
    assert scroll is not None

    def field(name: str) -> QWidget:
        widget = inspector.findChild(QWidget, name)
        assert widget is not None, name
        if widget.visibleRegion().isEmpty():  # scrolled out of sight: the user scrolls first
            acts.answer(f"scroll the inspector to {name}")
            scroll.ensureWidgetVisible(widget)
        return widget

    def select(title: str) -> str:
        tp = next(t for t in window.document.project.touchpoints if t.title == title)
        acts.click(view.viewport(), to_view(*scene.layout.cards[tp.id].center), f"select {title!r}")
        assert window.selection.touchpoints == [tp.id]
        return tp.id

    for title in [*UNINTENTIONAL, *(t for t in SCORES if t not in UNINTENTIONAL)]:
        select(title)
        if title in UNINTENTIONAL:
            acts.choose(field("inspectorTouchpoint_control"), Control.UNINTENTIONAL)
        acts.choose(field("inspectorTouchpoint_score"), SCORES[title])
    project = window.document.project
    assert sorted(tp.title for tp in project.touchpoints if tp.control == Control.UNINTENTIONAL) == sorted(
        UNINTENTIONAL
    )
    assert {tp.title: tp.score for tp in project.touchpoints if tp.score is not None} == SCORES

    # Saved with Ctrl+S (the new map asks where).
    acts.key(view, Qt.Key.Key_S, CTRL, what="Ctrl+S")
    assert map_path.is_file()
    assert not window.isWindowModified()

    # Exported with Ctrl+E: the cut-out cards ticked, Export clicked, next to the map.
    seen: list[str] = []

    def export_dialog(dialog: QDialog) -> None:
        cards = dialog.findChild(QAbstractButton, "exportCards")
        assert cards is not None
        if not cards.isChecked():
            # On the box itself, as a person does: a check box wider than its text ignores its middle.
            acts.click(cards, QPoint(8, cards.height() // 2), what="tick the cut-out cards")
        for box in ("exportMap",):
            toggle = dialog.findChild(QAbstractButton, box)
            assert toggle is not None and toggle.isChecked(), "the map is exported by default"
        button = dialog.findChild(QAbstractButton, "exportButton")
        assert button is not None and button.isEnabled()
        # Anything the dialog asks after exporting (a confirmation) is dismissed with one click.
        after = _when_modal(
            lambda d: (acts.answer(f"dismiss {d.objectName()}"), d.reject()), seen, ("exportDialog", "exportProgress")
        )
        acts.click(button, what="Export")
        after.stop()

    timer = _when_modal(export_dialog, seen)
    acts.key(view, Qt.Key.Key_E, CTRL, what="Ctrl+E")
    timer.stop()
    assert seen and seen[0] == "exportDialog"
    pdf_path = tmp_path / "bakery.pdf"
    assert pdf_path.is_file()
    assert dialogs.unexpected == []
    assert dialogs.exported_paths == [pdf_path]

    # The PDF: the map first, then the cut-out cards with every title.
    reader = PdfReader(str(pdf_path))
    texts = [page.extract_text() or "" for page in reader.pages]
    outline = {
        item.title: reader.get_destination_page_number(item) for item in reader.outline if not isinstance(item, list)
    }
    cards_page = next(number for title, number in outline.items() if "card" in title.lower())
    assert cards_page >= 1, "the map comes before the cards"
    assert "Before the purchase" in " ".join(texts[:cards_page])
    card_text = " ".join(" ".join(t.split()) for t in texts[cards_page:])
    for titles in BAKERY.values():
        for title in titles:
            assert title in card_text, title
    assert len(reader.pages) >= cards_page + 2, "a page of cards and a page of blank cards"

    print(f"bakery: {acts.count} actions: " + "; ".join(acts.log))
    assert acts.count <= MAX_ACTIONS, acts.log
