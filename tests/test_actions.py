"""From pain to action: impact and effort on a card, the matrix, and the action plan in exports.

The clothing-shop sample has eight cards with an opportunity (blog, bad review, website, size
guide, delivery, customer service, survey, newsletter); the tests below rate five of them and
work out the expected order by hand: most impact first, then least effort, then the worse score.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxmapper.export import ExportOptions, export
from cxmapper.model import storage
from cxmapper.model.insight import action_plan, is_quick_win, matrix
from cxmapper.model.project import Project
from cxmapper.model.vocab import Level

ROOT = Path(__file__).resolve().parents[1]
H, M, L = Level.HIGH, Level.MEDIUM, Level.LOW

# Rated: size guide high/low and newsletter medium/low are the quick wins; delivery high/high;
# blog high impact, effort not rated; survey low/low. Not rated: customer service (-1, moment of
# truth), bad review (-1), website (+1).
EXPECTED_ORDER = [
    "tp-cs-size-guide",
    "tp-cs-delivery",
    "tp-cs-blog",
    "tp-cs-newsletter",
    "tp-cs-survey",
    "tp-cs-customer-service",
    "tp-cs-bad-review",
    "tp-cs-website",
]


def rated_shop() -> Project:
    p = storage.load(ROOT / "resources" / "samples" / "clothing-shop.cxmap")
    ratings = {
        "tp-cs-size-guide": (H, L),
        "tp-cs-delivery": (H, H),
        "tp-cs-blog": (H, None),
        "tp-cs-newsletter": (M, L),
        "tp-cs-survey": (L, L),
    }
    for tp in p.touchpoints:
        if tp.id in ratings:
            tp.impact, tp.effort = ratings[tp.id]
    return p


def test_quick_wins() -> None:
    assert is_quick_win(H, L) and is_quick_win(H, M) and is_quick_win(M, L)
    assert not any(is_quick_win(i, e) for i, e in [(H, H), (M, M), (L, L), (M, H), (H, None), (None, L)])


def test_action_plan_order_and_rows() -> None:
    plan = action_plan(rated_shop())
    assert [a.tp_id for a in plan] == EXPECTED_ORDER
    assert [a.quick_win for a in plan] == [True, False, False, True, False, False, False, False]
    delivery = plan[1]
    assert (delivery.title, delivery.owner, delivery.kpi) == ("Courier delivery", "Logistics", "On-time delivery rate")
    assert delivery.opportunity.startswith("Warn about delays")


def test_the_matrix_lists_cells_quick_wins_first() -> None:
    cells = matrix(action_plan(rated_shop()))
    assert cells == [
        (H, L, ("tp-cs-size-guide",)),
        (H, H, ("tp-cs-delivery",)),
        (H, None, ("tp-cs-blog",)),
        (M, L, ("tp-cs-newsletter",)),
        (L, L, ("tp-cs-survey",)),
        (None, None, ("tp-cs-customer-service", "tp-cs-bad-review", "tp-cs-website")),
    ]


def test_impact_and_effort_survive_a_save_and_old_files_have_none(tmp_path: Path) -> None:
    path = tmp_path / "shop.cxmap"
    storage.save(rated_shop(), path, backup=False)
    back = storage.load(path)
    assert (back.touchpoint("tp-cs-delivery").impact, back.touchpoint("tp-cs-delivery").effort) == (H, H)
    old = storage.load(ROOT / "tests" / "fixtures" / "v1-beauty-salon.cxmap")
    assert old.schema_version == 2
    assert all(tp.impact is None and tp.effort is None for tp in old.touchpoints)


def test_csv_action_plan(tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    export(rated_shop(), out, ExportOptions(actions=True))
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["priority", "opportunity", "touchpoint", "owner", "kpi", "impact", "effort", "quick_win", "id"]
    assert [r[-1] for r in rows[1:]] == EXPECTED_ORDER
    assert rows[2][:8] == [
        "2",
        "Warn about delays before the customer asks; offer pick-up lockers.",
        "Courier delivery",
        "Logistics",
        "On-time delivery rate",
        "high",
        "high",
        "no",
    ]


def test_markdown_action_plan_in_the_maps_language(tmp_path: Path) -> None:
    p = rated_shop()
    p.language = "es"
    out = tmp_path / "plan.md"
    export(p, out, ExportOptions(actions=True))
    text = out.read_text(encoding="utf-8")
    assert "## Plan de acción" in text
    assert "| # | Oportunidad | Punto de contacto | Responsable | KPI | Impacto | Esfuerzo |" in text
    assert "| 1 ★ | Fit notes per garment (“runs small”) and a size tip based on past orders. | Size guide |" in text
    assert text.index("| 2 | Warn about delays") < text.index("| 4 ★ | Use her size")
    plain = tmp_path / "plain.md"
    export(p, plain, ExportOptions())
    assert "Plan de acción" not in plain.read_text(encoding="utf-8")


def test_pdf_action_plan_pages_and_cli_flag(tmp_path: Path) -> None:
    source = tmp_path / "shop.cxmap"
    storage.save(rated_shop(), source, backup=False)
    out = tmp_path / "plan.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "cxmapper", "export", str(source), "-o", str(out), "--no-map", "--actions"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Action plan" in text and "Courier delivery" in text and "Logistics" in text
    assert text.index("Size guide") < text.index("Courier delivery") < text.index("Fashion trends blog")
    assert f"1 of {len(reader.pages)}" in reader.pages[0].extract_text()
    bad = subprocess.run(
        [sys.executable, "-m", "cxmapper", "export", str(source), "-o", str(tmp_path / "x.png"), "--actions"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 2 and "--actions" in bad.stderr


@pytest.mark.parametrize("options", [ExportOptions(include_map=False, actions=True)])
def test_actions_alone_is_something_to_export(options: ExportOptions) -> None:
    options.validate()
    with pytest.raises(ValueError, match="nothing to export"):
        ExportOptions(include_map=False).validate()
