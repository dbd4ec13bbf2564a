"""Render the export dialog's screenshot for the README: page count and readability warning.

The beauty salon fitted on one A4 landscape sheet with the workshop cards, showing page 2 of 5
(the first sheet of cards) and the warning that card titles would print at 3.8 pt. Offscreen:

    QT_QPA_PLATFORM=offscreen python docs/make_screenshot_export.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cxmapper.model.library import template
from cxmapper.ui.export_dialog import ExportDialog

SIZE = (1280, 800)


def main(out_dir: Path) -> None:
    """Write ``screenshot-export-dialog.png`` into ``out_dir``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    dialog = ExportDialog(template("beauty-salon", "en"), Path("~/beauty-salon.pdf"))
    dialog.fit_radio.setChecked(True)
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("landscape"))
    dialog.cards_check.setChecked(True)
    dialog.resize(*SIZE)
    dialog.show()
    app.processEvents()
    dialog.refresh_preview()
    dialog.show_page(1)
    app.processEvents()
    dialog.grab().save(str(out_dir / "screenshot-export-dialog.png"))
    dialog.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
