"""The Export dialog, printing, and the Qt-painted PNG/SVG images (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cxmapper.export import ExportOptions, export
from cxmapper.model.library import template
from cxmapper.ui import export_dialog
from cxmapper.ui.dialogs import DialogHooks, ExportFollowUp
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
    # The salon is unreadable fitted on A4 (3.8 pt titles): the dialog starts on the 2 x 1
    # portrait A4 poster instead (see test_export_print for the arithmetic).
    assert dialog.poster_radio.isChecked()
    assert dialog.options().poster == (2, 1)
    assert dialog.options().orientation == "portrait"
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


# -- issue 11: an export people can trust ----------------------------------------------------------


@pytest.fixture
def english_numbers() -> Iterator[None]:
    """Decimal points as in English, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_preview_pages_through_every_page_of_the_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.fit_radio.setChecked(True)
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("landscape"))
    dialog.cards_check.setChecked(True)
    dialog.refresh_preview()
    # One map page; cards 3 x 3 per A4 landscape sheet (277 mm / 85 mm = 3 across, 181 mm /
    # 60 mm = 3 down), so the salon's 26 cards take 3 sheets, plus one sheet of blank cards.
    assert dialog.page_count() == 1 + 3 + 1
    assert dialog.page_label.text() == "Page 1 of 5"
    assert not dialog.prev_button.isEnabled()
    first = dialog.preview.pixmap().toImage()
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "Page 2 of 5"
    assert dialog.preview.pixmap().toImage() != first  # a sheet of cards, not the map again
    for _ in range(5):
        QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "Page 5 of 5"
    assert not dialog.next_button.isEnabled()
    QTest.mouseClick(dialog.prev_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == 4

    # With the table, the count is the file's: the table's pages sit between map and cards.
    dialog.table_check.setChecked(True)
    dialog.refresh_preview()
    assert dialog.export_now()
    pages = len(PdfReader(tmp_path / "map.pdf").pages)
    assert dialog.page_count() == pages > 5
    dialog.show_page(2)  # after the map and the summary page that comes with the table
    assert "Touchpoint table, page 1 of" in dialog.preview.text()


def test_dialog_warns_when_card_titles_print_too_small(qtbot: QtBot, tmp_path: Path, english_numbers: None) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    # The default (a 2 x 1 portrait poster) reads: 277 mm for 1286 units high, 6.7 pt titles.
    assert dialog.readability_label.text() == "Card titles will print at 6.7 pt."
    dialog.fit_radio.setChecked(True)
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("landscape"))
    # Fitted on one A4 landscape sheet: 3.8 pt (test_export_print works it out); A2 would read.
    assert dialog.readability_label.text() == (
        "Card titles will print at 3.8 pt, too small to read; choose A2 or a poster."
    )
    dialog.map_check.setChecked(False)
    dialog.cards_check.setChecked(True)
    assert dialog.readability_label.text() == ""  # no map, nothing to warn about


def test_suggest_grid_fills_the_sheets_and_shows_the_blank_paper(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.poster_radio.setChecked(True)
    dialog.cols_spin.setValue(3)
    dialog.rows_spin.setValue(2)
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("landscape"))
    # 3 x 2 landscape: the map spans 48 % of the width and all the height: 52 % blank.
    assert dialog.fill_label.text() == (
        "The map covers 48 % of the poster; 52 % of the paper stays blank. "
        "3 \u00d7 2 portrait sheets would leave only 4 % blank: press Suggest Grid."
    )
    dialog.sheets_spin.setValue(6)
    QTest.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    # 3 x 2 portrait: 550 x 544 mm for a 1360 x 1286 map, 4.4 % blank (see test_export_print).
    assert dialog.options().poster == (3, 2)
    assert dialog.options().orientation == "portrait"
    assert dialog.fill_label.text() == "The map covers 96 % of the poster; 4 % of the paper stays blank."


class _Recorder(QObject):
    """Stands in for the desktop: records the URLs QDesktopServices would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


class _Answer(DialogHooks):
    def __init__(self, choice: ExportFollowUp) -> None:
        self.choice = choice
        self.asked: list[Path] = []

    def exported(self, parent: QWidget, path: Path) -> ExportFollowUp:
        self.asked.append(path)
        return self.choice


@pytest.fixture
def desktop() -> Iterator[_Recorder]:
    recorder = _Recorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


def test_after_export_confirms_and_opens_the_file_or_its_folder(
    qtbot: QtBot, tmp_path: Path, desktop: _Recorder
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "bakery.pdf"
    path.write_bytes(b"%PDF")
    for choice, expected in (
        (ExportFollowUp.OPEN, [QUrl.fromLocalFile(str(path))]),
        (ExportFollowUp.SHOW_FOLDER, [QUrl.fromLocalFile(str(tmp_path))]),
        (ExportFollowUp.CLOSE, []),
    ):
        desktop.urls.clear()
        hooks = _Answer(choice)
        assert export_dialog.after_export(hooks, parent, path) is choice
        assert hooks.asked == [path]
        assert desktop.urls == expected


def test_the_confirmation_box_names_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "bakery.pdf"
    seen: list[str] = []

    def answer() -> None:
        box = parent.findChild(QMessageBox, "exportedBox")
        assert box is not None
        seen.append(box.text())
        button = box.findChild(QPushButton, "exportedShowFolder")
        assert button is not None
        button.click()

    QTimer.singleShot(0, answer)
    assert DialogHooks().exported(parent, path) is ExportFollowUp.SHOW_FOLDER
    assert seen == ["Exported “bakery.pdf”."]


def test_file_export_end_to_end_through_the_real_dialogs(
    qtbot: QtBot, tmp_path: Path, desktop: _Recorder, english_numbers: None
) -> None:
    """File > Export, the Export button, then the confirmation's Open button: the PDF opens."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from cxmapper.ui.main_window import build_main_window

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    project = template("clothing-shop")
    window = build_main_window(None, project=project, settings=settings, dialogs=DialogHooks(), lang="en")
    qtbot.addWidget(window)
    steps: list[str] = []
    target = tmp_path / "shop.pdf"

    def press_export() -> None:
        dialog = window.findChild(ExportDialog, "exportDialog")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, press_export)
            return
        steps.append(dialog.readability_label.text())
        dialog.path_edit.setText(str(target))
        QTimer.singleShot(0, press_open)
        dialog.export_button.click()

    def press_open() -> None:
        box = window.findChild(QMessageBox, "exportedBox")
        if box is None or not box.isVisible():
            QTimer.singleShot(20, press_open)
            return
        steps.append(box.text())
        button = box.findChild(QPushButton, "exportedOpen")
        assert button is not None
        button.click()

    QTimer.singleShot(0, press_export)
    export_action = window.findChild(QAction, "actionExport")
    assert export_action is not None
    export_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    # The clothing shop (1360 x 1070 units with title and legend) prints its titles at 4.8 pt
    # on one A4 sheet, so the dialog opened on the 2 x 1 portrait poster: 370 x 277 mm, height
    # bound at 277 / 1070 = 0.2589 mm = 0.734 pt per unit, titles at 11 x 0.734 = 8.1 pt.
    assert steps[0] == "Card titles will print at 8.1 pt."
    assert steps[1] == "Exported “shop.pdf”."
    assert desktop.urls == [QUrl.fromLocalFile(str(target))]
