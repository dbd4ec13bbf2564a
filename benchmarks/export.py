"""PDF export at size: the map fitted to one A0 sheet, and the touchpoint table.

Floors are a bare ReportLab canvas with the same embedded font. For the map it draws as many
rounded rectangles and strings as the exported map contains (counted from its drawing), so
the ratio measures what cxmapper adds: layout, wrapping and elision, font fallback runs,
colours. For the table it draws one string per table cell over as many pages as the table
takes, so the ratio measures what the table adds: breaking descriptions into lines, cutting
rows into pages, the header on every page, backgrounds and rules, font fallback runs.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from benchmarks.common import Result, median_ms, peak_mb
from cxmapper.export import ExportOptions
from cxmapper.export.drawing import Box, Group, Item, Text
from cxmapper.export.fonts import REGULAR, register_fonts
from cxmapper.export.labels import Labels
from cxmapper.export.pages import fit_page
from cxmapper.export.pdf import render_pdf
from cxmapper.model.project import Project

TABLE_COLUMNS = 6


def count(items: list[Item] | tuple[Item, ...]) -> tuple[int, int, int]:
    """(rounded rectangles, other rectangles and shapes, text lines) in a drawing."""
    rounded = shapes = texts = 0
    for item in items:
        if isinstance(item, Group):
            r, s, t = count(item.items)
            rounded, shapes, texts = rounded + r, shapes + s, texts + t
        elif isinstance(item, Box) and item.radius:
            rounded += 1
        elif isinstance(item, Text):
            texts += 1
        else:
            shapes += 1
    return rounded, shapes, texts


def bare_canvas(rects: int, strings: int, text: str, pages: int = 1, size: tuple[float, float] = (3370, 2384)) -> bytes:
    """The floor: a plain canvas drawing ``rects`` rounded rectangles and ``strings`` strings."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1)
    per_page_r, per_page_s = -(-rects // pages), -(-strings // pages)
    for _ in range(pages):
        c.setFont(REGULAR, 6)
        for i in range(per_page_r):
            x, y = 20 + (i % 40) * 28, 20 + (i // 40) % 28 * 28
            c.roundRect(x, y, 24, 20, 3, stroke=1, fill=1)
        for i in range(per_page_s):
            x, y = 20 + (i % 40) * 28, 30 + (i // 40) % 28 * 28
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n")


def export_cases(project: Project, repeat: int, warmup: bool = True) -> list[Result]:
    """The A0 map and the table, each beside its bare-canvas floor."""
    register_fonts()
    n = len(project.touchpoints)
    sample = project.touchpoints[0].title if project.touchpoints else "x"
    results = []

    a0 = ExportOptions(paper="A0")
    page = fit_page(project, a0, Labels("en"))
    rounded, _shapes, texts = count(page.items)
    floor = median_ms(lambda: bare_canvas(rounded, texts, sample), repeat, warmup)
    results.append(
        Result(
            "PDF: the map fitted to one A0 sheet",
            n,
            median_ms(lambda: render_pdf(project, a0), repeat, warmup),
            floor,
            peak_mb(),
            f"bare canvas, {rounded:,} rounded rects + {texts:,} strings",
        )
    )

    table = ExportOptions(paper="A4", include_map=False, table=True)
    pdf = render_pdf(project, table)
    pages = _pages(pdf)
    size = table.page_size()
    floor = median_ms(lambda: bare_canvas(0, n * TABLE_COLUMNS, sample, pages, size), repeat, warmup=False)
    results.append(
        Result(
            f"PDF: the touchpoint table ({pages:,} A4 pages)",
            n,
            median_ms(lambda: render_pdf(project, table), repeat, warmup=False),
            floor,
            peak_mb(),
            "bare canvas, one string per cell",
        )
    )
    return results
