"""As-is versus to-be in the editor: Compare with File… and Duplicate as To-Be…, with real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem

from cxmapper.commands import EditTouchpoint
from cxmapper.model import storage
from cxmapper.ui.dialogs import DialogHooks, SaveChoice
from cxmapper.ui.main_window import MainWindow, build_main_window
from tests.test_diff import SHOP, to_be

pytestmark = pytest.mark.gui


class Files(DialogHooks):
    def __init__(self) -> None:
        self.open_path: Path | None = None
        self.save_path: Path | None = None

    def get_open_path(self, parent: Any, directory: Path | None) -> Path | None:
        return self.open_path

    def get_save_path(self, parent: Any, suggested: Path) -> Path | None:
        return self.save_path

    def ask_save_discard_cancel(self, parent: Any, map_name: str) -> SaveChoice:
        return SaveChoice.DISCARD


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    as_is = storage.load(SHOP)
    pa, pb = tmp_path / "as-is.cxmap", tmp_path / "to-be.cxmap"
    storage.save(as_is, pa, backup=False)
    storage.save(to_be(as_is), pb, backup=False)
    return pa, pb


def make(qtbot, tmp_path: Path, path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_main_window(path, settings=settings, dialogs=Files(), lang="en")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    return win


def marks_on_canvas(win: MainWindow) -> set[str]:
    """Cards that carry a mark item as a child (what the user sees outlined)."""
    return {
        tp_id
        for tp_id, item in win.scene.card_items().items()
        if any(isinstance(child, QGraphicsPathItem) for child in item.childItems())
    }


def test_comparing_marks_exactly_the_edited_cards_and_draws_both_curves(qtbot, tmp_path: Path, files) -> None:
    pa, pb = files
    win = make(qtbot, tmp_path, pb)
    assert isinstance(win.dialogs, Files)
    win.dialogs.open_path = pa
    win.compare.action_compare.trigger()
    # The to-be copy adds a card, moves the survey and edits the size guide and the delivery.
    edited = {"tp-new", "tp-cs-survey", "tp-cs-size-guide", "tp-cs-delivery"}
    assert win.compare.marked == edited
    assert marks_on_canvas(win) == edited
    legend = [i for i in win.scene.items() if isinstance(i, QGraphicsSimpleTextItem) and "as-is.cxmap" in i.text()]
    assert len(legend) == 1
    # The as-is map's curve: one point per stage with a scored card, all five stages.
    curve = win.compare._curve
    assert curve is not None and curve.scene() is win.scene
    assert curve.path().elementCount() > 5
    # An edit that undoes a difference removes its mark.
    win.undo_stack.push(EditTouchpoint(win.document, "tp-cs-delivery", {"score": -2}))
    qtbot.waitUntil(lambda: win.compare.marked == edited - {"tp-cs-delivery"})
    win.compare.action_end.trigger()
    assert win.compare.marked == set() and marks_on_canvas(win) == set()
    assert not [i for i in win.scene.items() if isinstance(i, QGraphicsSimpleTextItem) and "as-is" in i.text()]


def test_duplicate_as_to_be_in_one_step(qtbot, tmp_path: Path, files) -> None:
    pa, _ = files
    win = make(qtbot, tmp_path, pa)
    assert isinstance(win.dialogs, Files)
    target = tmp_path / "redesign.cxmap"
    win.dialogs.save_path = target
    assert win.compare.duplicate_as_to_be()
    assert win.document.path == target.resolve()
    copy = storage.load(target)
    assert copy.title == "Online clothing shop (to-be)"
    assert copy.id != storage.load(pa).id and len(copy.touchpoints) == 19
    # It compares itself with the original at once: nothing differs yet.
    assert win.compare.other_path == pa and win.compare.marked == set()
    win.undo_stack.push(EditTouchpoint(win.document, "tp-cs-blog", {"score": 2}))
    qtbot.waitUntil(lambda: win.compare.marked == {"tp-cs-blog"})
    # Saving the copy over the open map's own file is refused.
    win.dialogs.save_path = target
    assert not win.compare.duplicate_as_to_be()
    assert storage.load(target).touchpoint("tp-cs-blog").score == 1
