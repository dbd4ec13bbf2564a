"""Undoable edits: every change a user makes is one of these `QUndoCommand`s.

Each command calls the `Document` API (never a scene item or widget) and remembers what the
document returned, so `undo` is the exact inverse. Compound edits (deleting a stage with its
cards, pasting rows, moving a selection) are parents with child commands. Field edits merge
(`id`/`mergeWith`) so typing in one field is one undo step. Depends on QtCore/QtGui only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from cxmapper.document import Document
from cxmapper.model.default_names import renamed_defaults
from cxmapper.model.ops import Placement, Removed
from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint
from cxmapper.vocab_labels import short_text

# Command names show in Edit > Undo and the history view. Each call site spells out
# QCoreApplication.translate("Commands", "...") because lupdate only extracts literal calls it
# recognises; a helper like tr(text) would hide every string from it.

#: The words for the fields an edit can change, for "Edit title, score" (never the raw keys).
_FIELD_NAMES: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("Commands", "title"),
    "name": QT_TRANSLATE_NOOP("Commands", "name"),
    "description": QT_TRANSLATE_NOOP("Commands", "description"),
    "channel": QT_TRANSLATE_NOOP("Commands", "channel"),
    "control": QT_TRANSLATE_NOOP("Commands", "control"),
    "ownership": QT_TRANSLATE_NOOP("Commands", "ownership"),
    "influence": QT_TRANSLATE_NOOP("Commands", "influence"),
    "score": QT_TRANSLATE_NOOP("Commands", "score"),
    "moment_of_truth": QT_TRANSLATE_NOOP("Commands", "moment of truth"),
    "customer_action": QT_TRANSLATE_NOOP("Commands", "customer action"),
    "customer_goal": QT_TRANSLATE_NOOP("Commands", "customer goal"),
    "thoughts": QT_TRANSLATE_NOOP("Commands", "thoughts"),
    "pain_points": QT_TRANSLATE_NOOP("Commands", "pain points"),
    "opportunities": QT_TRANSLATE_NOOP("Commands", "opportunities"),
    "impact": QT_TRANSLATE_NOOP("Commands", "impact"),
    "effort": QT_TRANSLATE_NOOP("Commands", "effort"),
    "owner": QT_TRANSLATE_NOOP("Commands", "owner"),
    "kpi": QT_TRANSLATE_NOOP("Commands", "KPI"),
    "tags": QT_TRANSLATE_NOOP("Commands", "tags"),
    "personas": QT_TRANSLATE_NOOP("Commands", "personas"),
    "notes": QT_TRANSLATE_NOOP("Commands", "notes"),
    "color": QT_TRANSLATE_NOOP("Commands", "colour"),
    "phase": QT_TRANSLATE_NOOP("Commands", "phase"),
    "goals": QT_TRANSLATE_NOOP("Commands", "goals"),
    "brand": QT_TRANSLATE_NOOP("Commands", "brand"),
    "author": QT_TRANSLATE_NOOP("Commands", "author"),
    "language": QT_TRANSLATE_NOOP("Commands", "language"),
}


#: How much of a card's or stage's name a step shows: whole titles as people write them (the
#: history view wraps), cut only when pathological (a 200-character title).
NAME_LIMIT = 80


def _name(text: str) -> str:
    """A name as step names quote it: one line, whole up to `NAME_LIMIT` characters."""
    return short_text(text, NAME_LIMIT)


def field_names(changes: dict[str, Any]) -> str:
    """The changed fields in words of the interface language, e.g. "título, puntuación"."""
    return ", ".join(
        QCoreApplication.translate("Commands", str(_FIELD_NAMES[key])) if key in _FIELD_NAMES else key.replace("_", " ")
        for key in changes
    )


class Command(QUndoCommand):
    """Base of all our commands: composes child commands on the Python side.

    Qt's own parent/child commands do not mix with PySide: the parent's C++ destructor deletes
    children whose Python wrappers still think they own them (a double free at shutdown), and
    an unreferenced child wrapper loses its Python ``redo`` override. So a child is kept in its
    parent's Python list and run by `redo`/`undo` here; Qt only sees top-level commands.
    """

    def __init__(self, text: str, parent: Command | None = None) -> None:
        super().__init__(text)
        self._children: list[Command] = []
        if parent is not None:
            parent._children.append(self)

    def child_commands(self) -> list[Command]:
        """The steps this command groups, in redo order."""
        return list(self._children)

    def redo(self) -> None:
        """Redo the children in order."""
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        """Undo the children in reverse order."""
        for child in reversed(self._children):
            child.undo()


class ReplaceProject(Command):
    """Replace the open map with another version of it, as one undo step (a merge, a big import).

    The views rebuild once on the document's ``reset``, as when a map is opened, instead of
    once per changed card: for thousands of cards that is seconds instead of minutes, and the
    undo costs the same. The file path stays, and the map becomes unsaved. Both versions are
    kept as private copies, so later edits of the live map never change them.

    ``first`` is an equal copy of ``after`` that nothing else holds, shown by the first redo:
    a deep copy of 20,000 cards takes most of a second, and the caller can make it off the
    GUI thread.
    """

    def __init__(
        self, doc: Document, after: Project, text: str, parent: Command | None = None, *, first: Project | None = None
    ) -> None:
        super().__init__(text, parent)
        self._doc = doc
        self._before = doc.project
        self._after = after
        self._first = first

    @property
    def cards(self) -> int:
        """How many cards the new version holds (whether pushing it needs a "Drawing" dialog)."""
        return len(self._after.touchpoints)

    def redo(self) -> None:
        """Show the new version."""
        live, self._first = self._first, None
        self._doc.replace_project(live or self._after.model_copy(deep=True), self._doc.path)

    def undo(self) -> None:
        """Back to the map as it was before."""
        self._doc.replace_project(self._before.model_copy(deep=True), self._doc.path)


# Merge ids: one per kind of mergeable edit (QUndoCommand.id() must be an int, -1 = never merge).
_MERGE_FIELD_EDIT = 1001
_MERGE_NEW_CARD_TITLE = 1002


def _add_text(title: str) -> str:
    if not title.strip():
        return QCoreApplication.translate("Commands", "Add a card")
    return QCoreApplication.translate("Commands", "Add “%s”") % _name(title)


class AddTouchpoint(Command):
    """Create a card (from the catalogue, a paste, a duplicate or the Map menu).

    A card typed on the canvas is created before its title exists (the title is typed on the
    card itself): with ``awaiting_title`` the command absorbs the one `TitleNewCard` that
    follows it, so creating a card and naming it is one undo step, "Add “Opening hours”".
    `abandon` makes the next undo delete the command from the stack altogether, for a new card
    the user leaves without typing anything: no empty card and no step in the history.
    """

    def __init__(
        self, doc: Document, tp: Touchpoint, parent: Command | None = None, *, awaiting_title: bool = False
    ) -> None:
        super().__init__(_add_text(tp.title), parent)
        self._doc = doc
        self._tp = tp.model_copy(deep=True)
        self._awaiting_title = awaiting_title
        self._abandoned = False
        self._applied = False

    @property
    def tp_id(self) -> str:
        """The id of the card this command creates."""
        return self._tp.id

    @property
    def applied(self) -> bool:
        """Whether the card is in the map (False from the moment an undo starts removing it)."""
        return self._applied

    def redo(self) -> None:
        """Insert a fresh copy, so a redo after undo cannot share state with the undone one."""
        self._doc.add_touchpoint(self._tp.model_copy(deep=True))
        self._applied = True

    def undo(self) -> None:
        """Remove the card again (and leave the stack, once abandoned)."""
        self._applied = False
        self._doc.delete_touchpoint(self._tp.id)
        if self._abandoned:
            # QUndoStack deletes a command that is obsolete after its undo: no redo step is left.
            self.setObsolete(True)

    def abandon(self) -> None:
        """Make the next `undo` remove this command from the stack as well as the card."""
        self._abandoned = True

    def id(self) -> int:
        """Merge id: a card awaiting its title merges with the `TitleNewCard` that names it."""
        return _MERGE_NEW_CARD_TITLE if self._awaiting_title else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take the typed title into the creation step (once)."""
        if not (self._awaiting_title and isinstance(other, TitleNewCard) and other.tp_id == self._tp.id):
            return False
        self._tp = self._tp.model_copy(update={"title": other.title})
        self._awaiting_title = False
        self.setText(_add_text(other.title))
        return True


