"""The canvas's pure rules: incremental layout (always equal to a full recompute) and navigation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxmapper.canvas.navigation import (
    Direction,
    first_card,
    in_reading_order,
    keyboard_move,
    last_card,
    neighbour,
    plan_moves,
    reading_order,
)
from cxmapper.layout import DEFAULT_METRICS, card_offset, compute_layout, lane_height
from cxmapper.model import ops
from cxmapper.model.project import Lane, Touchpoint, new_project
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
    # t2 went to the top: every position of the cell changed, no card changed cell.
    assert change.shifted == {("stage-before", "lane-main"): 0}
    assert change.cards == frozenset()
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
    # b lands below a (position 1); its old cell empties from position 0.
    assert change.shifted == {("stage-before", "lane-main"): 1, ("stage-during", "lane-main"): 0}
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
    assert change.shifted == {("stage-during", "lane-main"): 0}
    assert layout == compute_layout(p)


def _two_full_cells(n: int):
    p = new_project()
    for stage in ("stage-before", "stage-during"):
        for i in range(n):
            tp = Touchpoint(id=f"{stage}-{i}", title="x", stage_id=stage, lane_id="lane-main", order=i)
            ops.add_touchpoint(p, tp)
    return p


def test_a_hinted_move_names_the_first_shifted_place_not_every_card_below_it() -> None:
    p = _two_full_cells(200)
    layout = compute_layout(p)
    tp = p.touchpoint("stage-before-3")
    ops.move_touchpoint(p, tp.id, "stage-during", "lane-main", 5)
    cells = [("stage-before", "lane-main"), ("stage-during", "lane-main")]
    change = layout.update_cells(p, cells, entered=[tp])
    # From position 3 down the first cell closed up; from 5 down the second opened up.
    assert change.shifted == {("stage-before", "lane-main"): 3, ("stage-during", "lane-main"): 5}
    assert change.cards == {"stage-before-3"}
    assert layout.cards.slot("stage-before-4") == (("stage-before", "lane-main"), 3)
    assert layout.cards.slot("stage-during-5") == (("stage-during", "lane-main"), 6)
    assert layout == compute_layout(p)
    # and back, as undo does
    ops.move_touchpoint(p, tp.id, "stage-before", "lane-main", 3)
    change = layout.update_cells(p, cells, entered=[tp])
    assert change.shifted == {("stage-before", "lane-main"): 3, ("stage-during", "lane-main"): 5}
    assert layout == compute_layout(p)


def test_a_cell_numbered_behind_the_ops_back_is_still_laid_out_in_order() -> None:
    p = _two_full_cells(5)
    layout = compute_layout(p)
    # Renumber a cell by hand (as a careless script might), then hint only one card.
    cell = p.cell("stage-before", "lane-main")
    for tp, order in zip(cell, (40, 30, 20, 10, 0), strict=True):
        tp.__dict__["order"] = order
    tp = cell[0]
    change = layout.update_cells(p, [("stage-before", "lane-main")], entered=[tp])
    assert change.shifted == {("stage-before", "lane-main"): 0}
    assert [layout.cards.slot(t.id)[1] for t in cell] == [4, 3, 2, 1, 0]
    assert layout == compute_layout(p)


# -- navigation rules (pure: cxmapper.canvas.navigation imports no Qt) -------------------------


def _grid():
    p = new_project()
    p.lanes.append(Lane(id="lane-2", name="Two"))
    for stage, lane, ids in (
        ("stage-before", "lane-main", ["a", "b", "c"]),
        ("stage-before", "lane-2", ["d"]),
        ("stage-after", "lane-main", ["x", "y"]),
    ):
        for i, tp_id in enumerate(ids):
            ops.add_touchpoint(p, Touchpoint(id=tp_id, title=tp_id, stage_id=stage, lane_id=lane, order=i))
    return p


def test_arrows_walk_columns_and_skip_empty_ones() -> None:
    layout = compute_layout(_grid())
    assert first_card(layout) == "a" and last_card(layout) == "y"
    assert neighbour(layout, "c", Direction.DOWN) == "d"  # into the next lane of the column
    assert neighbour(layout, "d", Direction.DOWN) is None
    assert neighbour(layout, "a", Direction.UP) is None
    assert neighbour(layout, "b", Direction.RIGHT) == "y"  # "during" is empty: skipped
    assert neighbour(layout, "x", Direction.LEFT) == "a"
    assert neighbour(layout, "x", Direction.RIGHT) is None


def test_ctrl_arrows_move_within_the_cell_or_to_the_next_stage() -> None:
    layout = compute_layout(_grid())
    assert keyboard_move(layout, "a", Direction.UP) is None
    assert keyboard_move(layout, "a", Direction.DOWN) == ("a", "stage-before", "lane-main", 1)
    assert keyboard_move(layout, "c", Direction.RIGHT) == ("c", "stage-during", "lane-main", 0)
    assert keyboard_move(layout, "a", Direction.LEFT) is None


def test_ctrl_up_and_down_cross_into_the_next_lane_of_the_column() -> None:
    layout = compute_layout(_grid())
    # "c" is last in before/main: Down takes it to the top of before/lane-2 (above "d").
    assert keyboard_move(layout, "c", Direction.DOWN) == ("c", "stage-before", "lane-2", 0)
    # "d" is first in before/lane-2: Up takes it to the end of before/main (after a, b, c).
    assert keyboard_move(layout, "d", Direction.UP) == ("d", "stage-before", "lane-main", 3)
    assert keyboard_move(layout, "d", Direction.DOWN) is None  # the bottom lane
    # An empty cell of the next lane takes the card at position 0.
    assert keyboard_move(layout, "y", Direction.DOWN) == ("y", "stage-after", "lane-2", 0)


@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "x", "y"]), min_size=1, max_size=4, unique=True),
    st.sampled_from([("stage-before", "lane-main"), ("stage-after", "lane-main"), ("stage-during", "lane-2")]),
    st.integers(0, 5),
)
def test_a_planned_group_drop_lands_as_one_block(dragged, target, index) -> None:
    p = _grid()
    layout = compute_layout(p)
    rest = [tp.id for tp in p.cell(*target) if tp.id not in dragged]
    index = min(index, len(rest))
    expected = rest[:index] + dragged + rest[index:]
    plan = plan_moves(layout, dragged, target, index)
    for step in plan:
        ops.move_touchpoint(p, *step)
    # An empty plan means the cell already reads like that.
    assert [tp.id for tp in p.cell(*target)] == expected


def test_a_few_cards_are_put_in_reading_order_without_listing_the_map() -> None:
    layout = compute_layout(_grid())
    # Column by column, lane by lane, top to bottom: a b c (before/main), d (before/lane-2),
    # x y (after/main). Unknown ids are left out.
    assert in_reading_order(layout, {"y", "d", "a", "nope", "c"}) == ["a", "c", "d", "y"]
    assert in_reading_order(layout, []) == []
    assert in_reading_order(layout, set(reading_order(layout))) == reading_order(layout)
