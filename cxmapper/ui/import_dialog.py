"""File > Import…: cards from an Excel or CSV touchpoint table, previewed, then applied as one undo step.

The window gives this feature its document and undo stack and puts `ImportFeature.action` in
the File menu. Reading and planning are the model's (`cxmapper.model.importer`); this module
asks for the file, shows what will be added and changed and which rows will be skipped (row,
column and reason, in the interface language) before anything happens, and turns the plan
into one undo step of ordinary card commands, so undo, redo and the views behave as for a paste.

A big sheet is read and checked in a worker thread (`cxmapper.ui.background`) behind a
progress dialog that shows after half a second and can be cancelled: nothing has changed
until the preview is confirmed. A big plan (more than `BULK_STEPS` cards) is applied as one
`ReplaceProject` step, the views rebuilding once, instead of one command per card: 20,000
cards one by one took minutes to add and far longer to undo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxmapper.commands import AddTouchpoint, EditTouchpoint, MoveTouchpoint, ReplaceProject, field_names, macro
from cxmapper.document import Document
from cxmapper.model.project import TOUCHPOINTS_MAX, Project
from cxmapper.ui.background import Reporter, busy, run_in_background
from cxmapper.ui.icons import action_icon
from cxmapper.vocab_labels import short_text

if TYPE_CHECKING:
    # The importer (and the spreadsheet's column words) load on the first import, not with the
    # window.
    from cxmapper.model import importer
    from cxmapper.model.importer import ImportPlan, RowError

T = TypeVar("T")

# Where a new or moved card goes in its cell: past the end, which the model clamps to "last".
_AT_END = TOUCHPOINTS_MAX
#: Plans with more steps than this replace the map in one step (the views rebuild once) rather
#: than run a command per card: each card's command updates every view, and from about a
#: hundred cards one rebuild is quicker, at any map size.
BULK_STEPS = 100
#: A rebuilt map from this many cards on shows a "Drawing" dialog (it takes about a second).
BIG_MAP_CARDS = 1_500
#: How long reading a sheet may take before its progress dialog shows.
SHOW_AFTER_MS = 500


def describe_error(error: RowError) -> str:
    """One skipped row in the interface language: "Row 6, Puntuación (K): not a score from -2 to +2 (“5”)"."""
    reasons = {
        "unknown_value": QCoreApplication.translate("ImportDialog", "not one of the choices"),
        "not_yes_no": QCoreApplication.translate("ImportDialog", "not yes or no"),
        "not_score": QCoreApplication.translate("ImportDialog", "not a score from -2 to +2"),
        "no_stage": QCoreApplication.translate("ImportDialog", "the map has no such stage"),
        "no_stage_in_phase": QCoreApplication.translate("ImportDialog", "the map has no stage in that phase"),
        "no_lane": QCoreApplication.translate("ImportDialog", "the map has no such lane"),
        "no_persona": QCoreApplication.translate("ImportDialog", "the map has no such persona"),
        "bad_id": QCoreApplication.translate("ImportDialog", "not a valid card id"),
        "duplicate_id": QCoreApplication.translate("ImportDialog", "the same id is on an earlier row"),
        "bad_color": QCoreApplication.translate("ImportDialog", "not a colour like #1a2b3c"),
    }
    reason = reasons.get(error.code)
    if reason is None:
        reason = error.message
    elif error.value:
        reason = f"{reason} (“{error.value}”)"
    return (
        QCoreApplication.translate("ImportDialog", "Row %1, %2: %3")
        .replace("%1", str(error.row))
        .replace("%2", error.column)
        .replace("%3", reason)
    )


class ImportPreviewDialog(QDialog):
    """What an import will do: cards to add, cards to change (and how), rows that will be skipped."""

    def __init__(self, project: Project, plan: ImportPlan, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", source.name))
        self.setAccessibleName(self.tr("Import preview"))
        self.resize(640, 480)
        stages = {s.id: s.name for s in project.stages}
        summary = QLabel(
            self.tr("%1 new, %2 changed, %3 unchanged, %4 skipped")
            .replace("%1", str(len(plan.added)))
            .replace("%2", str(len(plan.updated)))
            .replace("%3", str(plan.unchanged))
            .replace("%4", str(len(plan.errors)))
        )
        summary.setObjectName("importSummary")
        self.summary = summary
        self.tree = QTreeWidget()
        self.tree.setObjectName("importPreview")
        self.tree.setAccessibleName(self.tr("Changes the import will make"))
        self.tree.setHeaderHidden(True)
        untitled = self.tr("(untitled)")
        self.added_item = self._group(self.tr("New cards (%n)", "", len(plan.added)))
        for add in plan.added:
            tp = add.touchpoint
            title = short_text(tp.title, 60) or untitled
            text = f"{title} — {stages.get(tp.stage_id, '')}"
            QTreeWidgetItem(self.added_item, [text])
        self.changed_item = self._group(self.tr("Changed cards (%n)", "", len(plan.updated)))
        for update in plan.updated:
            parts = []
            if update.changes:
                parts.append(field_names(update.changes))
            if update.move_to is not None:
                parts.append(self.tr("moves to %1").replace("%1", stages.get(update.move_to[0], "")))
            QTreeWidgetItem(self.changed_item, [f"{short_text(update.title, 60)}: {', '.join(parts)}"])
        self.skipped_item = self._group(self.tr("Rows skipped (%n)", "", len(plan.errors)))
        for error in plan.errors:
            QTreeWidgetItem(self.skipped_item, [describe_error(error)])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(not plan.is_empty())
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _group(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return item


def _step_text(source: Path) -> str:
    return QCoreApplication.translate("ImportDialog", "Import %1").replace("%1", source.name)


def push_import(document: Document, undo_stack: QUndoStack, plan: ImportPlan, source: Path) -> None:
    """Apply a plan as one undo step: the same steps, in row order, as `importer.apply_import`."""
    from cxmapper.model.importer import AddCard, UpdateCard

    group = macro(_step_text(source))
    for step in plan.steps:
        if isinstance(step, AddCard):
            AddTouchpoint(document, step.touchpoint.model_copy(update={"order": _AT_END}), group)
        elif isinstance(step, UpdateCard):
            if step.changes:
                EditTouchpoint(document, step.tp_id, step.changes, parent=group)
            if step.move_to is not None:
                MoveTouchpoint(document, step.tp_id, step.move_to[0], step.move_to[1], _AT_END, group)
    undo_stack.push(group)


def _two_copies(project: Project) -> tuple[Project, Project]:
    """The map and a private copy of it (see `ReplaceProject`'s ``first``)."""
    return project, project.model_copy(deep=True)


class ImportFeature(QObject):
    """The File > Import… action and what it does; the window only adds the action to a menu.

    The file dialog, the preview and error reports are attributes (``ask_path``, ``confirm``,
    ``show_error``) so tests can answer them without a modal dialog.
    """

    def __init__(
        self,
        window: QWidget,
        document: Document,
        undo_stack: QUndoStack,
        aliases: importer.Aliases | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._undo_stack = undo_stack
        self._aliases = aliases  # None: the workbook's words, read on the first import
        self.action = QAction(action_icon("open"), self.tr("&Import…"), window)
        self.action.setObjectName("actionImport")
        tip = self.tr("Add or update cards from an Excel or CSV touchpoint table")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(lambda _checked=False: self.run())
        self.ask_path: Callable[[], Path | None] = self._ask_path
        self.confirm: Callable[[ImportPreviewDialog], bool] = self._confirm
        self.show_error: Callable[[str], None] = self._show_error
        self.last_preview: ImportPreviewDialog | None = None

    def run(self, path: Path | None = None) -> bool:
        """Ask for a file (unless given), preview, and import on confirmation; True if anything changed."""
        source = path or self.ask_path()
        if source is None:
            return False
        from cxmapper.model import importer

        if self._aliases is None:
            from cxmapper.export.xlsx import import_aliases

            self._aliases = import_aliases()
        project = self._document.project
        undo_index = self._undo_stack.index()
        try:
            read = self._in_background(source, lambda reporter: self._read_and_plan(source, project, reporter))
        except importer.TableReadError as exc:
            self.show_error(str(exc))
            return False
        if read is None:
            return False  # cancelled while reading: nothing has changed
        table, plan = read

        def changed() -> bool:
            return self._document.project is not project or self._undo_stack.index() != undo_index

        # The map may change under a slow step (reloaded from disk while the sheet was read,
        # the preview was open or a big plan was built): the rows then go into the map as it
        # is now, previewed again, never into the one they were checked against.
        for _attempt in range(3):
            if changed():
                project, undo_index = self._document.project, self._undo_stack.index()
                plan = importer.plan_import(project, table, self._aliases)
            preview = ImportPreviewDialog(project, plan, source, self._window)
            self.last_preview = preview
            try:
                if not self.confirm(preview) or plan.is_empty():
                    return False
            finally:
                preview.deleteLater()
            if changed():
                continue
            if len(plan.steps) <= BULK_STEPS:
                push_import(self._document, self._undo_stack, plan, source)
                return True
            step = self._build_bulk(project, plan, source)
            if step is None:
                return False
            if changed():
                continue
            self._push_bulk(step)
            return True
        return False

    def _read_and_plan(
        self, source: Path, project: Project, reporter: Reporter
    ) -> tuple[importer.Table, ImportPlan] | None:
        """Runs in the worker: reads the sheet and the map, changes neither."""
        from cxmapper.model import importer

        try:
            table = importer.read_table(source, reporter)
            reporter.start_phase(1)
            return table, importer.plan_import(project, table, self._aliases, progress=reporter)
        except importer.ImportCancelled:
            return None

    def _build_bulk(self, project: Project, plan: ImportPlan, source: Path) -> ReplaceProject | None:
        """A big plan as one `ReplaceProject` step, the new map built off the GUI thread; None if cancelled."""
        from cxmapper.model import importer

        def build(reporter: Reporter) -> tuple[Project, Project]:
            after = importer.apply_import(project, plan)
            if not reporter(1, 2):  # Cancel pressed: skip the private copy too
                raise importer.ImportCancelled
            return _two_copies(after)

        built = self._in_background(source, build, phase=2)
        if built is None:
            return None
        after, first = built
        return ReplaceProject(self._document, after, _step_text(source), first=first)

    def _push_bulk(self, step: ReplaceProject) -> None:
        """Push a whole-map step, under a "Drawing" dialog when the map is big."""
        if step.cards < BIG_MAP_CARDS:
            self._undo_stack.push(step)
            return
        with busy(
            self._window,
            self.tr("Drawing the map…"),
            self.tr("Importing Touchpoints"),
            "importProgress",
            self.tr("Importing"),
        ):
            self._undo_stack.push(step)

    def _in_background(self, source: Path, work: Callable[[Reporter], T | None], phase: int = 0) -> T | None:
        """Run pure ``work`` behind the import's progress dialog; None if cancelled."""
        labels = [
            self.tr("Reading “%1”…").replace("%1", source.name),
            self.tr("Checking the rows of “%1”…").replace("%1", source.name),
            self.tr("Importing “%1”…").replace("%1", source.name),
        ]
        return run_in_background(
            self._window,
            work,
            labels=labels[phase:],
            title=self.tr("Importing Touchpoints"),
            name="importProgress",
            accessible=self.tr("Importing"),
            show_after_ms=SHOW_AFTER_MS,
        )

    def _ask_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import Touchpoints"),
            str(self._document.path.parent) if self._document.path else "",
            self.tr("Touchpoint tables (*.xlsx *.csv *.tsv *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def _confirm(self, preview: ImportPreviewDialog) -> bool:
        return preview.exec() == QDialog.DialogCode.Accepted

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Import failed"), message)
