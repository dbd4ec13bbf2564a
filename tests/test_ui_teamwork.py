"""Team work in the real window: settle merge conflicts with clicks, merge a colleague's version."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from cxmapper.commands import DeleteTouchpoint, EditTouchpoint
from cxmapper.model import ops, storage
from cxmapper.model.library import template
from cxmapper.model.merge import merge
from cxmapper.model.project import Project
from cxmapper.ui import teamwork
from cxmapper.ui.dialogs import DiskChoice
from cxmapper.ui.main_window import MainWindow, build_main_window
from tests.test_ui_safety import SafetyDialogs, answers

pytestmark = pytest.mark.gui


@pytest.fixture
def make(qtbot: Any, tmp_path: Path) -> Callable[[Path], MainWindow]:
    def build(path: Path) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(path, settings=settings, dialogs=SafetyDialogs(), lang="en")
        qtbot.addWidget(window)
        return window

    return build


def conflicted_map(path: Path) -> Project:
    """The clothing shop after a merge where both colleagues rescored the courier delivery."""
    base = template("clothing-shop", "en")
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ops.update_touchpoint(ours, "tp-cs-delivery", score=-1)
    ops.update_touchpoint(theirs, "tp-cs-delivery", score=1)
    ops.update_touchpoint(theirs, "tp-cs-blog", title="Blog de tendències")
    merged = merge(base, ours, theirs).project
    storage.save(merged, path, backup=False)
    return merged


def click_row(window: MainWindow, row: int, qtbot: Any) -> None:
    lst = window.team.dock.list
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_conflict_is_listed_drawn_and_settled_by_picking_a_side(qtbot, make, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    conflicted_map(path)
    window = make(path)
    window.show()
    dock = window.team.dock
    qtbot.waitUntil(dock.isVisible)
    assert dock.list.count() == 1
    assert dock.list.item(0).text() == "“Courier delivery”, score — mine: -1 · theirs: +1"
    assert window.scene.conflicted == {"tp-cs-delivery"}

    click_row(window, 0, qtbot)
    assert window.selection.touchpoints == ["tp-cs-delivery"]  # the row shows its card
    assert dock.take_theirs.isEnabled() and dock.keep_mine.isEnabled()
    qtbot.mouseClick(dock.take_theirs, Qt.MouseButton.LeftButton)

    project = window.document.project
    assert project.touchpoint("tp-cs-delivery").score == 1
    assert project.conflicts == [] and dock.list.count() == 0
    assert window.scene.conflicted == frozenset()
    assert window.undo_stack.count() == 1  # one step
    assert window.undo_stack.undoText() == "Resolve conflict on “Courier delivery”"

    window.undo_stack.undo()
    assert project.touchpoint("tp-cs-delivery").score == -1 and len(project.conflicts) == 1
    window.undo_stack.redo()
    assert window.save()
    saved = storage.load(path)
    assert saved.conflicts == [] and saved.touchpoint("tp-cs-delivery").score == 1
    assert saved.touchpoint("tp-cs-blog").title == "Blog de tendències"  # the clean part of the merge
    assert '"conflicts"' not in path.read_text(encoding="utf-8")


def test_a_conflicting_card_is_drawn_differently(qtbot, make, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    conflicted_map(path)
    window = make(path)
    card = window.scene.card_item("tp-cs-delivery")
    assert card is not None

    def render() -> QImage:
        rect = card.sceneBoundingRect()
        image = QImage(int(rect.width()) * 2, int(rect.height()) * 2, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        window.scene.render(painter, source=rect)
        painter.end()
        return image

    marked = render()
    window.scene.set_conflicted([])
    plain = render()
    differing = sum(
        marked.pixel(x, y) != plain.pixel(x, y) for x in range(marked.width()) for y in range(marked.height())
    )
    assert differing > 100  # a ring around the whole card, not a speck


def test_file_changed_on_disk_merges_their_changes_into_mine(qtbot, make, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    storage.save(template("clothing-shop", "en"), path, backup=False)
    window = make(path)
    window.undo_stack.push(EditTouchpoint(window.document, "tp-cs-live-chat", {"score": -1}))
    answers(window).reload_answer = DiskChoice.MERGE

    theirs = storage.load(path)  # a colleague's save arrives through the sync client
    ops.update_touchpoint(theirs, "tp-cs-payment", title="Pagament amb Bizum")
    ops.delete_touchpoint(theirs, "tp-cs-newsletter")
    time.sleep(0.05)
    storage.save(theirs, path, backup=False)
    qtbot.waitUntil(lambda: bool(answers(window).reload_asks), timeout=5000)

    project = window.document.project
    assert project.touchpoint("tp-cs-live-chat").score == -1  # mine
    assert project.touchpoint("tp-cs-payment").title == "Pagament amb Bizum"  # theirs
    assert "tp-cs-newsletter" not in {tp.id for tp in project.touchpoints}
    assert project.conflicts == []
    assert window.undo_stack.undoText() == "Merge changes from “shop.cxmap”"
    # Their version is accounted for: saving writes the merge without an overwrite question.
    assert window.save()
    assert answers(window).overwrite_asks == []
    on_disk = storage.load(path)
    assert on_disk.touchpoint("tp-cs-live-chat").score == -1
    assert on_disk.touchpoint("tp-cs-payment").title == "Pagament amb Bizum"


def test_a_sync_clients_conflict_copy_is_offered_and_merged(qtbot, make, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    mine = template("clothing-shop", "en")
    storage.save(mine, path, backup=False)
    copy = mine.model_copy(deep=True)
    ops.update_touchpoint(copy, "tp-cs-survey", score=2)
    storage.save(copy, tmp_path / "shop (Pau's conflicted copy 2026-11-25).cxmap", backup=False)

    window = make(path)
    window.show()
    dock = window.team.dock
    qtbot.waitUntil(dock.isVisible)
    assert dock.list.item(0).text() == "Copy made by your sync client: shop (Pau's conflicted copy 2026-11-25).cxmap"
    click_row(window, 0, qtbot)
    assert dock.merge_copy.isVisible()
    qtbot.mouseClick(dock.merge_copy, Qt.MouseButton.LeftButton)

    # No common ancestor is known: the disagreement is a conflict to settle, nothing is lost.
    (c,) = window.document.project.conflicts
    assert (c.target_id, c.field, c.ours, c.theirs) == ("tp-cs-survey", "score", 0, 2)
    assert dock.list.count() == 1 and dock.list.item(0).text().startswith("“Satisfaction survey”, score")
    click_row(window, 0, qtbot)
    qtbot.mouseClick(dock.keep_mine, Qt.MouseButton.LeftButton)
    assert window.document.project.conflicts == []
    assert window.document.project.touchpoint("tp-cs-survey").score == 0


def test_merge_another_version_from_the_file_menu(qtbot, make, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    mine = template("clothing-shop", "en")
    storage.save(mine, path, backup=False)
    emailed = mine.model_copy(deep=True)
    window = make(path)
    other = tmp_path / "from-laia.cxmap"
    ops.update_project(emailed, author="Laia")
    storage.save(emailed, other, backup=False)
    answers(window).open_path = other
    action = window.findChild(type(window.team.action_merge), "actionMergeVersion")
    assert action is window.team.action_merge and action.isEnabled()
    action.trigger()
    (c,) = window.document.project.conflicts
    assert (c.kind, c.field, c.theirs) == ("map", "author", "Laia")
    window.undo_stack.undo()
    assert window.document.project.conflicts == [] and window.document.project.author == mine.author


def test_the_inspector_shows_both_values_of_the_selected_cards_conflict(qtbot, make, tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    conflicted_map(path)
    window = make(path)
    window.show()
    banner = window.team.banner
    assert not banner.isVisible()
    window.selection.set_touchpoints(["tp-cs-blog"])  # merged cleanly: nothing to settle
    assert not banner.isVisible()
    window.selection.set_touchpoints(["tp-cs-delivery"])
    qtbot.waitUntil(banner.isVisible)
    ((_index, text, _mine, theirs),) = banner.rows
    assert text.text() == "“Courier delivery”, score — mine: -1 · theirs: +1"
    qtbot.mouseClick(theirs, Qt.MouseButton.LeftButton)
    assert window.document.project.touchpoint("tp-cs-delivery").score == 1
    assert window.document.project.conflicts == []
    assert not banner.isVisible() and window.team.dock.list.count() == 0
    window.undo_stack.undo()
    assert banner.isVisible() and window.document.project.touchpoint("tp-cs-delivery").score == -1


def test_deleting_a_card_rewrites_the_list_only_for_a_mark_on_it(
    qtbot, make, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.cxmap"
    conflicted_map(path)
    window = make(path)
    window.show()
    dock = window.team.dock
    qtbot.waitUntil(dock.isVisible)
    passes: list[int] = []
    real = teamwork.object_names
    monkeypatch.setattr(teamwork, "object_names", lambda project: passes.append(1) or real(project))
    # An unmarked card: the list (one pass over the map for its names) is left alone.
    window.undo_stack.push(DeleteTouchpoint(window.document, "tp-cs-blog"))
    assert passes == [] and dock.list.item(0).text() == "“Courier delivery”, score — mine: -1 · theirs: +1"
    # The marked card: its row now says the card is gone.
    window.undo_stack.push(DeleteTouchpoint(window.document, "tp-cs-delivery"))
    assert passes and dock.list.item(0).text() == "A conflict about something since deleted (tp-cs-delivery)"
    window.undo_stack.undo()  # the card back (an addition): its mark names it again
    assert dock.list.item(0).text() == "“Courier delivery”, score — mine: -1 · theirs: +1"
