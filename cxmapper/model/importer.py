"""Touchpoints back in from a spreadsheet: the .xlsx this program writes, its CSV, and common CSV variants.

A consultant sends the touchpoint table to a client, who fills it in and sends it back. Importing
it turns each row into a step: a row whose id names a card of the map updates that card (only
the columns the sheet has, only what changed), any other row becomes a new card at the end of
its cell (keeping the row's id when it is a free, valid one, so a map exported and imported
into an empty copy comes back equal). A bad row is reported by row and column and skipped;
the good ones still go in. Nothing changes until the plan is applied, so the editor can show
what will be added and changed first, and apply it as one undo step.

The words a reader understands (header names, channel labels in three languages) come from the
caller as ``aliases``, because the printed words live in `cxmapper.export`, which the model must
not import; the file values (``email``, ``before``, ``yes``) are always understood.

Pure Python, no Qt; openpyxl is imported only to read an .xlsx.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cxmapper.model import paste
from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint, new_id, new_project
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Channel, Control, Ownership, Phase, fold_accents

#: Every column an import understands, by its canonical name (the CSV export's header).
COLUMNS = (
    "id",
    "title",
    "description",
    "phase",
    "stage",
    "lane",
    "order",
    "channel",
    "control",
    "ownership",
    "influence",
    "score",
    "moment_of_truth",
    "customer_action",
    "thoughts",
    "pain_points",
    "opportunities",
    "owner",
    "kpi",
    "tags",
    "personas",
    "notes",
    "color",
    "stage_id",
    "lane_id",
)
#: Columns that are card fields holding plain text.
TEXT_COLUMNS = (
    "title",
    "description",
    "customer_action",
    "thoughts",
    "pain_points",
    "opportunities",
    "owner",
    "kpi",
    "notes",
)
LIST_SEPARATOR = ";"
_SYNONYMS: dict[type[Any], Any] = {
    Channel: paste.channel_from_text,
    Control: paste.control_from_text,
    Phase: paste.phase_from_text,
}
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_TRUE = ("yes", "true", "1", "x", "y")
_FALSE = ("no", "false", "0", "", "n")
# CSV injection defence of the CSV export (tabular._defuse): "'" before these first characters.
_RISKY_START = ("=", "+", "@", "\t", "\r", "'")


#: ``progress(done, total) -> keep_going`` (rows; ``total`` 0 when unknown): return False to stop.
Progress = Callable[[int, int], bool]
# Rows read or planned between two progress reports (a few milliseconds of work).
_REPORT_EVERY = 500


class TableReadError(ValueError):
    """A file that cannot be read as a table at all; ``str()`` is one sentence for the user."""


class ImportCancelled(Exception):  # noqa: N818 - named like export's ExportCancelled
    """The progress callback asked to stop; nothing was read or planned."""


def _report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far reading or planning is; stop with `ImportCancelled` if it says so."""
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def fold(text: str) -> str:
    """A cell folded for matching words: lower case, no accents, single spaces, ``_`` as a space."""
    return " ".join(fold_accents(text).replace("_", " ").split()).strip(" .:*")


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Table:
    """A sheet as text: the header cells and the data rows with their sheet row numbers (1-based)."""

    header: list[str]
    rows: list[tuple[int, list[str]]]


@dataclass(frozen=True)
class RowError:
    """Why one row was not imported: the sheet row, the column (header text and letter) and the reason."""

    row: int
    column: str
    message: str
    code: str = "invalid"
    value: str = ""

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class AddCard:
    """A new card, at the end of its cell when applied."""

    row: int
    touchpoint: Touchpoint


@dataclass(frozen=True)
class UpdateCard:
    """Changed fields of an existing card, and its new cell (end of it) if it moves."""

    row: int
    tp_id: str
    title: str
    changes: dict[str, Any]
    move_to: tuple[str, str] | None = None


@dataclass
class ImportPlan:
    """What an import will do, in row order, before anything changes."""

    steps: list[AddCard | UpdateCard] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    unchanged: int = 0
    new_stages: list[Stage] = field(default_factory=list)
    new_lanes: list[Lane] = field(default_factory=list)
    new_personas: list[Persona] = field(default_factory=list)

    @property
    def added(self) -> list[AddCard]:
        """The new cards."""
        return [s for s in self.steps if isinstance(s, AddCard)]

    @property
    def updated(self) -> list[UpdateCard]:
        """The changed cards."""
        return [s for s in self.steps if isinstance(s, UpdateCard)]

    def is_empty(self) -> bool:
        """Whether applying would change nothing."""
        return not (self.steps or self.new_stages or self.new_lanes or self.new_personas)


