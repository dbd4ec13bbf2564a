"""The style sheet's images (combo chevron, check mark) are shipped files, never temporary ones.

Style sheets take images by file name only. They used to be written into a fresh
``cxmapper-style-*`` temporary folder per process, removed only at a normal exit, so every
killed process (and every test run) left one behind. Now they ship under
``resources/icons/style``: one file per shape and colour the two themes use.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from cxmapper.model.library import resource
from cxmapper.ui.style import DARK, LIGHT, style_image_name, style_image_svg, style_images, stylesheet

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "icons" / "style"


def test_shipped_images_are_exactly_what_the_themes_use() -> None:
    # Two themes, a chevron in the muted colour and a check mark in the accent's text colour.
    expected = {("chevron", "#64748b"), ("chevron", "#94a3b8"), ("check", "#ffffff"), ("check", "#0f172a")}
    assert style_images() == expected
    assert sorted(p.name for p in RESOURCES.iterdir()) == sorted(style_image_name(s, c) for s, c in expected)
    for shape, color in expected:
        # If a theme colour changes, write the file again from style_image_svg().
        assert (RESOURCES / style_image_name(shape, color)).read_text(encoding="utf-8") == style_image_svg(shape, color)
        assert f'stroke="{color}"' in style_image_svg(shape, color)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_style_sheet_points_at_the_shipped_files(dark: bool) -> None:
    urls = re.findall(r"url\(\"([^\"]*)\"\)", stylesheet(dark))
    chrome = DARK if dark else LIGHT
    package = Path(str(resource("icons", "style")))
    assert urls == [
        (package / style_image_name("chevron", chrome.muted)).as_posix(),
        (package / style_image_name("check", chrome.accent_text)).as_posix(),
    ]
    assert all(Path(url).is_file() for url in urls)


def _count(image: QImage, color: str, tolerance: int = 24) -> int:
    want = QColor(color)
    hits = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(QPoint(x, y))
            if (
                abs(c.red() - want.red()) <= tolerance
                and abs(c.green() - want.green()) <= tolerance
                and abs(c.blue() - want.blue()) <= tolerance
            ):
                hits += 1
    return hits


@pytest.mark.gui
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_chevron_and_check_mark_are_drawn(qtbot, dark: bool) -> None:
    chrome = DARK if dark else LIGHT
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(stylesheet(dark))
    combo = QComboBox(host)
    combo.addItems(["Abans", "Durant", "Després"])
    combo.resize(160, 30)
    box = QCheckBox(host)
    box.setChecked(True)
    box.move(0, 40)
    box.resize(30, 30)
    host.resize(200, 80)
    host.show()
    qtbot.waitExposed(host)
    # The arrow sits in the 22 px drop-down on the right; the check mark inside the indicator.
    arrow = combo.grab().toImage().copy(combo.width() - 22, 0, 22, combo.height())
    assert _count(arrow, chrome.muted, tolerance=60) >= 8  # none at all without the image
    check = box.grab().toImage()
    assert _count(check, chrome.accent) >= 20  # the filled indicator
    assert _count(check, chrome.accent_text, tolerance=40) >= 4  # the mark on it


KILLED_EDITORS = r"""
# Imports once, then forks each editor: the twenty processes cost one start-up, not twenty.
import os, signal, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from cxmapper.ui.main_window import build_main_window

killed = 0
for _ in range(20):
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # an editor, as far as the temporary folder can tell
        os.close(read_end)
        app = QApplication(sys.argv[:1])
        window = build_main_window(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat), lang="en")
        window.show()
        app.processEvents()
        os.write(write_end, b"ready")
        signal.pause()
        os._exit(3)
    os.close(write_end)
    assert os.read(read_end, 5) == b"ready"
    os.close(read_end)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    killed += 1
print("killed", killed, flush=True)
"""


@pytest.mark.slow
@pytest.mark.gui
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_twenty_killed_editors_leave_nothing_in_the_temporary_folder(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(temp),
        "CXMAPPER_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", KILLED_EDITORS, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (done.returncode, done.stdout) == (0, "killed 20\n"), done.stderr
    assert sorted(p.name for p in temp.iterdir()) == []
