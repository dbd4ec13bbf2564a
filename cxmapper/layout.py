"""Geometry of a journey map: where columns, lanes, cards and the experience curve go.

Pure arithmetic on the model, in abstract units (1 unit = 1 screen pixel at 100 % zoom, and
converted to points by the PDF writer), so the canvas and every export draw the same map.
Text is wrapped by each renderer inside the card rectangles given here. Must not import Qt.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle (y grows downwards, as on screen)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        """The centre point."""
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float) -> bool:
        """Whether the point lies inside (edges included)."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@dataclass(frozen=True)
class Metrics:
    """Sizes of the map's parts. One set for screen and paper keeps them looking alike."""

    card_w: float = 208
    card_h: float = 104
    card_gap: float = 12
    cell_pad: float = 14
    column_gap: float = 0
    header_h: float = 72
    lane_header_w: float = 132
    lane_min_cards: int = 1
    band_gap: float = 16
    band_h: float = 170
    margin: float = 24

    @property
    def column_w(self) -> float:
        """Width of a stage column: one card plus padding."""
        return self.card_w + 2 * self.cell_pad


DEFAULT_METRICS = Metrics()


@dataclass(frozen=True)
class CurvePoint:
    """A point of the experience curve: one scored card, or a stage's average."""

    x: float
    y: float
    score: float
    tp_id: str | None = None
    stage_id: str | None = None


Cell = tuple[str, str]  # (stage id, lane id)


class CardRects(Mapping[str, Rect]):
    """Each card's rectangle, derived on demand from its cell's rectangle and its position.

    A read-only mapping (``layout.cards[tp_id]``, ``.get``, ``.items()``) like a dict. Kept lazy
    so that `MapLayout.update_cells` can grow one lane of a 5,000-card map without rebuilding
    the rectangles of the thousands of cards below it: only their cells move.

    A card's position in its cell is its ``order``, which `cxmapper.model.ops` keeps numbered
    0..n-1 in every cell, so a drop near the top of a cell of 2,000 cards changes no entry
    here but the dropped card's. Only a project numbered otherwise (cards put in place
    behind the ops' back) records positions in ``_override``.
    """

    __slots__ = ("_cells", "_metrics", "_override", "_slots")

    def __init__(self, cells: dict[Cell, Rect], metrics: Metrics) -> None:
        self._cells = cells
        self._metrics = metrics
        self._slots: dict[str, tuple[Cell, Touchpoint]] = {}
        self._override: dict[str, int] = {}

    def __getitem__(self, tp_id: str) -> Rect:
        cell_key, index = self.slot(tp_id)
        cell = self._cells[cell_key]
        m = self._metrics
        return Rect(cell.x + m.cell_pad, cell.y + m.cell_pad + index * (m.card_h + m.card_gap), m.card_w, m.card_h)

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, tp_id: object) -> bool:
        return tp_id in self._slots

    def slot(self, tp_id: str) -> tuple[Cell, int]:
        """The card's cell and its position there (what its rectangle is derived from)."""
        cell_key, tp = self._slots[tp_id]
        if self._override:
            return cell_key, self._override.get(tp_id, tp.order)
        return cell_key, tp.order

    def cell_of(self, tp_id: str) -> Cell | None:
        """The cell the card is in, as of the last layout update (None if it is not laid out)."""
        slot = self._slots.get(tp_id)
        return None if slot is None else slot[0]

    def _set(self, cell_key: Cell, cards: list[Touchpoint]) -> None:
        """Record a whole cell's cards in display order (positions that differ from ``order`` too)."""
        slots, override = self._slots, self._override
        for i, tp in enumerate(cards):
            slots[tp.id] = (cell_key, tp)
            if tp.order != i:
                override[tp.id] = i
            elif override:
                override.pop(tp.id, None)


def card_offset(index: int, metrics: Metrics = DEFAULT_METRICS) -> tuple[float, float]:
    """Where the ``index``-th card of a cell sits relative to the cell's top-left corner."""
    return (metrics.cell_pad, metrics.cell_pad + index * (metrics.card_h + metrics.card_gap))