class DeleteTouchpoint(Command):
    """Delete a card; undo puts it back in the same cell, position and list index."""

    def __init__(self, doc: Document, tp_id: str, parent: Command | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete “%s”") % _name(doc.project.touchpoint(tp_id).title),
            parent,
        )
        self._doc = doc
        self._tp_id = tp_id
        self._removed: Removed[Touchpoint] | None = None

    def redo(self) -> None:
        """Delete and keep what `undo` needs."""
        self._removed = self._doc.delete_touchpoint(self._tp_id)

    def undo(self) -> None:
        """Re-insert the removed card where it was."""
        assert self._removed is not None
        self._doc.add_touchpoint(self._removed.item.model_copy(deep=True), self._removed.index)


class MoveTouchpoint(Command):
    """Move a card to a cell and position (a drag, a keyboard move, the outline)."""

    def __init__(
        self, doc: Document, tp_id: str, stage_id: str, lane_id: str, order: int, parent: Command | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Move “%s”") % _name(doc.project.touchpoint(tp_id).title),
            parent,
        )
        self._doc = doc
        self._tp_id = tp_id
        self._target = (stage_id, lane_id, order)
        self._old: Placement | None = None

    def redo(self) -> None:
        """Move and remember the former place."""
        self._old = self._doc.move_touchpoint(self._tp_id, *self._target)

    def undo(self) -> None:
        """Move back to the former place (exact inverse)."""
        assert self._old is not None
        self._doc.move_touchpoint(self._tp_id, self._old.stage_id, self._old.lane_id, self._old.order)


