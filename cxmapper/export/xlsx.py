"""The touchpoint table as an Excel workbook a client can fill in and send back (openpyxl).

One row per card under a frozen header, sensible column widths, and drop-down lists on stage,
phase, lane, channel, control, ownership, the yes/no columns and the score, fed from a hidden
sheet so stage names with commas or quotes are safe. Labels and choices are in the map's
language; `import_aliases` gives the importer (`cxmapper.model.importer`) every label in every
language, so a sheet filled in Spanish reads back into a Catalan map. The hidden stage and lane
id columns let two stages of the same name stay apart.

User text is always stored as text: a title such as ``=HYPERLINK(...)`` is a string cell, never a
formula (openpyxl would otherwise take any string starting with "=" for one), and characters
XML cannot hold are written in OOXML's ``_xHHHH_`` escape, as Excel does.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from typing import Any

from cxmapper.export import style
from cxmapper.export.labels import LABELS
from cxmapper.export.options import ExportOptions, Progress, ProgressTracker, write_atomic
from cxmapper.export.sharelabels import ShareLabels
from cxmapper.export.tabular import LIST_SEPARATOR, ordered_touchpoints
from cxmapper.model.importer import fold
from cxmapper.model.project import Project, Stage, Touchpoint
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Channel, Control, Ownership, Phase

#: The workbook's columns (canonical names, as the importer knows them) and their widths.
XLSX_COLUMNS: tuple[tuple[str, float], ...] = (
    ("id", 14),
    ("title", 34),
    ("description", 48),
    ("phase", 22),
    ("stage", 24),
    ("lane", 18),
    ("channel", 22),
    ("control", 16),
    ("ownership", 22),
    ("influence", 12),
    ("score", 9),
    ("moment_of_truth", 12),
    ("customer_action", 32),
    ("thoughts", 32),
    ("pain_points", 32),
    ("opportunities", 32),
    ("owner", 18),
    ("kpi", 18),
    ("tags", 20),
    ("personas", 20),
    ("notes", 32),
    ("color", 10),
    ("stage_id", 14),
    ("lane_id", 14),
)
HIDDEN = ("stage_id", "lane_id")
WRAPPED = ("title", "description", "customer_action", "thoughts", "pain_points", "opportunities", "notes")
# The label key of each column's header (the id columns keep their file names).
_HEADER_KEYS = {
    "id": "id",
    "title": "touchpoint",
    "description": "description",
    "phase": "phase",
    "stage": "stage",
    "lane": "lane",
    "channel": "channel",
    "control": "control",
    "ownership": "ownership",
    "influence": "influence",
    "score": "score",
    "moment_of_truth": "moment_of_truth",
    "customer_action": "customer_action",
    "thoughts": "thoughts",
    "pain_points": "pain_points",
    "opportunities": "opportunities",
    "owner": "owner",
    "kpi": "kpi",
    "tags": "tags",
    "personas": "personas",
    "notes": "notes",
    "color": "color",
}
LAST_ROW = 1_048_576  # Excel's last row: the drop-downs also serve rows the client adds

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_XML_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def xml_escape(text: str) -> str:
    """Text XML can hold, in OOXML's escape: CR -> ``_x000D_``; a literal ``_x0041_`` keeps its underscore."""
    text = _XML_ESCAPE_LIKE.sub(r"_x005F_\1", text)
    return _XML_BAD.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def header(key: str, labels: ShareLabels) -> str:
    """A column's header text in the labels' language."""
    label_key = _HEADER_KEYS.get(key)
    return labels[label_key] if label_key else key


def import_aliases() -> dict[str, dict[str, str]]:
    """Every header and choice label of every language, folded, to its canonical value.

    Raises ValueError if one word would mean two things (a translation clash), so that an
    ambiguous sheet can never be read silently wrong; a test calls this.
    """
    out: dict[str, dict[str, str]] = {name: {} for name in ("header", "phase", "channel", "control", "ownership")}
    out["bool"] = {}

    def put(kind: str, word: str, value: str) -> None:
        key = fold(word)
        if out[kind].get(key, value) != value:
            raise ValueError(f"{kind}: {word!r} means both {out[kind][key]!r} and {value!r}")
        out[kind][key] = value

    for lang in LABELS:
        labels = ShareLabels(lang)
        for key, _width in XLSX_COLUMNS:
            put("header", header(key, labels), key)
        put("header", labels["title"], "title")
        for phase in Phase:
            put("phase", labels.phase(phase), phase.value)
        for channel in Channel:
            put("channel", labels.channel(channel), channel.value)
        for control in Control:
            put("control", labels.control(control), control.value)
        for ownership in Ownership:
            put("ownership", labels.ownership(ownership), ownership.value)
        put("bool", labels["yes"], "yes")
        put("bool", labels["no"], "no")
    return out


