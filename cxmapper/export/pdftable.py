"""The PDF touchpoint table, typeset and drawn with canvas primitives.

Platypus (a `Paragraph` per cell inside a `LongTable`) parsed every cell as markup, broke its
lines in pure Python with a fresh width measurement per word, and measured every cell twice:
10x its floor (a bare canvas drawing one string per cell). Here each cell is broken into lines
once, with word widths cached per font and size (a map repeats its words, stage names and
labels thousands of times), the rows are cut into pages from those heights, and each page is
drawn as rectangles, one rule per row and one text object of plain strings. The look is the
one Platypus gave (same paddings, leading, first baseline, line-breaking rule and long-word
splitting), so the table prints as before.

User text is drawn as strings, never parsed, so ``<b>`` or ``&amp;`` in a title prints as typed.
Characters the main face lacks are drawn in the symbol face (`fonts.runs`), as on the map.
A row taller than a page is split between lines and continues under the header of the next
page. Must not import Qt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reportlab.lib.colors import HexColor  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from cxmapper.export import style
from cxmapper.export.fonts import runs, string_width
from cxmapper.export.labels import Labels
from cxmapper.model.project import Project


@functools.cache
def rgb(hex_color: str) -> tuple[float, float, float]:
    """A ``#rrggbb`` colour as the RGB triple ReportLab's canvas takes.

    A triple rather than a ``Color``: ReportLab follows every ``Color`` (which carries an
    alpha) with an opacity operator, thousands of no-ops over a long table or a big map.
    """
    color = HexColor(hex_color)
    return (color.red, color.green, color.blue)


#: Cell padding (points): top, bottom, left and right.
PAD_TOP, PAD_BOTTOM, PAD_SIDE = 5.0, 6.0, 6.0
#: Platypus lets a line run over by this share of a space per word (its ``spaceShrinkage``),
#: so a word that fits but for a hair stays on its line; kept, so lines break where they did.
SPACE_SHRINK = 0.05
#: Slack kept at the foot of a page, so rounding never pushes a row past the frame.
FUZZ = 0.5
#: The rule under each row.
RULE_WIDTH = 0.5
#: A moment-of-truth star before its label.
STAR = "\u2605"

Run = tuple[str, str]  # (font name, text)


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a block of a cell prints: size, leading (line pitch), weight, colour, alignment."""

    size: float
    leading: float
    bold: bool
    color: str
    centred: bool = False


class Line(NamedTuple):
    """One printed line: its style, font runs and width; ``accent`` colours its first run."""

    style: TextStyle
    runs: tuple[Run, ...]
    width: float
    accent: str | None = None
    #: Extra space per space character (negative): a line that runs over by Platypus's
    #: shrinkage is tightened to its column, as Platypus draws it.
    word_space: float = 0.0


Cell = tuple[Line, ...]


class Row(NamedTuple):
    """A table row: its cells' lines, each column's background (or None) and its height."""

    cells: tuple[Cell, ...]
    fills: tuple[str | None, ...]
    height: float


class Piece(NamedTuple):
    """The part of a row on one page: whole (``spans`` None) or lines [start, stop) of each cell."""

    row: Row
    spans: tuple[tuple[int, int], ...] | None
    height: float

    @property
    def ends_row(self) -> bool:
        """Whether the row ends on this piece (whole, or its last part)."""
        return self.spans is None or all(
            stop == len(cell) for cell, (_start, stop) in zip(self.row.cells, self.spans, strict=True)
        )


BASE = TextStyle(8.5, 11.0, False, style.INK)
MUTED = TextStyle(7.5, 9.5, False, style.MUTED)
BOLD_INK = TextStyle(8.5, 11.0, True, style.INK)
HEAD = TextStyle(8.5, 11.0, True, style.WHITE)
SCORE_ON_COLOUR = TextStyle(8.5, 11.0, True, style.WHITE, centred=True)


class Widths:
    """String widths (`fonts.string_width`) at one size and weight, cached per string.

    One instance lives for one export, and its cache holds the whole of the map's
    vocabulary: a table of 50,000 cards has more distinct words than `fonts.measure`'s
    bounded cache keeps, and evicting them would measure them again.
    """

    __slots__ = ("_cache", "bold", "size", "space")

    def __init__(self, size: float, bold: bool) -> None:
        self.size = size
        self.bold = bold
        self._cache: dict[str, float] = {}
        self.space = self(" ")

    def __call__(self, text: str) -> float:
        """The width of ``text`` in points."""
        width = self._cache.get(text)
        if width is None:
            width = self._cache[text] = string_width(text, self.size, self.bold)
        return width


