"""The open map as a Qt object: the one way the editor changes a `Project`.

`Document` wraps the pure model operations and announces every change with a signal, so views
(canvas items, outline, inspector) update exactly what changed and never own data. Undo
commands call these methods; widgets never call `cxmapper.model.ops` directly. Depends on
QtCore only (no widgets).

Signals:
    touchpoint_added(str): a card was inserted (its id).
    touchpoint_removed(str): a card was deleted (its id).
    touchpoint_moved(str): a card changed cell or position; siblings may have shifted too.
    touchpoint_changed(str, list): a card's content fields changed (id, field names).
    stage_added(str), stage_removed(str), stage_moved(str), stage_changed(str, list)
    lane_added(str), lane_removed(str), lane_moved(str), lane_changed(str, list)
    personas_changed(): a persona was added, removed or edited.
    details_changed(list): the map's own fields (title, brand, ...) changed.
    structure_changed(): anything that changes the layout happened (emitted after the
        specific signal, once per operation, so geometry observers can recompute once).
    conflicts_changed(): a merge-conflict mark was resolved or put back.
    reset(): the whole project was replaced (open, reload, a merge of another version).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cxmapper.model import ops
from cxmapper.model.ops import Placement, Removed
from cxmapper.model.project import Conflict, Lane, Persona, Project, Stage, Touchpoint


class Document(QObject):
    """An open map: the project, where it is stored, and the change signals (see module doc)."""

    touchpoint_added = Signal(str)
    touchpoint_removed = Signal(str)
    touchpoint_moved = Signal(str)
    touchpoint_changed = Signal(str, list)
    stage_added = Signal(str)
    stage_removed = Signal(str)
    stage_moved = Signal(str)
    stage_changed = Signal(str, list)
    lane_added = Signal(str)
    lane_removed = Signal(str)
    lane_moved = Signal(str)
    lane_changed = Signal(str, list)
    personas_changed = Signal()
    details_changed = Signal(list)
    structure_changed = Signal()
    conflicts_changed = Signal()
    reset = Signal()
    path_changed = Signal()

    def __init__(self, project: Project, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._path = path
        # id -> card, so views find a card in O(1): `Project.touchpoint` walks the list, which
        # at 50,000 cards is milliseconds per call and made every edit cost the size of the map.
        self._tp_index: dict[str, Touchpoint] = {}

    @property
    def project(self) -> Project:
        """The live project. Read it freely; change it only through this class's methods."""
        return self._project

    @property
    def path(self) -> Path | None:
        """Where the map was last loaded from or saved to (None for a new map)."""
        return self._path

    def touchpoint(self, tp_id: str) -> Touchpoint:
        """Return the card with this id in constant time (KeyError if there is none).

        The index follows this class's own edits; it is rebuilt, once, whenever its size no
        longer matches the project's list (a project changed behind the document's back).
        """
        if len(self._tp_index) != len(self._project.touchpoints):
            self._tp_index = {t.id: t for t in self._project.touchpoints}
        return self._tp_index[tp_id]

    def has_touchpoint(self, tp_id: str) -> bool:
        """Whether a card with this id exists (constant time, see `touchpoint`)."""
        if len(self._tp_index) != len(self._project.touchpoints):
            self._tp_index = {t.id: t for t in self._project.touchpoints}
        return tp_id in self._tp_index

    def set_path(self, path: Path | None) -> None:
        """Record a new file location (after Save As)."""
        self._path = path
        self.path_changed.emit()

    def replace_project(self, project: Project, path: Path | None = None) -> None:
        """Swap in another project (reload from disk); views rebuild once on `reset`."""
        self._project = project
        self._path = path
        self._tp_index = {}
        self.reset.emit()
        self.path_changed.emit()

    # -- touchpoints ---------------------------------------------------------------------------

    def add_touchpoint(self, tp: Touchpoint, list_index: int | None = None) -> None:
        """Insert a card (see `ops.add_touchpoint`)."""
        ops.add_touchpoint(self._project, tp, list_index)
        if len(self._tp_index) == len(self._project.touchpoints) - 1:
            self._tp_index[tp.id] = tp
        self.touchpoint_added.emit(tp.id)
        self.structure_changed.emit()

    def delete_touchpoint(self, tp_id: str) -> Removed[Touchpoint]:
        """Delete a card; the result restores it through `add_touchpoint`."""
        removed = ops.delete_touchpoint(self._project, tp_id)
        self._tp_index.pop(tp_id, None)
        self.touchpoint_removed.emit(tp_id)
        self.structure_changed.emit()
        return removed

    def move_touchpoint(self, tp_id: str, stage_id: str, lane_id: str, order: int) -> Placement:
        """Move a card to a cell position; return where it was."""
        old = ops.move_touchpoint(self._project, tp_id, stage_id, lane_id, order)
        self.touchpoint_moved.emit(tp_id)
        self.structure_changed.emit()
        return old

    def update_touchpoint(self, tp_id: str, **changes: Any) -> dict[str, Any]:
        """Change a card's content fields; return the old values."""
        old = ops.update_touchpoint(self._project, tp_id, **changes)
        self.touchpoint_changed.emit(tp_id, list(changes))
        if "score" in changes:
            self.structure_changed.emit()  # the experience curve moves
        return old

    # -- stages ----------------------------------------------------------------------------------

    def add_stage(self, stage: Stage, index: int | None = None) -> None:
        """Insert a column."""
        ops.add_stage(self._project, stage, index)
        self.stage_added.emit(stage.id)
        self.structure_changed.emit()

    def delete_stage(self, stage_id: str) -> Removed[Stage]:
        """Delete an empty column."""
        removed = ops.delete_stage(self._project, stage_id)
        self.stage_removed.emit(stage_id)
        self.structure_changed.emit()
        return removed

    def move_stage(self, stage_id: str, index: int) -> int:
        """Move a column; return its former index."""
        old = ops.move_stage(self._project, stage_id, index)
        self.stage_moved.emit(stage_id)
        self.structure_changed.emit()
        return old

    def update_stage(self, stage_id: str, **changes: Any) -> dict[str, Any]:
        """Rename a column or edit its phase and notes; return the old values."""
        old = ops.update_stage(self._project, stage_id, **changes)
        self.stage_changed.emit(stage_id, list(changes))
        return old

    # -- lanes -----------------------------------------------------------------------------------

    def add_lane(self, lane: Lane, index: int | None = None) -> None:
        """Insert a row."""
        ops.add_lane(self._project, lane, index)
        self.lane_added.emit(lane.id)
        self.structure_changed.emit()

    def delete_lane(self, lane_id: str) -> Removed[Lane]:
        """Delete an empty row."""
        removed = ops.delete_lane(self._project, lane_id)
        self.lane_removed.emit(lane_id)
        self.structure_changed.emit()
        return removed

    def move_lane(self, lane_id: str, index: int) -> int:
        """Move a row; return its former index."""
        old = ops.move_lane(self._project, lane_id, index)
        self.lane_moved.emit(lane_id)
        self.structure_changed.emit()
        return old

    def update_lane(self, lane_id: str, **changes: Any) -> dict[str, Any]:
        """Rename a row; return the old values."""
        old = ops.update_lane(self._project, lane_id, **changes)
        self.lane_changed.emit(lane_id, list(changes))
        return old

    # -- personas and details ----------------------------------------------------------------------

    def add_persona(self, persona: Persona, index: int | None = None) -> None:
        """Add a persona."""
        ops.add_persona(self._project, persona, index)
        self.personas_changed.emit()

    def delete_persona(self, persona_id: str) -> Removed[Persona]:
        """Delete a persona no card refers to."""
        removed = ops.delete_persona(self._project, persona_id)
        self.personas_changed.emit()
        return removed

    def update_persona(self, persona_id: str, **changes: Any) -> dict[str, Any]:
        """Edit a persona; return the old values."""
        old = ops.update_persona(self._project, persona_id, **changes)
        self.personas_changed.emit()
        return old

    def update_details(self, **changes: Any) -> dict[str, Any]:
        """Edit the map's title, brand, author, description or language; return the old values."""
        old = ops.update_project(self._project, **changes)
        self.details_changed.emit(list(changes))
        return old

    # -- merge conflicts -----------------------------------------------------------------------

    def remove_conflict(self, index: int) -> Conflict:
        """Drop a merge-conflict mark; return it for `insert_conflict`."""
        conflict = ops.remove_conflict(self._project, index)
        self.conflicts_changed.emit()
        return conflict

    def insert_conflict(self, conflict: Conflict, index: int) -> None:
        """Put a merge-conflict mark back where it was."""
        ops.insert_conflict(self._project, conflict, index)
        self.conflicts_changed.emit()
