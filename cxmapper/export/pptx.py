"""The map as a PowerPoint deck of native, editable shapes (python-pptx).

A consultant's map ends up in a client's deck, and a picture of it cannot be edited there. So
the first slide draws the whole map with PowerPoint's own shapes, in the geometry of
`cxmapper.layout` scaled to the slide: stage headers and lane labels as rounded rectangles,
each card as one rounded rectangle holding its title, score and channel (named ``card <id>``
so it can be found), the experience band, and the curve as one freeform line. Then one slide
per stage with its cards' details, and the touchpoint table split over as many slides as it
needs. Labels are in the map's language. Opens in PowerPoint, LibreOffice Impress and Keynote.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from typing import Any

from cxmapper.export import style
from cxmapper.export.options import ExportOptions, Progress, ProgressTracker, write_atomic
from cxmapper.export.sharelabels import ShareLabels
from cxmapper.export.tabular import ordered_touchpoints
from cxmapper.layout import compute_layout
from cxmapper.model.project import Project, Stage, Touchpoint
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN

SLIDE_W_IN = 13.333  # 16:9
SLIDE_H_IN = 7.5
EMU_PER_IN = 914_400
MARGIN_IN = 0.35
TABLE_ROWS = 12  # body rows per table slide
DETAIL_CARDS = 4  # cards per stage-detail slide
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text XML can hold: characters it cannot (control codes) become U+FFFD rather than failing."""
    return _XML_BAD.sub("\ufffd", text)


def _rgb(hex_color: str) -> Any:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_color.lstrip("#").upper())


def _box(shapes: Any, kind: Any, x: float, y: float, w: float, h: float, fill: str | None, line: str | None) -> Any:
    shape = shapes.add_shape(kind, int(x), int(y), max(1, int(w)), max(1, int(h)))
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = _rgb(line)
        shape.line.width = 6350  # 0.5 pt
    shape.shadow.inherit = False
    return shape


def _text(
    frame: Any,
    runs: Sequence[tuple[str, float, bool, str]],
    *,
    margin: float = 0,
    anchor_top: bool = True,
    wrap: bool = True,
) -> None:
    """Paragraphs of (text, size in points, bold, colour) into a shape's text frame."""
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt

    frame.word_wrap = wrap
    frame.auto_size = None
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = int(margin)
    frame.vertical_anchor = MSO_ANCHOR.TOP if anchor_top else MSO_ANCHOR.MIDDLE
    first = True
    for text, size, bold, color in runs:
        para = frame.paragraphs[0] if first else frame.add_paragraph()
        para.alignment = PP_ALIGN.LEFT  # shapes centre text by default
        first = False
        run = para.add_run()
        run.text = clean(text)
        run.font.size = Pt(max(4.0, size))
        run.font.bold = bold
        run.font.color.rgb = _rgb(color)


def _title(slide: Any, text: str, sub: str = "") -> None:
    from pptx.util import Inches

    box = slide.shapes.add_textbox(Inches(MARGIN_IN), Inches(0.2), Inches(SLIDE_W_IN - 2 * MARGIN_IN), Inches(0.7))
    box.name = "title"
    runs = [(text, 24, True, style.INK)]
    if sub:
        runs.append((sub, 11, False, style.MUTED))
    _text(box.text_frame, runs)


