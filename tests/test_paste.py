"""Spreadsheet paste and the card clipboard format (pure; no QApplication)."""

from __future__ import annotations

import pytest

from cxmapper.model.paste import (
    cards_from_json,
    cards_to_json,
    channel_from_text,
    control_from_text,
    header_columns,
    parse_tags,
    parse_tsv,
    phase_from_text,
    score_from_text,
    touchpoints_from_tsv,
    touchpoints_to_tsv,
)
from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint, new_project
from cxmapper.model.vocab import Channel, Control, Phase


@pytest.fixture
def project() -> Project:
    p = new_project("en")
    p.stages.insert(1, Stage(id="stage-visit", name="Store visit", phase=Phase.DURING))
    return p


# -- parse_tsv ---------------------------------------------------------------------------------


def test_plain_rows_and_trailing_newline() -> None:
    assert parse_tsv("a\tb\nc\td\n") == [["a", "b"], ["c", "d"]]


def test_crlf_and_lone_cr() -> None:
    assert parse_tsv("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_tsv("a\rb") == [["a"], ["b"]]


def test_quoted_cells_keep_newlines_tabs_and_quotes() -> None:
    text = 'Title\t"two\r\nlines"\t"say ""hi""\tthere"\r\nNext\tx\r\n'
    assert parse_tsv(text) == [["Title", "two\nlines", 'say "hi"\tthere'], ["Next", "x"]]


def test_quote_inside_unquoted_cell_is_literal() -> None:
    assert parse_tsv('5" screen\tok') == [['5" screen', "ok"]]


def test_empty_rows_are_dropped_but_empty_cells_kept() -> None:
    assert parse_tsv("a\t\tc\n\t\n\nd") == [["a", "", "c"], ["d"]]


def test_empty_text() -> None:
    assert parse_tsv("") == []
    assert parse_tsv("\r\n") == []


# -- headers and vocabulary --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["Title", "Stage", "Channel"], ["title", "stage", "channel"]),
        (["Título", "Fase", "Canal", "Descripción"], ["title", "stage", "channel", "description"]),
        (["Títol", "Etapa", "Canal", "Descripció", "Puntuació"], ["title", "stage", "channel", "description", "score"]),
        (["Canal", "TÍTULO"], ["channel", "title"]),
    ],
)
def test_header_detection_in_three_languages(row: list[str], expected: list[str]) -> None:
    assert header_columns(row) == expected


def test_a_data_row_is_not_a_header() -> None:
    assert header_columns(["Online ads", "Before", "advertising"]) is None
    # One header-like word alone could be a real card title.
    assert header_columns(["Channel", "Before"]) is None


@pytest.mark.parametrize(
    ("word", "phase"),
    [
        ("Before", Phase.BEFORE),
        ("antes de la compra", Phase.BEFORE),
        ("Abans", Phase.BEFORE),
        ("Pre-purchase", Phase.BEFORE),
        ("DURANTE", Phase.DURING),
        ("durant la compra", Phase.DURING),
        ("después", Phase.AFTER),
        ("despues de la compra", Phase.AFTER),
        ("Després de la compra", Phase.AFTER),
        ("post-purchase", Phase.AFTER),
        ("someday", None),
    ],
)
def test_phase_words(word: str, phase: Phase | None) -> None:
    assert phase_from_text(word) == phase


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("physical_store", Channel.PHYSICAL_STORE),
        ("Physical store", Channel.PHYSICAL_STORE),
        ("Redes sociales", Channel.SOCIAL_MEDIA),
        ("Xarxes socials", Channel.SOCIAL_MEDIA),
        ("correo electrónico", Channel.EMAIL),
        ("boca a boca", Channel.WORD_OF_MOUTH),
        ("telepathy", None),
        ("", None),
    ],
)
def test_channel_values_and_labels(text: str, channel: Channel | None) -> None:
    assert channel_from_text(text) == channel


def test_control_words() -> None:
    assert control_from_text("No intencional") == Control.UNINTENTIONAL
    assert control_from_text("intencionat") == Control.INTENTIONAL
    assert control_from_text("maybe") is None


@pytest.mark.parametrize(
    ("text", "score"),
    [
        *[("2", 2), ("+1", 1), ("-2", -2), ("\u22121", -1), ("1.0", 1), ("0", 0), ("+2 great", 2)],
        *[("", None), ("3", None), ("1.5", None), ("good", None)],
    ],
)
def test_scores(text: str, score: int | None) -> None:
    assert score_from_text(text) == score


# -- rows to cards -----------------------------------------------------------------------------


