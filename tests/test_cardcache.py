"""The incremental serialiser writes exactly what `storage.dumps` writes, after any edits.

Autosave and Save take their bytes from `CardCache` (through `DocumentSerialiser`), so a byte
out of place here would be a map saved differently from the one on screen. Every check
compares with `storage.dumps` of the same project at the same moment.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from cxmapper.document import Document
from cxmapper.model import cardcache, ops, storage
from cxmapper.model.cardcache import CardCache
from cxmapper.model.project import CardFilter, Conflict, Lane, Persona, Project, Stage, Touchpoint, View, new_project
from cxmapper.model.vocab import Phase
from cxmapper.serialiser import DocumentSerialiser
from tests.strategies import projects, text
from tests.test_commands import _random_command

SAMPLES = ("clothing-shop.cxmap", "beauty-salon.cxmap", "clothing-shop.ca.cxmap", "beauty-salon.es.cxmap")


def _sample(name: str) -> Project:
    return storage.loads(resources.files("resources.samples").joinpath(name).read_bytes())


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_maps_serialise_byte_for_byte(name: str) -> None:
    project = _sample(name)
    cache = CardCache()
    expected = storage.dumps(project)
    assert cache.dumps(project) == expected  # cold: every card rendered
    assert cache.dumps(project) == expected  # warm: every card from the cache
    # The samples are files cxmapper wrote: the bytes are the file's own.
    assert expected == resources.files("resources.samples").joinpath(name).read_bytes()


def test_the_layout_is_the_files_by_hand() -> None:
    """A tiny map written out by hand: braces, indentation, key order, non-ASCII, trailing newline."""
    p = Project(
        id="map-1",
        title="Caf\u00e8 \U0001f600",
        created="2026-01-02T03:04:05Z",
        modified="2026-01-02T03:04:05Z",
        stages=[Stage(id="s", name="Abans", phase=Phase.BEFORE)],
        lanes=[Lane(id="l", name="Client")],
        touchpoints=[Touchpoint(id="t", title="l\u00b7l", stage_id="s", lane_id="l", tags=["a"])],
    )
    out = CardCache().dumps(p).decode("utf-8")
    assert out.startswith('{\n  "schema_version": 2,\n  "id": "map-1",\n  "title": "Caf\u00e8 \U0001f600",\n')
    assert '  "personas": [],\n  "touchpoints": [\n    {\n      "id": "t",\n      "title": "l\u00b7l",\n' in out
    assert '      "order": 0,\n      "channel": "other",\n' in out
    assert '      "tags": [\n        "a"\n      ],\n' in out
    assert out.endswith('      "color": null\n    }\n  ]\n}\n')  # no conflicts or views: left out
    assert json.loads(out)["touchpoints"][0]["title"] == "l\u00b7l"
    assert out.encode("utf-8") == storage.dumps(p)


def test_empty_map_and_conflicts_and_views() -> None:
    p = new_project("ca")
    cache = CardCache()
    assert cache.dumps(p) == storage.dumps(p)
    assert b'"touchpoints": []\n}\n' in cache.dumps(p)
    p.conflicts.append(Conflict(kind="map", field="title", base="a", ours="b", theirs="c"))
    p.views.append(View(name="Taller", filter=CardFilter(tags=["x"])))
    assert cache.dumps(p) == storage.dumps(p)
    ops.add_touchpoint(p, Touchpoint(id="t", title="x", stage_id=p.stages[0].id, lane_id=p.lanes[0].id))
    assert cache.dumps(p) == storage.dumps(p)


def test_a_lone_surrogate_is_replaced_as_storage_does() -> None:
    """Validation refuses lone surrogates, but storage copes with one that got in anyway: so must the cache."""
    p = new_project()
    ops.add_touchpoint(p, Touchpoint(id="t", title="ok", stage_id=p.stages[0].id, lane_id=p.lanes[0].id))
    cache = CardCache()
    assert cache.dumps(p) == storage.dumps(p)
    p.touchpoints[0].__dict__["title"] = "bad \ud800 half"  # past validation, as a paste once did
    cache.changed("t")
    expected = storage.dumps(p)
    assert '"title": "bad \ufffd half"' in expected.decode("utf-8")
    assert cache.dumps(p) == expected
    p.touchpoints[0].__dict__["title"] = "fixed"
    cache.changed("t")
    assert cache.dumps(p) == storage.dumps(p)
    assert b'"title": "fixed"' in cache.dumps(p)


def test_a_move_renumbers_both_cells_by_splicing() -> None:
    p = new_project()
    s0, s1, lane = p.stages[0].id, p.stages[1].id, p.lanes[0].id
    for i in range(6):
        ops.add_touchpoint(
            p, Touchpoint(id=f"t{i}", title=f"T{i}", stage_id=s0 if i < 3 else s1, lane_id=lane, order=9)
        )
    doc = Document(p)
    serialiser = DocumentSerialiser(doc)
    serialiser.dumps()
    doc.move_touchpoint("t0", s1, lane, 0)  # t1, t2 move up in s0; t3..t5 move down in s1
    out = json.loads(serialiser.dumps())
    orders = {tp["id"]: (tp["stage_id"], tp["order"]) for tp in out["touchpoints"]}
    assert orders == {
        "t0": (s1, 0),
        "t1": (s0, 0),
        "t2": (s0, 1),
        "t3": (s1, 1),
        "t4": (s1, 2),
        "t5": (s1, 3),
    }
    assert serialiser.dumps() == storage.dumps(p)


def test_fill_spreads_the_first_serialisation() -> None:
    p = new_project()
    for i in range(300):
        ops.add_touchpoint(
            p, Touchpoint(id=f"t{i}", title=f"T{i} \u00e7", stage_id=p.stages[i % 3].id, lane_id="lane-main")
        )
    cache = CardCache()
    rounds = 0
    while not cache.fill(p, 0.0):  # no time at all: one batch of cards per call
        rounds += 1
        assert rounds < 300
    assert rounds >= 1
    ops.update_touchpoint(p, "t5", title="changed behind the cache's back")
    cache.changed("t5")
    assert cache.dumps(p) == storage.dumps(p)


def test_a_project_changed_behind_the_owners_back_is_caught_by_the_full_pass() -> None:
    p = new_project()
    for i in range(5):
        ops.add_touchpoint(p, Touchpoint(id=f"t{i}", title=f"T{i}", stage_id=p.stages[0].id, lane_id="lane-main"))
    cache = CardCache()
    cache.dumps(p)
    ops.delete_touchpoint(p, "t1")  # nobody calls removed(): the list shrank, so a full pass
    assert cache.dumps(p) == storage.dumps(p)
    p.touchpoints[0] = p.touchpoints[0].model_copy(update={"title": "a new object"})
    assert cache.dumps(p) == storage.dumps(p)
    other = new_project()
    assert cache.dumps(other) == storage.dumps(other)  # another project: nothing carried over


def _other_edit(doc: Document, data: st.DataObject, n: int) -> None:
    """Edits `_random_command` does not make: personas, views, conflicts, card tags and colours."""
    p = doc.project
    kind = data.draw(st.sampled_from(["persona", "views", "conflict", "tags", "color", "stage-notes"]))
    if kind == "persona":
        doc.add_persona(Persona(id=f"p-{n}", name=data.draw(text)))
    elif kind == "views":
        views = [View(name=f"v{n}", filter=CardFilter(tags=["a"]))] if data.draw(st.booleans()) else []
        doc.update_details(views=views)
    elif kind == "conflict":
        resolve: bool = data.draw(st.booleans())
        if p.conflicts and resolve:
            doc.remove_conflict(0)
        else:
            doc.insert_conflict(Conflict(kind="map", field="title", ours=data.draw(text)), 0)
    elif kind == "stage-notes":
        doc.update_stage(p.stages[0].id, notes=data.draw(text))
    elif p.touchpoints:
        tp = data.draw(st.sampled_from(p.touchpoints))
        if kind == "tags":
            doc.update_touchpoint(tp.id, tags=data.draw(st.lists(st.sampled_from(["x", "\u00e0\u00e7", "\U0001f600"]))))
        else:
            doc.update_touchpoint(tp.id, color=data.draw(st.sampled_from([None, "#00aa33"])))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(projects(max_touchpoints=12), st.data())
def test_random_edit_sequences_serialise_as_storage_does(p: Project, data: st.DataObject) -> None:
    """Edits, undo, redo and slices of a first serialisation in any order; the bytes are always `storage.dumps`'s."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cardcache, "FILL_CHECK_EVERY", 1)  # fill(0.0) then does one card per call
        doc = Document(p)
        stack = QUndoStack()
        serialiser = DocumentSerialiser(doc)
        if data.draw(st.booleans()):
            assert serialiser.dumps() == storage.dumps(p)
        for n in range(60):
            step = data.draw(st.sampled_from(["command", "command", "command", "undo", "redo", "other", "fill"]))
            if step == "undo" and stack.canUndo():
                stack.undo()
            elif step == "redo" and stack.canRedo():
                stack.redo()
            elif step == "other":
                _other_edit(doc, data, n)
            elif step == "fill":
                if data.draw(st.booleans()):
                    serialiser.cache.clear()  # as after opening: the first copy starts from nothing
                serialiser.fill(0.0)
            else:
                command: Any = _random_command(doc, data, n)
                if command is not None:
                    stack.push(command)
            if data.draw(st.booleans()):  # several edits between two writes, as autosave sees them
                assert serialiser.dumps() == storage.dumps(doc.project)
        assert serialiser.snapshot().to_bytes() == storage.dumps(doc.project)
