"""Excel and CSV round trips: the .xlsx export, and importing .xlsx and .csv tables back (no Qt)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl import Workbook, load_workbook

from cxmapper.cli import main
from cxmapper.export import export
from cxmapper.export.tabular import CSV_COLUMNS, render_csv
from cxmapper.export.xlsx import XLSX_COLUMNS, import_aliases, render_xlsx, xml_escape
from cxmapper.model import importer, ops, storage
from cxmapper.model.importer import (
    AddCard,
    Table,
    TableReadError,
    UpdateCard,
    apply_import,
    new_map_from,
    plan_import,
    read_csv,
    read_xlsx,
    xml_unescape,
)
from cxmapper.model.project import Project, Stage, Touchpoint, new_project
from cxmapper.model.vocab import Channel, Control, Phase
from tests.strategies import projects

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "resources" / "samples" / "clothing-shop.cxmap"
ALIASES = import_aliases()
FORMULAS = ("=1+1", "+SUM(A1:A3)", "@cmd", "-2+3", '=HYPERLINK("http://example.com","x")', "'=quoted", "\t=tab")


def skeleton(project: Project) -> Project:
    """The same map without its cards: what an import of the whole table must rebuild."""
    return project.model_copy(deep=True, update={"touchpoints": []})


def by_id(project: Project) -> Project:
    return project.model_copy(update={"touchpoints": sorted(project.touchpoints, key=lambda t: t.id)})


def unique_personas(project: Project) -> Project:
    """Persona names are how a sheet names them, so a map whose names repeat cannot round-trip."""
    for i, persona in enumerate(project.personas):
        persona.name = f"P{i} {persona.name}".strip()
    return project


# -- round trips (property tests) -------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_xlsx_export_then_import_gives_an_equal_map(project: Project) -> None:
    project = unique_personas(project)
    table = read_xlsx(render_xlsx(project))
    plan = plan_import(skeleton(project), table, ALIASES)
    assert plan.errors == []
    assert len(plan.added) == len(project.touchpoints) and plan.updated == []
    assert by_id(apply_import(skeleton(project), plan)) == by_id(project)
    # Into the map itself, nothing changes.
    again = plan_import(project, table, ALIASES)
    assert again.is_empty() and again.errors == [] and again.unchanged == len(project.touchpoints)


@settings(max_examples=40, deadline=None)
@given(projects())
def test_csv_export_then_import_gives_an_equal_map(project: Project) -> None:
    project = unique_personas(project)
    table = read_csv(render_csv(project))
    plan = plan_import(skeleton(project), table)
    assert plan.errors == []
    assert by_id(apply_import(skeleton(project), plan)) == by_id(project)
    assert plan_import(project, table).is_empty()


def test_the_importer_knows_every_csv_column() -> None:
    assert importer.COLUMNS == CSV_COLUMNS
    assert {key for key, _w in XLSX_COLUMNS} <= set(importer.COLUMNS)


def test_every_label_of_every_language_reads_back_to_its_value() -> None:
    # import_aliases raises if a word meant two things; here each label maps to its own value.
    assert ALIASES["channel"][importer.fold("Correo electrónico")] == "email"
    assert ALIASES["channel"][importer.fold("Correu electrònic")] == "email"
    assert ALIASES["phase"][importer.fold("Després de la compra")] == "after"
    assert ALIASES["control"][importer.fold("No intencional")] == "unintentional"
    assert ALIASES["ownership"][importer.fold("Social / extern")] == "social_external"
    assert ALIASES["header"][importer.fold("Puntuació")] == "score"
    assert ALIASES["bool"][importer.fold("Sí")] == "yes"


# -- the spreadsheet itself -------------------------------------------------------------------------


def test_xlsx_has_a_frozen_header_widths_and_drop_downs() -> None:
    project = storage.load(SHOP)
    book = load_workbook(io.BytesIO(render_xlsx(project)))
    sheet = book.worksheets[0]
    assert sheet.title == "Touchpoints"
    assert sheet.freeze_panes == "C2"
    assert [c.value for c in sheet[1]][:7] == [
        "Card id",
        "Touchpoint",
        "Description",
        "Phase",
        "Stage",
        "Lane",
        "Channel",
    ]
    assert sheet.column_dimensions["B"].width == 34 and sheet.column_dimensions["C"].width == 48
    assert sheet.column_dimensions["W"].hidden and sheet.column_dimensions["X"].hidden  # stage_id, lane_id
    assert sheet.max_row == 20  # header + 19 cards
    lists = book["Lists"]
    assert lists.sheet_state == "hidden"
    rules = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}
    # stage E, phase D, lane F, channel G, control H, ownership I, influence J, score K, moment L
    for column in "DEFGHIJKL":
        assert f"{column}2:{column}1048576" in rules, column
    assert rules["K2:K1048576"].formula1 == '"-2,-1,0,1,2"'
    assert rules["E2:E1048576"].formula1 == "='Lists'!$A$2:$A$6"  # the 5 stage names
    assert [lists.cell(row=r, column=1).value for r in range(2, 7)] == [
        "Discover",
        "Choose and buy",
        "Receive the order",
        "Returns and service",
        "Come back",
    ]
    assert rules["G2:G1048576"].formula1 == "='Lists'!$D$2:$D$26"  # 25 channels
    assert sheet["K2"].value == 1 and sheet["K2"].data_type == "n"


def test_xlsx_is_in_the_maps_language() -> None:
    project = storage.load(ROOT / "resources" / "samples" / "clothing-shop.ca.cxmap")
    book = load_workbook(io.BytesIO(render_xlsx(project)))
    sheet = book.worksheets[0]
    assert sheet.title == "Punts de contacte"
    assert sheet["D1"].value == "Fase" and sheet["D2"].value == "Abans de la compra"
    assert [ws.title for ws in book.worksheets] == ["Punts de contacte", "Llistes", "Instruccions"]


def test_formula_looking_text_never_becomes_a_formula(tmp_path: Path) -> None:
    project = new_project("en")
    ops.update_stage(project, "stage-before", name="=A1")
    for i, text in enumerate(FORMULAS):
        ops.add_touchpoint(
            project,
            Touchpoint(
                id=f"tp-{i}",
                title=text,
                description=text,
                owner=text[:20],
                stage_id="stage-before",
                lane_id="lane-main",
            ),
        )
    path = tmp_path / "f.xlsx"
    export(project, path)
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    sheet = book.worksheets[0]
    titles = {sheet.cell(row=r, column=2).value: sheet.cell(row=r, column=2).data_type for r in range(2, 9)}
    assert titles == {text: "s" for text in FORMULAS}
    assert sheet["E2"].value == "=A1" and sheet["E2"].data_type == "s"
    # Both files read back to exactly the text that was written.
    for table in (read_xlsx(path.read_bytes()), read_csv(render_csv(project))):
        plan = plan_import(skeleton(project), table, ALIASES)
        assert sorted(s.touchpoint.title for s in plan.added) == sorted(FORMULAS)
    # The CSV is defused for spreadsheets: these start with a quote there. ("-2+3" is left alone
    # by the CSV export so that negative numbers stay numbers; the .xlsx types it as text.)
    csv_text = render_csv(project).decode("utf-8-sig")
    for text in (t for t in FORMULAS if not t.startswith("-")):
        assert f"'{text}" in csv_text or f'"\'{text.replace(chr(34), chr(34) * 2)}"' in csv_text


def test_xml_escape_round_trips_characters_xml_cannot_hold() -> None:
    for text in ("a\x00b", "line\r\nbreak", "\x1f", "_x0041_ literal", "_x005F_", "\ufffe\uffff", "plain é 😀"):
        assert xml_unescape(xml_escape(text)) == text
    assert xml_escape("a\rb") == "a_x000D_b"
    assert xml_escape("_x0041_") == "_x005F_x0041_"


# -- a client's sheet: updates, moves, bad rows ----------------------------------------------------------


def _client_sheet(tmp_path: Path) -> Path:
    """A Spanish sheet as a client fills it in: 5 good rows and 3 bad ones (rows 3, 6 and 8)."""
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Id de la tarjeta",
            "Punto de contacto",
            "Descripción",
            "Fase",
            "Etapa",
            "Carril",
            "Canal",
            "Control",
            "Propiedad",
            "El equipo puede influir",
            "Puntuación",
        ]
    )
    rows = [
        ["tp-cs-blog", "Blog de tendencias", "Artículos", "", "Discover", "", "Contenidos", "", "", "", 2],  # 2
        ["", "Anuncio en radio", "", "", "Discover", "", "Fax", "", "", "", ""],  # 3: channel
        [
            "",
            "Cupón en la caja",
            "Un 10 %",
            "",
            "Come back",
            "Behind the scenes",
            "Embalaje",
            "No intencionado",
            "",
            "Sí",
            -1,
        ],  # 4
        ["tp-cs-survey", "Satisfaction survey", "", "", "Come back", "", "", "", "", "", ""],  # 5: moves
        ["", "Llamada de seguimiento", "", "", "Come back", "", "Teléfono", "", "", "", 5],  # 6: score
        ["", "Feria de moda", "", "Antes de la compra", "", "", "Eventos", "", "", "", 1],  # 7: by phase
        ["", "Visita a Marte", "", "", "Marte", "", "Otro", "", "", "", ""],  # 8: stage
        [
            "",
            "Opinión en foro",
            "",
            "",
            "Discover",
            "",
            "Reseñas",
            "No intencional",
            "Social / externo",
            "No",
            "\u20132",
        ],  # 9
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "client.xlsx"
    book.save(path)
    return path


def test_three_bad_rows_are_reported_by_row_and_column_and_the_rest_imported(tmp_path: Path) -> None:
    project = storage.load(SHOP)
    plan = plan_import(project, importer.read_table(_client_sheet(tmp_path)), ALIASES)
    assert [(e.row, e.column) for e in plan.errors] == [(3, "Canal (G)"), (6, "Puntuación (K)"), (8, "Etapa (E)")]
    assert "Fax" in plan.errors[0].message and "5" in plan.errors[1].message and "Marte" in plan.errors[2].message
    assert str(plan.errors[0]) == "row 3, column Canal (G): unknown value 'Fax'"
    assert [(e.code, e.value) for e in plan.errors] == [
        ("unknown_value", "Fax"),
        ("not_score", "5"),
        ("no_stage", "Marte"),
    ]
    assert [type(s).__name__ for s in plan.steps] == ["UpdateCard", "AddCard", "UpdateCard", "AddCard", "AddCard"]

    blog, coupon, survey, fair, forum = plan.steps
    assert isinstance(blog, UpdateCard) and blog.tp_id == "tp-cs-blog" and blog.move_to is None
    assert blog.changes == {"title": "Blog de tendencias", "description": "Artículos", "score": 2}
    # Its blank cells clear those fields, as the sheet says; blank choices keep the old value.
    assert isinstance(survey, UpdateCard) and survey.changes == {"description": "", "score": None}
    assert survey.move_to == ("stage-loyalty", "lane-customer")
    assert isinstance(coupon, AddCard) and isinstance(fair, AddCard) and isinstance(forum, AddCard)
    assert coupon.touchpoint.channel == Channel.PACKAGING and coupon.touchpoint.control == Control.UNINTENTIONAL
    assert coupon.touchpoint.influence is True and coupon.touchpoint.score == -1
    assert forum.touchpoint.score == -2 and forum.touchpoint.influence is False

    result = apply_import(project, plan)
    assert len(result.touchpoints) == 19 + 3
    stages = {s.name: s for s in result.stages}
    lanes = {lane.name: lane for lane in result.lanes}
    assert result.touchpoint("tp-cs-blog").title == "Blog de tendencias"
    moved = result.touchpoint("tp-cs-survey")
    come_back = stages["Come back"].id
    assert (moved.stage_id, moved.lane_id) == (come_back, lanes["Customer actions"].id)
    # The moved card and the new ones go to the end of their cells, in row order.
    cell = result.cell(come_back, lanes["Customer actions"].id)
    assert [tp.title for tp in cell] == ["Loyalty programme", "Newsletter", "Satisfaction survey"]
    fair_card = next(tp for tp in result.touchpoints if tp.title == "Feria de moda")
    assert result.stage(fair_card.stage_id).phase == Phase.BEFORE  # the first stage of that phase
    assert project.touchpoint("tp-cs-blog").title == "Fashion trends blog"  # the original is untouched


def test_csv_variants_semicolons_and_latin1_from_older_excel() -> None:
    project = storage.load(SHOP)
    text = "título;etapa;canal;puntuación;descripción\r\nAtención telefónica;Discover;Teléfono;+1;Señal «ok»\r\n"
    for data in (
        text.encode("cp1252"),
        text.encode("utf-8"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.encode("utf-16"),
    ):
        plan = plan_import(project, read_csv(data), ALIASES)
        assert plan.errors == []
        (step,) = plan.added
        assert step.touchpoint.title == "Atención telefónica"
        assert step.touchpoint.description == "Señal «ok»"
        assert step.touchpoint.channel == Channel.PHONE and step.touchpoint.score == 1


def test_a_table_without_title_or_id_is_refused() -> None:
    with pytest.raises(TableReadError, match="no title or id column"):
        plan_import(storage.load(SHOP), Table(header=["foo", "bar"], rows=[(2, ["a", "b"])]))
    with pytest.raises(TableReadError, match="not a readable Excel workbook"):
        read_xlsx(b"not a zip")


def test_a_duplicate_id_in_the_sheet_is_a_bad_row() -> None:
    project = storage.load(SHOP)
    table = Table(header=["id", "title"], rows=[(2, ["tp-cs-blog", "One"]), (3, ["tp-cs-blog", "Two"])])
    plan = plan_import(project, table)
    assert [(e.row, e.column) for e in plan.errors] == [(3, "id (A)")]
    assert "also on row 2" in plan.errors[0].message


def test_new_map_from_a_sheet_takes_its_stages_and_lanes() -> None:
    shop = storage.load(SHOP)
    result, plan = new_map_from(read_csv(render_csv(shop)), language="es", title="Tienda")
    assert plan.errors == []
    assert [s.name for s in result.stages] == [s.name for s in shop.stages]
    assert [s.id for s in result.stages] == [s.id for s in shop.stages]  # the sheet's ids are kept
    assert [lane.name for lane in result.lanes] == [lane.name for lane in shop.lanes]
    assert len(result.touchpoints) == 19 and result.title == "Tienda" and result.language == "es"


# -- the command line --------------------------------------------------------------------------------------


def test_cli_imports_into_a_map_and_reports_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "shop.cxmap"
    target.write_bytes(SHOP.read_bytes())
    assert main(["import", str(_client_sheet(tmp_path)), "--into", str(target)]) == 1
    out, err = capsys.readouterr()
    assert "3 added, 2 changed, 0 unchanged, 3 skipped" in out
    assert err.count("\n") == 3 and "row 6, column Puntuación (K)" in err
    assert len(storage.load(target).touchpoints) == 22
    assert (tmp_path / "shop.cxmap.bak").read_bytes() == SHOP.read_bytes()


def test_cli_new_map_from_xlsx_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "shop.xlsx"
    assert main(["export", str(SHOP), "-o", str(sheet)]) == 0
    out = tmp_path / "new.cxmap"
    assert main(["import", str(sheet), "-o", str(out)]) == 0
    made = storage.load(out)
    assert sorted(tp.id for tp in made.touchpoints) == sorted(tp.id for tp in storage.load(SHOP).touchpoints)
    assert main(["import", str(sheet), "-o", str(out)]) == 1  # exists
    assert main(["import", str(sheet)]) == 2
    capsys.readouterr()
    copy = tmp_path / "copy.cxmap"
    assert main(["import", str(sheet), "--into", str(SHOP), "-o", str(copy)]) == 0  # the source map is untouched
    assert "0 added, 0 changed, 19 unchanged, 0 skipped" in capsys.readouterr().out


def test_stage_lookup_uses_the_id_between_equal_names() -> None:
    project = new_project("en")
    ops.add_stage(project, Stage(id="s-twin", name="Before the purchase", phase=Phase.AFTER))
    table = Table(header=["title", "stage", "stage_id"], rows=[(2, ["A", "Before the purchase", "s-twin"])])
    (step,) = plan_import(project, table).added
    assert step.touchpoint.stage_id == "s-twin"


# -- progress and cancel while reading and planning a big sheet ----------------------------------------


def _recorder(stop_at: int | None = None) -> tuple[list[tuple[int, int]], importer.Progress]:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return stop_at is None or len(calls) < stop_at

    return calls, progress


def test_reading_a_csv_reports_lines_and_can_be_stopped() -> None:
    # A header and 1,200 rows, each line ending in "\n": 1,201 newlines, so 1,202 lines counted.
    data = ("title,stage\n" + "".join(f"Card {i},Discover\n" for i in range(1200))).encode()
    calls, progress = _recorder()
    table = read_csv(data, progress)
    assert len(table.rows) == 1200
    # Every 500 records (the header is the first): after line 500 and line 1,000.
    assert calls == [(500, 1202), (1000, 1202)]
    calls, progress = _recorder(stop_at=1)
    with pytest.raises(importer.ImportCancelled):
        read_csv(data, progress)
    assert calls == [(500, 1202)]


def test_reading_a_workbook_reports_rows_of_the_sheets_size() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["title", "stage"])
    for i in range(1000):
        sheet.append([f"Targeta {i}", "Discover"])
    buf = io.BytesIO()
    book.save(buf)
    calls, progress = _recorder()
    assert len(read_xlsx(buf.getvalue(), "big.xlsx", progress).rows) == 1000
    assert calls == [(500, 1001), (1000, 1001)]  # 1,001 rows with the header
    calls, progress = _recorder(stop_at=2)
    with pytest.raises(importer.ImportCancelled):
        read_xlsx(buf.getvalue(), "big.xlsx", progress)
    assert calls == [(500, 1001), (1000, 1001)]


def test_planning_reports_rows_and_stopping_leaves_the_map_alone() -> None:
    project = storage.load(SHOP)
    before = storage.dumps(project)
    table = Table(header=["title", "stage"], rows=[(i + 2, [f"Card {i}", "Discover"]) for i in range(1200)])
    calls, progress = _recorder()
    plan = plan_import(project, table, progress=progress)
    assert len(plan.added) == 1200
    assert calls == [(0, 1200), (500, 1200), (1000, 1200)]
    calls, progress = _recorder(stop_at=2)
    with pytest.raises(importer.ImportCancelled):
        plan_import(project, table, progress=progress)
    assert calls == [(0, 1200), (500, 1200)]
    assert storage.dumps(project) == before


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_import_shows_progress_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "rows.csv"
    sheet.write_text("title,stage\n" + "".join(f"Card {i},Discover\n" for i in range(1200)), encoding="utf-8")
    expected = f"imported {sheet} into {tmp_path / 'a.cxmap'}: 1200 added, 0 changed, 0 unchanged, 0 skipped\n"
    assert main(["import", str(sheet), "-o", str(tmp_path / "a.cxmap")]) == 0
    out, err = capsys.readouterr()
    assert out == expected and err == ""  # a pipe or a log sees no progress
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["import", str(sheet), "-o", str(tmp_path / "b.cxmap")]) == 0
    out, _ = capsys.readouterr()
    assert out == expected.replace("a.cxmap", "b.cxmap")  # stdout and the exit status are unchanged
    # 1,202 lines counted, reports after 500 and 1,000 records; rows checked at 0, 500 and 1,000 of 1,200.
    shown = terminal.getvalue().split("\r\x1b[K")
    assert shown == [
        "",
        "cxmapper: reading: 41 %",
        "cxmapper: reading: 83 %",
        "cxmapper: checking rows: 0 %",
        "cxmapper: checking rows: 41 %",
        "cxmapper: checking rows: 83 %",
        "",
    ]
