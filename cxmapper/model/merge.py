"""Three-way merge of journey maps by object id, for teams that share a map through git or a synced folder.

Two colleagues edit copies of one map (``ours`` and ``theirs``) that started from a common
``base``. A text merge of the JSON fails on the first pair of nearby lines; this merge works on
objects instead: changes to different cards, or to different fields of one card, combine
silently; moves combine with edits; stage, lane and persona renames, inserts and reorders
combine. Nothing either side wrote is lost:

- the same field changed differently on both sides keeps ``ours`` in the object and records
  both values in a `Conflict` of the merged map;
- an object deleted on one side and changed on the other is kept (with the change) and marked;
- a stage, lane or persona deleted on one side but still used by a card the other side placed
  there is kept and marked, so the merged map stays valid.

The result is always a valid `Project`. Pure Python, no Qt: the command line's ``merge`` (a git
merge driver) and the editor's "merge their changes into mine" share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxmapper.model import storage
from cxmapper.model.project import Conflict, Project

#: Fields that never conflict: the merge computes them itself.
_TOUCHPOINT_PLACEMENT = ("stage_id", "lane_id", "order")
#: List-valued fields merged as sets (an added tag on each side keeps both).
_SET_FIELDS = frozenset({"tags", "personas"})
#: Project fields handled apart from the three-way rule.
_PROJECT_SPECIAL = frozenset(
    {"stages", "lanes", "personas", "touchpoints", "conflicts", "modified", "schema_version", "id", "created"}
)
#: The map's object lists, in the order they are merged (touchpoints first: their references
#: decide whether a deleted stage, lane or persona must be kept).
_KINDS = ("touchpoints", "stages", "lanes", "personas")
_KIND_NAME = {"touchpoints": "touchpoint", "stages": "stage", "lanes": "lane", "personas": "persona"}

Obj = dict[str, Any]


@dataclass
class MergeResult:
    """The merged map and what the merge could not settle by itself."""

    project: Project
    #: The conflicts this merge recorded (the map may also carry older, unresolved ones).
    new_conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when the merged map carries no conflict mark at all."""
        return not self.project.conflicts


class _Missing:
    """The value of a field whose base is unknown: equal to nothing, so any difference is a conflict."""

    def __repr__(self) -> str:
        return "<unknown>"


_MISSING: Any = _Missing()


def _known(value: Any) -> Any:
    return None if value is _MISSING else value


def merge(base: Project | None, ours: Project, theirs: Project) -> MergeResult:
    """Merge ``theirs`` into ``ours``, both descended from ``base``; see the module docstring.

    With ``base`` None (a sync client's conflict copy, whose ancestor nobody kept) nothing can
    tell who changed what: objects on either side are all kept, and every field the two sides
    disagree on becomes a conflict for a person to settle. Inputs are not modified.
    """
    o, t = (p.model_dump(mode="json") for p in (ours, theirs))
    b: Obj = base.model_dump(mode="json") if base is not None else {kind: [] for kind in (*_KINDS, "conflicts")}
    conflicts: list[Conflict] = []
    out: Obj = {}
    for key in o:
        if key in _PROJECT_SPECIAL:
            continue
        value, clash = _merge_value(b.get(key, _MISSING), o.get(key), t.get(key))
        out[key] = value
        if clash:
            conflicts.append(
                Conflict(kind="map", field=key, base=_known(b.get(key, _MISSING)), ours=o.get(key), theirs=t.get(key))
            )
    # Identity and birth date are ours: two copies of one map never disagree on them meaningfully.
    out["schema_version"], out["id"], out["created"] = o["schema_version"], o["id"], o["created"]
    out["modified"] = max(o["modified"], t["modified"])

    merged_cards, card_conflicts, card_deleted = _merge_objects("touchpoints", b, o, t, set())
    conflicts.extend(card_conflicts)
    used: dict[str, set[str]] = {
        "stages": {c["stage_id"] for c in merged_cards},
        "lanes": {c["lane_id"] for c in merged_cards},
        "personas": {p for c in merged_cards for p in c.get("personas", [])},
    }
    for kind in ("stages", "lanes", "personas"):
        objs, kind_conflicts, _ = _merge_objects(kind, b, o, t, used[kind])
        out[kind] = objs
        conflicts.extend(kind_conflicts)
    if not out["stages"] or not out["lanes"]:
        # Both sides emptied a list the map needs: keep ours (it cannot be empty either).
        out["stages"] = out["stages"] or o["stages"]
        out["lanes"] = out["lanes"] or o["lanes"]
    out["touchpoints"] = _place_cards(merged_cards, b, o, t)

    new_keys = {_conflict_key(c) for c in conflicts}
    # Earlier marks merge like a set: one resolved on either side stays resolved.
    earlier, _ = _merge_value(b.get("conflicts", []), o.get("conflicts", []), t.get("conflicts", []), as_set=True)
    carried = [
        c
        for c in earlier
        if _conflict_key(Conflict.model_validate(c)) not in new_keys and not _resolved_by_deletion(c, card_deleted)
    ]
    out["conflicts"] = [*carried, *(c.model_dump(mode="json") for c in conflicts)]
    return MergeResult(Project.model_validate(out), conflicts)