def _map_slide(prs: Any, project: Project, labels: ShareLabels, tracker: ProgressTracker) -> None:
    """The whole map in native shapes, scaled to fit the slide below its title."""
    from pptx.enum.shapes import MSO_SHAPE

    slide = prs.slides.add_slide(prs.slide_layouts[6])
    meta = [project.brand.strip(), project.author.strip(), labels.date(project.modified.date())]
    _title(slide, project.title.strip() or labels["untitled"], " · ".join(p for p in meta if p))
    layout = compute_layout(project)
    m = layout.metrics
    top = 1.15 * EMU_PER_IN
    avail_w = (SLIDE_W_IN - 2 * MARGIN_IN) * EMU_PER_IN
    avail_h = SLIDE_H_IN * EMU_PER_IN - top - 0.2 * EMU_PER_IN
    scale = min(avail_w / layout.width, avail_h / layout.height)  # EMU per layout unit
    left = MARGIN_IN * EMU_PER_IN + (avail_w - layout.width * scale) / 2
    pt = scale / 12_700  # points per layout unit

    def X(v: float) -> float:
        return left + v * scale

    def Y(v: float) -> float:
        return top + v * scale

    shapes = slide.shapes
    # python-pptx otherwise finds each new shape's id by searching every shape already on the
    # slide: quadratic, so a 20,000-card map slide took hours. This slide is built in one go.
    shapes.turbo_add_enabled = True
    grid_top = m.margin + m.header_h
    grid_bottom = max((r.bottom for r in layout.lanes.values()), default=grid_top)
    for stage in project.stages:
        col = layout.columns[stage.id]
        body = _box(
            shapes,
            MSO_SHAPE.RECTANGLE,
            X(col.x + 4),
            Y(grid_top),
            (col.w - 8) * scale,
            (grid_bottom - grid_top) * scale,
            style.tint(stage.phase),
            None,
        )
        body.name = f"column {stage.id}"
        head = layout.headers[stage.id]
        header = _box(
            shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            X(head.x + 4),
            Y(head.y),
            (head.w - 8) * scale,
            (head.h - 8) * scale,
            style.accent(stage.phase),
            None,
        )
        header.name = f"stage {stage.id}"
        _text(
            header.text_frame,
            [(labels.phase(stage.phase).upper(), 7.5 * pt, True, style.tint(stage.phase)),
             (stage.name.strip() or labels["untitled"], 13 * pt, True, style.WHITE)],
            margin=8 * scale,
        )  # fmt: skip
    for lane in project.lanes:
        rect = layout.lane_headers[lane.id]
        box = _box(
            shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            X(rect.x),
            Y(rect.y + 4),
            (rect.w - 10) * scale,
            (rect.h - 8) * scale,
            style.LANE_BG,
            None,
        )
        box.name = f"lane {lane.id}"
        _text(box.text_frame, [(lane.name, 11 * pt, True, style.INK)], margin=8 * scale)
    phases = {s.id: s.phase for s in project.stages}
    for tp in ordered_touchpoints(project):
        r = layout.cards[tp.id]
        card = _box(
            shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            X(r.x),
            Y(r.y),
            r.w * scale,
            r.h * scale,
            style.CARD_BG,
            tp.color or style.accent(phases[tp.stage_id]),
        )
        card.adjustments[0] = 0.08
        card.name = f"card {tp.id}"
        marks = ("\u2605 " if tp.moment_of_truth else "") + ("" if tp.score is None else style.score_text(tp.score))
        runs = [(tp.title.strip() or labels["untitled"], 11 * pt, True, style.INK)]
        if marks:
            runs.append((marks, 9 * pt, True, style.score_color(tp.score)))
        runs.append((f"{labels.channel(tp.channel)} · {labels.control(tp.control)}", 8 * pt, False, style.MUTED))
        if tp.description.strip():
            runs.append((tp.description.strip()[:160], 8 * pt, False, style.MUTED))
        _text(card.text_frame, runs, margin=7 * scale)
        tracker.step()
    _band(slide, layout, labels, X, Y, scale, pt, tracker)


def _freeform(shapes: Any, x: int, y: int) -> Any:
    """``shapes.build_freeform(x, y)``, converting in time linear in its points.

    python-pptx works the path's extent out again (a pass over every point) for each point it
    converts: a curve through 20,000 cards took most of an hour. Nothing is added to the path
    once its conversion starts, so each extent is worked out once.
    """
    from functools import cached_property

    from pptx.shapes.freeform import FreeformBuilder

    class Builder(FreeformBuilder):
        shape_offset_x = cached_property(FreeformBuilder.shape_offset_x.fget)  # type: ignore[attr-defined]
        shape_offset_y = cached_property(FreeformBuilder.shape_offset_y.fget)  # type: ignore[attr-defined]
        _dx = cached_property(FreeformBuilder._dx.fget)  # type: ignore[attr-defined]
        _dy = cached_property(FreeformBuilder._dy.fget)  # type: ignore[attr-defined]

    return Builder.new(shapes, x, y, 1.0, 1.0)


