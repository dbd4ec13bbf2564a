"""The sharing formats from the editor: the Export dialog's web page, File > Import…, Edit > Copy as Table."""

from __future__ import annotations

import json
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


# -- File > Import… ------------------------------------------------------------------------------------


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path):
    from PySide6.QtCore import QSettings

    from cxmapper.ui.main_window import build_main_window
    from tests.test_ui_main_window import FakeDialogs

    def make(project):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(None, project=project, settings=settings, dialogs=FakeDialogs(), lang="en")
        qtbot.addWidget(window)
        return window

    return make


def _sheet(tmp_path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["id", "title", "stage", "channel", "score"])
    sheet.append(["tp-cs-blog", "Blog de tendencias", "Discover", "content", 2])  # 2: changed
    sheet.append(["", "Cupón", "Come back", "packaging", -1])  # 3: new
    sheet.append(["", "Radio", "Discover", "fax", ""])  # 4: bad channel
    sheet.append(["tp-cs-survey", "Satisfaction survey", "Come back", "survey", 0])  # 5: moves
    path = tmp_path / "client.xlsx"
    book.save(path)
    return path


def test_import_previews_then_applies_as_one_undo_step(make_window, tmp_path: Path) -> None:
    from cxmapper.model import storage
    from cxmapper.model.importer import apply_import, plan_import, read_table

    window = make_window(template("clothing-shop"))
    feature = window.import_feature
    assert feature.action.objectName() == "actionImport" and feature.action.isEnabled()
    assert feature.action in window.findChild(type(window.menuBar().actions()[0].menu()), "menuFile").actions()
    before = storage.dumps(window.document.project)
    seen: list[str] = []

    def cancel(preview) -> bool:
        assert window.document.project.touchpoint("tp-cs-blog").title == "Fashion trends blog"  # nothing yet
        seen.append(preview.summary.text())
        return False

    feature.ask_path = lambda: _sheet(tmp_path)
    feature.confirm = cancel
    assert feature.run() is False
    assert seen == ["1 new, 2 changed, 0 unchanged, 1 skipped"]
    assert storage.dumps(window.document.project) == before

    previews = []

    def accept(preview) -> bool:
        previews.append(
            [
                [
                    preview.tree.topLevelItem(i).child(j).text(0)
                    for j in range(preview.tree.topLevelItem(i).childCount())
                ]
                for i in range(3)
            ]
        )
        return True

    feature.confirm = accept
    expected = apply_import(window.document.project, plan_import(window.document.project, read_table(_sheet(tmp_path))))
    assert feature.run() is True
    added, changed, skipped = previews[0]
    assert added == ["Cupón — Come back"]
    assert changed == ["Fashion trends blog: title, score", "Satisfaction survey: moves to Come back"]
    assert skipped == ["Row 4, channel (D): not one of the choices (“fax”)"]
    project = window.document.project

    # The same result as the model's apply_import (new cards get fresh ids, so compare without them).
    def cards(p):
        return sorted(json.dumps(tp.model_dump(mode="json", exclude={"id"}), sort_keys=True) for tp in p.touchpoints)

    assert cards(project) == cards(expected) and len(project.touchpoints) == 20
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Import client.xlsx"
    window.undo_stack.undo()
    assert storage.dumps(window.document.project) == before
    window.undo_stack.redo()
    assert window.document.project.touchpoint("tp-cs-blog").title == "Blog de tendencias"


def test_import_of_an_unreadable_file_says_why(make_window, tmp_path: Path) -> None:
    window = make_window(template("clothing-shop"))
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    errors: list[str] = []
    window.import_feature.show_error = errors.append
    assert window.import_feature.run(bad) is False
    assert len(errors) == 1 and "not a readable Excel workbook" in errors[0]
    assert window.undo_stack.count() == 0


# -- Edit > Copy as Table ------------------------------------------------------------------------------------


def test_copy_as_table_puts_html_and_tsv_on_the_clipboard(make_window) -> None:
    from PySide6.QtGui import QGuiApplication

    project = template("clothing-shop")
    project.touchpoint("tp-cs-delivery").description = 'Line one\nline <two> & "three"'
    window = make_window(project)
    feature = window.copy_table
    assert feature.action.objectName() == "actionCopyAsTable" and feature.action.isEnabled()
    window.selection.set_touchpoints(["tp-cs-delivery", "tp-cs-blog"])
    assert feature.copy() == 2
    mime = QGuiApplication.clipboard().mimeData()
    text = mime.text()
    lines = text.split("\r\n")
    assert lines[0] == "Phase\tStage\tLane\tTouchpoint\tDescription\tChannel\tControl\tScore\tMoment of truth"
    # Reading order: Discover (the blog) before Receive the order (the delivery).
    assert lines[1].startswith("Before the purchase\tDiscover\tCustomer actions\tFashion trends blog\t")
    assert text.count("\r\n") == 3
    assert '"Line one\nline <two> & ""three"""' in text
    html = mime.html()
    assert "<table" in html and html.count("<tr>") == 3
    assert "line &lt;two&gt; &amp; &quot;three&quot;" in html and "Line one<br>" in html
    window.selection.clear()
    assert feature.copy() == 19  # nothing selected: the whole map


def test_export_dialog_writes_a_powerpoint_deck(qtbot: QtBot, tmp_path: Path) -> None:
    from pptx import Presentation

    dialog = ExportDialog(template("clothing-shop", "en"), tmp_path / "map.pdf")
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pptx"))
    assert dialog.output_path() == tmp_path / "map.pptx"
    assert dialog.export_now()
    cards = [s for s in Presentation(str(tmp_path / "map.pptx")).slides[0].shapes if s.name.startswith("card ")]
    assert len(cards) == 19
