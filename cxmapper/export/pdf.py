"""The PDF writer: map (one page or a tiled poster), touchpoint table and workshop cards.

Sheets composed in `pages.py` are painted on a ReportLab canvas; the touchpoint table is
typeset and drawn by `pdftable` (plain strings on the canvas, one flowable per page, each
starting with the header), so its cost grows with the number of rows. User text is drawn as
strings, or goes into a Paragraph (the table's heading) only through `markup`, which escapes
it, so a title such as ``<img src=...>`` prints literally and nothing is ever fetched. Fonts
are the bundled TTFs, embedded as subsets. The creation date is the real time, unless
``SOURCE_DATE_EPOCH`` is set (the reproducible-builds convention): then the date is that
instant and the output byte-for-byte reproducible (ReportLab's invariant mode). Must not
import Qt.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from cxmapper import __version__
from cxmapper.export import pdftable, style
from cxmapper.export.drawing import Box, Circle, Curve, Group, Item, Line, Page, Polygon, Text, View, in_view
from cxmapper.export.fonts import BOLD, REGULAR, measure, measurer, register_fonts, runs
from cxmapper.export.labels import Labels
from cxmapper.export.options import MM, TICK_EVERY, ExportError, ExportOptions, Progress, ProgressTracker, write_atomic
from cxmapper.export.pages import FOOTER_H, primitive_pages, resolve_options
from cxmapper.export.persona import resolve_personas
from cxmapper.layout import elide_text
from cxmapper.model.project import Project
from cxmapper.model.vocab import Control


def markup(text: str, bold: bool = False) -> str:
    """User text as safe Paragraph markup: escaped, with font runs for symbols and emoji."""
    out = []
    for font, part in runs(text, bold):
        esc = escape(part).replace("\n", "<br/>")
        out.append(esc if font in (REGULAR, BOLD) else f'<font name="{font}">{esc}</font>')
    return "".join(out)


# -- painting drawing items on a canvas -------------------------------------------------------------


class PdfPainter:
    """Paints `drawing` items (y down, points) on a ReportLab canvas (y up).

    Colour, width and dash are tracked so that the content stream does not repeat operators for
    the thousands of similar strokes of a large map; the state is forgotten after a clip's
    restoreState, which rolls the PDF graphics state back.
    """

    def __init__(self, canvas: Canvas, page_height: float, tick: Callable[[], None] | None = None) -> None:
        self.c = canvas
        self.h = page_height
        # Called every few hundred items: one A0 sheet of 10,000 cards takes tens of seconds to
        # paint, and the export's progress bar (and its Cancel) must not freeze meanwhile.
        self._tick = tick
        self._painted = 0
        self._reset()

    def _reset(self) -> None:
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._dash: tuple[float, ...] | None = None
        self._fill_alpha = 1.0
        self._stroke_alpha = 1.0

    def _set_fill(self, color: str, alpha: float = 1.0) -> None:
        # Colours go as RGB triples (pdftable.rgb) and opacity is set here only when it
        # changes: ReportLab would follow every Color with an opacity call.
        if color != self._fill:
            self.c.setFillColor(pdftable.rgb(color))
            self._fill = color
        if alpha != self._fill_alpha:
            self.c.setFillAlpha(alpha)
            self._fill_alpha = alpha

    def _set_stroke(self, color: str, width: float, dash: tuple[float, ...] | None, alpha: float = 1.0) -> None:
        if color != self._stroke:
            self.c.setStrokeColor(pdftable.rgb(color))
            self._stroke = color
        if width != self._width:
            self.c.setLineWidth(width)
            self._width = width
        if dash != self._dash:
            self.c.setDash(list(dash) if dash else [])
            self._dash = dash
        if alpha != self._stroke_alpha:
            self.c.setStrokeAlpha(alpha)
            self._stroke_alpha = alpha

    def paint(self, items: Sequence[Item], s: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> None:
        """Paint ``items`` scaled by ``s`` and moved by (dx, dy), culling what lies off the page."""
        self._paint(items, None, s, dx, dy, (0.0, 0.0, float("inf"), float("inf")))

    def _paint(
        self,
        items: Sequence[Item],
        bounds: Sequence[tuple[float, float, float, float]] | None,
        s: float,
        dx: float,
        dy: float,
        view: View,
    ) -> None:
        c = self.c
        h = self.h
        for item in in_view(items, bounds, view):
            self._painted += 1
            if self._tick is not None and self._painted % TICK_EVERY == 0:
                self._tick()
            if isinstance(item, Text):
                self._set_fill(item.color)
                x = dx + item.x * s
                y = h - (dy + item.y * s)
                size = item.size * s
                parts = runs(item.text, item.bold)
                last = len(parts) - 1
                for k, (font, part) in enumerate(parts):
                    c.setFont(font, size)
                    c.drawString(x, y, part)
                    if k < last:  # only a following run needs to know where this one ends
                        x += pdfmetrics.stringWidth(part, font, size)
            elif isinstance(item, Box):
                fill = item.fill is not None
                stroke = item.stroke is not None
                if item.fill is not None:
                    self._set_fill(item.fill, item.opacity)
                if item.stroke is not None:
                    self._set_stroke(item.stroke, item.width * s, _scaled(item.dash, s), item.opacity)
                x = dx + item.x * s
                y = h - (dy + (item.y + item.h) * s)
                if item.radius:
                    c.roundRect(x, y, item.w * s, item.h * s, item.radius * s, stroke=stroke, fill=fill)
                else:
                    c.rect(x, y, item.w * s, item.h * s, stroke=stroke, fill=fill)
                if item.opacity != 1.0:
                    self._set_fill(self._fill or "#000000", 1.0)
                    if stroke:
                        self._set_stroke(item.stroke or "#000000", item.width * s, _scaled(item.dash, s), 1.0)
            elif isinstance(item, Line):
                self._set_stroke(item.color, item.width * s, _scaled(item.dash, s))
                pts = item.points
                if len(pts) == 2:
                    (x0, y0), (x1, y1) = pts
                    c.line(dx + x0 * s, h - (dy + y0 * s), dx + x1 * s, h - (dy + y1 * s))
                else:
                    path = c.beginPath()
                    path.moveTo(dx + pts[0][0] * s, h - (dy + pts[0][1] * s))
                    for px, py in pts[1:]:
                        path.lineTo(dx + px * s, h - (dy + py * s))
                    c.drawPath(path, stroke=1, fill=0)
            elif isinstance(item, Circle):
                if item.fill is not None:
                    self._set_fill(item.fill)
                if item.stroke is not None:
                    self._set_stroke(item.stroke, item.width * s, _scaled(item.dash, s))
                c.circle(
                    dx + item.cx * s,
                    h - (dy + item.cy * s),
                    item.r * s,
                    stroke=item.stroke is not None,
                    fill=item.fill is not None,
                )
            elif isinstance(item, Polygon):
                if item.fill is not None:
                    self._set_fill(item.fill)
                if item.stroke is not None:
                    self._set_stroke(item.stroke, item.width * s, None)
                path = c.beginPath()
                path.moveTo(dx + item.points[0][0] * s, h - (dy + item.points[0][1] * s))
                for px, py in item.points[1:]:
                    path.lineTo(dx + px * s, h - (dy + py * s))
                path.close()
                c.drawPath(path, stroke=item.stroke is not None, fill=item.fill is not None)
            elif isinstance(item, Curve):
                self._set_stroke(item.color, item.width * s, _scaled(item.dash, s))
                path = c.beginPath()
                path.moveTo(dx + item.start[0] * s, h - (dy + item.start[1] * s))
                for (c1x, c1y), (c2x, c2y), (ex, ey) in item.segments:
                    path.curveTo(
                        dx + c1x * s,
                        h - (dy + c1y * s),
                        dx + c2x * s,
                        h - (dy + c2y * s),
                        dx + ex * s,
                        h - (dy + ey * s),
                    )
                c.drawPath(path, stroke=1, fill=0)
            else:
                self._group(item, s, dx, dy, view)

    def _group(self, group: Group, s: float, dx: float, dy: float, view: View) -> None:
        gs = s * group.scale
        gdx = dx + group.dx * s
        gdy = dy + group.dy * s
        vx0, vy0, vx1, vy1 = view  # in the parent's units
        if group.clip is not None:
            clip = group.clip
            vx0, vy0 = max(vx0, clip.x), max(vy0, clip.y)
            vx1, vy1 = min(vx1, clip.x + clip.w), min(vy1, clip.y + clip.h)
            self.c.saveState()
            path = self.c.beginPath()
            path.rect(dx + clip.x * s, self.h - (dy + (clip.y + clip.h) * s), clip.w * s, clip.h * s)
            self.c.clipPath(path, stroke=0, fill=0)
        local = ((vx0 - group.dx) / group.scale, (vy0 - group.dy) / group.scale)
        local_view = (local[0], local[1], (vx1 - group.dx) / group.scale, (vy1 - group.dy) / group.scale)
        self._paint(group.items, group.bounds, gs, gdx, gdy, local_view)
        if group.clip is not None:
            self.c.restoreState()
            self._reset()


def _scaled(dash: tuple[float, ...] | None, s: float) -> tuple[float, ...] | None:
    return tuple(d * s for d in dash) if dash else None


# -- the document -------------------------------------------------------------------------------------


class _Footer:
    """Draws "Page n of N" (and a caption on the left) at the foot of every sheet.

    N is known before the build starts (the table is cut into pages beforehand), so each
    page is stamped as it is drawn; a canvas that held every page back until the end would
    break bookmarks, which must point at pages as they are emitted.
    """

    SIZE = 7.5

    def __init__(self, labels: Labels, page_w: float, margin: float, total: int) -> None:
        self.labels = labels
        self.page_w = page_w
        self.margin = max(margin, 4.0)
        self.total = total

    def draw(self, c: Canvas, footer_y: float | None, left: str) -> None:
        """Stamp the current page; ``footer_y`` is the baseline measured from the top."""
        if footer_y is None or self.total <= 0:
            return
        y = c._pagesize[1] - footer_y
        c.saveState()
        c.setFillColor(HexColor(style.MUTED))
        text = self.labels.page(c.getPageNumber(), self.total)
        c.setFont(REGULAR, self.SIZE)
        c.drawRightString(self.page_w - self.margin, y, text)
        if left:
            room = self.page_w - 2 * self.margin - measure(text, self.SIZE) - 24
            x = self.margin
            for font, part in runs(elide_text(left, room, measurer(self.SIZE))):
                c.setFont(font, self.SIZE)
                c.drawString(x, y, part)
                x += pdfmetrics.stringWidth(part, font, self.SIZE)
        c.restoreState()


class _Sheet(Flowable):
    """A whole composed page as one flowable filling a zero-padding, full-page frame."""

    def __init__(self, page: Page, tracker: ProgressTracker, footer: _Footer) -> None:
        super().__init__()
        self.page = page
        self.tracker = tracker
        self.footer = footer

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def draw(self) -> None:
        c = self.canv
        if self.page.bookmark is not None:
            _bookmark(c, *self.page.bookmark)
        PdfPainter(c, self.page.height, tick=lambda: self.tracker.step(0)).paint(self.page.items)
        self.footer.draw(c, self.page.footer_y, self.page.footer_left)
        self.tracker.step()


class _Outline(Flowable):
    """A zero-size flowable that bookmarks the page it lands on."""

    def __init__(self, title: str, level: int) -> None:
        super().__init__()
        self.title = title
        self.level = level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _bookmark(self.canv, self.title, self.level)


def _bookmark(c: Canvas, title: str, level: int) -> None:
    key = f"cx-p{c.getPageNumber()}-l{level}"
    c.bookmarkPage(key)
    c.addOutlineEntry(title, key, level=level, closed=False)
    if c.getPageNumber() == 1:
        c.showOutline()


def _table_story(
    project: Project, labels: Labels, opts: ExportOptions, tracker: ProgressTracker
) -> tuple[list[Flowable], int]:
    """The touchpoint table: a heading, then one `pdftable.TablePage` per page.

    Returns the flowables and the number of pages they fill. Cells are broken into lines
    once (with cached word widths) and the rows cut into pages from those heights, so the
    count is exact before anything is drawn and the cost grows with the number of rows.
    Platypus tables did the same work three times in pure Python (markup parsing, line
    breaking on measuring, again on drawing) and ran at 10x a bare canvas.
    """
    pw = opts.page_size()[0]
    width = pw - 2 * opts.margin_mm * MM
    frame_h = _text_frame(opts).height
    base = ParagraphStyle("cx-cell", fontName=REGULAR, fontSize=8.5, leading=11, textColor=HexColor(style.INK))
    muted = ParagraphStyle("cx-muted", parent=base, fontSize=7.5, leading=9.5, textColor=HexColor(style.MUTED))
    title_style = ParagraphStyle("cx-h1", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=2)
    sub_style = ParagraphStyle("cx-h2", parent=muted, fontSize=9, leading=12)
    widths = _column_widths(project, labels, width)
    setter = pdftable.Typesetter(widths)
    header, rows = pdftable.table_rows(project, labels, setter, tracker.step)

    heading = project.title.strip() or labels["untitled"]
    story: list[Flowable] = [
        _Outline(labels["table"], 0),
        Paragraph(escape(labels["table"]), title_style),
        Paragraph(markup(heading), sub_style),
        Spacer(1, 8),
    ]
    # The heading's height on the first page, as the frame stacks it (no space above the top).
    used = sum(f.wrap(width, frame_h)[1] for f in story) + title_style.spaceAfter
    pages = pdftable.paginate(header, rows, frame_h, frame_h - used)
    painter = pdftable.TablePainter(widths)
    for i, pieces in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(pdftable.TablePage(painter, header, pieces, tracker.step))
    return story, len(pages)


def reproducible() -> bool:
    """Whether ``SOURCE_DATE_EPOCH`` asks for reproducible output (a whole number of seconds).

    Then ReportLab's invariant mode stamps that instant (ReportLab reads the variable itself)
    and derives the document ID from the content alone; otherwise the PDF says when it was made.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value and not value.isdigit():
        raise ExportError(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds since 1970")
    return bool(value)


def _doc(buf: io.BytesIO, opts: ExportOptions, **info: Any) -> BaseDocTemplate:
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    return BaseDocTemplate(
        buf,
        pagesize=(pw, ph),
        invariant=1 if reproducible() else 0,
        initialFontName=REGULAR,
        leftMargin=m,
        rightMargin=m,
        topMargin=m,
        bottomMargin=m,
        **info,
    )


def _text_frame(opts: ExportOptions) -> Frame:
    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    return Frame(
        m, m + FOOTER_H, pw - 2 * m, ph - 2 * m - FOOTER_H, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )


def _count_table_pages(project: Project, opts: ExportOptions, labels: Labels) -> int:
    """How many pages the table takes (for "Page n of N" and a preview), from its row heights."""
    return _table_story(project, labels, opts, ProgressTracker(None, 1))[1]


def table_page_count(project: Project, options: ExportOptions) -> int:
    """How many pages the touchpoint table takes with these options (for a preview's page count)."""
    register_fonts()
    labels = Labels(options.language(project.language))
    return _count_table_pages(project, resolve_options(project, options, labels), labels)


def _column_widths(project: Project, labels: Labels, width: float) -> list[float]:
    """Widths for Phase | Touchpoint | Description | Channel | Control | Score.

    The short columns get what their longest word-free label needs (so "Puntuació" or
    "No intencionat" never break mid-word on a portrait page); the text columns share the rest.
    """
    pad = 13.0

    def need(texts: list[str], bold: bool = False, cap: float = 0.16) -> float:
        widest = max((measure(t, 8.5, bold) for t in texts), default=0.0)
        return min(widest + pad, width * cap)

    channels = [labels.channel(tp.channel) for tp in project.touchpoints]
    controls = [labels.control(c) for c in Control]
    channel_w = max(need([labels["channel"]], True), need(channels))
    control_w = max(need([labels["control"]], True), need(controls))
    score_w = max(need([labels["score"]], True), 30.0)
    phase_w = width * 0.14
    rest = max(width - phase_w - channel_w - control_w - score_w, width * 0.4)
    return [phase_w, rest * 0.37, rest * 0.63, channel_w, control_w, score_w]


def render_pdf(project: Project, options: ExportOptions | None = None, progress: Progress | None = None) -> bytes:
    """The PDF as bytes (see `export_pdf`); raise `ExportCancelled` if ``progress`` says stop."""
    opts = options or ExportOptions()
    opts.validate()
    register_fonts()
    # Binary (not ASCII85) streams: a fifth smaller and ReportLab's pure-Python encoder was a
    # sixth of the export time; nobody mails cxmapper PDFs through 7-bit channels any more.
    rl_config.useA85 = 0
    labels = Labels(opts.language(project.language))
    opts = resolve_options(project, opts, labels)
    n = len(project.touchpoints)
    maps = len(resolve_personas(project, opts.persona)) if opts.persona is not None and opts.include_map else 1
    tracker = ProgressTracker(progress, n * (opts.include_map * maps + 2 * opts.table + opts.cards) + 1)
    tracker.step(0)
    map_pages, card_pages = primitive_pages(project, opts, labels, tick=tracker.step)
    table_story, table_pages = _table_story(project, labels, opts, tracker) if opts.table else ([], 0)
    tracker.grow(len(map_pages) + len(card_pages))

    pw, ph = opts.page_size()
    m = opts.margin_mm * MM
    buf = io.BytesIO()
    title = project.title.strip() or labels["untitled"]
    subject = " · ".join(p for p in (labels["map"], project.brand.strip()) if p)
    doc = _doc(
        buf,
        opts,
        title=title,
        author=project.author.strip() or project.brand.strip(),
        subject=subject,
        creator=f"cxmapper {__version__}",
        keywords=", ".join([labels["map"], "cxmapper", *(p.name for p in project.personas)]),
        lang=labels.lang,
        displayDocTitle=1,
    )
    if opts.actions:
        from cxmapper.export import actions_pdf

        table_pages += actions_pdf.count_pages(project, opts, labels.lang, _text_frame(opts))
    footer = _Footer(labels, pw, m, len(map_pages) + table_pages + len(card_pages))

    def text_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        footer.draw(canvas, ph - m - 3, title)

    art = PageTemplate(
        "art",
        [Frame(0, 0, pw, ph, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="art")],
        pagesize=(pw, ph),
    )
    text = PageTemplate("text", [_text_frame(opts)], onPage=text_page, pagesize=(pw, ph))
    story: list[Flowable] = []
    for i, page in enumerate(map_pages):
        if i:
            story.append(PageBreak())
        story.append(_Sheet(page, tracker, footer))
    if opts.table:
        if story:
            story += [NextPageTemplate("text"), PageBreak()]
        story += table_story
    if opts.actions:
        story += [NextPageTemplate("text"), PageBreak()] if story else []
        story += actions_pdf.story(project, labels.lang, pw - 2 * m)
    for i, page in enumerate(card_pages):
        if story:
            if i == 0:
                story.append(NextPageTemplate("art"))
            story.append(PageBreak())
        story.append(_Sheet(page, tracker, footer))
    # The first template is the first page's: the text one only when the table or the action plan
    # opens the document (cards alone are sheets too, and on the text template would be shifted
    # and footed twice).
    text_first = (opts.table or opts.actions) and not map_pages
    doc.addPageTemplates([text, art] if text_first else [art, text])
    doc.build(story)
    tracker.finish()
    return buf.getvalue()


def export_pdf(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the map as a PDF; on error or cancel, leave no file (an older one stays intact)."""
    write_atomic(path, render_pdf(project, options, progress))
