"""The editor in Spanish and Catalan, started the way ``cxmapper`` starts it (`cxmapper.app.run`).

Each test gets an INI QSettings in tmp_path, and the fixture takes the translators, the default
locale, the font and the style back off the shared QApplication afterwards.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from cxmapper import app as app_module
from cxmapper import i18n
from cxmapper.canvas import labels as canvas_labels
from cxmapper.model.library import template
from cxmapper.model.vocab import Phase
from cxmapper.ui.export_dialog import ExportDialog
from cxmapper.ui.main_window import MainWindow
from cxmapper.ui.preferences import PreferencesDialog

pytestmark = pytest.mark.gui

TS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

EXPECTED = {
    "ca": {
        "file": "&Fitxer",
        "edit": "&Edita",
        "catalogue": "Catàleg",
        "history": "Historial",
        "stages": ["Abans de la compra", "Durant la compra", "Després de la compra"],
        "lane": "Client",
        "save_button": "Desa",
        "month": "novembre",
        "counts": "0 targetes  ·  3 etapes",
        "drop": "Deixeu anar aquí punts de contacte",
    },
    "es": {
        "file": "&Archivo",
        "edit": "&Editar",
        "catalogue": "Catálogo",
        "history": "Historial",
        "stages": ["Antes de la compra", "Durante la compra", "Después de la compra"],
        "lane": "Cliente",
        "save_button": "Guardar",
        "month": "noviembre",
        "counts": "0 tarjetas  ·  3 etapas",
        "drop": "Suelta aquí puntos de contacto",
    },
}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, put back to English and its look after the test."""
    font, style, locale = qapp.font(), qapp.style().name(), QLocale()
    yield qapp
    i18n.remove_translators(qapp)
    QLocale.setDefault(locale)
    qapp.setFont(font)
    qapp.setStyle(style)


def settings_in(tmp_path: Path, language: str | None = None) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if language is not None:
        i18n.store_language(settings, language)
    return settings


def run_editor(monkeypatch: pytest.MonkeyPatch, settings: QSettings, lang: str | None = None) -> MainWindow:
    """`app.run` up to the event loop; returns the window it showed."""
    shown: list[MainWindow] = []

    def fake_exec(*args: object) -> int:
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run(lang=lang, settings=settings) == 0
    (window,) = shown
    return window


def close(window: MainWindow) -> None:
    window.close()
    window.deleteLater()


@pytest.mark.parametrize("lang", ["ca", "es"])
def test_the_editor_speaks_the_language(
    app: QApplication, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str
) -> None:
    want = EXPECTED[lang]
    window = run_editor(monkeypatch, settings_in(tmp_path), lang)
    try:
        assert window.lang == lang
        assert window.findChild(QMenu, "menuFile").title() == want["file"]
        assert window.findChild(QMenu, "menuEdit").title() == want["edit"]
        assert window.catalogue_dock.windowTitle() == want["catalogue"]
        assert window.history_dock.windowTitle() == want["history"]
        # File > New names the map in the interface language.
        window.action_new.trigger()
        project = window.document.project
        assert [s.name for s in project.stages] == want["stages"]
        assert [lane.name for lane in project.lanes] == [want["lane"]]
        assert project.language == lang
        assert window.card_count_label.text() == want["counts"]
        # The canvas's words and Qt's own buttons and dates.
        assert canvas_labels.tr("Drop touchpoints here") == want["drop"]
        assert canvas_labels.phase_label(Phase.BEFORE) == want["stages"][0]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        assert buttons.buttons()[0].text().replace("&", "") == want["save_button"]
        assert want["month"] in QLocale().toString(QDate(2026, 11, 23), QLocale.FormatType.LongFormat)
    finally:
        close(window)


