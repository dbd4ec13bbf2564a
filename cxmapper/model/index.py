"""Constant-time look-ups of a project's cards: id -> card, and cell -> its cards in order.

`Project.touchpoint` and `Project.cell` used to walk every card, so each edit of a 50,000-card
map cost tens of milliseconds before any view had moved (a move looks a card up and reads two
cells). The index lives beside the project, not in a pydantic field or private attribute, so
equality, copies and dumps never see it. It is built on first use and checked on every use:
a different or resized card list means a rebuild, a cached position must still hold the card
asked for, and a cached cell must still hold its cards at their positions. `cxmapper.model.ops`
keeps it up to date for the edits it makes (a move rewrites two cells), so an edit costs the
cells it touches, not the map. Must not import Qt.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmapper.model.project import Project, Touchpoint

Cell = tuple[str, str]


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

    def fits(self, project: Project) -> bool:
        """Whether this index was built for ``project`` and its list has not been replaced or resized."""
        return self.owner() is project and self.cards is project.touchpoints and self.size == len(self.cards)

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


def touchpoint(project: Project, tp_id: str) -> Touchpoint:
    """The card with this id (KeyError if there is none)."""
    index = index_of(project)
    cards = project.touchpoints
    i = index.positions.get(tp_id)
    if i is None:
        # Not there: the index matches the list's identity and size, and only a card put in
        # place of another could hide, which nothing does. So a miss costs no rebuild (adding
        # a card asks for its id first, and a paste of thousands must not rebuild each time).
        raise KeyError(tp_id)
    if i >= len(cards) or cards[i].id != tp_id:
        i = index_of(project, rebuild=True).positions.get(tp_id)
        if i is None:
            raise KeyError(tp_id)
    return cards[i]


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


def appended(project: Project, tp: Touchpoint, cell_cards: list[Touchpoint]) -> None:
    """Record a card just appended to ``project.touchpoints`` and its cell's new cards."""
    key = id(project)
    index = _INDEXES.get(key)
    if index is None or index.owner() is not project or index.cards is not project.touchpoints:
        return
    if index.size + 1 != len(project.touchpoints) or project.touchpoints[-1] is not tp:
        return  # something else changed too: the next look-up rebuilds
    index.size += 1
    index.positions[tp.id] = index.size - 1
    index.cells[(tp.stage_id, tp.lane_id)] = list(cell_cards)
