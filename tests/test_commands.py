"""Undo commands against the document: every edit undoes and redoes exactly."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from cxmapper import commands as cmd
from cxmapper.document import Document
from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint, new_project
from cxmapper.model.vocab import Channel, Phase
from tests.strategies import projects, text


def make_doc() -> tuple[Document, QUndoStack]:
    p = new_project("es")
    for i in range(3):
        p.touchpoints.append(
            Touchpoint(id=f"t{i}", title=f"T{i}", stage_id="stage-before", lane_id="lane-main", order=i)
        )
    return Document(p), QUndoStack()


def test_signals_name_what_changed() -> None:
    doc, stack = make_doc()
    seen: list[tuple[str, Any]] = []
    doc.touchpoint_moved.connect(lambda i: seen.append(("moved", i)))
    doc.touchpoint_changed.connect(lambda i, f: seen.append(("changed", (i, f))))
    doc.structure_changed.connect(lambda: seen.append(("structure", None)))
    stack.push(cmd.MoveTouchpoint(doc, "t0", "stage-after", "lane-main", 0))
    stack.push(cmd.EditTouchpoint(doc, "t1", {"title": "Nou"}))
    assert seen == [("moved", "t0"), ("structure", None), ("changed", ("t1", ["title"]))]


def test_typing_merges_into_one_step_and_back_to_original_is_obsolete() -> None:
    doc, stack = make_doc()
    for partial in ("R", "Re", "Res", "Reseñas"):
        stack.push(cmd.EditTouchpoint(doc, "t0", {"title": partial}, merge=True))
    assert stack.count() == 1
    assert doc.project.touchpoint("t0").title == "Reseñas"
    stack.undo()
    assert doc.project.touchpoint("t0").title == "T0"
    stack.redo()
    assert doc.project.touchpoint("t0").title == "Reseñas"
    stack.push(cmd.EditTouchpoint(doc, "t0", {"description": "x"}, merge=True))
    assert stack.count() == 2  # another field: a new step


def test_delete_stage_with_cards_is_one_step() -> None:
    doc, stack = make_doc()
    before = copy.deepcopy(doc.project)
    stack.push(cmd.DeleteStage(doc, "stage-before"))
    assert [s.id for s in doc.project.stages] == ["stage-during", "stage-after"]
    assert doc.project.touchpoints == []
    stack.undo()
    assert doc.project == before


def test_delete_persona_clears_references_and_undoes() -> None:
    doc, stack = make_doc()
    stack.push(cmd.AddPersona(doc, Persona(id="p1", name="Laia")))
    stack.push(cmd.EditTouchpoint(doc, "t1", {"personas": ["p1"]}))
    before = copy.deepcopy(doc.project)
    stack.push(cmd.DeletePersona(doc, "p1"))
    assert doc.project.personas == [] and doc.project.touchpoint("t1").personas == []
    stack.undo()
    assert doc.project == before


def _random_command(doc: Document, data: st.DataObject, n: int) -> cmd.QUndoCommand | None:
    p: Project = doc.project
    kind = data.draw(st.sampled_from(["add", "delete", "move", "edit", "stage", "lane", "details", "macro"]))
    if kind == "add":
        return cmd.AddTouchpoint(
            doc,
            Touchpoint(
                id=f"new-{n}",
                title=data.draw(text),
                stage_id=data.draw(st.sampled_from(p.stages)).id,
                lane_id=data.draw(st.sampled_from(p.lanes)).id,
                order=data.draw(st.integers(0, 6)),
                channel=data.draw(st.sampled_from(list(Channel))),
            ),
        )
    if kind == "stage":
        action = data.draw(st.sampled_from(["add", "delete", "move", "rename"]))
        stage = data.draw(st.sampled_from(p.stages))
        if action == "add":
            return cmd.AddStage(
                doc, Stage(id=f"s-{n}", name=data.draw(text), phase=Phase.AFTER), data.draw(st.integers(0, 5))
            )
        if action == "delete" and len(p.stages) > 1:
            return cmd.DeleteStage(doc, stage.id)
        if action == "move":
            return cmd.MoveStage(doc, stage.id, data.draw(st.integers(0, 5)))
        return cmd.EditStage(doc, stage.id, {"name": data.draw(text)}, merge=data.draw(st.booleans()))
    if kind == "lane":
        action = data.draw(st.sampled_from(["add", "delete", "move"]))
        lane = data.draw(st.sampled_from(p.lanes))
        if action == "add":
            return cmd.AddLane(doc, Lane(id=f"l-{n}", name=data.draw(text)), data.draw(st.integers(0, 3)))
        if action == "delete" and len(p.lanes) > 1:
            return cmd.DeleteLane(doc, lane.id)
        return cmd.MoveLane(doc, lane.id, data.draw(st.integers(0, 3)))
    if kind == "details":
        return cmd.EditDetails(doc, {"title": data.draw(text)}, merge=data.draw(st.booleans()))
    if not p.touchpoints:
        return None
    tp = data.draw(st.sampled_from(p.touchpoints))
    if kind == "delete":
        return cmd.DeleteTouchpoint(doc, tp.id)
    if kind == "move":
        return cmd.MoveTouchpoint(
            doc,
            tp.id,
            data.draw(st.sampled_from(p.stages)).id,
            data.draw(st.sampled_from(p.lanes)).id,
            data.draw(st.integers(0, 6)),
        )
    if kind == "macro":
        parent = cmd.macro("Move selection")
        for other in data.draw(
            st.lists(st.sampled_from(p.touchpoints), min_size=1, max_size=3, unique_by=lambda t: t.id)
        ):
            cmd.MoveTouchpoint(doc, other.id, p.stages[-1].id, p.lanes[0].id, 0, parent)
        return parent
    field = data.draw(st.sampled_from(["title", "score", "description", "moment_of_truth"]))
    value: object = {
        "title": data.draw(text),
        "score": data.draw(st.one_of(st.none(), st.integers(-2, 2))),
        "description": data.draw(text),
        "moment_of_truth": data.draw(st.booleans()),
    }[field]
    return cmd.EditTouchpoint(doc, tp.id, {field: value}, merge=data.draw(st.booleans()))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(projects(max_touchpoints=10), st.data())
def test_200_random_edits_undo_to_original_and_redo_to_final(p: Project, data: st.DataObject) -> None:
    doc = Document(p)
    stack = QUndoStack()
    original = copy.deepcopy(p)
    pushed = 0
    for n in range(200):
        command = _random_command(doc, data, n)
        if command is not None:
            stack.push(command)
            pushed += 1
    final = copy.deepcopy(doc.project)
    while stack.canUndo():
        stack.undo()
    assert doc.project == original
    while stack.canRedo():
        stack.redo()
    assert doc.project == final
    assert pushed > 0