def _band(
    slide: Any,
    layout: Any,
    labels: ShareLabels,
    X: Any,  # noqa: N803
    Y: Any,  # noqa: N803
    scale: float,
    pt: float,
    tracker: ProgressTracker,
) -> None:
    """The experience band and the curve as one freeform line through the rated cards (a step each)."""
    from pptx.enum.shapes import MSO_SHAPE

    band = layout.band
    m = layout.metrics
    shapes = slide.shapes
    label = _box(
        shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        X(m.margin),
        Y(band.y),
        (m.lane_header_w - 10) * scale,
        band.h * scale,
        style.LANE_BG,
        None,
    )
    label.name = "experience label"
    _text(label.text_frame, [(labels["experience"], 11 * pt, True, style.INK)], margin=8 * scale)
    frame = _box(
        shapes,
        MSO_SHAPE.RECTANGLE,
        X(band.x + 4),
        Y(band.y),
        (band.w - 8) * scale,
        band.h * scale,
        style.WHITE,
        style.GRID,
    )
    frame.name = "experience band"
    x0, x1 = band.x + 34, band.right - 12
    top, zero, bottom = layout.score_y(SCORE_MAX), layout.score_y(0), layout.score_y(SCORE_MIN)
    _box(
        shapes, MSO_SHAPE.RECTANGLE, X(x0), Y(top), (x1 - x0) * scale, (zero - top) * scale, style.BAND_POSITIVE, None
    ).name = "positive"
    _box(
        shapes,
        MSO_SHAPE.RECTANGLE,
        X(x0),
        Y(zero),
        (x1 - x0) * scale,
        (bottom - zero) * scale,
        style.BAND_NEGATIVE,
        None,
    ).name = "negative"
    for s in range(SCORE_MAX, SCORE_MIN - 1, -1):
        y = layout.score_y(s)
        tick = slide.shapes.add_textbox(int(X(band.x + 4)), int(Y(y - 7)), int(28 * scale), int(14 * scale))
        tick.name = f"score {s}"
        _text(tick.text_frame, [(style.score_text(s), 8 * pt, True, style.score_color(s))])
    points = [(X(p.x), Y(p.y)) for p in layout.curve]
    if len(points) >= 2:
        builder = _freeform(shapes, int(points[0][0]), int(points[0][1]))
        builder.add_line_segments([(int(x), int(y)) for x, y in points[1:]], close=False)
        curve = builder.convert_to_shape()
        if shapes.turbo_add_enabled:
            # The freeform takes its id past turbo mode's count: count again from it (one search).
            shapes.turbo_add_enabled = True
        curve.name = "experience curve"
        curve.fill.background()
        curve.line.color.rgb = _rgb(style.CURVE)
        curve.line.width = int(1.8 * scale)
    tracker.grow(len(layout.curve))
    for p in layout.curve:
        r = 4.2
        dot = _box(
            shapes,
            MSO_SHAPE.OVAL,
            X(p.x - r),
            Y(p.y - r),
            2 * r * scale,
            2 * r * scale,
            style.score_color(p.score),
            style.WHITE,
        )
        dot.name = f"point {p.tp_id}"
        tracker.step()


def _detail_slides(prs: Any, project: Project, labels: ShareLabels, tracker: ProgressTracker) -> None:
    """Per stage, its cards with every field that has content, a few cards per slide."""
    from pptx.util import Inches

    cells = project.cells()
    personas = {p.id: p.name for p in project.personas}
    for stage in project.stages:
        cards = [tp for lane in project.lanes for tp in cells.get((stage.id, lane.id), [])]
        pages = [cards[i : i + DETAIL_CARDS] for i in range(0, len(cards), DETAIL_CARDS)] or [[]]
        for n, page in enumerate(pages, start=1):
            slide = prs.slides.add_slide(prs.slide_layouts[6])
            name = stage.name.strip() or labels["untitled"]
            title = name if len(pages) == 1 else labels["table_part"].format(title=name, n=n, total=len(pages))
            _title(slide, title, _stage_sub(stage, labels))
            width = (SLIDE_W_IN - 2 * MARGIN_IN - 0.3 * (DETAIL_CARDS - 1)) / DETAIL_CARDS
            for i, tp in enumerate(page):
                box = slide.shapes.add_textbox(
                    Inches(MARGIN_IN + i * (width + 0.3)), Inches(1.2), Inches(width), Inches(SLIDE_H_IN - 1.5)
                )
                box.name = f"details {tp.id}"
                _text(box.text_frame, _detail_runs(tp, labels, personas))
                tracker.step()


