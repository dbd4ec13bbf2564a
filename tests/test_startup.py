"""What start-up leaves out: export libraries, pydantic's plugin scan; the icons it draws still right.

The start-up benchmark (benchmarks/process.py) times the launcher against a bare Qt window;
these tests pin down the causes it found, so a stray top-level import cannot bring them back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtWidgets import QApplication

from cxmapper.ui.icons import _icon

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]

#: Libraries only an export or an import uses, and cxmapper's modules that only a menu command
#: needs (comparing maps, the importer, the table on the clipboard, the guide): none of them
#: belongs in the first window.
HEAVY = (
    "reportlab",
    "openpyxl",
    "pptx",
    "lxml",
    "xlsxwriter",
    "PIL",
    "cxmapper.export",
    "cxmapper.model.diff",
    "cxmapper.model.importer",
    "cxmapper.ui.guide",
)

# Imports as the launcher does, builds the window on a sample, shows it and reports.
_CHILD = """
import json, os, sys
import cxmapper.__main__
from cxmapper.app import create_application
from cxmapper.model.library import template
from PySide6.QtCore import QSettings
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
app = create_application(sys.argv[:1], "en", settings=settings)
from cxmapper.ui.main_window import build_main_window
window = build_main_window(project=template("clothing-shop", "en"), settings=settings, lang="en")
window.show()
app.processEvents()
window.grab()
window.undo_stack.setClean()
print(json.dumps({"modules": sorted(sys.modules), "plugins": os.environ.get("PYDANTIC_DISABLE_PLUGINS")}))
"""


def _start(tmp_path: Path, **env: str) -> dict[str, object]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    environ.pop("PYDANTIC_DISABLE_PLUGINS", None)
    environ.update(env)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environ,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_first_window_imports_no_export_library(tmp_path: Path) -> None:
    started = _start(tmp_path)
    modules = started["modules"]
    assert isinstance(modules, list) and "cxmapper.ui.main_window" in modules
    loaded = [name for name in modules if any(name == h or name.startswith(h + ".") for h in HEAVY)]
    assert loaded == []
    # The launcher turned pydantic's entry-point scan off ...
    assert started["plugins"] == "__all__"


def test_a_users_plugin_choice_is_kept(tmp_path: Path) -> None:
    # ... but only as a default: someone who names the plugins to skip keeps their setting.
    assert _start(tmp_path, PYDANTIC_DISABLE_PLUGINS="logfire")["plugins"] == "logfire"


def _ink(image: QImage) -> list[QColor]:
    """The colours of the pixels that are not transparent."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    ]


def test_icons_come_at_the_size_asked_for(qapp: QApplication) -> None:
    # Each icon's SVG is parsed once and drawn at a few sizes; the others are scaled from those.
    icon = _icon("actions", "save", None)
    for side in (16, 22, 40):
        image = icon.pixmap(QSize(side, side)).toImage()
        assert (image.width(), image.height()) == (side, side)
        ink = _ink(image)
        assert ink, f"nothing drawn at {side} px"
        # The line icons are drawn in one slate colour, #334155.
        assert all(abs(c.red() - 0x33) < 40 and abs(c.blue() - 0x55) < 40 for c in ink if c.alpha() > 200)
    # Asked for a wide rectangle, the icon stays square.
    assert icon.actualSize(QSize(48, 20)) == QSize(20, 20)


def test_recoloured_and_disabled_icons(qapp: QApplication) -> None:
    light = _icon("actions", "save", "#cbd5e1")
    ink = [c for c in _ink(light.pixmap(QSize(24, 24)).toImage()) if c.alpha() > 200]
    assert ink and all(c.red() > 0xA0 and c.green() > 0xA0 for c in ink)  # the dark theme's light lines
    normal = _icon("marks", "score-p2", None)
    coloured = [c for c in _ink(normal.pixmap(QSize(24, 24)).toImage()) if c.alpha() > 200]
    assert any(c.saturation() > 80 for c in coloured)
    # Disabled, the style greys it out as it would an icon made of pixmaps.
    grey = [c for c in _ink(normal.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()) if c.alpha() > 100]
    assert grey and all(c.saturation() < 40 for c in grey)


def test_icon_paints_on_a_high_dpi_device(qapp: QApplication) -> None:
    icon = _icon("actions", "save", None)
    image = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(0)
    painter = QPainter(image)
    icon.paint(painter, 0, 0, 24, 24)
    painter.end()
    # A 24-point square is 48 device pixels here: the icon covers it, not its top-left quarter.
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(24, 48) for y in range(24, 48))
