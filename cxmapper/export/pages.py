"""Sheets of paper: the map fitted to a page, a poster tiled across sheets, workshop cards.

Composes `mapdraw` drawings onto `drawing.Page`s in points (y down) for one paper size, so
the PDF writer and the Qt painter print the same sheets. The touchpoint table is not here:
it is ReportLab's own flowing table (`pdf.py`). Pure Python.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

from cxmapper.export import style
from cxmapper.export.drawing import Box, Circle, Group, Item, Line, Page, with_bounds
from cxmapper.export.fonts import measurer
from cxmapper.export.labels import Labels
from cxmapper.export.mapdraw import CARD_TITLE_SIZE, Pen, Tick, build_map, legend, title_block
from cxmapper.export.options import (
    MAX_POSTER_PAGES,
    MAX_POSTER_SHEETS,
    MM,
    PAPERS,
    ExportError,
    ExportOptions,
    Orientation,
)
from cxmapper.export.persona import Focus, focuses
from cxmapper.layout import MapLayout, compute_layout, wrap_text
from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import Control, Phase, fold_accents

#: Space kept at the foot of every sheet's printable area for "Page n of N".
FOOTER_H = 16.0
#: One layout unit (a screen pixel at 100 % zoom, 96 dpi) in points.
UNIT_PT = 0.75
#: The smallest printed card title (points) most people read at arm's length. 6 pt is the
#: "small print" of contracts; titles are bold and a workshop reads them standing, so half a
#: point more (a 3-stage map fitted on A4 portrait prints at 6.7 pt and reads well).
READABLE_PT = 6.5
#: An automatic poster with no sheet count uses the fewest sheets that make titles readable,
#: but never more than this: a wall of 20 A4 sheets is already a big glueing job.
AUTO_MAX_SHEETS = 20


class Dimensions(Protocol):
    """Anything with a width and a height in layout units (a `Composite` or an `Extent`)."""

    @property
    def width(self) -> float: ...  # noqa: D102

    @property
    def height(self) -> float: ...  # noqa: D102


@dataclass(frozen=True)
class Extent:
    """The size of the composite (title block, map, legend) without drawing it."""

    width: float
    height: float


@dataclass
class Composite:
    """The map with its title block and legend, as one drawing in layout units."""

    items: tuple[Item, ...]
    width: float
    height: float


def compose_map(
    project: Project, labels: Labels, tick: Tick | None = None, focus: Focus | None = None
) -> tuple[MapLayout, list[Item]]:
    """Layout plus map drawing (layout units); with ``focus``, one persona's map.

    A persona's curve runs through that persona's cards only: the layout is computed from a
    copy whose faded cards have no score. Card positions do not depend on scores, so the cards
    stay exactly where the whole map has them, and each faded card still shows its own score.
    """
    if focus is None or not focus.dimmed:
        layout = compute_layout(project)
        return layout, build_map(project, layout, labels, tick)
    unscored = [tp.model_copy(update={"score": None}) if tp.id in focus.dimmed else tp for tp in project.touchpoints]
    layout = compute_layout(project.model_copy(update={"touchpoints": unscored}))
    return layout, build_map(project, layout, labels, tick, focus.dimmed)


def composite(project: Project, labels: Labels, tick: Tick | None = None, focus: Focus | None = None) -> Composite:
    """Title block, map and legend stacked in layout units: what a poster or an image shows."""
    layout, map_items = compose_map(project, labels, tick, focus)
    margin = layout.metrics.margin
    inner = layout.width - 2 * margin
    head, head_h = title_block(project, labels, inner, focus.name if focus else None)
    leg, leg_h = legend(labels, inner)
    items: list[Item] = [Group(tuple(head), dx=margin, dy=margin)]
    map_group = with_bounds(Group(tuple(map_items), dy=margin + head_h))
    items.append(map_group)
    items.append(Group(tuple(leg), dx=margin, dy=margin + head_h + layout.height))
    return Composite(tuple(items), layout.width, margin + head_h + layout.height + leg_h + margin)


def extent(project: Project, labels: Labels, layout: MapLayout | None = None) -> Extent:
    """The size `composite` would have, in linear time and without drawing a single card."""
    layout = layout or compute_layout(project)
    inner = layout.width - 2 * layout.metrics.margin
    head_h = title_block(project, labels, inner)[1]
    leg_h = legend(labels, inner)[1]
    return Extent(layout.width, 2 * layout.metrics.margin + head_h + layout.height + leg_h)


def _fit_frame(
    project: Project, opts: ExportOptions, labels: Labels, layout: MapLayout, focus: Focus | None = None
) -> tuple[list[Item], list[Item], float, float, float]:
    """(title block, legend, top of the map, bottom of the map area, scale) of a one-page map."""
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    cw = pw - 2 * m
    head, head_h = title_block(project, labels, cw, focus.name if focus else None)
    leg, leg_h = legend(labels, cw)
    top = m + head_h
    bottom = ph - m - FOOTER_H - leg_h
    avail_h = bottom - 6 - top
    return head, leg, top, bottom, max(1e-6, min(cw / layout.width, avail_h / layout.height))


def _map_title(labels: Labels, focus: Focus | None) -> str:
    """The bookmark of a map: "Customer journey map", or "… — Marta, 34" for a persona's."""
    return labels["map"] if focus is None else f"{labels['map']} \u2014 {focus.name}"


