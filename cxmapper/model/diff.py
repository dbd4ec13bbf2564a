"""As-is versus to-be: what changed between two versions of a map, matched by id.

A team maps today's journey (as-is), copies it and redesigns it (to-be), or keeps a map in git
and wants to review an edit. This module compares two `Project`s: touchpoints added, removed,
moved (to another stage or lane) and changed field by field; stages and lanes added, removed,
renamed or reordered; and the experience per stage before and after. Everything is matched by
id, never by position or name, so a renamed or reordered stage is reported as such rather
than as one removed and one added.

Pure and linear (dicts by id, no list look-ups per card); must not import Qt. `to_json` has a
stable shape (``format: cxmapper-diff``) so scripts, a git textconv or a merge tool can reuse it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxmapper.model.project import Lane, Project, Stage, Touchpoint

DIFF_FORMAT_VERSION = 1

#: Where a card sits; a change of these is a move, not a field change.
PLACE_FIELDS = frozenset({"stage_id", "lane_id", "order"})
#: Fields of a card compared one by one, in the order a reader expects them.
CARD_FIELDS = tuple(f for f in Touchpoint.model_fields if f not in PLACE_FIELDS and f != "id")


def _plain(value: Any) -> Any:
    """A field value as plain JSON data (enums by their file value)."""
    if hasattr(value, "value"):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class FieldChange:
    """One field of one object, before and after (values as in the file)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class CardChange:
    """A touchpoint present in both maps whose content changed."""

    id: str
    title: str
    changes: tuple[FieldChange, ...]

    def change(self, name: str) -> FieldChange | None:
        """The change of one field, if it changed."""
        return next((c for c in self.changes if c.field == name), None)


@dataclass(frozen=True)
class Move:
    """A touchpoint that sits in another stage or lane in the second map."""

    id: str
    title: str
    old_stage: str
    new_stage: str
    old_lane: str
    new_lane: str


@dataclass(frozen=True)
class Rename:
    """A stage or lane whose name changed (same id)."""

    id: str
    old: str
    new: str


@dataclass(frozen=True)
class StageScore:
    """A stage's average score in each map (None where it has no scored card or does not exist)."""

    stage_id: str
    name: str
    old: float | None
    new: float | None

    @property
    def delta(self) -> float | None:
        """How much better (positive) or worse the stage feels in the second map."""
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True)
class Structure:
    """Stages or lanes: added, removed, renamed, and the order of the ones both maps share."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    renamed: tuple[Rename, ...]
    old_order: tuple[str, ...]
    new_order: tuple[str, ...]
    phase_changes: tuple[FieldChange, ...] = ()

    @property
    def reordered(self) -> bool:
        """Whether the shared ones appear in a different order."""
        return self.old_order != self.new_order


@dataclass(frozen=True)
class MapDiff:
    """Everything that differs between map A (before) and map B (after)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    moved: tuple[Move, ...]
    changed: tuple[CardChange, ...]
    stages: Structure
    lanes: Structure
    details: tuple[FieldChange, ...]
    scores: tuple[StageScore, ...]

    @property
    def touched(self) -> set[str]:
        """Ids of the cards of map B that are new, moved or changed (what an editor marks)."""
        return {*self.added, *(m.id for m in self.moved), *(c.id for c in self.changed)}

    @property
    def identical(self) -> bool:
        """Whether nothing a reader would care about differs."""
        s, la = self.stages, self.lanes
        return not (
            self.added
            or self.removed
            or self.moved
            or self.changed
            or self.details
            or s.added
            or s.removed
            or s.renamed
            or s.reordered
            or s.phase_changes
            or la.added
            or la.removed
            or la.renamed
            or la.reordered
        )


def _structure(old: list[Stage] | list[Lane], new: list[Stage] | list[Lane]) -> Structure:
    old_by_id = {x.id: x for x in old}
    new_by_id = {x.id: x for x in new}
    renamed = tuple(
        Rename(x.id, old_by_id[x.id].name, x.name) for x in new if x.id in old_by_id and old_by_id[x.id].name != x.name
    )
    phases: list[FieldChange] = []
    for x in new:
        before = old_by_id.get(x.id)
        if isinstance(x, Stage) and isinstance(before, Stage) and before.phase != x.phase:
            phases.append(FieldChange(x.id, before.phase.value, x.phase.value))
    return Structure(
        added=tuple(x.id for x in new if x.id not in old_by_id),
        removed=tuple(x.id for x in old if x.id not in new_by_id),
        renamed=renamed,
        old_order=tuple(x.id for x in old if x.id in new_by_id),
        new_order=tuple(x.id for x in new if x.id in old_by_id),
        phase_changes=tuple(phases),
    )


