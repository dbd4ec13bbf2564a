"""The PDF's summary page: there when asked (or by default), figures counted by hand, bars drawn to scale.

Every expected value below was counted by hand from resources/samples/beauty-salon.cxmap
(26 cards, one lane, five stages), not produced by running the code:

- phases: Discover 7 cards (before); Book 3 + At the salon 6 = 9 (during); After the visit
  5 + Come back 5 = 10 (after).
- unintentional (and not influenceable): Google Maps reviews, a friend's recommendation, tagged
  stories, the local paper, the client's review, the client recommends = 6 of 26 (23 %);
  intentional and influenceable 20 (77 %).
- scores: Discover 2+1+2+1+1+0-1 = 6/7 = +0.86; Book 1-1+1 = 1/3 = +0.33; At the salon
  1-1+2+2+0+1 = 5/6 = +0.83; After the visit 0+2+1-2+1 = 2/5 = +0.4; Come back 1+2+0+2+2 = 7/5
  = +1.4; all 26 scored, 21/26 = +0.81 on average.
- negative: Complaint about the colour (-2, moment of truth), then Website with services and
  prices, Booking by phone, Waiting area (-1 each, map order).
- channels: word of mouth, social media, reviews, physical store, field staff, phone and chat
  have 2 cards each; 12 other channels have 1 each.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from cxmapper.export import ExportOptions, style
from cxmapper.export.drawing import Box, Text
from cxmapper.export.labels import Labels
from cxmapper.export.pdf import render_pdf
from cxmapper.export.summary import summary_page
from cxmapper.model.library import template
from cxmapper.model.project import Project
from cxmapper.model.vocab import Level, Phase


def salon(lang: str = "en") -> Project:
    return template("beauty-salon", lang)


def page_texts(data: bytes) -> list[str]:
    """Each page's text with no-break spaces made plain and the printed en-dash minus made '-'."""
    return [
        (page.extract_text() or "").replace("\u00a0", " ").replace("\u2013", "-")
        for page in PdfReader(io.BytesIO(data)).pages
    ]


def outline_titles(data: bytes) -> list[str]:
    return [e.title for e in PdfReader(io.BytesIO(data)).outline if not isinstance(e, list)]


def test_summary_page_only_when_asked_for_a_one_page_map() -> None:
    plain = render_pdf(salon(), ExportOptions())
    assert len(PdfReader(io.BytesIO(plain)).pages) == 1
    assert "What the map says" not in "".join(page_texts(plain))
    asked = render_pdf(salon(), ExportOptions(summary=True))
    texts = page_texts(asked)
    assert len(texts) == 2
    assert "What the map says" in texts[1] and "What the map says" not in texts[0]
    assert outline_titles(asked) == ["Customer journey map", "Summary"]


@pytest.mark.parametrize(
    ("options", "pages"),
    [
        (ExportOptions(poster=(2, 1)), 1 + 2 + 1),  # assembly sheet, two sheets, summary
        (ExportOptions(table=True), 1 + 1 + 2),  # map, summary, two pages of table (26 rows on A4)
        (ExportOptions(include_map=False, table=True), 1 + 2),
    ],
)
def test_summary_is_on_by_default_with_a_poster_or_the_table(options: ExportOptions, pages: int) -> None:
    data = render_pdf(salon(), options)
    texts = page_texts(data)
    assert len(texts) == pages
    assert sum("What the map says" in t for t in texts) == 1
    off = page_texts(render_pdf(salon(), replace(options, summary=False)))
    assert len(off) == pages - 1
    assert all("What the map says" not in t for t in off)


def test_summary_comes_after_the_maps_and_before_the_table() -> None:
    data = render_pdf(salon(), ExportOptions(poster=(2, 1), table=True))
    assert outline_titles(data) == ["Customer journey map", "Summary", "Touchpoints"]
    texts = page_texts(data)
    assert "What the map says" in texts[3] and "Touchpoints per phase" in texts[3]