# -- reading files ---------------------------------------------------------------------------------


def read_table(path: str | os.PathLike[str], progress: Progress | None = None) -> Table:
    """Read an .xlsx (first sheet) or a CSV/TSV file into text cells.

    ``progress`` hears of the rows read (an .xlsx of 20,000 rows takes seconds) and may stop
    the reading by returning False: `ImportCancelled` is raised and nothing is kept.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TableReadError(f"{p}: cannot read the file ({exc.strerror or exc})") from None
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(data, p.name, progress)
    return read_csv(data, progress)


def decode_text(data: bytes) -> str:
    """Text from a CSV's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252/Latin-1.

    Older Excel on Windows saves "CSV" in the system code page, which for Spanish and Catalan is
    Windows-1252; bytes it leaves undefined are read as Latin-1, so nothing is ever refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _delimiter(text: str) -> str:
    """Comma, semicolon (Excel in Spanish and Catalan locales) or tab, from the header line."""
    first = text.split("\n", 1)[0]
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, progress: Progress | None = None) -> Table:
    """Rows of a CSV in any of the common dialects; the first row is the header.

    ``progress`` counts physical lines (a quoted cell may span several), out of the file's.
    """
    text = decode_text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    lines = text.count("\n") + 1 if progress is not None else 0
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) % _REPORT_EVERY == 0:
                _report(progress, reader.line_num, lines)
    except csv.Error as exc:
        raise TableReadError(f"not a readable CSV file ({exc})") from None
    if not records:
        raise TableReadError("the file is empty")
    rows = [(i + 2, [_undefuse(c) for c in r]) for i, r in enumerate(records[1:]) if any(c.strip() for c in r)]
    return Table(header=records[0], rows=rows)


def _undefuse(value: str) -> str:
    """Undo the CSV export's guard against formulas: "'=cmd" -> "=cmd" (exact inverse of tabular._defuse)."""
    if value.startswith("'") and _risky(value[1:]):
        return value[1:]
    return value


def _risky(value: str) -> bool:
    return value[:1] in _RISKY_START or (value[:1] == "-" and value[1:2] not in " 0123456789")


_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def xml_unescape(value: str) -> str:
    """OOXML's escape for characters XML cannot hold: ``_x000D_`` -> CR, ``_x005F_`` -> ``_``."""
    if "_x" not in value:
        return value
    return _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return xml_unescape(value)
    return str(value)


def read_xlsx(data: bytes, name: str = "workbook", progress: Progress | None = None) -> Table:
    """The first worksheet of a workbook as text; formulas give their last computed value.

    ``progress`` counts rows out of the sheet's stated size (0 when the workbook does not say).
    """
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TableReadError(f"{name}: not a readable Excel workbook ({exc})") from None
    try:
        sheet = book.worksheets[0]
        total = sheet.max_row or 0
        records: list[list[str]] = []
        for row in sheet.iter_rows(values_only=True):
            records.append([_cell_text(v) for v in row])
            if len(records) % _REPORT_EVERY == 0:
                _report(progress, len(records), total)
    finally:
        book.close()
    if not records:
        raise TableReadError(f"{name}: the first sheet is empty")
    rows = [(i + 2, r) for i, r in enumerate(records[1:]) if any(c.strip() for c in r)]
    return Table(header=records[0], rows=rows)


# -- planning --------------------------------------------------------------------------------------

#: ``aliases[column][fold(word)] = canonical value``; ``aliases["header"][fold(word)] = column``.
Aliases = Mapping[str, Mapping[str, str]]


def _columns(header: Sequence[str], aliases: Aliases) -> dict[int, str]:
    """Which canonical column each header cell names; unknown and repeated ones are left out."""
    words = {fold(c): c for c in COLUMNS}
    words.update({k: v for k, v in aliases.get("header", {}).items()})
    out: dict[int, str] = {}
    seen: set[str] = set()
    for i, cell in enumerate(header):
        name = words.get(fold(cell))
        if name is not None and name not in seen:
            out[i] = name
            seen.add(name)
    return out