def _stage_sub(stage: Stage, labels: ShareLabels) -> str:
    parts = [labels.phase(stage.phase)]
    if stage.customer_goal.strip():
        parts.append(stage.customer_goal.strip())
    return " · ".join(parts)


def _detail_runs(tp: Touchpoint, labels: ShareLabels, personas: dict[str, str]) -> list[tuple[str, float, bool, str]]:
    score = labels["not_rated"] if tp.score is None else style.score_text(tp.score)
    runs: list[tuple[str, float, bool, str]] = [
        (("\u2605 " if tp.moment_of_truth else "") + (tp.title.strip() or labels["untitled"]), 14, True, style.INK),
        (f"{labels['score']}: {score} · {labels.channel(tp.channel)} · {labels.control(tp.control)}", 10, False,
         style.MUTED),
    ]  # fmt: skip
    fields = (
        ("description", tp.description),
        ("customer_action", tp.customer_action),
        ("thoughts", tp.thoughts),
        ("pain_points", tp.pain_points),
        ("opportunities", tp.opportunities),
        ("owner", tp.owner),
        ("kpi", tp.kpi),
        ("personas", ", ".join(personas[p] for p in tp.personas)),
        ("notes", tp.notes),
    )
    for key, value in fields:
        if value.strip():
            runs.append((labels[key], 9, True, style.MUTED))
            runs.append((value.strip()[:600], 10, False, style.INK))
    return runs


def _table_slides(prs: Any, project: Project, labels: ShareLabels, tracker: ProgressTracker) -> None:
    """The touchpoint table, `TABLE_ROWS` cards per slide, with the header on each."""
    from pptx.util import Inches, Pt

    stages = {s.id: s for s in project.stages}
    tps = ordered_touchpoints(project)
    keys = ("phase", "stage", "touchpoint", "channel", "control", "score")
    widths = (1.8, 2.0, 4.3, 1.9, 1.7, 0.9)
    pages = [tps[i : i + TABLE_ROWS] for i in range(0, len(tps), TABLE_ROWS)]
    for n, page in enumerate(pages, start=1):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        title = (
            labels["table"]
            if len(pages) == 1
            else labels["table_part"].format(title=labels["table"], n=n, total=len(pages))
        )
        _title(slide, title)
        shape = slide.shapes.add_table(
            len(page) + 1, len(keys), Inches(MARGIN_IN), Inches(1.2), Inches(sum(widths)), Inches(0.4 * (len(page) + 1))
        )
        shape.name = "touchpoint table"
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Inches(w)
        for c, key in enumerate(keys):
            table.cell(0, c).text = clean(labels[key])
        for r, tp in enumerate(page, start=1):
            stage = stages[tp.stage_id]
            values = (
                labels.phase(stage.phase),
                stage.name,
                ("\u2605 " if tp.moment_of_truth else "") + (tp.title.strip() or labels["untitled"]),
                labels.channel(tp.channel),
                labels.control(tp.control),
                "" if tp.score is None else style.score_text(tp.score),
            )
            for c, value in enumerate(values):
                table.cell(r, c).text = clean(value)
            tracker.step()
        for row in table.rows:
            for cell in row.cells:
                for para in cell.text_frame.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(11)


def render_pptx(project: Project, options: ExportOptions | None = None, progress: Progress | None = None) -> bytes:
    """The deck as bytes: the map, one slide per stage, the table."""
    from pptx import Presentation
    from pptx.util import Inches

    opts = options or ExportOptions()
    labels = ShareLabels(opts.language(project.language))
    # A step per card on the map slide, its details slide and its table row: python-pptx
    # takes as long for each (about 10 ms a card), and the bar must move all the way.
    tracker = ProgressTracker(progress, 3 * len(project.touchpoints) + 3)
    prs = Presentation()
    prs.slide_width = Inches(SLIDE_W_IN)
    prs.slide_height = Inches(SLIDE_H_IN)
    _map_slide(prs, project, labels, tracker)
    _detail_slides(prs, project, labels, tracker)
    tracker.step()
    _table_slides(prs, project, labels, tracker)
    tracker.step()
    out = io.BytesIO()
    prs.save(out)
    tracker.finish()
    return out.getvalue()


def export_pptx(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the deck atomically (no partial file on error or cancel)."""
    write_atomic(path, render_pptx(project, options, progress))
