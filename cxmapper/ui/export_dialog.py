"""The Export dialog (format, paper, poster, table, cards, language, live preview) and printing.

Self-contained: the main window calls `run_export_dialog` for File > Export and
`print_project` for File > Print. Both draw through `cxmapper.export` (the image module's Qt
painter for previews and printing, the writers for files), never through the editor's scene,
so what the preview shows is what the file gets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxmapper.export import ExportCancelled, ExportError, ExportOptions, export, format_for_path
from cxmapper.export.image import paint_page, preview_pages, render_page, render_png
from cxmapper.export.options import ALL_PERSONAS, LANGUAGES, MAX_POSTER_SHEETS, PAPERS
from cxmapper.model.project import Project

#: (format id, extension) in the order the format box lists them.
FORMAT_EXTENSIONS = (("pdf", ".pdf"), ("csv", ".csv"), ("md", ".md"), ("png", ".png"), ("svg", ".svg"))
PREVIEW_WIDTH = 360

W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """Give a widget the object name tests and style sheets find it by."""
    widget.setObjectName(name)
    return widget


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    spin = _named(QSpinBox(), name)
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def _double_spin(name: str, low: float, high: float, value: float, suffix: str) -> QDoubleSpinBox:
    spin = _named(QDoubleSpinBox(), name)
    spin.setRange(low, high)
    spin.setDecimals(0 if high >= 100 else 1)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class ExportDialog(QDialog):
    """Options for one export, a preview of its first page, and the export itself.

    ``ask_path`` (a callable returning a path or None) and ``show_error`` are plain attributes
    so tests and embedders can answer without modal dialogs.
    """

    def __init__(self, project: Project, suggested_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Map"))
        self.project = project
        self.exported_path: Path | None = None
        self.ask_path: Callable[[], Path | None] = self._ask_path
        self.show_error: Callable[[str], None] = self._show_error
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build(suggested_path or Path.home() / "journey-map.pdf")
        self._sync()

    def offer_filtered(self, filtered: Project) -> None:
        """Offer to export only the cards the canvas's filter shows (unchecked: the whole map)."""
        full = self.project
        text = self.tr("Only the cards the filter shows (%n)", "", len(filtered.touchpoints))
        self.filtered_check = _named(QCheckBox(text), "exportFilteredOnly")
        # Not in "Contents", which CSV and Markdown disable: a filtered table makes sense too.
        self._left_column.insertWidget(self._left_column.indexOf(self.content_group) + 1, self.filtered_check)

        def choose(only: bool) -> None:
            self.project = filtered if only else full
            self._preview_timer.start()

        self.filtered_check.toggled.connect(choose)

    # -- widgets --------------------------------------------------------------------------------

    def _build(self, suggested: Path) -> None:
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.format_box = _named(QComboBox(), "exportFormat")
        names = {
            "pdf": self.tr("PDF document (map, poster, table, cards)"),
            "csv": self.tr("CSV spreadsheet (every field)"),
            "md": self.tr("Markdown table"),
            "png": self.tr("PNG image"),
            "svg": self.tr("SVG drawing"),
        }
        for fmt, _ext in FORMAT_EXTENSIONS:
            self.format_box.addItem(names[fmt], fmt)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_for_path(suggested) or "pdf")))

        self.paper_box = _named(QComboBox(), "exportPaper")
        self.paper_box.addItems(list(PAPERS))
        self.orientation_box = _named(QComboBox(), "exportOrientation")
        self.orientation_box.addItem(self.tr("Landscape"), "landscape")
        self.orientation_box.addItem(self.tr("Portrait"), "portrait")
        self.margin_spin = _double_spin("exportMargin", 0, 40, 10, " mm")

        self.fit_radio = _named(QRadioButton(self.tr("Fit to one page")), "exportFit")
        self.fit_radio.setChecked(True)
        self.poster_radio = _named(QRadioButton(self.tr("Poster of")), "exportPoster")
        self.scale_radio = _named(QRadioButton(self.tr("Poster at scale")), "exportScale")
        self._mode = QButtonGroup(self)
        for button in (self.fit_radio, self.poster_radio, self.scale_radio):
            self._mode.addButton(button)
        self.cols_spin = _spin("exportCols", 1, MAX_POSTER_SHEETS, 2)
        self.rows_spin = _spin("exportRows", 1, MAX_POSTER_SHEETS, 2)
        self.scale_spin = _double_spin("exportScaleValue", 5, 1000, 100, " %")
        self.overlap_spin = _double_spin("exportOverlap", 0, 50, 10, " mm")
        poster_row = QHBoxLayout()
        poster_row.addWidget(self.poster_radio)
        poster_row.addWidget(self.cols_spin)
        poster_row.addWidget(QLabel("\u00d7"))
        poster_row.addWidget(self.rows_spin)
        poster_row.addWidget(QLabel(self.tr("sheets")))
        poster_row.addStretch(1)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_radio)
        scale_row.addWidget(self.scale_spin)
        scale_row.addStretch(1)

        self.map_check = _named(QCheckBox(self.tr("The map")), "exportMap")
        self.map_check.setChecked(True)
        self.table_check = _named(QCheckBox(self.tr("Touchpoint table")), "exportTable")
        self.cards_check = _named(QCheckBox(self.tr("Workshop cards to cut out")), "exportCards")
        # The summary follows the default (on with a poster or the table) until the user decides.
        self.summary_check = _named(QCheckBox(self.tr("Summary page (figures, curve, priorities)")), "exportSummary")
        self.summary_check.setAccessibleName(self.tr("Summary page"))
        self._summary_chosen = False
        self.summary_check.clicked.connect(self._on_summary_clicked)
        self.persona_box = _named(QComboBox(), "exportPersona")
        self.persona_box.setAccessibleName(self.tr("Map per persona"))
        self.persona_box.addItem(self.tr("Whole map"), None)
        if self.project.personas:
            self.persona_box.addItem(self.tr("Each persona, one map after the other"), ALL_PERSONAS)
            for persona in self.project.personas:
                self.persona_box.addItem(persona.name, persona.id)
        # Not under "Contents" (PDF only): CSV and Markdown can carry the action plan too.
        self.actions_check = _named(QCheckBox(self.tr("Action plan (opportunities by priority)")), "exportActions")

        self.lang_box = _named(QComboBox(), "exportLanguage")
        lang_names = {"en": "English", "es": "Español", "ca": "Català"}
        for lang in LANGUAGES:
            self.lang_box.addItem(lang_names[lang], lang)
        default_lang = ExportOptions().language(self.project.language)
        self.lang_box.setCurrentIndex(self.lang_box.findData(default_lang))

        self.page_group = QGroupBox(self.tr("Paper"))
        page_form = QFormLayout(self.page_group)
        page_form.addRow(self.tr("Size:"), self.paper_box)
        page_form.addRow(self.tr("Orientation:"), self.orientation_box)
        page_form.addRow(self.tr("Margins:"), self.margin_spin)
        self.size_group = QGroupBox(self.tr("Map size"))
        size_box = QVBoxLayout(self.size_group)
        size_box.addWidget(self.fit_radio)
        size_box.addLayout(poster_row)
        size_box.addLayout(scale_row)
        overlap_form = QFormLayout()
        overlap_form.addRow(self.tr("Glue overlap:"), self.overlap_spin)
        size_box.addLayout(overlap_form)
        self.content_group = QGroupBox(self.tr("Contents"))
        content_box = QVBoxLayout(self.content_group)
        for check in (self.map_check, self.table_check, self.cards_check, self.summary_check):
            content_box.addWidget(check)
        persona_form = QFormLayout()
        persona_form.addRow(self.tr("Persona:"), self.persona_box)
        content_box.addLayout(persona_form)

        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Printed labels:"), self.lang_box)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.page_group)
        left.addWidget(self.size_group)
        left.addWidget(self.content_group)
        left.addWidget(self.actions_check)
        self._left_column = left
        left.addStretch(1)

        self.preview = _named(QLabel(), "exportPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 0.75))
        self.preview.setStyleSheet("QLabel#exportPreview { background: #e2e8f0; border-radius: 6px; }")
        self.status = _named(QLabel(), "exportStatus")
        self.status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.status)

        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

        for box in (self.format_box, self.paper_box, self.orientation_box, self.lang_box, self.persona_box):
            box.currentIndexChanged.connect(self._sync)
        for spin in (self.margin_spin, self.cols_spin, self.rows_spin, self.scale_spin, self.overlap_spin):
            spin.valueChanged.connect(self._sync)
        toggles: tuple[QAbstractButton, ...] = (
            self.fit_radio,
            self.poster_radio,
            self.scale_radio,
            self.map_check,
            self.table_check,
            self.cards_check,
            self.actions_check,
        )
        for toggle in toggles:
            toggle.toggled.connect(self._sync)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)

    # -- state ----------------------------------------------------------------------------------

    def export_format(self) -> str:
        """The chosen format id (pdf, csv, md, png, svg)."""
        return str(self.format_box.currentData())

    def output_path(self) -> Path:
        """The file to write."""
        return Path(self.path_edit.text().strip()).expanduser()

    def options(self) -> ExportOptions:
        """The options the widgets describe (not yet validated)."""
        return ExportOptions(
            paper=self.paper_box.currentText(),
            orientation=self.orientation_box.currentData(),
            margin_mm=self.margin_spin.value(),
            poster=(self.cols_spin.value(), self.rows_spin.value()) if self.poster_radio.isChecked() else None,
            scale=self.scale_spin.value() if self.scale_radio.isChecked() else None,
            overlap_mm=self.overlap_spin.value(),
            include_map=self.map_check.isChecked(),
            table=self.table_check.isChecked(),
            cards=self.cards_check.isChecked(),
            lang=str(self.lang_box.currentData()),
            summary=self.summary_check.isChecked(),
            persona=self.persona_box.currentData() if self.map_check.isChecked() else None,
            actions=self.actions_check.isChecked() and self.export_format() in ("pdf", "csv", "md"),
        )

    def _sync(self) -> None:
        """Enable what applies to the format, check the options, and schedule a new preview."""
        fmt = self.export_format()
        pdf = fmt == "pdf"
        for widget in (self.page_group, self.size_group, self.content_group):
            widget.setEnabled(pdf)
        self.lang_box.setEnabled(fmt != "csv")
        self.actions_check.setEnabled(fmt in ("pdf", "csv", "md"))
        self.cols_spin.setEnabled(pdf and self.poster_radio.isChecked())
        self.rows_spin.setEnabled(pdf and self.poster_radio.isChecked())
        self.scale_spin.setEnabled(pdf and self.scale_radio.isChecked())
        self.overlap_spin.setEnabled(pdf and not self.fit_radio.isChecked())
        if not self._summary_chosen:
            self.summary_check.setChecked(not self.fit_radio.isChecked() or self.table_check.isChecked())
        self.persona_box.setEnabled(pdf and self.map_check.isChecked() and bool(self.project.personas))
        problem = self._problem()
        self.status.setText(problem or "")
        self.export_button.setEnabled(problem is None)
        self._preview_timer.start()

    def _problem(self) -> str | None:
        if not self.path_edit.text().strip():
            return self.tr("Choose a file to export to.")
        if self.export_format() != "pdf":
            return None
        try:
            self.options().validate()
        except ValueError as exc:
            return self._explain(exc)
        return None

    def _explain(self, exc: ValueError) -> str:
        """The export module's complaint in the interface language (it writes English, for the CLI)."""
        text = str(exc)
        known = (
            ("the margin", self.tr("The margins must be less than a quarter of the sheet.")),
            ("the overlap", self.tr("The glue overlap must be less than half the printable width.")),
            ("the poster scale", self.tr("The poster scale must be between 5 % and 1000 %.")),
            ("poster columns", self.tr("A poster has 1 to %d sheets across and down.") % MAX_POSTER_SHEETS),
            ("nothing to export", self.tr("Nothing to export: keep the map, or add the table or the cards.")),
        )
        return next((message for prefix, message in known if text.startswith(prefix)), text)

    def _on_summary_clicked(self) -> None:
        """The user chose: the summary stops following the poster and table options.

        Connected to ``clicked`` (user input only, emitted after ``toggled``) rather than
        ``toggled``, so `_sync` setting the default never counts as the user's choice.
        """
        self._summary_chosen = True
        self._sync()

    def _on_format_changed(self) -> None:
        """Keep the file name's extension in step with the chosen format."""
        ext = dict(FORMAT_EXTENSIONS)[self.export_format()]
        path = self.output_path()
        if path.suffix.lower() != ext and self.path_edit.text().strip():
            self.path_edit.setText(str(path.with_suffix(ext)))

    def _on_browse(self) -> None:
        chosen = self.ask_path()
        if chosen is None:
            return
        self.path_edit.setText(str(chosen))
        fmt = format_for_path(chosen)
        if fmt is not None:
            self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def _ask_path(self) -> Path | None:
        ext = dict(FORMAT_EXTENSIONS)[self.export_format()]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Map"),
            str(self.output_path()),
            self.tr("Export files (*{ext});;All files (*)").format(ext=ext),
        )
        return Path(name) if name else None

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), message)

    # -- preview --------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Draw the first page (or the image) the export will produce."""
        fmt = self.export_format()
        if fmt in ("csv", "md"):
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview for tables of text."))
            return
        try:
            if fmt == "pdf":
                opts = self.options()
                opts.validate()
                pages = preview_pages(self.project, opts)
                if not pages:
                    self.preview.setPixmap(QPixmap())
                    self.preview.setText(self.tr("The touchpoint table starts the document."))
                    return
                image = render_page(pages[0], PREVIEW_WIDTH * self.devicePixelRatioF().__ceil__())
            else:
                image = render_png(self.project, ExportOptions(lang=self.options().lang, dpi=36))
        except (ValueError, ExportError) as exc:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self._explain(exc) if isinstance(exc, ValueError) else str(exc))
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        if pixmap.width() > PREVIEW_WIDTH * self.devicePixelRatioF():
            pixmap = pixmap.scaledToWidth(
                round(PREVIEW_WIDTH * self.devicePixelRatioF()), Qt.TransformationMode.SmoothTransformation
            )
        self.preview.setText("")
        self.preview.setPixmap(pixmap)

    # -- export ---------------------------------------------------------------------------------

    def export_now(self) -> bool:
        """Export with a cancellable progress dialog; True once the file is written."""
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100, self)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        path = self.output_path()
        try:
            export(self.project, path, self.options(), report, fmt=self.export_format())
        except ExportCancelled:
            return False
        except (ExportError, ValueError) as exc:
            self.show_error(str(exc))
            return False
        finally:
            progress.close()
            progress.deleteLater()
        self.exported_path = path
        return True

    def accept(self) -> None:
        """Export, and close only if the file was written."""
        if self._problem() is None and self.export_now():
            super().accept()


