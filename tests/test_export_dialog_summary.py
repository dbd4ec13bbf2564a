"""The Export dialog's summary checkbox and persona choice, driven by clicks and keys (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from cxmapper.model.library import template
from cxmapper.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def click(qtbot: QtBot, check: QCheckBox) -> None:
    """Click a check box on its indicator (the middle of a stretched box may be empty space)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def make_dialog(qtbot: QtBot, tmp_path: Path, lang: str = "en") -> ExportDialog:
    dialog = ExportDialog(template("beauty-salon", lang), tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The dialog starts on a poster for the salon (its titles would print too small on one A4
    # page); these tests start from a one-page map, where the summary is off by default.
    dialog.fit_radio.setChecked(True)
    return dialog


def test_summary_follows_poster_and_table_until_the_user_decides(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    summary = dialog.findChild(QCheckBox, "exportSummary")
    assert summary is dialog.summary_check and summary.accessibleName() == "Summary page"
    assert not summary.isChecked() and dialog.options().summary is False  # one-page map: no summary
    click(qtbot, dialog.table_check)
    assert dialog.table_check.isChecked()
    assert summary.isChecked() and dialog.options().summary is True  # on by default with the table
    click(qtbot, dialog.table_check)
    assert not summary.isChecked()
    qtbot.mouseClick(dialog.poster_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.poster_radio.height() // 2))
    assert dialog.poster_radio.isChecked() and summary.isChecked()  # and with a poster
    click(qtbot, summary)  # the user says no: it stays off whatever else changes
    assert not summary.isChecked()
    click(qtbot, dialog.table_check)
    assert not summary.isChecked() and dialog.options().summary is False


def test_summary_checkbox_exports_the_summary_page(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path, "es")
    click(qtbot, dialog.summary_check)
    assert dialog.summary_check.isChecked()
    assert dialog.export_now()
    pages = PdfReader(tmp_path / "map.pdf").pages
    assert len(pages) == 2
    assert "Lo que dice el mapa" in (pages[1].extract_text() or "")


def test_persona_choice_exports_that_personas_map(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    box = dialog.persona_box
    assert box.objectName() == "exportPersona" and box.isEnabled()
    assert [box.itemText(i) for i in range(box.count())] == [
        "Whole map",
        "Each persona, one map after the other",
        "Marta, 34",
        "Carmen, 61",
    ]
    assert dialog.options().persona is None
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert dialog.options().persona == "all"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert dialog.options().persona == "persona-carmen"
    assert dialog.export_now()
    (page,) = PdfReader(tmp_path / "map.pdf").pages
    assert "Persona: Carmen, 61" in (page.extract_text() or "")
    click(qtbot, dialog.map_check)  # no map, no persona maps: the choice is greyed out
    assert not box.isEnabled() and dialog.options().persona is None


def test_persona_choice_is_off_for_a_map_without_personas(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(template("blank", "en"), tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    assert dialog.persona_box.count() == 1 and not dialog.persona_box.isEnabled()
    assert dialog.options().persona is None
