"""The exporters without a display: PDF read back with pypdf, CSV/Markdown round trips, safety."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxmapper.export import ExportCancelled, ExportError, ExportOptions, export, parse_grid
from cxmapper.export.fonts import REPLACEMENT, printable, runs
from cxmapper.export.labels import CHANNELS, LABELS, PHASES, Labels
from cxmapper.export.pdf import render_pdf
from cxmapper.export.tabular import CSV_COLUMNS, csv_rows, md_escape, render_csv, render_markdown
from cxmapper.layout import ELLIPSIS, wrap_text
from cxmapper.model.library import template
from cxmapper.model.project import Project, Touchpoint, new_project

SAMPLES = ("clothing-shop", "beauty-salon")
LANGS = ("en", "es", "ca")


def sample(name: str = "clothing-shop", lang: str = "en") -> Project:
    return template(name, lang)


def squash(text: str) -> str:
    """Whitespace-insensitive text, since map cards wrap titles across lines."""
    return " ".join(text.split())


def pdf_text(data: bytes, pages: range | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    indexes = range(len(reader.pages)) if pages is None else pages
    return [reader.pages[i].extract_text() for i in indexes]


def with_touchpoint(project: Project, **fields: object) -> Project:
    stage, lane = project.stages[0], project.lanes[0]
    tp = Touchpoint(
        id="tp-test", stage_id=stage.id, lane_id=lane.id, order=len(project.cell(stage.id, lane.id)), **fields
    )  # type: ignore[arg-type]
    return project.model_copy(update={"touchpoints": [*project.touchpoints, tp]})


# -- PDF ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paper", "orientation", "size"),
    [("A3", "landscape", (1190.55, 841.89)), ("A4", "portrait", (595.28, 841.89)), ("Letter", "landscape", (792, 612))],
)
def test_page_size_follows_the_options(paper: str, orientation: str, size: tuple[float, float]) -> None:
    data = render_pdf(sample(), ExportOptions(paper=paper, orientation=orientation))  # type: ignore[arg-type]
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert float(box.width) == pytest.approx(size[0], abs=0.01)
    assert float(box.height) == pytest.approx(size[1], abs=0.01)


def test_poster_2x2_has_four_sheets_and_an_overview() -> None:
    data = render_pdf(sample(), ExportOptions(poster=(2, 2), summary=False))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 5
    texts = [p.extract_text() for p in reader.pages]
    assert "Poster assembly" in texts[0]
    for n, (r, c) in enumerate([(1, 1), (1, 2), (2, 1), (2, 2)], start=1):
        assert f"Row {r}, Column {c}" in texts[n]
        assert f"Page {n + 1} of 5" in texts[n]
    titles = [entry.title for entry in _flat(reader.outline)]
    assert titles == [
        "Customer journey map",
        "Row 1, Column 1",
        "Row 1, Column 2",
        "Row 2, Column 1",
        "Row 2, Column 2",
    ]


def test_poster_by_scale_chooses_the_sheet_count() -> None:
    small = PdfReader(io.BytesIO(render_pdf(sample(), ExportOptions(scale=40)))).pages
    big = PdfReader(io.BytesIO(render_pdf(sample(), ExportOptions(scale=150)))).pages
    assert len(small) >= 2
    assert len(big) > len(small)
    with pytest.raises(ExportError, match="sheets"):
        render_pdf(sample(), ExportOptions(scale=1000, paper="A4"))


def _flat(outline: list[object]) -> list[object]:
    out: list[object] = []
    for entry in outline:
        out.extend(_flat(entry) if isinstance(entry, list) else [entry])
    return out


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_title_is_on_the_map_and_in_the_table(name: str, lang: str) -> None:
    project = sample(name, lang)
    data = render_pdf(project, ExportOptions(paper="A3", table=True))
    texts = pdf_text(data)
    map_text, table_text = squash(texts[0]), squash(" ".join(texts[1:]))
    for tp in project.touchpoints:
        assert squash(tp.title) in map_text, tp.title
        assert squash(tp.title) in table_text, tp.title
    assert squash(project.title) in map_text


def test_fonts_are_embedded_and_metadata_is_set() -> None:
    project = sample("beauty-salon", "es")
    reader = PdfReader(io.BytesIO(render_pdf(project, ExportOptions(table=True, summary=False, cards=True))))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == project.title
    assert meta.author
    assert meta.subject and "Mapa del recorrido del cliente" in meta.subject
    assert meta.creator is not None and meta.creator.startswith("cxmapper ")
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    titles = [entry.title for entry in _flat(reader.outline)]
    assert titles == [
        "Mapa del recorrido del cliente",
        "Puntos de contacto",
        "Tarjetas de taller",
        "Tarjetas en blanco",
    ]


def test_table_header_repeats_on_every_table_page() -> None:
    project = sample()
    many = [
        tp.model_copy(
            update={"id": f"tp-{i}", "order": i, "stage_id": project.stages[0].id, "lane_id": project.lanes[0].id}
        )
        for i, tp in enumerate(project.touchpoints * 5)
    ]
    project = project.model_copy(update={"touchpoints": many})
    project = Project.model_validate(project.model_dump())
    data = render_pdf(project, ExportOptions(include_map=False, table=True, summary=False))
    texts = pdf_text(data)
    assert len(texts) >= 3
    for text in texts:
        assert "Phase" in text and "Touchpoint" in text and "Description" in text and "Score" in text


def test_cards_sheets_hold_eight_a4_portrait_cards_plus_blanks() -> None:
    project = sample()
    n = len(project.touchpoints)
    data = render_pdf(project, ExportOptions(orientation="portrait", include_map=False, cards=True))
    texts = pdf_text(data)
    assert len(texts) == -(-n // 8) + 1
    joined = squash(" ".join(texts))
    for tp in project.touchpoints:
        assert squash(tp.title) in joined
    assert "Cut along the dashed lines" in texts[-1]


def test_same_map_and_options_give_identical_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    project = sample("beauty-salon", "ca")
    opts = ExportOptions(paper="A3", table=True, cards=True)
    assert render_pdf(project, opts) == render_pdf(project, opts)
    poster = ExportOptions(poster=(2, 2))
    assert render_pdf(project, poster) == render_pdf(project, poster)


def test_emoji_and_a_very_long_description_export(tmp_path: Path) -> None:
    project = with_touchpoint(sample(), title="Unboxing 🎉📦 party ✂", description="Lorem ipsum dolor sit amet. " * 72)
    assert len(project.touchpoint("tp-test").description) > 2000
    out = tmp_path / "emoji.pdf"
    export(project, out, ExportOptions(table=True, cards=True))
    texts = pdf_text(out.read_bytes())
    assert "🎉📦" in squash(" ".join(texts))
    huge = with_touchpoint(sample(), title="Huge", description="word " * 1990)
    render_pdf(huge, ExportOptions(orientation="portrait", table=True, cards=True))


def test_runs_fall_back_to_symbols_and_never_drop_visible_text() -> None:
    assert [font for font, _ in runs("Caf\u00e9 \U0001f600")] == ["CxSans", "CxSymbols"]
    assert printable("a\u200db\ufe0fc") == "abc"
    assert printable("\u4e2d") == REPLACEMENT  # no bundled face has CJK: a visible mark, not a blank


def test_user_markup_prints_literally_and_fetches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the export tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    hostile = '<img src="http://127.0.0.1:9/x.png"> & <b>'
    project = with_touchpoint(sample(), title=hostile, description=f"{hostile} </para> &amp; <font name=x>")
    data = render_pdf(project, ExportOptions(table=True, summary=False, cards=True))
    texts = pdf_text(data)
    map_text, table_text, cards_text = squash(texts[0]), squash(texts[1]), squash(" ".join(texts[2:]))
    assert hostile in table_text
    assert hostile in cards_text
    assert "<img" in map_text and "<b>" in map_text
    assert "</para> &amp; <font name=x>" in table_text


def test_cancel_leaves_no_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    calls: list[tuple[int, int]] = []

    def stop_half_way(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2

    with pytest.raises(ExportCancelled):
        export(sample(), out, ExportOptions(table=True, cards=True), stop_half_way)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        export(sample(), out, ExportOptions(), lambda done, total: False)
    assert out.read_bytes() == b"old"
    seen: list[tuple[int, int]] = []
    export(sample(), out, ExportOptions(table=True), lambda d, t: seen.append((d, t)) is None)
    assert seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)


def test_unwritable_output_is_an_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export(sample(), tmp_path / "missing" / "map.pdf")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(ExportError, match="folder"):
        export(sample(), folder)
    assert list(folder.iterdir()) == []


def test_pdftoppm_sees_ink_on_every_kind_of_page(tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = tmp_path / "all.pdf"
    export(sample("beauty-salon", "es"), out, ExportOptions(table=True, cards=True))
    subprocess.run(["pdftoppm", "-gray", "-r", "30", str(out), str(tmp_path / "page")], check=True, timeout=120)
    images = sorted(tmp_path.glob("page-*.pgm"))
    assert len(images) == len(PdfReader(out).pages)
    for image in images:
        width, height, pixels = _read_pgm(image.read_bytes())
        dark = sum(1 for value in pixels if value < 200)
        assert dark > width * height * 0.005, image.name


def _read_pgm(data: bytes) -> tuple[int, int, bytes]:
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1 : pos + 1 + width * height]


def test_blank_map_and_table_without_touchpoints_export() -> None:
    project = new_project("ca")
    data = render_pdf(project, ExportOptions(table=True, summary=False, cards=True))
    assert len(PdfReader(io.BytesIO(data)).pages) == 3  # map, empty table, blank cards


# -- labels -------------------------------------------------------------------------------------------


def test_labels_exist_in_every_language() -> None:
    for lang in LANGS:
        assert set(LABELS[lang]) == set(LABELS["en"]), lang
        assert len(CHANNELS[lang]) == len(CHANNELS["en"])
    assert PHASES["es"][next(iter(PHASES["es"]))] == "Antes de la compra"
    assert Labels("ca")["touchpoint"] == "Punt de contacte"
    assert Labels("es")["touchpoint"] == "Punto de contacto"
    assert Labels("ca").page(2, 9) == "Pàgina 2 de 9"


def test_language_defaults_to_the_projects_own() -> None:
    project = sample("clothing-shop", "ca")
    text = pdf_text(render_pdf(project, ExportOptions(include_map=False, table=True, summary=False)))[0]
    assert "Punt de contacte" in text and "Descripció" in text
    text = pdf_text(render_pdf(project, ExportOptions(include_map=False, table=True, summary=False, lang="es")))[0]
    assert "Punto de contacto" in text and "Descripción" in text


# -- options ------------------------------------------------------------------------------------------


def test_options_are_checked() -> None:
    assert parse_grid("3x2") == (3, 2)
    assert parse_grid(" 2 X 4 ") == (2, 4)
    for bad in ("3", "0x2", "x", "3x2x1", "99x99"):
        with pytest.raises(ValueError):
            parse_grid(bad)
    for bad_opts in (
        ExportOptions(paper="B5"),
        ExportOptions(margin_mm=-1),
        ExportOptions(margin_mm=200),
        ExportOptions(include_map=False),
        ExportOptions(lang="fr"),
        ExportOptions(scale=1),
        ExportOptions(poster=(2, 2), overlap_mm=500),
    ):
        with pytest.raises(ValueError):
            bad_opts.validate()


# -- text fitting -------------------------------------------------------------------------------------


def test_wrap_never_exceeds_the_width_and_elides() -> None:
    def measure(s: str) -> float:
        return float(len(s))

    lines = wrap_text("one two three four five six seven", 9, 2, measure)
    assert lines == ["one two", "three f" + ELLIPSIS] or lines[-1].endswith(ELLIPSIS)
    assert all(measure(line) <= 9 for line in lines)
    assert wrap_text("short", 9, 3, measure) == ["short"]
    assert wrap_text("a" * 30, 10, 2, measure) == ["a" * 10, "a" * 9 + ELLIPSIS]


# -- CSV and Markdown ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("lang", LANGS)
def test_csv_round_trip_keeps_every_field(name: str, lang: str, tmp_path: Path) -> None:
    project = sample(name, lang)
    out = tmp_path / "map.csv"
    export(project, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(project.touchpoints)
    assert tuple(rows[0]) == CSV_COLUMNS
    by_id = {row["id"]: row for row in rows}
    stages = {s.id: s for s in project.stages}
    lanes = {lane.id: lane for lane in project.lanes}
    personas = {p.id: p.name for p in project.personas}
    for tp in project.touchpoints:
        row = by_id[tp.id]
        for field in (
            "title",
            "description",
            "customer_action",
            "thoughts",
            "pain_points",
            "opportunities",
            "owner",
            "kpi",
            "notes",
        ):
            assert row[field] == getattr(tp, field), field
        assert row["stage"] == stages[tp.stage_id].name
        assert row["phase"] == stages[tp.stage_id].phase.value
        assert row["lane"] == lanes[tp.lane_id].name
        assert row["channel"] == tp.channel.value and row["control"] == tp.control.value
        assert row["ownership"] == tp.ownership.value
        assert row["score"] == ("" if tp.score is None else str(tp.score))
        assert row["moment_of_truth"] == ("yes" if tp.moment_of_truth else "no")
        assert row["influence"] == ("yes" if tp.influence else "no")
        assert row["tags"] == "; ".join(tp.tags)
        assert row["personas"] == "; ".join(personas[p] for p in tp.personas)
        assert row["order"] == str(tp.order) and row["color"] == (tp.color or "")


def test_csv_defuses_formulas_but_keeps_the_text() -> None:
    project = with_touchpoint(sample(), title='=HYPERLINK("http://x")', description="-2 is fine")
    row = next(r for r in csv_rows(project) if r["id"] == "tp-test")
    assert row["title"].startswith("=")
    data = render_csv(project).decode("utf-8-sig")
    assert "'=HYPERLINK" in data and "-2 is fine" in data


def test_markdown_escapes_pipes_and_markup() -> None:
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert md_escape("one\ntwo") == "one<br>two"
    project = with_touchpoint(sample("beauty-salon", "ca"), title="Pipe | *star*", description="x\ny")
    text = render_markdown(project)
    assert "| Fase | Etapa | Punt de contacte |" in text
    assert "Pipe \\| \\*star\\*" in text
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table) == len(project.touchpoints) + 2
    assert all(len(re.split(r"(?<!\\)\|", line)) == 9 for line in table)


# -- boundaries ---------------------------------------------------------------------------------------


def test_exports_import_no_widgets_and_the_cli_no_reportlab() -> None:
    code = (
        "import sys\n"
        "import cxmapper.cli\n"
        "assert 'reportlab' not in sys.modules, 'cli imports ReportLab eagerly'\n"
        "import cxmapper.export, cxmapper.export.pdf, cxmapper.export.tabular, cxmapper.export.pages\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PDF/CSV exports import Qt'\n"
        "import cxmapper.export.image\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'the image writer imports widgets'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def test_card_text_stays_inside_its_card() -> None:
    from cxmapper.export.drawing import Text
    from cxmapper.export.mapdraw import build_map
    from cxmapper.layout import compute_layout

    project = with_touchpoint(
        sample("beauty-salon", "es"),
        title="Supercalifragilisticexpialidocious " * 5,
        description="Pneumonoultramicroscopicsilicovolcanoconiosis " * 50,
        score=-2,
        moment_of_truth=True,
    )
    layout = compute_layout(project)
    texts = [item for item in build_map(project, layout, Labels("es")) if isinstance(item, Text)]
    checked = 0
    for rect in layout.cards.values():
        inside = [t for t in texts if rect.x <= t.x <= rect.right and rect.y <= t.y <= rect.bottom]
        assert inside
        for t in inside:
            assert t.x + t.w <= rect.right - 4, t.text
            assert t.y <= rect.bottom - 4, t.text
            checked += 1
    assert checked > 3 * len(project.touchpoints)


def test_identical_bytes_across_processes(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from cxmapper.model.library import resource\n"
        "from cxmapper.model.storage import loads\n"
        "from cxmapper.export import ExportOptions\n"
        "from cxmapper.export.pdf import render_pdf\n"
        "p = loads(resource('samples', 'clothing-shop.es.cxmap').read_bytes())\n"
        "sys.stdout.buffer.write(render_pdf(p, ExportOptions(table=True, cards=True)))\n"
    )
    command = [sys.executable, "-c", code]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    runs_out = [subprocess.run(command, capture_output=True, timeout=120, check=True, env=env).stdout for _ in range(2)]
    assert runs_out[0] == runs_out[1]
    assert runs_out[0].startswith(b"%PDF")