class _Resolver:
    """Turns one row's cells into card fields, recording the first problem of each cell."""

    def __init__(self, project: Project, aliases: Aliases, plan: ImportPlan | None = None) -> None:
        self.project = project
        self.aliases = aliases
        self.plan = plan  # given when stages and lanes the sheet names may be created
        self.stage_by_id = {s.id: s for s in project.stages}
        self.lane_by_id = {lane.id: lane for lane in project.lanes}
        self.stages_by_name = _by_name((s.name, s.id) for s in project.stages)
        self.lanes_by_name = _by_name((lane.name, lane.id) for lane in project.lanes)
        self.personas_by_name = _by_name((p.name, p.id) for p in project.personas)
        self.first_stage_of: dict[Phase, str] = {}
        for stage in reversed(project.stages):
            self.first_stage_of[stage.phase] = stage.id

    def enum(self, column: str, text: str, kind: type[Any]) -> Any:
        key = fold(text)
        for member in kind:
            if fold(member.value) == key:
                return member
        value = self.aliases.get(column, {}).get(key)
        if value is not None:
            return kind(value)
        # Words people type by hand ("e-mail", "tienda", "durante") that Paste understands too.
        fallback = _SYNONYMS.get(kind)
        found = fallback(text) if fallback is not None else None
        if found is None:
            raise CellProblemError("unknown_value", text.strip(), f"unknown value {text.strip()!r}")
        return found

    def boolean(self, column: str, text: str) -> bool:
        key = fold(text)
        alias = self.aliases.get("bool", {}).get(key)
        if alias is not None:
            key = alias
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise CellProblemError("not_yes_no", text.strip(), f"not yes or no: {text.strip()!r}")

    def score(self, text: str) -> int | None:
        raw = text.strip().replace("\u2013", "-").replace("\u2212", "-")
        if not raw:
            return None
        match = re.fullmatch(r"([+-]?)(\d+)(?:[.,]0+)?", raw)
        if not match:
            raise CellProblemError(
                "not_score", text.strip(), f"not a score from {SCORE_MIN} to +{SCORE_MAX}: {text.strip()!r}"
            )
        value = int(match.group(2)) * (-1 if match.group(1) == "-" else 1)
        if not SCORE_MIN <= value <= SCORE_MAX:
            raise CellProblemError(
                "not_score", text.strip(), f"not a score from {SCORE_MIN} to +{SCORE_MAX}: {text.strip()!r}"
            )
        return value

    def place(
        self, cells: Mapping[str, str], current: tuple[str, str] | None
    ) -> tuple[tuple[str, str] | None, tuple[str, CellProblemError] | None]:
        """The (stage id, lane id) a row names, or None and the column at fault with the reason."""
        stage_text, stage_ident = cells.get("stage", "").strip(), cells.get("stage_id", "").strip()
        lane_text, lane_ident = cells.get("lane", "").strip(), cells.get("lane_id", "").strip()
        phase_text = cells.get("phase", "").strip()
        phase = self.enum("phase", phase_text, Phase) if phase_text else None
        stage_id = self._pick(stage_text, stage_ident, self.stages_by_name, self.stage_by_id)
        if stage_id is None and stage_text and self.plan is not None:
            stage = Stage(
                id=self._free(stage_ident, self.stage_by_id, "stage"),
                name=stage_text[:120],
                phase=phase or Phase.BEFORE,
            )
            self._register(stage.name, stage.id, stage, self.stages_by_name, self.stage_by_id)
            self.plan.new_stages.append(stage)
            stage_id = stage.id
        if stage_id is None and stage_text:
            return None, ("stage", CellProblemError("no_stage", stage_text, f"no stage called {stage_text!r}"))
        if stage_id is None and stage_ident:
            return None, ("stage_id", CellProblemError("no_stage", stage_ident, f"no stage with id {stage_ident!r}"))
        if stage_id is None and phase is not None:
            stage_id = self.first_stage_of.get(phase)
            if stage_id is None:
                return None, (
                    "phase",
                    CellProblemError(
                        "no_stage_in_phase", phase_text, f"the map has no stage in the phase {phase_text!r}"
                    ),
                )
        lane_id = self._pick(lane_text, lane_ident, self.lanes_by_name, self.lane_by_id)
        if lane_id is None and lane_text and self.plan is not None:
            lane = Lane(id=self._free(lane_ident, self.lane_by_id, "lane"), name=lane_text[:120])
            self._register(lane.name, lane.id, lane, self.lanes_by_name, self.lane_by_id)
            self.plan.new_lanes.append(lane)
            lane_id = lane.id
        if lane_id is None and lane_text:
            return None, ("lane", CellProblemError("no_lane", lane_text, f"no lane called {lane_text!r}"))
        if lane_id is None and lane_ident:
            return None, ("lane_id", CellProblemError("no_lane", lane_ident, f"no lane with id {lane_ident!r}"))
        if current is not None:
            return (stage_id or current[0], lane_id or current[1]), None
        return (stage_id or self.project.stages[0].id, lane_id or self.project.lanes[0].id), None

    @staticmethod
    def _free(ident: str, taken: Mapping[str, Any], prefix: str) -> str:
        """The sheet's id for a new stage or lane when it is valid and free (a round trip keeps ids)."""
        return ident if ident and _ID.match(ident) and ident not in taken else new_id(prefix)

    @staticmethod
    def _register(name: str, ident: str, item: Any, by_name: dict[str, list[str]], by_id: dict[str, Any]) -> None:
        by_name.setdefault(name.strip(), []).append(ident)
        by_name.setdefault(fold(name), []).append(ident)
        by_id[ident] = item

    @staticmethod
    def _pick(
        name: str | None, ident: str | None, by_name: Mapping[str, list[str]], by_id: Mapping[str, Any]
    ) -> str | None:
        """A stage or lane from its name, using the id column to choose between equal names."""
        ident = (ident or "").strip()
        if name is not None and name.strip():
            matches = by_name.get(name.strip(), []) or by_name.get(fold(name), [])
            if len(matches) == 1:
                return matches[0]
            if ident in matches:
                return ident
            return matches[0] if matches else None
        return ident if ident in by_id else None

    def personas(self, text: str) -> list[str]:
        out: list[str] = []
        for part in text.split(LIST_SEPARATOR):
            name = part.strip()
            if not name:
                continue
            matches = self.personas_by_name.get(name, []) or self.personas_by_name.get(fold(name), [])
            if not matches and self.plan is not None:
                persona = Persona(id=new_id("persona"), name=name[:120])
                self._register(persona.name, persona.id, persona, self.personas_by_name, {})
                self.plan.new_personas.append(persona)
                matches = [persona.id]
            if not matches:
                raise CellProblemError("no_persona", name, f"no persona called {name!r}")
            if matches[0] not in out:
                out.append(matches[0])
        return out


