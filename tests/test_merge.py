"""Three-way merge by object id: each case is a pair of colleagues' edits worked out by hand."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxmapper.model import ops, storage
from cxmapper.model.library import template
from cxmapper.model.merge import conflict_copies, merge
from cxmapper.model.project import Project, Stage, Touchpoint
from cxmapper.model.vocab import Channel, Phase
from tests.strategies import projects


def shop3() -> tuple[Project, Project, Project]:
    """A base map and two colleagues' copies of it, as git or a synced folder would hold them."""
    base = template("clothing-shop", "en")
    return base, base.model_copy(deep=True), base.model_copy(deep=True)


def cell_titles(p: Project, stage: str, lane: str = "lane-customer") -> list[str]:
    return [tp.title for tp in p.cell(stage, lane)]


def test_edits_to_different_cards_and_fields_merge_silently() -> None:
    base, ours, theirs = shop3()
    ops.update_touchpoint(ours, "tp-cs-live-chat", score=-1)
    ops.update_touchpoint(theirs, "tp-cs-live-chat", pain_points="Nobody answers after 18:00")
    ops.update_touchpoint(theirs, "tp-cs-payment", title="Pagament amb Bizum 😀")

    result = merge(base, ours, theirs)

    assert result.clean and result.new_conflicts == []
    chat = result.project.touchpoint("tp-cs-live-chat")
    assert chat.score == -1 and chat.pain_points == "Nobody answers after 18:00"
    assert result.project.touchpoint("tp-cs-payment").title == "Pagament amb Bizum 😀"


def test_a_moved_card_edited_on_the_other_side_keeps_both() -> None:
    base, ours, theirs = shop3()
    ops.move_touchpoint(ours, "tp-cs-live-chat", "stage-loyalty", "lane-customer", 0)
    ops.update_touchpoint(theirs, "tp-cs-live-chat", score=1, channel=Channel.CHAT)

    p = merge(base, ours, theirs).project

    chat = p.touchpoint("tp-cs-live-chat")
    assert (chat.stage_id, chat.lane_id, chat.score) == ("stage-loyalty", "lane-customer", 1)
    assert cell_titles(p, "stage-loyalty") == ["Live chat", "Loyalty programme", "Newsletter"]
    assert cell_titles(p, "stage-buy") == ["Online shop", "Size guide", "Payment"]


def test_cards_added_on_both_sides_all_arrive_where_their_authors_put_them() -> None:
    base, ours, theirs = shop3()
    ops.add_touchpoint(
        ours, Touchpoint(id="tp-o", title="Ours", stage_id="stage-buy", lane_id="lane-customer", order=1)
    )
    ops.add_touchpoint(
        theirs, Touchpoint(id="tp-t", title="Theirs", stage_id="stage-buy", lane_id="lane-customer", order=4)
    )

    p = merge(base, ours, theirs).project

    assert cell_titles(p, "stage-buy") == ["Online shop", "Ours", "Size guide", "Live chat", "Payment", "Theirs"]
    assert len(p.touchpoints) == 21


def test_the_same_field_changed_differently_is_a_recorded_conflict_keeping_both_values() -> None:
    base, ours, theirs = shop3()
    ops.update_touchpoint(ours, "tp-cs-delivery", score=-1)
    ops.update_touchpoint(theirs, "tp-cs-delivery", score=1)

    result = merge(base, ours, theirs)

    assert not result.clean
    (c,) = result.project.conflicts
    assert (c.kind, c.target_id, c.field, c.base, c.ours, c.theirs) == (
        "touchpoint",
        "tp-cs-delivery",
        "score",
        -2,
        -1,
        1,
    )
    assert result.project.touchpoint("tp-cs-delivery").score == -1


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = shop3()
    for side in (ours, theirs):
        ops.update_touchpoint(side, "tp-cs-delivery", score=0)
    result = merge(base, ours, theirs)
    assert result.clean and result.project.touchpoint("tp-cs-delivery").score == 0


def test_a_card_deleted_on_one_side_and_edited_on_the_other_is_kept_and_marked() -> None:
    base, ours, theirs = shop3()
    ops.delete_touchpoint(ours, "tp-cs-survey")
    ops.update_touchpoint(theirs, "tp-cs-survey", opportunities="Ask two questions, not twenty")
    ops.delete_touchpoint(theirs, "tp-cs-newsletter")  # deleted by theirs, untouched by ours: gone

    result = merge(base, ours, theirs)

    p = result.project
    assert p.touchpoint("tp-cs-survey").opportunities == "Ask two questions, not twenty"
    assert "tp-cs-newsletter" not in {tp.id for tp in p.touchpoints}
    (c,) = p.conflicts
    assert (c.kind, c.target_id, c.field, c.deleted_by) == ("touchpoint", "tp-cs-survey", "", "ours")