def _split_long_word(word: str, used: float, width: float, measure: Widths) -> list[str]:
    """Cut a word wider than a whole line into pieces, the first filling what ``used`` leaves.

    Platypus's rule (``splitLongWords``): a piece ends before the first character that would
    overflow, and a piece is never empty unless the current line has no room for a single
    character (then the word starts on the next line).
    """
    pieces: list[str] = []
    start = 0
    line_w = used
    for i, ch in enumerate(word):
        w = measure(ch)
        if line_w + w > width and (i > start or w <= width):
            pieces.append(word[start:i])
            start, line_w = i, 0.0
        line_w += w
    pieces.append(word[start:])
    return pieces


def wrap(text: str, width: float, measure: Widths) -> list[str]:
    """Break ``text`` into lines no wider than ``width``, as Platypus's Paragraph does.

    Words (runs of non-space characters) are kept whole and joined by single spaces; a line
    break in the text starts a new line (a blank line stays blank); a word wider than the
    whole line is cut by characters, starting on the current line. Leading and trailing
    blank lines are dropped; blank text has no lines.
    """
    return [line for line, _width in wrap_measured(text, width, measure)]


def wrap_measured(text: str, width: float, measure: Widths) -> list[tuple[str, float]]:
    """`wrap`, with each line's natural width (which may exceed ``width`` by the shrinkage)."""
    space = measure.space
    shrink = SPACE_SHRINK * space
    lines: list[tuple[str, float]] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return lines  # no line at all, as an empty Paragraph has none (a cell of no height)
    for para in text.split("\n"):
        words = para.split()
        if not words:
            lines.append(("", 0.0))
            continue
        line: list[str] = []
        used = -space  # the first word on a line has no space before it
        for word in words:
            w = measure(word)
            new = used + space + w
            if new > width + shrink * len(line) and w > width:
                pieces = _split_long_word(word, used + space, width, measure)
                first, *middle, last = pieces if len(pieces) > 1 else ["", *pieces]
                if first:
                    line.append(first)
                    used += space + measure(first)
                if line:
                    lines.append((" ".join(line), used))
                lines.extend((piece, measure(piece)) for piece in middle)
                line, used = [last], measure(last)
            elif new <= width + shrink * len(line) or not line:
                line.append(word)
                used = new
            else:
                lines.append((" ".join(line), used))
                line, used = [word], w
        if line:
            lines.append((" ".join(line), used))
    return lines


class Typesetter:
    """Turns cell text into `Line`s for given column widths, with one width cache per style."""

    def __init__(self, widths: Sequence[float]) -> None:
        self.inner = [w - 2 * PAD_SIDE for w in widths]
        self._measures: dict[tuple[float, bool], Widths] = {}

    def measure(self, text_style: TextStyle) -> Widths:
        """The cached measure for a style's size and weight."""
        key = (text_style.size, text_style.bold)
        found = self._measures.get(key)
        if found is None:
            found = self._measures[key] = Widths(*key)
        return found

    def block(self, text: str, text_style: TextStyle, column: int, accent: str | None = None) -> list[Line]:
        """``text`` wrapped to ``column``'s width as lines of ``text_style``."""
        measure = self.measure(text_style)
        inner = self.inner[column]
        out = []
        for i, (line, width) in enumerate(wrap_measured(text, inner, measure)):
            spaces = line.count(" ")
            tighten = (inner - width) / spaces if width > inner + 1e-8 and spaces else 0.0
            out.append(Line(text_style, runs(line, text_style.bold), width, accent if i == 0 else None, tighten))
        return out


def cell_height(cell: Cell) -> float:
    """The content height of a cell: the sum of its lines' leading."""
    return sum(line.style.leading for line in cell)


def row(cells: Sequence[Sequence[Line]], fills: Sequence[str | None], min_height: float = 0.0) -> Row:
    """A `Row` from its cells, with its height: the tallest cell plus the paddings."""
    frozen = tuple(tuple(c) for c in cells)
    content = max((cell_height(c) for c in frozen), default=0.0)
    return Row(frozen, tuple(fills), max(content + PAD_TOP + PAD_BOTTOM, min_height))


