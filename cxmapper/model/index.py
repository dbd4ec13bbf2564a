"""Constant-time look-ups of a project's cards: id -> card, and cell -> its cards in order.

`Project.touchpoint` and `Project.cell` used to walk every card, so each edit of a 50,000-card
map cost tens of milliseconds before any view had moved (a move looks a card up and reads two
cells). The index lives beside the project, not in a pydantic field or private attribute, so
equality, copies and dumps never see it. It is built on first use and checked on every use:
a different or resized card list means a rebuild, a cached position must still hold the card
asked for, and a cached cell must still hold its cards at their positions. `cxmapper.model.ops`
keeps it up to date for the edits it makes (a move rewrites two cells, an addition or a
deletion one cell and one position), so an edit costs the cells it touches, not the map.

Inserting or deleting a card in the middle of the list shifts the list position of every card
after it. Rewriting all those positions would make each such edit cost the map, so they are
left as they are and counted as ``drift``: a cached position is then off by at most the drift,
and a look-up that misses checks that many places on either side and corrects the entry it
finds. Past `DRIFT_MAX` the next look-up rebuilds the index, so no look-up scans far.
Must not import Qt.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmapper.model.project import Project, Touchpoint

Cell = tuple[str, str]

#: Insertions and deletions before other cards the index follows without a rebuild (see the
#: module doc): a look-up scans at most twice this many places, a rebuild costs the map.
DRIFT_MAX = 256


class CardIndex:
    """Positions of cards in ``project.touchpoints`` and each cell's cards in display order."""

    def __init__(self, project: Project) -> None:
        self.owner = weakref.ref(project)
        self.cards = project.touchpoints
        self.size = len(self.cards)
        self.positions = {tp.id: i for i, tp in enumerate(self.cards)}
        cells: dict[Cell, list[Touchpoint]] = {}
        for tp in self.cards:
            cells.setdefault((tp.stage_id, tp.lane_id), []).append(tp)
        for cell in cells.values():
            cell.sort(key=lambda t: t.order)
        self.cells = cells
        # True until first read: a cell of a just-built index needs no second check (right
        # after a deletion its orders still have the gap that the deletion then closes).
        self.fresh = True
        # Cards inserted or deleted before others since the positions were exact (module doc).
        self.drift = 0

    def fits(self, project: Project) -> bool:
        """Whether this index was built for ``project``, its list not replaced or resized, its drift small."""
        return (
            self.owner() is project
            and self.cards is project.touchpoints
            and self.size == len(self.cards)
            and self.drift <= DRIFT_MAX
        )

    def find_near(self, tp_id: str, i: int) -> int | None:
        """The card ``tp_id``'s list position, looked for within the drift of ``i``, or None.

        A card found is given its exact position again, so the next look-up is direct.
        """
        cards = self.cards
        for distance in range(1, self.drift + 1):
            for j in (i - distance, i + distance):
                if 0 <= j < len(cards) and cards[j].id == tp_id:
                    self.positions[tp_id] = j
                    return j
        return None

    @staticmethod
    def cell_holds(cell: Cell, cards: list[Touchpoint]) -> bool:
        """Whether cached ``cards`` still sit in ``cell`` at their positions (spot checks).

        The first, middle and last cards are checked, not all: only `cxmapper.model.ops`
        moves cards, and it updates the index itself; this catches a list changed behind its
        back without making every read cost the cell.
        """
        stage_id, lane_id = cell
        for i in {0, len(cards) // 2, len(cards) - 1}:
            if 0 <= i < len(cards):
                tp = cards[i]
                if tp.stage_id != stage_id or tp.lane_id != lane_id or tp.order != i:
                    return False
        return True


_INDEXES: dict[int, CardIndex] = {}


def index_of(project: Project, rebuild: bool = False) -> CardIndex:
    """The project's index, built (or rebuilt) when missing, stale or ``rebuild`` is asked."""
    key = id(project)
    index = _INDEXES.get(key)
    if index is None or rebuild or not index.fits(project):
        if index is None or index.owner() is not project:
            weakref.finalize(project, _INDEXES.pop, key, None)
        index = _INDEXES[key] = CardIndex(project)
    return index


def position(project: Project, tp_id: str) -> int:
    """The list position of the card with this id in ``project.touchpoints`` (KeyError if none)."""
    index = index_of(project)
    cards = project.touchpoints
    i = index.positions.get(tp_id)
    if i is None:
        # Not there: the index matches the list's identity and size, and only a card put in
        # place of another could hide, which nothing does. So a miss costs no rebuild (adding
        # a card asks for its id first, and a paste of thousands must not rebuild each time).
        raise KeyError(tp_id)
    if i < len(cards) and cards[i].id == tp_id:
        return i
    found = index.find_near(tp_id, i)
    if found is None:
        # Not where the edits the index followed can have shifted it: the list was changed
        # behind its back.
        found = index_of(project, rebuild=True).positions.get(tp_id)
        if found is None:
            raise KeyError(tp_id)
    return found


def touchpoint(project: Project, tp_id: str) -> Touchpoint:
    """The card with this id (KeyError if there is none)."""
    return project.touchpoints[position(project, tp_id)]


def cell(project: Project, stage_id: str, lane_id: str) -> list[Touchpoint]:
    """A new list of one cell's cards in display order."""
    key = (stage_id, lane_id)
    index = index_of(project)
    cards = index.cells.get(key, [])
    if not index.fresh and not CardIndex.cell_holds(key, cards):
        index = index_of(project, rebuild=True)
        cards = index.cells.get(key, [])
    index.fresh = False
    return list(cards)


def set_cell(project: Project, stage_id: str, lane_id: str, cards: list[Touchpoint]) -> None:
    """Record a cell's new cards (in order) after an edit that renumbered it."""
    index = index_of(project)
    if cards:
        index.cells[(stage_id, lane_id)] = list(cards)
    else:
        index.cells.pop((stage_id, lane_id), None)


def _following(project: Project) -> CardIndex | None:
    """The project's index if it was built for this very list (else the next look-up rebuilds)."""
    index = _INDEXES.get(id(project))
    if index is None or index.owner() is not project or index.cards is not project.touchpoints:
        return None
    return index


def appended(project: Project, tp: Touchpoint, cell_cards: list[Touchpoint]) -> None:
    """Record a card just appended to ``project.touchpoints`` and its cell's new cards."""
    inserted(project, tp, len(project.touchpoints) - 1, cell_cards)


def inserted(project: Project, tp: Touchpoint, list_index: int, cell_cards: list[Touchpoint]) -> None:
    """Record a card just inserted at ``list_index`` of ``project.touchpoints`` and its cell's cards.

    The cards after it are one place further on than their entries say: that is drift (see
    the module doc), not a rewrite of every position after it.
    """
    index = _following(project)
    cards = project.touchpoints
    if index is None or index.size + 1 != len(cards) or not 0 <= list_index < len(cards):
        return  # something else changed too: the next look-up rebuilds
    if cards[list_index] is not tp:
        return
    index.size += 1
    index.positions[tp.id] = list_index
    if list_index < index.size - 1:
        index.drift += 1
    set_cell(project, tp.stage_id, tp.lane_id, cell_cards)


def removed(project: Project, tp: Touchpoint, list_index: int, cell_cards: list[Touchpoint]) -> None:
    """Record a card just deleted from ``list_index`` of ``project.touchpoints`` and its cell's cards."""
    index = _following(project)
    if index is None or index.size - 1 != len(project.touchpoints) or tp.id not in index.positions:
        return  # something else changed too: the next look-up rebuilds
    index.size -= 1
    del index.positions[tp.id]
    if list_index < index.size:
        index.drift += 1
    set_cell(project, tp.stage_id, tp.lane_id, cell_cards)