def test_summary_figures_in_english() -> None:
    text = page_texts(render_pdf(salon(), ExportOptions(summary=True)))[1]
    for expected in (
        "26",
        "Touchpoints",
        "20",
        "77 %",
        "Intentional",
        "6",
        "23 %",
        "Unintentional",
        "Your team can influence",
        "+0.8",
        "26 of 26 scored",
        "Average score",
        "Touchpoints per phase",
        "Before the purchase",
        "Touchpoints per channel",
        "Word of mouth",
        "Experience curve (stage averages)",
        "+0.9",
        "+0.3",
        "+0.4",
        "+1.4",
        "Discover",
        "Come back",
        "Top priorities: the lowest-scored touchpoints",
        "Complaint about the colour",
        "Website with services and prices",
        "Booking by phone",
        "Waiting area",
        "Moments of truth with a negative score",
    ):
        assert expected in text, expected
    # The four negative cards, worst first; the moment of truth is listed again in its own section.
    order = [text.index(t) for t in ("Complaint", "Website with", "Booking by phone", "Waiting area")]
    assert order == sorted(order)
    assert text.count("Complaint about the colour") == 2
    assert "Intentional" in text and "Page 2 of 2" in text


def test_summary_figures_in_spanish_use_decimal_commas() -> None:
    text = page_texts(render_pdf(salon("es"), ExportOptions(summary=True)))[1]
    for expected in (
        "Lo que dice el mapa",
        "Puntos de contacto",
        "77 %",
        "Intencional",
        "23 %",
        "No intencional",
        "Tu equipo puede influir",
        "+0,8",
        "Puntuación media",
        "Puntos de contacto por fase",
        "Antes de la compra",
        "Durante la compra",
        "Después de la compra",
        "Puntos de contacto por canal",
        "Boca a boca",
        "Curva de experiencia (media por etapa)",
        "+0,9",
        "+0,3",
        "+0,4",
        "+1,4",
        "Prioridades: los puntos de contacto peor puntuados",
        "Reclamación por el color",
        "Momentos de la verdad con puntuación negativa",
        "Página 2 de 2",
    ):
        assert expected in text, expected
    assert "+0.8" not in text and "What the map says" not in text
    # A narrow tile wraps its caption, so compare without line breaks.
    assert "26 de 26 puntuados" in " ".join(text.split())


def test_summary_in_catalan_follows_the_map() -> None:
    text = page_texts(render_pdf(salon("ca"), ExportOptions(summary=True)))[1]
    for expected in ("El que diu el mapa", "Punts de contacte per fase", "Abans de la compra", "+0,8", "+1,4"):
        assert expected in text, expected


def _bars(items: list[object], fill: str) -> list[Box]:
    return [i for i in items if isinstance(i, Box) and i.fill == fill and i.h == 9]


def test_phase_bars_are_drawn_to_the_hand_counted_scale() -> None:
    page = summary_page(salon(), ExportOptions(), Labels("en"))
    before, during, after = (_bars(page.items, style.accent(p)) for p in Phase)
    assert (len(before), len(during), len(after)) == (1, 1, 1)
    # 7 : 9 : 10 cards, the longest bar being the after-purchase phase.
    assert before[0].w / after[0].w == pytest.approx(7 / 10)
    assert during[0].w / after[0].w == pytest.approx(9 / 10)
    assert before[0].y < during[0].y < after[0].y
    # Each bar's count is printed at its right end, on its row.
    texts = [i for i in page.items if isinstance(i, Text)]
    for bar, count in ((before[0], "7"), (during[0], "9"), (after[0], "10")):
        label = next(t for t in texts if t.text == count and abs(t.y - (bar.y + 7)) < 0.01)
        assert label.x == pytest.approx(bar.x + bar.w + 4)


def test_channel_bars_count_every_channel() -> None:
    page = summary_page(salon(), ExportOptions(), Labels("en"))
    bars = _bars(page.items, style.INTENTIONAL)
    assert len(bars) == 19  # 7 channels with two cards, 12 with one: all fit on A4 landscape
    widest = max(b.w for b in bars)
    assert [round(b.w / widest, 3) for b in bars] == [1.0] * 7 + [0.5] * 12
    assert bars == sorted(bars, key=lambda b: b.y)


def test_channels_that_do_not_fit_are_summed_in_one_line() -> None:
    # With 4 cm margins an A4 landscape sheet has room for fewer rows than the 19 channels.
    page = summary_page(salon(), ExportOptions(margin_mm=40), Labels("en"))
    bars = _bars(page.items, style.INTENTIONAL)
    assert 3 <= len(bars) < 19
    more = [i.text for i in page.items if isinstance(i, Text) and i.text.startswith("+ ")]
    shown = len(bars)
    # Most used first: the first seven channels shown have two cards each, any later one has one.
    hidden_cards = 26 - 2 * min(shown, 7) - max(0, shown - 7)
    assert f"+ {19 - shown} more channels ({hidden_cards} touchpoints)" in more


