"""The incremental layout path the canvas uses: after any edit it equals a full recompute."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxmapper.layout import DEFAULT_METRICS, card_offset, compute_layout, lane_height
from cxmapper.model import ops
from cxmapper.model.project import Touchpoint, new_project
from tests.strategies import projects


def test_card_rects_are_a_read_only_mapping_like_before() -> None:
    p = new_project()
    for i in range(3):
        ops.add_touchpoint(p, Touchpoint(id=f"t{i}", title="x", stage_id="stage-before", lane_id="lane-main", order=i))
    layout = compute_layout(p)
    assert set(layout.cards) == {"t0", "t1", "t2"}
    assert len(layout.cards) == 3
    assert "t1" in layout.cards and "nope" not in layout.cards
    assert layout.cards.get("nope") is None
    cell = layout.cells[("stage-before", "lane-main")]
    dx, dy = card_offset(2)
    assert (layout.cards["t2"].x, layout.cards["t2"].y) == (cell.x + dx, cell.y + dy)
    assert layout.lanes["lane-main"].h == lane_height(3)
    assert lane_height(0) == lane_height(DEFAULT_METRICS.lane_min_cards)


def test_moving_within_a_cell_reports_only_that_cells_cards() -> None:
    p = new_project()
    for i in range(3):
        ops.add_touchpoint(p, Touchpoint(id=f"t{i}", title="x", stage_id="stage-before", lane_id="lane-main", order=i))
    ops.add_touchpoint(p, Touchpoint(id="other", title="x", stage_id="stage-after", lane_id="lane-main"))
    layout = compute_layout(p)
    ops.move_touchpoint(p, "t2", "stage-before", "lane-main", 0)
    change = layout.update_cells(p, [("stage-before", "lane-main")])
    assert change.cards == {"t0", "t1", "t2"}
    assert not change.lanes and not change.resized and not change.removed
    assert layout == compute_layout(p)


def test_growing_a_lane_moves_the_lanes_below_but_not_their_cards_slots() -> None:
    p = new_project()
    p.lanes.append(p.lanes[0].model_copy(update={"id": "lane-2", "name": "Two"}))
    ops.add_touchpoint(p, Touchpoint(id="a", title="a", stage_id="stage-before", lane_id="lane-main"))
    ops.add_touchpoint(p, Touchpoint(id="b", title="b", stage_id="stage-during", lane_id="lane-main"))
    ops.add_touchpoint(p, Touchpoint(id="c", title="c", stage_id="stage-during", lane_id="lane-2"))
    layout = compute_layout(p)
    ops.move_touchpoint(p, "b", "stage-before", "lane-main", 1)
    change = layout.update_cells(p, [("stage-during", "lane-main"), ("stage-before", "lane-main")])
    assert change.cards == {"b"}
    assert change.lanes == {"lane-main", "lane-2"}
    assert change.resized
    assert layout == compute_layout(p)


moves = st.lists(st.tuples(st.integers(0, 100), st.integers(0, 10), st.integers(0, 10), st.integers(0, 6)), max_size=8)


@settings(max_examples=80, deadline=None)
@given(projects(max_touchpoints=12), moves, st.booleans(), st.booleans())
def test_update_cells_after_any_edits_equals_a_full_layout(project, edits, rescore, hinted) -> None:
    layout = compute_layout(project)
    for tp_pick, stage_pick, lane_pick, order in edits:
        if not project.touchpoints:
            break
        tp = project.touchpoints[tp_pick % len(project.touchpoints)]
        stage = project.stages[stage_pick % len(project.stages)].id
        lane = project.lanes[lane_pick % len(project.lanes)].id
        old = (tp.stage_id, tp.lane_id)
        if order == 6:  # delete now and then, exercising removal
            ops.delete_touchpoint(project, tp.id)
            if hinted:
                change = layout.update_cells(project, [old], entered=[], left=[tp.id])
            else:
                change = layout.update_cells(project, [old])
            assert tp.id in change.removed
        else:
            ops.move_touchpoint(project, tp.id, stage, lane, order)
            layout.update_cells(project, {old, (stage, lane)}, entered=[tp] if hinted else None)
        if rescore and project.touchpoints:
            ops.update_touchpoint(project, project.touchpoints[0].id, score=1)
            layout.scores_changed()
        assert layout == compute_layout(project)


def test_update_cells_with_an_added_card_as_hint() -> None:
    p = new_project()
    layout = compute_layout(p)
    tp = Touchpoint(id="new", title="x", stage_id="stage-during", lane_id="lane-main")
    ops.add_touchpoint(p, tp)
    change = layout.update_cells(p, [("stage-during", "lane-main")], entered=[tp])
    assert change.cards == {"new"}
    assert layout == compute_layout(p)
