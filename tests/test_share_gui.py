"""The sharing formats from the editor: the Export dialog's web page, File > Import…, Edit > Copy as Table."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cxmapper.model.library import template
from cxmapper.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def test_export_dialog_writes_a_web_page_in_the_chosen_language(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(template("beauty-salon", "ca"), tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert dialog.output_path() == tmp_path / "map.html"
    assert not dialog.page_group.isEnabled()  # paper options are the PDF's
    assert dialog.lang_box.isEnabled()
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("es"))
    assert dialog.export_now()
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="es">' in page and ">Todas las fases<" in page


def test_export_dialog_writes_an_excel_workbook(qtbot: QtBot, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    dialog = ExportDialog(template("clothing-shop", "es"), tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    assert dialog.output_path() == tmp_path / "map.xlsx"
    dialog.refresh_preview()
    assert dialog.preview.pixmap().isNull()  # a table of text has no picture
    assert dialog.export_now()
    sheet = load_workbook(tmp_path / "map.xlsx").worksheets[0]
    assert sheet.title == "Puntos de contacto" and sheet.freeze_panes == "C2"
    assert sheet.max_row == 20
