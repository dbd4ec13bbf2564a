"""Icons from the bundled SVGs, recoloured for dark themes.

The line icons are drawn in one slate colour (QIcon cannot resolve ``currentColor``), which is
unreadable on a dark palette, so icons are rendered from the SVG text with the stroke colour
swapped. Files are read with importlib.resources, never by path into the source tree.

An icon is drawn when a size of it is first shown, not when it is made: the window makes some
seventy icons at start-up, and drawing each at eight sizes up front was a tenth of a second
before the first paint, mostly for sizes never shown.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from cxmapper.model.library import resource
from cxmapper.model.vocab import Channel

#: The colour the line icons are drawn in (see resources/icons/LICENSE.md).
_SOURCE_STROKE = "#334155"
_DARK_STROKE = "#cbd5e1"


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


def _render(text: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


class _SvgIconEngine(QIconEngine):
    """A square SVG icon drawn at each size the first time that size is asked for, then kept.

    The disabled and selected looks are derived from the normal pixmap by the style, as Qt does
    for an icon made of pixmaps, so a greyed-out action looks as it did.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text
        self._pixmaps: dict[tuple[int, QIcon.Mode], QPixmap] = {}

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        if mode == QIcon.Mode.Active:
            mode = QIcon.Mode.Normal
        found = self._pixmaps.get((side, mode))
        if found is None:
            found = _render(self._text, side)
            app = QApplication.instance()
            if mode != QIcon.Mode.Normal and isinstance(app, QApplication):
                found = app.style().generatedIconPixmap(mode, found, QStyleOption())
            self._pixmaps[(side, mode)] = found
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = QPixmap(self.pixmap(rect.size() * ratio, mode, state))
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._text)


@cache
def _icon(folder: str, name: str, color: str | None) -> QIcon:
    text = _svg(folder, name)
    if color is not None:
        text = text.replace(_SOURCE_STROKE, color)
    return QIcon(_SvgIconEngine(text))


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
