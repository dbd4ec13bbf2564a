"""Hypothesis strategies for random, valid journey maps (shared by model and editor tests)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from cxmapper.model import ops
from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint
from cxmapper.model.vocab import Channel, Control, Ownership, Phase

# Text that exercises what users type: Catalan, Spanish, emoji, quotes, markup-like characters.
SPECIAL = "l·l L·L àèéíïòóúüç ñÑ ¿¡ «» “” 😀🚚⭐ & <b> \" ' \\ \t"
text = st.text(
    alphabet=st.one_of(st.sampled_from(list(SPECIAL)), st.characters(codec="utf-8", exclude_categories=("Cs",))),
    max_size=40,
)
short = st.text(alphabet=st.sampled_from(list("abcdefghij ·àçñ😀¿¡")), max_size=20)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)).map(
    lambda d: d.replace(microsecond=0)
)


@st.composite
def projects(draw: st.DrawFn, max_touchpoints: int = 15) -> Project:
    """A random valid project, built through the model's own operations."""
    stage_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    lane_ids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    persona_ids = draw(st.lists(ids, max_size=3, unique=True))
    project = Project(
        id="map-" + draw(ids),
        title=draw(text),
        brand=draw(short),
        author=draw(short),
        description=draw(text),
        language=draw(st.sampled_from(["en", "es", "ca"])),
        created=draw(times),
        modified=draw(times),
        stages=[
            Stage(id=sid, name=draw(short), phase=draw(st.sampled_from(list(Phase))), customer_goal=draw(text))
            for sid in stage_ids
        ],
        lanes=[Lane(id=lid, name=draw(short)) for lid in lane_ids],
        personas=[Persona(id=pid, name=draw(short), goals=draw(text)) for pid in persona_ids],
    )
    n = draw(st.integers(0, max_touchpoints))
    for i in range(n):
        tp = Touchpoint(
            id=f"tp-{i}",
            title=draw(text),
            description=draw(text),
            stage_id=draw(st.sampled_from(stage_ids)),
            lane_id=draw(st.sampled_from(lane_ids)),
            order=draw(st.integers(0, 5)),
            channel=draw(st.sampled_from(list(Channel))),
            control=draw(st.sampled_from(list(Control))),
            ownership=draw(st.sampled_from(list(Ownership))),
            influence=draw(st.booleans()),
            score=draw(st.one_of(st.none(), st.integers(-2, 2))),
            moment_of_truth=draw(st.booleans()),
            pain_points=draw(text),
            tags=draw(st.lists(st.text(alphabet="abcàç😀", min_size=1, max_size=8), max_size=3)),
            personas=draw(st.lists(st.sampled_from(persona_ids), max_size=2, unique=True)) if persona_ids else [],
            color=draw(st.one_of(st.none(), st.sampled_from(["#ff0000", "#00AA33"]))),
        )
        ops.add_touchpoint(project, tp)
    return project