class _FieldEdit(Command):
    """Change fields of one object; consecutive edits of the same fields merge into one step.

    ``merge`` is False for discrete edits (a combo box, a checkbox) that should stay separate
    undo steps; typing passes True so each keystroke extends the same step.
    """

    kind = ""

    def __init__(
        self,
        doc: Document,
        target_id: str,
        changes: dict[str, Any],
        *,
        merge: bool = False,
        text: str | None = None,
        parent: Command | None = None,
    ) -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "Edit %s") % field_names(changes), parent)
        self._doc = doc
        self._target_id = target_id
        self._new = dict(changes)
        self._old: dict[str, Any] = {}
        self._merge = merge

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def redo(self) -> None:
        """Apply the new values; the first time, keep the old ones."""
        old = self._apply(self._new)
        if not self._old:
            self._old = old

    def undo(self) -> None:
        """Restore the old values."""
        self._apply(self._old)

    def id(self) -> int:
        """Merge id for typing; -1 (never merge) for discrete edits."""
        return _MERGE_FIELD_EDIT if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same fields of the same object."""
        if not (
            isinstance(other, _FieldEdit)
            and other.kind == self.kind
            and other._merge
            and other._target_id == self._target_id
            and set(other._new) == set(self._new)
        ):
            return False
        self._new = dict(other._new)
        # Typing back to the original text leaves nothing to undo.
        self.setObsolete(self._new == self._old)
        return True


class EditTouchpoint(_FieldEdit):
    """Change a card's content fields (title, description, score, channel...)."""

    kind = "touchpoint"

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._doc.update_touchpoint(self._target_id, **changes)


class RenameTouchpoint(EditTouchpoint):
    """Rename a card in place; the history names the card, "Rename “Instagram ads”"."""

    def __init__(self, doc: Document, tp_id: str, title: str, parent: Command | None = None) -> None:
        super().__init__(
            doc,
            tp_id,
            {"title": title},
            text=QCoreApplication.translate("Commands", "Rename “%s”") % _name(title),
            parent=parent,
        )


