"""The Insight dock in the editor: real clicks on its lines select the cards they are about.

Expected sets were counted by hand from resources/samples/beauty-salon.cxmap (see
tests/test_insight.py for the counting notes).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QTreeWidgetItem

from cxmapper.commands import EditTouchpoint
from cxmapper.model.library import template
from cxmapper.ui import insight as insight_module
from cxmapper.ui.dialogs import DialogHooks, SaveChoice
from cxmapper.ui.insight import InsightDock
from cxmapper.ui.main_window import MainWindow, build_main_window

pytestmark = pytest.mark.gui


class Discard(DialogHooks):
    """Never block on "save changes?" when a test's window closes."""

    def ask_save_discard_cancel(self, parent: object, map_name: str) -> SaveChoice:
        return SaveChoice.DISCARD


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_main_window(None, project=template("beauty-salon"), settings=settings, dialogs=Discard(), lang="en")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.insight_dock.show()
    win.insight_dock.raise_()
    qtbot.waitUntil(lambda: win.insight_dock.insight is not None)
    return win


def click(qtbot, dock: InsightDock, item: QTreeWidgetItem) -> None:
    """Click a line as a user would: scroll to it, then press the mouse on its text."""
    tree = dock.tree
    parent = item.parent()
    while parent is not None:
        parent.setExpanded(True)
        parent = parent.parent()
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert rect.isValid() and not rect.isEmpty()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 30, rect.center().y()))


def line(dock: InsightDock, key: str) -> QTreeWidgetItem:
    found = dock.item(key)
    assert found is not None, key
    return found


def selected_on_canvas(win: MainWindow) -> set[str]:
    return {tp_id for tp_id, item in win.scene.card_items().items() if item.isSelected()}


def test_the_dock_is_in_the_window_with_a_name_and_a_toggle(window: MainWindow) -> None:
    dock = window.findChild(QDockWidget, "insightDock")
    assert dock is window.insight_dock and dock.accessibleName() == "Insight"
    assert window.findChild(type(window.action_undo), "actionShowInsight") in window.dock_actions


def test_clicking_a_priority_selects_its_card(qtbot, window: MainWindow) -> None:
    dock = window.insight_dock
    # The worst card of the salon is the complaint about the colour (-2, a moment of truth).
    first = line(dock, "priorities").child(0)
    assert first.data(0, Qt.ItemDataRole.UserRole + 4) == "priority:tp-bp-complaint"
    assert "Complaint about the colour" in first.text(0) and "moment of truth" in first.text(0)
    click(qtbot, dock, first)
    assert window.selection.touchpoints == ["tp-bp-complaint"]
    assert selected_on_canvas(window) == {"tp-bp-complaint"}
    assert window.inspector_dock.touchpoint.title_edit.text() == "Complaint about the colour"
    click(qtbot, dock, line(dock, "priority:tp-bp-waiting"))
    assert selected_on_canvas(window) == {"tp-bp-waiting"}


def test_clicking_a_share_selects_exactly_its_cards(qtbot, window: MainWindow) -> None:
    dock = window.insight_dock
    item = line(dock, "unintentional")
    assert item.text(0) == "Unintentional, happen without you: 6 (23 %)"
    click(qtbot, dock, item)
    assert selected_on_canvas(window) == {
        "tp-bp-maps-reviews",
        "tp-bp-friend",
        "tp-bp-tagged-stories",
        "tp-bp-local-news",
        "tp-bp-client-review",
        "tp-bp-client-recommends",
    }
    click(qtbot, dock, line(dock, "no-opportunity"))
    assert selected_on_canvas(window) == {"tp-bp-search", "tp-bp-website"}
    click(qtbot, dock, line(dock, "stage:stage-book"))
    assert selected_on_canvas(window) == {"tp-bp-whatsapp-booking", "tp-bp-phone-booking", "tp-bp-confirmation"}


