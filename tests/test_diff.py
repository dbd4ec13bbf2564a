"""As-is versus to-be (cxmapper.model.diff and `cxmapper diff`), on an edited copy of the shop.

The to-be copy below renames a stage and a lane, swaps the last two stages, removes the bad
review, adds a card, moves the survey, and edits two cards. Every expected value was worked out
by hand from resources/samples/clothing-shop.cxmap (averages in the comments).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cxmapper.model import storage
from cxmapper.model.diff import FieldChange, Rename, compare, to_json
from cxmapper.model.project import Project

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "resources" / "samples" / "clothing-shop.cxmap"


def to_be(a: Project) -> Project:
    data: dict[str, Any] = a.model_dump(mode="json")
    stages = {s["id"]: s for s in data["stages"]}
    stages["stage-buy"]["name"] = "Choose & pay"
    data["stages"] = [stages[i] for i in ("stage-discover", "stage-buy", "stage-receive", "stage-loyalty")] + [
        stages["stage-service"]
    ]
    data["lanes"][1]["name"] = "Back office"
    cards = []
    for tp in data["touchpoints"]:
        if tp["id"] == "tp-cs-bad-review":
            continue
        if tp["id"] == "tp-cs-delivery":
            tp["score"] = 1
        if tp["id"] == "tp-cs-size-guide":
            tp["owner"] = "Web team"
        if tp["id"] == "tp-cs-survey":
            tp["stage_id"], tp["order"] = "stage-loyalty", 9
        cards.append(tp)
    new = dict(cards[0], id="tp-new", title="Try-on at home ✨", order=9, score=2, owner="", personas=[])
    cards.append(new)
    data["touchpoints"] = cards
    return Project.model_validate(data)


@pytest.fixture(scope="module")
def pair() -> tuple[Project, Project]:
    a = storage.load(SHOP)
    return a, to_be(a)


def test_touchpoints_added_removed_moved_changed(pair: tuple[Project, Project]) -> None:
    a, b = pair
    d = compare(a, b)
    assert d.added == ("tp-new",)
    assert d.removed == ("tp-cs-bad-review",)
    assert [(m.id, m.old_stage, m.new_stage, m.old_lane == m.new_lane) for m in d.moved] == [
        ("tp-cs-survey", "stage-service", "stage-loyalty", True)
    ]
    assert [(c.id, c.changes) for c in d.changed] == [
        ("tp-cs-size-guide", (FieldChange("owner", "", "Web team"),)),
        ("tp-cs-delivery", (FieldChange("score", -2, 1),)),
    ]
    assert d.touched == {"tp-new", "tp-cs-survey", "tp-cs-size-guide", "tp-cs-delivery"}
    assert not d.identical


def test_renamed_and_reordered_stages_and_lanes(pair: tuple[Project, Project]) -> None:
    a, b = pair
    d = compare(a, b)
    assert d.stages.renamed == (Rename("stage-buy", "Choose and buy", "Choose & pay"),)
    assert d.stages.added == () and d.stages.removed == ()
    assert d.stages.reordered
    assert d.stages.old_order == ("stage-discover", "stage-buy", "stage-receive", "stage-service", "stage-loyalty")
    assert d.stages.new_order == ("stage-discover", "stage-buy", "stage-receive", "stage-loyalty", "stage-service")
    assert d.lanes.renamed == (Rename("lane-backstage", "Behind the scenes", "Back office"),)
    assert not d.lanes.reordered


def test_score_changes_per_stage(pair: tuple[Project, Project]) -> None:
    a, b = pair
    # Discover 1/4 -> (1+1+0+2)/4; Receive 0/3 -> 3/3; Come back 3/2 -> 3/3 (the survey's 0 joins);
    # Service (-1+0)/2 -> -1/1. "Choose and buy" keeps its average and is not listed.
    got = [(s.stage_id, s.old, s.new) for s in compare(a, b).scores]
    assert got == [
        ("stage-discover", 0.25, 1.0),
        ("stage-receive", 0.0, 1.0),
        ("stage-loyalty", 1.5, 1.0),
        ("stage-service", -0.5, -1.0),
    ]


def test_a_map_equals_itself() -> None:
    a = storage.load(SHOP)
    d = compare(a, a.model_copy(deep=True))
    assert d.identical and d.touched == set() and d.scores == ()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxmapper", "diff", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_diff_command_text_and_json(pair: tuple[Project, Project], tmp_path: Path) -> None:
    a, b = pair
    pa, pb = tmp_path / "as-is.cxmap", tmp_path / "to-be.cxmap"
    storage.save(a, pa, backup=False)
    storage.save(b, pb, backup=False)
    out = run_cli(str(pa), str(pb))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[:2] == [f"--- {pa}", f"+++ {pb}"]
    for expected in (
        "~ stage renamed 'Choose and buy' -> 'Choose & pay'",
        "~ stages reordered: Discover, Choose & pay, Receive the order, Returns and service, Come back"
        " -> Discover, Choose & pay, Receive the order, Come back, Returns and service",
        "~ lane renamed 'Behind the scenes' -> 'Back office'",
        "touchpoints: 1 added, 1 removed, 1 moved, 2 changed",
        "+ 'Try-on at home ✨' in 'Discover'",
        "> 'Satisfaction survey': 'Returns and service' -> 'Come back'",
        '~ \'Size guide\': owner "" -> "Web team"',
        "~ 'Courier delivery': score -2 -> +1",
        "experience per stage (average score):",
    ):
        assert expected in lines, expected
    assert any(line.startswith("- '") and "from 'Discover'" in line for line in lines)
    assert "  Receive the order    +0.00 -> +1.00  (+1.00)" in lines

    data = json.loads(run_cli(str(pa), str(pb), "--json").stdout)
    assert data["format"] == "cxmapper-diff" and data["version"] == 1 and data["identical"] is False
    assert data["stages"]["renamed"] == [{"id": "stage-buy", "old": "Choose and buy", "new": "Choose & pay"}]
    assert data["stages"]["reordered"] is True
    assert data["stages"]["new_order"][-2:] == ["stage-loyalty", "stage-service"]
    assert data["touchpoints"]["added"] == [
        {"id": "tp-new", "title": "Try-on at home ✨", "stage_id": "stage-discover"}
    ]
    assert [r["id"] for r in data["touchpoints"]["removed"]] == ["tp-cs-bad-review"]
    assert data["touchpoints"]["moved"][0]["new_stage_id"] == "stage-loyalty"
    assert data["touchpoints"]["changed"][1] == {
        "id": "tp-cs-delivery",
        "title": "Courier delivery",
        "changes": [{"field": "score", "old": -2, "new": 1}],
    }
    assert data["scores_by_stage"][0] == {
        "stage_id": "stage-discover",
        "name": "Discover",
        "old_average": 0.25,
        "new_average": 1.0,
        "delta": 0.75,
    }
    assert to_json(compare(a, b), a, b) == data


def test_diff_command_same_file_and_errors(tmp_path: Path) -> None:
    same = run_cli(str(SHOP), str(SHOP))
    assert same.returncode == 0 and same.stdout.splitlines()[-1] == "no differences"
    assert json.loads(run_cli(str(SHOP), str(SHOP), "--json").stdout)["identical"] is True
    bad = tmp_path / "bad.cxmap"
    bad.write_text("[]", encoding="utf-8")
    failed = run_cli(str(SHOP), str(bad))
    assert failed.returncode == 1 and "bad.cxmap" in failed.stderr
    assert run_cli(str(SHOP)).returncode == 2