def lane_height(n_cards: int, metrics: Metrics = DEFAULT_METRICS) -> float:
    """The height of a lane whose fullest cell holds ``n_cards`` (never below the minimum)."""
    n = max(metrics.lane_min_cards, n_cards)
    return 2 * metrics.cell_pad + n * metrics.card_h + max(0, n - 1) * metrics.card_gap


@dataclass(frozen=True)
class LayoutChange:
    """What `MapLayout.update_cells` changed, so a view repositions only those items.

    Attributes:
        cards: cards that entered one of the updated cells (added, or moved from another
            cell; a caller's hints may name a card that stayed). The cards below them moved
            too: see ``shifted``. A card's absolute rectangle also changes when its lane
            moves; see ``lanes``.
        removed: cards that no longer are in any of the updated cells.
        lanes: lanes whose rectangle changed (moved down/up or resized); their headers and
            cells changed with them.
        resized: the columns' height, the band or the map's size changed.
        shifted: for each updated cell whose cards changed, the first position from which
            its cards differ from before: every card from there down may have moved, and
            none above it did. This, not a list of every shifted card, is what a view needs
            to move the cards below a drop as a few blocks (a move in a cell of 2,000 cards
            shifts all of them; naming each costs as much as moving each).
    """

    cards: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    lanes: frozenset[str] = frozenset()
    resized: bool = False
    shifted: Mapping[Cell, int] = field(default_factory=dict)