def test_stage_renames_inserts_and_reorders_merge() -> None:
    base, ours, theirs = shop3()
    ops.update_stage(ours, "stage-buy", name="Tria i compra")
    ops.move_stage(ours, "stage-loyalty", 0)
    ops.add_stage(theirs, Stage(id="stage-wait", name="Waiting", phase=Phase.DURING), 3)
    ops.update_stage(theirs, "stage-service", name="Service")

    p = merge(base, ours, theirs).project

    assert [s.name for s in p.stages] == [
        "Come back",
        "Discover",
        "Tria i compra",
        "Receive the order",
        "Waiting",
        "Service",
    ]


def test_a_stage_deleted_on_one_side_but_given_a_card_on_the_other_is_kept_and_marked() -> None:
    base, ours, theirs = shop3()
    for tp_id in ("tp-cs-customer-service", "tp-cs-survey", "tp-cs-bs-crm"):  # as the editor does
        ops.delete_touchpoint(ours, tp_id)
    ops.delete_stage(ours, "stage-service")
    ops.add_touchpoint(
        theirs, Touchpoint(id="tp-new", title="Returns portal", stage_id="stage-service", lane_id="lane-customer")
    )

    result = merge(base, ours, theirs)

    p = result.project
    assert "stage-service" in {s.id for s in p.stages}
    assert p.touchpoint("tp-new").stage_id == "stage-service"
    # The cards ours deleted with the stage and theirs left alone stay deleted.
    assert {"tp-cs-customer-service", "tp-cs-survey", "tp-cs-bs-crm"}.isdisjoint({tp.id for tp in p.touchpoints})
    assert [(c.kind, c.target_id, c.deleted_by) for c in p.conflicts] == [("stage", "stage-service", "ours")]


def test_tags_added_on_both_sides_are_all_kept() -> None:
    base, ours, theirs = shop3()
    base_tags = base.touchpoint("tp-cs-payment").tags
    ops.update_touchpoint(ours, "tp-cs-payment", tags=[*base_tags, "bizum"])
    ops.update_touchpoint(theirs, "tp-cs-payment", tags=[*base_tags, "klarna"])
    result = merge(base, ours, theirs)
    assert result.clean
    assert result.project.touchpoint("tp-cs-payment").tags == [*base_tags, "bizum", "klarna"]


def test_a_card_moved_to_different_cells_is_a_cell_conflict() -> None:
    base, ours, theirs = shop3()
    ops.move_touchpoint(ours, "tp-cs-live-chat", "stage-service", "lane-customer", 0)
    ops.move_touchpoint(theirs, "tp-cs-live-chat", "stage-loyalty", "lane-backstage", 0)
    result = merge(base, ours, theirs)
    (c,) = result.project.conflicts
    assert (c.field, c.ours, c.theirs) == (
        "cell",
        ["stage-service", "lane-customer"],
        ["stage-loyalty", "lane-backstage"],
    )
    assert result.project.touchpoint("tp-cs-live-chat").stage_id == "stage-service"


def test_map_fields_merge_and_conflict_like_card_fields() -> None:
    base, ours, theirs = shop3()
    ops.update_project(ours, title="Shop 2027")
    ops.update_project(theirs, author="Laia")
    p = merge(base, ours, theirs).project
    assert (p.title, p.author) == ("Shop 2027", "Laia")

    ops.update_project(theirs, title="Botiga 2027")
    (c,) = merge(base, ours, theirs).project.conflicts
    assert (c.kind, c.field, c.ours, c.theirs) == ("map", "title", "Shop 2027", "Botiga 2027")


