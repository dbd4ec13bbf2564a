"""``cxmapper export`` prints its words in the map's own language, or in ``--lang``'s.

tests/test_export_cli.py checks the table headers and legend title per ``--lang``; this adds
the default (the map's language), the legend's entries, the title block's date and that no
English label is left over.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cxmapper.export.labels import LABELS, format_date
from cxmapper.model import storage
from cxmapper.model.library import resource

SHOP_CA = resource("samples", "clothing-shop.ca.cxmap")
SALON_ES = resource("samples", "beauty-salon.es.cxmap")

#: Printed English words that have a different word in Spanish and Catalan.
ENGLISH = ("LEGEND", "Touchpoint", "Description", "Score", "Page 1 of", "Before the purchase", "Moment of truth")


def export_text(source: Path, out: Path, *options: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "cxmapper", "export", str(source), "-o", str(out), "--table", *options],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)


@pytest.mark.parametrize(
    ("source", "options", "lang"),
    [
        (SHOP_CA, (), "ca"),  # the map's own language
        (SALON_ES, (), "es"),
        (SHOP_CA, ("--lang", "es"), "es"),  # --lang overrides it
        (SALON_ES, ("--lang", "ca"), "ca"),
    ],
)
def test_printed_words_follow_the_map_or_lang(
    source: Path, options: tuple[str, ...], lang: str, tmp_path: Path
) -> None:
    text = export_text(Path(str(source)), tmp_path / "map.pdf", *options)
    labels = LABELS[lang]
    for key in ("table", "touchpoint", "description", "score", "channel", "control", "experience", "moment_of_truth"):
        assert labels[key] in text, (lang, key)
    assert labels["legend"].upper() in text
    assert labels["map"].upper() in text
    assert format_date(storage.load(str(source)).modified.date(), lang) in text
    for word in ENGLISH:
        assert not re.search(rf"\b{word}\b", text), (lang, word)  # "LLEGENDA" holds "LEGEND"