def fit_page(
    project: Project, opts: ExportOptions, labels: Labels, tick: Tick | None = None, focus: Focus | None = None
) -> Page:
    """The whole map scaled to one sheet: title block, map, legend, footer space."""
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    cw = pw - 2 * m
    page = Page(pw, ph, bookmark=(_map_title(labels, focus), 0), footer_y=ph - m - 3)
    layout, map_items = compose_map(project, labels, tick, focus)
    head, leg, top, bottom, s = _fit_frame(project, opts, labels, layout, focus)
    page.items.append(Group(tuple(head), dx=m, dy=m))
    page.items.append(Group(tuple(map_items), dx=m + (cw - layout.width * s) / 2, dy=top, scale=s))
    # The legend follows the map (a wide map on a tall sheet leaves room below, not between).
    page.items.append(Group(tuple(leg), dx=m, dy=min(bottom, top + layout.height * s + 6)))
    return page


@dataclass(frozen=True)
class PosterPlan:
    """How a poster is cut: sheet grid, scale (pt per layout unit), and the offset that centres it."""

    cols: int
    rows: int
    scale: float
    step_x: float
    step_y: float
    offset_x: float
    offset_y: float
    overlap: float


def plan_poster(comp: Dimensions, opts: ExportOptions) -> PosterPlan:
    """Choose the scale from the sheet grid, or the grid from the scale."""
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    ov = opts.overlap_mm * MM
    cw, ch = pw - 2 * m, ph - 2 * m
    step_x, step_y = cw - ov, ch - ov
    if opts.poster_auto:
        raise ValueError("resolve an automatic poster with resolve_options first")
    if opts.poster is not None:
        cols, rows = opts.poster
        s = min((cols * step_x + ov) / comp.width, (rows * step_y + ov) / comp.height)
    else:
        assert opts.scale is not None
        s = opts.scale / 100 * UNIT_PT
        cols = max(1, math.ceil((comp.width * s - ov) / step_x - 1e-9))
        rows = max(1, math.ceil((comp.height * s - ov) / step_y - 1e-9))
        if cols * rows > MAX_POSTER_PAGES:
            raise ExportError(
                f"at {opts.scale:g} % the poster would need {cols} x {rows} sheets of {opts.paper}; "
                "choose a smaller scale or a larger paper"
            )
    area_w, area_h = cols * step_x + ov, rows * step_y + ov
    return PosterPlan(cols, rows, s, step_x, step_y, (area_w - comp.width * s) / 2, (area_h - comp.height * s) / 2, ov)


def blank_share(comp: Dimensions, plan: PosterPlan) -> float:
    """The share (0..1) of the assembled poster's printable area that the map leaves blank."""
    area = (plan.cols * plan.step_x + plan.overlap) * (plan.rows * plan.step_y + plan.overlap)
    return max(0.0, 1 - comp.width * plan.scale * comp.height * plan.scale / area)


