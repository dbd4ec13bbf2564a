"""Edits on a `Project`, written as plain functions with exact inverses.

The editor's undo commands call these and nothing else, so each function returns what its
inverse needs (a removed object with its former index, a previous position, old field values)
and the pair restores the project to an *equal* value, list positions included. Every function
validates its input before touching the project, so a failed call leaves it unchanged.
Must not import Qt.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Generic, TypeVar, cast

from pydantic import TypeAdapter, ValidationError

from cxmapper.model import index
from cxmapper.model.project import (
    LANES_MAX,
    PERSONAS_MAX,
    STAGES_MAX,
    TOUCHPOINTS_MAX,
    Conflict,
    Lane,
    Persona,
    Project,
    Stage,
    Touchpoint,
)

T = TypeVar("T")
M = TypeVar("M", Touchpoint, Stage, Lane, Persona)
L = TypeVar("L", Stage, Lane, Persona)


class ModelError(ValueError):
    """An edit that would break the project's invariants; the message is for the user."""


@dataclass(frozen=True)
class Placement:
    """Where a card sits: its cell and its position inside the cell."""

    stage_id: str
    lane_id: str
    order: int


@dataclass(frozen=True)
class Removed(Generic[T]):
    """Something taken out of one of the project's lists, with where it was."""

    item: T
    index: int


def _cell(project: Project, stage_id: str, lane_id: str, exclude: str | None = None) -> list[Touchpoint]:
    cards = project.cell(stage_id, lane_id)  # already a new list
    return cards if exclude is None else [tp for tp in cards if tp.id != exclude]


def _check_cell(project: Project, stage_id: str, lane_id: str) -> None:
    try:
        project.stage(stage_id)
    except KeyError:
        raise ModelError(f"there is no stage {stage_id!r}") from None
    try:
        project.lane(lane_id)
    except KeyError:
        raise ModelError(f"there is no lane {lane_id!r}") from None


def _check_room(items: list[Any], limit: int, kind: str) -> None:
    """Refuse to grow a list past what `Project` accepts on load.

    Without this an edit (a huge paste) could make a map that saves but never opens again.
    """
    if len(items) >= limit:
        raise ModelError(f"a map can hold at most {limit:,} {kind}")


def _renumber(cards: list[Touchpoint], start: int = 0) -> None:
    """Number ``cards[start:]`` by position (the cards before ``start`` already are).

    A move near the top of a cell of thousands renumbers all the cards below it, so this
    writes the field straight into the instance dictionary: what pydantic's ``__setattr__``
    does for a field without validators, without the checks that cost ten times the write.
    It does not record ``order`` in the fields-set (that doubled the cost; nothing in
    cxmapper dumps with ``exclude_unset``, and storage writes every card's order).
    """
    for tp, i in zip(itertools.islice(cards, max(0, start), None), itertools.count(max(0, start))):
        values = tp.__dict__
        if values["order"] != i:
            values["order"] = i


def _get_tp(project: Project, tp_id: str) -> Touchpoint:
    try:
        return project.touchpoint(tp_id)
    except KeyError:
        raise ModelError(f"there is no touchpoint {tp_id!r}") from None


def _validated(obj: M, changes: dict[str, Any]) -> M:
    """Return a validated copy of ``obj`` with ``changes``, or raise ModelError with the reason."""
    unknown = set(changes) - set(type(obj).model_fields)
    if unknown:
        raise ModelError(f"unknown field(s): {', '.join(sorted(unknown))}")
    try:
        return type(obj).model_validate({**obj.model_dump(), **changes})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ModelError(f"{where}: {err['msg']}") from None


# -- touchpoints ------------------------------------------------------------------------------


def add_touchpoint(project: Project, tp: Touchpoint, list_index: int | None = None) -> None:
    """Insert ``tp`` into its cell at ``tp.order`` (clamped), shifting the cards after it.

    ``list_index`` puts it back at its former place in ``project.touchpoints`` when undoing a
    deletion, so the saved file is byte-identical to the one before.
    """
    try:
        project.touchpoint(tp.id)
    except KeyError:
        pass
    else:
        raise ModelError(f"a touchpoint with id {tp.id!r} already exists")
    _check_room(project.touchpoints, TOUCHPOINTS_MAX, "touchpoints")
    _check_cell(project, tp.stage_id, tp.lane_id)
    persona_ids = {p.id for p in project.personas}
    for pid in tp.personas:
        if pid not in persona_ids:
            raise ModelError(f"there is no persona {pid!r}")
    cards = _cell(project, tp.stage_id, tp.lane_id)
    pos = max(0, min(tp.order, len(cards)))
    cards.insert(pos, tp)
    _renumber(cards)
    if list_index is None:
        project.touchpoints.append(tp)
        index.appended(project, tp, cards)
    else:
        project.touchpoints.insert(list_index, tp)
        index.inserted(project, tp, list_index, cards)