def _by_name(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Ids by exact name and by folded name (exact first, so "Café" and "cafe" stay apart when both exist)."""
    out: dict[str, list[str]] = {}
    for name, ident in pairs:
        out.setdefault(name.strip(), []).append(ident)
    folded: dict[str, list[str]] = {}
    for name, ids in list(out.items()):
        folded.setdefault(fold(name), []).extend(ids)
    for key, ids in folded.items():
        out.setdefault(key, ids)
    return out


def split_tags(text: str) -> list[str]:
    """Tags from a "a; b; c" cell (the CSV and spreadsheet form), blanks dropped, as written."""
    return [tag for tag in (part.strip() for part in text.split(LIST_SEPARATOR)) if tag]


def plan_import(
    project: Project,
    table: Table,
    aliases: Aliases | None = None,
    *,
    create_places: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """Work out, without changing ``project``, what importing ``table`` would add and change.

    A stage, lane or persona the sheet names that the map does not have is an error in that row,
    unless ``create_places`` (building a new map from a sheet): then it is added (a stage in the
    phase the row names). Linear in the rows and the map: everything is looked up in dicts.
    ``progress`` hears of the rows planned and may stop the planning (`ImportCancelled`):
    20,000 rows take seconds, since every new card is validated.
    """
    aliases = aliases or {}
    columns = _columns(table.header, aliases)
    if not ({"title", "id"} & set(columns.values())):
        raise TableReadError("no title or id column: the first row must name the columns (title, stage, ...)")
    header_text = {name: f"{table.header[i].strip() or name} ({column_letter(i)})" for i, name in columns.items()}
    plan = ImportPlan()
    resolver = _Resolver(project, aliases, plan if create_places else None)
    existing = {tp.id: tp for tp in project.touchpoints}
    taken = set(existing)
    seen_rows: dict[str, int] = {}
    for done, (row_number, row) in enumerate(table.rows):
        if done % _REPORT_EVERY == 0:
            _report(progress, done, len(table.rows))
        cells = {name: (row[i] if i < len(row) else "") for i, name in columns.items()}
        try:
            step = _plan_row(row_number, cells, resolver, existing, taken, seen_rows)
        except _CellError as exc:
            column = header_text.get(exc.column, exc.column)
            plan.errors.append(RowError(row_number, column, exc.problem.message, exc.problem.code, exc.problem.value))
            continue
        if step is None:
            plan.unchanged += 1
        else:
            plan.steps.append(step)
    return plan


class CellProblemError(ValueError):
    """What is wrong with one cell: a ``code`` the editor translates, the cell's ``value``, and an English sentence."""

    def __init__(self, code: str, value: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.value = value
        self.message = message


class _CellError(Exception):
    def __init__(self, column: str, problem: ValueError) -> None:
        super().__init__(str(problem))
        self.column = column
        self.problem = (
            problem if isinstance(problem, CellProblemError) else CellProblemError("invalid", "", str(problem))
        )


def _loc(err: Any) -> str:
    return str(err["loc"][0]) if err.get("loc") else "title"


def _plan_row(
    row_number: int,
    cells: dict[str, str],
    resolver: _Resolver,
    existing: Mapping[str, Touchpoint],
    taken: set[str],
    seen_rows: dict[str, int],
) -> AddCard | UpdateCard | None:
    """One row's step (None if it changes nothing); raises _CellError at the first bad cell."""
    ident = cells.get("id", "").strip()
    if ident and not _ID.match(ident):
        raise _CellError("id", CellProblemError("bad_id", ident, f"not a valid card id: {ident!r}"))
    if ident in seen_rows:
        raise _CellError(
            "id",
            CellProblemError(
                "duplicate_id", str(seen_rows[ident]), f"the id {ident!r} is also on row {seen_rows[ident]}"
            ),
        )
    current = existing.get(ident) if ident else None
    fields: dict[str, Any] = {}
    for name in TEXT_COLUMNS:
        if name in cells:
            fields[name] = cells[name]
    try_cells: list[tuple[str, Any]] = [
        ("channel", lambda t: resolver.enum("channel", t, Channel)),
        ("control", lambda t: resolver.enum("control", t, Control)),
        ("ownership", lambda t: resolver.enum("ownership", t, Ownership)),
        ("influence", lambda t: resolver.boolean("influence", t)),
        ("moment_of_truth", lambda t: resolver.boolean("moment_of_truth", t)),
        ("score", resolver.score),
        ("tags", split_tags),
        ("personas", resolver.personas),
    ]
    for name, parse in try_cells:
        if name not in cells:
            continue
        text = cells[name]
        if name in ("channel", "control", "ownership", "influence", "moment_of_truth") and not text.strip():
            continue  # a blank choice keeps the card's value (or the default for a new card)
        try:
            fields[name] = parse(text)
        except ValueError as exc:
            raise _CellError(name, exc) from None
    if "color" in cells:
        color = cells["color"].strip()
        if color and not _COLOR.match(color):
            raise _CellError("color", CellProblemError("bad_color", color, f"not a colour like #1a2b3c: {color!r}"))
        fields["color"] = color or None
    if "phase" in cells and cells["phase"].strip():
        try:
            resolver.enum("phase", cells["phase"], Phase)
        except ValueError as exc:
            raise _CellError("phase", exc) from None
    place, problem = resolver.place(cells, (current.stage_id, current.lane_id) if current else None)
    if problem is not None:
        raise _CellError(problem[0], problem[1])
    assert place is not None
    if current is None:
        new_ident = ident if ident and ident not in taken else new_id("tp")
        try:
            tp = Touchpoint(id=new_ident, stage_id=place[0], lane_id=place[1], order=0, **_with_title(fields))
        except ValidationError as exc:
            err = exc.errors()[0]
            raise _CellError(_loc(err), CellProblemError("invalid", "", _short(err["msg"]))) from None
        taken.add(new_ident)
        if ident:
            seen_rows[ident] = row_number
        return AddCard(row_number, tp)
    seen_rows[ident] = row_number
    changes = {k: v for k, v in fields.items() if getattr(current, k) != v}
    if changes:
        try:
            current.model_validate({**current.model_dump(), **changes})
        except ValidationError as exc:
            err = exc.errors()[0]
            raise _CellError(_loc(err), CellProblemError("invalid", "", _short(err["msg"]))) from None
    move = place if place != (current.stage_id, current.lane_id) else None
    if not changes and move is None:
        return None
    return UpdateCard(row_number, current.id, current.title, changes, move)


def _with_title(fields: dict[str, Any]) -> dict[str, Any]:
    return {"title": "", **fields}


def _short(message: str) -> str:
    return message[0].lower() + message[1:] if message else message


# -- applying --------------------------------------------------------------------------------------


def apply_import(project: Project, plan: ImportPlan) -> Project:
    """A new project with the plan applied; ``project`` is not changed.

    Steps run in row order: a new card, or a card that moves, goes to the end of its cell. One
    pass over the map and the steps, then one validation of the whole result, so a 20,000-row
    import takes as long as loading the file.
    """
    result = project.model_copy(deep=True)
    result.stages.extend(s.model_copy() for s in plan.new_stages)
    result.lanes.extend(lane.model_copy() for lane in plan.new_lanes)
    result.personas.extend(p.model_copy() for p in plan.new_personas)
    by_id = {tp.id: tp for tp in result.touchpoints}
    cells: dict[tuple[str, str], list[Touchpoint]] = {key: list(v) for key, v in result.cells().items()}
    for step in plan.steps:
        if isinstance(step, AddCard):
            tp = step.touchpoint.model_copy(deep=True)
            result.touchpoints.append(tp)
            by_id[tp.id] = tp
            cells.setdefault((tp.stage_id, tp.lane_id), []).append(tp)
            continue
        tp = by_id[step.tp_id]
        for name, value in step.changes.items():
            setattr(tp, name, value)
        if step.move_to is not None:
            tp.stage_id, tp.lane_id = step.move_to
            cells.setdefault(step.move_to, []).append(tp)
    for key, cards in cells.items():
        # A card that moved away is still listed in its old cell: it is skipped there.
        order = 0
        for tp in cards:
            if (tp.stage_id, tp.lane_id) == key:
                tp.order = order
                order += 1
    return Project.model_validate(result.model_dump())


def new_map_from(
    table: Table,
    aliases: Aliases | None = None,
    *,
    language: str = "en",
    title: str = "",
    progress: Progress | None = None,
) -> tuple[Project, ImportPlan]:
    """A new map made from a sheet: its stages and lanes are the ones the rows name.

    Starts from a blank map in ``language``; the blank map's default stages and lanes are kept
    only where the sheet names none (or puts cards in them).
    """
    base = new_project(language, title=title or None)
    plan = plan_import(base, table, aliases, create_places=True, progress=progress)
    result = apply_import(base, plan)
    used_stages = {tp.stage_id for tp in result.touchpoints}
    used_lanes = {tp.lane_id for tp in result.touchpoints}
    if plan.new_stages:
        defaults = {s.id for s in base.stages}
        result.stages = [s for s in result.stages if s.id not in defaults or s.id in used_stages]
    if plan.new_lanes:
        defaults = {lane.id for lane in base.lanes}
        result.lanes = [lane for lane in result.lanes if lane.id not in defaults or lane.id in used_lanes]
    return Project.model_validate(result.model_dump()), plan


__all__ = [
    "COLUMNS",
    "AddCard",
    "Aliases",
    "CellProblemError",
    "ImportCancelled",
    "ImportPlan",
    "Progress",
    "RowError",
    "Table",
    "TableReadError",
    "UpdateCard",
    "apply_import",
    "column_letter",
    "decode_text",
    "fold",
    "new_map_from",
    "plan_import",
    "read_csv",
    "read_table",
    "read_xlsx",
    "split_tags",
    "xml_unescape",
]