@dataclass(frozen=True)
class PosterChoice:
    """A poster grid the map fills well: what `suggest_poster` proposes."""

    cols: int
    rows: int
    orientation: Orientation
    scale: float
    blank: float

    @property
    def sheets(self) -> int:
        """How many sheets it prints on."""
        return self.cols * self.rows

    @property
    def title_pt(self) -> float:
        """The printed size of a card title at this scale, in points."""
        return CARD_TITLE_SIZE * self.scale


def _grids(limit: int) -> Iterable[tuple[int, int]]:
    for cols in range(1, min(MAX_POSTER_SHEETS, limit) + 1):
        for rows in range(1, min(MAX_POSTER_SHEETS, limit // cols) + 1):
            yield cols, rows


def suggest_poster(comp: Dimensions, opts: ExportOptions, sheets: int) -> PosterChoice:
    """The grid and orientation, on at most ``sheets`` sheets of ``opts.paper``, the map fills best.

    The largest print wins (its titles are the easiest to read and, for the same paper, the least
    is left blank); grids within 2 % of it count as equal, and of those the one with the fewest
    sheets, then the least blank paper, is chosen, so a wide map gets 3 x 1 rather than 3 x 2.
    """
    choices: list[PosterChoice] = []
    orientations: tuple[Orientation, ...] = ("landscape", "portrait")
    for orientation in orientations:
        base = replace(opts, orientation=orientation, scale=None, poster_auto=False)
        for cols, rows in _grids(max(1, sheets)):
            plan = plan_poster(comp, replace(base, poster=(cols, rows)))
            choices.append(PosterChoice(cols, rows, orientation, plan.scale, blank_share(comp, plan)))
    best = max(c.scale for c in choices)
    near = [c for c in choices if c.scale >= best * 0.98]
    return min(near, key=lambda c: (c.sheets, round(c.blank, 4), c.orientation != "landscape", c.rows))


def auto_poster(comp: Dimensions, opts: ExportOptions) -> PosterChoice:
    """`suggest_poster` for ``opts.sheets``, or for the fewest sheets that print titles readably."""
    if opts.sheets is not None:
        return suggest_poster(comp, opts, opts.sheets)
    choice = suggest_poster(comp, opts, 1)
    for n in range(2, AUTO_MAX_SHEETS + 1):
        if choice.title_pt >= READABLE_PT:
            break
        choice = suggest_poster(comp, opts, n)
    return choice


def resolve_options(project: Project, opts: ExportOptions, labels: Labels) -> ExportOptions:
    """Concrete options: an automatic poster becomes the grid and orientation it chose."""
    if not opts.poster_auto:
        return opts
    if not opts.include_map:
        return replace(opts, poster_auto=False)
    choice = auto_poster(extent(project, labels), opts)
    return replace(opts, poster=(choice.cols, choice.rows), orientation=choice.orientation, poster_auto=False)


def map_scale(project: Project, opts: ExportOptions, labels: Labels) -> float:
    """Points on paper per layout unit of the map, for fitted or tiled (resolved) options."""
    layout = compute_layout(project)
    if opts.poster_auto:
        opts = resolve_options(project, opts, labels)
    if opts.is_poster:
        return plan_poster(extent(project, labels, layout), opts).scale
    return _fit_frame(project, opts, labels, layout)[4]


@dataclass(frozen=True)
class Readability:
    """How big the map's card titles print, and what would make them readable.

    Attributes:
        title_pt: the printed size of a card title, in points.
        readable: at least `READABLE_PT`.
        paper: the smallest larger paper on which the fitted map reads, if any (fit only).
        poster: whether a poster of at most `AUTO_MAX_SHEETS` sheets of this paper would read.
    """

    title_pt: float
    readable: bool
    paper: str | None = None
    poster: bool = False


def readability(project: Project, opts: ExportOptions, labels: Labels) -> Readability:
    """Check the printed title size before printing, and find the cheapest remedy if it is small."""
    title_pt = CARD_TITLE_SIZE * map_scale(project, opts, labels)
    if title_pt >= READABLE_PT or not opts.include_map:
        return Readability(title_pt, True)
    paper = None
    if not opts.is_poster:
        layout = compute_layout(project)
        larger = PAPERS[PAPERS.index(opts.paper) + 1 : PAPERS.index("A0") + 1] if opts.paper.startswith("A") else ()
        for name in larger:
            best = max(
                _fit_frame(project, replace(opts, paper=name, orientation=o), labels, layout)[4]
                for o in ("landscape", "portrait")
            )
            if CARD_TITLE_SIZE * best >= READABLE_PT:
                paper = name
                break
    poster = auto_poster(extent(project, labels), replace(opts, sheets=None)).title_pt >= READABLE_PT
    return Readability(title_pt, False, paper, poster)


def suggest_defaults(project: Project, labels: Labels, base: ExportOptions | None = None) -> ExportOptions:
    """Export options chosen from the map's shape so that card titles print readably.

    Everybody has A4, so A4 comes first: the map fitted on one sheet in the orientation that
    prints it largest; if its titles would be too small, the fewest-sheet A4 poster that reads
    (`auto_poster`); if even that fails, the fitted sheet (and the dialog says why).
    """
    opts = replace(base or ExportOptions(), paper="A4", poster=None, scale=None, poster_auto=False, sheets=None)
    layout = compute_layout(project)
    fits = [replace(opts, orientation=o) for o in ("landscape", "portrait")]
    fitted = max(fits, key=lambda o: _fit_frame(project, o, labels, layout)[4])
    if CARD_TITLE_SIZE * _fit_frame(project, fitted, labels, layout)[4] >= READABLE_PT:
        return fitted
    choice = auto_poster(extent(project, labels, layout), opts)
    if choice.title_pt >= READABLE_PT:
        return replace(opts, poster=(choice.cols, choice.rows), orientation=choice.orientation)
    return fitted


def poster_pages(
    project: Project, opts: ExportOptions, labels: Labels, tick: Tick | None = None, focus: Focus | None = None
) -> list[Page]:
    """The assembly overview, then one sheet per grid cell, row by row."""
    opts = resolve_options(project, opts, labels)
    comp = composite(project, labels, tick, focus)
    plan = plan_poster(comp, opts)
    pages = [_overview(project, comp, plan, opts, labels)]
    pages[0].bookmark = (_map_title(labels, focus), 0)
    for r in range(plan.rows):
        for c in range(plan.cols):
            pages.append(_tile(project, comp, plan, opts, labels, r, c))
    return pages


def _tile(
    project: Project, comp: Composite, plan: PosterPlan, opts: ExportOptions, labels: Labels, r: int, c: int
) -> Page:
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    cw, ch = pw - 2 * m, ph - 2 * m
    ov = plan.overlap
    sheet = labels.sheet(r + 1, c + 1)
    footer_y = ph - m / 2 + 3 if m >= 6 * MM else ph - m - 3
    page = Page(pw, ph, bookmark=(sheet, 1), footer_y=footer_y, footer_left=f"{sheet}  ·  {project.title}")
    clip = Box(m, m, cw, ch)
    dx = m - c * plan.step_x + plan.offset_x
    dy = m - r * plan.step_y + plan.offset_y
    page.items.append(Group(comp.items, dx=dx, dy=dy, scale=plan.scale, clip=clip))
    # The strips the next sheet (right, below) will cover are tinted, so gluing is obvious.
    if c < plan.cols - 1 and ov > 0:
        page.items.append(Box(m + cw - ov, m, ov, ch, fill=style.INTENTIONAL, opacity=0.08))
    if r < plan.rows - 1 and ov > 0:
        page.items.append(Box(m, m + ch - ov, cw, ov, fill=style.INTENTIONAL, opacity=0.08))
    page.items.extend(_sheet_marks(pw, ph, m, cw, ch, ov, plan, r, c))
    return page


def _sheet_marks(
    pw: float, ph: float, m: float, cw: float, ch: float, ov: float, plan: PosterPlan, r: int, c: int
) -> list[Item]:
    """Crop marks at the printable area's corners, registration targets over the overlaps."""
    del pw, ph
    out: list[Item] = []
    if m < 3 * MM:
        return out
    gap = 2.0
    length = min(m - 2 * gap, 14.0)
    ink = style.INK
    for x in (m, m + cw):
        for y in (m, m + ch):
            sx = -1 if x == m else 1
            sy = -1 if y == m else 1
            out.append(Line(((x + sx * gap, y), (x + sx * (gap + length), y)), ink, 0.4))
            out.append(Line(((x, y + sy * gap), (x, y + sy * (gap + length))), ink, 0.4))
    target_r = min(4.5, m / 4)

    def target(x: float, y: float) -> None:
        out.append(Circle(x, y, target_r, stroke=ink, width=0.4))
        out.append(Line(((x - target_r * 1.6, y), (x + target_r * 1.6, y)), ink, 0.4))
        out.append(Line(((x, y - target_r * 1.6), (x, y + target_r * 1.6)), ink, 0.4))

    if ov > 0:
        mid_y = (m / 2, m + ch + m / 2)
        mid_x = (m / 2, m + cw + m / 2)
        if c > 0:
            for y in mid_y:
                target(m + ov / 2, y)
        if c < plan.cols - 1:
            for y in mid_y:
                target(m + cw - ov / 2, y)
        if r > 0:
            for x in mid_x:
                target(x, m + ov / 2)
        if r < plan.rows - 1:
            for x in mid_x:
                target(x, m + ch - ov / 2)
    return out


def _overview(project: Project, comp: Composite, plan: PosterPlan, opts: ExportOptions, labels: Labels) -> Page:
    """A thumbnail of the whole poster with the sheet grid, so people know how to assemble it."""
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    cw = pw - 2 * m
    page = Page(pw, ph, bookmark=(labels["map"], 0), footer_y=ph - m - 3, footer_left=project.title)
    pen = Pen()
    pen.text(m, m + 18, labels["overview"], 16, bold=True, max_w=cw)
    area_w = plan.cols * plan.step_x + plan.overlap
    area_h = plan.rows * plan.step_y + plan.overlap
    info = labels["poster_info"].format(
        cols=plan.cols,
        rows=plan.rows,
        paper=opts.paper,
        orientation=labels[opts.orientation],
        scale=plan.scale / UNIT_PT * 100,
        overlap=opts.overlap_mm,
        width=area_w / MM,
        height=area_h / MM,
    )
    pen.text(m, m + 36, info, 9.5, color=style.MUTED, max_w=cw)
    lines = pen.para(m, m + 54, labels["poster_help"], 9.5, cw, 4, color=style.INK)
    top = m + 54 + lines * 12 + 8
    avail_h = ph - m - FOOTER_H - top
    k = min(cw / area_w, avail_h / area_h)
    ox = m + (cw - area_w * k) / 2
    page.items.extend(pen.items)
    page.items.append(Box(ox, top, area_w * k, area_h * k, fill=style.WHITE, stroke=style.RULE, width=0.5))
    page.items.append(Group(comp.items, dx=ox + plan.offset_x * k, dy=top + plan.offset_y * k, scale=plan.scale * k))
    grid = Pen()
    sheet_w, sheet_h = (plan.step_x + plan.overlap) * k, (plan.step_y + plan.overlap) * k
    for r in range(plan.rows):
        for c in range(plan.cols):
            x = ox + c * plan.step_x * k
            y = top + r * plan.step_y * k
            grid.add(Box(x, y, sheet_w, sheet_h, stroke=style.INTENTIONAL, width=0.9, dash=(4, 3)))
            if c < plan.cols - 1:
                grid.add(
                    Box(
                        x + sheet_w - plan.overlap * k,
                        y,
                        plan.overlap * k,
                        sheet_h,
                        fill=style.INTENTIONAL,
                        opacity=0.12,
                    )
                )
            if r < plan.rows - 1:
                grid.add(
                    Box(
                        x,
                        y + sheet_h - plan.overlap * k,
                        sheet_w,
                        plan.overlap * k,
                        fill=style.INTENTIONAL,
                        opacity=0.12,
                    )
                )
    for r in range(plan.rows):
        for c in range(plan.cols):
            cx = ox + (c * plan.step_x + (plan.step_x + plan.overlap) / 2) * k
            cy = top + (r * plan.step_y + (plan.step_y + plan.overlap) / 2) * k
            label = labels.sheet(r + 1, c + 1, short=True)
            size = max(6.0, min(14.0, sheet_h / 6))
            grid.add(
                Box(
                    cx - size * 2.1,
                    cy - size * 0.95,
                    size * 4.2,
                    size * 1.5,
                    fill=style.INTENTIONAL,
                    radius=size * 0.4,
                    opacity=0.9,
                )
            )
            grid.text(cx, cy + size * 0.3, label, size, bold=True, color=style.WHITE, anchor="middle")
    page.items.extend(grid.items)
    return page


# -- workshop cards -------------------------------------------------------------------------------

CARD_MIN_W = 85 * MM
CARD_MIN_H = 60 * MM


def card_grid(opts: ExportOptions) -> tuple[int, int, float, float, float, float]:
    """(columns, rows, x0, y0, card width, card height) of the cut-out grid on one sheet."""
    pw, ph = opts.page_size()
    m = max(opts.margin_mm * MM, 6 * MM)
    cw, ch = pw - 2 * m, ph - 2 * m - FOOTER_H - 10
    cols = max(1, int(cw // CARD_MIN_W))
    rows = max(1, int(ch // CARD_MIN_H))
    return cols, rows, m, m + 10, cw / cols, ch / rows


def card_pages(project: Project, opts: ExportOptions, labels: Labels, tick: Tick | None = None) -> list[Page]:
    """One card per touchpoint, several per sheet with dashed cut lines, then a sheet of blanks."""
    cols, rows, x0, y0, w, h = card_grid(opts)
    per_page = cols * rows
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    stages = {s.id: s for s in project.stages}
    # The lane tells where on the wall a card goes; with a single lane there is nothing to tell.
    lane_names = {lane.id: lane.name for lane in project.lanes} if len(project.lanes) > 1 else {}
    ordered = [tp for stage in project.stages for lane in project.lanes for tp in project.cell(stage.id, lane.id)]
    pages: list[Page] = []
    chunks = [ordered[i : i + per_page] for i in range(0, len(ordered), per_page)]
    for n, chunk in enumerate(chunks):
        page = Page(pw, ph, footer_y=ph - m - 3, footer_left=project.title)
        if n == 0:
            page.bookmark = (labels["cards"], 0)
        pen = Pen()
        _cut_header(pen, x0, y0, labels)
        for i, tp in enumerate(chunk):
            r, c = divmod(i, cols)
            stage = stages[tp.stage_id]
            lane = lane_names.get(tp.lane_id)
            _workshop_card(pen, tp, stage.name, stage.phase, lane, x0 + c * w, y0 + r * h, w, h, labels)
            if tick is not None:
                tick()
        _cut_lines(pen, x0, y0, w, h, cols, max(1, math.ceil(len(chunk) / cols)))
        page.items.extend(pen.items)
        pages.append(page)
    blank = Page(pw, ph, bookmark=(labels["blank_cards"], 1 if pages else 0), footer_y=ph - m - 3)
    pen = Pen()
    _cut_header(pen, x0, y0, labels)
    for i in range(per_page):
        r, c = divmod(i, cols)
        _blank_card(pen, x0 + c * w, y0 + r * h, w, h, labels)
    _cut_lines(pen, x0, y0, w, h, cols, rows)
    blank.items.extend(pen.items)
    pages.append(blank)
    return pages


def _cut_header(pen: Pen, x: float, y: float, labels: Labels) -> None:
    pen.text(x, y - 4, "\u2702  " + labels["cut_here"], 8, color=style.MUTED)


def _cut_lines(pen: Pen, x0: float, y0: float, w: float, h: float, cols: int, rows: int) -> None:
    """Dashed lines along every card edge (shared edges drawn once)."""
    dash = (4.0, 3.0)
    for r in range(rows + 1):
        y = y0 + r * h
        pen.add(Line(((x0, y), (x0 + cols * w, y)), style.SUBTLE, 0.6, dash))
    for c in range(cols + 1):
        x = x0 + c * w
        pen.add(Line(((x, y0), (x, y0 + rows * h)), style.SUBTLE, 0.6, dash))


def _chip(pen: Pen, x: float, y: float, text: str, color: str, size: float = 7.0) -> float:
    """A rounded label (phase); returns its width."""
    from cxmapper.export.fonts import measure

    w = measure(text, size, True) + size * 1.8
    pen.add(Box(x, y, w, size * 2.1, fill=color, radius=size * 1.05))
    pen.text(x + size * 0.9, y + size * 1.42, text, size, bold=True, color=style.WHITE)
    return w


def same_words(a: str, b: str) -> bool:
    """Whether two labels say the same thing, ignoring case, accents and spacing.

    A stage the user named after its phase ("Before the purchase" in the BEFORE THE PURCHASE
    phase) would otherwise print twice on a card.
    """

    def key(text: str) -> str:
        return " ".join(fold_accents(text).split())

    return key(a) == key(b)


def card_context(stage_name: str, phase: Phase, lane_name: str | None, labels: Labels) -> str:
    """The small line under a cut-out card's phase chip: stage and lane, without repeating the phase."""
    parts = [] if same_words(stage_name, labels.phase(phase)) else [stage_name.strip()]
    if lane_name:
        parts.append(lane_name.strip())
    return "  ·  ".join(p for p in parts if p)


#: Text on the cut-out cards: size and line spacing of the sections (description, pains, ideas).
CARD_TEXT = 8.6
CARD_LEADING = 10.8
CARD_CAPTION = 9.0


def _share_lines(needs: list[int], costs: list[float], room: float, leading: float) -> list[int]:
    """Lines for each section so that all fit ``room``: one each first, then round-robin.

    ``costs`` is each section's fixed height (caption and gap). Round-robin keeps the pain points
    and the opportunities visible when the description is long, instead of first come, first served.
    """
    shown = [0] * len(needs)
    left = room
    for i, cost in enumerate(costs):
        if needs[i] and left >= cost + leading:
            shown[i] = 1
            left -= cost + leading
    grew = True
    while grew:
        grew = False
        for i, need in enumerate(needs):
            if 0 < shown[i] < need and left >= leading:
                shown[i] += 1
                left -= leading
                grew = True
    return shown


def _workshop_card(
    pen: Pen,
    tp: Touchpoint,
    stage_name: str,
    phase: Phase,
    lane_name: str | None,
    x: float,
    y: float,
    w: float,
    h: float,
    labels: Labels,
) -> None:
    """One cut-out card: what a workshop sticks on the wall and talks about.

    Phase, stage and lane, title, control and channel, then the description, pain points and
    opportunities, which share the space that is left.
    """
    pad = 5 * MM
    ix, iy, iw = x + pad, y + pad, w - 2 * pad
    pen.add(Box(x + 2.5 * MM, y + pad, 2.2, h - 2 * pad, fill=tp.color or style.accent(phase), radius=1.1))
    right = ix + iw
    if tp.score is not None:
        pen.score_badge(right - 9, iy + 7.5, 9, tp.score)
        right -= 24
    if tp.moment_of_truth:
        pen.star(right - 8, iy + 7.5, 8)
        right -= 20
    chip_w = _chip(pen, ix, iy, labels.phase(phase).upper(), style.accent(phase))
    context = card_context(stage_name, phase, lane_name, labels)
    if context:
        pen.text(ix + chip_w + 6, iy + 10.2, context, 8, color=style.MUTED, max_w=right - ix - chip_w - 6)
    title = tp.title.strip() or labels["untitled"]
    n = pen.para(ix, iy + 34, title, 12.5, iw, 2, leading=15, bold=True)
    y_meta = iy + 34 + (n - 1) * 15 + 17
    pen.control_mark(ix + 3.5, y_meta - 3, 3.2, tp.control)
    meta = f"{labels.control(tp.control)}  ·  {labels.channel(tp.channel)}"
    pen.text(ix + 10, y_meta, meta, 8.5, color=style.INK, max_w=iw - 10)

    sections = [
        (None, tp.description, style.MUTED),
        (labels["pain_points"], tp.pain_points, style.score_color(-2)),
        (labels["opportunities"], tp.opportunities, style.score_color(2)),
    ]
    measure_text = measurer(CARD_TEXT)
    wrapped = [wrap_text(text, iw, 40, measure_text) if text.strip() else [] for _, text, _ in sections]
    costs = [(CARD_CAPTION if caption else 0.0) + 5 for caption, _, _ in sections]
    top = y_meta + 6
    shown = _share_lines([len(lines) for lines in wrapped], costs, y + h - pad - top, CARD_LEADING)
    cursor = top
    for (caption, text, color), count in zip(sections, shown, strict=True):
        if not count:
            continue
        cursor += 5
        if caption:
            pen.text(ix, cursor + 6.5, caption.upper(), 6.5, bold=True, color=color, max_w=iw)
            cursor += CARD_CAPTION
        lines = wrap_text(text, iw, count, measure_text)
        for k, line in enumerate(lines):
            pen.text(
                ix, cursor + 8 + k * CARD_LEADING, line, CARD_TEXT, color=style.MUTED if not caption else style.INK
            )
        cursor += count * CARD_LEADING


def _blank_card(pen: Pen, x: float, y: float, w: float, h: float, labels: Labels) -> None:
    """Empty fields to fill in by hand: phase boxes, title, channel, control, description lines."""
    pad = 5 * MM
    ix, iy, iw = x + pad, y + pad, w - 2 * pad
    half = iw / 2
    rule = style.RULE
    for k, phase in enumerate(Phase):
        yy = iy + k * 11
        pen.add(Box(ix, yy, 7, 7, stroke=style.accent(phase), width=0.9, radius=1.2))
        pen.text(ix + 11, yy + 6.3, labels.phase(phase), 7.5, color=style.INK, max_w=half - 12)
    sx = ix + iw
    for s in (2, 1, 0, -1, -2):
        sx -= 17
        pen.add(Circle(sx + 7, iy + 6, 6.5, stroke=style.score_color(s), width=0.9))
        pen.text(sx + 7, iy + 8.5, style.score_text(s), 6.5, bold=True, color=style.score_color(s), anchor="middle")
    pen.text(ix + iw, iy + 24, labels["score"].upper(), 6.5, bold=True, color=style.SUBTLE, anchor="end")
    pen.text(ix, iy + 46, labels["title"].upper(), 6.5, bold=True, color=style.SUBTLE)
    pen.add(Line(((ix, iy + 64), (ix + iw, iy + 64)), rule, 0.6))
    pen.text(ix, iy + 80, labels["channel"].upper(), 6.5, bold=True, color=style.SUBTLE)
    pen.add(Line(((ix, iy + 98), (ix + half - 8, iy + 98)), rule, 0.6))
    cx = ix + half
    pen.text(cx, iy + 80, labels["control"].upper(), 6.5, bold=True, color=style.SUBTLE)
    for k, control in enumerate(Control):
        yy = iy + 86 + k * 11
        pen.add(Box(cx, yy, 7, 7, stroke=style.MUTED, width=0.7, radius=1.2))
        pen.text(cx + 11, yy + 6.3, labels.control(control), 7.5, color=style.INK, max_w=half - 12)
    pen.text(ix, iy + 122, labels["description"].upper(), 6.5, bold=True, color=style.SUBTLE)
    yy = iy + 140
    while yy < y + h - pad:
        pen.add(Line(((ix, yy), (ix + iw, yy)), rule, 0.5))
        yy += 16


def primitive_pages(
    project: Project, opts: ExportOptions, labels: Labels, tick: Tick | None = None
) -> tuple[list[Page], list[Page]]:
    """(map pages, card pages) for these options; either list may be empty.

    The map pages are the map (or one map per persona, one after the other), then the summary
    page, before the table and the cards. The summary comes after every map sheet rather than
    beside the poster's assembly sheet so that the bookmarks of a poster's sheets stay nested
    under their map, and it sums up the whole map, not any one persona's.
    """
    opts = resolve_options(project, opts, labels)
    map_pages: list[Page] = []
    if opts.include_map:
        for focus in focuses(project, opts.persona):
            if opts.is_poster:
                map_pages += poster_pages(project, opts, labels, tick, focus)
            else:
                map_pages.append(fit_page(project, opts, labels, tick, focus))
    if opts.wants_summary:
        from cxmapper.export.summary import summary_page

        map_pages.append(summary_page(project, opts, labels))
    cards = card_pages(project, opts, labels, tick) if opts.cards else []
    return map_pages, cards
