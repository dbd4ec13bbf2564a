"""The pure model: invariants, readable errors and operations that undo exactly. No Qt here."""

from __future__ import annotations

import copy
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from cxmapper.model import ops
from cxmapper.model.ops import ModelError
from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint, new_project
from cxmapper.model.vocab import Phase
from tests.strategies import projects


def _tp(tid: str, stage: str = "stage-before", order: int = 0, **kw: object) -> Touchpoint:
    fields: dict[str, object] = {"title": tid.upper(), **kw}
    return Touchpoint(id=tid, stage_id=stage, lane_id="lane-main", order=order, **fields)  # type: ignore[arg-type]


@pytest.fixture
def project() -> Project:
    p = new_project("en")
    for i, stage in enumerate(["stage-before", "stage-before", "stage-before", "stage-during"]):
        ops.add_touchpoint(p, _tp(f"t{i}", stage, order=99))
    return p


def titles(p: Project, stage: str) -> list[str]:
    return [tp.id for tp in p.cell(stage, "lane-main")]


def test_model_package_does_not_import_qt() -> None:
    import subprocess

    code = (
        "import sys, cxmapper.model, cxmapper.model.library; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_new_project_has_three_phases_in_each_language() -> None:
    for lang, first in (("en", "Before the purchase"), ("es", "Antes de la compra"), ("ca", "Abans de la compra")):
        p = new_project(lang)
        assert [s.phase for s in p.stages] == [Phase.BEFORE, Phase.DURING, Phase.AFTER]
        assert p.stages[0].name == first
        assert p.language == lang
        assert len(p.lanes) == 1


def test_add_appends_in_cell_order(project: Project) -> None:
    assert titles(project, "stage-before") == ["t0", "t1", "t2"]
    assert [tp.order for tp in project.cell("stage-before", "lane-main")] == [0, 1, 2]


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"score": 3}, "less than or equal to 2"),
        ({"score": -3}, "greater than or equal to -2"),
        ({"title": "x" * 201}, "at most 200"),
        ({"color": "red"}, "pattern"),
        ({"channel": "telepathy"}, "advertising"),
    ],
)
def test_touchpoint_fields_are_validated(kwargs: dict[str, object], needle: str) -> None:
    with pytest.raises(ValidationError, match=needle):
        _tp("x", **kwargs)


def test_dangling_stage_and_duplicates_are_rejected_with_readable_messages() -> None:
    base = new_project().model_dump()
    base["touchpoints"] = [_tp("a", "nope").model_dump()]
    with pytest.raises(ValidationError, match="refers to a stage that does not exist"):
        Project.model_validate(base)
    base["touchpoints"] = [_tp("a").model_dump(), _tp("a").model_dump()]
    with pytest.raises(ValidationError, match="duplicate touchpoint id 'a'"):
        Project.model_validate(base)
    base["touchpoints"] = []
    base["stages"].append(dict(base["stages"][0]))
    with pytest.raises(ValidationError, match="duplicate stage id"):
        Project.model_validate(base)


def test_loose_cell_numbering_is_normalised_keeping_relative_order() -> None:
    base = new_project().model_dump()
    base["touchpoints"] = [_tp("a", order=7).model_dump(), _tp("b", order=2).model_dump()]
    p = Project.model_validate(base)
    assert titles(p, "stage-before") == ["b", "a"]
    assert [tp.order for tp in p.cell("stage-before", "lane-main")] == [0, 1]


def test_move_within_cell_and_back_is_exact(project: Project) -> None:
    before = copy.deepcopy(project)
    old = ops.move_touchpoint(project, "t0", "stage-before", "lane-main", 2)
    assert titles(project, "stage-before") == ["t1", "t2", "t0"]
    ops.move_touchpoint(project, "t0", old.stage_id, old.lane_id, old.order)
    assert project == before


def test_move_across_stages_and_back_is_exact(project: Project) -> None:
    before = copy.deepcopy(project)
    old = ops.move_touchpoint(project, "t1", "stage-during", "lane-main", 0)
    assert titles(project, "stage-before") == ["t0", "t2"]
    assert titles(project, "stage-during") == ["t1", "t3"]
    ops.move_touchpoint(project, "t1", old.stage_id, old.lane_id, old.order)
    assert project == before


def test_delete_and_readd_restores_list_position(project: Project) -> None:
    before = copy.deepcopy(project)
    removed = ops.delete_touchpoint(project, "t1")
    assert titles(project, "stage-before") == ["t0", "t2"]
    ops.add_touchpoint(project, removed.item, removed.index)
    assert project == before


def test_update_returns_old_values_and_rejects_bad_input(project: Project) -> None:
    old = ops.update_touchpoint(project, "t0", title="Anunci a la ràdio", score=-2)
    assert project.touchpoint("t0").title == "Anunci a la ràdio"
    assert old == {"title": "T0", "score": None}
    with pytest.raises(ModelError, match="score"):
        ops.update_touchpoint(project, "t0", score=9)
    with pytest.raises(ModelError, match="move_touchpoint"):
        ops.update_touchpoint(project, "t0", stage_id="stage-after")
    assert project.touchpoint("t0").score == -2