def run_export_dialog(
    parent: QWidget | None, project: Project, suggested_path: Path | None = None, filtered: Project | None = None
) -> Path | None:
    """Show the Export dialog; return the written file, or None if the user cancelled.

    ``filtered`` is the map as the canvas's filter shows it; the dialog then offers it.
    """
    dialog = ExportDialog(project, suggested_path, parent)
    if filtered is not None:
        dialog.offer_filtered(filtered)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.exported_path
        return None
    finally:
        dialog.deleteLater()


_PAGE_IDS: dict[QPageSize.PageSizeId, str] = {
    QPageSize.PageSizeId.A4: "A4",
    QPageSize.PageSizeId.A3: "A3",
    QPageSize.PageSizeId.A2: "A2",
    QPageSize.PageSizeId.A1: "A1",
    QPageSize.PageSizeId.A0: "A0",
    QPageSize.PageSizeId.Letter: "Letter",
    QPageSize.PageSizeId.Legal: "Legal",
    QPageSize.PageSizeId.Tabloid: "Tabloid",
}


def print_project(
    parent: QWidget | None,
    project: Project,
    options: ExportOptions | None = None,
    printer: QPrinter | None = None,
    ask: bool = True,
) -> bool:
    """Print the map (and posters or cards, if ``options`` say so) with the system print dialog.

    The sheets are composed for the printer's paper and painted by the same code as the PNG
    export; the printer's own margins replace the export margins. ``printer`` and ``ask`` let
    a test print to a PDF file without a dialog. Returns whether anything was printed.
    """
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)  # maps are wide
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", "Print Map"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    layout = printer.pageLayout()
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    base = options or ExportOptions()
    opts = ExportOptions(
        paper=_PAGE_IDS.get(layout.pageSize().id(), "A4"),
        orientation="landscape" if landscape else "portrait",
        margin_mm=0,
        poster=base.poster,
        scale=base.scale,
        overlap_mm=base.overlap_mm,
        include_map=base.include_map,
        cards=base.cards,
        lang=base.lang,
    )
    pages = preview_pages(project, opts)
    if not pages:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            paint_page(painter, page, target.translated(-target.topLeft()))
    finally:
        painter.end()
    return True