# -- values --------------------------------------------------------------------------------------


def _merge_value(base: Any, ours: Any, theirs: Any, *, as_set: bool = False) -> tuple[Any, bool]:
    """The three-way rule for one value: (merged value, whether it is a conflict)."""
    if ours == theirs:
        return ours, False
    if ours == base:
        return theirs, False
    if theirs == base:
        return ours, False
    if as_set and isinstance(ours, list) and isinstance(theirs, list):
        base_items = base if isinstance(base, list) else []
        removed = [x for x in base_items if x not in ours or x not in theirs]  # items may be dicts
        merged = [x for x in ours if x not in removed]
        merged += [x for x in theirs if x not in removed and x not in merged]
        return merged, False
    return ours, True


def _merge_fields(kind: str, base: Obj | None, ours: Obj, theirs: Obj) -> tuple[Obj, list[Conflict]]:
    """Merge one object present on both sides, field by field."""
    out: Obj = {}
    conflicts: list[Conflict] = []
    base = base or {}
    for key in ours.keys() | theirs.keys():
        if kind == "touchpoints" and key in _TOUCHPOINT_PLACEMENT:
            continue
        value, clash = _merge_value(base.get(key, _MISSING), ours.get(key), theirs.get(key), as_set=key in _SET_FIELDS)
        out[key] = value
        if clash:
            conflicts.append(
                Conflict(
                    kind=_KIND_NAME[kind],
                    target_id=ours["id"],
                    field=key,
                    base=_known(base.get(key, _MISSING)),
                    ours=ours.get(key),
                    theirs=theirs.get(key),
                )
            )
    if kind == "touchpoints":
        # A card's cell is one value: a half-applied move (stage from one side, lane from the
        # other) would put it where nobody put it.
        base_cell = [base["stage_id"], base["lane_id"]] if base else _MISSING
        ours_cell, theirs_cell = ([d["stage_id"], d["lane_id"]] for d in (ours, theirs))
        cell, clash = _merge_value(base_cell, ours_cell, theirs_cell)
        out["stage_id"], out["lane_id"] = cell
        if clash:
            conflicts.append(
                Conflict(
                    kind="touchpoint",
                    target_id=ours["id"],
                    field="cell",
                    base=_known(base_cell),
                    ours=ours_cell,
                    theirs=theirs_cell,
                )
            )
    return out, conflicts


def _merge_objects(kind: str, b: Obj, o: Obj, t: Obj, used: set[str]) -> tuple[list[Obj], list[Conflict], set[str]]:
    """Merge one list of objects by id: (merged objects in merged order, conflicts, ids deleted).

    ``used`` are ids that merged cards still refer to: such an object is kept even if one side
    deleted it, and marked.
    """
    base = {x["id"]: x for x in b[kind]}
    ours = {x["id"]: x for x in o[kind]}
    theirs = {x["id"]: x for x in t[kind]}
    name = _KIND_NAME[kind]
    result: dict[str, Obj] = {}
    conflicts: list[Conflict] = []
    deleted: set[str] = set()
    for oid in _ordered_union(o[kind], t[kind], b[kind]):
        in_b, in_o, in_t = oid in base, oid in ours, oid in theirs
        if in_o and in_t:
            merged, clashes = _merge_fields(kind, base.get(oid), ours[oid], theirs[oid])
            result[oid] = merged
            conflicts.extend(clashes)
        elif in_o or in_t:
            side, survivor = ("theirs", ours[oid]) if in_o else ("ours", theirs[oid])
            if not in_b:
                result[oid] = survivor  # added on one side
            elif _changed(survivor, base[oid]) or oid in used:
                # Deleted on one side, changed (or still needed) on the other: keep, and mark.
                result[oid] = survivor
                conflicts.append(Conflict(kind=name, target_id=oid, deleted_by=side))
            else:
                deleted.add(oid)
        else:
            deleted.add(oid)  # deleted on both sides
    order = _merge_order(
        [x["id"] for x in b[kind]], [x["id"] for x in o[kind]], [x["id"] for x in t[kind]], set(result)
    )
    return [result[oid] for oid in order], conflicts, deleted


def _changed(obj: Obj, base: Obj) -> bool:
    """Whether a side changed an object; a card renumbered because a neighbour came or went was not."""
    return {k: v for k, v in obj.items() if k != "order"} != {k: v for k, v in base.items() if k != "order"}


# -- order ---------------------------------------------------------------------------------------


def _ordered_union(*lists: Iterable[Obj]) -> list[str]:
    seen: dict[str, None] = {}
    for items in lists:
        for x in items:
            seen.setdefault(x["id"], None)
    return list(seen)


