"""Where the keyboard goes and where dropped cards land, as pure functions of the layout.

Kept apart from the gestures so the rules (arrow keys walk a column lane by lane, left/right
jump to the nearest card of the next non-empty column, Ctrl+arrows move a card along the same
paths, across lanes too, a dropped group stays together in the order it was read) are
testable without a display. Reads `cxmapper.layout.MapLayout`, whose per-cell card lists the
scene keeps current; must not import Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum

from cxmapper.layout import Cell, MapLayout


class Direction(Enum):
    """An arrow key."""

    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"


Placement = tuple[str, str, str, int]  # (card id, stage id, lane id, order)


def column_cards(layout: MapLayout, stage_id: str) -> list[str]:
    """A stage's cards top to bottom: lane by lane, each cell in order."""
    return [tp.id for lane_id in layout.lane_ids for tp in layout.cell_view((stage_id, lane_id))]


def reading_order(layout: MapLayout) -> list[str]:
    """Every card, column by column (the order Home/End and Tab-like walks use)."""
    return [tp_id for stage_id in layout.stage_ids for tp_id in column_cards(layout, stage_id)]


def in_reading_order(layout: MapLayout, ids: Iterable[str]) -> list[str]:
    """``ids`` (those laid out) sorted as `reading_order` would list them.

    Costs the cards given, not the map: a rubber band or a click on a 50,000-card map must
    not list every card to order the few it touched.
    """
    stage_pos = {stage_id: i for i, stage_id in enumerate(layout.stage_ids)}
    lane_pos = {lane_id: i for i, lane_id in enumerate(layout.lane_ids)}
    slot = layout.cards.slot

    def key(tp_id: str) -> tuple[int, int, int]:
        (stage_id, lane_id), index = slot(tp_id)
        return stage_pos[stage_id], lane_pos[lane_id], index

    return sorted((tp_id for tp_id in ids if tp_id in layout.cards), key=key)


def first_card(layout: MapLayout) -> str | None:
    """The first card of the first non-empty column."""
    for stage_id in layout.stage_ids:
        cards = column_cards(layout, stage_id)
        if cards:
            return cards[0]
    return None


def last_card(layout: MapLayout) -> str | None:
    """The last card of the last non-empty column."""
    for stage_id in reversed(layout.stage_ids):
        cards = column_cards(layout, stage_id)
        if cards:
            return cards[-1]
    return None


def neighbour(layout: MapLayout, tp_id: str, direction: Direction) -> str | None:
    """The card an arrow key selects next, or None at the edge of the map.

    Up/down walk the card's column across lanes; left/right pick, in the nearest column that
    has cards, the card whose centre is closest in height to this one's.
    """
    if tp_id not in layout.cards:
        return None
    (stage_id, _lane_id), _index = layout.cards.slot(tp_id)
    if direction in (Direction.UP, Direction.DOWN):
        cards = column_cards(layout, stage_id)
        i = cards.index(tp_id) + (1 if direction is Direction.DOWN else -1)
        return cards[i] if 0 <= i < len(cards) else None
    step = 1 if direction is Direction.RIGHT else -1
    col = layout.stage_ids.index(stage_id) + step
    y = layout.cards[tp_id].center[1]
    while 0 <= col < len(layout.stage_ids):
        cards = column_cards(layout, layout.stage_ids[col])
        if cards:
            return min(cards, key=lambda other: abs(layout.cards[other].center[1] - y))
        col += step
    return None


def keyboard_move(layout: MapLayout, tp_id: str, direction: Direction) -> Placement | None:
    """Where Ctrl+arrow moves a card: up/down through its column, left/right to the next stage.

    Up/down follow the same path as the plain arrows that select: a card moves one place in its
    cell, and from the top or bottom of the cell it crosses into the lane above (to the end of
    that lane's cell) or below (to its start), so a card changes lane from the keyboard. A card
    moved sideways keeps its position in the cell when the target has room (so a row of related
    cards can be carried across together), else it goes to the end. None when the card is
    already at that edge of the map.
    """
    if tp_id not in layout.cards:
        return None
    (stage_id, lane_id), index = layout.cards.slot(tp_id)
    if direction in (Direction.UP, Direction.DOWN):
        down = direction is Direction.DOWN
        n = len(layout.cell_view((stage_id, lane_id)))
        target = index + (1 if down else -1)
        if 0 <= target < n:
            return (tp_id, stage_id, lane_id, target)
        row = layout.lane_ids.index(lane_id) + (1 if down else -1)
        if not 0 <= row < len(layout.lane_ids):
            return None
        new_lane = layout.lane_ids[row]
        return (tp_id, stage_id, new_lane, 0 if down else len(layout.cell_view((stage_id, new_lane))))
    col = layout.stage_ids.index(stage_id) + (1 if direction is Direction.RIGHT else -1)
    if not 0 <= col < len(layout.stage_ids):
        return None
    new_stage = layout.stage_ids[col]
    return (tp_id, new_stage, lane_id, min(index, len(layout.cell_view((new_stage, lane_id)))))


def plan_moves(layout: MapLayout, dragged: Sequence[str], target: Cell, index: int) -> list[Placement]:
    """The `MoveTouchpoint` steps that drop ``dragged`` as one block into ``target``.

    ``index`` is the insertion position among the target cell's cards that are *not* being
    dragged (what `MapLayout.insertion_index` returns for that list). The steps are replayed in
    order by the undo stack, so each position is computed against the cell as the previous
    steps leave it. Returns [] when the drop would leave every card where it is.
    """
    original = [tp.id for tp in layout.cell_view(target)]
    moving = set(dragged)
    rest = [tp_id for tp_id in original if tp_id not in moving]
    anchor = rest[index] if 0 <= index < len(rest) else None
    current = list(original)
    plan: list[Placement] = []
    previous: str | None = None
    for tp_id in dragged:
        if tp_id in current:
            current.remove(tp_id)
        if previous is not None:
            pos = current.index(previous) + 1
        else:
            pos = current.index(anchor) if anchor is not None else len(current)
        current.insert(pos, tp_id)
        plan.append((tp_id, target[0], target[1], pos))
        previous = tp_id
    if current == original and moving <= set(original):
        return []
    return plan