def test_unresolved_conflicts_travel_through_a_later_merge_and_resolved_ones_do_not_return() -> None:
    base, ours, theirs = shop3()
    ops.update_touchpoint(ours, "tp-cs-delivery", score=-1)
    ops.update_touchpoint(theirs, "tp-cs-delivery", score=1)
    merged = merge(base, ours, theirs).project
    assert len(merged.conflicts) == 1

    # A colleague branches from the merged map and edits another card: the mark stays.
    other = merged.model_copy(deep=True)
    ops.update_touchpoint(other, "tp-cs-blog", score=2)
    again = merge(merged, merged.model_copy(deep=True), other).project
    assert [c.target_id for c in again.conflicts] == ["tp-cs-delivery"]

    # Resolved on one side (mark removed), untouched on the other: it stays resolved.
    resolved = merged.model_copy(deep=True)
    resolved.conflicts.clear()
    assert merge(merged, resolved, merged.model_copy(deep=True)).project.conflicts == []


# -- property: nothing either side wrote is lost ---------------------------------------------------

EDIT_FIELDS = ("title", "score", "description", "tags", "moment_of_truth")


@st.composite
def edit_sequences(draw: st.DrawFn, base: Project, side: str) -> list[tuple[Any, ...]]:
    """Random edits to a copy of ``base``: field changes, moves, adds and deletes of cards."""
    ids = [tp.id for tp in base.touchpoints]
    cells = [(s.id, lane.id) for s in base.stages for lane in base.lanes]
    edits: list[tuple[Any, ...]] = []
    for n in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["field", "move", "add", "delete"] if ids else ["add"]))
        if kind == "field":
            name = draw(st.sampled_from(EDIT_FIELDS))
            value = {
                "title": draw(st.text(alphabet="abcàç·ñ😀 ", max_size=8)),
                "score": draw(st.one_of(st.none(), st.integers(-2, 2))),
                "description": draw(st.text(alphabet="xyzl·l¿¡", max_size=8)),
                "tags": draw(st.lists(st.sampled_from(["a", "b", "ç", "😀"]), unique=True, max_size=3)),
                "moment_of_truth": draw(st.booleans()),
            }[name]
            edits.append(("field", draw(st.sampled_from(ids)), name, value))
        elif kind == "move":
            stage, lane = draw(st.sampled_from(cells))
            edits.append(("move", draw(st.sampled_from(ids)), stage, lane, draw(st.integers(0, 4))))
        elif kind == "add":
            stage, lane = draw(st.sampled_from(cells))
            edits.append(("add", f"tp-{side}-{n}", stage, lane, draw(st.integers(0, 4))))
        else:
            edits.append(("delete", draw(st.sampled_from(ids))))
    return edits


def apply_edits(project: Project, edits: list[tuple[Any, ...]]) -> tuple[set[str], set[str]]:
    """Apply edits that still make sense (a deleted card cannot be edited).

    Returns the ids touched in any way, and those the side placed (added or moved): a field edit
    says nothing about where a card should go.
    """
    touched: set[str] = set()
    placed: set[str] = set()
    for edit in edits:
        kind, tp_id = edit[0], edit[1]
        present = any(tp.id == tp_id for tp in project.touchpoints)
        if kind == "add":
            stage, lane, order = edit[2:]
            ops.add_touchpoint(project, Touchpoint(id=tp_id, title="New ✨", stage_id=stage, lane_id=lane, order=order))
            placed.add(tp_id)
        elif not present:
            continue
        elif kind == "field":
            ops.update_touchpoint(project, tp_id, **{edit[2]: edit[3]})
        elif kind == "move":
            ops.move_touchpoint(project, tp_id, *edit[2:])
            placed.add(tp_id)
        else:
            ops.delete_touchpoint(project, tp_id)
        touched.add(tp_id)
    return touched, placed


