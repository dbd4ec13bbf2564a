"""The card filter (cxmapper.model.filters) and views saved in the map.

Expected sets were counted by hand from resources/samples/beauty-salon.cxmap and
clothing-shop.cxmap; none was produced by running the code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from cxmapper.model import storage
from cxmapper.model.filters import PRESETS, filtered_project, find_view, is_active, matching_ids
from cxmapper.model.project import CardFilter, Project, Touchpoint, View, new_project
from cxmapper.model.vocab import Channel, Control, Phase

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"

SALON_UNINTENTIONAL = {
    "tp-bp-maps-reviews",
    "tp-bp-friend",
    "tp-bp-tagged-stories",
    "tp-bp-local-news",
    "tp-bp-client-review",
    "tp-bp-client-recommends",
}
SALON_CARMEN = {
    "tp-bp-friend",
    "tp-bp-local-news",
    "tp-bp-phone-booking",
    "tp-bp-confirmation",
    "tp-bp-reception",
    "tp-bp-consultation",
    "tp-bp-treatment",
    "tp-bp-payment",
    "tp-bp-invoice",
    "tp-bp-at-home",
    "tp-bp-loyalty-card",
    "tp-bp-next-reminder",
    "tp-bp-survey",
    "tp-bp-workshop",
    "tp-bp-client-recommends",
}


@pytest.fixture(scope="module")
def salon() -> Project:
    return storage.load(SAMPLES / "beauty-salon.cxmap")


@pytest.fixture(scope="module")
def shop() -> Project:
    return storage.load(SAMPLES / "clothing-shop.cxmap")


def test_the_exercise_views_on_the_salon(salon: Project) -> None:
    every = {tp.id for tp in salon.touchpoints}
    assert len(every) == 26
    assert matching_ids(PRESETS["all"], salon) == every
    assert matching_ids(PRESETS["unintentional"], salon) == SALON_UNINTENTIONAL
    # In the salon, exactly the unintentional cards are the ones the team cannot influence.
    assert matching_ids(PRESETS["influence"], salon) == every - SALON_UNINTENTIONAL
    assert not is_active(PRESETS["all"]) and is_active(PRESETS["influence"])


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (CardFilter(channels=[Channel.PHONE]), {"tp-bp-phone-booking", "tp-bp-confirmation"}),
        (
            CardFilter(channels=[Channel.PHONE, Channel.PRESS]),
            {"tp-bp-phone-booking", "tp-bp-confirmation", "tp-bp-local-news"},
        ),
        (CardFilter(stages=["stage-book"]), {"tp-bp-whatsapp-booking", "tp-bp-phone-booking", "tp-bp-confirmation"}),
        (CardFilter(phases=[Phase.DURING], score_max=-1), {"tp-bp-phone-booking", "tp-bp-waiting"}),
        (CardFilter(moment_of_truth=True), {"tp-bp-consultation", "tp-bp-treatment", "tp-bp-complaint"}),
        (CardFilter(owners=["  salon MANAGER "]), {"tp-bp-complaint"}),
        (CardFilter(pain_points=True, no_opportunity=True), {"tp-bp-search", "tp-bp-website"}),
        (CardFilter(influence=False), SALON_UNINTENTIONAL),
        (CardFilter(personas=["persona-carmen"]), SALON_CARMEN),
        (
            CardFilter(control=Control.INTENTIONAL, phases=[Phase.AFTER]),
            {
                "tp-bp-invoice",
                "tp-bp-aftercare-tips",
                "tp-bp-at-home",
                "tp-bp-complaint",
                "tp-bp-loyalty-card",
                "tp-bp-next-reminder",
                "tp-bp-survey",
                "tp-bp-workshop",
            },
        ),
        (CardFilter(score_min=2, phases=[Phase.BEFORE]), {"tp-bp-instagram", "tp-bp-friend"}),
        (CardFilter(stages=["stage-gone"]), set()),
    ],
)
def test_each_criterion_on_the_salon(salon: Project, flt: CardFilter, expected: set[str]) -> None:
    assert matching_ids(flt, salon) == expected


def test_score_range_and_unscored_combine_as_either(shop: Project) -> None:
    backstage = {"tp-cs-bs-targeting", "tp-cs-bs-stock", "tp-cs-bs-packing", "tp-cs-bs-crm"}
    negative = {"tp-cs-bad-review", "tp-cs-size-guide", "tp-cs-delivery", "tp-cs-customer-service"}
    assert matching_ids(CardFilter(unscored=True), shop) == backstage
    assert matching_ids(CardFilter(score_min=-2, score_max=-1), shop) == negative
    assert matching_ids(CardFilter(score_min=-2, score_max=-1, unscored=True), shop) == negative | backstage
    assert matching_ids(CardFilter(lanes=["lane-backstage"]), shop) == backstage


def test_tags_match_without_regard_to_case() -> None:
    p = new_project("en")
    p.touchpoints += [
        Touchpoint(id="a", title="A", stage_id="stage-before", lane_id="lane-main", tags=["Workshop", "ñandú"]),
        Touchpoint(id="b", title="B", stage_id="stage-before", lane_id="lane-main", order=1, tags=["later"]),
        Touchpoint(id="c", title="C", stage_id="stage-after", lane_id="lane-main"),
    ]
    assert matching_ids(CardFilter(tags=["workshop"]), p) == {"a"}
    assert matching_ids(CardFilter(tags=["ÑANDÚ", "later"]), p) == {"a", "b"}


def test_filtered_project_keeps_the_shape_and_renumbers_cells(salon: Project) -> None:
    only = filtered_project(salon, CardFilter(channels=[Channel.PHONE, Channel.CHAT]))
    assert [s.id for s in only.stages] == [s.id for s in salon.stages]
    # Book holds WhatsApp (0), phone (1), confirmation (2); Come back holds the reminder (1).
    book = only.cell("stage-book", "lane-client")
    assert [(tp.id, tp.order) for tp in book] == [
        ("tp-bp-whatsapp-booking", 0),
        ("tp-bp-phone-booking", 1),
        ("tp-bp-confirmation", 2),
    ]
    assert [(tp.id, tp.order) for tp in only.cell("stage-return", "lane-client")] == [("tp-bp-next-reminder", 0)]
    assert len(salon.touchpoints) == 26  # the original is untouched


def test_views_are_saved_in_the_map_and_found_by_name(tmp_path: Path, salon: Project) -> None:
    workshop = View(name="Workshop view ✂", filter=CardFilter(personas=["persona-marta"], score_max=0))
    p = salon.model_copy(update={"views": [workshop]})
    path = tmp_path / "salon.cxmap"
    storage.save(p, path, backup=False)
    back = storage.load(path)
    assert back.views == [workshop]
    assert find_view(back, " workshop VIEW ✂") == workshop
    assert find_view(back, "nope") is None
    with pytest.raises(ValidationError):
        View(name="")
    with pytest.raises(ValidationError):
        CardFilter(score_min=3)


def test_a_version_1_file_has_no_views_and_keeps_its_cards() -> None:
    old = storage.load(ROOT / "tests" / "fixtures" / "v1-beauty-salon.cxmap")
    assert old.views == []
    assert len(old.touchpoints) == 26


def test_a_map_without_views_saves_no_views_key(salon: Project) -> None:
    assert salon.views == []
    assert '"views"' not in storage.dumps(salon).decode("utf-8")
    workshop = View(name="Workshop view", filter=CardFilter(unscored=True))
    saved = storage.dumps(salon.model_copy(update={"views": [workshop]})).decode("utf-8")
    assert '"views": [' in saved and '"Workshop view"' in saved
    assert storage.loads(saved.encode("utf-8")).views == [workshop]