class TitleNewCard(RenameTouchpoint):
    """The title typed on a card just created; merges into its `AddTouchpoint` (one step)."""

    @property
    def tp_id(self) -> str:
        """The card being named."""
        return self._target_id

    @property
    def title(self) -> str:
        """The title typed."""
        return str(self._new["title"])

    def id(self) -> int:
        """The merge id `AddTouchpoint` answers to while it awaits its title."""
        return _MERGE_NEW_CARD_TITLE


class EditStage(_FieldEdit):
    """Rename a stage or change its phase or notes."""

    kind = "stage"

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._doc.update_stage(self._target_id, **changes)


class EditLane(_FieldEdit):
    """Rename a lane."""

    kind = "lane"

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._doc.update_lane(self._target_id, **changes)


class EditPersona(_FieldEdit):
    """Change a persona's name, description or goals."""

    kind = "persona"

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._doc.update_persona(self._target_id, **changes)


class EditDetails(_FieldEdit):
    """Change the map's title, brand, author, description or language.

    A change of language also translates the names cxmapper gave the map and the user never
    edited (the default stages, lane and title, see `cxmapper.model.default_names`), as child
    steps of the same undo step: a Spanish map started in English then reads "Antes de la
    compra", while names the user typed stay as written.
    """

    kind = "details"

    def __init__(
        self, doc: Document, changes: dict[str, Any], *, merge: bool = False, parent: Command | None = None
    ) -> None:
        changes = dict(changes)
        language = changes.get("language")
        renames: tuple[dict[str, str], dict[str, str], str | None] = ({}, {}, None)
        if isinstance(language, str) and language != doc.project.language:
            renames = renamed_defaults(doc.project, language)
            if renames[2] is not None and "title" not in changes:
                changes["title"] = renames[2]
        super().__init__(
            doc,
            "project",
            changes,
            merge=merge,
            text=QCoreApplication.translate("Commands", "Edit map details"),
            parent=parent,
        )
        for stage_id, name in renames[0].items():
            EditStage(doc, stage_id, {"name": name}, parent=self)
        for lane_id, name in renames[1].items():
            EditLane(doc, lane_id, {"name": name}, parent=self)

    def redo(self) -> None:
        """Apply the fields, then the renamed defaults (children)."""
        super().redo()
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        """Put the names back, then the fields."""
        for child in reversed(self._children):
            child.undo()
        super().undo()

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._doc.update_details(**changes)


class EditViews(_FieldEdit):
    """Replace the map's saved views (save, overwrite or delete a named filter): one undo step."""

    kind = "views"

    def __init__(self, doc: Document, views: list[Any], text: str, parent: Command | None = None) -> None:
        super().__init__(doc, "project", {"views": list(views)}, text=text, parent=parent)

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self._doc.update_details(**changes)


