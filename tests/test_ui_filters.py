"""The filter bar in the editor, driven with real clicks on the beauty-salon sample.

The expected sets were counted by hand from resources/samples/beauty-salon.cxmap: six cards
are unintentional (and exactly those six are out of the team's reach), the other twenty are
intentional.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu

from cxmapper.export.options import ALL_PERSONAS
from cxmapper.model import storage
from cxmapper.model.library import template
from cxmapper.model.project import CardFilter, View
from cxmapper.model.vocab import Channel
from cxmapper.ui.dialogs import DialogHooks, ExportFollowUp, SaveChoice
from cxmapper.ui.main_window import MainWindow, build_main_window

pytestmark = pytest.mark.gui

UNINTENTIONAL = {
    "tp-bp-maps-reviews",
    "tp-bp-friend",
    "tp-bp-tagged-stories",
    "tp-bp-local-news",
    "tp-bp-client-review",
    "tp-bp-client-recommends",
}


class Answers(DialogHooks):
    def __init__(self) -> None:
        self.text: str | None = None

    def get_text(self, parent: Any, title: str, label: str, text: str) -> str | None:
        return self.text

    def ask_save_discard_cancel(self, parent: Any, map_name: str) -> SaveChoice:
        return SaveChoice.DISCARD

    def exported(self, parent: Any, path: Path) -> ExportFollowUp:
        return ExportFollowUp.CLOSE


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_main_window(None, project=template("beauty-salon"), settings=settings, dialogs=Answers(), lang="en")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    return win


def everything(win: MainWindow) -> set[str]:
    return {tp.id for tp in win.document.project.touchpoints}


def faded(win: MainWindow) -> set[str]:
    """Cards drawn faded, read from the items themselves (what the painter uses)."""
    return {tp_id for tp_id, item in win.scene.card_items().items() if item.opacity() < 1.0}


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_three_exercise_views_show_the_right_cards(qtbot, window: MainWindow) -> None:
    bar = window.filter_bar
    assert len(everything(window)) == 26 and faded(window) == set()
    click(qtbot, bar.preset_buttons["unintentional"])
    assert faded(window) == everything(window) - UNINTENTIONAL
    assert bar.preset_buttons["unintentional"].isChecked() and not bar.preset_buttons["all"].isChecked()
    # Without a translator installed, the plural form reads "card(s)"; the numbers are the point.
    assert bar.summary.text().startswith("6 of 26 card")
    status = window.filter_bar.status_label.text()
    assert status.startswith("Filter: Unintentional — 6 of 26 card") and status.endswith("(Esc clears)")
    click(qtbot, bar.preset_buttons["influence"])
    assert faded(window) == UNINTENTIONAL
    assert bar.summary.text().startswith("20 of 26 card")
    click(qtbot, bar.preset_buttons["all"])
    assert faded(window) == set() and bar.matching is None
    assert window.filter_bar.status_label.text() == ""


def test_faded_cards_keep_their_place(qtbot, window: MainWindow) -> None:
    before = {tp_id: item.scenePos() for tp_id, item in window.scene.card_items().items()}
    click(qtbot, window.filter_bar.preset_buttons["unintentional"])
    assert {tp_id: item.scenePos() for tp_id, item in window.scene.card_items().items()} == before


def test_the_curve_follows_the_filter(qtbot, window: MainWindow) -> None:
    click(qtbot, window.filter_bar.preset_buttons["unintentional"])
    assert {p.tp_id for p in window.scene.curve_points()} == UNINTENTIONAL
    # Discover: reviews 1, friend 2, stories 1, paper 1 -> 5/4; After the visit: the review 1;
    # Come back: the recommendation 2. Book and the salon have no unintentional card.
    averages = [(p.stage_id, p.score) for p in window.scene.curve_averages()]
    assert averages == [("stage-discover", 1.25), ("stage-aftercare", 1.0), ("stage-return", 2.0)]
    window.filter_bar.clear()
    assert len(window.scene.curve_points()) == 26


def test_the_outline_follows_the_filter(qtbot, window: MainWindow) -> None:
    outline = window.outline_dock
    click(qtbot, window.filter_bar.preset_buttons["influence"])
    hidden = set()
    for tp_id in everything(window):
        item = outline.item_for("touchpoint", tp_id)
        assert item is not None and item.parent() is not None
        if outline.tree.isRowHidden(item.row(), item.parent().index()):
            hidden.add(tp_id)
    assert hidden == UNINTENTIONAL


def test_a_criterion_from_the_menu_fades_exactly_the_others(qtbot, window: MainWindow) -> None:
    bar = window.filter_bar
    click(qtbot, bar.criteria_button)
    menu = bar.menu
    qtbot.waitUntil(menu.isVisible)
    channel_menu = menu.findChild(QMenu, "filterMenu_channel")
    assert channel_menu is not None
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(channel_menu.menuAction()).center())
    qtbot.waitUntil(channel_menu.isVisible)
    phone = next(a for a in channel_menu.actions() if a.text() == "Phone")
    qtbot.mouseClick(channel_menu, Qt.MouseButton.LeftButton, pos=channel_menu.actionGeometry(phone).center())
    assert bar.filter == CardFilter(channels=[Channel.PHONE])
    assert faded(window) == everything(window) - {"tp-bp-phone-booking", "tp-bp-confirmation"}
    assert window.filter_bar.status_label.text().startswith("Filter: Phone — 2 of 26 card")


def test_esc_on_the_canvas_clears_the_filter(qtbot, window: MainWindow) -> None:
    click(qtbot, window.filter_bar.preset_buttons["unintentional"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert faded(window) == set() and window.filter_bar.matching is None


def test_new_cards_are_filtered_too(qtbot, window: MainWindow) -> None:
    click(qtbot, window.filter_bar.preset_buttons["unintentional"])
    window.selection.set_stage("stage-book")
    window.add_card()  # a new card is intentional: it must fade
    new = window.selection.current
    assert new is not None and new not in UNINTENTIONAL
    qtbot.waitUntil(lambda: new in faded(window))
    assert faded(window) == everything(window) - UNINTENTIONAL and len(everything(window)) == 27


def grab(window: MainWindow) -> QImage:
    QApplication.processEvents()
    return window.view.viewport().grab().toImage()


def test_fading_is_painted_and_clearing_leaves_no_stale_paint(qtbot, window: MainWindow) -> None:
    window.view.zoom_to_fit()
    window.selection.clear()
    plain = grab(window)
    click(qtbot, window.filter_bar.preset_buttons["unintentional"])
    window.view.viewport().repaint()
    filtered = grab(window)
    view = window.view

    def centre(tp_id: str) -> QPoint:
        item = window.scene.card_item(tp_id)
        assert item is not None
        return view.mapFromScene(item.sceneBoundingRect().center())

    # A faded card's centre changes colour; a matching card's stays exactly as it was.
    assert filtered.pixel(centre("tp-bp-reception")) != plain.pixel(centre("tp-bp-reception"))
    assert filtered.pixel(centre("tp-bp-friend")) == plain.pixel(centre("tp-bp-friend"))
    window.filter_bar.clear()
    window.view.viewport().repaint()
    assert grab(window) == plain


def test_saving_a_view_is_an_undoable_edit_and_it_comes_back(qtbot, window: MainWindow) -> None:
    bar = window.filter_bar
    click(qtbot, bar.preset_buttons["unintentional"])
    assert isinstance(window.dialogs, Answers)
    window.dialogs.text = "Taller ✂ sin control"
    click(qtbot, bar.save_button)
    assert window.document.project.views == [View(name="Taller ✂ sin control", filter=bar.filter)]
    assert window.undo_stack.undoText() == "Save view “Taller ✂ sin control”"
    assert bar.view_combo.currentText() == "Taller ✂ sin control"
    assert window.filter_bar.status_label.text().startswith("Filter: Taller ✂ sin control — 6 of 26")
    bar.clear()
    assert bar.view_combo.currentIndex() == 0
    bar.view_combo.activated.emit(1)  # what choosing the view in the combo does
    assert faded(window) == everything(window) - UNINTENTIONAL
    click(qtbot, bar.delete_button)
    assert window.document.project.views == []
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.document.project.views == []
    window.undo_stack.redo()
    assert [v.name for v in window.document.project.views] == ["Taller ✂ sin control"]


def test_export_of_a_view_from_the_command_line(tmp_path: Path) -> None:
    project = template("beauty-salon")
    project.views.append(View(name="Workshop", filter=CardFilter(channels=[Channel.PHONE])))
    source = tmp_path / "salon.cxmap"
    storage.save(project, source, backup=False)
    out = tmp_path / "phone.csv"
    done = subprocess.run(
        [sys.executable, "-m", "cxmapper", "export", str(source), "-o", str(out), "--view", "workshop"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    titles = {row[1] for row in rows[1:]}
    assert titles == {"Booking by phone", "Appointment confirmation"}
    bad = subprocess.run(
        [sys.executable, "-m", "cxmapper", "export", str(source), "-o", str(out), "--view", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 1 and "no view named 'nope'" in bad.stderr and "'Workshop'" in bad.stderr


def test_the_export_dialog_offers_the_filtered_map(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxmapper.ui.export_dialog import ExportDialog

    def fake_exec(self: ExportDialog) -> int:
        qtbot.addWidget(self)
        assert self.filtered_check.text().startswith("Only the cards the filter shows (6)")
        self.format_box.setCurrentIndex(self.format_box.findData("csv"))
        assert self.filtered_check.isEnabled()
        self.filtered_check.click()
        self.path_edit.setText(str(tmp_path / "unintended.csv"))
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    click(qtbot, window.filter_bar.preset_buttons["unintentional"])
    written = window.export()
    assert written == tmp_path / "unintended.csv"
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert {row[0] for row in rows[1:]} == UNINTENTIONAL


CARMEN = {
    "tp-bp-friend",
    "tp-bp-local-news",
    "tp-bp-phone-booking",
    "tp-bp-confirmation",
    "tp-bp-reception",
    "tp-bp-consultation",
    "tp-bp-treatment",
    "tp-bp-payment",
    "tp-bp-invoice",
    "tp-bp-at-home",
    "tp-bp-loyalty-card",
    "tp-bp-next-reminder",
    "tp-bp-survey",
    "tp-bp-workshop",
    "tp-bp-client-recommends",
}


def test_the_persona_switcher_changes_the_curve(qtbot, window: MainWindow) -> None:
    combo = window.filter_bar.persona_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All personas", "Marta, 34", "Carmen, 61"]
    before = {p.tp_id for p in window.scene.curve_points()}
    assert len(before) == 26
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Carmen
    assert combo.currentText() == "Carmen, 61"
    assert {p.tp_id for p in window.scene.curve_points()} == CARMEN
    assert faded(window) == everything(window) - CARMEN
    # Carmen's averages: Discover (2+1)/2; Book (-1+1)/2; Salon (1+2+2+1)/4; After (0+1)/2;
    # Come back (1+2+0+2+2)/5.
    assert [p.score for p in window.scene.curve_averages()] == [1.5, 0.0, 1.5, 0.5, 1.4]
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # All personas
    assert len(window.scene.curve_points()) == 26 and faded(window) == set()


def test_the_export_dialog_adds_the_action_plan_and_the_summary(qtbot, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from cxmapper.ui.export_dialog import ExportDialog

    dialog = ExportDialog(template("beauty-salon"), tmp_path / "salon.md")
    qtbot.addWidget(dialog)
    dialog.fit_radio.setChecked(True)  # one page per map (the salon's default is a 2 x 1 poster)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    assert dialog.actions_check.isEnabled() and not dialog.content_group.isEnabled()
    dialog.actions_check.click()
    assert dialog.export_now()
    text = (tmp_path / "salon.md").read_text(encoding="utf-8")
    # Six salon cards name an opportunity; none is rated yet, so the worst score leads: the complaint.
    plan = text.split("## Action plan")[1]
    assert plan.count("\n| ") == 1 + 6  # the header and six rows
    assert "| 1 | One person owns the complaint" in text
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    assert not dialog.actions_check.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.path_edit.setText(str(tmp_path / "salon.pdf"))
    dialog.map_check.click()  # map off: the summary and the plan only
    dialog.summary_check.click()
    assert dialog.export_now()
    reader = PdfReader(tmp_path / "salon.pdf")
    assert "What the map says" in reader.pages[0].extract_text() and "Action plan" in reader.pages[1].extract_text()
    dialog.map_check.click()  # the map again, once per persona (Marta, Carmen), then the summary
    dialog.persona_box.setCurrentIndex(dialog.persona_box.findData(ALL_PERSONAS))
    assert dialog.persona_box.isEnabled()  # the salon has personas
    assert dialog.export_now()
    reader = PdfReader(tmp_path / "salon.pdf")
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles == ["Customer journey map \u2014 Marta, 34", "Customer journey map \u2014 Carmen, 61", "Summary"]
    assert len(reader.pages) == 4 and "Action plan" in reader.pages[3].extract_text()
