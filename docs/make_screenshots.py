"""Render the README screenshots: the two sample maps and the start page, at 1280x800.

Runs offscreen (no display needed) with throw-away settings, so it never touches the user's
window layout or recent files:

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cxmapper.app import create_application
from cxmapper.model.library import template
from cxmapper.ui.main_window import MainWindow, build_main_window

SIZE = (1280, 800)
# Touchpoints shown selected, so the inspector is filled in the picture.
SELECTED = {"clothing-shop": "returns", "beauty-salon": "booking"}


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(5):
        app.processEvents()
    if window.has_map:
        window.view.zoom_to_fit()
        app.processEvents()


def _shoot(app: QApplication, window: MainWindow, path: Path) -> None:
    window.resize(*SIZE)
    window.show()
    _settle(app, window)
    window.grab().save(str(path))
    print(f"wrote {path}")


def _select_card(window: MainWindow, word: str) -> None:
    """Select the first card whose title mentions ``word`` (it shows up in the inspector)."""
    for tp in window.document.project.touchpoints:
        if word.casefold() in tp.title.casefold():
            window.selection.set_touchpoints([tp.id])
            return


def main(out_dir: Path) -> int:
    """Write the three PNGs into ``out_dir``."""
    app = create_application(["make_screenshots"], lang="en")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("clothing-shop", "beauty-salon"):
            # Fresh settings per picture: every screenshot shows the first-run layout.
            settings = QSettings(str(Path(tmp) / f"{name}.ini"), QSettings.Format.IniFormat)
            window = build_main_window(project=template(name, "en"), settings=settings, lang="en")
            _select_card(window, SELECTED[name])
            if name == "beauty-salon":
                window.outline_dock.raise_()
            _shoot(app, window, out_dir / f"screenshot-{name}.png")
            window.undo_stack.setClean()
            window.close()
        # The start page with a few plausible recent maps (paths need not exist to be listed).
        home = Path("/home/ana/Documents/Journey maps")
        settings = QSettings(str(Path(tmp) / "start.ini"), QSettings.Format.IniFormat)
        settings.setValue(
            "recentFiles",
            [
                str(home / "Salon Bellesa 2025.cxmap"),
                str(home / "Online shop - returns.cxmap"),
                str(home / "Workshop.cxmap"),
            ],
        )
        window = build_main_window(settings=settings, lang="en")
        _shoot(app, window, out_dir / "screenshot-start.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
