"""The Export dialog (format, paper, poster, table, cards, language, live preview) and printing.

Self-contained: the main window calls `run_export_dialog` for File > Export and
`print_project` for File > Print. Both draw through `cxmapper.export` (the image module's Qt
painter for previews and printing, the writers for files), never through the editor's scene,
so what the preview shows is what the file gets.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter, QPixmap, QResizeEvent
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
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxmapper.export import ExportCancelled, ExportError, ExportOptions, export, format_for_path
from cxmapper.export.drawing import Page
from cxmapper.export.image import paint_page, preview_pages, render_page, render_png
from cxmapper.export.labels import Labels
from cxmapper.export.options import ALL_PERSONAS, LANGUAGES, MAX_POSTER_PAGES, MAX_POSTER_SHEETS, PAPERS
from cxmapper.export.pages import (
    Extent,
    blank_share,
    extent,
    plan_poster,
    primitive_pages,
    readability,
    resolve_options,
    suggest_defaults,
    suggest_poster,
)
from cxmapper.model.project import Project
from cxmapper.ui.background import Reporter, close_dialog, progress_dialog, run_in_background
from cxmapper.ui.dialogs import DialogHooks, ExportFollowUp

#: (format id, extension) in the order the format box lists them.
FORMAT_EXTENSIONS = (
    ("pdf", ".pdf"),
    ("csv", ".csv"),
    ("md", ".md"),
    ("png", ".png"),
    ("svg", ".svg"),
    ("html", ".html"),
    ("xlsx", ".xlsx"),
    ("pptx", ".pptx"),
)
PREVIEW_WIDTH = 360
#: Above this many cards the dialog shows no live preview (composing it takes over a second).
PREVIEW_MAX_CARDS = 3_000
#: Formats drawn by Qt's painter, which stays on the GUI thread.
_PAINTED_FORMATS = ("png", "svg")
#: How long an export may take before its progress dialog shows.
_SHOW_AFTER_MS = 400

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
    """Options for one export, a preview of every page, and the export itself.

    The paper, orientation and map size start from the map's shape (`suggest_defaults`), so a
    first export prints card titles readably; the dialog says how large they will print and
    warns when they would be too small. ``ask_path`` (a callable returning a path or None) and
    ``show_error`` are plain attributes so tests and embedders can answer without modal dialogs.
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
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(100)
        self._resize_timer.timeout.connect(self._on_resized)
        # The preview's sheets: drawn pages, or the number of a touchpoint-table page (the table
        # flows in ReportLab and is only counted, not drawn, for the preview).
        self._pages: list[Page | int] = []
        self._table_pages = 0
        self._table_counts: dict[tuple[object, ...], int] = {}
        self._page_index = 0
        self._build(suggested_path or Path.home() / "journey-map.pdf")
        self._apply_defaults()
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
            "html": self.tr("Web page (one file, opens offline in any browser)"),
            "xlsx": self.tr("Excel workbook (touchpoint table to fill in and import back)"),
            "pptx": self.tr("PowerPoint slides (editable map, stages, table)"),
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
        self.sheets_spin = _spin("exportSheets", 1, MAX_POSTER_PAGES, 4)
        self.sheets_spin.setAccessibleName(self.tr("Number of sheets for the suggested poster"))
        self.suggest_button = _named(QPushButton(self.tr("Suggest Grid")), "exportSuggestGrid")
        self.suggest_button.setToolTip(
            self.tr("Choose the grid and orientation the map fills best on at most this many sheets")
        )
        self.suggest_button.clicked.connect(self.suggest_grid)
        auto_row = QHBoxLayout()
        auto_row.addWidget(QLabel(self.tr("Best poster on")))
        auto_row.addWidget(self.sheets_spin)
        auto_row.addWidget(QLabel(self.tr("sheets:")))
        auto_row.addWidget(self.suggest_button)
        auto_row.addStretch(1)
        self.fill_label = _named(QLabel(), "exportFill")
        self.fill_label.setWordWrap(True)

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
        size_box.addLayout(auto_row)
        overlap_form = QFormLayout()
        overlap_form.addRow(self.tr("Glue overlap:"), self.overlap_spin)
        size_box.addLayout(overlap_form)
        size_box.addWidget(self.fill_label)
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
        self.readability_label = _named(QLabel(), "exportReadability")
        self.readability_label.setWordWrap(True)
        self.prev_button = _named(QPushButton(self.tr("Previous")), "exportPrevPage")
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.next_button = _named(QPushButton(self.tr("Next")), "exportNextPage")
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_label = _named(QLabel(), "exportPageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev_button.clicked.connect(lambda: self.show_page(self._page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page_index + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(nav)
        right.addWidget(self.readability_label)
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
        self.sheets_spin.setEnabled(pdf)
        self.suggest_button.setEnabled(pdf)
        if not self._summary_chosen:
            poster = self.map_check.isChecked() and not self.fit_radio.isChecked()
            self.summary_check.setChecked(poster or self.table_check.isChecked())
        self.persona_box.setEnabled(pdf and self.map_check.isChecked() and bool(self.project.personas))
        problem = self._problem()
        self.status.setText(problem or "")
        self.export_button.setEnabled(problem is None)
        self._update_advice(problem is None and pdf)
        self._preview_timer.start()

    def _labels(self) -> Labels:
        return Labels(ExportOptions(lang=str(self.lang_box.currentData())).language(self.project.language))

    def _apply_defaults(self) -> None:
        """Start from options that print this map's card titles readably (see `suggest_defaults`)."""
        opts = suggest_defaults(self.project, self._labels())
        self.paper_box.setCurrentText(opts.paper)
        self.orientation_box.setCurrentIndex(self.orientation_box.findData(opts.orientation))
        if opts.poster is not None:
            self.cols_spin.setValue(opts.poster[0])
            self.rows_spin.setValue(opts.poster[1])
            self.sheets_spin.setValue(opts.poster[0] * opts.poster[1])
            self.poster_radio.setChecked(True)
        else:
            self.fit_radio.setChecked(True)

    def suggest_grid(self) -> None:
        """Set the poster grid and orientation the map fills best on the chosen number of sheets."""
        opts = self.options()
        try:
            opts.validate()
        except ValueError:
            return
        labels = self._labels()
        choice = suggest_poster(extent(self.project, labels), opts, self.sheets_spin.value())
        self.orientation_box.setCurrentIndex(self.orientation_box.findData(choice.orientation))
        self.cols_spin.setValue(choice.cols)
        self.rows_spin.setValue(choice.rows)
        self.poster_radio.setChecked(True)
        self._sync()

    def _better_grid(self, size: Extent, opts: ExportOptions, blank: float) -> str:
        """A hint when the same number of sheets, arranged otherwise, wastes much less paper."""
        assert opts.poster is not None
        choice = suggest_poster(size, opts, opts.poster[0] * opts.poster[1])
        if choice.blank > blank - 0.1:
            return ""
        # The multiplication sign is the typographic one, as on the poster's assembly page.
        portrait = self.tr("%1 × %2 portrait sheets would leave only %3 % blank: press Suggest Grid.")  # noqa: RUF001
        landscape = self.tr("%1 × %2 landscape sheets would leave only %3 % blank: press Suggest Grid.")  # noqa: RUF001
        hint = portrait if choice.orientation == "portrait" else landscape
        percent = QLocale().toString(round(choice.blank * 100))
        return " " + hint.replace("%1", str(choice.cols)).replace("%2", str(choice.rows)).replace("%3", percent)

    def _update_advice(self, valid: bool) -> None:
        """How large the card titles print (a warning when too small) and how much paper stays blank."""
        self.readability_label.setText("")
        self.fill_label.setText("")
        opts = self.options()
        if not valid or not opts.include_map:
            return
        labels = self._labels()
        locale = QLocale()
        try:
            check = readability(self.project, opts, labels)
            if opts.is_poster:
                size = extent(self.project, labels)
                blank = blank_share(size, plan_poster(size, resolve_options(self.project, opts, labels)))
                covered = locale.toString(round((1 - blank) * 100))
                text = (
                    self.tr("The map covers %1 % of the poster; %2 % of the paper stays blank.")
                    .replace("%1", covered)
                    .replace("%2", locale.toString(round(blank * 100)))
                )
                if opts.poster is not None:
                    text += self._better_grid(size, opts, blank)
                self.fill_label.setText(text)
        except ExportError as exc:
            self.fill_label.setText(str(exc))
            return
        size_pt = locale.toString(check.title_pt, "f", 1)
        if check.readable:
            self.readability_label.setStyleSheet("")
            self.readability_label.setText(self.tr("Card titles will print at %1 pt.").replace("%1", size_pt))
            return
        if check.paper and check.poster and not opts.is_poster:
            advice = self.tr("Card titles will print at %1 pt, too small to read; choose %2 or a poster.")
        elif check.paper:
            advice = self.tr("Card titles will print at %1 pt, too small to read; choose %2.")
        elif check.poster and not opts.is_poster:
            advice = self.tr("Card titles will print at %1 pt, too small to read; choose a poster.")
        else:
            advice = self.tr(
                "Card titles will print at %1 pt, too small to read; choose more sheets or a larger paper."
            )
        self.readability_label.setStyleSheet("QLabel#exportReadability { color: #b45309; font-weight: bold; }")
        self.readability_label.setText(advice.replace("%1", size_pt).replace("%2", check.paper or ""))

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
        """Compose every page the export will produce and show the current one."""
        fmt = self.export_format()
        self._pages = []
        if fmt in ("csv", "md", "xlsx"):
            self._show_message(self.tr("No preview for tables of text."))
            return
        if len(self.project.touchpoints) > PREVIEW_MAX_CARDS:
            # Composing and painting 20,000 cards took 10-25 s on the GUI thread, again after
            # every change of an option, with nothing to say why the window froze.
            self._show_message(
                self.tr(
                    "No live preview for a map of %n cards: it would take seconds after every change. "
                    "Export, then open the file to check it.",
                    "",
                    len(self.project.touchpoints),
                )
            )
            return
        try:
            if fmt == "pdf":
                opts = self.options()
                opts.validate()
                labels = self._labels()
                map_pages, card_pages = primitive_pages(self.project, opts, labels)
                table = self._count_table_pages(opts) if opts.table else 0
                self._pages = [*map_pages, *range(1, table + 1), *card_pages]
                self._table_pages = table
                self.show_page(self._page_index)
                return
            image = render_png(self.project, ExportOptions(lang=self.options().lang, dpi=36))
        except (ValueError, ExportError) as exc:
            self._show_message(self._explain(exc) if isinstance(exc, ValueError) else str(exc))
            return
        self._show_image(QPixmap.fromImage(image))
        self._update_nav()

    def _count_table_pages(self, opts: ExportOptions) -> int:
        """The table's page count, laid out once per paper, orientation, margin and language.

        Laying out a big table takes seconds, and the map cannot change while the dialog is
        open, so toggling the cards or paging does not repeat it.
        """
        from cxmapper.export.pdf import table_page_count

        key = (opts.paper, opts.orientation, opts.margin_mm, opts.lang, opts.poster, opts.poster_auto, opts.sheets)
        if key not in self._table_counts:
            self._table_counts[key] = table_page_count(self.project, opts)
        return self._table_counts[key]

    def page_count(self) -> int:
        """How many pages the PDF will have (0 for other formats or before a preview)."""
        return len(self._pages)

    def current_page(self) -> int:
        """The page the preview shows, counted from 1 (0 when there is none)."""
        return self._page_index + 1 if self._pages else 0

    def show_page(self, index: int) -> None:
        """Show page ``index`` (from 0) of the PDF, clamped to the pages there are."""
        self._page_index = max(0, min(index, len(self._pages) - 1))
        if not self._pages:
            self._page_index = 0
            self._show_message(self.tr("Nothing to preview."))
            return
        page = self._pages[self._page_index]
        if isinstance(page, int):
            self._show_message(
                self.tr("Touchpoint table, page %1 of %2: one row per touchpoint, flowing from page to page.")
                .replace("%1", str(page))
                .replace("%2", str(self._table_pages))
            )
        else:
            # As large as the preview area allows, so card text can be checked before printing.
            room_w, room_h = self._preview_room()
            width = max(PREVIEW_WIDTH // 3, min(room_w, round(room_h * page.width / page.height)))
            self._show_image(QPixmap.fromImage(render_page(page, math.ceil(width * self.devicePixelRatioF()))))
        self._update_nav()

    def _update_nav(self) -> None:
        total = len(self._pages)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.current_page())).replace("%2", str(total)) if total else ""
        )
        self.prev_button.setEnabled(self._page_index > 0)
        self.next_button.setEnabled(self._page_index < total - 1)

    def _show_message(self, text: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.preview.setText(text)
        self.preview.setWordWrap(True)
        self._update_nav()

    def _preview_room(self) -> tuple[int, int]:
        """The preview area's size in logical pixels, less a small border."""
        return max(PREVIEW_WIDTH, self.preview.width() - 16), max(
            round(PREVIEW_WIDTH * 0.75), self.preview.height() - 16
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Redraw the page at the new size (composing it again is not needed)."""
        super().resizeEvent(event)
        self._resize_timer.start()

    def _on_resized(self) -> None:
        if self._pages:
            self.show_page(self._page_index)

    def _show_image(self, pixmap: QPixmap) -> None:
        ratio = self.devicePixelRatioF()
        room_w, room_h = self._preview_room()
        if pixmap.width() > room_w * ratio or pixmap.height() > room_h * ratio:
            pixmap = pixmap.scaled(
                round(room_w * ratio),
                round(room_h * ratio),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setText("")
        self.preview.setPixmap(pixmap)

    # -- export ---------------------------------------------------------------------------------

    def export_now(self) -> bool:
        """Export with a cancellable progress dialog; True once the file is written.

        The writers read only the model, so they run in a worker thread (`run_in_background`,
        as opening and importing do): the window repaints and Cancel answers even while
        ReportLab or openpyxl compress a big file between two progress reports. PNG and SVG
        are painted by Qt on the GUI thread, reporting progress as they go.
        """
        path, options, fmt = self.output_path(), self.options(), self.export_format()
        labels = [self.tr("Exporting “%1”…").replace("%1", path.name)]

        def work(reporter: Reporter) -> Path:
            export(self.project, path, options, reporter, fmt=fmt)
            return path

        try:
            if fmt in _PAINTED_FORMATS:
                self._export_painted(path, options, fmt, labels[0])
                written: Path | None = path
            else:
                written = run_in_background(
                    self,
                    work,
                    labels=labels,
                    title=self.tr("Export Map"),
                    name="exportProgress",
                    accessible=self.tr("Exporting"),
                    show_after_ms=_SHOW_AFTER_MS,
                )
        except ExportCancelled:
            return False
        except (ExportError, ValueError) as exc:
            self.show_error(str(exc))
            return False
        if written is None:
            return False
        self.exported_path = path
        return True

    def _export_painted(self, path: Path, options: ExportOptions, fmt: str, label: str) -> None:
        """PNG and SVG, drawn with QPainter on the GUI thread between progress reports."""
        progress = progress_dialog(
            self, [label], self.tr("Export Map"), "exportProgress", self.tr("Exporting"), _SHOW_AFTER_MS
        )
        progress.setRange(0, 100)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            export(self.project, path, options, report, fmt=fmt)
        finally:
            close_dialog(progress)

    def accept(self) -> None:
        """Export, and close only if the file was written."""
        if self._problem() is None and self.export_now():
            super().accept()


def after_export(hooks: DialogHooks, parent: QWidget, path: Path) -> ExportFollowUp:
    """Confirm a written export and open it, or its folder, if the user asks to.

    The answer comes from ``hooks.exported``, so tests answer without a modal loop; opening goes
    through `QDesktopServices`, i.e. the desktop's own viewer and file manager.
    """
    choice = hooks.exported(parent, path)
    target = {ExportFollowUp.OPEN: path, ExportFollowUp.SHOW_FOLDER: path.parent}.get(choice)
    if target is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        hooks.show_error(
            parent,
            QCoreApplication.translate("ExportDialog", "Cannot Open"),
            QCoreApplication.translate("ExportDialog", "No application is set up to open “%s”.") % target,
        )
    return choice


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
        poster_auto=base.poster_auto,
        sheets=base.sheets,
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