def test_preferences_choice_is_used_at_start_and_lang_overrides_it(
    app: QApplication, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = settings_in(tmp_path, "ca")
    window = run_editor(monkeypatch, settings)
    try:
        assert window.lang == "ca"
        assert window.findChild(QMenu, "menuFile").title() == "&Fitxer"
    finally:
        close(window)
    window = run_editor(monkeypatch, settings, lang="es")
    try:
        assert window.lang == "es"
        assert window.findChild(QMenu, "menuFile").title() == "&Archivo"
    finally:
        close(window)


def test_unsupported_system_language_falls_back_to_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert i18n.system_language() == "en"
    assert i18n.ui_language(None, settings_in(tmp_path)) == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ca_ES")))
    assert i18n.ui_language(None, settings_in(tmp_path)) == "ca"
    assert i18n.ui_language("es", settings_in(tmp_path, "en")) == "es"
    assert i18n.ui_language(None, settings_in(tmp_path, "en")) == "en"


def test_preferences_dialog_saves_the_language_for_the_next_start(qtbot, tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    dialog = PreferencesDialog(settings, "en")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "es", "ca"]
    assert [combo.itemText(i) for i in range(1, 4)] == ["English", "Español", "Català"]
    assert combo.currentData() == ""
    assert "restart" in dialog.note.text()
    combo.setCurrentIndex(combo.findData("ca"))
    assert dialog.restart_needed()
    assert dialog.note.font().bold()
    dialog.accept()
    assert i18n.stored_language(settings) == "ca"
    again = PreferencesDialog(settings, "ca")
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "ca"
    assert not again.restart_needed()
    again.language_combo.setCurrentIndex(0)
    again.accept()
    assert i18n.stored_language(settings) is None


def test_edit_menu_opens_preferences(app: QApplication, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = run_editor(monkeypatch, settings_in(tmp_path), "en")
    try:
        assert window.action_preferences in window.findChild(QMenu, "menuEdit").actions()
        window.action_preferences.trigger()
        dialog = window.findChild(PreferencesDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
    finally:
        close(window)


def _menus(window: MainWindow) -> list[QMenu]:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    found: list[QMenu] = []
    while menus:
        menu = menus.pop()
        found.append(menu)
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def _accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    return keys


@pytest.mark.parametrize("lang", ["en", "es", "ca"])
def test_accelerators_are_unique_in_every_menu(
    app: QApplication, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str
) -> None:
    window = run_editor(monkeypatch, settings_in(tmp_path), lang)
    try:
        window.new_from_template("clothing-shop")
        project = window.document.project
        menus = _menus(window)
        for kind, target in (
            ("card", project.touchpoints[0].id),
            ("stage", project.stages[0].id),
            ("lane", project.lanes[0].id),
            ("canvas", ""),
        ):
            menus.append(window.build_context_menu(kind, target))
        bar = [a.text() for a in window.menuBar().actions()]
        assert len(set(_accelerators(bar))) == len(bar), bar
        for menu in menus:
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
            keys = _accelerators(texts)
            duplicates = {k for k in keys if keys.count(k) > 1}
            assert not duplicates, (menu.title() or menu.objectName(), duplicates, texts)
    finally:
        close(window)


@pytest.mark.parametrize("lang", ["es", "ca"])
def test_every_translation_is_found_at_run_time(app: QApplication, lang: str) -> None:
    """The installed .qm answers every (context, source) of the .ts: contexts match the code's."""
    i18n.install_translators(app, lang)
    root = ET.parse(TS_DIR / f"cxmapper_{lang}.ts").getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                got = QCoreApplication.translate(name, source, comment, 5)
                assert got == forms[-1].replace("%n", "5"), (name, source)
            else:
                assert QCoreApplication.translate(name, source, comment) == translation.text, (name, source)
            checked += 1
    assert checked > 300


def test_export_dialog_explains_problems_in_the_language(app: QApplication, qtbot, tmp_path: Path) -> None:
    i18n.install_translators(app, "ca")
    dialog = ExportDialog(template("clothing-shop", "ca"), tmp_path / "mapa.pdf")
    qtbot.addWidget(dialog)
    dialog.map_check.setChecked(False)
    assert dialog.status.text() == "No hi ha res per exportar: manteniu el mapa o afegiu-hi la taula o les targetes."
    assert not dialog.export_button.isEnabled()
    assert dialog.lang_box.currentData() == "ca"  # printed labels default to the map's language
