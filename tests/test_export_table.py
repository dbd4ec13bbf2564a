"""The PDF touchpoint table drawn with canvas primitives: line breaking, pages, text as data.

Expected values are worked out from the widths of the words involved (measured with the same
embedded font the table prints with) and the table's constants (5 pt padding above a cell,
6 below, 6 at the sides; 8.5 pt text on 11 pt leading), never read back from the code's own
output. The PDFs are read back with pypdf.
"""

from __future__ import annotations

import io
import math

import pytest
from pypdf import PdfReader

from cxmapper.export import ExportCancelled, ExportOptions
from cxmapper.export import pdf as pdf_module
from cxmapper.export.fonts import BOLD, REGULAR, SYMBOLS, register_fonts
from cxmapper.export.labels import Labels
from cxmapper.export.options import MM, ProgressTracker
from cxmapper.export.pages import FOOTER_H
from cxmapper.export.pdftable import (
    BASE,
    PAD_BOTTOM,
    PAD_TOP,
    Line,
    Row,
    TablePage,
    TextStyle,
    Typesetter,
    Widths,
    paginate,
    table_rows,
    wrap,
)
from cxmapper.model.project import Lane, Project, Stage, Touchpoint
from cxmapper.model.vocab import Phase


@pytest.fixture(scope="module")
def widths() -> Widths:
    register_fonts()
    return Widths(8.5, False)


def cards(descriptions: list[str], titles: list[str] | None = None) -> Project:
    """One stage, one lane, a card per description (titled "Card k" unless given)."""
    tps = [
        Touchpoint(
            id=f"tp-{k}",
            title=titles[k] if titles else f"Card {k}",
            description=text,
            stage_id="s0",
            lane_id="l0",
            order=k,
            score=1,
        )
        for k, text in enumerate(descriptions)
    ]
    return Project(
        title="Taula",
        stages=[Stage(id="s0", name="Descobrir", phase=Phase.BEFORE)],
        lanes=[Lane(id="l0", name="Client")],
        touchpoints=tps,
    )


def pdf_pages(project: Project, **options: object) -> list[str]:
    opts = ExportOptions(include_map=False, table=True, summary=False, **options)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(pdf_module.render_pdf(project, opts)))
    return [page.extract_text() for page in reader.pages]


# -- line breaking ---------------------------------------------------------------------------------------


def test_words_fill_a_line_and_break_at_the_first_that_does_not_fit(widths: Widths) -> None:
    a, s = widths("paraula"), widths.space
    # Room for exactly eight words and their seven spaces: 40 words make five full lines.
    assert wrap("paraula " * 40, 8 * a + 7 * s + 0.01, widths) == [" ".join(["paraula"] * 8)] * 5
    # A point less and the eighth word no longer fits (seven words on a line let it run over by
    # 7 x 5 % of a space, under a point): seven per line, the last line holds 5.
    assert 7 * 0.05 * s < 1.0
    lines = wrap("paraula " * 40, 8 * a + 7 * s - 1.0, widths)
    assert [len(line.split()) for line in lines] == [7, 7, 7, 7, 7, 5]


def test_a_hair_too_wide_line_stays_whole_as_platypus_allowed(widths: Widths) -> None:
    # Platypus lets a line run over by 5 % of a space per word already on it (spaces shrink):
    # two words may overrun by 0.05 * space; 0.02 pt over stays on one line, 0.3 pt does not.
    two = 2 * widths("dos") + widths.space
    assert 0.05 * widths.space > 0.02
    assert wrap("dos dos", two - 0.02, widths) == ["dos dos"]
    assert wrap("dos dos", two - 0.3, widths) == ["dos", "dos"]


def test_a_word_wider_than_the_column_is_cut_by_characters(widths: Widths) -> None:
    x = widths("x")
    assert wrap("x" * 25, 10 * x + 0.01, widths) == ["x" * 10, "x" * 10, "x" * 5]
    # After a short word the long one starts on the same line and fills what is left of it:
    # "ab " leaves room for floor((10x - w(ab) - space) / x) characters.
    first = math.floor((10 * x + 0.01 - widths("ab") - widths.space) / x)
    assert 1 <= first <= 10
    rest = 25 - first  # then full lines of ten, and what is left on the last
    full, last = (rest - 1) // 10, rest - 10 * ((rest - 1) // 10)
    assert wrap("ab " + "x" * 25, 10 * x + 0.01, widths) == ["ab " + "x" * first, *["x" * 10] * full, "x" * last]


