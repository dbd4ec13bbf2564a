"""PNG and SVG images of the map, the dialog's preview and printing: the drawing, painted by Qt.

The only export module allowed to use Qt, and only QtGui/QtSvg (no widgets): it paints the
same `drawing` items as the PDF writer, from the same layout, with the same bundled fonts
(loaded into Qt's font database), on a QImage, a QSvgGenerator or a QPrinter. It creates a
QGuiApplication when none exists and picks the offscreen platform when there is no display,
so ``cxmapper export map.cxmap -o map.png`` works on a server.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from cxmapper.export.drawing import (
    Box,
    Circle,
    Curve,
    Group,
    Item,
    Line,
    Page,
    Polygon,
    Text,
    View,
    in_view,
    with_bounds,
)
from cxmapper.export.fonts import BOLD, REGULAR, SYMBOLS, font_bytes, printable
from cxmapper.export.labels import Labels
from cxmapper.export.options import TICK_EVERY, ExportError, ExportOptions, Progress, ProgressTracker, atomic_path
from cxmapper.export.pages import composite, primitive_pages
from cxmapper.model.project import Project

#: Images larger than this many pixels a side are rendered at a lower resolution instead.
MAX_IMAGE_SIDE = 16000


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen-capable QGuiApplication for batch use."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


@cache
def qt_families() -> dict[str, str]:
    """Load the bundled TTFs into Qt's font database; map ReportLab names to Qt family names."""
    ensure_app()
    out: dict[str, str] = {}
    for name in (REGULAR, BOLD, SYMBOLS):
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(font_bytes(name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        out[name] = families[0] if families else "Sans Serif"
    return out


class QtPainter:
    """Paints `drawing` items with a QPainter, mirroring `cxmapper.export.pdf.PdfPainter`."""

    def __init__(self, painter: QPainter, tick: Callable[[], None] | None = None) -> None:
        self.p = painter
        self.families = qt_families()
        # Called every few hundred items, as PdfPainter does: painting 20,000 cards takes
        # seconds, and the export's progress dialog (and its Cancel) must not freeze meanwhile.
        self._tick = tick
        self._painted = 0
        self._colors: dict[str, QColor] = {}
        self._fonts: dict[tuple[float, bool], QFont] = {}
        device = painter.device()
        self._dpi = float(device.logicalDpiY()) if device is not None else 96.0
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)

    def _color(self, hex_color: str) -> QColor:
        color = self._colors.get(hex_color)
        if color is None:
            color = self._colors[hex_color] = QColor(hex_color)
        return color

    def _font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont()
            font.setFamilies([self.families[BOLD if bold else REGULAR], self.families[SYMBOLS]])
            font.setBold(bold)
            # Point size such that the font is ``size`` logical units tall whatever the device's DPI.
            font.setPointSizeF(max(size * 72.0 / self._dpi, 0.01))
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
        return font

    def _pen(self, color: str | None, width: float, dash: tuple[float, ...] | None) -> QPen:
        if color is None:
            return QPen(Qt.PenStyle.NoPen)
        pen = QPen(self._color(color))
        pen.setWidthF(width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dash and width > 0:
            pen.setDashPattern([d / width for d in dash])
        return pen

    def _brush(self, color: str | None) -> QBrush:
        return QBrush(Qt.BrushStyle.NoBrush) if color is None else QBrush(self._color(color))

    def paint(self, items: Sequence[Item]) -> None:
        """Paint ``items`` in the painter's current coordinates."""
        self._paint(items, None, (-math.inf, -math.inf, math.inf, math.inf))

    def _paint(self, items: Sequence[Item], bounds: Sequence[View] | None, view: View) -> None:
        p = self.p
        for item in in_view(items, bounds, view):
            self._painted += 1
            if self._tick is not None and self._painted % TICK_EVERY == 0:
                self._tick()
            if isinstance(item, Text):
                p.setFont(self._font(item.size, item.bold))
                p.setPen(self._color(item.color))
                p.drawText(QPointF(item.x, item.y), printable(item.text))
            elif isinstance(item, Box):
                p.setOpacity(item.opacity)
                p.setPen(self._pen(item.stroke, item.width, item.dash))
                p.setBrush(self._brush(item.fill))
                rect = QRectF(item.x, item.y, item.w, item.h)
                if item.radius:
                    p.drawRoundedRect(rect, item.radius, item.radius)
                else:
                    p.drawRect(rect)
                p.setOpacity(1.0)
            elif isinstance(item, Line):
                p.setPen(self._pen(item.color, item.width, item.dash))
                p.drawPolyline([QPointF(x, y) for x, y in item.points])
            elif isinstance(item, Circle):
                p.setPen(self._pen(item.stroke, item.width, item.dash))
                p.setBrush(self._brush(item.fill))
                p.drawEllipse(QPointF(item.cx, item.cy), item.r, item.r)
            elif isinstance(item, Polygon):
                p.setPen(self._pen(item.stroke, item.width, None))
                p.setBrush(self._brush(item.fill))
                p.drawPolygon([QPointF(x, y) for x, y in item.points])
            elif isinstance(item, Curve):
                path = QPainterPath(QPointF(*item.start))
                for c1, c2, end in item.segments:
                    path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
                p.setPen(self._pen(item.color, item.width, item.dash))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(path)
            else:
                self._group(item, view)

    def _group(self, group: Group, view: View) -> None:
        p = self.p
        p.save()
        vx0, vy0, vx1, vy1 = view
        if group.clip is not None:
            clip = group.clip
            p.setClipRect(QRectF(clip.x, clip.y, clip.w, clip.h), Qt.ClipOperation.IntersectClip)
            vx0, vy0 = max(vx0, clip.x), max(vy0, clip.y)
            vx1, vy1 = min(vx1, clip.x + clip.w), min(vy1, clip.y + clip.h)
        p.translate(group.dx, group.dy)
        p.scale(group.scale, group.scale)
        k = group.scale
        local = ((vx0 - group.dx) / k, (vy0 - group.dy) / k, (vx1 - group.dx) / k, (vy1 - group.dy) / k)
        try:
            self._paint(group.items, group.bounds, local)
        finally:
            p.restore()  # also when a cancelled export stops the painting halfway


def paint_page(painter: QPainter, page: Page, target: QRectF) -> None:
    """Paint a sheet scaled into ``target`` (device coordinates), on white, keeping its aspect."""
    k = min(target.width() / page.width, target.height() / page.height)
    x = target.x() + (target.width() - page.width * k) / 2
    y = target.y() + (target.height() - page.height * k) / 2
    painter.save()
    painter.fillRect(QRectF(x, y, page.width * k, page.height * k), QColor("#ffffff"))
    painter.translate(x, y)
    painter.scale(k, k)
    painter.setClipRect(QRectF(0, 0, page.width, page.height))
    QtPainter(painter).paint(page.items)
    painter.restore()


def preview_pages(project: Project, options: ExportOptions | None = None) -> list[Page]:
    """The sheets the PDF will start with (map or poster, then cards), for a preview or printing."""
    opts = options or ExportOptions()
    labels = Labels(opts.language(project.language))
    map_pages, card_pages = primitive_pages(project, opts, labels)
    return map_pages + card_pages


def render_page(page: Page, width_px: int) -> QImage:
    """A sheet as an image ``width_px`` wide (for the export dialog's preview)."""
    ensure_app()
    height_px = max(1, round(width_px * page.height / page.width))
    image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_page(painter, page, QRectF(0, 0, width_px, height_px))
    finally:
        painter.end()
    return image


def _map_drawing(
    project: Project, options: ExportOptions | None, progress: Progress | None
) -> tuple[Group, float, float, Callable[[], None]]:
    """The map as one drawing, its size, and a tick for painting it (asks ``progress`` whether to go on)."""
    opts = options or ExportOptions()
    labels = Labels(opts.language(project.language))
    tracker = ProgressTracker(progress, len(project.touchpoints) + 2)
    comp = composite(project, labels, tick=tracker.step)
    return with_bounds(Group(comp.items)), comp.width, comp.height, lambda: tracker.step(0)


def render_png(project: Project, options: ExportOptions | None = None, progress: Progress | None = None) -> QImage:
    """The map with its title and legend as an image at ``options.dpi`` (96 dpi = screen size)."""
    ensure_app()
    opts = options or ExportOptions()
    drawing, w, h, tick = _map_drawing(project, opts, progress)
    k = opts.dpi / 96
    k = min(k, MAX_IMAGE_SIDE / w, MAX_IMAGE_SIDE / h)
    image = QImage(max(1, math.ceil(w * k)), max(1, math.ceil(h * k)), QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(opts.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.scale(k, k)
        QtPainter(painter, tick).paint([drawing])
    finally:
        painter.end()
    return image


def export_png(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the map as a PNG; no partial file on error or cancel."""
    image = render_png(project, options, progress)
    with atomic_path(path, suffix=".part.png") as tmp:
        if not image.save(str(tmp)):
            raise ExportError(f"{path}: cannot write the image")


def export_svg(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the map as an SVG drawing (one user unit per screen pixel at 100 % zoom)."""
    ensure_app()
    drawing, w, h, tick = _map_drawing(project, options, progress)
    with atomic_path(path) as tmp:
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(QSize(math.ceil(w), math.ceil(h)))
        generator.setViewBox(QRectF(0, 0, math.ceil(w), math.ceil(h)))
        generator.setResolution(96)
        generator.setTitle(project.title)
        generator.setDescription(f"Customer journey map · {project.brand}".rstrip(" ·"))
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(f"{path}: cannot write the image")
        try:
            painter.fillRect(QRectF(0, 0, w, h), QColor("#ffffff"))
            QtPainter(painter, tick).paint([drawing])
        finally:
            painter.end()
