"""What a map says (cxmapper.model.insight and `cxmapper stats`), checked against the samples.

Every expected figure below was counted by hand from resources/samples/*.cxmap and the
catalogue (resources/catalog/catalog.json), and written here; none was copied from the code's
output. The counting notes next to each figure say how.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cxmapper.model import storage
from cxmapper.model.insight import Insight, analyse, catalogue_hints, to_json
from cxmapper.model.project import Project, Touchpoint, new_project
from cxmapper.model.vocab import Channel, Control, Phase

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
SCHEMA = ROOT / "resources" / "schema" / "stats.schema.json"


def load(name: str) -> Project:
    return storage.load(SAMPLES / f"{name}.cxmap")


@pytest.fixture(scope="module")
def salon() -> tuple[Project, Insight]:
    p = load("beauty-salon")
    return p, analyse(p, catalogue_hints("en"))


@pytest.fixture(scope="module")
def shop() -> tuple[Project, Insight]:
    p = load("clothing-shop")
    return p, analyse(p, catalogue_hints("en"))


def counts(groups: Any) -> dict[str, int]:
    return {g.key: g.count for g in groups}


# -- beauty salon: 26 cards in one lane, 5 stages ------------------------------------------------


def test_salon_counts_per_phase_stage_lane(salon: tuple[Project, Insight]) -> None:
    _, ins = salon
    assert ins.total == 26
    # Discover (before) 7; Book 3 + At the salon 6 (during); After the visit 5 + Come back 5 (after).
    assert counts(ins.by_phase) == {"before": 7, "during": 9, "after": 10}
    assert [(s.stage_id, s.count) for s in ins.by_stage] == [
        ("stage-discover", 7),
        ("stage-book", 3),
        ("stage-visit", 6),
        ("stage-aftercare", 5),
        ("stage-return", 5),
    ]
    assert counts(ins.by_lane) == {"lane-client": 26}
    assert ins.by_phase[0].ids[:2] == ("tp-bp-instagram", "tp-bp-maps-reviews")


def test_salon_channels_most_used_first(salon: tuple[Project, Insight]) -> None:
    _, ins = salon
    # Seven channels have two cards each, in the file format's channel order; twelve have one.
    assert [(g.key, g.count) for g in ins.by_channel] == [
        ("word_of_mouth", 2),
        ("social_media", 2),
        ("reviews", 2),
        ("physical_store", 2),
        ("field_staff", 2),
        ("phone", 2),
        ("chat", 2),
        ("search", 1),
        ("website", 1),
        ("press", 1),
        ("content", 1),
        ("events", 1),
        ("sales_team", 1),
        ("payment", 1),
        ("invoice", 1),
        ("support", 1),
        ("survey", 1),
        ("loyalty", 1),
        ("other", 1),
    ]
    assert dict(zip([g.key for g in ins.by_channel], [g.ids for g in ins.by_channel], strict=True))["phone"] == (
        "tp-bp-phone-booking",
        "tp-bp-confirmation",
    )


def test_salon_shares(salon: tuple[Project, Insight]) -> None:
    _, ins = salon
    unintended = ("tp-bp-maps-reviews", "tp-bp-friend", "tp-bp-tagged-stories", "tp-bp-local-news")
    unintended += ("tp-bp-client-review", "tp-bp-client-recommends")
    assert ins.unintentional.ids == unintended
    assert (ins.intentional.count, ins.unintentional.count) == (20, 6)
    assert ins.unintentional.fraction == pytest.approx(6 / 26)
    # The same six are the ones the team cannot influence.
    assert ins.influence.count == 20
    assert not set(ins.influence.ids) & set(unintended)
    assert ins.influence.fraction == pytest.approx(20 / 26)


def test_salon_curve_data(salon: tuple[Project, Insight]) -> None:
    _, ins = salon
    # Discover 2+1+2+1+1+0-1 = 6 over 7; Book 1-1+1 = 1 over 3; Salon 1-1+2+2+0+1 = 5 over 6;
    # After 0+2+1-2+1 = 2 over 5; Come back 1+2+0+2+2 = 7 over 5. All 26 cards are scored.
    assert [s.average for s in ins.by_stage] == pytest.approx([6 / 7, 1 / 3, 5 / 6, 2 / 5, 7 / 5])
    assert [s.scored for s in ins.by_stage] == [7, 3, 6, 5, 5]
    assert ins.scored == 26
    assert ins.average == pytest.approx(21 / 26)


def test_salon_priorities(salon: tuple[Project, Insight]) -> None:
    _, ins = salon
    # -2: the complaint (a moment of truth); -1: website, phone booking, waiting area, map order.
    assert ins.lowest == ("tp-bp-complaint", "tp-bp-website", "tp-bp-phone-booking", "tp-bp-waiting")
    assert ins.negative_moments == ("tp-bp-complaint",)


def test_salon_empty_places_and_loose_ends(salon: tuple[Project, Insight]) -> None:
    _, ins = salon
    assert ins.empty_stages == () and ins.empty_lanes == () and ins.empty_phases == ()
    # Eight cards name pain points; search and website have no opportunity; only the
    # complaint has an owner (the salon manager).
    assert ins.pain_without_opportunity == ("tp-bp-search", "tp-bp-website")
    assert ins.pain_without_owner == (
        "tp-bp-maps-reviews",
        "tp-bp-search",
        "tp-bp-website",
        "tp-bp-phone-booking",
        "tp-bp-waiting",
        "tp-bp-products",
        "tp-bp-loyalty-card",
    )


def test_salon_gaps_against_the_catalogue(salon: tuple[Project, Insight]) -> None:
    _, ins = salon
    # Before: the map covers social media, reviews, word of mouth, press, search, website; the
    # catalogue also has advertising, content, events and the shop window (physical store).
    # During: chat, phone, store, field staff, sales team, payment on the map; missing website,
    # app, e-mail, delivery, packaging, returns, support. After: invoice, content, other,
    # support, reviews, loyalty, chat, survey, events, word of mouth; missing social media,
    # field staff, app, e-mail and returns.
    c = Channel
    assert [(g.phase, g.channel) for g in ins.channel_gaps] == [
        (Phase.BEFORE, c.ADVERTISING),
        (Phase.BEFORE, c.CONTENT),
        (Phase.BEFORE, c.EVENTS),
        (Phase.BEFORE, c.PHYSICAL_STORE),
        (Phase.DURING, c.WEBSITE),
        (Phase.DURING, c.MOBILE_APP),
        (Phase.DURING, c.EMAIL),
        (Phase.DURING, c.DELIVERY),
        (Phase.DURING, c.PACKAGING),
        (Phase.DURING, c.RETURNS),
        (Phase.DURING, c.SUPPORT),
        (Phase.AFTER, c.SOCIAL_MEDIA),
        (Phase.AFTER, c.FIELD_STAFF),
        (Phase.AFTER, c.MOBILE_APP),
        (Phase.AFTER, c.EMAIL),
        (Phase.AFTER, c.RETURNS),
    ]
    # "No follow-up after the purchase": the catalogue's two e-mails after the purchase.
    follow_up = ins.channel_gaps[14]
    assert [s.id for s in follow_up.suggestions] == ["follow-up-email", "newsletter"]
    assert [s.title for s in follow_up.suggestions] == ["Follow-up e-mail", "Newsletter"]


# -- clothing shop: 19 cards, two lanes, some unscored -------------------------------------------


def test_shop_counts_and_shares(shop: tuple[Project, Insight]) -> None:
    _, ins = shop
    assert ins.total == 19
    assert counts(ins.by_phase) == {"before": 5, "during": 9, "after": 5}
    assert [s.count for s in ins.by_stage] == [5, 5, 4, 3, 2]
    assert counts(ins.by_lane) == {"lane-customer": 15, "lane-backstage": 4}
    assert ins.by_lane[1].ids == ("tp-cs-bs-targeting", "tp-cs-bs-stock", "tp-cs-bs-packing", "tp-cs-bs-crm")
    assert [(g.key, g.count) for g in ins.by_channel] == [
        ("website", 3),
        ("advertising", 2),
        ("email", 2),
        ("packaging", 2),
        ("search", 1),
        ("reviews", 1),
        ("content", 1),
        ("chat", 1),
        ("payment", 1),
        ("delivery", 1),
        ("support", 1),
        ("survey", 1),
        ("loyalty", 1),
        ("other", 1),
    ]
    assert ins.unintentional.ids == ("tp-cs-bad-review",)
    assert ins.intentional.count == 18 and ins.influence.count == 18


def test_shop_curve_skips_unscored_backstage_cards(shop: tuple[Project, Insight]) -> None:
    _, ins = shop
    # The four backstage cards have no score. Discover 1+1+0-1 over 4; Buy 1-1+2+1 over 4;
    # Receive 1-2+1 over 3; Service -1+0 over 2; Come back 2+1 over 2.
    assert [s.scored for s in ins.by_stage] == [4, 4, 3, 2, 2]
    assert [s.average for s in ins.by_stage] == pytest.approx([0.25, 0.75, 0.0, -0.5, 1.5])
    assert ins.scored == 15 and ins.average == pytest.approx(6 / 15)


def test_shop_priorities_put_moments_of_truth_first_among_equals(shop: tuple[Project, Insight]) -> None:
    _, ins = shop
    # Delivery -2; then three at -1, where customer service is a moment of truth.
    assert ins.lowest == ("tp-cs-delivery", "tp-cs-customer-service", "tp-cs-bad-review", "tp-cs-size-guide")
    assert ins.negative_moments == ("tp-cs-customer-service",)


def test_shop_loose_ends_and_gaps(shop: tuple[Project, Insight]) -> None:
    _, ins = shop
    assert ins.pain_without_opportunity == ("tp-cs-seo", "tp-cs-bs-packing")
    assert ins.pain_without_owner == ("tp-cs-website", "tp-cs-size-guide", "tp-cs-survey")
    assert ins.empty_stages == () and ins.empty_lanes == ()
    gaps = {(g.phase.value, g.channel.value) for g in ins.channel_gaps}
    # 6 before + 7 during + 8 after, counted against the catalogue.
    assert len(gaps) == 21
    # "Nobody watches the reviews": no review after the purchase; e-mail follow-up exists.
    assert ("after", "reviews") in gaps and ("after", "email") not in gaps
    assert ("before", "word_of_mouth") in gaps and ("during", "phone") in gaps


def test_empty_places_and_an_empty_map() -> None:
    p = new_project("en")
    p.touchpoints.append(Touchpoint(id="t1", title="Only card", stage_id="stage-during", lane_id="lane-main"))
    ins = analyse(p)
    assert ins.empty_stages == ("stage-before", "stage-after")
    assert ins.empty_phases == (Phase.BEFORE, Phase.AFTER)
    assert ins.channel_gaps == ()  # no catalogue given
    assert ins.lowest == () and ins.average is None
    empty = analyse(new_project("en"))
    assert empty.total == 0 and empty.influence.fraction == 0.0
    assert empty.empty_lanes == ("lane-main",)
    p.touchpoints[0] = p.touchpoints[0].model_copy(update={"control": Control.UNINTENTIONAL, "influence": False})
    assert analyse(p).unintentional.fraction == 1.0


# -- the JSON shape ---------------------------------------------------------------------------------


def check(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> None:
    """A small JSON Schema checker for the keywords stats.schema.json uses (no extra dependency)."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        check(value, root["$defs"][name], root, where)
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], where
    kinds = schema.get("type")
    if kinds is not None:
        py = {
            "object": dict,
            "array": list,
            "string": str,
            "integer": int,
            "number": (int, float),
            "boolean": bool,
            "null": type(None),
        }
        allowed = [kinds] if isinstance(kinds, str) else kinds
        ok = any(
            isinstance(value, py[k]) and not (k in ("integer", "number") and isinstance(value, bool)) for k in allowed
        )
        assert ok, f"{where}: {value!r} is not {kinds}"
    if isinstance(value, dict) and "properties" in schema:
        for key in schema.get("required", []):
            assert key in value, f"{where}: missing {key}"
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(schema["properties"])
            assert not extra, f"{where}: unexpected {extra}"
        for key, sub in schema["properties"].items():
            if key in value:
                check(value[key], sub, root, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check(item, schema["items"], root, f"{where}[{i}]")


def test_the_checker_rejects_what_it_should() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    p = load("beauty-salon")
    good = to_json(analyse(p, catalogue_hints("en")), p)
    check(good, schema, schema)
    for broken in ({**good, "extra": 1}, {k: v for k, v in good.items() if k != "gaps"}, {**good, "touchpoints": "26"}):
        with pytest.raises(AssertionError):
            check(broken, schema, schema)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxmapper", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_stats_json_validates_and_carries_the_hand_counted_figures() -> None:
    out = run_cli("stats", str(SAMPLES / "clothing-shop.cxmap"), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    check(data, schema, schema)
    assert data["touchpoints"] == 19 and data["scored"] == 15 and data["average_score"] == 0.4
    assert [s["average_score"] for s in data["by_stage"]] == [0.25, 0.75, 0.0, -0.5, 1.5]
    assert data["unintentional"] == {"count": 1, "share": round(1 / 19, 4), "ids": ["tp-cs-bad-review"]}
    assert data["influence"]["count"] == 18
    assert [c["id"] for c in data["priorities"]["lowest_scored"]][:2] == ["tp-cs-delivery", "tp-cs-customer-service"]
    assert data["priorities"]["negative_moments_of_truth"] == [
        {
            "id": "tp-cs-customer-service",
            "title": "Customer service: returns",
            "stage_id": "stage-service",
            "score": -1,
            "moment_of_truth": True,
        }
    ]
    assert data["gaps"]["phases"] == [] and len(data["gaps"]["channels"]) == 21
    assert data["pain_without_opportunity"] == ["tp-cs-seo", "tp-cs-bs-packing"]


def test_stats_text_speaks_plainly() -> None:
    out = run_cli("stats", str(SAMPLES / "beauty-salon.cxmap"))
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("BellezaPlatzi beauty salon: 26 touchpoints, 26 scored, average score +0.81")
    assert "By phase: before the purchase 7, during the purchase 9, after the purchase 10" in text
    assert "Intentional: 20 (77 %); unintentional: 6 (23 %)" in text
    assert "Your team can influence: 20 (77 %)" in text
    assert "  -2  Complaint about the colour (After the visit, moment of truth)" in text
    assert "after the purchase, nothing through email (for example: Follow-up e-mail, Newsletter)" in text
    assert "Pain points with no opportunity yet: Search for a salon nearby; Website with services and prices" in text


def test_stats_refuses_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cxmap"
    bad.write_text("{", encoding="utf-8")
    out = run_cli("stats", str(bad), "--json")
    assert out.returncode == 1 and out.stdout == "" and "bad.cxmap" in out.stderr
    assert run_cli("stats").returncode == 2
