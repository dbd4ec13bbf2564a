"""Start the GUI: the QApplication, its identity, fonts, translations and the main window.

Which language and how its translations are installed live in `cxmapper.i18n`.

`cxmapper.cli` calls `run` for the plain ``cxmapper [FILE]`` command; tests and scripts use
`cxmapper.ui.main_window.build_main_window` instead, which needs no event loop.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cxmapper import __version__
from cxmapper.i18n import install_translators, ui_language
from cxmapper.model.library import resource, template

APP_NAME = "cxmapper"
ORG_NAME = "cxmapper"
ORG_DOMAIN = "cxmapper.github.io"
DESKTOP_FILE = "io.github.cxmapper.CxMapper"


def load_bundled_fonts() -> str | None:
    """Register the fonts shipped under ``resources/fonts``; return the UI family, if any.

    The same face as the PDF export makes screen and paper look alike, and guarantees the
    accents of Spanish and Catalan on systems with sparse fonts.
    """
    folder = resource("fonts")
    family: str | None = None
    if not folder.is_dir():
        return None
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.lower().endswith((".ttf", ".otf")) and not entry.name.lower().startswith("symbola"):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    return family


def create_application(
    argv: list[str] | None = None, lang: str | None = None, *, settings: QSettings | None = None
) -> QApplication:
    """Create (or reuse) the QApplication with cxmapper's name, icon, font, style and translations.

    Args:
        argv: the command line for Qt; default: ``sys.argv``.
        lang: the interface language for this run ("en", "es", "ca"); default: the one saved in
            Preferences in ``settings``, else the desktop's (see `cxmapper.i18n.ui_language`).
        settings: where Preferences are kept; default: the user's cxmapper settings.
    """
    from cxmapper.ui.icons import app_icon

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    family = load_bundled_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
        app.setFont(font)
    install_translators(app, ui_language(lang, settings if settings is not None else QSettings()))
    return app


def run(
    file: str | None = None, sample: str | None = None, lang: str | None = None, *, settings: QSettings | None = None
) -> int:
    """Open the editor on ``file``, on a copy of the ``sample`` template, or on the start page.

    Args:
        file: a map to open (wins over ``sample``).
        sample: a template name ("clothing-shop", ...) to start from.
        lang: the interface and template language for this run; default: the one chosen in
            Preferences, else the desktop's.
        settings: where to keep window state and recent maps (tests pass a temporary INI file);
            default: the user's cxmapper settings.

    Returns:
        The event loop's exit status. After SIGTERM, SIGHUP or SIGINT it does not return: the
        unsaved maps are kept as autosave copies and the process dies of that signal.
    """
    app = create_application(lang=lang, settings=settings)
    from cxmapper.ui.main_window import build_main_window, release_clipboard, restore_recovered_maps
    from cxmapper.ui.shutdown import SessionGuard

    # First, before any question can block: a logout or a kill now keeps the unsaved maps.
    guard = SessionGuard(app)

    settings = settings if settings is not None else QSettings()
    language = ui_language(lang, settings)
    project = template(sample, language) if sample and not file else None
    window = build_main_window(project=project, settings=settings, lang=language)
    app.aboutToQuit.connect(release_clipboard)
    window.show()
    if file:
        # Opened after showing, so a "could not open" message appears over the window.
        window.open_file(Path(file))
    # Maps a crash left unsaved come back before anything else is done.
    windows = [window, *restore_recovered_maps(window)]
    for extra in windows[1:]:
        extra.show()
    # Returns the loop's status, or ends the process with the signal that ended the session.
    return guard.exec()