def test_line_breaks_in_the_text_are_kept_and_spaces_collapse(widths: Widths) -> None:
    assert wrap("  uno\r\n\r\ndos   tres\rquatre\n\n", 1000, widths) == ["uno", "", "dos tres", "quatre"]
    assert wrap("", 100, widths) == []
    assert wrap(" \n\t ", 100, widths) == []


def test_emoji_and_accents_are_measured_in_the_face_that_prints_them(widths: Widths) -> None:
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

    assert widths("😀") == pdfmetrics.stringWidth("😀", SYMBOLS, 8.5) > 0
    assert widths("l·l à ç") == pdfmetrics.stringWidth("l·l à ç", REGULAR, 8.5)
    assert Widths(8.5, True)("¿Dónde?") == pdfmetrics.stringWidth("¿Dónde?", BOLD, 8.5)
    assert widths("a😀b") == pdfmetrics.stringWidth("ab", REGULAR, 8.5) + pdfmetrics.stringWidth("😀", SYMBOLS, 8.5)


# -- pages ---------------------------------------------------------------------------------------------


def _row(*lines_per_cell: int, style: TextStyle = BASE) -> Row:
    cells = tuple(tuple(Line(style, ((REGULAR, "x"),), 0.0) for _ in range(n)) for n in lines_per_cell)
    height = max(n * style.leading for n in lines_per_cell) + PAD_TOP + PAD_BOTTOM
    return Row(cells, (None,) * len(cells), height)


def test_rows_are_never_split_between_pages_and_each_page_starts_with_the_header() -> None:
    header = _row(1)  # 11 + 11 = 22 pt
    rows = [_row(2) for _ in range(7)]  # 22 + 11 = 33 pt each
    # A 120 pt frame whose first page has 80 pt left under the heading: header + 1 row (55);
    # then header + 2 rows (88) per page, a third would need 121.
    pages = paginate(header, rows, 120.0, 80.0)
    assert [len(p) for p in pages] == [1, 2, 2, 2]
    assert all(piece.spans is None and piece.height == 33.0 for page in pages for piece in page)


def test_a_row_taller_than_a_page_continues_line_by_line() -> None:
    header = _row(1)  # 22 pt
    short = _row(1)  # 22 pt
    tall = _row(1, 25, 3)  # 25 lines: 275 + 11 = 286 pt, taller than the 120 pt frame
    pages = paginate(header, [short, tall, short], 120.0, 120.0)
    # Page 1: header 22 + short 22 leave 76; less 11 of padding, 65 pt hold 5 lines of 11.
    # Pages 2-4 (header, padding): 120 - 22 - 11 = 87 pt, 7 lines; the last part holds 6
    # (77 pt), which leaves 120 - 22 - 77 = 21 pt: too little for the short row (22), so it
    # goes to page 5.
    spans = [piece.spans for page in pages for piece in page if piece.row is tall]
    assert [s[1] if s else None for s in spans] == [(0, 5), (5, 12), (12, 19), (19, 25)]
    # The other cells print what fits of them in the first part and nothing after.
    assert [s[0] if s else None for s in spans] == [(0, 1), (1, 1), (1, 1), (1, 1)]
    assert [s[2] if s else None for s in spans] == [(0, 3), (3, 3), (3, 3), (3, 3)]
    assert [len(p) for p in pages] == [2, 1, 1, 1, 1]
    assert [piece.height for page in pages for piece in page] == [22, 66, 88, 88, 77, 22]
    assert pages[4][0].row is short and pages[4][0].spans is None
    assert [piece.ends_row for page in pages for piece in page] == [True, False, False, False, True, True]
    # After three short rows only 120 - 22 - 3 x 22 = 32 pt are left, under a quarter of the
    # page (30 pt is a quarter: 32 is not under it), so the tall row still starts there; after
    # four, 10 pt are left and it starts on the next page.
    assert paginate(header, [short] * 3 + [tall], 120.0, 120.0)[0][-1].row is tall
    after_four = paginate(header, [short] * 4 + [tall], 120.0, 120.0)
    assert [piece.row is tall for piece in after_four[0]] == [False] * 4
    assert after_four[1][0].row is tall and after_four[1][0].spans is not None


