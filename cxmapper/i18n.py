"""The interface language: which one to use, and installing the translations and locale for it.

The language comes from, in order: ``cxmapper --lang`` (one run), the choice saved in
Preferences (`SETTINGS_KEY`), the desktop's locale, and English when that is not one of
`LANGUAGES`. Installing it loads Qt's own translations (``qtbase_<lang>.qm`` shipped with
PySide6: file dialogs, standard buttons), cxmapper's (``resources/translations/cxmapper_<lang>.qm``,
also for English, which holds the singular and plural forms of "%n card(s)") and makes
the matching `QLocale` the default, so dates and numbers in widgets follow the language.

Exports do not use this: their printed words come from `cxmapper.export.labels` in the map's
own language. Depends on QtCore only (no widgets), so the command line could use it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cxmapper.model.library import LANGUAGES, resource

#: Where Preferences stores the chosen language: "en", "es", "ca", or "" for the system's.
SETTINGS_KEY = "ui/language"

# The translators this module installed, with the bytes each was loaded from: QTranslator
# reads a .qm in place, so the data must live as long as the translator does.
_installed: list[tuple[QTranslator, bytes | None]] = []


def system_language() -> str:
    """The desktop's language if cxmapper speaks it, else English."""
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def stored_language(settings: QSettings | None) -> str | None:
    """The language saved in Preferences, or None for "follow the system"."""
    if settings is None:
        return None
    value = str(settings.value(SETTINGS_KEY, "") or "")
    return value if value in LANGUAGES else None


def store_language(settings: QSettings, lang: str | None) -> None:
    """Save the Preferences choice; None or "" means "follow the system"."""
    settings.setValue(SETTINGS_KEY, lang if lang in LANGUAGES else "")


def ui_language(lang: str | None = None, settings: QSettings | None = None) -> str:
    """The interface language: ``lang`` if supported, else the saved choice, else the system's."""
    if lang in LANGUAGES:
        return str(lang)
    return stored_language(settings) or system_language()


def locale_for(lang: str) -> QLocale:
    """The locale for dates and numbers in ``lang``.

    The desktop's own when it speaks ``lang`` (keeping its region, e.g. es_MX), else the
    language's main one (es_ES, ca_ES, en_US).
    """
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system
    return QLocale(lang)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Make ``lang`` the interface language of ``app``: translators and default locale.

    Replaces whatever an earlier call installed, so tests (and a future live switch) can
    change language in one process. Widgets already built keep their texts.

    Returns:
        The translators now installed (Qt's first, if PySide6 ships one for ``lang``).
    """
    remove_translators(app)
    QLocale.setDefault(locale_for(lang))
    if lang != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(lang), "qtbase", "_", folder):
            app.installTranslator(qt)
            _installed.append((qt, None))
    qm = resource("translations", f"cxmapper_{lang}.qm")
    if qm.is_file():
        ours = QTranslator(app)
        data = qm.read_bytes()
        if data and ours.load(data):
            app.installTranslator(ours)
            _installed.append((ours, data))
    return [translator for translator, _ in _installed]


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the translators `install_translators` installed (back to the source English)."""
    while _installed:
        translator, _data = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
