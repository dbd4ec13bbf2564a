"""The action plan's PDF pages: a ReportLab table after the touchpoint table.

Kept apart from `pdf.py` so the writer only gains a hook; reads the model through
`cxmapper.export.actions`. Must not import Qt.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from cxmapper.export import style
from cxmapper.export.actions import level_word, plan, words
from cxmapper.export.fonts import BOLD, REGULAR
from cxmapper.export.options import MM, ExportOptions
from cxmapper.model.project import Project


def _cell(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.splitlines() if line.strip()) or ""


def story(project: Project, lang: str, width: float) -> list[Flowable]:
    """Heading, one-line explanation and the table # | Opportunity | Touchpoint | Owner | KPI | Impact | Effort."""
    w = words(lang)
    base = ParagraphStyle("cx-act", fontName=REGULAR, fontSize=8.5, leading=11, textColor=HexColor(style.INK))
    bold = ParagraphStyle("cx-act-bold", parent=base, fontName=BOLD)
    head = ParagraphStyle("cx-act-head", parent=bold, textColor=HexColor(style.WHITE))
    muted = ParagraphStyle("cx-act-muted", parent=base, fontSize=9, leading=12, textColor=HexColor(style.MUTED))
    title = ParagraphStyle("cx-act-h1", parent=bold, fontSize=16, leading=20, spaceAfter=2)
    out: list[Flowable] = [Paragraph(escape(w["action_plan"]), title), Paragraph(escape(w["intro"]), muted)]
    out.append(Spacer(1, 8))
    actions = plan(project)
    if not actions:
        return [*out, Paragraph(escape(w["none"]), base)]
    keys = ("opportunity", "touchpoint", "owner", "kpi", "impact", "effort")
    rows: list[list[Any]] = [[Paragraph("#", head), *(Paragraph(escape(w[k]), head) for k in keys)]]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(style.INK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, HexColor(style.GRID)),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for i, a in enumerate(actions, start=1):
        rows.append(
            [
                Paragraph(f"{i}{' ★' if a.quick_win else ''}", bold),
                Paragraph(_cell(a.opportunity), base),
                Paragraph(_cell(a.title), bold),
                Paragraph(_cell(a.owner), base),
                Paragraph(_cell(a.kpi), base),
                Paragraph(escape(level_word(a.impact, lang)), base),
                Paragraph(escape(level_word(a.effort, lang)), base),
            ]
        )
    fractions = (0.06, 0.34, 0.2, 0.12, 0.12, 0.08, 0.08)
    table = LongTable(rows, colWidths=[width * f for f in fractions], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return [*out, table]


def count_pages(project: Project, opts: ExportOptions, lang: str, frame: Any) -> int:
    """Lay the plan out once, unseen, for the footer's "Page n of N"."""
    buf = io.BytesIO()
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    doc = BaseDocTemplate(buf, pagesize=(pw, ph), invariant=1, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m)
    doc.addPageTemplates([PageTemplate("text", [frame], pagesize=(pw, ph))])
    doc.build(story(project, lang, pw - 2 * m))
    return int(doc.page)
