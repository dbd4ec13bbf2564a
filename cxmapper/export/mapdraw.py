"""The journey map as a drawing: stage headers, lanes, cards, the experience curve, title, legend.

Turns the model and `cxmapper.layout` geometry into `drawing` items in layout units, with all
text already wrapped by measured width and elided with "…", so every backend (PDF, PNG, SVG,
print) shows the same map and no text can spill out of its card. Reads the model only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Set

from cxmapper.export import style
from cxmapper.export.drawing import Box, Circle, Curve, Item, Line, Polygon, Text
from cxmapper.export.fonts import measure, measurer
from cxmapper.export.labels import Labels
from cxmapper.layout import MapLayout, average_label_boxes, elide_text, smooth_path, wrap_text
from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import Control, Phase

Tick = Callable[[], None]

#: The size of a card's title on the map, in layout units (points once scaled to paper).
CARD_TITLE_SIZE = 11.0
#: Half-width of a stage average's diamond, and radius of a card's dot on the curve.
AVERAGE_MARKER = 6.5
CURVE_DOT = 4.2
#: Opacity of the paper-white veil over a faded card: the card stays legible (the map keeps its
#: shape and a reader can still see what is there) but clearly steps back.
FADE_OPACITY = 0.72


class Pen:
    """Collects drawing items and places measured text, so builders read like a layout spec."""

    def __init__(self) -> None:
        self.items: list[Item] = []

    def add(self, item: Item) -> None:
        """Append one item."""
        self.items.append(item)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        color: str = style.INK,
        anchor: str = "start",
        max_w: float | None = None,
    ) -> float:
        """Place one line (elided to ``max_w``); return its width. ``anchor``: start, middle, end."""
        if max_w is not None:
            text = elide_text(text, max_w, measurer(size, bold))
        if not text:
            return 0.0
        w = measure(text, size, bold)
        if anchor == "middle":
            x -= w / 2
        elif anchor == "end":
            x -= w
        self.items.append(Text(x, y, text, size, w, bold, color))
        return w

    def para(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        width: float,
        max_lines: int,
        *,
        leading: float | None = None,
        bold: bool = False,
        color: str = style.INK,
    ) -> int:
        """Place wrapped text, first baseline at ``y``; return the number of lines used."""
        lead = leading or size * 1.25
        lines = wrap_text(text, width, max_lines, measurer(size, bold))
        for i, line in enumerate(lines):
            self.text(x, y + i * lead, line, size, bold=bold, color=color)
        return len(lines)

    def star(self, cx: float, cy: float, r: float, fill: str = style.MOMENT_OF_TRUTH) -> None:
        """A five-pointed star (moment of truth)."""
        pts = []
        for i in range(10):
            rad = r if i % 2 == 0 else r * 0.45
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
        self.add(Polygon(tuple(pts), fill=fill))

    def diamond(self, cx: float, cy: float, r: float, fill: str | None, stroke: str | None, width: float = 1) -> None:
        """A diamond (stage average)."""
        self.add(
            Polygon(((cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)), fill=fill, stroke=stroke, width=width)
        )

    def control_mark(self, cx: float, cy: float, r: float, control: Control) -> None:
        """Intentional: a solid blue dot; unintentional: a dashed grey ring."""
        if control == Control.INTENTIONAL:
            self.add(Circle(cx, cy, r, fill=style.INTENTIONAL))
        else:
            self.add(Circle(cx, cy, r * 0.85, stroke=style.UNINTENTIONAL, width=r * 0.4, dash=(r * 0.5, r * 0.4)))

    def score_badge(self, cx: float, cy: float, r: float, score: float) -> None:
        """A coloured disc with the score in it."""
        self.add(Circle(cx, cy, r, fill=style.score_color(score)))
        self.text(cx, cy + r * 0.36, style.score_text(score), r * 0.95, bold=True, color=style.WHITE, anchor="middle")


def _phase_of(project: Project) -> dict[str, Phase]:
    return {s.id: s.phase for s in project.stages}


def draw_card(pen: Pen, tp: Touchpoint, x: float, y: float, w: float, h: float, phase: Phase, labels: Labels) -> None:
    """One touchpoint card on the map (layout units; the default card is 208 x 104)."""
    pen.add(Box(x + 0.6, y + 2.6, w, h, fill=style.SHADOW, radius=9, opacity=0.06))
    pen.add(Box(x, y + 1.0, w, h, fill=style.SHADOW, radius=8.5, opacity=0.05))
    pen.add(Box(x, y, w, h, fill=style.CARD_BG, stroke=style.CARD_BORDER, width=0.6, radius=8))
    pen.add(Box(x + 4, y + 10, 3, h - 20, fill=tp.color or style.accent(phase), radius=1.5))
    right = x + w - 9
    if tp.score is not None:
        pen.score_badge(right - 9, y + 17, 9, tp.score)
        right -= 22
    if tp.moment_of_truth:
        pen.star(right - 8, y + 16.5, 8)
        right -= 19
    left = x + 15
    title = tp.title.strip() or labels["untitled"]
    bottom_row = y + h - 10
    text_bottom = bottom_row - 13
    title_lines = pen.para(left, y + 20, title, CARD_TITLE_SIZE, right - left, 2, leading=13.5, bold=True)
    desc_top = y + 20 + title_lines * 13.5 + 1
    if tp.description.strip():
        n = int((text_bottom - desc_top) // 11) + 1
        if n > 0:
            pen.para(left, desc_top, tp.description, 8.6, x + w - 10 - left, n, leading=11, color=style.MUTED)
    pen.control_mark(left + 3, bottom_row - 3, 3.4, tp.control)
    pen.text(left + 11, bottom_row, labels.channel(tp.channel), 8, color=style.MUTED, max_w=x + w - 12 - left - 11)


def build_map(
    project: Project,
    layout: MapLayout,
    labels: Labels,
    tick: Tick | None = None,
    dimmed: Set[str] = frozenset(),
) -> list[Item]:
    """The whole map in layout units: headers, lanes, cards, experience band and curve.

    Cards whose id is in ``dimmed`` are drawn faded under a white veil rather than left out, so
    a persona's map keeps the whole map's shape. The curve is whatever ``layout`` computed; a
    caller that fades cards passes a layout whose curve leaves them out (see `pages.compose_map`).
    """
    pen = Pen()
    m = layout.metrics
    phases = _phase_of(project)
    grid_top = m.margin + m.header_h
    grid_bottom = max((r.bottom for r in layout.lanes.values()), default=grid_top)
    grid_left = m.margin + m.lane_header_w
    right = layout.width - m.margin

    # Column bodies first (soft phase tint), so lanes and cards sit on them.
    for stage in project.stages:
        col = layout.columns[stage.id]
        pen.add(Box(col.x + 4, grid_top, col.w - 8, grid_bottom - grid_top, fill=style.tint(stage.phase), radius=10))

    for i, lane in enumerate(project.lanes):
        head = layout.lane_headers[lane.id]
        pen.add(Box(head.x, head.y + 4, head.w - 10, head.h - 8, fill=style.LANE_BG, radius=10))
        pen.para(head.x + 12, head.y + 25, lane.name, 11, head.w - 34, max(1, int((head.h - 30) // 14)), bold=True)
        if i < len(project.lanes) - 1:
            pen.add(Line(((grid_left + 4, head.bottom), (right - 4, head.bottom)), style.RULE, 0.6, (3, 3)))

    for stage in project.stages:
        hr = layout.headers[stage.id]
        pen.add(Box(hr.x + 4, hr.y, hr.w - 8, hr.h - 8, fill=style.accent(stage.phase), radius=10))
        inner = hr.w - 32
        pen.text(
            hr.x + 16,
            hr.y + 18,
            labels.phase(stage.phase).upper(),
            7.5,
            bold=True,
            color=style.tint(stage.phase),
            max_w=inner,
        )
        pen.para(hr.x + 16, hr.y + 37, stage.name, 13, inner, 2, leading=15, bold=True, color=style.WHITE)

    for (stage_id, _lane_id), cards in project.cells().items():
        for tp in cards:
            r = layout.cards[tp.id]
            draw_card(pen, tp, r.x, r.y, r.w, r.h, phases[stage_id], labels)
            if tp.id in dimmed:
                pen.add(Box(r.x - 1, r.y - 1, r.w + 2, r.h + 5, fill=style.WHITE, radius=9, opacity=FADE_OPACITY))
            if tick is not None:
                tick()

    _band(pen, project, layout, labels)
    return pen.items


def _band(pen: Pen, project: Project, layout: MapLayout, labels: Labels) -> None:
    """The experience band: score grid, the curve through the cards, the stage averages."""
    m = layout.metrics
    band = layout.band
    pen.add(Box(m.margin, band.y, m.lane_header_w - 10, band.h, fill=style.LANE_BG, radius=10))
    pen.para(m.margin + 12, band.y + 25, labels["experience"], 11, m.lane_header_w - 34, 2, bold=True)
    pen.add(Box(band.x + 4, band.y, band.w - 8, band.h, fill=style.WHITE, stroke=style.GRID, width=0.8, radius=10))
    x0, x1 = band.x + 34, band.right - 12
    top, zero, bottom = layout.score_y(2), layout.score_y(0), layout.score_y(-2)
    pen.add(Box(x0, top, x1 - x0, zero - top, fill=style.BAND_POSITIVE))
    pen.add(Box(x0, zero, x1 - x0, bottom - zero, fill=style.BAND_NEGATIVE))
    for s in (2, 1, 0, -1, -2):
        y = layout.score_y(s)
        if s == 0:
            pen.add(Line(((x0, y), (x1, y)), style.RULE, 1.0))
        else:
            pen.add(Line(((x0, y), (x1, y)), style.GRID, 0.6, (2, 3)))
        pen.text(x0 - 8, y + 3, style.score_text(s), 8, color=style.score_color(s), bold=True, anchor="end")
    for stage in project.stages[1:]:
        x = layout.columns[stage.id].x
        pen.add(Line(((x, top - 6), (x, bottom + 6)), style.GRID, 0.6, (2, 3)))

    pts = [(p.x, p.y) for p in layout.curve]
    if len(pts) >= 2:
        pen.add(Curve(pts[0], tuple(smooth_path(pts)), style.CURVE, 1.8))
    if len(layout.stage_averages) >= 2:
        avg = tuple((p.x, p.y) for p in layout.stage_averages)
        pen.add(Line(avg, style.MUTED, 0.9, (4, 3)))
    for p in layout.curve:
        pen.add(Circle(p.x, p.y, CURVE_DOT, fill=style.score_color(p.score), stroke=style.WHITE, width=1.4))
    texts = ["Ø " + style.score_text(round(p.score, 1)) for p in layout.stage_averages]
    sizes = [(measure(text, 8, True) + 8, 12.5) for text in texts]
    boxes = average_label_boxes(layout, sizes, marker=AVERAGE_MARKER, dot=CURVE_DOT)
    for p, text, box in zip(layout.stage_averages, texts, boxes, strict=True):
        pen.diamond(p.x, p.y, AVERAGE_MARKER, None, style.INK, 1.2)
        pen.add(Box(box.x, box.y, box.w, box.h, fill=style.WHITE, stroke=style.GRID, width=0.6, radius=6.25))
        pen.text(box.x + 4, box.y + 9, text, 8, bold=True, color=style.INK)


def _no_glyph(pen: Pen, x: float, y: float) -> None:
    """A legend entry that is a caption only."""
    del pen, x, y


def _curve_glyph(pen: Pen, x: float, y: float) -> None:
    """A short stretch of the experience curve with one point on it, for the legend."""
    pen.add(Line(((x, y + 2), (x + 8, y - 2), (x + 18, y)), style.CURVE, 1.5))
    pen.add(Circle(x + 8, y - 2, 2.6, fill=style.score_color(1)))


def title_block(project: Project, labels: Labels, width: float, persona: str | None = None) -> tuple[list[Item], float]:
    """Title, brand, author, date and personas above the map; returns items and height.

    With ``persona`` (a persona's name) the map is that persona's: the line names only them and
    says why some cards are faded, so a stack of per-persona prints cannot be mixed up.
    """
    pen = Pen()
    pen.text(0, 10, labels["map"].upper(), 7.5, bold=True, color=style.accent(Phase.BEFORE), max_w=width)
    title = project.title.strip() or labels["untitled"]
    pen.text(0, 34, title, 20, bold=True, max_w=width)
    meta = [project.brand.strip(), project.author.strip(), labels.date(project.modified.date())]
    pen.text(0, 51, "  ·  ".join(p for p in meta if p), 9.5, color=style.MUTED, max_w=width)
    height = 60.0
    if persona is not None:
        w = pen.text(0, 66, f"{labels['persona']}: {persona}", 10.5, bold=True, color=style.INK, max_w=width)
        pen.text(w + 8, 66, f"({labels['persona_faded']})", 9.5, color=style.MUTED, max_w=max(0.0, width - w - 8))
        height = 75.0
    elif project.personas:
        names = "  ·  ".join(p.name for p in project.personas)
        pen.text(0, 65, f"{labels['personas']}: {names}", 9.5, color=style.MUTED, max_w=width)
        height = 74.0
    pen.add(Line(((0, height), (width, height)), style.GRID, 0.8))
    return pen.items, height + 10


def legend(labels: Labels, width: float) -> tuple[list[Item], float]:
    """The key to colours and marks, flowed into as many rows as ``width`` needs."""
    size = 8.0
    entries: list[tuple[float, Callable[[Pen, float, float], None], str]] = []

    def swatch(color: str) -> Callable[[Pen, float, float], None]:
        return lambda p, x, y: p.add(Box(x, y - 4.5, 12, 9, fill=color, radius=2.5))

    for phase in Phase:
        entries.append((16, swatch(style.accent(phase)), labels.phase(phase)))

    def dot(color: str) -> Callable[[Pen, float, float], None]:
        return lambda p, x, y: p.add(Circle(x + 4.5, y, 4.5, fill=color))

    for s in (-2, -1, 0, 1, 2):
        entries.append((11, dot(style.score_color(s)), style.score_text(s)))
    entries.append((0, _no_glyph, labels["score"]))
    entries.append((14, lambda p, x, y: p.star(x + 5.5, y, 6), labels["moment_of_truth"]))
    entries.append(
        (12, lambda p, x, y: p.control_mark(x + 4, y, 3.6, Control.INTENTIONAL), labels.control(Control.INTENTIONAL))
    )
    entries.append(
        (
            12,
            lambda p, x, y: p.control_mark(x + 4, y, 3.6, Control.UNINTENTIONAL),
            labels.control(Control.UNINTENTIONAL),
        )
    )
    entries.append((22, _curve_glyph, labels["experience"]))
    entries.append((14, lambda p, x, y: p.diamond(x + 5, y, 5, None, style.INK, 1.1), "Ø " + labels["stage_average"]))

    pen = Pen()
    pen.text(0, 12, labels["legend"].upper(), 7, bold=True, color=style.MUTED)
    x0 = measure(labels["legend"].upper(), 7, True) + 14
    x, y, row_h = x0, 12.0, 16.0
    for glyph_w, glyph, label in entries:
        label_w = measure(label, size)
        gap = 4 if glyph_w else 0
        total = glyph_w + gap + label_w
        if x + total > width and x > x0:
            x, y = x0, y + row_h
        glyph(pen, x, y - 3)
        pen.text(x + glyph_w + gap, y, label, size, color=style.INK)
        x += total + (6 if label.startswith(("+", "\u2212", "0")) and len(label) <= 3 else 14)
    return pen.items, y + 8