def test_a_gap_selects_the_stage_where_a_card_could_go(qtbot, window: MainWindow) -> None:
    dock = window.insight_dock
    item = line(dock, "gap:after:email")
    assert item.text(0) == "After the purchase, nothing through “Email”. For example: Follow-up e-mail, Newsletter"
    click(qtbot, dock, item)
    # The first stage of the "after" phase is "After the visit".
    assert window.selection.stage == "stage-aftercare" and window.selection.touchpoints == []


def test_the_dock_follows_edits_and_undo(qtbot, window: MainWindow) -> None:
    dock = window.insight_dock
    assert line(dock, "priorities").childCount() == 4
    window.undo_stack.push(EditTouchpoint(window.document, "tp-bp-survey", {"score": -2}))
    qtbot.waitUntil(lambda: line(dock, "priorities").childCount() == 5)
    # Two cards at -2 now: the complaint (a moment of truth) stays first, the survey follows.
    assert line(dock, "priorities").child(1).data(0, Qt.ItemDataRole.UserRole + 4) == "priority:tp-bp-survey"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: line(dock, "priorities").childCount() == 4)


def test_impact_and_effort_from_the_inspector_feed_the_matrix(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox

    dock = window.insight_dock
    # The salon's waiting area has an opportunity ("tell the client as soon as the schedule slips").
    window.selection.set_touchpoints(["tp-bp-waiting"])
    form = window.inspector_dock.touchpoint
    impact, effort = form._fields["impact"], form._fields["effort"]
    assert isinstance(impact, QComboBox) and isinstance(effort, QComboBox)
    assert impact.currentText() == "Not rated" and impact.count() == 4
    impact.setFocus()
    qtbot.keyClick(impact, Qt.Key.Key_End)  # Not rated, Low, Medium, High: the last is High
    effort.setFocus()
    qtbot.keyClick(effort, Qt.Key.Key_Down)  # Low
    tp = window.document.project.touchpoint("tp-bp-waiting")
    assert (tp.impact, tp.effort) == ("high", "low")
    assert window.undo_stack.undoText() == "Edit effort of “Waiting area”"
    qtbot.waitUntil(lambda: dock.item("matrix:high:low") is not None)
    cell = line(dock, "matrix:high:low")
    assert cell.text(0) == "Quick win · Impact: High, effort: Low (1)"
    click(qtbot, dock, cell.child(0))
    assert window.selection.touchpoints == ["tp-bp-waiting"]
    # Six salon cards name an opportunity (reviews, phone booking, waiting area, products,
    # complaint, loyalty card): five are still unrated.
    assert line(dock, "matrix:-:-").text(0) == "Not rated yet (5)"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.document.project.touchpoint("tp-bp-waiting").impact is None


def test_long_lists_end_in_one_line_for_the_rest(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from cxmapper.ui import insight

    monkeypatch.setattr(insight, "LINES_MAX", 2)
    dock = window.insight_dock
    dock.refresh()
    top = line(dock, "priorities")
    # Four priorities: the complaint and the website get a line each, the other two share one.
    assert top.childCount() == 3
    more = line(dock, "priorities:more")
    assert more.text(0).startswith("…and 2 more")
    click(qtbot, dock, more)
    assert window.selection.touchpoints == ["tp-bp-phone-booking", "tp-bp-waiting"]


def test_behind_another_tab_the_dock_recounts_only_when_raised(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = window.insight_dock
    counts: list[int] = []
    real = insight_module.analyse
    monkeypatch.setattr(insight_module, "analyse", lambda *a, **k: counts.append(1) or real(*a, **k))
    window.inspector_dock.raise_()  # the Insight tab is behind the Inspector's, as at start-up
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())
    tp = window.document.project.touchpoints[0]
    window.undo_stack.push(EditTouchpoint(window.document, tp.id, {"score": -2 if tp.score != -2 else 2}))
    timer = dock.findChild(QTimer, "insightRefreshTimer")
    assert timer is not None and timer.isActive()  # the recount was asked for ...
    qtbot.waitUntil(lambda: not timer.isActive())
    assert counts == []  # ... but a covered dock does not recount the map after every edit
    dock.raise_()
    qtbot.waitUntil(lambda: counts == [1])
    assert dock.insight is not None and dock.insight.total == len(window.document.project.touchpoints)