def _cells(
    tp: Touchpoint, stages: dict[str, Stage], lanes: dict[str, str], personas: dict[str, str], labels: ShareLabels
) -> dict[str, str | int | None]:
    """One card's row, keyed by column: choices as labels, lists joined with "; "."""
    stage = stages[tp.stage_id]
    return {
        "id": tp.id,
        "title": tp.title,
        "description": tp.description,
        "phase": labels.phase(stage.phase),
        "stage": stage.name,
        "lane": lanes[tp.lane_id],
        "channel": labels.channel(tp.channel),
        "control": labels.control(tp.control),
        "ownership": labels.ownership(tp.ownership),
        "influence": labels["yes"] if tp.influence else labels["no"],
        "score": tp.score,
        "moment_of_truth": labels["yes"] if tp.moment_of_truth else labels["no"],
        "customer_action": tp.customer_action,
        "thoughts": tp.thoughts,
        "pain_points": tp.pain_points,
        "opportunities": tp.opportunities,
        "owner": tp.owner,
        "kpi": tp.kpi,
        "tags": LIST_SEPARATOR.join(tp.tags),
        "personas": LIST_SEPARATOR.join(personas[p] for p in tp.personas),
        "notes": tp.notes,
        "color": tp.color or "",
        "stage_id": tp.stage_id,
        "lane_id": tp.lane_id,
    }


def set_text(cell: Any, value: str | int | None) -> None:
    """Store a value; strings always as text (never a formula), escaped for XML."""
    if value is None or value == "":
        return
    if isinstance(value, int):
        cell.value = value
        return
    cell.value = xml_escape(value)
    cell.data_type = "s"  # openpyxl marks any string starting with "=" as a formula


def _sheet_name(text: str) -> str:
    """A valid worksheet name: no brackets, colons, stars, question marks or slashes; 31 characters at most."""
    return re.sub(r"[\[\]:*?/\\]", " ", text)[:31].strip() or "Sheet"


def _ref(sheet: str, column: str, first: int, last: int) -> str:
    quoted = "'" + sheet.replace("'", "''") + "'"
    return f"{quoted}!${column}${first}:${column}${max(first, last)}"


def render_xlsx(project: Project, options: ExportOptions | None = None, progress: Progress | None = None) -> bytes:
    """The workbook as bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    opts = options or ExportOptions()
    labels = ShareLabels(opts.language(project.language))
    tps = ordered_touchpoints(project)
    tracker = ProgressTracker(progress, len(tps) + 2)
    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_name(labels["table"])
    letters = {key: get_column_letter(i + 1) for i, (key, _w) in enumerate(XLSX_COLUMNS)}

    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor=style.accent(Phase.BEFORE).lstrip("#").upper())
    for i, (key, width) in enumerate(XLSX_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=i)
        set_text(cell, header(key, labels))
        cell.font = head_font
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        dim = sheet.column_dimensions[letters[key]]
        dim.width = width
        if key in HIDDEN:
            dim.hidden = True
    sheet.freeze_panes = "C2"  # the header and the id and title columns stay in view
    sheet.auto_filter.ref = f"A1:{letters[XLSX_COLUMNS[-1][0]]}{len(tps) + 1}"

    stages = {s.id: s for s in project.stages}
    lanes = {lane.id: lane.name for lane in project.lanes}
    personas = {p.id: p.name for p in project.personas}
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    for r, tp in enumerate(tps, start=2):
        values = _cells(tp, stages, lanes, personas, labels)
        for c, (key, _w) in enumerate(XLSX_COLUMNS, start=1):
            cell = sheet.cell(row=r, column=c)
            set_text(cell, values[key])
            cell.alignment = wrap if key in WRAPPED else top
        tracker.step()

    # The choices, one column each on a hidden sheet, referenced by the drop-downs.
    lists = book.create_sheet(_sheet_name(labels["lists"]))
    lists.sheet_state = "hidden"
    choices: dict[str, Sequence[str]] = {
        "stage": [s.name for s in project.stages],
        "phase": [labels.phase(p) for p in Phase],
        "lane": [lane.name for lane in project.lanes],
        "channel": [labels.channel(c) for c in Channel],
        "control": [labels.control(c) for c in Control],
        "ownership": [labels.ownership(o) for o in Ownership],
        "influence": [labels["yes"], labels["no"]],
    }
    choices["moment_of_truth"] = choices["influence"]
    list_columns: dict[str, str] = {}
    for i, (key, choice_list) in enumerate(choices.items(), start=1):
        column = get_column_letter(i)
        list_columns[key] = column
        set_text(lists.cell(row=1, column=i), header(key, labels))
        for r, value in enumerate(choice_list, start=2):
            set_text(lists.cell(row=r, column=i), value)
    for key, choice_list in choices.items():
        dv = DataValidation(
            type="list",
            formula1="=" + _ref(lists.title, list_columns[key], 2, len(choice_list) + 1),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=header(key, labels),
            error=labels["choose"],
        )
        dv.add(f"{letters[key]}2:{letters[key]}{LAST_ROW}")
        sheet.add_data_validation(dv)
    scores = ",".join(str(s) for s in range(SCORE_MIN, SCORE_MAX + 1))
    dv = DataValidation(
        type="list",
        formula1=f'"{scores}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=header("score", labels),
        error=labels["choose"],
    )
    dv.add(f"{letters['score']}2:{letters['score']}{LAST_ROW}")
    sheet.add_data_validation(dv)
    tracker.step()

    notes = book.create_sheet(_sheet_name(labels["instructions"]))
    set_text(notes.cell(row=1, column=1), project.title.strip() or labels["untitled"])
    notes.cell(row=1, column=1).font = Font(bold=True, size=14)
    set_text(notes.cell(row=3, column=1), labels["fill_in"])
    notes.cell(row=3, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    notes.column_dimensions["A"].width = 100
    book.active = 0

    out = io.BytesIO()
    book.save(out)
    tracker.finish()
    return out.getvalue()


def export_xlsx(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the workbook atomically (no partial file on error or cancel)."""
    write_atomic(path, render_xlsx(project, options, progress))
