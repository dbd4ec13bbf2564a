"""Undo commands of team work: settle a merge-conflict mark, take in another version of the map.

Resolving a mark is one undo step that sets the chosen value through the ordinary edit
commands and drops the mark; merging another version replaces the project as one step, so a
merge the user regrets is one Ctrl+Z away. Depends on the document API only (QtCore/QtGui).
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from cxmapper.commands import (
    Command,
    DeleteTouchpoint,
    EditDetails,
    EditLane,
    EditPersona,
    EditStage,
    EditTouchpoint,
    MoveTouchpoint,
    ReplaceProject,
)
from cxmapper.document import Document
from cxmapper.model.project import Conflict, Project
from cxmapper.vocab_labels import short_text


class Choice(enum.Enum):
    """How a person settles a mark."""

    OURS = "ours"  #: keep my value (or, for a deletion mark, keep the object)
    THEIRS = "theirs"  #: take my colleague's value
    DELETE = "delete"  #: for a card one side deleted: delete it after all
    DISMISS = "dismiss"  #: the mark's object is gone: just drop the mark


Names = dict[tuple[str, str], str]


def object_names(project: Project) -> Names:
    """(kind, id) -> the name a person knows each object by.

    Built once, so a list of marks on a 20,000-card map costs one pass, not one search per mark.
    """
    names: Names = {("map", ""): project.title}
    names.update((("touchpoint", tp.id), tp.title) for tp in project.touchpoints)
    names.update((("stage", s.id), s.name) for s in project.stages)
    names.update((("lane", lane.id), lane.name) for lane in project.lanes)
    names.update((("persona", p.id), p.name) for p in project.personas)
    return names


def target_title(project: Project, c: Conflict, names: Names | None = None) -> str | None:
    """The name of the marked object, or None when it no longer exists."""
    return (names if names is not None else object_names(project)).get((c.kind, c.target_id))


def choices(project: Project, c: Conflict, names: Names | None = None) -> list[Choice]:
    """The ways this mark can be settled, in the order the interface offers them."""
    if target_title(project, c, names) is None:
        return [Choice.DISMISS]
    if c.field:
        return [Choice.OURS, Choice.THEIRS]
    if c.kind == "touchpoint":
        return [Choice.OURS, Choice.DELETE]
    return [Choice.OURS]  # a stage, lane or persona still in use can only be kept


class _DropMark(Command):
    """Remove one mark; undo puts it back at its place in the list."""

    def __init__(self, doc: Document, index: int, parent: Command | None = None) -> None:
        super().__init__("", parent)
        self._doc = doc
        self._index = index
        self._conflict: Conflict | None = None

    def redo(self) -> None:
        """Drop the mark, keeping it for undo."""
        self._conflict = self._doc.remove_conflict(self._index)

    def undo(self) -> None:
        """Put the mark back."""
        assert self._conflict is not None
        self._doc.insert_conflict(self._conflict, self._index)


class ResolveConflict(Command):
    """Settle the mark at ``index`` with ``choice``: set the chosen value and drop the mark, one step."""

    def __init__(self, doc: Document, index: int, choice: Choice) -> None:
        project = doc.project
        c = project.conflicts[index]
        name = target_title(project, c) or c.target_id
        super().__init__(QCoreApplication.translate("Commands", "Resolve conflict on “%s”") % short_text(name))
        if choice not in choices(project, c):
            raise ValueError(f"{choice.value} does not settle this conflict")
        value = c.theirs if choice is Choice.THEIRS else c.ours
        if choice is Choice.DELETE:
            DeleteTouchpoint(doc, c.target_id, parent=self)
        elif c.field and choice in (Choice.OURS, Choice.THEIRS):
            self._set(doc, project, c, value)
        # The mark goes last, so undo brings it back before the value it described.
        _DropMark(doc, index, parent=self)

    def _set(self, doc: Document, project: Project, c: Conflict, value: Any) -> None:
        if c.kind == "touchpoint" and c.field == "cell":
            stage_id, lane_id = value
            tp = project.touchpoint(c.target_id)
            if (tp.stage_id, tp.lane_id) != (stage_id, lane_id):
                MoveTouchpoint(doc, c.target_id, stage_id, lane_id, len(project.cell(stage_id, lane_id)), parent=self)
            return
        edits: dict[str, type[EditTouchpoint | EditStage | EditLane | EditPersona]] = {
            "touchpoint": EditTouchpoint,
            "stage": EditStage,
            "lane": EditLane,
            "persona": EditPersona,
        }
        if c.kind == "map":
            EditDetails(doc, {c.field: value}, parent=self)
        else:
            edits[c.kind](doc, c.target_id, {c.field: value}, parent=self)


class MergeVersion(ReplaceProject):
    """Replace the open map with its merge with another version (one undo step).

    The views rebuild once on the document's ``reset``, as when a map is opened; the file path
    stays, and the map becomes unsaved.
    """

    def __init__(self, doc: Document, merged: Project, source_name: str) -> None:
        text = QCoreApplication.translate("Commands", "Merge changes from “%s”") % short_text(source_name)
        super().__init__(doc, merged, text)
