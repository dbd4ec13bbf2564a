"""Zoom to Fit is a fixed point, and a map opens fitted to its canvas (issue 10).

The fit must not depend on whether scroll bars happen to show, and it must be computed for
the canvas as it is once the window and its docks have settled, not for the canvas of a
window still being laid out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from cxmapper.model.library import TEMPLATES, template
from cxmapper.ui.main_window import MainWindow, build_main_window

pytestmark = pytest.mark.gui


def _open(qtbot, tmp_path: Path, sample: str) -> MainWindow:
    """A first open: no saved window state, so the window takes its default 1280x800."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(project=template(sample), settings=settings, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QTest.qWait(100)  # the docks are sized once the window has its real size
    return window


def _trigger(window: MainWindow, name: str) -> None:
    found = window.findChild(QAction, name)
    assert found is not None
    found.trigger()
    QTest.qWait(30)


def _shows_whole_map(window: MainWindow) -> None:
    view = window.view
    assert not view.horizontalScrollBar().isVisible()
    assert not view.verticalScrollBar().isVisible()
    scene_rect = view.sceneRect()
    shown = view.visible_scene_rect()
    assert shown.left() <= scene_rect.left() + 1 and shown.right() >= scene_rect.right() - 1
    assert shown.top() <= scene_rect.top() + 1 and shown.bottom() >= scene_rect.bottom() - 1


@pytest.mark.parametrize("sample", TEMPLATES)
def test_the_first_open_at_1280x800_shows_the_whole_map(qtbot, tmp_path: Path, sample: str) -> None:
    window = _open(qtbot, tmp_path, sample)
    assert (window.width(), window.height()) == (1280, 800)
    _shows_whole_map(window)
    # Fitted, not merely small: the map fills the canvas in one direction.
    room = window.view.maximumViewportSize()
    rect = window.view.sceneRect()
    zoom = window.view.zoom_factor()
    assert max(rect.width() * zoom / room.width(), rect.height() * zoom / room.height()) > 0.99 or zoom == 1.0


def test_zoom_to_fit_twice_gives_the_same_zoom_with_or_without_scroll_bars(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, tmp_path, "clothing-shop")
    view = window.view
    _trigger(window, "actionZoomFit")
    fitted = view.zoom_factor()
    _trigger(window, "actionZoomFit")
    assert view.zoom_factor() == fitted
    # From 100 %, where both scroll bars show, the fit is the same again.
    _trigger(window, "actionZoomActual")
    assert view.zoom_factor() == 1.0
    assert view.horizontalScrollBar().isVisible()
    _trigger(window, "actionZoomFit")
    assert view.zoom_factor() == fitted
    _shows_whole_map(window)


def test_a_fitted_map_stays_fitted_when_the_canvas_resizes_until_the_user_zooms(qtbot, tmp_path: Path) -> None:
    window = _open(qtbot, tmp_path, "clothing-shop")
    view = window.view
    fitted = view.zoom_factor()
    # The canvas grows both ways, so the fit grows whichever of its sides binds the map: the
    # right-hand docks close (the Insight dock is tabbed with the inspector and the history,
    # so all three must go for that area to free its width) and the window is made taller
    # (the filter bar above the canvas takes some of its height).
    right_docks = (window.inspector_dock, window.history_dock, window.insight_dock)
    for dock in right_docks:
        dock.hide()
    window.resize(1280, 1000)
    QTest.qWait(50)
    assert view.zoom_factor() > fitted
    _shows_whole_map(window)
    room = view.maximumViewportSize()
    rect = view.sceneRect()
    zoom = view.zoom_factor()
    assert max(rect.width() * zoom / room.width(), rect.height() * zoom / room.height()) > 0.99
    _trigger(window, "actionZoomIn")
    zoomed = view.zoom_factor()
    for dock in right_docks:
        dock.show()
    window.resize(1280, 800)
    QTest.qWait(50)
    assert view.zoom_factor() == zoomed  # the user's zoom is kept
