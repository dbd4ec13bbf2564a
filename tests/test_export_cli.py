"""``cxmapper export`` run as a user would: a subprocess, its exit status, its files."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxmapper.model.library import resource

SHOP_CA = resource("samples", "clothing-shop.ca.cxmap")
SALON = resource("samples", "beauty-salon.cxmap")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "cxmapper", "export", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def test_format_comes_from_the_extension(tmp_path: Path) -> None:
    for ext, magic in (
        (".pdf", b"%PDF"),
        (".csv", b"\xef\xbb\xbf"),
        (".md", b"# "),
        (".png", b"\x89PNG"),
        (".svg", b"<?xml"),
    ):
        out = tmp_path / f"map{ext}"
        done = run(str(SALON), "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert out.read_bytes().startswith(magic), ext
    rows = list(csv.DictReader(io.StringIO((tmp_path / "map.csv").read_text(encoding="utf-8-sig"))))
    assert rows and rows[0]["title"]
    assert b"<svg" in (tmp_path / "map.svg").read_bytes()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ca", ("Punt de contacte", "Descripció", "Puntuació", "LLEGENDA", "Abans de la compra", "Pàgina 1 de")),
        ("es", ("Punto de contacto", "Descripción", "Puntuación", "LEYENDA", "Antes de la compra", "Página 1 de")),
        ("en", ("Touchpoint", "Description", "Score", "LEGEND", "Before the purchase", "Page 1 of")),
    ],
)
def test_lang_sets_the_printed_labels(tmp_path: Path, lang: str, words: tuple[str, ...]) -> None:
    out = tmp_path / "map.pdf"
    done = run(str(SHOP_CA), "-o", str(out), "--lang", lang, "--table", "--paper", "a3")
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    for word in words:
        assert word in text, word
    assert float(reader.pages[0].mediabox.width) == pytest.approx(1190.55, abs=0.01)


def test_poster_and_cards_options(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    done = run(str(SALON), "-o", str(out), "--poster", "2x2", "--orientation", "portrait", "--overlap", "8")
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out).pages) == 6  # assembly sheet, 2 x 2 sheets, the summary (on for posters)
    out = tmp_path / "cards.pdf"
    done = run(str(SALON), "-o", str(out), "--no-map", "--cards", "--orientation", "portrait")
    assert done.returncode == 0, done.stderr
    assert "Workshop cards" in [e.title for e in PdfReader(out).outline if not isinstance(e, list)]


@pytest.mark.parametrize(
    "args",
    [
        ("-o", "x.pdf", "--paper", "B7"),
        ("-o", "x.pdf", "--orientation", "sideways"),
        ("-o", "x.pdf", "--poster", "2by2"),
        ("-o", "x.pdf", "--poster", "2x2", "--scale", "50"),
        ("-o", "x.pdf", "--fit", "--poster", "2x2"),
        ("-o", "x.pdf", "--lang", "fr"),
        ("-o", "x.pdf", "--margin", "-3"),
        ("-o", "x.pdf", "--no-map"),
        ("-o", "x.csv", "--table"),
        (
            "-o",
            "x.docx",
        ),
        ("--table",),
    ],
)
def test_bad_options_are_usage_errors(tmp_path: Path, args: tuple[str, ...]) -> None:
    fixed = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    done = run(str(SALON), *fixed)
    assert done.returncode == 2, (args, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_unreadable_input_and_unwritable_output_exit_1_without_partial_files(tmp_path: Path) -> None:
    done = run(str(tmp_path / "missing.cxmap"), "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "no such file" in done.stderr
    # Root can write into a read-only folder, so use one no user can create files in.
    locked = Path("/proc") if os.geteuid() == 0 else tmp_path / "locked"
    if locked != Path("/proc"):
        locked.mkdir()
        locked.chmod(0o500)
    try:
        for name in ("x.pdf", "x.csv", "x.md", "x.png", "x.svg"):
            done = run(str(SALON), "-o", str(locked / name))
            assert done.returncode == 1, done.stderr
            assert len(done.stderr.strip().splitlines()) == 1
            assert "Traceback" not in done.stderr
            assert not (locked / name).exists()
            assert not any(p.name.startswith(f".{name}.") for p in locked.iterdir())
        folder = tmp_path / "folder.pdf"
        folder.mkdir()
        done = run(str(SALON), "-o", str(folder))
        assert done.returncode == 1 and "folder" in done.stderr
        assert list(folder.iterdir()) == []
    finally:
        if locked != Path("/proc"):
            locked.chmod(0o700)


def test_poster_auto_leaves_less_blank_paper_than_three_by_two(tmp_path: Path) -> None:
    from cxmapper.export.labels import Labels
    from cxmapper.export.options import ExportOptions
    from cxmapper.export.pages import blank_share, extent, plan_poster
    from cxmapper.model.storage import load

    salon = load(str(SALON))
    size = extent(salon, Labels(salon.language))
    today = blank_share(size, plan_poster(size, ExportOptions(poster=(3, 2))))
    # The map spans under half of the 3 x 2 landscape poster's width, and all of its height.
    assert today > 0.5
    done = run(str(SALON), "--poster", "auto", "--sheets", "6", "-o", str(tmp_path / "auto.pdf"))
    assert done.returncode == 0, done.stderr
    chosen = [line for line in done.stdout.splitlines() if line.startswith("poster:")]
    assert chosen == ["poster: 3x2 sheets of A4 portrait, 4 % of the paper blank"]
    assert today > 4 / 100
    # The assembly overview, the 3 x 2 sheets, and the summary page a poster gets by default.
    pages = PdfReader(tmp_path / "auto.pdf").pages
    assert len(pages) == 1 + 6 + 1
    assert "What the map says" in pages[-1].extract_text()
    assert "warning" not in done.stderr


def test_unreadable_titles_are_warned_on_stderr_after_the_export(tmp_path: Path) -> None:
    done = run(str(SALON), "-o", str(tmp_path / "tiny.pdf"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "tiny.pdf").exists()
    # Fitted on one A4 sheet the salon's titles print at 3.8 pt; A2 or a poster would read.
    assert done.stderr.strip() == (
        "cxmapper: warning: card titles will print at 3.8 pt, too small to read; choose --paper A2 or --poster auto"
    )
    readable = run(str(SALON), "--poster", "2x1", "--orientation", "portrait", "-o", str(tmp_path / "ok.pdf"))
    assert readable.returncode == 0 and readable.stderr == ""
    usage = run(str(SALON), "--sheets", "4", "-o", str(tmp_path / "x.pdf"))
    assert usage.returncode == 2 and "--poster auto" in usage.stderr
