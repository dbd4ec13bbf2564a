"""The summary page of the PDF: what the map says, on one sheet, for people who read no map.

Key figures (touchpoints, intentional and unintentional shares, what the team can influence,
the average score), bars of touchpoints per phase and per channel, the experience curve as the
stages' averages, the priorities (the lowest-scored touchpoints and the moments of truth
with a negative score) and the opportunities' impact/effort matrix, quick wins first. Every
figure comes from `cxmapper.model.insight`, the same pass the Insight dock and
``cxmapper stats`` use, so the print never disagrees with them.

Drawn as `drawing` items (boxes, lines, text in points, y down), which the PDF writer paints
with ReportLab's canvas primitives and the Qt painter paints for the dialog's preview: vector
graphics, no images. Words come from `labels`, in the map's language. Pure Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from cxmapper.export import style
from cxmapper.export.actions import level_word, words
from cxmapper.export.drawing import Box, Circle, Line, Page
from cxmapper.export.fonts import measure
from cxmapper.export.labels import Labels
from cxmapper.export.mapdraw import Pen
from cxmapper.export.options import MM, ExportOptions
from cxmapper.export.pages import FOOTER_H
from cxmapper.model.insight import Action, Insight, Share, action_plan, analyse, is_quick_win, matrix
from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import Channel, Control, Level, Phase

#: Height of one bar or list row, in points.
ROW_H = 15.0
MIN_ROW_H = 13.0
#: At most this many cards in each priority list (the sheet is a summary, not the table).
MAX_PRIORITIES = 6
HEADING = 9.5
SMALL = 8.0
#: One cell of the impact/effort matrix, in points.
CELL_W = 32.0
CELL_H = 16.0
#: At most this many opportunities listed under the matrix (the last line says how many more).
MAX_ACTIONS = 5
#: The matrix block: its width beside the priorities, its height when stacked under them
#: (heading, note, column labels, three rows, the unrated line and the listed opportunities).
MATRIX_W = 170.0
MATRIX_H = 40 + 3 * CELL_H + 4 + ROW_H + 4 + MAX_ACTIONS * ROW_H
#: Impact from the top row down, effort from the left column across: quick wins sit top left.
IMPACTS = (Level.HIGH, Level.MEDIUM, Level.LOW)
EFFORTS = (Level.LOW, Level.MEDIUM, Level.HIGH)


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
    if right_w >= 2 * MATRIX_W:
        # Wide (landscape) sheets: the matrix beside the priorities, under the curve.
        pri_w = right_w - MATRIX_W - gap / 2
        _priorities(pen, project, insight, labels, right_x, y + 14, pri_w, bottom)
        _matrix(pen, project, labels, right_x + pri_w + gap / 2, y + 14, MATRIX_W, bottom)
    else:
        # Narrow (portrait) sheets are tall: the matrix keeps the foot of the column.
        _priorities(pen, project, insight, labels, right_x, y + 14, right_w, bottom - MATRIX_H - 8)
        _matrix(pen, project, labels, right_x, bottom - MATRIX_H, right_w, bottom)
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


def _matrix(pen: Pen, project: Project, labels: Labels, x: float, y: float, width: float, bottom: float) -> None:
    """The opportunities by impact (rows, high first) and effort (columns, low first).

    Each cell counts its opportunities; quick-win cells (`insight.is_quick_win`) are tinted
    green. Under the grid, how many opportunities have no impact or effort yet, then the
    opportunities in the action plan's order (quick wins first, as in the Insight dock and on
    the action-plan pages) as far as room allows, each quick win with a green dot. The column
    is narrow, so a line holds the opportunity alone; the action-plan pages pair it with its
    touchpoint, owner and KPI.
    """
    pen.text(x, y + 10, labels["matrix_title"], HEADING, bold=True, max_w=width)
    pen.text(x, y + 22, labels["matrix_note"], SMALL, color=style.MUTED, max_w=width)
    actions = action_plan(project)
    if not actions:
        pen.para(x, y + 38, labels["no_opportunities"], SMALL, width, 3, leading=10, color=style.MUTED)
        return
    lang = labels.lang
    counts = {(impact, effort): len(ids) for impact, effort, ids in matrix(actions)}
    corner = f"{words(lang)['impact']} / {words(lang)['effort']}"
    row_w = max(max(measure(level_word(level, lang), SMALL) for level in IMPACTS), measure(corner, 7)) + 8
    gx = x + row_w
    top = y + 40
    pen.text(gx - 6, top - 4, corner, 7, color=style.MUTED, anchor="end")
    for c, effort in enumerate(EFFORTS):
        pen.text(gx + (c + 0.5) * CELL_W, top - 4, level_word(effort, lang), 7, color=style.MUTED, anchor="middle")
    for r, impact in enumerate(IMPACTS):
        cy = top + r * CELL_H
        pen.text(gx - 6, cy + 11, level_word(impact, lang), SMALL, color=style.INK, anchor="end")
        for c, effort in enumerate(EFFORTS):
            quick = is_quick_win(impact, effort)
            fill = style.BAND_POSITIVE if quick else style.LANE_BG
            stroke = style.score_color(2) if quick else style.GRID
            pen.add(Box(gx + c * CELL_W + 1, cy + 1, CELL_W - 2, CELL_H - 2, fill=fill, stroke=stroke, radius=2))
            n = counts.get((impact, effort), 0)
            if n:
                pen.text(gx + (c + 0.5) * CELL_W, cy + 11, str(n), SMALL, bold=True, anchor="middle")
    y = top + 3 * CELL_H + 4
    unrated = sum(1 for a in actions if a.impact is None or a.effort is None)
    if unrated:
        pen.text(x, y + 10, labels["unrated_actions"].format(n=unrated), SMALL, color=style.MUTED, max_w=width)
        y += ROW_H
    room = min(MAX_ACTIONS, int((bottom - y - 4) // ROW_H))
    if room > 0:
        _action_rows(pen, actions, labels, x, y + 4, width, room)


def _action_rows(
    pen: Pen, actions: Sequence[Action], labels: Labels, x: float, y: float, width: float, room: int
) -> None:
    """The first opportunities of the plan, one line each (its touchpoint is on the action plan)."""
    shown = actions if len(actions) <= room else actions[: room - 1]
    for a in shown:
        if a.quick_win:
            pen.add(Circle(x + 3, y + 7, 3, fill=style.score_color(2)))
        pen.text(x + 10, y + 10, a.opportunity, SMALL, bold=True, max_w=width - 10)
        y += ROW_H
    if len(shown) < len(actions):
        pen.text(x + 10, y + 10, labels["more"].format(n=len(actions) - len(shown)), SMALL, color=style.MUTED)