def test_stage_operations(project: Project) -> None:
    before = copy.deepcopy(project)
    with pytest.raises(ModelError, match="still has touchpoints"):
        ops.delete_stage(project, "stage-before")
    removed = ops.delete_stage(project, "stage-after")
    assert [s.id for s in project.stages] == ["stage-before", "stage-during"]
    ops.add_stage(project, removed.item, removed.index)
    assert project == before
    old_index = ops.move_stage(project, "stage-after", 0)
    assert project.stages[0].id == "stage-after"
    ops.move_stage(project, "stage-after", old_index)
    assert project == before
    old = ops.update_stage(project, "stage-during", name="Checkout", phase=Phase.DURING)
    ops.update_stage(project, "stage-during", **old)
    assert project == before
    with pytest.raises(ModelError, match="at least one stage"):
        single = new_project()
        ops.delete_stage(single, "stage-after")
        ops.delete_stage(single, "stage-during")
        ops.delete_stage(single, "stage-before")


def test_lane_and_persona_operations(project: Project) -> None:
    before = copy.deepcopy(project)
    ops.add_lane(project, Lane(id="lane-back", name="Backstage"))
    ops.move_touchpoint(project, "t0", "stage-before", "lane-back", 0)
    with pytest.raises(ModelError, match="still has touchpoints"):
        ops.delete_lane(project, "lane-back")
    ops.move_touchpoint(project, "t0", "stage-before", "lane-main", 0)
    ops.delete_lane(project, "lane-back")
    assert project == before
    ops.add_persona(project, Persona(id="p1", name="Laia"))
    ops.update_touchpoint(project, "t0", personas=["p1"])
    with pytest.raises(ModelError, match="still used"):
        ops.delete_persona(project, "p1")
    with pytest.raises(ModelError, match="no persona"):
        ops.update_touchpoint(project, "t0", personas=["ghost"])


def test_update_project_details_validates(project: Project) -> None:
    old = ops.update_project(project, title="Botiga", brand="Vestimenta")
    assert project.title == "Botiga"
    ops.update_project(project, **old)
    assert project.title == new_project().title
    with pytest.raises(ModelError, match="language"):
        ops.update_project(project, language="not a language")
    with pytest.raises(ModelError, match="protected"):
        ops.update_project(project, stages=[])


def test_operations_leave_project_unchanged_on_error(project: Project) -> None:
    before = copy.deepcopy(project)
    for call in (
        lambda: ops.move_touchpoint(project, "t0", "ghost", "lane-main", 0),
        lambda: ops.add_touchpoint(project, _tp("t0")),
        lambda: ops.add_touchpoint(project, _tp("new", "ghost")),
        lambda: ops.delete_touchpoint(project, "ghost"),
        lambda: ops.update_touchpoint(project, "t0", title="x" * 500),
        lambda: ops.add_stage(project, Stage(id="stage-before", name="dup", phase=Phase.AFTER)),
    ):
        with pytest.raises(ModelError):
            call()
        assert project == before


@settings(max_examples=60, deadline=None)
@given(projects(), st.data())
def test_random_moves_undo_exactly(p: Project, data: st.DataObject) -> None:
    if not p.touchpoints:
        return
    original = copy.deepcopy(p)
    undo: list[tuple[str, ops.Placement]] = []
    for _ in range(data.draw(st.integers(1, 10))):
        tp = data.draw(st.sampled_from(p.touchpoints))
        stage = data.draw(st.sampled_from(p.stages))
        lane = data.draw(st.sampled_from(p.lanes))
        undo.append((tp.id, ops.move_touchpoint(p, tp.id, stage.id, lane.id, data.draw(st.integers(0, 8)))))
        for cell in p.cells().values():
            assert [t.order for t in cell] == list(range(len(cell)))
    for tid, place in reversed(undo):
        ops.move_touchpoint(p, tid, place.stage_id, place.lane_id, place.order)
    assert p == original


def test_edits_cannot_grow_a_map_past_what_loading_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    p = new_project()
    monkeypatch.setattr(ops, "TOUCHPOINTS_MAX", 2)
    monkeypatch.setattr(ops, "STAGES_MAX", 3)
    ops.add_touchpoint(p, _tp("a"))
    ops.add_touchpoint(p, _tp("b"))
    with pytest.raises(ModelError, match="at most 2 touchpoints"):
        ops.add_touchpoint(p, _tp("c"))
    with pytest.raises(ModelError, match="at most 3 stages"):
        ops.add_stage(p, Stage(id="s4", name="Four", phase=Phase.AFTER))
    assert [tp.id for tp in p.touchpoints] == ["a", "b"] and len(p.stages) == 3
