"""A 1,000-touchpoint map to PDF, against a bare ReportLab canvas in the same run.

The floor draws, on one page with the same embedded font, as many rounded rectangles and
strings as the exported map contains (counted from its drawing), so the ratio measures what
cxmapper adds: layout, measured wrapping and elision, font fallback runs, colours, page
composition. Target (issue 4): within 3x. A second, looser floor (one card and one title per
touchpoint) is printed for scale.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from benchmarks.common import generated_project, median_seconds
from cxmapper.export import ExportOptions
from cxmapper.export.drawing import Box, Group, Item, Text
from cxmapper.export.fonts import REGULAR, register_fonts
from cxmapper.export.labels import Labels
from cxmapper.export.pages import fit_page
from cxmapper.export.pdf import render_pdf

N = 1000


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


def bare_canvas(rects: int, strings: int, text: str) -> bytes:
    """The floor: a plain canvas drawing ``rects`` rounded rectangles and ``strings`` strings."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(1190.55, 841.89), invariant=1)
    c.setFont(REGULAR, 6)
    for i in range(rects):
        x, y = 20 + (i % 40) * 28, 20 + (i // 40) % 28 * 28
        c.roundRect(x, y, 24, 20, 3, stroke=1, fill=1)
    for i in range(strings):
        x, y = 20 + (i % 40) * 28, 30 + (i // 40) % 28 * 28
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def main() -> None:
    """Print both timings and the ratio."""
    register_fonts()
    project = generated_project(N)
    opts = ExportOptions(paper="A3")
    page = fit_page(project, opts, Labels("en"))
    rounded, shapes, texts = count(page.items)
    sample = project.touchpoints[0].title
    export = median_seconds(lambda: render_pdf(project, opts), repeat=5)
    floor = median_seconds(lambda: bare_canvas(rounded, texts, sample), repeat=5)
    loose = median_seconds(lambda: bare_canvas(N, N, sample), repeat=5)
    size = len(render_pdf(project, opts))
    print(f"{N:,} touchpoints -> one A3 page: {rounded:,} rounded rectangles, {shapes:,} other shapes, {texts:,} lines")
    print(f"cxmapper PDF: {export * 1000:.0f} ms ({size / 1e6:.1f} MB)")
    print(f"bare canvas, same rectangles and strings: {floor * 1000:.0f} ms -> {export / floor:.2f}x (target 3x)")
    print(f"bare canvas, one card + one title per touchpoint: {loose * 1000:.0f} ms -> {export / loose:.2f}x")


if __name__ == "__main__":
    main()
