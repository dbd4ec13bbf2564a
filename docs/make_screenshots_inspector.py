"""Render the Inspector and the catalogue's empty search, for the docs and issue 11's note.

A blank map with a few of a bakery's touchpoints: the Inspector shows a card made from the
catalogue (its generic description greyed as a suggestion, the seeds' questions first, "More
details" folded), and the catalogue shows what a search that finds nothing offers. Offscreen,
with throw-away settings:

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots_inspector.py [OUTPUT_DIR]
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
from cxmapper.commands import EditTouchpoint
from cxmapper.model.project import new_project
from cxmapper.ui.main_window import build_main_window

SIZE = (1280, 860)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out_dir: Path, lang: str = "en") -> int:
    """Write screenshot-inspector.png and screenshot-catalogue-empty.png into ``out_dir``."""
    app = create_application(["make_screenshots_inspector"], lang=lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = "" if lang == "en" else f"-{lang}"
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "inspector.ini"), QSettings.Format.IniFormat)
        window = build_main_window(project=new_project(lang), settings=settings, lang=lang)
        window.resize(*SIZE)
        window.show()
        _settle(app)
        catalogue = window.catalogue_dock
        for entry_id in ("shop-window", "friend-recommendation", "store-visit", "payment"):
            catalogue.add_entry(entry_id)
        tp_id = catalogue.add_entry("reviews-ratings")
        assert tp_id is not None
        window.undo_stack.push(EditTouchpoint(window.document, tp_id, {"score": 1}))
        window.view.zoom_to_fit()
        _settle(app)
        window.inspector_dock.raise_()
        _settle(app)
        window.inspector_dock.grab().save(str(out_dir / f"screenshot-inspector{suffix}.png"))
        catalogue.raise_()
        catalogue.search.setFocus()
        catalogue.search.setText("croissant")
        _settle(app)
        catalogue.grab().save(str(out_dir / f"screenshot-catalogue-empty{suffix}.png"))
        window.undo_stack.setClean()
        window.close()
    print(f"wrote {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent, *sys.argv[2:3]))
