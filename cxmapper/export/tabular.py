"""Touchpoints as rows: CSV for spreadsheets and Markdown for wikis and reports.

CSV keeps every field of every touchpoint, with stable English column names and the file
format's own values (``before``, ``email``...) so it can be read back by a script; stage, lane
and personas are written by name, tags joined by "; ". It is UTF-8 with a byte-order mark so
Excel shows accents. Markdown is the printable table, with labels in the chosen language.
Pure Python: no ReportLab, no Qt.
"""

from __future__ import annotations

import csv
import io
import os

from cxmapper.export.labels import Labels
from cxmapper.export.options import ExportOptions, Progress, ProgressTracker, write_atomic
from cxmapper.export.style import score_text
from cxmapper.model.importer import COLUMNS
from cxmapper.model.project import Project, Touchpoint

#: The CSV's columns are the ones an import reads back (one list, so the round trip holds).
CSV_COLUMNS = COLUMNS
LIST_SEPARATOR = "; "


def ordered_touchpoints(project: Project) -> list[Touchpoint]:
    """Touchpoints in reading order: stage by stage, lane by lane, card by card."""
    cells = project.cells()
    return [tp for stage in project.stages for lane in project.lanes for tp in cells.get((stage.id, lane.id), [])]


def csv_rows(project: Project) -> list[dict[str, str]]:
    """One dict per touchpoint, keyed by `CSV_COLUMNS`."""
    stages = {s.id: s for s in project.stages}
    lanes = {lane.id: lane for lane in project.lanes}
    personas = {p.id: p for p in project.personas}
    rows = []
    for tp in ordered_touchpoints(project):
        stage = stages[tp.stage_id]
        rows.append(
            {
                "id": tp.id,
                "title": tp.title,
                "description": tp.description,
                "phase": stage.phase.value,
                "stage": stage.name,
                "lane": lanes[tp.lane_id].name,
                "order": str(tp.order),
                "channel": tp.channel.value,
                "control": tp.control.value,
                "ownership": tp.ownership.value,
                "influence": "yes" if tp.influence else "no",
                "score": "" if tp.score is None else str(tp.score),
                "moment_of_truth": "yes" if tp.moment_of_truth else "no",
                "customer_action": tp.customer_action,
                "thoughts": tp.thoughts,
                "pain_points": tp.pain_points,
                "opportunities": tp.opportunities,
                "owner": tp.owner,
                "kpi": tp.kpi,
                "tags": LIST_SEPARATOR.join(tp.tags),
                "personas": LIST_SEPARATOR.join(personas[pid].name for pid in tp.personas),
                "notes": tp.notes,
                "color": tp.color or "",
                "stage_id": tp.stage_id,
                "lane_id": tp.lane_id,
            }
        )
    return rows


def render_csv(project: Project, progress: Progress | None = None) -> bytes:
    """The CSV as bytes: UTF-8 with BOM, CRLF line ends (what Excel expects)."""
    rows = csv_rows(project)
    tracker = ProgressTracker(progress, len(rows) + 1)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _defuse(v) for k, v in row.items()})
        tracker.step()
    tracker.finish()
    return out.getvalue().encode("utf-8-sig")


def _defuse(value: str) -> str:
    """Keep a spreadsheet from running user text as a formula (CSV injection): "=cmd" -> "'=cmd".

    Text that already starts with "'" gets one more, so the import (model/importer.py) can take
    exactly one off and read back what was written.
    """
    risky = value[:1] in ("=", "+", "@", "\t", "\r", "'") or (value[:1] == "-" and value[1:2] not in " 0123456789")
    return "'" + value if risky else value


def export_csv(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the CSV atomically (no partial file on error or cancel); the action plan if asked."""
    if options is not None and options.actions:
        from cxmapper.export.actions import render_csv as render_actions

        write_atomic(path, render_actions(project))
        return
    write_atomic(path, render_csv(project, progress))


def md_escape(text: str) -> str:
    """User text safe inside a Markdown table cell: pipes, markup and line breaks neutralised."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "*_`[]#":
        text = text.replace(ch, "\\" + ch)
    return "<br>".join(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())


def render_markdown(project: Project, options: ExportOptions | None = None, progress: Progress | None = None) -> str:
    """The touchpoint table as GitHub-flavoured Markdown, labels in the chosen language."""
    opts = options or ExportOptions()
    labels = Labels(opts.language(project.language))
    stages = {s.id: s for s in project.stages}
    tps = ordered_touchpoints(project)
    tracker = ProgressTracker(progress, len(tps) + 1)

    title = project.title.strip() or labels["untitled"]
    lines = [f"# {md_escape(title)}", ""]
    meta = [project.brand.strip(), project.author.strip(), labels.date(project.modified.date())]
    lines += [" · ".join(md_escape(p) for p in meta if p), ""]
    if project.personas:
        names = " · ".join(md_escape(p.name) for p in project.personas)
        lines += [f"**{md_escape(labels['personas'])}:** {names}", ""]
    lines += [f"## {md_escape(labels['table'])}", ""]
    keys = ("phase", "stage", "touchpoint", "description", "channel", "control", "score")
    lines.append("| " + " | ".join(md_escape(labels[k]) for k in keys) + " |")
    lines.append("|" + "|".join(["---"] * (len(keys) - 1) + ["--:"]) + "|")
    for tp in tps:
        stage = stages[tp.stage_id]
        cells = [
            labels.phase(stage.phase),
            stage.name,
            (tp.title.strip() or labels["untitled"]) + (" \u2605" if tp.moment_of_truth else ""),
            tp.description,
            labels.channel(tp.channel),
            labels.control(tp.control),
            "" if tp.score is None else score_text(tp.score),
        ]
        lines.append("| " + " | ".join(md_escape(c) for c in cells) + " |")
        tracker.step()
    if any(tp.moment_of_truth for tp in tps):
        lines += ["", f"\u2605 {md_escape(labels['moment_of_truth'])}"]
    if opts.actions:
        from cxmapper.export.actions import markdown_lines

        lines += markdown_lines(project, labels.lang)
    tracker.finish()
    return "\n".join(lines) + "\n"


def export_markdown(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the Markdown table atomically."""
    write_atomic(path, render_markdown(project, options, progress).encode("utf-8"))