@dataclass
class MapLayout:
    """Everything a renderer needs to draw a map, computed in one pass by `compute_layout`.

    ``cards`` is a lazy read-only mapping and ``curve``/``stage_averages`` are computed on first
    read, so an editor can keep one layout up to date with `update_cells` after each edit in
    time proportional to the cells touched, not to the size of the map.
    """

    metrics: Metrics
    width: float
    height: float
    columns: dict[str, Rect] = field(default_factory=dict)
    headers: dict[str, Rect] = field(default_factory=dict)
    lanes: dict[str, Rect] = field(default_factory=dict)
    lane_headers: dict[str, Rect] = field(default_factory=dict)
    cells: dict[Cell, Rect] = field(default_factory=dict)
    band: Rect = field(default_factory=lambda: Rect(0, 0, 0, 0))
    cards: CardRects = field(init=False)
    stage_ids: list[str] = field(default_factory=list)
    lane_ids: list[str] = field(default_factory=list)
    # The cards of each non-empty cell in display order: live model objects, read (never
    # changed) to derive the curve; refreshed by update_cells for the cells an edit touched.
    _cell_cards: dict[Cell, list[Touchpoint]] = field(default_factory=dict, repr=False)
    _curve_cache: tuple[list[CurvePoint], list[CurvePoint]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.cards = CardRects(self.cells, self.metrics)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MapLayout):
            return NotImplemented
        return (
            (self.metrics, self.width, self.height, self.band, self.stage_ids, self.lane_ids)
            == (other.metrics, other.width, other.height, other.band, other.stage_ids, other.lane_ids)
            and (self.columns, self.headers, self.lanes, self.lane_headers, self.cells)
            == (other.columns, other.headers, other.lanes, other.lane_headers, other.cells)
            and dict(self.cards.items()) == dict(other.cards.items())
            and (self.curve, self.stage_averages) == (other.curve, other.stage_averages)
        )

    @property
    def curve(self) -> list[CurvePoint]:
        """The experience curve: scored cards stage by stage, spread across their column."""
        return self._curves()[0]

    @property
    def stage_averages(self) -> list[CurvePoint]:
        """One point per stage with scored cards: the mean score, centred on the column."""
        return self._curves()[1]

    def scores_changed(self) -> None:
        """Forget the cached curve after a card's score changed (it is rebuilt on next read)."""
        self._curve_cache = None

    def cell_cards(self, cell: Cell) -> list[Touchpoint]:
        """The cards of a cell in display order, as of the last layout update."""
        return list(self._cell_cards.get(cell, ()))

    def cell_view(self, cell: Cell) -> Sequence[Touchpoint]:
        """`cell_cards` without the copy, for a caller that reads it at once and keeps nothing.

        The scene compares it with its pages on every drop; copying 2,000 cards there would
        cost more than the rest of the drop.
        """
        return self._cell_cards.get(cell, ())

    def score_y(self, score: float) -> float:
        """The y of a score inside the experience band (+2 at the top, -2 at the bottom)."""
        inner_top = self.band.y + 20
        inner_h = self.band.h - 40
        return inner_top + (SCORE_MAX - score) / (SCORE_MAX - SCORE_MIN) * inner_h

    def hit_cell(self, x: float, y: float) -> tuple[str, str] | None:
        """The (stage id, lane id) of the cell under a point, if any."""
        for key, rect in self.cells.items():
            if rect.contains(x, y):
                return key
        return None

    def insertion_index(self, cell: tuple[str, str], y: float, cards: Sequence[Touchpoint]) -> int:
        """Where a card dropped at height ``y`` goes among ``cards`` (the cell's, in order)."""
        for i, tp in enumerate(cards):
            rect = self.cards.get(tp.id)
            if rect is not None and y < rect.y + rect.h / 2:
                return i
        return len(cards)

    def update_cells(
        self,
        project: Project,
        cells: Iterable[Cell],
        *,
        entered: Iterable[Touchpoint] | None = None,
        left: Iterable[str] = (),
    ) -> LayoutChange:
        """Bring the layout up to date after the cards of ``cells`` changed; say what moved.

        ``cells`` must name every cell a card left or entered (a move names both). Stages and
        lanes must be the ones the layout was computed for: after adding, removing or
        reordering a stage or lane, call `compute_layout` again.

        By default the touchpoints are scanned once to find the cells' cards. A caller that
        knows what happened can skip the scan: ``entered`` lists the touchpoints that are now
        in these cells but may not have been before (moved or added ones) and ``left`` the ids
        of deleted ones. The cards' ``order`` (which `cxmapper.model.ops` keeps numbered
        0..n-1 in every cell) then says where each entered card goes, and the work is one
        list edit per card plus renumbering the positions below the first change: a drop on
        a 50,000-card map costs a few hundred microseconds here. Should the numbering not
        match (a caller that changed cards behind the ops' back), the cells are sorted again,
        as the scan does.
        """
        if self.stage_ids != [s.id for s in project.stages] or self.lane_ids != [ln.id for ln in project.lanes]:
            raise ValueError("stages or lanes changed since the layout was computed; call compute_layout")
        keys = list(dict.fromkeys(cells))
        if not keys:
            return LayoutChange()
        for key in keys:
            if key not in self.cells:
                raise ValueError(f"no cell {key!r} in this layout")
        if entered is not None:
            entered = list(entered)
            change = self._update_hinted(keys, entered, set(left))
            if change is not None:
                return change
        return self._update_scanned(project, keys, entered, left)

    def _update_hinted(self, keys: list[Cell], entered: list[Touchpoint], left: set[str]) -> LayoutChange | None:
        """`update_cells` from the hints alone; None if the cells' numbering does not agree.

        Costs one list edit per entered or left card and a few spot checks of the numbering
        (as `cxmapper.model.index` does): the cards below a drop keep their entries, since
        their position is their ``order``.
        """
        rects = self.cards
        if rects._override:
            return None  # numbered loosely: only a full sort places these cells
        slots = rects._slots
        lists = {key: list(self._cell_cards.get(key, ())) for key in keys}
        starts = {key: len(cards) for key, cards in lists.items()}
        # Take out every card that left or moved, bottom-up within each cell so the
        # positions of those still to take out hold. A card's old position is where the
        # layout's list has it: its order may already be the new one.
        out: list[tuple[int, Cell, str]] = []
        for tp_id in left | {tp.id for tp in entered}:
            slot = slots.get(tp_id)
            if slot is None:
                continue
            key = slot[0]
            cards = lists.get(key)
            if cards is None:
                return None  # it left a cell the caller did not name
            tp = slot[1]
            i = _position(cards, tp)
            if i is None:
                return None
            out.append((i, key, tp_id))
        for i, key, _tp_id in sorted(out, reverse=True):
            del lists[key][i]
            starts[key] = min(starts[key], i)
        # Put the entered cards in at their order, top-down, so each lands where it belongs.
        arriving = [tp for tp in entered if tp.id not in left]
        for tp in sorted(arriving, key=lambda t: t.order):
            key = (tp.stage_id, tp.lane_id)
            cards = lists.get(key)
            if cards is None or not 0 <= tp.order <= len(cards):
                return None
            cards.insert(tp.order, tp)
            starts[key] = min(starts[key], tp.order)
        for key, cards in lists.items():
            start = starts[key]
            for i in {start, (start + len(cards)) // 2, len(cards) - 1}:
                if start <= i < len(cards) and cards[i].order != i:
                    return None
        # The numbering agrees: commit.
        removed = set()
        for _i, _key, tp_id in out:
            if tp_id in left:
                del slots[tp_id]
                removed.add(tp_id)
        for tp in arriving:
            slots[tp.id] = ((tp.stage_id, tp.lane_id), tp)
        shifted: dict[Cell, int] = {}
        for key, cards in lists.items():
            start = starts[key]
            if start < max(len(cards), len(self._cell_cards.get(key, ()))):
                shifted[key] = start
            if cards:
                self._cell_cards[key] = cards
            else:
                self._cell_cards.pop(key, None)
        self._curve_cache = None
        lanes, resized = self._relayout_lanes({lane_id for _stage, lane_id in keys})
        return LayoutChange(frozenset(tp.id for tp in arriving), frozenset(removed), frozenset(lanes), resized, shifted)

    def _update_scanned(
        self, project: Project, keys: list[Cell], entered: list[Touchpoint] | None, left: Iterable[str]
    ) -> LayoutChange:
        """`update_cells` by collecting and sorting the cells' cards again."""
        fresh: dict[Cell, list[Touchpoint]] = {key: [] for key in keys}
        if entered is None:
            candidates: Iterable[Touchpoint] = project.touchpoints
        else:
            gone = set(left)
            seen: dict[str, Touchpoint] = {}
            for key in fresh:
                for tp in self._cell_cards.get(key, ()):
                    seen[tp.id] = tp
            for tp in entered:
                seen[tp.id] = tp
            candidates = [tp for tp_id, tp in seen.items() if tp_id not in gone]
        for tp in candidates:
            bucket = fresh.get((tp.stage_id, tp.lane_id))
            if bucket is not None:
                bucket.append(tp)
        rects = self.cards
        before: dict[str, Cell] = {}
        after: set[str] = set()
        shifted: dict[Cell, int] = {}
        for key, new_cards in fresh.items():
            old_cards = self._cell_cards.get(key, ())
            before.update((tp.id, key) for tp in old_cards)
            new_cards.sort(key=lambda t: t.order)
            first = next(
                (i for i, (a, b) in enumerate(zip(old_cards, new_cards, strict=False)) if a is not b),
                min(len(old_cards), len(new_cards)),
            )
            if first < max(len(old_cards), len(new_cards)):
                shifted[key] = first
            if new_cards:
                self._cell_cards[key] = new_cards
            else:
                self._cell_cards.pop(key, None)
        entered_cells: set[str] = set()
        for key, new_cards in fresh.items():
            for tp in new_cards:
                after.add(tp.id)
                if before.get(tp.id) != key:
                    entered_cells.add(tp.id)
            rects._set(key, new_cards)
        removed = set(before) - after
        for tp_id in removed:
            del rects._slots[tp_id]
            rects._override.pop(tp_id, None)
        self._curve_cache = None
        lanes, resized = self._relayout_lanes({lane_id for _stage, lane_id in fresh})
        return LayoutChange(frozenset(entered_cells), frozenset(removed), frozenset(lanes), resized, shifted)

    def _relayout_lanes(self, touched: set[str]) -> tuple[set[str], bool]:
        """Resize the touched lanes if their fullest cell changed, and shift the lanes below."""
        m = self.metrics
        first = None
        heights: dict[str, float] = {}
        for index, lane_id in enumerate(self.lane_ids):
            if lane_id not in touched:
                continue
            n = max((len(self._cell_cards.get((s, lane_id), ())) for s in self.stage_ids), default=0)
            h = lane_height(n, m)
            if h != self.lanes[lane_id].h:
                heights[lane_id] = h
                first = index if first is None else min(first, index)
        if first is None:
            return set(), False
        changed: set[str] = set()
        y = self.lanes[self.lane_ids[first]].y
        for lane_id in self.lane_ids[first:]:
            old = self.lanes[lane_id]
            h = heights.get(lane_id, old.h)
            if (old.y, old.h) != (y, h):
                changed.add(lane_id)
                self.lanes[lane_id] = Rect(old.x, y, old.w, h)
                head = self.lane_headers[lane_id]
                self.lane_headers[lane_id] = Rect(head.x, y, head.w, h)
                for stage_id in self.stage_ids:
                    cell = self.cells[(stage_id, lane_id)]
                    self.cells[(stage_id, lane_id)] = Rect(cell.x, y, cell.w, h)
            y += h
        grid_bottom = y
        for stage_id, col in self.columns.items():
            self.columns[stage_id] = Rect(col.x, col.y, col.w, grid_bottom - m.margin)
        self.band = Rect(self.band.x, grid_bottom + m.band_gap, self.band.w, self.band.h)
        self.height = self.band.bottom + m.margin
        return changed, True

    def _curves(self) -> tuple[list[CurvePoint], list[CurvePoint]]:
        if self._curve_cache is None:
            self._curve_cache = _curve(self)
        return self._curve_cache


def _position(cards: list[Touchpoint], tp: Touchpoint) -> int | None:
    """Where ``tp`` is in ``cards`` (a cell's list as the layout last saw it).

    Looked up at the card's order first (where it sits unless the edit renumbered it) and
    around it, then in the whole list: a moved card's order may already be its new one.
    """
    for i in (tp.order, tp.order - 1, tp.order + 1):
        if 0 <= i < len(cards) and cards[i] is tp:
            return i
    return next((i for i, other in enumerate(cards) if other is tp), None)


def compute_layout(project: Project, metrics: Metrics = DEFAULT_METRICS) -> MapLayout:
    """Lay out a whole map: O(number of cards), no text measurement."""
    m = metrics
    cells = project.cells()
    lane_counts = {lane.id: 0 for lane in project.lanes}
    for (_stage_id, lane_id), cards in cells.items():
        lane_counts[lane_id] = max(lane_counts.get(lane_id, 0), len(cards))

    grid_x = m.margin + m.lane_header_w
    grid_y = m.margin + m.header_h
    width = grid_x + len(project.stages) * (m.column_w + m.column_gap) - m.column_gap + m.margin
    out = MapLayout(
        metrics=m,
        width=width,
        height=0,
        stage_ids=[s.id for s in project.stages],
        lane_ids=[lane.id for lane in project.lanes],
        _cell_cards=cells,
    )

    y = grid_y
    for lane in project.lanes:
        h = lane_height(lane_counts[lane.id], m)
        out.lanes[lane.id] = Rect(m.margin, y, width - 2 * m.margin, h)
        out.lane_headers[lane.id] = Rect(m.margin, y, m.lane_header_w, h)
        y += h
    grid_bottom = y

    x = grid_x
    for stage in project.stages:
        out.headers[stage.id] = Rect(x, m.margin, m.column_w, m.header_h)
        out.columns[stage.id] = Rect(x, m.margin, m.column_w, grid_bottom - m.margin)
        for lane in project.lanes:
            lane_rect = out.lanes[lane.id]
            out.cells[(stage.id, lane.id)] = Rect(x, lane_rect.y, m.column_w, lane_rect.h)
        x += m.column_w + m.column_gap

    for key, cards in cells.items():
        out.cards._set(key, cards)

    out.band = Rect(grid_x, grid_bottom + m.band_gap, width - grid_x - m.margin, m.band_h)
    out.height = out.band.bottom + m.margin
    return out


def _curve(out: MapLayout) -> tuple[list[CurvePoint], list[CurvePoint]]:
    """The emotion curve: scored cards stage by stage, spread across their column, lanes in order."""
    curve: list[CurvePoint] = []
    averages: list[CurvePoint] = []
    cells = out._cell_cards
    for stage_id in out.stage_ids:
        col = out.columns[stage_id]
        scored = [tp for lane_id in out.lane_ids for tp in cells.get((stage_id, lane_id), ()) if tp.score is not None]
        if not scored:
            continue
        inner_x = col.x + out.metrics.cell_pad
        inner_w = col.w - 2 * out.metrics.cell_pad
        for i, tp in enumerate(scored):
            assert tp.score is not None
            px = inner_x + inner_w * (i + 1) / (len(scored) + 1)
            curve.append(CurvePoint(px, out.score_y(tp.score), tp.score, tp_id=tp.id, stage_id=stage_id))
        avg = sum(tp.score for tp in scored if tp.score is not None) / len(scored)
        averages.append(CurvePoint(col.x + col.w / 2, out.score_y(avg), avg, stage_id=stage_id))
    return curve, averages


def smooth_path(
    points: list[tuple[float, float]],
) -> list[tuple[tuple[float, float], tuple[float, float], tuple[float, float]]]:
    """Cubic Bézier segments (c1, c2, end) through ``points``: a monotone curve in x.

    Control points sit a third of the way to each neighbour horizontally, so the curve never
    overshoots a score band between two cards. Starts at ``points[0]``.
    """
    segs = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        dx = (x1 - x0) / 3
        segs.append(((x0 + dx, y0), (x1 - dx, y1), (x1, y1)))
    return segs


# -- stage-average labels ------------------------------------------------------------------------

#: Where a stage average's label may go, tried in this order (ties keep the earlier one): as
#: (horizontal, vertical) placement relative to the diamond; 1 = beyond it, 0 = centred on it.
_LABEL_SPOTS: tuple[tuple[int, int, float], ...] = (
    (1, -1, 0),
    (1, 1, 0),
    (-1, -1, 0),
    (-1, 1, 0),
    (0, -1, 0),
    (0, 1, 0),
    (1, 0, 0),
    (-1, 0, 0),
    (1, -1, 14),
    (1, 1, 14),
    (-1, -1, 14),
    (-1, 1, 14),
    (0, -1, 22),
    (0, 1, 22),
)


#: Scored cards in one stage above which its average label is not moved around the curve.
DENSE_STAGE = 48


def _bezier_samples(
    start: tuple[float, float], seg: tuple[tuple[float, float], tuple[float, float], tuple[float, float]]
) -> list[tuple[float, float]]:
    """Points along one cubic segment: enough to follow it, one for the short hops of a busy column.

    The segments of `smooth_path` are monotone in x and y, so a segment a few units wide stays
    within that width of its chord: the chord is close enough there.
    """
    (x0, y0), ((c1x, c1y), (c2x, c2y), (x1, y1)) = start, seg
    steps = max(1, min(8, int(abs(x1 - x0) / 4)))
    out = []
    for k in range(1, steps + 1):
        t = k / steps
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        out.append((a * x0 + b * c1x + c * c2x + d * x1, a * y0 + b * c1y + c * c2y + d * y1))
    return out


def _clipped_length(box: Rect, p: tuple[float, float], q: tuple[float, float]) -> float:
    """Length of segment pq inside ``box`` (Liang-Barsky)."""
    (x0, y0), (x1, y1) = p, q
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for edge_p, edge_q in ((-dx, x0 - box.x), (dx, box.right - x0), (-dy, y0 - box.y), (dy, box.bottom - y0)):
        if edge_p == 0:
            if edge_q < 0:
                return 0.0
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return 0.0
    return (hi - lo) * (dx * dx + dy * dy) ** 0.5


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _label_cost(
    box: Rect,
    limit: float,
    segments: list[tuple[tuple[float, float], tuple[float, float]]],
    dots: list[tuple[float, float]],
    obstacles: list[Rect],
    dot: float,
) -> float:
    """How badly a label at ``box`` collides: curve length inside it, dots, overlapped boxes.

    Stops at ``limit`` (the best spot so far), which keeps a busy stretch of curve cheap.
    """
    crossing = 0.0
    grown = Rect(box.x - 2, box.y - 2, box.w + 4, box.h + 4)
    for p, q in segments:
        crossing += _clipped_length(grown, p, q)
        if crossing * 10 >= limit:
            return limit
    hits = sum(box.x - dot < x < box.right + dot and box.y - dot < y < box.bottom + dot for x, y in dots)
    return crossing * 10 + hits * 40 + sum(_overlap(box, other) for other in obstacles) * 5


def average_label_boxes(
    layout: MapLayout,
    sizes: list[tuple[float, float]],
    marker: float,
    dot: float = 4.6,
    gap: float = 3.0,
    curve: list[CurvePoint] | None = None,
    averages: list[CurvePoint] | None = None,
) -> list[Rect]:
    """Where each stage average's label goes: clear of the curve and its dots, inside the band.

    Shared by the canvas and every export so both print the label in the same place. ``sizes``
    are the labels' (width, height) in the renderer's units, one per `MapLayout.stage_averages`;
    ``marker`` is the diamond's half-width, ``dot`` a curve dot's radius. Each label tries the
    spots around its diamond in a fixed order and takes the one crossing the least curve (then
    the fewest dots, diamonds and earlier labels), moved inside the band if it sticks out.
    Only the curve near each average is looked at (found by bisection on x), and a stage dense
    with cards keeps the first spot, so the cost stays linear and small for 20,000 cards.
    ``curve`` and ``averages`` replace the layout's own when a filter shows only some cards.
    """
    band = layout.band
    lo_x, hi_x = band.x + 34, band.right - 12
    lo_y, hi_y = band.y + 3, band.bottom - 3
    averages = layout.stage_averages if averages is None else averages
    curve = layout.curve if curve is None else curve
    xs = [p.x for p in curve]  # sorted: the curve runs left to right
    per_stage: dict[str | None, int] = {}
    for point in curve:
        per_stage[point.stage_id] = per_stage.get(point.stage_id, 0) + 1

    def spot_box(avg: CurvePoint, w: float, h: float, hx: int, vy: int, extra: float) -> Rect:
        if hx > 0:
            x = avg.x + marker * 0.6 + extra * 0.5
        elif hx < 0:
            x = avg.x - marker * 0.6 - extra * 0.5 - w
        else:
            x = avg.x - w / 2
        if vy < 0:
            y = avg.y - marker - gap - extra - h
        elif vy > 0:
            y = avg.y + marker + gap + extra
        else:
            x += (gap + marker * 0.4) * hx
            y = avg.y - h / 2
        x = min(max(x, lo_x), max(lo_x, hi_x - w))
        y = min(max(y, lo_y), max(lo_y, hi_y - h))
        return Rect(x, y, w, h)

    boxes: list[Rect] = []
    for i, (avg, (w, h)) in enumerate(zip(averages, sizes, strict=True)):
        # Past a few dozen cards a column's curve is a dense zigzag that every spot crosses:
        # searching would cost time in proportion to the cards and find nothing clear.
        if per_stage.get(avg.stage_id, 0) > DENSE_STAGE:
            boxes.append(spot_box(avg, w, h, *_LABEL_SPOTS[0]))
            continue
        # Only the curve within reach of the spots matters: found by bisection, sampled here.
        reach = w + marker + 30
        first = bisect.bisect_left(xs, avg.x - reach)
        last = bisect.bisect_right(xs, avg.x + reach)
        segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
        for k in range(max(0, first - 1), min(len(curve) - 1, last)):
            p0, p1 = curve[k], curve[k + 1]
            dx = (p1.x - p0.x) / 3
            prev = (p0.x, p0.y)
            for q in _bezier_samples(prev, ((p0.x + dx, p0.y), (p1.x - dx, p1.y), (p1.x, p1.y))):
                segments.append((prev, q))
                prev = q
        for j in (i - 1, i + 1):
            if 0 <= j < len(averages):
                segments.append(((avg.x, avg.y), (averages[j].x, averages[j].y)))
        dots = [(p.x, p.y) for p in curve[first:last]]
        diamonds = [Rect(a.x - marker, a.y - marker, 2 * marker, 2 * marker) for a in averages[max(0, i - 2) : i + 3]]

        best: tuple[float, Rect] | None = None
        for hx, vy, extra in _LABEL_SPOTS:
            box = spot_box(avg, w, h, hx, vy, extra)
            limit = best[0] if best is not None else math.inf
            c = _label_cost(box, limit, segments, dots, diamonds + boxes[-2:], dot)
            if best is None or c < best[0] - 1e-6:
                best = (c, box)
            if c == 0:
                break
        assert best is not None
        boxes.append(best[1])
    return boxes


# -- text fitting (pure: the caller passes its own width measure) -------------------------------

ELLIPSIS = "\u2026"


def elide_text(text: str, max_width: float, measure: Callable[[str], float]) -> str:
    """Shorten ``text`` with a trailing "…" so that it fits ``max_width``.

    A renderer measures with its own font, so the measure is a parameter: the PDF passes
    ReportLab's string width, the canvas Qt's font metrics, and both cut at the same place.
    Binary search keeps this O(log n) measurements even for a 2,000-character description.
    """
    if measure(text) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo else (ELLIPSIS if measure(ELLIPSIS) <= max_width else "")


def wrap_text(text: str, max_width: float, max_lines: int, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines no wider than ``max_width``.

    Words are kept whole unless one alone is too wide (then it is cut by characters); line
    breaks in the text start a new line; the last line is elided with "…" when text remains.
    Words are measured once each and summed, so a long description costs O(words shown), and
    the loop stops as soon as the box is full.
    """
    if max_lines <= 0 or max_width <= 0:
        return []
    space = measure(" ")
    lines: list[str] = []
    overflow = False
    paragraphs = [p for p in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if p.strip()]
    for p_index, para in enumerate(paragraphs):
        words = para.split()
        line, line_w = "", 0.0
        i = 0
        while i < len(words):
            word = words[i]
            w = measure(word)
            if not line:
                if w <= max_width:
                    line, line_w = word, w
                    i += 1
                    continue
                # One word wider than the box: cut it at the last character that fits.
                cut = _fit_prefix(word, max_width, measure)
                lines.append(word[:cut])
                words[i] = word[cut:]
            elif line_w + space + w <= max_width:
                line, line_w = f"{line} {word}", line_w + space + w
                i += 1
                continue
            else:
                lines.append(line)
                line, line_w = "", 0.0
            if len(lines) >= max_lines:
                overflow = True
                break
        if overflow:
            break
        if line:
            lines.append(line)
        if len(lines) >= max_lines and p_index < len(paragraphs) - 1:
            overflow = True
            break
    if overflow:
        lines = lines[:max_lines]
        # Elide "line…" rather than the bare line, so an ellipsis is added even when it fits.
        lines[-1] = elide_text(lines[-1] + ELLIPSIS, max_width, measure)
    return lines


def _fit_prefix(word: str, max_width: float, measure: Callable[[str], float]) -> int:
    """The length of the longest prefix of ``word`` that fits (at least one character)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(word[:mid]) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return lo