def delete_touchpoint(project: Project, tp_id: str) -> Removed[Touchpoint]:
    """Remove a card; its ``order`` and list index are kept so `add_touchpoint` restores it."""
    tp = _get_tp(project, tp_id)
    # From the index, not list.index(): that compared every card before it field by field.
    at = index.position(project, tp_id)
    cards = [t for t in project.cell(tp.stage_id, tp.lane_id) if t is not tp]
    del project.touchpoints[at]
    _renumber(cards)
    index.removed(project, tp, at, cards)
    return Removed(tp, at)


def move_touchpoint(project: Project, tp_id: str, stage_id: str, lane_id: str, order: int) -> Placement:
    """Move a card to position ``order`` of a cell (clamped); return where it was.

    Moving it back to the returned placement is the exact inverse.
    """
    tp = _get_tp(project, tp_id)
    _check_cell(project, stage_id, lane_id)
    old = Placement(tp.stage_id, tp.lane_id, tp.order)
    source = project.cell(tp.stage_id, tp.lane_id)
    if 0 <= tp.order < len(source) and source[tp.order] is tp:
        del source[tp.order]  # cells are numbered 0..n-1, so the card sits at its order
    else:
        source = [t for t in source if t.id != tp.id]
    # Only the cards after a changed position move: a move costs the cards it shifts.
    _renumber(source, old.order)
    same = (stage_id, lane_id) == (tp.stage_id, tp.lane_id)
    target = source if same else project.cell(stage_id, lane_id)
    pos = max(0, min(order, len(target)))
    target.insert(pos, tp)
    tp.stage_id, tp.lane_id = stage_id, lane_id
    _renumber(target, min(pos, old.order) if same else pos)
    index.set_cell(project, old.stage_id, old.lane_id, source)
    index.set_cell(project, stage_id, lane_id, target)
    return old


def update_touchpoint(project: Project, tp_id: str, **changes: Any) -> dict[str, Any]:
    """Change content fields of a card; return the old values (the inverse's arguments).

    Placement fields go through `move_touchpoint`, so that cell numbering stays consistent.
    """
    if {"id", "stage_id", "lane_id", "order"} & set(changes):
        raise ModelError("use move_touchpoint to change a card's place or id")
    tp = _get_tp(project, tp_id)
    if "personas" in changes:
        persona_ids = {p.id for p in project.personas}
        for pid in changes["personas"]:
            if pid not in persona_ids:
                raise ModelError(f"there is no persona {pid!r}")
    checked = _validated(tp, changes)
    old = {name: getattr(tp, name) for name in changes}
    for name in changes:
        setattr(tp, name, getattr(checked, name))
    return old


# -- stages and lanes -------------------------------------------------------------------------


def add_stage(project: Project, stage: Stage, index: int | None = None) -> None:
    """Insert a stage (column) at ``index`` (default: at the end)."""
    if any(s.id == stage.id for s in project.stages):
        raise ModelError(f"a stage with id {stage.id!r} already exists")
    _check_room(project.stages, STAGES_MAX, "stages")
    project.stages.insert(len(project.stages) if index is None else index, stage)


def delete_stage(project: Project, stage_id: str) -> Removed[Stage]:
    """Remove an empty stage. Its cards must be deleted first (the editor does so in one step)."""
    stage = _find(project.stages, stage_id, "stage")
    if len(project.stages) == 1:
        raise ModelError("a map needs at least one stage")
    if any(tp.stage_id == stage_id for tp in project.touchpoints):
        raise ModelError(f"stage {stage.name!r} still has touchpoints")
    index = project.stages.index(stage)
    del project.stages[index]
    return Removed(stage, index)


def move_stage(project: Project, stage_id: str, index: int) -> int:
    """Move a stage to column ``index``; return its former index."""
    return _move(project.stages, stage_id, index, "stage")


def update_stage(project: Project, stage_id: str, **changes: Any) -> dict[str, Any]:
    """Rename a stage, change its phase or notes; return the old values."""
    return _update(project.stages, stage_id, changes, "stage")


def add_lane(project: Project, lane: Lane, index: int | None = None) -> None:
    """Insert a lane (row) at ``index`` (default: at the end)."""
    if any(la.id == lane.id for la in project.lanes):
        raise ModelError(f"a lane with id {lane.id!r} already exists")
    _check_room(project.lanes, LANES_MAX, "lanes")
    project.lanes.insert(len(project.lanes) if index is None else index, lane)