def table_rows(
    project: Project, labels: Labels, setter: Typesetter, tick: Callable[[], None] | None = None
) -> tuple[Row, list[Row]]:
    """The header and body rows: Phase | Touchpoint | Description | Channel | Control | Score.

    Rows come stage by stage, lane by lane, card by card (reading order); ``tick`` is called
    once per card so a long table moves the progress bar while it is typeset.
    """
    header = row(
        [
            setter.block(labels[key], HEAD, i)
            for i, key in enumerate(("phase", "touchpoint", "description", "channel", "control", "score"))
        ],
        [style.INK] * 6,
    )
    several_lanes = len(project.lanes) > 1
    channel_cells: dict[object, list[Line]] = {}
    control_cells: dict[object, list[Line]] = {}
    out: list[Row] = []
    cells = project.cells()
    moment = labels["moment_of_truth"]
    untitled = labels["untitled"]
    for stage in project.stages:
        phase_style = TextStyle(8.5, 11.0, True, style.dark(stage.phase))
        phase_cell = setter.block(labels.phase(stage.phase), phase_style, 0) + setter.block(stage.name, MUTED, 0)
        tint = style.tint(stage.phase)
        lane_cells = {lane.id: setter.block(lane.name, MUTED, 1) for lane in project.lanes} if several_lanes else {}
        for lane in project.lanes:
            for tp in cells.get((stage.id, lane.id), []):
                title = setter.block(tp.title.strip() or untitled, BOLD_INK, 1)
                if several_lanes:
                    title += lane_cells[tp.lane_id]
                if tp.moment_of_truth:
                    title += setter.block(f"{STAR} {moment}", MUTED, 1, accent=style.MOMENT_OF_TRUTH)
                channel = channel_cells.get(tp.channel)
                if channel is None:
                    channel = channel_cells[tp.channel] = setter.block(labels.channel(tp.channel), BASE, 3)
                control = control_cells.get(tp.control)
                if control is None:
                    control = control_cells[tp.control] = setter.block(labels.control(tp.control), BASE, 4)
                if tp.score is None:
                    score: list[Line] = []
                    score_fill = None
                else:
                    score = setter.block(style.score_text(tp.score), SCORE_ON_COLOUR, 5)
                    score_fill = style.score_color(tp.score)
                out.append(
                    row(
                        [phase_cell, title, setter.block(tp.description, BASE, 2), channel, control, score],
                        [tint, None, None, None, None, score_fill],
                    )
                )
                if tick is not None:
                    tick()
    if not out:
        # No cards: one row with a dash, as tall as a line of the table's 10-point default font.
        out.append(row([setter.block("\u2014", MUTED, 0), [], [], [], [], []], [None] * 6, 12.0 + PAD_TOP + PAD_BOTTOM))
    return header, out


def paginate(header: Row, rows: Sequence[Row], frame_h: float, first_room: float) -> list[list[Piece]]:
    """Cut ``rows`` into pages of a frame ``frame_h`` tall, the first with ``first_room`` left.

    Every page starts with the header (drawn by the page, not counted here as a piece). A
    row never splits unless it is taller than a page by itself: then it starts where the
    page has got to (if a quarter of the page is left) and continues, line by line in each
    cell, on as many pages as it needs.
    """
    pages: list[list[Piece]] = [[]]
    room = first_room
    head = header.height
    for r in rows:
        if head + r.height <= frame_h - FUZZ:
            need = r.height if pages[-1] else head + r.height
            if need > room - FUZZ:
                pages.append([])
                room = frame_h
                need = head + r.height
            pages[-1].append(Piece(r, None, r.height))
            room -= need
            continue
        # Taller than a page: split between lines, each cell on its own. It starts below the
        # rows already on the page unless less than a quarter of the page is left (a few
        # lines stranded at the foot of a page read as a different row).
        if pages[-1] and room < frame_h / 4:
            pages.append([])
            room = frame_h
        starts = [0] * len(r.cells)
        while True:
            avail = room - (0.0 if pages[-1] else head) - PAD_TOP - PAD_BOTTOM
            spans = []
            used = 0.0
            for cell, start in zip(r.cells, starts, strict=True):
                stop, h = start, 0.0
                while stop < len(cell) and h + cell[stop].style.leading <= avail:
                    h += cell[stop].style.leading
                    stop += 1
                spans.append((start, stop))
                used = max(used, h)
            progressed = any(stop > start for start, stop in spans)
            if not progressed:
                # Not even one line fits below what is on this page: the next page.
                pages.append([])
                room = frame_h
                continue
            height = used + PAD_TOP + PAD_BOTTOM
            pages[-1].append(Piece(r, tuple(spans), height))
            room -= height + (0.0 if len(pages[-1]) > 1 else head)
            starts = [stop for _start, stop in spans]
            if all(stop == len(cell) for cell, stop in zip(r.cells, starts, strict=True)):
                break
            pages.append([])
            room = frame_h
    return pages


