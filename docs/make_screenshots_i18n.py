"""Render the Spanish and Catalan screenshots: both sample maps and the start page, at 1280x800.

The same pictures as docs/make_screenshots.py, with the interface, the samples and Qt's own
words in each language (``screenshot-<name>-es.png``, ``screenshot-<name>-ca.png``). Offscreen,
with throw-away settings:

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots_i18n.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import _select_card, _shoot  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from cxmapper.app import create_application  # noqa: E402
from cxmapper.i18n import install_translators  # noqa: E402
from cxmapper.model.library import template  # noqa: E402
from cxmapper.ui.main_window import build_main_window  # noqa: E402

LANGS = ("es", "ca")
# The card shown selected (so the inspector is filled): a word of its title in each language.
SELECTED = {
    ("clothing-shop", "es"): "devoluciones",
    ("clothing-shop", "ca"): "devolucions",
    ("beauty-salon", "es"): "WhatsApp",
    ("beauty-salon", "ca"): "WhatsApp",
}
RECENT = {
    "es": ("Salón Belleza 2026.cxmap", "Tienda online - devoluciones.cxmap", "Taller.cxmap"),
    "ca": ("Saló Bellesa 2026.cxmap", "Botiga en línia - devolucions.cxmap", "Taller.cxmap"),
}


def main(out_dir: Path) -> int:
    """Write the six PNGs into ``out_dir``."""
    app = create_application(["make_screenshots_i18n"], lang="en")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            install_translators(app, lang)
            for name in ("clothing-shop", "beauty-salon"):
                settings = QSettings(str(Path(tmp) / f"{name}-{lang}.ini"), QSettings.Format.IniFormat)
                window = build_main_window(project=template(name, lang), settings=settings, lang=lang)
                _select_card(window, SELECTED[(name, lang)])
                if name == "beauty-salon":
                    window.outline_dock.raise_()
                _shoot(app, window, out_dir / f"screenshot-{name}-{lang}.png")
                window.undo_stack.setClean()
                window.close()
            settings = QSettings(str(Path(tmp) / f"start-{lang}.ini"), QSettings.Format.IniFormat)
            home = Path("/home/ana/Documents")
            settings.setValue("recentFiles", [str(home / file) for file in RECENT[lang]])
            window = build_main_window(settings=settings, lang=lang)
            _shoot(app, window, out_dir / f"screenshot-start-{lang}.png")
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
