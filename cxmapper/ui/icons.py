"""Icons from the bundled SVGs, recoloured for dark themes.

The line icons are drawn in one slate colour (QIcon cannot resolve ``currentColor``), which is
unreadable on a dark palette, so icons are rendered from the SVG text with the stroke colour
swapped. Files are read with importlib.resources, never by path into the source tree.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cxmapper.model.library import resource
from cxmapper.model.vocab import Channel

#: The colour the line icons are drawn in (see resources/icons/LICENSE.md).
_SOURCE_STROKE = "#334155"
_DARK_STROKE = "#cbd5e1"
# Rendered sizes: QIcon picks the nearest, and scales the 2x ones on high-DPI screens. The
# window asks for 40 px at most (80 on a 2x screen): 96 covers it. A 128 px copy of each of
# some seventy icons was a fifth of their drawing time at start-up, for a size never shown.
_SIZES = (16, 20, 24, 32, 48, 64, 96)


def is_dark() -> bool:
    """Whether the running application uses a dark colour scheme (so icons must be light)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    window = app.palette().window().color()
    return window.lightness() < 110


@cache
def _svg(folder: str, name: str) -> str:
    return resource("icons", folder, f"{name}.svg").read_text(encoding="utf-8")


def _render(text: str | QSvgRenderer, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8"))) if isinstance(text, str) else text
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def _icon(folder: str, name: str, color: str | None) -> QIcon:
    text = _svg(folder, name)
    if color is not None:
        text = text.replace(_SOURCE_STROKE, color)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))  # parsed once for every size
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_render(renderer, size))
    return icon


def action_icon(name: str, color: str | None = None) -> QIcon:
    """An icon from ``resources/icons/actions`` (e.g. ``"save"``), light on dark themes.

    Args:
        name: the file name without ``.svg``.
        color: draw the lines in this colour instead (accents on the start page).
    """
    return _icon("actions", name, color or (_DARK_STROKE if is_dark() else None))


def channel_icon(channel: Channel, color: str | None = None) -> QIcon:
    """The icon of a touchpoint channel (catalogue rows, inspector, outline)."""
    return _icon("channels", channel.value, color or (_DARK_STROKE if is_dark() else None))


def mark_icon(name: str) -> QIcon:
    """A coloured mark (``score-p1``, ``moment-of-truth``, ``intentional``...); never recoloured."""
    return _icon("marks", name, None)


def score_icon(score: int | None) -> QIcon:
    """The face icon for an experience score; an empty icon when unrated."""
    if score is None:
        return QIcon()
    name = {-2: "score-m2", -1: "score-m1", 0: "score-0", 1: "score-p1", 2: "score-p2"}[score]
    return mark_icon(name)


@cache
def app_icon() -> QIcon:
    """The application icon: the hand-tuned PNGs at small sizes, the SVG rendered above them."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap()
        if pixmap.loadFromData(resource("icons", "app", "png", f"cxmapper-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    text = _svg("app", "cxmapper")
    for size in (64, 96, 128, 256):
        icon.addPixmap(_render(text, size))
    return icon


def app_pixmap(size: int) -> QPixmap:
    """The application icon as a pixmap (start page, About box)."""
    return app_icon().pixmap(QSize(size, size))
