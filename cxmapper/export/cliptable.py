"""Cards as a table for the clipboard: HTML and tab-separated text, for Edit > Copy as Table.

Word, Google Docs and Slides paste the HTML as a real table; Excel, Sheets and Calc take the
tab-separated text as cells. Both hold the same columns, in reading order, with the map's
language for headers and choices (like the other exports). User text is escaped in the HTML
and quoted in the text form where a tab, a line break or a quote would split a cell. Pure
Python; the editor only puts the two strings on the clipboard.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from cxmapper.export import style
from cxmapper.export.labels import Labels
from cxmapper.model.project import Project, Touchpoint

KEYS = ("phase", "stage", "lane", "touchpoint", "description", "channel", "control", "score", "moment_of_truth")


def rows(project: Project, cards: Iterable[Touchpoint], labels: Labels) -> list[list[str]]:
    """The header row and one row per card, as display text."""
    stages = {s.id: s for s in project.stages}
    lanes = {lane.id: lane.name for lane in project.lanes}
    out = [[labels[k] for k in KEYS]]
    for tp in cards:
        stage = stages[tp.stage_id]
        out.append(
            [
                labels.phase(stage.phase),
                stage.name,
                lanes[tp.lane_id],
                tp.title,
                tp.description,
                labels.channel(tp.channel),
                labels.control(tp.control),
                "" if tp.score is None else style.score_text(tp.score),
                "\u2605" if tp.moment_of_truth else "",
            ]
        )
    return out


def _tsv_cell(text: str) -> str:
    if any(c in text for c in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def table_tsv(table: list[list[str]]) -> str:
    """Tab-separated rows, CRLF line ends, multi-line cells quoted (as spreadsheets copy them)."""
    return "".join("\t".join(_tsv_cell(c) for c in row) + "\r\n" for row in table)


def table_html(table: list[list[str]], caption: str) -> str:
    """A small HTML document with one table; borders inline, since pasted HTML keeps no stylesheet."""
    cell = "border:1px solid #cbd5e1;padding:4px 6px;vertical-align:top;text-align:left"

    def text(value: str) -> str:
        return "<br>".join(html.escape(line) for line in value.replace("\r\n", "\n").split("\n"))

    head = "".join(f'<th style="{cell};background:#f1f5f9">{text(h)}</th>' for h in table[0])
    body = "".join("<tr>" + "".join(f'<td style="{cell}">{text(c)}</td>' for c in row) + "</tr>" for row in table[1:])
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        f'<table style="border-collapse:collapse"><caption>{text(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )
