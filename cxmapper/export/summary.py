"""The summary page of the PDF: what the map says, on one sheet, for people who read no map.

Key figures (touchpoints, intentional and unintentional shares, what the team can influence,
the average score), bars of touchpoints per phase and per channel, the experience curve as the
stages' averages, and the priorities: the lowest-scored touchpoints and the moments of truth
with a negative score. Every figure comes from `cxmapper.model.insight`, the same pass the
Insight dock and ``cxmapper stats`` use, so the print never disagrees with them.

Drawn as `drawing` items (boxes, lines, text in points, y down), which the PDF writer paints
with ReportLab's canvas primitives and the Qt painter paints for the dialog's preview: vector
graphics, no images. Words come from `labels`, in the map's language. Pure Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from cxmapper.export import style
from cxmapper.export.drawing import Box, Line, Page
from cxmapper.export.fonts import measure
from cxmapper.export.labels import Labels
from cxmapper.export.mapdraw import Pen
from cxmapper.export.options import MM, ExportOptions
from cxmapper.export.pages import FOOTER_H
from cxmapper.model.insight import Insight, Share, analyse
from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import Channel, Control, Phase

#: Height of one bar or list row, in points.
ROW_H = 15.0
MIN_ROW_H = 13.0
#: At most this many cards in each priority list (the sheet is a summary, not the table).
MAX_PRIORITIES = 6
HEADING = 9.5
SMALL = 8.0


def decimal(value: float, labels: Labels) -> str:
    """A stage average or mean score as printed: signed, one decimal, comma in Spanish and Catalan."""
    text = style.score_text(round(value, 1))
    return text.replace(".", ",") if labels.lang in ("es", "ca") else text


def percent(share: Share) -> str:
    """A share as a whole percentage ("77 %"; the space is the usage in all three languages)."""
    return f"{round(share.fraction * 100)}\u00a0%"


def summary_page(project: Project, opts: ExportOptions, labels: Labels) -> Page:
    """The summary sheet for these paper options (figures from `insight.analyse`)."""
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    cw = pw - 2 * m
    insight = analyse(project)
    page = Page(pw, ph, bookmark=(labels["summary"], 0), footer_y=ph - m - 3, footer_left=project.title)
    pen = Pen()
    pen.text(m, m + 10, labels["summary"].upper(), 7.5, bold=True, color=style.accent(Phase.BEFORE), max_w=cw)
    pen.text(m, m + 32, labels["summary_title"], 18, bold=True, max_w=cw)
    pen.text(m, m + 48, project.title.strip() or labels["untitled"], 10, color=style.MUTED, max_w=cw)
    pen.add(Line(((m, m + 56), (m + cw, m + 56)), style.GRID, 0.8))

    top = m + 66
    tile_h = 56.0
    _figures(pen, insight, labels, m, top, cw, tile_h)

    top += tile_h + 20
    bottom = ph - m - FOOTER_H - 4
    gap = 24.0
    left_w = cw * 0.42
    right_x = m + left_w + gap
    right_w = cw - left_w - gap
    y = _phase_bars(pen, insight, labels, m, top, left_w)
    _channel_bars(pen, insight, labels, m, y + 14, left_w, bottom)
    y = _curve(pen, insight, labels, right_x, top, right_w, min(150.0, (bottom - top) * 0.42))
    _priorities(pen, project, insight, labels, right_x, y + 14, right_w, bottom)
    page.items.extend(pen.items)
    return page


def _figures(pen: Pen, insight: Insight, labels: Labels, x: float, y: float, width: float, h: float) -> None:
    """Five tiles: touchpoints, intentional, unintentional, can influence, average score."""
    tiles: list[tuple[str, str, str, str]] = [
        (str(insight.total), "", labels["fig_touchpoints"], style.INK),
        (
            str(insight.intentional.count),
            percent(insight.intentional),
            labels.control(Control.INTENTIONAL),
            style.INTENTIONAL,
        ),
        (
            str(insight.unintentional.count),
            percent(insight.unintentional),
            labels.control(Control.UNINTENTIONAL),
            style.UNINTENTIONAL,
        ),
        (str(insight.influence.count), percent(insight.influence), labels["fig_influence"], style.INK),
    ]
    if insight.average is None:
        tiles.append(("\u2013", "", labels["fig_average"], style.MUTED))
    else:
        scored = labels["fig_scored"].format(scored=insight.scored, total=insight.total)
        tiles.append(
            (decimal(insight.average, labels), scored, labels["fig_average"], style.score_color(insight.average))
        )
    gap = 10.0
    tile_w = (width - gap * (len(tiles) - 1)) / len(tiles)
    for i, (value, extra, caption, color) in enumerate(tiles):
        tx = x + i * (tile_w + gap)
        pen.add(Box(tx, y, tile_w, h, fill=style.LANE_BG, radius=8))
        pen.add(Box(tx, y + 10, 3, h - 20, fill=color, radius=1.5))
        w = pen.text(tx + 12, y + 26, value, 20, bold=True, color=style.INK, max_w=tile_w - 20)
        # On a narrow (portrait) tile the share joins the caption rather than being cut short.
        if extra and measure(extra, 9) <= tile_w - w - 26:
            pen.text(tx + 12 + w + 6, y + 26, extra, 9, color=style.MUTED)
        elif extra:
            caption = f"{caption} · {extra}"
        pen.para(tx + 12, y + 39, caption, 7.5, tile_w - 20, 2, leading=9, color=style.MUTED)


def _bars(
    pen: Pen,
    rows: Sequence[tuple[str, int, str]],
    x: float,
    y: float,
    width: float,
    scale_max: int,
    row_h: float = ROW_H,
) -> float:
    """Horizontal bars, one per (label, count, colour), from the top at ``y``; return the bottom."""
    label_w = min(width * 0.45, max((measure(label, SMALL) for label, _, _ in rows), default=0.0) + 8)
    count_w = measure(str(max(scale_max, 1)), SMALL, True) + 8
    span = max(1.0, width - label_w - count_w)
    for label, count, color in rows:
        pen.text(x, y + 10, label, SMALL, color=style.INK, max_w=label_w - 8)
        bar = span * count / scale_max if scale_max else 0.0
        if bar > 0:
            pen.add(Box(x + label_w, y + 3, max(bar, 1.5), 9, fill=color, radius=2))
        pen.text(x + label_w + bar + 4, y + 10, str(count), SMALL, bold=True, color=style.INK)
        y += row_h
    return y


def _phase_bars(pen: Pen, insight: Insight, labels: Labels, x: float, y: float, width: float) -> float:
    """Touchpoints per purchase phase, in the phases' own colours; returns the bottom."""
    pen.text(x, y + 10, labels["per_phase"], HEADING, bold=True, max_w=width)
    rows = [(labels.phase(Phase(g.key)), g.count, style.accent(Phase(g.key))) for g in insight.by_phase]
    return _bars(pen, rows, x, y + 18, width, max((g.count for g in insight.by_phase), default=0))


