"""Issue 11 ("a first map in two minutes"), the pure part: catalogue search, catalogue links, control.

No QApplication: the catalogue search, the card's link to its catalogue entry (file, clipboard,
exports) and the control that follows a card's channel are model code.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxmapper.export.options import ExportOptions
from cxmapper.export.pdf import render_pdf
from cxmapper.export.tabular import render_csv, render_markdown
from cxmapper.model import library, storage
from cxmapper.model.library import catalog, catalog_entry, channel_change, fold, matches, suggested_description
from cxmapper.model.paste import cards_from_json, cards_to_json
from cxmapper.model.project import Project, Touchpoint, new_project
from cxmapper.model.vocab import Channel, Control, Ownership

FIXTURES = Path(__file__).parent / "fixtures"


def found(query: str, lang: str) -> list[str]:
    """Entry ids a search finds with the map and the interface in ``lang``."""
    return [e.id for e in catalog() if matches(query, e.search_text((lang,)))]


# -- friction 4: the catalogue's search finds everyday words ---------------------------------------


def test_fold_drops_case_and_accents() -> None:
    assert fold("Vídeo Ràdio FACTURACIÓ") == "video radio facturacio"
    assert fold("Ça, l·l, ñ") == "ca, l·l, n"


@pytest.mark.parametrize(("lang", "title"), [("en", "Live chat"), ("es", "Chat en directo"), ("ca", "Xat en directe")])
def test_whatsapp_finds_chat_and_messaging_in_every_language(lang: str, title: str) -> None:
    hits = found("whatsapp", lang)
    # The live chat (channel "Chat and messaging") and booking by phone or messaging app.
    assert hits == ["live-chat", "appointment-booking"]
    live_chat = catalog_entry("live-chat")
    assert live_chat is not None
    assert (live_chat.title(lang), live_chat.channel) == (title, Channel.CHAT)
    assert found("WhatsApp", lang) == hits  # case does not matter


@pytest.mark.parametrize("lang", library.LANGUAGES)
def test_maps_and_photo_find_something_sensible(lang: str) -> None:
    # Google Maps is where people search for a shop and read and write its reviews.
    assert found("maps", lang) == ["organic-search", "reviews-ratings", "customer-writes-review"]
    photo = ["brand-social-profile", "videos-infographics", "shop-window", "customer-writes-review"]
    assert found("photo", lang) == photo
    assert found("photos", lang) == photo  # a plural finds the singular keyword
    assert found("fotos", lang) == photo


def test_search_is_accent_insensitive_both_ways() -> None:
    assert found("telefono", "es") == found("TELÉFONO", "es") == ["call-centre", "appointment-booking"]
    assert found("resenas", "es") == found("reseñas", "es") == ["reviews-ratings", "customer-writes-review"]
    # Titles and descriptions in the map's language: "Vídeos e infografías" typed without accents.
    assert "videos-infographics" in found("infografias", "es")


def test_search_words_all_count_and_empty_query_matches_everything() -> None:
    assert len(found("", "en")) == len(catalog())
    assert found("google maps", "en") == ["organic-search", "reviews-ratings", "customer-writes-review"]
    assert found("whatsapp invoice", "en") == []
    assert found("croissant", "en") == []


def test_every_entry_has_keywords_in_every_language() -> None:
    for entry in catalog():
        for lang in library.LANGUAGES:
            words = entry.keywords.get(lang, ())
            assert len(words) >= 3, (entry.id, lang)
            assert all(w.strip() == w and w for w in words), (entry.id, lang)


# -- friction 5: a catalogue description is a suggestion, never the user's text ---------------------


def test_a_card_from_the_catalogue_links_to_it_instead_of_copying_its_text() -> None:
    entry = catalog_entry("online-ads")
    assert entry is not None
    tp = entry.touchpoint("tp-1", "es", "stage-before", "lane-main", 0)
    assert (tp.title, tp.description, tp.catalogue_id) == ("Anuncios en línea", "", "online-ads")
    assert (tp.channel, tp.control, tp.ownership) == (Channel.ADVERTISING, Control.INTENTIONAL, Ownership.BRAND)
    hint = "Banners y publicaciones patrocinadas que dan a conocer la marca a quien aún no la conoce."
    assert suggested_description(tp, "es") == hint
    assert suggested_description(tp.model_copy(update={"catalogue_id": None}), "es") == ""
    assert suggested_description(tp.model_copy(update={"catalogue_id": "gone-from-catalogue"}), "es") == ""


def _linked_project() -> tuple[Project, Touchpoint]:
    project = new_project("en")
    entry = catalog_entry("online-ads")
    assert entry is not None
    tp = entry.touchpoint("tp-ads", "en", "stage-before", "lane-main", 0)
    project.touchpoints.append(tp)
    return project, tp


def test_catalogue_link_survives_file_and_clipboard() -> None:
    project, tp = _linked_project()
    reloaded = storage.loads(storage.dumps(project), "map.cxmap")
    assert reloaded.touchpoint("tp-ads").catalogue_id == "online-ads"
    pasted = cards_from_json(cards_to_json([tp]), reloaded)
    assert [(p.catalogue_id, p.description) for p in pasted] == [("online-ads", "")]
    assert pasted[0].id != tp.id
    # A version-1 file knows nothing of links: its cards load unlinked, their texts untouched.
    old = storage.loads((FIXTURES / "v1-beauty-salon.cxmap").read_bytes(), "v1.cxmap")
    assert old.touchpoints and all(t.catalogue_id is None for t in old.touchpoints)


def test_exports_never_print_the_catalogue_text_as_the_users() -> None:
    project, _ = _linked_project()
    generic = "Banners and sponsored posts"
    data = render_pdf(project, ExportOptions(table=True, cards=True))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())
    assert "Online ads" in text
    assert generic not in text
    assert "Online ads" in render_csv(project).decode("utf-8-sig")
    assert generic not in render_csv(project).decode("utf-8-sig")
    assert generic not in render_markdown(project)


@pytest.mark.parametrize("name", ["clothing-shop", "beauty-salon"])
@pytest.mark.parametrize("lang", library.LANGUAGES)
def test_no_sample_passes_a_catalogue_description_off_as_its_own(name: str, lang: str) -> None:
    generic = {e.description(lang) for e in catalog()}
    project = library.template(name, lang)
    assert project.touchpoints
    assert not [tp.title for tp in project.touchpoints if tp.description in generic]


# -- friction 3: a card's control follows its channel until the user sets it ---------------------------


def _card(channel: Channel, control: Control, ownership: Ownership) -> Touchpoint:
    return Touchpoint(
        id="tp", title="x", stage_id="s", lane_id="l", channel=channel, control=control, ownership=ownership
    )


def test_control_follows_the_channel_while_nobody_chose_it() -> None:
    new_card = _card(Channel.OTHER, Control.INTENTIONAL, Ownership.BRAND)
    assert channel_change(new_card, Channel.REVIEWS) == {
        "channel": Channel.REVIEWS,
        "control": Control.UNINTENTIONAL,
        "ownership": Ownership.SOCIAL,
    }
    word_of_mouth = _card(Channel.WORD_OF_MOUTH, Control.UNINTENTIONAL, Ownership.SOCIAL)
    assert channel_change(word_of_mouth, Channel.PHYSICAL_STORE) == {
        "channel": Channel.PHYSICAL_STORE,
        "control": Control.INTENTIONAL,
        "ownership": Ownership.BRAND,
    }
    assert channel_change(new_card, Channel.EMAIL) == {"channel": Channel.EMAIL}


def test_a_control_the_user_set_stays() -> None:
    # Unintentional on a website card is not the website's usual value: the user chose it.
    chosen = _card(Channel.WEBSITE, Control.UNINTENTIONAL, Ownership.BRAND)
    assert channel_change(chosen, Channel.PRESS) == {"channel": Channel.PRESS, "ownership": Ownership.SOCIAL}
    reviews_we_cause = _card(Channel.REVIEWS, Control.INTENTIONAL, Ownership.SOCIAL)
    assert channel_change(reviews_we_cause, Channel.EMAIL) == {"channel": Channel.EMAIL, "ownership": Ownership.BRAND}
    courier = _card(Channel.PAYMENT, Control.INTENTIONAL, Ownership.PARTNER)
    assert channel_change(courier, Channel.DELIVERY) == {"channel": Channel.DELIVERY}
