"""The PDF summary page: what the map says on one sheet, drawn with ReportLab's own graphics.

Key figures, bars of touchpoints per phase and per channel, the experience curve (average per
stage), the top priorities and the impact/effort matrix, all from `cxmapper.model.insight`
(the same figures as the Insight dock and ``cxmapper stats``), in the map's language. Vector
shapes only, no images, so it prints sharp at any size. Must not import Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String  # type: ignore[import-untyped]
from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from cxmapper.export import style
from cxmapper.export.actions import level_word
from cxmapper.export.fonts import BOLD, REGULAR
from cxmapper.export.labels import Labels
from cxmapper.layout import elide_text
from cxmapper.model.insight import action_plan, analyse, catalogue_hints, matrix
from cxmapper.model.project import Project
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Channel, Level, Phase

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "summary": "Summary",
        "touchpoints": "touchpoints",
        "average": "average score",
        "unintentional": "unintentional",
        "influence": "your team can influence",
        "per_phase": "Touchpoints per phase",
        "per_channel": "Touchpoints per channel",
        "curve": "Experience per stage (average)",
        "priorities": "Act here first",
        "no_priorities": "No touchpoint scores below zero.",
        "matrix": "Impact and effort",
        "impact": "Impact",
        "effort": "Effort",
        "unrated": "not rated yet",
    },
    "es": {
        "summary": "Resumen",
        "touchpoints": "puntos de contacto",
        "average": "puntuación media",
        "unintentional": "no intencionados",
        "influence": "tu equipo puede influir",
        "per_phase": "Puntos de contacto por fase",
        "per_channel": "Puntos de contacto por canal",
        "curve": "Experiencia por etapa (media)",
        "priorities": "Actúa aquí primero",
        "no_priorities": "Ningún punto de contacto puntúa por debajo de cero.",
        "matrix": "Impacto y esfuerzo",
        "impact": "Impacto",
        "effort": "Esfuerzo",
        "unrated": "aún sin valorar",
    },
    "ca": {
        "summary": "Resum",
        "touchpoints": "punts de contacte",
        "average": "puntuació mitjana",
        "unintentional": "no intencionats",
        "influence": "el teu equip hi pot influir",
        "per_phase": "Punts de contacte per fase",
        "per_channel": "Punts de contacte per canal",
        "curve": "Experiència per etapa (mitjana)",
        "priorities": "Actua aquí primer",
        "no_priorities": "Cap punt de contacte puntua per sota de zero.",
        "matrix": "Impacte i esforç",
        "impact": "Impacte",
        "effort": "Esforç",
        "unrated": "encara sense valorar",
    },
}


def _measure(font: str, size: float) -> Callable[[str], float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    return lambda text: float(stringWidth(text, font, size))


def _signed(value: float) -> str:
    """A score as the rest of the PDF prints it (en dash for minus: the font has no U+2212)."""
    return style.score_text(round(value, 1))


def summary_drawing(project: Project, labels: Labels, width: float, height: float) -> Drawing:
    """The whole summary as one vector drawing of ``width`` x ``height`` points."""
    lang = labels.lang
    w = WORDS.get(lang, WORDS["en"])
    ins = analyse(project, catalogue_hints(lang))
    d = Drawing(width, height)
    ink, muted, grid = HexColor(style.INK), HexColor(style.MUTED), HexColor(style.GRID)

    def text(x: float, y: float, s: str, size: float = 9, bold: bool = False, color: object = ink) -> None:
        d.add(String(x, y, s, fontName=BOLD if bold else REGULAR, fontSize=size, fillColor=color))

    y = height - 22
    text(0, y, w["summary"], 18, True)
    text(0, y - 16, project.title.strip() or labels["untitled"], 10, color=muted)

    # Key figures, four boxes across.
    total = ins.total
    figures = [
        (str(total), w["touchpoints"]),
        (_signed(ins.average) if ins.average is not None else "\u2013", w["average"]),
        (f"{round(100 * ins.unintentional.fraction)} %", w["unintentional"]),
        (f"{round(100 * ins.influence.fraction)} %", w["influence"]),
    ]
    box_w, box_h, top = (width - 30) / 4, 46, y - 70
    for i, (big, small) in enumerate(figures):
        x = i * (box_w + 10)
        d.add(Rect(x, top, box_w, box_h, rx=6, ry=6, fillColor=HexColor(style.LANE_BG), strokeColor=None))
        text(x + 10, top + 22, big, 18, True)
        text(x + 10, top + 8, small, 8.5, color=muted)

    # Bars per phase (left) and per channel (right).
    col_w = (width - 20) / 2
    bars_top = top - 24
    text(0, bars_top, w["per_phase"], 11, True)
    text(col_w + 20, bars_top, w["per_channel"], 11, True)
    most = max([g.count for g in ins.by_phase] + [g.count for g in ins.by_channel] + [1])
    label_w = 110
    row_h = 15
    for i, g in enumerate(ins.by_phase):
        ry = bars_top - 18 - i * row_h
        phase = Phase(g.key)
        text(0, ry, labels.phase(phase), 8.5)
        length = (col_w - label_w - 30) * g.count / most
        d.add(Rect(label_w, ry - 2, max(length, 0.5), 10, fillColor=HexColor(style.dark(phase)), strokeColor=None))
        text(label_w + length + 4, ry, str(g.count), 8.5, True)
    channels = ins.by_channel[:8]
    fit = _measure(REGULAR, 8.5)
    for i, g in enumerate(channels):
        ry = bars_top - 18 - i * row_h
        x0 = col_w + 20
        text(x0, ry, elide_text(labels.channel(Channel(g.key)), label_w - 6, fit), 8.5)
        length = (col_w - label_w - 30) * g.count / most
        d.add(Rect(x0 + label_w, ry - 2, max(length, 0.5), 10, fillColor=HexColor(style.CURVE), strokeColor=None))
        text(x0 + label_w + length + 4, ry, str(g.count), 8.5, True)

    # The curve: average per stage, -2..+2.
    curve_top = bars_top - 18 - max(len(ins.by_phase), len(channels)) * row_h - 14
    text(0, curve_top, w["curve"], 11, True)
    plot_h, plot_bottom = 90, curve_top - 110
    plot_x0, plot_x1 = 30, col_w - 10

    def sy(score: float) -> float:
        return plot_bottom + (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN) * plot_h

    for level in range(SCORE_MIN, SCORE_MAX + 1):
        d.add(Line(plot_x0, sy(level), plot_x1, sy(level), strokeColor=grid, strokeWidth=1 if level == 0 else 0.4))
        text(4, sy(level) - 3, _signed(level) or "0", 7.5, color=muted)
    stages = ins.by_stage
    step = (plot_x1 - plot_x0) / max(len(stages), 1)
    points: list[float] = []
    averages: list[float] = []
    name_fit = _measure(REGULAR, 7)
    for i, s in enumerate(stages):
        cx = plot_x0 + step * (i + 0.5)
        text(cx - step / 2 + 2, plot_bottom - 12, elide_text(s.name, step - 4, name_fit), 7, color=muted)
        if s.average is not None:
            points += [cx, sy(s.average)]
            averages.append(s.average)
    if len(points) >= 4:
        d.add(PolyLine(points, strokeColor=HexColor(style.CURVE), strokeWidth=2))
    for i, avg in enumerate(averages):
        px, py = points[2 * i], points[2 * i + 1]
        d.add(Circle(px, py, 4, fillColor=HexColor(style.score_color(avg)), strokeColor=ink))

    # Priorities (right of the curve).
    x0 = col_w + 20
    text(x0, curve_top, w["priorities"], 11, True)
    cards = {tp.id: tp for tp in project.touchpoints}
    title_fit = _measure(REGULAR, 8.5)
    if not ins.lowest:
        text(x0, curve_top - 18, w["no_priorities"], 8.5, color=muted)
    for i, tp_id in enumerate(ins.lowest[:5]):
        tp = cards[tp_id]
        assert tp.score is not None
        ry = curve_top - 18 - i * row_h
        d.add(Rect(x0, ry - 3, 22, 12, rx=3, ry=3, fillColor=HexColor(style.score_color(tp.score)), strokeColor=None))
        text(x0 + 4, ry, _signed(tp.score), 8.5, True, HexColor(style.WHITE))
        mark = " \u2605" if tp.moment_of_truth else ""
        text(x0 + 28, ry, elide_text(tp.title + mark, col_w - 40, title_fit), 8.5)

    # Impact/effort matrix: 3 x 3, impact up, effort across; each cell counts its opportunities.
    actions = action_plan(project)
    if actions:
        m_top = curve_top - 18 - 5 * row_h - 8
        text(x0, m_top, w["matrix"], 11, True)
        cell, gx, gy = 30, x0 + 60, m_top - 20 - 3 * 30
        counts = {(i, e): len(ids) for i, e, ids in matrix(actions)}
        levels = [Level.LOW, Level.MEDIUM, Level.HIGH]
        for r, impact in enumerate(levels):
            text(x0, gy + r * cell + cell / 2 - 3, level_word(impact, lang), 8, color=muted)
            for c, effort in enumerate(levels):
                n = counts.get((impact, effort), 0)
                quick = r > c and r >= 1
                fill = HexColor("#dcfce7") if quick else HexColor(style.LANE_BG)
                d.add(Rect(gx + c * cell, gy + r * cell, cell - 3, cell - 3, fillColor=fill, strokeColor=None))
                if n:
                    text(gx + c * cell + cell / 2 - 5, gy + r * cell + cell / 2 - 5, str(n), 10, True)
        for c, effort in enumerate(levels):
            text(gx + c * cell + 2, gy - 11, level_word(effort, lang), 8, color=muted)
        text(gx + 3 * cell + 6, gy - 11, w["effort"], 8, True)
        text(x0, gy + 3 * cell + 4, w["impact"], 8, True)
        unrated = counts.get((None, None), 0) + sum(n for (i, e), n in counts.items() if (i is None) != (e is None))
        if unrated:
            text(gx + 3 * cell + 12, gy + 4, f"{unrated} {w['unrated']}", 8.5, color=muted)
    return d


class SummaryPage(Flowable):
    """The summary drawing as a flowable filling the text frame."""

    def __init__(self, project: Project, labels: Labels) -> None:
        super().__init__()
        self.project = project
        self.labels = labels
        self._size = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take the whole frame."""
        self._size = (avail_width, avail_height - 1)
        return self._size

    def draw(self) -> None:
        """Draw the summary (built at draw time, when the frame's size is known)."""
        drawing = summary_drawing(self.project, self.labels, *self._size)
        drawing.drawOn(self.canv, 0, 0)
