"""Geometry of a journey map: where columns, lanes, cards and the experience curve go.

Pure arithmetic on the model, in abstract units (1 unit = 1 screen pixel at 100 % zoom, and
converted to points by the PDF writer), so the canvas and every export draw the same map.
Text is wrapped by each renderer inside the card rectangles given here. Must not import Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
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


@dataclass
class MapLayout:
    """Everything a renderer needs to draw a map, computed in one pass by `compute_layout`."""

    metrics: Metrics
    width: float
    height: float
    columns: dict[str, Rect] = field(default_factory=dict)
    headers: dict[str, Rect] = field(default_factory=dict)
    lanes: dict[str, Rect] = field(default_factory=dict)
    lane_headers: dict[str, Rect] = field(default_factory=dict)
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    cards: dict[str, Rect] = field(default_factory=dict)
    band: Rect = field(default_factory=lambda: Rect(0, 0, 0, 0))
    curve: list[CurvePoint] = field(default_factory=list)
    stage_averages: list[CurvePoint] = field(default_factory=list)

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

    def insertion_index(self, cell: tuple[str, str], y: float, cards: list[Touchpoint]) -> int:
        """Where a card dropped at height ``y`` goes among ``cards`` (the cell's, in order)."""
        for i, tp in enumerate(cards):
            rect = self.cards.get(tp.id)
            if rect is not None and y < rect.y + rect.h / 2:
                return i
        return len(cards)


def compute_layout(project: Project, metrics: Metrics = DEFAULT_METRICS) -> MapLayout:
    """Lay out a whole map: O(number of cards), no text measurement."""
    m = metrics
    cells = project.cells()
    lane_counts = {lane.id: m.lane_min_cards for lane in project.lanes}
    for (_stage_id, lane_id), cards in cells.items():
        lane_counts[lane_id] = max(lane_counts.get(lane_id, 0), len(cards))

    grid_x = m.margin + m.lane_header_w
    grid_y = m.margin + m.header_h
    width = grid_x + len(project.stages) * (m.column_w + m.column_gap) - m.column_gap + m.margin
    out = MapLayout(metrics=m, width=width, height=0)

    y = grid_y
    for lane in project.lanes:
        n = lane_counts[lane.id]
        h = 2 * m.cell_pad + n * m.card_h + max(0, n - 1) * m.card_gap
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

    for (stage_id, lane_id), cards in cells.items():
        cell = out.cells[(stage_id, lane_id)]
        for i, tp in enumerate(cards):
            out.cards[tp.id] = Rect(
                cell.x + m.cell_pad, cell.y + m.cell_pad + i * (m.card_h + m.card_gap), m.card_w, m.card_h
            )

    out.band = Rect(grid_x, grid_bottom + m.band_gap, width - grid_x - m.margin, m.band_h)
    out.height = out.band.bottom + m.margin
    _curve(project, cells, out)
    return out


def _curve(project: Project, cells: dict[tuple[str, str], list[Touchpoint]], out: MapLayout) -> None:
    """The emotion curve: scored cards stage by stage, spread across their column, lanes in order."""
    for stage in project.stages:
        col = out.columns[stage.id]
        scored = [tp for lane in project.lanes for tp in cells.get((stage.id, lane.id), []) if tp.score is not None]
        if not scored:
            continue
        inner_x = col.x + out.metrics.cell_pad
        inner_w = col.w - 2 * out.metrics.cell_pad
        for i, tp in enumerate(scored):
            assert tp.score is not None
            px = inner_x + inner_w * (i + 1) / (len(scored) + 1)
            out.curve.append(CurvePoint(px, out.score_y(tp.score), tp.score, tp_id=tp.id, stage_id=stage.id))
        avg = sum(tp.score for tp in scored if tp.score is not None) / len(scored)
        out.stage_averages.append(CurvePoint(col.x + col.w / 2, out.score_y(avg), avg, stage_id=stage.id))


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
