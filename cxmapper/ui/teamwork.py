"""Team work in the editor: merge conflicts to settle, other versions of the map to merge in.

A feature that plugs into the main window (STYLE practice 14): it owns the Conflicts dock and
its actions, and is given the document, selection, undo stack and dialogs. It keeps the bytes
of the map as last loaded or saved, the common ancestor when a sync client (or a colleague)
replaces the file on disk, so "merge their changes into mine" is a real three-way merge.

Nothing here changes the map except through undo commands (`cxmapper.conflict_commands`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxmapper.conflict_commands import Choice, MergeVersion, ResolveConflict, choices, object_names
from cxmapper.model import storage
from cxmapper.model.merge import conflict_copies, merge
from cxmapper.model.project import Conflict, Project
from cxmapper.model.storage import CxmapFileError

if TYPE_CHECKING:
    from cxmapper.ui.main_window import MainWindow

_CONFLICT_ROLE = Qt.ItemDataRole.UserRole
_COPY_ROLE = Qt.ItemDataRole.UserRole + 1


def _shown(value: Any) -> str:
    """A conflicting value as a person reads it (a score as +1, text as is, nothing as —)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, int):
        return f"{value:+d}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return " ".join(value.split())
    return json.dumps(value, ensure_ascii=False)


class ConflictsDock(QDockWidget):
    """The merge's open questions, one row each, with the buttons that settle the selected one.

    Also lists the sync client's conflict copies of the open map, each offered for merging.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Conflicts"), parent)
        self.setObjectName("conflictsDock")
        self.setAccessibleName(self.tr("Merge conflicts"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        self.summary = QLabel(body)
        self.summary.setObjectName("conflictsSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("conflictsList")
        self.list.setAccessibleName(self.tr("Conflicts to settle"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &Mine"), body)
        self.keep_mine.setObjectName("conflictKeepMine")
        self.take_theirs = QPushButton(self.tr("Take &Theirs"), body)
        self.take_theirs.setObjectName("conflictTakeTheirs")
        self.delete_card = QPushButton(self.tr("&Delete Card"), body)
        self.delete_card.setObjectName("conflictDelete")
        self.dismiss = QPushButton(self.tr("D&ismiss"), body)
        self.dismiss.setObjectName("conflictDismiss")
        self.merge_copy = QPushButton(self.tr("Merge This &Copy"), body)
        self.merge_copy.setObjectName("conflictMergeCopy")
        for button in (self.keep_mine, self.take_theirs, self.delete_card, self.dismiss, self.merge_copy):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)


class ConflictBanner(QFrame):
    """Above the Inspector's form: the selected card's conflicts, each with both values to pick from.

    One row per marked field, so a person settles a card where they edit it; the Conflicts
    panel lists the whole map's marks.
    """

    def __init__(self, feature: TeamFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorConflictBanner")
        self.setAccessibleName(self.tr("Merge conflicts of this card"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#inspectorConflictBanner { border: 2px dashed #e8590c; border-radius: 6px; }")
        self._feature = feature
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self.rows: list[tuple[int, QLabel, QPushButton, QPushButton]] = []
        self.hide()

    def show_marks(self, marks: list[tuple[int, Conflict]], names: dict[tuple[str, str], str]) -> None:
        """Rebuild the rows for ``marks`` (index in the map's list, mark); hide when there are none."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for index, c in marks:
            text = QLabel(self._feature.describe(c, names), self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            mine = QPushButton(self.tr("Keep Mine"), self)
            mine.setObjectName(f"bannerKeepMine{index}")
            theirs = QPushButton(self.tr("Take Theirs") if c.field else self.tr("Delete Card"), self)
            theirs.setObjectName(f"bannerTakeTheirs{index}")
            choice = Choice.THEIRS if c.field else Choice.DELETE
            mine.clicked.connect(lambda _=False, i=index: self._feature.resolve(i, Choice.OURS))
            theirs.clicked.connect(lambda _=False, i=index, ch=choice: self._feature.resolve(i, ch))
            buttons = QHBoxLayout()
            buttons.addWidget(mine)
            buttons.addWidget(theirs)
            buttons.addStretch(1)
            self._layout.addWidget(text)
            self._layout.addLayout(buttons)
            self.rows.append((index, text, mine, theirs))
        self.setVisible(bool(marks))


class TeamFeature(QObject):
    """Conflict marks and merging other versions, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._base: bytes | None = None
        self._base_path: Path | None = None
        self._copies: list[Path] = []
        self.dock = ConflictsDock(window)
        self.dock.hide()
        self.dock.list.currentRowChanged.connect(self._on_row_changed)
        self.dock.list.itemActivated.connect(lambda _item: self._select_target())
        self.dock.list.itemClicked.connect(lambda _item: self._select_target())
        self.dock.keep_mine.clicked.connect(lambda: self.resolve_current(Choice.OURS))
        self.dock.take_theirs.clicked.connect(lambda: self.resolve_current(Choice.THEIRS))
        self.dock.delete_card.clicked.connect(lambda: self.resolve_current(Choice.DELETE))
        self.dock.dismiss.clicked.connect(lambda: self.resolve_current(Choice.DISMISS))
        self.dock.merge_copy.clicked.connect(self._merge_current_copy)
        self.document.conflicts_changed.connect(self.refresh)
        self.document.reset.connect(self.refresh)
        self.document.touchpoint_changed.connect(self._on_card_changed)
        self.document.touchpoint_removed.connect(self._on_card_added_or_removed)
        self.document.touchpoint_added.connect(self._on_card_added_or_removed)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.action_merge = QAction(self.tr("&Merge Another Version…"), window)
        self.action_merge.setObjectName("actionMergeVersion")
        tip = self.tr("Merge a colleague's copy of this map into it; disagreements are listed to settle")
        self.action_merge.setStatusTip(tip)
        self.action_merge.setToolTip(tip)
        self.action_merge.triggered.connect(self.merge_dialog)
        file_menu = window.menuBar().findChild(QMenu, "menuFile")
        if isinstance(file_menu, QMenu):
            file_menu.insertAction(window.action_export, self.action_merge)
            file_menu.insertSeparator(window.action_export)
        toggle = self.dock.toggleViewAction()
        toggle.setObjectName("actionShowConflicts")
        toggle.setText(self.tr("Conf&licts"))
        view_menu = window.menuBar().findChild(QMenu, "menuView")
        if isinstance(view_menu, QMenu):
            view_menu.addAction(toggle)
        window.map_changed.connect(self._on_map_changed)
        self._on_map_changed()
        self.banner = ConflictBanner(self)
        window.inspector_dock.add_banner(self.banner)
        window.selection.changed.connect(self._update_banner)

    def _on_map_changed(self) -> None:
        self.action_merge.setEnabled(self.window.has_map)
        if not self.window.has_map:
            self.dock.hide()

    def merge_dialog(self) -> bool:
        """File > Merge Another Version…: choose a copy of this map and merge it in (one undo step)."""
        if not self.window.has_map:
            return False
        path = self.document.path
        start = path.parent if path is not None else None
        chosen = self.window.dialogs.get_open_path(self.window, start)
        return self.merge_file(chosen, use_base=False) if chosen is not None else False

    # -- the base: the map as this editor last read or wrote it ----------------------------------

    def remember_base(self, data: bytes | None = None) -> None:
        """Keep the file's bytes as the ancestor of the next merge (after open, reload and save).

        ``data``: the bytes just saved, if the caller has them (else the file is read).
        """
        path = self.document.path
        self._base_path = path
        try:
            self._base = data if data is not None else path.read_bytes() if path is not None else None
        except OSError:
            self._base = None
        self.scan_for_copies()

    def base_project(self) -> Project | None:
        """The remembered ancestor, or None when there is none for the open file."""
        if self._base is None or self._base_path != self.document.path:
            return None
        try:
            return storage.loads(self._base, self._base_path or "<base>")
        except CxmapFileError:
            return None

    # -- merging other versions -------------------------------------------------------------------

    def merge_file(self, path: Path, *, use_base: bool) -> bool:
        """Merge the map in ``path`` into the open one, as one undo step; False if it cannot be read.

        ``use_base`` merges three-way against the remembered ancestor (the file changed on disk);
        without it (a conflict copy, an e-mailed version) every disagreement becomes a conflict.
        """
        try:
            theirs = storage.load(path)
        except CxmapFileError as exc:
            self.window.dialogs.show_error(
                self.window, self.tr("Could Not Merge"), self.tr("“%s” could not be read.") % path.name, exc.reason
            )
            return False
        base = self.base_project() if use_base else None
        result = merge(base, self.document.project, theirs)
        self.window.undo_stack.push(MergeVersion(self.document, result.project, path.name))
        if use_base:
            # The disk version is part of the map now: it is the ancestor of the next merge.
            self._base = path.read_bytes()
        n = len(result.new_conflicts)
        if n:
            self.dock.show()
            self.dock.raise_()
            self.window.statusBar().showMessage(
                self.tr("Merged “%1”: %n conflict(s) to settle in the Conflicts panel", "", n).replace("%1", path.name),
                10000,
            )
        else:
            self.window.statusBar().showMessage(self.tr("Merged “%s” with no conflicts") % path.name, 8000)
        return True

    def scan_for_copies(self) -> None:
        """Look for a sync client's conflict copies of the open map and offer them."""
        path = self.document.path
        self._copies = conflict_copies(path) if path is not None else []
        self.refresh()
        if self._copies:
            self.dock.show()
            self.dock.raise_()
            self.window.statusBar().showMessage(
                self.tr(
                    "Your sync client left %n conflicting copy(ies) of this map: see the Conflicts panel",
                    "",
                    len(self._copies),
                ),
                10000,
            )

    def _merge_current_copy(self) -> None:
        item = self.dock.list.currentItem()
        copy = item.data(_COPY_ROLE) if item is not None else None
        if copy and self.merge_file(Path(copy), use_base=False):
            self._copies = [p for p in self._copies if str(p) != copy]
            self.refresh()

    # -- marks ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the list from the map's marks (few: linear in the map for the names)."""
        project = self.document.project
        # The names cost a pass over every card: only worth it when there is a mark to name
        # (this runs after every save, and a 10,000-card map paid 35 ms for an empty list).
        names = object_names(project) if project.conflicts else {}
        dock = self.dock
        row = dock.list.currentRow()
        dock.list.blockSignals(True)
        dock.list.clear()
        for index, c in enumerate(project.conflicts):
            item = QListWidgetItem(self.describe(c, names), dock.list)
            item.setData(_CONFLICT_ROLE, index)
        for copy in self._copies:
            item = QListWidgetItem(self.tr("Copy made by your sync client: %s") % copy.name, dock.list)
            item.setData(_COPY_ROLE, str(copy))
        dock.list.blockSignals(False)
        if dock.list.count():
            dock.list.setCurrentRow(min(max(row, 0), dock.list.count() - 1))
        n = len(project.conflicts)
        dock.summary.setText(
            self.tr(
                "%n conflict(s) from a merge. Choose a value for each; the map is settled when this list is empty.",
                "",
                n,
            )
            if n
            else self.tr("No conflicts: every change merged cleanly.")
        )
        self.window.scene.set_conflicted(c.target_id for c in project.conflicts if c.kind == "touchpoint")
        self._update_banner(names)
        self._on_row_changed(dock.list.currentRow())
        if n and not dock.isVisible() and self.window.has_map:
            dock.show()
            dock.raise_()

    def describe(self, c: Conflict, names: dict[tuple[str, str], str]) -> str:
        """One mark in a sentence: whose value is which, or who deleted what."""
        name = names.get((c.kind, c.target_id))
        if name is None:
            return self.tr("A conflict about something since deleted (%s)") % (c.target_id or c.field)
        if not c.field:
            if c.deleted_by == "ours":
                return self.tr("“%1” was deleted by you but changed by your colleague").replace("%1", name)
            return self.tr("“%1” was deleted by your colleague but changed by you").replace("%1", name)
        field = c.field.replace("_", " ")
        return (
            self.tr("“%1”, %2 — mine: %3 · theirs: %4")
            .replace("%1", name)
            .replace("%2", field)
            .replace("%3", _shown(c.ours))
            .replace("%4", _shown(c.theirs))
        )

    def _current_index(self) -> int | None:
        item = self.dock.list.currentItem()
        if item is None:
            return None
        index = item.data(_CONFLICT_ROLE)
        return int(index) if index is not None else None

    def _on_row_changed(self, row: int) -> None:
        del row
        dock = self.dock
        index = self._current_index()
        item = dock.list.currentItem()
        offered: list[Choice] = []
        if index is not None:
            offered = choices(self.document.project, self.document.project.conflicts[index])
        dock.keep_mine.setEnabled(Choice.OURS in offered)
        dock.take_theirs.setEnabled(Choice.THEIRS in offered)
        dock.delete_card.setVisible(Choice.DELETE in offered)
        dock.dismiss.setVisible(Choice.DISMISS in offered)
        dock.merge_copy.setVisible(item is not None and item.data(_COPY_ROLE) is not None)

    def _select_target(self) -> None:
        index = self._current_index()
        if index is None:
            return
        c = self.document.project.conflicts[index]
        if c.kind == "touchpoint" and c.target_id in {tp.id for tp in self.document.project.touchpoints}:
            self.window.selection.set_touchpoints([c.target_id])
            self.window.scene.ensure_card_visible(c.target_id)

    def resolve_current(self, choice: Choice) -> bool:
        """Settle the mark selected in the panel with ``choice``; False if nothing to settle."""
        index = self._current_index()
        return index is not None and self.resolve(index, choice)

    def resolve(self, index: int, choice: Choice) -> bool:
        """Settle the mark at ``index`` with ``choice`` (one undo step); False if that cannot settle it."""
        conflicts = self.document.project.conflicts
        if not 0 <= index < len(conflicts) or choice not in choices(self.document.project, conflicts[index]):
            return False
        self.window.undo_stack.push(ResolveConflict(self.document, index, choice))
        return True

    def _update_banner(self, names: dict[tuple[str, str], str] | None = None) -> None:
        if not hasattr(self, "banner"):
            return
        project = self.document.project
        current = self.window.selection.current
        marks = [
            (i, c)
            for i, c in enumerate(project.conflicts)
            if current is not None and c.kind == "touchpoint" and c.target_id == current
        ]
        self.banner.show_marks(marks, names if names is not None else (object_names(project) if marks else {}))

    def _on_card_changed(self, tp_id: str, fields: list[str]) -> None:
        if any(c.target_id == tp_id for c in self.document.project.conflicts):
            self.refresh()

    def _on_card_added_or_removed(self, tp_id: str) -> None:
        # Only a mark on the card deleted (or put back) reads differently now ("since deleted");
        # the list's names cost a pass over the map, which one card of 50,000 must not pay.
        if any(c.kind == "touchpoint" and c.target_id == tp_id for c in self.document.project.conflicts):
            self.refresh()
