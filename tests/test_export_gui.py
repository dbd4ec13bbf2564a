"""The Export dialog, printing, and the Qt-painted PNG/SVG images (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog
from pytestqt.qtbot import QtBot

from cxmapper.export import ExportOptions, export
from cxmapper.model.library import template
from cxmapper.ui import export_dialog
from cxmapper.ui.export_dialog import ExportDialog, print_project, run_export_dialog

pytestmark = pytest.mark.gui


def ink_ratio(image: QImage) -> float:
    """The share of sampled pixels that are not near-white."""
    step = max(1, min(image.width(), image.height()) // 120)
    seen = dark = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen += 1
            dark += QColor(image.pixel(x, y)).lightness() < 200
    return dark / seen


def make_dialog(qtbot: QtBot, tmp_path: Path, name: str = "map.pdf") -> ExportDialog:
    dialog = ExportDialog(template("beauty-salon", "ca"), tmp_path / name)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_defaults_follow_the_project_and_preview_the_first_page(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    assert dialog.objectName() == "exportDialog"
    assert dialog.export_format() == "pdf"
    assert dialog.options().lang == "ca"
    dialog.refresh_preview()
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull()
    assert ink_ratio(pixmap.toImage()) > 0.02
    dialog.poster_radio.setChecked(True)
    assert dialog.options().poster == (2, 2)
    assert dialog.overlap_spin.isEnabled()
    dialog.refresh_preview()
    assert not dialog.preview.pixmap().isNull()


def test_format_switch_updates_extension_and_disables_pdf_options(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    assert dialog.output_path().suffix == ".csv"
    assert not dialog.page_group.isEnabled() and not dialog.content_group.isEnabled()
    dialog.refresh_preview()
    assert dialog.preview.pixmap().isNull() and dialog.preview.text()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.refresh_preview()
    assert not dialog.preview.pixmap().isNull()


def test_browse_uses_the_replaceable_file_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.ask_path = lambda: tmp_path / "chosen.svg"
    dialog.findChild(type(dialog.export_button), "exportBrowse").click()
    assert dialog.output_path() == tmp_path / "chosen.svg"
    assert dialog.export_format() == "svg"
    dialog.ask_path = lambda: None
    dialog.findChild(type(dialog.export_button), "exportBrowse").click()
    assert dialog.output_path() == tmp_path / "chosen.svg"


def test_bad_options_disable_export(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.map_check.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text()
    dialog.table_check.setChecked(True)
    assert dialog.export_button.isEnabled()


def test_export_writes_the_file_and_cancel_leaves_none(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.table_check.setChecked(True)
    dialog.cards_check.setChecked(True)
    assert dialog.export_now()
    assert dialog.exported_path == tmp_path / "map.pdf"
    assert len(PdfReader(tmp_path / "map.pdf").pages) >= 4

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog.path_edit.setText(str(tmp_path / "cancelled.pdf"))
    assert not dialog.export_now()
    assert not (tmp_path / "cancelled.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf"]


def test_export_errors_are_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    errors: list[str] = []
    dialog.show_error = errors.append
    dialog.path_edit.setText(str(tmp_path / "missing" / "map.pdf"))
    assert not dialog.export_now()
    assert errors and "does not exist" in errors[0]


def test_run_export_dialog_returns_the_written_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(self: ExportDialog) -> int:
        qtbot.addWidget(self)
        self.format_box.setCurrentIndex(self.format_box.findData("md"))
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    written = run_export_dialog(None, template("clothing-shop", "es"), tmp_path / "shop.pdf")
    assert written == tmp_path / "shop.md"
    assert "Punto de contacto" in written.read_text(encoding="utf-8")
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert run_export_dialog(None, template("blank"), tmp_path / "x.pdf") is None


def test_print_paints_the_map_on_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_project(None, template("clothing-shop"), printer=printer, ask=False)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "Online clothing shop" in " ".join(reader.pages[0].extract_text().split())
    assert export_dialog.print_project is print_project


@pytest.mark.parametrize("name", ["clothing-shop", "beauty-salon"])
def test_png_and_svg_images_of_the_map(name: str, tmp_path: Path) -> None:
    project = template(name, "es")
    png = tmp_path / "map.png"
    export(project, png, ExportOptions(dpi=72))
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 600
    assert ink_ratio(image) > 0.05
    svg = tmp_path / "map.svg"
    export(project, svg)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and project.touchpoints[0].title.split()[0] in text