def test_rows_without_header_use_default_columns(project: Project) -> None:
    text = "Online ads\tBefore\tadvertising\tBanners\tintentional\t+1\r\nFitting room\tStore visit\tphysical_store\r\n"
    cards = touchpoints_from_tsv(text, project)
    assert [c.title for c in cards] == ["Online ads", "Fitting room"]
    ads, fitting = cards
    assert (ads.stage_id, ads.channel, ads.description, ads.control, ads.score) == (
        "stage-before",
        Channel.ADVERTISING,
        "Banners",
        Control.INTENTIONAL,
        1,
    )
    assert fitting.stage_id == "stage-visit"  # a stage name wins over the phase
    assert fitting.score is None
    assert all(c.lane_id == "lane-main" for c in cards)


def test_header_in_spanish_reorders_columns(project: Project) -> None:
    text = "Canal\tTítulo\tFase\tPuntuación\nredes sociales\tPublicación en Instagram\tantes\t-1\n"
    (card,) = touchpoints_from_tsv(text, project)
    assert card.title == "Publicación en Instagram"
    assert card.channel == Channel.SOCIAL_MEDIA
    assert card.stage_id == "stage-before"
    assert card.score == -1


def test_catalan_phase_goes_to_first_stage_of_that_phase(project: Project) -> None:
    text = "Títol\tFase\nEnquesta\tdesprés de la compra\nCaixa\tdurant\n"
    survey, till = touchpoints_from_tsv(text, project)
    assert survey.stage_id == "stage-after"
    assert till.stage_id == "stage-visit"  # the first DURING stage in map order


def test_unknown_stage_goes_to_default(project: Project) -> None:
    cards = touchpoints_from_tsv("A\tnowhere\nB\n", project)
    assert {c.stage_id for c in cards} == {"stage-before"}
    cards = touchpoints_from_tsv("A\tnowhere\n", project, default_stage_id="stage-after")
    assert cards[0].stage_id == "stage-after"


def test_orders_continue_after_existing_cards(project: Project) -> None:
    project.touchpoints.append(Touchpoint(id="tp-1", title="x", stage_id="stage-before", lane_id="lane-main"))
    cards = touchpoints_from_tsv("A\nB\n", project)
    assert [c.order for c in cards] == [1, 2]
    assert len(project.touchpoints) == 1  # the project itself is untouched


def test_rows_without_title_are_skipped_and_long_titles_cut(project: Project) -> None:
    cards = touchpoints_from_tsv("\tBefore\n" + "x" * 500 + "\n", project)
    assert len(cards) == 1
    assert len(cards[0].title) == 200


def test_multiline_quoted_description(project: Project) -> None:
    (card,) = touchpoints_from_tsv('Call\tduring\tphone\t"first line\r\nsecond line"\r\n', project)
    assert card.description == "first line\nsecond line"


def test_tsv_round_trip(project: Project) -> None:
    cards = touchpoints_from_tsv(
        'Ad\tBefore\tadvertising\t"multi\nline"\tunintentional\t-2\nVisit\tStore visit\n', project
    )
    again = touchpoints_from_tsv(touchpoints_to_tsv(cards, project), project)
    fields = ("title", "stage_id", "channel", "description", "control", "score")
    assert [[getattr(c, f) for f in fields] for c in again] == [[getattr(c, f) for f in fields] for c in cards]


# -- own JSON format ---------------------------------------------------------------------------


def test_json_round_trip_gives_new_ids_and_keeps_fields(project: Project) -> None:
    project.personas.append(Persona(id="p-ana", name="Ana"))
    tp = Touchpoint(
        id="tp-a",
        title="Checkout",
        stage_id="stage-during",
        lane_id="lane-main",
        score=-1,
        tags=["web"],
        personas=["p-ana"],
        notes="slow",
    )
    project.touchpoints.append(tp)
    (copy,) = cards_from_json(cards_to_json([tp]), project)
    assert copy.id != tp.id
    assert copy.order == 1
    assert copy.model_dump(exclude={"id", "order"}) == tp.model_dump(exclude={"id", "order"})


def test_json_from_another_map_falls_back_to_first_stage_and_lane(project: Project) -> None:
    tp = Touchpoint(id="tp-a", title="X", stage_id="elsewhere", lane_id="nolane", personas=["ghost"])
    project.lanes.append(Lane(id="lane-2", name="Staff"))
    (copy,) = cards_from_json(cards_to_json([tp]), project)
    assert (copy.stage_id, copy.lane_id, copy.personas) == ("stage-before", "lane-main", [])


@pytest.mark.parametrize("text", ["", "not json", "[]", '{"format": "other"}', '{"format": "cxmapper-cards"}'])
def test_json_garbage_gives_nothing(project: Project, text: str) -> None:
    assert cards_from_json(text, project) == []


def test_parse_tags() -> None:
    assert parse_tags(" web,  shop , ,web,new  arrivals") == ["web", "shop", "new arrivals"]