def _channel_bars(pen: Pen, insight: Insight, labels: Labels, x: float, y: float, width: float, bottom: float) -> None:
    """Touchpoints per channel, most used first, as many as fit; the rest summed in one line."""
    pen.text(x, y + 10, labels["per_channel"], HEADING, bold=True, max_w=width)
    y += 18
    groups = insight.by_channel
    # Rows close up a little before any channel is left out (13 pt still reads at 8 pt type).
    row_h = max(MIN_ROW_H, min(ROW_H, (bottom - y) / max(1, len(groups))))
    room = max(1, int((bottom - y) // row_h))
    shown = groups if len(groups) <= room else groups[: room - 1]
    rows = [(labels.channel(Channel(g.key)), g.count, style.INTENTIONAL) for g in shown]
    y = _bars(pen, rows, x, y, width, max((g.count for g in groups), default=0), row_h)
    rest = groups[len(shown) :]
    if rest:
        text = labels["more_channels"].format(n=len(rest), count=sum(g.count for g in rest))
        pen.text(x, y + 10, text, SMALL, color=style.MUTED, max_w=width)


def _curve(pen: Pen, insight: Insight, labels: Labels, x: float, y: float, width: float, h: float) -> float:
    """The experience curve: each stage's average score on the -2..+2 scale; returns the bottom."""
    pen.text(x, y + 10, labels["curve_title"], HEADING, bold=True, max_w=width)
    stages = insight.by_stage
    axis_w = 22.0
    x0, x1 = x + axis_w, x + width
    top, bot = y + 24, y + 24 + h

    def sy(score: float) -> float:
        return top + (2 - score) / 4 * (bot - top)

    pen.add(Box(x0, top, x1 - x0, sy(0) - top, fill=style.BAND_POSITIVE))
    pen.add(Box(x0, sy(0), x1 - x0, bot - sy(0), fill=style.BAND_NEGATIVE))
    for s in (2, 1, 0, -1, -2):
        yy = sy(s)
        pen.add(Line(((x0, yy), (x1, yy)), style.RULE if s == 0 else style.GRID, 1.0 if s == 0 else 0.6))
        pen.text(x0 - 5, yy + 3, style.score_text(s), 7.5, bold=True, color=style.score_color(s), anchor="end")
    if not stages:
        return bot + 6
    step = (x1 - x0) / len(stages)
    points: list[tuple[float, float]] = []
    for i, stage in enumerate(stages):
        cx = x0 + (i + 0.5) * step
        pen.add(Box(x0 + i * step + 2, bot + 3, step - 4, 3, fill=style.accent(stage.phase), radius=1.5))
        pen.text(cx, bot + 15, stage.name, 7.5, color=style.INK, anchor="middle", max_w=step - 4)
        if stage.average is not None:
            points.append((cx, sy(stage.average)))
    if len(points) >= 2:
        pen.add(Line(tuple(points), style.CURVE, 1.8))
    for stage, (cx, cy) in zip((s for s in stages if s.average is not None), points, strict=True):
        assert stage.average is not None
        pen.diamond(cx, cy, 5, style.score_color(stage.average), style.WHITE, 1.0)
        label = decimal(stage.average, labels)
        above = cy - 9 if stage.average < 1.4 else cy + 16
        pen.text(cx, above, label, 8, bold=True, color=style.INK, anchor="middle")
    if not points:
        pen.text((x0 + x1) / 2, sy(0) - 6, labels["no_scores"], SMALL, color=style.MUTED, anchor="middle")
    return bot + 20


def _card_rows(
    pen: Pen,
    cards: Sequence[Touchpoint],
    stage_names: dict[str, str],
    labels: Labels,
    x: float,
    y: float,
    width: float,
) -> float:
    """One line per card: score disc, star for a moment of truth, title, stage; returns the bottom."""
    for tp in cards:
        tx = x + 16
        if tp.score is not None:
            pen.score_badge(x + 6.5, y + 6.5, 6.5, tp.score)
        if tp.moment_of_truth:
            pen.star(tx + 5, y + 6.5, 5.5)
            tx += 14
        title = tp.title.strip() or labels["untitled"]
        stage = stage_names.get(tp.stage_id, "")
        stage_w = min(measure(stage, SMALL), width * 0.35)
        w = pen.text(tx, y + 10, title, 8.5, bold=True, max_w=x + width - tx - stage_w - 10)
        pen.text(tx + w + 8, y + 10, stage, SMALL, color=style.MUTED, max_w=x + width - tx - w - 8)
        y += ROW_H
    return y


def _priorities(
    pen: Pen,
    project: Project,
    insight: Insight,
    labels: Labels,
    x: float,
    y: float,
    width: float,
    bottom: float,
) -> None:
    """The lowest-scored touchpoints, then the moments of truth with a negative score."""
    index = {tp.id: tp for tp in project.touchpoints}
    stage_names = {s.id: s.name for s in project.stages}
    sections = (
        (labels["priorities"], insight.lowest, labels["no_negative"]),
        (labels["negative_moments"], insight.negative_moments, labels["no_negative_moments"]),
    )
    for n, (heading, ids, empty) in enumerate(sections):
        pen.text(x, y + 10, heading, HEADING, bold=True, max_w=width)
        y += 18
        if not ids:
            pen.text(x, y + 10, empty, SMALL, color=style.MUTED, max_w=width)
            y += ROW_H + 10
            continue
        # Keep room for the next section's heading and a line or two of it.
        reserve = (18 + 2 * ROW_H + 10) if n == 0 else 0
        room = max(1, int((bottom - y - reserve) // ROW_H))
        limit = min(MAX_PRIORITIES, room)
        shown = ids if len(ids) <= limit else ids[: limit - 1]
        y = _card_rows(pen, [index[i] for i in shown], stage_names, labels, x, y, width)
        if len(shown) < len(ids):
            pen.text(x + 16, y + 10, labels["more"].format(n=len(ids) - len(shown)), SMALL, color=style.MUTED)
            y += ROW_H
        y += 10