def delete_lane(project: Project, lane_id: str) -> Removed[Lane]:
    """Remove an empty lane. Its cards must be deleted first."""
    lane = _find(project.lanes, lane_id, "lane")
    if len(project.lanes) == 1:
        raise ModelError("a map needs at least one lane")
    if any(tp.lane_id == lane_id for tp in project.touchpoints):
        raise ModelError(f"lane {lane.name!r} still has touchpoints")
    index = project.lanes.index(lane)
    del project.lanes[index]
    return Removed(lane, index)


def move_lane(project: Project, lane_id: str, index: int) -> int:
    """Move a lane to row ``index``; return its former index."""
    return _move(project.lanes, lane_id, index, "lane")


def update_lane(project: Project, lane_id: str, **changes: Any) -> dict[str, Any]:
    """Rename a lane; return the old values."""
    return _update(project.lanes, lane_id, changes, "lane")


# -- personas and project details ---------------------------------------------------------------


def add_persona(project: Project, persona: Persona, index: int | None = None) -> None:
    """Insert a persona at ``index`` (default: at the end)."""
    if any(p.id == persona.id for p in project.personas):
        raise ModelError(f"a persona with id {persona.id!r} already exists")
    _check_room(project.personas, PERSONAS_MAX, "personas")
    project.personas.insert(len(project.personas) if index is None else index, persona)


def delete_persona(project: Project, persona_id: str) -> Removed[Persona]:
    """Remove a persona no card refers to (the editor first clears the references)."""
    persona = _find(project.personas, persona_id, "persona")
    if any(persona_id in tp.personas for tp in project.touchpoints):
        raise ModelError(f"persona {persona.name!r} is still used by touchpoints")
    index = project.personas.index(persona)
    del project.personas[index]
    return Removed(persona, index)


def update_persona(project: Project, persona_id: str, **changes: Any) -> dict[str, Any]:
    """Change a persona's fields; return the old values."""
    return _update(project.personas, persona_id, changes, "persona")


PROJECT_FIELDS = frozenset({"title", "brand", "author", "description", "language", "modified", "created", "views"})


def update_project(project: Project, **changes: Any) -> dict[str, Any]:
    """Change the map's own details (title, brand, author, ...); return the old values."""
    unknown = set(changes) - PROJECT_FIELDS
    if unknown:
        raise ModelError(f"unknown or protected field(s): {', '.join(sorted(unknown))}")
    checked = {}
    for name, value in changes.items():
        try:
            checked[name] = _project_field(name).validate_python(value)
        except ValidationError as exc:
            raise ModelError(f"{name}: {exc.errors()[0]['msg']}") from None
    old = {name: getattr(project, name) for name in changes}
    for name, value in checked.items():
        setattr(project, name, value)
    return old


@cache
def _project_field(name: str) -> TypeAdapter[Any]:
    """A validator for one field of Project, constraints included, without re-validating the map."""
    info = Project.model_fields[name]
    return TypeAdapter(cast(Any, Annotated)[info.annotation, info])


# -- helpers ------------------------------------------------------------------------------------


def _find(items: list[L], item_id: str, kind: str) -> L:
    for item in items:
        if item.id == item_id:
            return item
    raise ModelError(f"there is no {kind} {item_id!r}")


def _move(items: list[L], item_id: str, index: int, kind: str) -> int:
    item = _find(items, item_id, kind)
    old = items.index(item)
    items.pop(old)
    items.insert(max(0, min(index, len(items))), item)
    return old


def _update(items: list[L], item_id: str, changes: dict[str, Any], kind: str) -> dict[str, Any]:
    if "id" in changes:
        raise ModelError(f"a {kind}'s id cannot be changed")
    item = _find(items, item_id, kind)
    checked = _validated(item, changes)
    old = {name: getattr(item, name) for name in changes}
    for name in changes:
        setattr(item, name, getattr(checked, name))
    return old


# -- merge conflict marks -------------------------------------------------------------------------


def remove_conflict(project: Project, index: int) -> Conflict:
    """Drop the mark at ``index`` (a person resolved it); `insert_conflict` puts it back."""
    if not 0 <= index < len(project.conflicts):
        raise ModelError(f"there is no conflict number {index}")
    return project.conflicts.pop(index)


def insert_conflict(project: Project, conflict: Conflict, index: int) -> None:
    """Put a mark back at ``index`` (undoing a resolution)."""
    project.conflicts.insert(max(0, min(index, len(project.conflicts))), conflict)
