"""cxmapper.app: the application's identity and `run` (with the event loop stubbed out)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from cxmapper import app as app_module
from cxmapper.model import storage
from cxmapper.model.library import template
from cxmapper.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def restore_app_look(qapp: QApplication):
    """`create_application` changes the shared QApplication; put its font and style back."""
    font, style = qapp.font(), qapp.style().name()
    yield qapp
    qapp.setFont(font)
    qapp.setStyle(style)


def test_create_application_sets_identity_and_font(restore_app_look: QApplication) -> None:
    app = app_module.create_application(lang="en")
    assert app is restore_app_look
    assert app.applicationName() == "cxmapper"
    assert app.organizationName() == "cxmapper"
    assert app.desktopFileName() == "io.github.cxmapper.CxMapper"
    assert not app.windowIcon().isNull()
    assert "Noto Sans" in QFontDatabase.families()
    assert app.font().family() == "Noto Sans"


def test_ui_language() -> None:
    assert app_module.ui_language("ca") == "ca"
    assert app_module.ui_language("xx") in ("en", "es", "ca")


def test_run_opens_a_file_and_shows_the_window(
    restore_app_look: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "salon.cxmap"
    storage.save(template("beauty-salon"), path)
    shown: list[MainWindow] = []

    def fake_exec(*args: object) -> int:
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 7

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert app_module.run(file=str(path), lang="en", settings=settings) == 7
    (window,) = shown
    try:
        assert window.document.path == path.resolve()
        assert window.windowTitle() == "salon.cxmap[*] — cxmapper"
    finally:
        window.close()
        window.deleteLater()


def test_run_with_a_sample(restore_app_look: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shown: list[MainWindow] = []
    # Spanish Qt translations would outlive this test in the shared QApplication.
    monkeypatch.setattr(app_module, "install_translators", lambda app, lang: None)
    monkeypatch.setattr(
        QApplication,
        "exec",
        lambda *a: shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)) or 0,
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert app_module.run(sample="clothing-shop", lang="es", settings=settings) == 0
    window = next(w for w in shown if w.isVisible())
    try:
        assert window.document.project.language == "es"
        assert window.document.path is None
    finally:
        window.close()
        window.deleteLater()