def _averages(project: Project) -> dict[str, float]:
    sums: dict[str, list[int]] = {}
    for tp in project.touchpoints:
        if tp.score is not None:
            sums.setdefault(tp.stage_id, []).append(tp.score)
    return {stage_id: sum(v) / len(v) for stage_id, v in sums.items()}


def compare(a: Project, b: Project) -> MapDiff:
    """Compare map ``a`` (before, as-is) with map ``b`` (after, to-be)."""
    old_cards = {tp.id: tp for tp in a.touchpoints}
    new_cards = {tp.id: tp for tp in b.touchpoints}
    moved: list[Move] = []
    changed: list[CardChange] = []
    for tp in b.touchpoints:
        before = old_cards.get(tp.id)
        if before is None:
            continue
        if (before.stage_id, before.lane_id) != (tp.stage_id, tp.lane_id):
            moved.append(Move(tp.id, tp.title, before.stage_id, tp.stage_id, before.lane_id, tp.lane_id))
        fields = tuple(
            FieldChange(name, _plain(getattr(before, name)), _plain(getattr(tp, name)))
            for name in CARD_FIELDS
            if getattr(before, name) != getattr(tp, name)
        )
        if fields:
            changed.append(CardChange(tp.id, tp.title, fields))
    details = tuple(
        FieldChange(name, getattr(a, name), getattr(b, name))
        for name in ("title", "brand", "author", "description", "language")
        if getattr(a, name) != getattr(b, name)
    )
    old_avg, new_avg = _averages(a), _averages(b)
    names = {s.id: s.name for s in a.stages} | {s.id: s.name for s in b.stages}
    # Stages in B's order, then the ones only A has (where they were).
    stage_ids = [s.id for s in b.stages] + [s.id for s in a.stages if s.id not in {x.id for x in b.stages}]
    scores = tuple(
        StageScore(sid, names[sid], old_avg.get(sid), new_avg.get(sid))
        for sid in stage_ids
        if old_avg.get(sid) != new_avg.get(sid)
    )
    return MapDiff(
        added=tuple(tp.id for tp in b.touchpoints if tp.id not in old_cards),
        removed=tuple(tp.id for tp in a.touchpoints if tp.id not in new_cards),
        moved=tuple(moved),
        changed=tuple(changed),
        stages=_structure(a.stages, b.stages),
        lanes=_structure(a.lanes, b.lanes),
        details=details,
        scores=scores,
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _structure_json(s: Structure, old_names: dict[str, str], new_names: dict[str, str]) -> dict[str, Any]:
    return {
        "added": [{"id": i, "name": new_names[i]} for i in s.added],
        "removed": [{"id": i, "name": old_names[i]} for i in s.removed],
        "renamed": [{"id": r.id, "old": r.old, "new": r.new} for r in s.renamed],
        "reordered": s.reordered,
        "old_order": list(s.old_order),
        "new_order": list(s.new_order),
    }


def to_json(diff: MapDiff, a: Project, b: Project) -> dict[str, Any]:
    """The comparison as plain JSON data (stable keys; ids and names from the files)."""
    old_cards = {tp.id: tp for tp in a.touchpoints}
    new_cards = {tp.id: tp for tp in b.touchpoints}
    stages = _structure_json(diff.stages, {s.id: s.name for s in a.stages}, {s.id: s.name for s in b.stages})
    stages["phase_changes"] = [{"id": c.field, "old": c.old, "new": c.new} for c in diff.stages.phase_changes]
    return {
        "format": "cxmapper-diff",
        "version": DIFF_FORMAT_VERSION,
        "identical": diff.identical,
        "details": [{"field": c.field, "old": c.old, "new": c.new} for c in diff.details],
        "stages": stages,
        "lanes": _structure_json(diff.lanes, {x.id: x.name for x in a.lanes}, {x.id: x.name for x in b.lanes}),
        "touchpoints": {
            "added": [{"id": i, "title": new_cards[i].title, "stage_id": new_cards[i].stage_id} for i in diff.added],
            "removed": [
                {"id": i, "title": old_cards[i].title, "stage_id": old_cards[i].stage_id} for i in diff.removed
            ],
            "moved": [
                {
                    "id": m.id,
                    "title": m.title,
                    "old_stage_id": m.old_stage,
                    "new_stage_id": m.new_stage,
                    "old_lane_id": m.old_lane,
                    "new_lane_id": m.new_lane,
                }
                for m in diff.moved
            ],
            "changed": [
                {
                    "id": c.id,
                    "title": c.title,
                    "changes": [{"field": f.field, "old": f.old, "new": f.new} for f in c.changes],
                }
                for c in diff.changed
            ],
        },
        "scores_by_stage": [
            {
                "stage_id": s.stage_id,
                "name": s.name,
                "old_average": _round(s.old),
                "new_average": _round(s.new),
                "delta": _round(s.delta),
            }
            for s in diff.scores
        ],
    }