class AddStage(Command):
    """Insert a stage column."""

    def __init__(self, doc: Document, stage: Stage, index: int | None = None, parent: Command | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add stage “%s”") % _name(stage.name), parent)
        self._doc = doc
        self._stage = stage.model_copy(deep=True)
        self._index = index

    def redo(self) -> None:
        """Insert a copy of the stage."""
        self._doc.add_stage(self._stage.model_copy(deep=True), self._index)

    def undo(self) -> None:
        """Remove it again."""
        self._doc.delete_stage(self._stage.id)


class DeleteStage(Command):
    """Delete a stage and, as child steps, every card in it."""

    def __init__(self, doc: Document, stage_id: str, parent: Command | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete stage “%s”") % _name(doc.project.stage(stage_id).name),
            parent,
        )
        self._doc = doc
        self._stage_id = stage_id
        self._removed: Removed[Stage] | None = None
        for tp in list(doc.project.touchpoints):
            if tp.stage_id == stage_id:
                DeleteTouchpoint(doc, tp.id, self)

    def redo(self) -> None:
        """Delete the cards (children) first, then the empty stage."""
        super().redo()
        self._removed = self._doc.delete_stage(self._stage_id)

    def undo(self) -> None:
        """Restore the stage first, then its cards."""
        assert self._removed is not None
        self._doc.add_stage(self._removed.item, self._removed.index)
        super().undo()


class MoveStage(Command):
    """Reorder a stage column."""

    def __init__(self, doc: Document, stage_id: str, index: int, parent: Command | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Move stage “%s”") % _name(doc.project.stage(stage_id).name),
            parent,
        )
        self._doc = doc
        self._stage_id = stage_id
        self._index = index
        self._old = 0

    def redo(self) -> None:
        """Move and remember the former index."""
        self._old = self._doc.move_stage(self._stage_id, self._index)

    def undo(self) -> None:
        """Move back."""
        self._doc.move_stage(self._stage_id, self._old)


class AddLane(Command):
    """Insert a lane row."""

    def __init__(self, doc: Document, lane: Lane, index: int | None = None, parent: Command | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add lane “%s”") % _name(lane.name), parent)
        self._doc = doc
        self._lane = lane.model_copy(deep=True)
        self._index = index

    def redo(self) -> None:
        """Insert a copy of the lane."""
        self._doc.add_lane(self._lane.model_copy(deep=True), self._index)

    def undo(self) -> None:
        """Remove it again."""
        self._doc.delete_lane(self._lane.id)


class DeleteLane(Command):
    """Delete a lane and, as child steps, every card in it."""

    def __init__(self, doc: Document, lane_id: str, parent: Command | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete lane “%s”") % _name(doc.project.lane(lane_id).name),
            parent,
        )
        self._doc = doc
        self._lane_id = lane_id
        self._removed: Removed[Lane] | None = None
        for tp in list(doc.project.touchpoints):
            if tp.lane_id == lane_id:
                DeleteTouchpoint(doc, tp.id, self)

    def redo(self) -> None:
        """Delete the cards (children) first, then the empty lane."""
        super().redo()
        self._removed = self._doc.delete_lane(self._lane_id)

    def undo(self) -> None:
        """Restore the lane first, then its cards."""
        assert self._removed is not None
        self._doc.add_lane(self._removed.item, self._removed.index)
        super().undo()


class MoveLane(Command):
    """Reorder a lane row."""

    def __init__(self, doc: Document, lane_id: str, index: int, parent: Command | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Move lane “%s”") % _name(doc.project.lane(lane_id).name),
            parent,
        )
        self._doc = doc
        self._lane_id = lane_id
        self._index = index
        self._old = 0

    def redo(self) -> None:
        """Move and remember the former index."""
        self._old = self._doc.move_lane(self._lane_id, self._index)

    def undo(self) -> None:
        """Move back."""
        self._doc.move_lane(self._lane_id, self._old)


class AddPersona(Command):
    """Add a persona to the map."""

    def __init__(self, doc: Document, persona: Persona, parent: Command | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add persona “%s”") % _name(persona.name), parent)
        self._doc = doc
        self._persona = persona.model_copy(deep=True)

    def redo(self) -> None:
        """Append a copy of the persona."""
        self._doc.add_persona(self._persona.model_copy(deep=True))

    def undo(self) -> None:
        """Remove it again."""
        self._doc.delete_persona(self._persona.id)


class DeletePersona(Command):
    """Delete a persona; child steps first take it off the cards that name it."""

    def __init__(self, doc: Document, persona_id: str, parent: Command | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete persona “%s”") % _name(doc.project.persona(persona_id).name),
            parent,
        )
        self._doc = doc
        self._persona_id = persona_id
        self._removed: Removed[Persona] | None = None
        for tp in doc.project.touchpoints:
            if persona_id in tp.personas:
                EditTouchpoint(doc, tp.id, {"personas": [p for p in tp.personas if p != persona_id]}, parent=self)

    def redo(self) -> None:
        """Clear the references (children), then delete the persona."""
        super().redo()
        self._removed = self._doc.delete_persona(self._persona_id)

    def undo(self) -> None:
        """Restore the persona, then the references."""
        assert self._removed is not None
        self._doc.add_persona(self._removed.item, self._removed.index)
        super().undo()


class Macro(Command):
    """A parent grouping child commands into one undo step (paste, multi-move, duplicate)."""


def macro(text: str) -> Macro:
    """Start a group of commands that undo and redo as one step."""
    return Macro(text)