def _merge_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """Merge three orders of one kind of item; the result holds exactly ``keep``.

    An item a side *moved* is one outside the longest run of items that side left in the base's
    relative order; an item it added was moved too. Items neither side moved keep the base's
    order; then each side's moved items are put after their nearest predecessor on that side
    (ours first), skipping items the other side moved, so both sides' reorders and inserts land
    where their authors put them. Linear apart from the O(n log n) longest-run search.
    """
    base_set = set(base)
    moved_ours = _moved(base, ours)
    moved_theirs = _moved(base, theirs)
    result_base = [x for x in base if x in keep and x not in moved_ours and x not in moved_theirs]
    placed = set(result_base)
    after: dict[str | None, list[str]] = {}
    for side, moved, other_moved in ((ours, moved_ours, moved_theirs), (theirs, moved_theirs, moved_ours)):
        last: str | None = None
        for x in side:
            if x in keep and x not in placed and (x in moved or x not in base_set):
                after.setdefault(last, []).append(x)
                placed.add(x)
            if x in placed and x not in other_moved:
                last = x
    # Anything still missing (kept although no side placed it here, e.g. a resurrected item).
    for source in (ours, theirs, base):
        last = None
        for x in source:
            if x in keep and x not in placed:
                after.setdefault(last, []).append(x)
                placed.add(x)
            if x in placed:
                last = x
    result: list[str] = []
    stack = [*reversed(result_base), *reversed(after.get(None, []))]
    while stack:
        x = stack.pop()
        result.append(x)
        stack.extend(reversed(after.get(x, [])))
    return result


def _moved(base: list[str], side: list[str]) -> set[str]:
    """Items of ``base`` that ``side`` moved: those outside a longest increasing run of base positions."""
    position = {x: i for i, x in enumerate(base)}
    seq = [x for x in side if x in position]
    # Patience sorting: tails[k] is the index in seq ending the best run of length k+1.
    tails: list[int] = []
    previous: list[int] = [-1] * len(seq)
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if position[seq[tails[mid]]] < position[x]:
                lo = mid + 1
            else:
                hi = mid
        previous[i] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    stay: set[str] = set()
    k = tails[-1] if tails else -1
    while k >= 0:
        stay.add(seq[k])
        k = previous[k]
    return {x for x in seq if x not in stay}


def _cell_orders(d: Obj) -> dict[tuple[str, str], list[str]]:
    cells: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for c in d["touchpoints"]:
        cells.setdefault((c["stage_id"], c["lane_id"]), []).append((c["order"], c["id"]))
    return {cell: [i for _, i in sorted(items)] for cell, items in cells.items()}


def _place_cards(cards: list[Obj], b: Obj, o: Obj, t: Obj) -> list[Obj]:
    """Number the merged cards inside each cell, merging the three sides' orders of that cell."""
    orders = [_cell_orders(d) for d in (b, o, t)]
    by_cell: dict[tuple[str, str], set[str]] = {}
    for c in cards:
        by_cell.setdefault((c["stage_id"], c["lane_id"]), set()).add(c["id"])
    position: dict[str, int] = {}
    for cell, ids in by_cell.items():
        base_cell, ours_cell, theirs_cell = (order.get(cell, []) for order in orders)
        for i, cid in enumerate(_merge_order(base_cell, ours_cell, theirs_cell, ids)):
            position[cid] = i
    for c in cards:
        c["order"] = position[c["id"]]
    return cards


# -- conflicts carried over ----------------------------------------------------------------------


def _conflict_key(c: Conflict) -> tuple[str, str, str]:
    return (c.kind, c.target_id, c.field)


def _resolved_by_deletion(c: Obj, deleted_cards: set[str]) -> bool:
    return c.get("kind") == "touchpoint" and c.get("target_id") in deleted_cards


# -- sync clients' conflict copies -------------------------------------------------------------------

#: How sync clients name the copy they make when two people saved one file: Dropbox ("map
#: (Laia's conflicted copy 2026-11-25).cxmap"), Nextcloud and ownCloud ("map (conflicted copy
#: 2026-11-25 103000).cxmap", "map_conflict-20261125-103000.cxmap"), OneDrive ("map-LAPTOP-7.cxmap").
_COPY_PATTERNS = (
    r"{stem} \([^)]*conflict[^)]*\)",
    r"{stem}_conflict-[0-9-]+",
    r"{stem}-[A-Za-z0-9][A-Za-z0-9_-]*",
)


def conflict_copies(path: Path) -> list[Path]:
    """The sync clients' conflict copies of the map at ``path``, oldest first.

    A name that looks right is not enough (``shop-old.cxmap`` is someone's backup): a copy must
    also hold the same map, i.e. the same map id.
    """
    folder, stem, suffix = path.parent, path.stem, path.suffix
    patterns = [re.compile(p.format(stem=re.escape(stem)) + re.escape(suffix), re.IGNORECASE) for p in _COPY_PATTERNS]
    try:
        names = [entry for entry in folder.iterdir() if entry.name != path.name and entry.is_file()]
    except OSError:
        return []
    candidates = [entry for entry in names if any(p.fullmatch(entry.name) for p in patterns)]
    if not candidates:
        return []
    try:
        own_id = storage.load(path).id
    except storage.CxmapFileError:
        return []
    copies = []
    for entry in candidates:
        try:
            if storage.load(entry).id == own_id:
                copies.append(entry)
        except storage.CxmapFileError:
            continue
    return sorted(copies, key=lambda p: p.stat().st_mtime)
