"""The bundled catalogue and sample maps: they load, validate and agree across languages.

Pure model tests: no QApplication.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from cxmapper.model import library, storage
from cxmapper.model.project import DEFAULT_TITLE, Project
from cxmapper.model.vocab import Channel, Control, Ownership, Phase

SUFFIX = {"en": "", "es": ".es", "ca": ".ca"}
#: The card texts that a translation must fill whenever the English version does.
CARD_TEXTS = ("description", "customer_action", "thoughts", "pain_points", "opportunities", "owner", "kpi")
#: The channels of the nine touchpoints in the source's worked clothing-shop exercise.
EXERCISE_CHANNELS = {
    Channel.ADVERTISING,
    Channel.CONTENT,
    Channel.SEARCH,
    Channel.WEBSITE,
    Channel.CHAT,
    Channel.EMAIL,
    Channel.SUPPORT,
    Channel.SURVEY,
    Channel.LOYALTY,
}


def sample_bytes(name: str, lang: str) -> tuple[str, bytes]:
    res = library.resource("samples", f"{name}{SUFFIX[lang]}.cxmap")
    assert res.is_file(), f"missing sample {res.name}"
    return res.name, res.read_bytes()


def sample(name: str, lang: str) -> Project:
    filename, raw = sample_bytes(name, lang)
    return storage.loads(raw, filename)


def skeleton(project: Project) -> dict[str, Any]:
    """Everything but the texts: what must be identical in every language version of a sample."""
    return {
        "id": project.id,
        "brand": project.brand,
        "author": project.author,
        "created": project.created,
        "modified": project.modified,
        "stages": [(s.id, s.phase, bool(s.customer_goal + s.pain_points + s.opportunities)) for s in project.stages],
        "lanes": [lane.id for lane in project.lanes],
        "personas": [p.id for p in project.personas],
        "touchpoints": [
            (
                tp.id,
                tp.stage_id,
                tp.lane_id,
                tp.order,
                tp.channel,
                tp.control,
                tp.ownership,
                tp.influence,
                tp.score,
                tp.moment_of_truth,
                tuple(tp.personas),
                tuple(tp.tags),
                tp.color,
                # Which texts are filled must match too: a translation must not drop a field.
                tuple(bool(getattr(tp, name)) for name in CARD_TEXTS),
            )
            for tp in project.touchpoints
        ],
    }


def phase_counts(project: Project) -> Counter[Phase]:
    return Counter(project.stage(tp.stage_id).phase for tp in project.touchpoints)


# -- samples --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", library.LANGUAGES)
@pytest.mark.parametrize("name", library.TEMPLATES)
def test_sample_loads_validates_and_is_canonical(name: str, lang: str) -> None:
    filename, raw = sample_bytes(name, lang)
    project = storage.loads(raw, filename)
    assert project.language == lang
    assert project.title
    # Re-validating the dumped model catches anything loads() might have accepted leniently.
    assert Project.model_validate(project.model_dump()) == project
    # The file is exactly what save() writes, so re-saving a sample gives no diff.
    assert storage.dumps(project) == raw
    # The samples are fixtures: fixed ids, not random ones.
    assert project.id == f"map-{name}"
    # Every language has its own file, so template() does not fall back to English.
    assert library.template_resource(name, lang).name == filename


@pytest.mark.parametrize("name", library.TEMPLATES)
def test_language_versions_share_structure_but_not_texts(name: str) -> None:
    versions = {lang: sample(name, lang) for lang in library.LANGUAGES}
    en = skeleton(versions["en"])
    for lang in ("es", "ca"):
        assert skeleton(versions[lang]) == en, f"{name}.{lang} differs in structure from English"
    assert len({p.title for p in versions.values()}) == 3
    assert len({tuple(s.name for s in p.stages) for p in versions.values()}) == 3
    for lang in ("es", "ca"):
        pairs = list(zip(versions["en"].touchpoints, versions[lang].touchpoints, strict=True))
        untranslated = [a.title for a, b in pairs if a.title == b.title or a.description == b.description]
        assert not untranslated, f"{name}.{lang}: texts left in English: {untranslated}"


@pytest.mark.parametrize("lang", library.LANGUAGES)
def test_blank_sample_is_blank(lang: str) -> None:
    project = sample("blank", lang)
    assert project.touchpoints == []
    assert project.personas == []
    assert [s.phase for s in project.stages] == [Phase.BEFORE, Phase.DURING, Phase.AFTER]
    assert len(project.lanes) == 1
    assert project.title == DEFAULT_TITLE[lang]


@pytest.mark.parametrize("lang", library.LANGUAGES)
def test_clothing_shop_story(lang: str) -> None:
    project = sample("clothing-shop", lang)
    counts = phase_counts(project)
    assert all(counts[phase] >= 3 for phase in Phase), counts
    assert len(project.lanes) == 2
    assert all(project.cell(s.id, project.lanes[0].id) for s in project.stages), "a stage has no customer card"
    assert any(tp.lane_id == project.lanes[1].id for tp in project.touchpoints), "no backstage card"
    assert len(project.personas) >= 1
    assert sum(tp.moment_of_truth for tp in project.touchpoints) >= 2
    scores = [tp.score for tp in project.touchpoints if tp.score is not None]
    assert min(scores) <= -1 and max(scores) >= 1, "the emotion curve should have highs and lows"
    assert all(s.customer_goal and s.pain_points and s.opportunities for s in project.stages)
    assert project.brand and project.author and project.description
    assert {tp.channel for tp in project.touchpoints} >= EXERCISE_CHANNELS


@pytest.mark.parametrize("lang", library.LANGUAGES)
def test_beauty_salon_story(lang: str) -> None:
    project = sample("beauty-salon", lang)
    scored = [tp for tp in project.touchpoints if tp.score is not None]
    assert len(scored) >= 20
    unintentional = [tp for tp in project.touchpoints if tp.control is Control.UNINTENTIONAL]
    assert len(unintentional) >= 3
    # Touchpoints the brand did not cause belong to others, and the team cannot steer them directly.
    assert all(tp.ownership is Ownership.SOCIAL and not tp.influence for tp in unintentional)
    assert len(project.personas) == 2
    assert len(project.lanes) == 1
    assert all(phase_counts(project)[phase] >= 3 for phase in Phase)
    assert any(tp.moment_of_truth for tp in project.touchpoints)
    used = {pid for tp in project.touchpoints for pid in tp.personas}
    assert used == {p.id for p in project.personas}, "every persona should appear on some card"


# -- library.template -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", library.LANGUAGES)
@pytest.mark.parametrize("name", library.TEMPLATES)
def test_template_is_a_fresh_copy(name: str, lang: str) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    first = library.template(name, lang)
    second = library.template(name, lang)
    original = sample(name, lang)
    assert first.id != original.id
    assert first.id != second.id
    assert re.fullmatch(r"map-[0-9a-f]{12}", first.id)
    assert first.created >= before and first.modified >= before
    assert first.created - before < timedelta(minutes=5)
    assert first.language == lang
    assert first.touchpoints == original.touchpoints
    assert first.stages == original.stages


def test_template_falls_back_to_english_and_rejects_unknown_names() -> None:
    assert library.template("clothing-shop", "fr").language == "en"
    with pytest.raises(ValueError, match="unknown template"):
        library.template("no-such-sample", "en")


# -- catalogue ------------------------------------------------------------------------------------


def test_catalogue_file_shape() -> None:
    data = json.loads(library.resource("catalog", "catalog.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    for entry in data["entries"]:
        assert set(entry) == {"id", "phase", "channel", "control", "ownership", "title", "description", "keywords"}


def test_catalogue_size_and_coverage() -> None:
    entries = library.catalog()
    assert len(entries) >= 40
    per_phase = Counter(e.phase for e in entries)
    assert all(per_phase[phase] >= 13 for phase in Phase), per_phase
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
    assert {e.channel for e in entries} == set(Channel)
    assert {e.control for e in entries} == set(Control)
    assert {e.ownership for e in entries} == set(Ownership)


def test_catalogue_texts_in_every_language() -> None:
    entries = library.catalog()
    for e in entries:
        for lang in library.LANGUAGES:
            title, description = e.titles.get(lang, ""), e.descriptions.get(lang, "")
            assert title.strip() and description.strip(), f"{e.id}: missing {lang} text"
            assert len(title) <= 40, f"{e.id}: {lang} title too long"
            assert len(description) <= 110 and "\n" not in description, f"{e.id}: {lang} description too long"
            assert e.title(lang) == title and e.description(lang) == description
    for lang in ("es", "ca"):
        translated = [e for e in entries if e.titles[lang] != e.titles["en"]]
        assert len(translated) >= 0.9 * len(entries), f"too many {lang} titles left as in English"
        assert all(e.descriptions[lang] != e.descriptions["en"] for e in entries)
    assert sum(e.titles["es"] != e.titles["ca"] for e in entries) >= 0.9 * len(entries)


def test_catalogue_control_follows_the_source() -> None:
    """Reviews, word of mouth and the press happen without the brand; using the product is the customer's."""
    entries = library.catalog()
    for e in entries:
        if e.channel in {Channel.REVIEWS, Channel.WORD_OF_MOUTH, Channel.PRESS}:
            assert e.control is Control.UNINTENTIONAL, e.id
            assert e.ownership is Ownership.SOCIAL, e.id
        if e.control is Control.UNINTENTIONAL:
            assert e.ownership is Ownership.SOCIAL, e.id
    assert any(e.ownership is Ownership.CUSTOMER and e.phase is Phase.AFTER for e in entries)
    assert any(e.ownership is Ownership.PARTNER and e.channel is Channel.DELIVERY for e in entries)
    assert any(e.ownership is Ownership.PARTNER and e.channel is Channel.PAYMENT for e in entries)