class TablePainter:
    """Draws a page of the table on a ReportLab canvas, its top-left corner at (x, top)."""

    def __init__(self, widths: Sequence[float]) -> None:
        self.widths = list(widths)
        self.lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        self.total = sum(self.widths)

    def draw(self, c: Canvas, x: float, top: float, header: Row, pieces: Sequence[Piece]) -> float:
        """Draw the header and ``pieces`` below it; return the height drawn.

        Backgrounds first, then all the text in one text object (the font, size and colour
        set only when they change; each cell block starts with one text matrix and moves
        down by its leading), then one rule under each row, as Platypus's table drew them.
        """
        placed: list[tuple[float, float, Row, tuple[tuple[int, int], ...] | None]] = []
        y = top
        for r, spans, height in [(header, None, header.height), *pieces]:
            placed.append((y, height, r, spans))
            y -= height
        c.saveState()
        fill: str | None = None
        for row_top, height, r, _spans in placed:
            for i, colour in enumerate(r.fills):
                if colour is None:
                    continue
                # Adjacent cells of one colour (the header) as one rectangle.
                if i and r.fills[i - 1] == colour:
                    continue
                j = i
                while j + 1 < len(r.fills) and r.fills[j + 1] == colour:
                    j += 1
                if colour != fill:
                    c.setFillColor(rgb(colour))
                    fill = colour
                left = x + self.lefts[i]
                c.rect(left, row_top - height, self.lefts[j] + self.widths[j] - self.lefts[i], height, stroke=0, fill=1)
        text = c.beginText()
        font: tuple[str, float, float] | None = None
        ink: str | None = None
        for row_top, _height, r, spans in placed:
            for i, cell in enumerate(r.cells):
                lines = cell if spans is None else cell[spans[i][0] : spans[i][1]]
                if not lines:
                    continue
                left = x + self.lefts[i] + PAD_SIDE
                cursor = row_top - PAD_TOP
                block: TextStyle | None = None
                for line in lines:
                    st = line.style
                    if st.centred:
                        text.setTextOrigin(x + self.lefts[i] + self.widths[i] / 2 - line.width / 2, cursor - st.size)
                        block = None
                    elif st is not block:
                        # A new block: one text matrix, then T* moves down by the leading.
                        text.setTextOrigin(left, cursor - st.size)
                        block = st
                    cursor -= st.leading
                    if line.word_space:
                        text.setWordSpace(line.word_space)
                    last = len(line.runs) - 1
                    for k, (run_font, part) in enumerate(line.runs):
                        want = (run_font, st.size, st.leading)
                        if want != font:
                            text.setFont(run_font, st.size, st.leading)
                            font = want
                        colour = line.accent if k == 0 and line.accent is not None else st.color
                        if colour != ink:
                            text.setFillColor(rgb(colour))
                            ink = colour
                        if k < last:
                            text.textOut(part)
                        else:
                            text.textLine(part)
                    if not line.runs:
                        text.textLine("")
                    if line.word_space:
                        text.setWordSpace(0)
        c.drawText(text)
        c.setStrokeColor(rgb(style.GRID))
        c.setLineWidth(RULE_WIDTH)
        c.lines([(x, row_top - height, x + self.total, row_top - height) for row_top, height, _r, _s in placed[1:]])
        c.restoreState()
        return top - y


class TablePage(Flowable):
    """One page of the table as a flowable: the header and the page's rows (or row parts).

    ``on_drawn`` is called after drawing with the number of rows the page finishes (a split
    row counts on the page where it ends): the export's progress bar counts them, so a long
    table moves the bar, and can be cancelled, while it is drawn.
    """

    def __init__(
        self, painter: TablePainter, header: Row, pieces: list[Piece], on_drawn: Callable[[int], None] | None = None
    ) -> None:
        super().__init__()
        self.painter = painter
        self.header = header
        self.pieces = pieces
        self.on_drawn = on_drawn
        self.width = painter.total
        self.height = header.height + sum(p.height for p in pieces)
        self._top = self.height
        self.finished = sum(1 for p in pieces if p.ends_row)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The page's size; the frame's room is not consulted, the pages were cut beforehand."""
        # The pages were cut from the same heights; within rounding, this page fits its frame.
        self._top = min(self.height, avail_height) if self.height - avail_height < 1.0 else self.height
        return self.width, self._top

    def draw(self) -> None:
        """Paint the page, then report its finished rows."""
        # Drawn from the top of the box the frame placed: a rounding overrun goes to the foot.
        self.painter.draw(self.canv, 0.0, self._top, self.header, self.pieces)
        if self.on_drawn is not None:
            self.on_drawn(self.finished)