def test_an_empty_map_prints_a_summary_without_figures() -> None:
    data = render_pdf(template("blank", "en"), ExportOptions(summary=True))
    text = page_texts(data)[1]
    assert "No touchpoint is scored yet." in text
    assert "No touchpoint has a negative score." in text
    assert "No moment of truth has a negative score." in text


def test_the_summary_alone_is_a_one_page_pdf() -> None:
    data = render_pdf(salon(), ExportOptions(include_map=False, summary=True))
    (text,) = page_texts(data)
    assert "What the map says" in text and "Page 1 of 1" in text


def test_user_text_on_the_summary_prints_literally() -> None:
    project = salon()
    hostile = '<b>Queja</b> & "color" 💇'
    cards = [
        tp.model_copy(update={"title": hostile}) if tp.id == "tp-bp-complaint" else tp for tp in project.touchpoints
    ]
    project = project.model_copy(update={"touchpoints": cards})
    text = page_texts(render_pdf(project, ExportOptions(summary=True)))[1]
    assert '<b>Queja</b> & "color"' in text


def rated_salon() -> Project:
    """The salon with impact and effort set by hand on five of its six opportunities.

    complaint high/low and Google Maps reviews high/low (two quick wins in one cell), booking by
    phone high/medium (quick win), waiting area medium/low (quick win), product recommendations
    medium/high; the loyalty card's opportunity stays unrated.
    """
    levels = {
        "tp-bp-complaint": (Level.HIGH, Level.LOW),
        "tp-bp-maps-reviews": (Level.HIGH, Level.LOW),
        "tp-bp-phone-booking": (Level.HIGH, Level.MEDIUM),
        "tp-bp-waiting": (Level.MEDIUM, Level.LOW),
        "tp-bp-products": (Level.MEDIUM, Level.HIGH),
    }
    project = salon()
    cards = [
        tp.model_copy(update={"impact": levels[tp.id][0], "effort": levels[tp.id][1]}) if tp.id in levels else tp
        for tp in project.touchpoints
    ]
    return project.model_copy(update={"touchpoints": cards})


def test_the_matrix_counts_opportunities_by_impact_and_effort() -> None:
    page = summary_page(rated_salon(), ExportOptions(), Labels("en"))
    cells = sorted(
        (i for i in page.items if isinstance(i, Box) and i.fill in (style.BAND_POSITIVE, style.LANE_BG) and i.h == 14),
        key=lambda b: (b.y, b.x),
    )
    assert len(cells) == 9
    texts = [i for i in page.items if isinstance(i, Text)]

    def inside(box: Box) -> str | None:
        found = [t.text for t in texts if box.x < t.x + t.w / 2 < box.x + box.w and box.y < t.y < box.y + box.h]
        return found[0] if found else None

    # Rows: impact high, medium, low; columns: effort low, medium, high (empty cells print nothing).
    assert [inside(c) for c in cells] == ["2", "1", None, "1", None, "1", None, None, None]
    # Quick wins (more impact than effort, at least medium) are the top-left three cells.
    quick = [c.fill == style.BAND_POSITIVE for c in cells]
    assert quick == [True, True, False, True, False, False, False, False, False]


def test_the_matrix_lists_quick_wins_first_in_the_maps_language() -> None:
    text = page_texts(render_pdf(rated_salon(), ExportOptions(include_map=False, summary=True)))[0]
    assert "Impact and effort" in text and "1 without impact or effort yet" in text
    # A4 landscape has room for two of the six under the matrix: the plan's first two, both
    # high impact for low effort, the worse-scored complaint (-2) before the reviews (+1).
    first, second = text.index("One person owns the"), text.index("Reply to every review")
    assert first < second
    assert "Return every missed call" not in text
    assert "+ 4 more" in text
    es = rated_salon().model_copy(update={"language": "es"})
    text = page_texts(render_pdf(es, ExportOptions(include_map=False, summary=True)))[0]
    assert "Impacto y esfuerzo" in text and "1 aún sin impacto o esfuerzo" in text
    assert "Alto" in text and "Bajo" in text


def test_a_map_without_opportunities_says_so_under_the_matrix_heading() -> None:
    text = page_texts(render_pdf(template("blank", "ca"), ExportOptions(include_map=False, summary=True)))[0]
    text = " ".join(text.split())  # the sentence wraps in the narrow column
    assert "Impacte i esforç" in text
    assert "Encara no hi ha cap punt de contacte amb una oportunitat escrita." in text
