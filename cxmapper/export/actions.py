"""The action plan in exports: from pain to action, one row per opportunity, most worth doing first.

Rows come from `cxmapper.model.insight.action_plan` (impact first, then least effort, so quick
wins lead), with the columns a team meeting needs: opportunity, touchpoint, owner, KPI, impact,
effort. CSV gets them as its own table (stable English column names and the file format's
values, like the touchpoint CSV); Markdown and PDF get a section with labels in the chosen
language. Its printed words live here, so the shared label table is left alone. Pure Python:
no ReportLab (the PDF part is `actions_pdf`), no Qt.
"""

from __future__ import annotations

import csv
import io

from cxmapper.model.insight import Action, action_plan
from cxmapper.model.project import Project
from cxmapper.model.vocab import Level

CSV_COLUMNS = ("priority", "opportunity", "touchpoint", "owner", "kpi", "impact", "effort", "quick_win", "id")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "action_plan": "Action plan",
        "intro": "Opportunities, most worth doing first: highest impact, then least effort (★ quick win).",
        "opportunity": "Opportunity",
        "touchpoint": "Touchpoint",
        "owner": "Owner",
        "kpi": "KPI",
        "impact": "Impact",
        "effort": "Effort",
        "low": "Low",
        "medium": "Medium",
        "high": "High",
        "none": "No opportunity written down yet.",
    },
    "es": {
        "action_plan": "Plan de acción",
        "intro": "Oportunidades, primero las que más compensan: más impacto, luego menos esfuerzo (★ victoria rápida).",
        "opportunity": "Oportunidad",
        "touchpoint": "Punto de contacto",
        "owner": "Responsable",
        "kpi": "KPI",
        "impact": "Impacto",
        "effort": "Esfuerzo",
        "low": "Bajo",
        "medium": "Medio",
        "high": "Alto",
        "none": "Aún no hay ninguna oportunidad escrita.",
    },
    "ca": {
        "action_plan": "Pla d'acció",
        "intro": "Oportunitats, primer les que més compensen: més impacte i després menys esforç (★ victòria ràpida).",
        "opportunity": "Oportunitat",
        "touchpoint": "Punt de contacte",
        "owner": "Responsable",
        "kpi": "KPI",
        "impact": "Impacte",
        "effort": "Esforç",
        "low": "Baix",
        "medium": "Mitjà",
        "high": "Alt",
        "none": "Encara no hi ha cap oportunitat escrita.",
    },
}


def words(lang: str) -> dict[str, str]:
    """The action plan's printed words in ``lang`` (English when missing)."""
    return WORDS.get(lang, WORDS["en"])


def level_word(level: Level | None, lang: str) -> str:
    """The level in ``lang`` ("High", "Alto", "Alt"...); empty when not rated."""
    return words(lang)[level.value] if level is not None else ""


def plan(project: Project) -> list[Action]:
    """The action plan's rows, in priority order."""
    return action_plan(project)


def render_csv(project: Project) -> bytes:
    """The action plan as CSV: UTF-8 with BOM and CRLF, formulas defused (as the touchpoint CSV)."""
    from cxmapper.export.tabular import _defuse

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i, a in enumerate(plan(project), start=1):
        cells = [
            str(i),
            a.opportunity,
            a.title,
            a.owner,
            a.kpi,
            a.impact.value if a.impact else "",
            a.effort.value if a.effort else "",
            "yes" if a.quick_win else "no",
            a.tp_id,
        ]
        writer.writerow([_defuse(c) for c in cells])
    return out.getvalue().encode("utf-8-sig")


def markdown_lines(project: Project, lang: str) -> list[str]:
    """The "Action plan" section of the Markdown export."""
    from cxmapper.export.tabular import md_escape

    w = words(lang)
    lines = ["", f"## {md_escape(w['action_plan'])}", "", md_escape(w["intro"]), ""]
    actions = plan(project)
    if not actions:
        return [*lines, md_escape(w["none"])]
    keys = ("opportunity", "touchpoint", "owner", "kpi", "impact", "effort")
    lines.append("| # | " + " | ".join(md_escape(w[k]) for k in keys) + " |")
    lines.append("|--:|" + "|".join(["---"] * len(keys)) + "|")
    for i, a in enumerate(actions, start=1):
        star = " \u2605" if a.quick_win else ""
        cells = [a.opportunity, a.title, a.owner, a.kpi, level_word(a.impact, lang), level_word(a.effort, lang)]
        lines.append(f"| {i}{star} | " + " | ".join(md_escape(c) for c in cells) + " |")
    return lines
