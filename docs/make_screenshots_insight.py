"""Render the screenshots of the filter bar and the Insight dock (beauty-salon sample, 1280x800).

Offscreen, with throw-away settings:

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots_insight.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from cxmapper.app import create_application
from cxmapper.model.library import template
from cxmapper.ui.main_window import MainWindow, build_main_window

SIZE = (1440, 860)


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(5):
        app.processEvents()
    window.view.zoom_to_fit()
    app.processEvents()


def main(out_dir: Path) -> int:
    """Write screenshot-filter-bar.png and screenshot-insight.png into ``out_dir``."""
    app = create_application(["make_screenshots_insight"], lang="en")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = build_main_window(project=template("beauty-salon", "en"), settings=settings, lang="en")
        window.resize(*SIZE)
        window.show()
        _settle(app, window)
        # The exercise's second list: the touchpoints that happen without the salon.
        window.filter_bar.preset_buttons["unintentional"].click()
        _settle(app, window)
        window.grab().save(str(out_dir / "screenshot-filter-bar.png"))
        window.filter_bar.clear()
        window.insight_dock.show()
        window.insight_dock.raise_()
        window.resizeDocks([window.insight_dock], [430], Qt.Orientation.Horizontal)
        _settle(app, window)
        item = window.insight_dock.item("priority:tp-bp-complaint")
        if item is not None:
            window.insight_dock.tree.setCurrentItem(item)
            window.selection.set_touchpoints(["tp-bp-complaint"])
        _settle(app, window)
        window.grab().save(str(out_dir / "screenshot-insight.png"))
        window.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