def test_every_card_prints_on_exactly_one_page_under_a_header() -> None:
    n = 60
    titles = [f"Targeta {k}: reseñas y ¿opiniones? 😀" for k in range(n)]
    project = cards([f"Col·lecció d'estiu {k}: ¿Dónde está? ¡Ahí! à ç ñ. " * 3 for k in range(n)], titles)
    texts = [" ".join(t.split()) for t in pdf_pages(project, paper="A4", lang="ca")]
    assert len(texts) >= 3
    for text in texts:
        assert "Fase" in text and "Punt de contacte" in text and "Descripció" in text and "Puntuació" in text
    seen = [[k for k in range(n) if f"Targeta {k}:" in text] for text in texts]
    assert sorted(k for page in seen for k in page) == list(range(n))  # once each, none lost
    assert [k for page in seen for k in page] == list(range(n))  # in map order
    for k in range(n):
        page = next(i for i, ks in enumerate(seen) if k in ks)
        # The whole description of a card is on its card's page (its three sentences).
        assert texts[page].count(f"Col·lecció d'estiu {k}: ¿Dónde está? ¡Ahí! à ç ñ.") == 3


def test_unicode_prints_and_extracts_as_typed() -> None:
    title = "Col·lecció de l'àvia: ¿reseñas? ¡Sí! 😀🎉"
    description = "Paral·lel, façana, niño, cançó 📦 — ¿Dónde? ¡Aquí!"
    text = " ".join(pdf_pages(cards([description], [title]))[0].split())
    assert title in text
    assert description in text


def test_user_text_is_never_markup() -> None:
    hostile = '<b>bold</b> &amp; <font name="x">x</font> <br/> <img src="x.png"/>'
    text = " ".join(pdf_pages(cards([hostile], [hostile]))[0].split())
    assert text.count(hostile) == 2


def test_a_header_label_sits_where_platypus_put_it_on_every_page() -> None:
    # Pages after the first start with the header at the frame's top: the frame ends at the
    # top margin (10 mm), and the first baseline is 5 pt padding + 8.5 pt font size below it.
    project = cards(["paraula " * 30] * 40)
    opts = ExportOptions(paper="A4", include_map=False, table=True, summary=False)
    reader = PdfReader(io.BytesIO(pdf_module.render_pdf(project, opts)))
    assert len(reader.pages) >= 3
    expected = opts.page_size()[1] - 10 * MM - PAD_TOP - 8.5
    for page in reader.pages[1:]:
        found: list[float] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
            if text.strip() == "Phase":
                found.append(tm[5] * cm[3] + cm[5])  # noqa: B023 - used before the next page

        page.extract_text(visitor_text=visit)
        assert found and abs(found[0] - expected) < 0.01, found


def test_page_count_from_the_layout_matches_the_file_and_the_frame() -> None:
    project = cards(["paraula " * 1240, "curt"], ["Llarg", "Curt"])
    opts = ExportOptions(paper="A4", orientation="portrait", include_map=False, table=True, summary=False)
    story, pages = pdf_module._table_story(project, Labels("en"), opts, ProgressTracker(None, 1))
    frame_h = opts.page_size()[1] - 2 * 10 * MM - FOOTER_H
    table_pages = [f for f in story if isinstance(f, TablePage)]
    assert len(table_pages) == pages == len(PdfReader(io.BytesIO(pdf_module.render_pdf(project, opts))).pages)
    assert all(p.height <= frame_h for p in table_pages)


def test_progress_moves_while_the_table_is_drawn_and_cancel_stops_it() -> None:
    project = cards(["paraula " * 20] * 120)
    opts = ExportOptions(paper="A4", include_map=False, table=True, summary=False)
    calls: list[tuple[int, int]] = []
    pdf_module.render_pdf(project, opts, lambda done, total: calls.append((done, total)) is None)
    total = calls[-1][1]
    # Typesetting counts one unit per card, drawing one per card again as its page is drawn.
    assert total >= 2 * 120
    drawn = [done for done, _t in calls if done > 120]
    assert len(drawn) >= 3  # several pages reported as they were drawn
    assert calls[-1][0] == total

    def stop_in_the_drawing(done: int, total: int) -> bool:
        return done <= 150

    with pytest.raises(ExportCancelled):
        pdf_module.render_pdf(project, opts, stop_in_the_drawing)


def test_row_height_is_the_tallest_cell_plus_padding() -> None:
    project = cards(["", "uno\ndos\ntres"])
    opts = ExportOptions(paper="A4", include_map=False, table=True)
    widths_ = pdf_module._column_widths(project, Labels("ca"), opts.page_size()[0] - 2 * 10 * MM)
    _header, rows = table_rows(project, Labels("ca"), Typesetter(widths_))
    # No description: the phase cell is the tallest, "Abans de la compra" (11) over the stage
    # name (9.5), plus 5 + 6 of padding; three lines of description: 3 x 11 + 11.
    assert [r.height for r in rows] == [20.5 + 11, 33 + 11]
    assert rows[0].cells[2] == ()