def _content(tp: Touchpoint) -> dict[str, Any]:
    return tp.model_dump(mode="json", exclude={"order"})


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), base=projects(max_touchpoints=8))
def test_merge_never_loses_what_either_side_wrote(data: st.DataObject, base: Project) -> None:
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    touched_ours, placed_ours = apply_edits(ours, data.draw(edit_sequences(base, "o")))
    touched_theirs, placed_theirs = apply_edits(theirs, data.draw(edit_sequences(base, "t")))

    result = merge(base, ours, theirs)
    merged = {tp.id: tp for tp in result.project.touchpoints}
    recorded = {(c.target_id, c.field): c for c in result.project.conflicts}
    before = {tp.id: tp for tp in base.touchpoints}

    for side in (ours, theirs):
        for tp in side.touchpoints:
            if tp.id not in before:
                assert _content(merged[tp.id]) == _content(tp)  # a new card arrives whole
                continue
            old = _content(before[tp.id])
            new = _content(tp)
            for name, value in new.items():
                if value == old[name]:
                    continue
                assert tp.id in merged, f"{tp.id} was changed on one side and lost"
                got = _content(merged[tp.id])
                if name in ("stage_id", "lane_id"):
                    kept = [got["stage_id"], got["lane_id"]]
                    cell = recorded.get((tp.id, "cell"))
                    assert kept == [new["stage_id"], new["lane_id"]] or (
                        cell and [new["stage_id"], new["lane_id"]] in (cell.ours, cell.theirs)
                    )
                elif name == "tags":
                    assert set(value) - set(old[name]) <= set(got[name])
                else:
                    clash = recorded.get((tp.id, name))
                    assert got[name] == value or (clash is not None and value in (clash.ours, clash.theirs))

    if touched_ours.isdisjoint(touched_theirs):
        assert result.clean
        expected: dict[str, dict[str, Any]] = {}
        for tp_id, tp in before.items():
            if tp_id in touched_ours:
                src: Project = ours
            elif tp_id in touched_theirs:
                src = theirs
            else:
                expected[tp_id] = _content(tp)
                continue
            if any(t.id == tp_id for t in src.touchpoints):
                expected[tp_id] = _content(src.touchpoint(tp_id))
        for side in (ours, theirs):
            for tp in side.touchpoints:
                if tp.id not in before:
                    expected[tp.id] = _content(tp)
        assert {tp_id: _content(tp) for tp_id, tp in merged.items()} == expected
        # Within each cell, the cards a side moved or added keep that side's order, and the cards
        # nobody placed keep the base's. (Between one side's card and the other's, or a card
        # nobody placed, an order is ambiguous: "A moved after B" is "B moved before A".)
        unplaced = set(before) - placed_ours - placed_theirs - touched_ours - touched_theirs
        for side, own in ((ours, placed_ours), (theirs, placed_theirs), (base, unplaced)):
            for (stage, lane), cards in side.cells().items():
                in_cell = {tp.id for tp in result.project.cell(stage, lane)}
                mine = [tp.id for tp in cards if tp.id in in_cell and tp.id in own]
                order = [tp.id for tp in result.project.cell(stage, lane) if tp.id in set(mine)]
                assert order == mine


def test_without_a_base_every_disagreement_is_a_conflict_and_every_card_is_kept() -> None:
    mine = template("clothing-shop", "en")
    copy = mine.model_copy(deep=True)
    ops.update_touchpoint(mine, "tp-cs-blog", score=2)
    ops.delete_touchpoint(copy, "tp-cs-newsletter")  # unknown base: cannot tell deleted from added
    ops.add_touchpoint(copy, Touchpoint(id="tp-sms", title="SMS", stage_id="stage-receive", lane_id="lane-customer"))
    ops.update_touchpoint(copy, "tp-cs-payment", tags=["bizum"])

    result = merge(None, mine, copy)

    p = result.project
    assert {tp.id for tp in p.touchpoints} == {tp.id for tp in mine.touchpoints} | {"tp-sms"}
    assert [(c.target_id, c.field, c.base, c.ours, c.theirs) for c in p.conflicts] == [
        ("tp-cs-blog", "score", None, 2, 1)
    ]
    assert p.touchpoint("tp-cs-payment").tags == ["bizum"]  # lists without a base: the union


def test_conflict_copies_of_sync_clients_are_found_by_name_and_map_id(tmp_path: Path) -> None:
    shop = template("clothing-shop", "en")
    storage.save(shop, tmp_path / "shop.cxmap", backup=False)
    copies = [
        "shop (Laia's conflicted copy 2026-11-25).cxmap",  # Dropbox
        "shop (conflicted copy 2026-11-25 103000).cxmap",  # Nextcloud
        "shop-LAPTOP-7.cxmap",  # OneDrive
    ]
    for i, name in enumerate(copies):
        storage.save(shop, tmp_path / name, backup=False)
        os.utime(tmp_path / name, (1_700_000_000 + i, 1_700_000_000 + i))
    storage.save(template("beauty-salon", "en"), tmp_path / "shop-old.cxmap", backup=False)  # another map
    (tmp_path / "shop (conflicted copy).txt").write_text("not a map", encoding="utf-8")
    storage.save(shop, tmp_path / "other (conflicted copy).cxmap", backup=False)

    assert [p.name for p in conflict_copies(tmp_path / "shop.cxmap")] == copies
