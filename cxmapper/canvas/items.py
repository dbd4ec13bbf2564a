"""The graphics items of the map: cards, stage headers and columns, lanes, cells, the band.

Items observe, never own: each keeps only the id of what it shows and asks its `MapScene` for
the live model object and the colours at paint time, so an edit is one ``update()`` and an
undo can never leave an item showing a stale copy. Geometry is set by the scene from
`cxmapper.layout`; items only draw inside the rectangle they are given.

Cards live inside pages (runs of a cell's cards, `cxmapper.canvas.pages`), inside cell items,
inside lane items. All three containers declare ``ItemContainsChildrenInShape``, so Qt skips
whole off-screen lanes, cells and pages when painting and hit-testing; growing one lane moves
the lanes below as a handful of containers, and a drop moves the cards below it as a few
pages, instead of thousands of cards (see the move cases of ``benchmarks/window.py``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from cxmapper.canvas import labels
from cxmapper.canvas.style import CanvasColors, draw_icon, font, score_icon_name
from cxmapper.layout import Metrics, average_label_boxes, smooth_path, wrap_text
from cxmapper.model.project import Touchpoint
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Control

if TYPE_CHECKING:
    from cxmapper.canvas.scene import MapScene

_BOLD = QFont.Weight.DemiBold
# Below these levels of detail (device pixels per scene unit) text is unreadable anyway, so
# cards draw as coloured tiles: a zoomed-out 5,000-card map paints in milliseconds.
LOD_TEXT = 0.45
LOD_TILE = 0.18


def _cosmetic(color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen whose width is in screen pixels, so hairlines stay crisp at 50 % and 200 %."""
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


_NO_PEN = QPen(Qt.PenStyle.NoPen)
#: Cards with unresolved merge conflicts: a warning orange that reads on both palettes.
_CONFLICT_RING = QColor("#e8590c")


def _visible_part(rect: QRectF, option: QStyleOptionGraphicsItem, radius: float) -> QRectF:
    """The slice of a tall rounded rectangle worth drawing: what is exposed, plus a margin.

    Antialiased rounded rectangles cost in proportion to their size even when clipped, and a
    column or lane on a big map is tens of thousands of pixels tall. The slice is cut beyond
    the exposed area, so its own (wrong) rounded corners are never seen.
    """
    exposed = option.exposedRect
    if exposed.isEmpty():
        return rect
    margin = 2 * radius + 2
    top = max(rect.top(), exposed.top() - margin)
    bottom = min(rect.bottom(), exposed.bottom() + margin)
    if bottom <= top:
        return QRectF()
    return QRectF(rect.left(), top, rect.width(), bottom - top)


def _lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class MapItem(QGraphicsItem):
    """Common plumbing: a local rectangle set by the scene, and access to the scene.

    Items whose ``GROWS_DOWN`` is true (columns, lanes, cells: everything that gets taller
    when a lane fills up) report a bounding rectangle with head-room below their drawn
    height. Growing or shrinking within it then repaints only the strip around the bottom
    edge, instead of Qt invalidating the item's whole visible area, which on a big map is
    the whole viewport on every drop.
    """

    GROWS_DOWN = False
    _EDGE = 14.0  # how far above the bottom edge the drawing changes with the height

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._rect = QRectF()
        self._bounds = QRectF()

    def map_scene(self) -> MapScene | None:
        """The `MapScene` this item is in (None while being removed)."""
        return self.scene()  # type: ignore[return-value]

    def rect(self) -> QRectF:
        """The drawn rectangle (local coordinates)."""
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:
        """The rectangle given by the scene, plus head-room for items that grow down."""
        return self._bounds

    def set_size(self, w: float, h: float) -> bool:
        """Resize; return whether anything changed (so the scene counts real changes only)."""
        old = self._rect
        if old.width() == w and old.height() == h:
            return False
        if self.GROWS_DOWN and old.width() == w and h <= self._bounds.height() and h * 2 > self._bounds.height():
            self._rect = QRectF(0, 0, w, h)
            top = min(old.height(), h) - self._EDGE
            self.update(QRectF(-2, top, w + 4, max(old.height(), h) - top + 4))
            return True
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, w, h)
        room = h * 0.25 + 600 if self.GROWS_DOWN else 0.0
        self._bounds = QRectF(0, 0, w, h + room)
        return True

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Containers draw nothing by default."""


# -- cards --------------------------------------------------------------------------------------


class CardItem(QGraphicsRectItem):
    """One touchpoint card, drawn from the touchpoint the scene holds under ``tp_id``.

    Draws its own two-layer soft shadow (a QGraphicsDropShadowEffect per item would blur
    thousands of offscreen pixmaps), caches its wrapped text until the card changes, and uses
    a device-coordinate cache so panning repaints no text. Built on QGraphicsRectItem (whose
    rectangle is the card plus its shadow) so that Qt's bounding-rectangle queries, made for
    every card of every lane that shifts, stay in C++.
    """

    SHADOW = 6.0
    RADIUS = 8.0

    def __init__(self, tp_id: str, metrics: Metrics, parent: QGraphicsItem | None = None) -> None:
        rect = QRectF(0, 0, metrics.card_w, metrics.card_h)
        super().__init__(self.bounds(metrics), parent)
        self.setPen(_NO_PEN)
        self.tp_id = tp_id
        self._rect = rect
        self._hover = False
        self._lifted = False
        self._editing = False
        self._text: tuple[list[str], list[str], str] | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @classmethod
    def bounds(cls, metrics: Metrics) -> QRectF:
        """A card's bounding rectangle in its own coordinates: the card and its shadow."""
        s = cls.SHADOW
        return QRectF(0, 0, metrics.card_w, metrics.card_h).adjusted(-s, -s / 2, s, s * 1.5)

    # -- state set by the scene and the gestures --

    def content_changed(self) -> None:
        """The card's touchpoint changed: drop the wrapped text and repaint."""
        self._text = None
        self.update()

    def set_lifted(self, lifted: bool) -> None:
        """Show the card picked up (stronger shadow, above its neighbours) during a drag."""
        if lifted != self._lifted:
            self._lifted = lifted
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Fade the card when a filter leaves it out; it keeps its place (setOpacity repaints)."""
        self.setOpacity(0.2 if dimmed else 1.0)

    def set_editing(self, editing: bool) -> None:
        """Hide the title while the inline editor covers it."""
        if editing != self._editing:
            self._editing = editing
            self.update()

    def title_rect(self) -> QRectF:
        """Where the title is drawn (the inline editor goes there)."""
        tp = self._touchpoint()
        right = self._rect.width() - 12 - (self._marks_width(tp) if tp is not None else 0)
        return QRectF(15, 8, right - 15, 3 * 17 + 4)

    def map_scene(self) -> MapScene | None:
        """The `MapScene` this item is in (None while being removed)."""
        return self.scene()  # type: ignore[return-value]

    # -- QGraphicsItem --

    def shape(self) -> QPainterPath:
        """The rounded card itself: clicks on the shadow fall through to the cell."""
        path = QPainterPath()
        path.addRoundedRect(self._rect, self.RADIUS, self.RADIUS)
        return path

    def hoverEnterEvent(self, event: Any) -> None:
        """Raise the border slightly under the pointer."""
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: Any) -> None:
        """Back to rest."""
        self._hover = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the card: shadow, body, accent strip, title, description, channel and marks."""
        scene = self.map_scene()
        tp = scene.touchpoint(self.tp_id) if scene is not None else None
        if scene is None or tp is None:
            return
        c = scene.colors
        accent = QColor(tp.color) if tp.color else c.accent(scene.phase_of(tp.stage_id))
        lod = _lod(painter, option)
        r = self._rect
        selected = self.isSelected()
        if lod < LOD_TILE:
            painter.fillRect(r, c.selection if selected else c.card)
            painter.fillRect(QRectF(0, 0, 8, r.height()), accent)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        lift = 2.0 if (self._lifted or self._hover) else 1.0
        shadow = QColor(c.shadow)
        for dy, grow, alpha in ((1.0 * lift, 0.0, 0.10), (3.0 * lift, 1.5 * lift, 0.05)):
            shadow.setAlphaF(alpha * (2.2 if c.dark else 1.0))
            painter.setBrush(shadow)
            painter.drawRoundedRect(
                r.adjusted(-grow, dy - grow, grow, dy + grow), self.RADIUS + grow, self.RADIUS + grow
            )
        painter.setBrush(c.card)
        border = c.card_hover if self._hover else c.card_border
        painter.setPen(_cosmetic(border))
        painter.drawRoundedRect(r, self.RADIUS, self.RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(5, 10, 3.5, r.height() - 20), 1.75, 1.75)
        if lod >= LOD_TEXT:
            self._paint_content(painter, tp, c)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic(c.selection, 2.0))
            painter.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), self.RADIUS + 1.5, self.RADIUS + 1.5)
        if self.tp_id in scene.conflicted:
            # A merge left two values here: a dashed ring inside the card's own rectangle (never
            # outside the bounding rect, which would leave stale paint).
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic(_CONFLICT_RING, 2.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(r.adjusted(2.5, 2.5, -2.5, -2.5), self.RADIUS - 2, self.RADIUS - 2)

    # -- drawing helpers --

    def _touchpoint(self) -> Touchpoint | None:
        scene = self.map_scene()
        return scene.touchpoint(self.tp_id) if scene is not None else None

    @staticmethod
    def _marks_width(tp: Touchpoint) -> float:
        """Room the score face and the star take at the top right."""
        return (24.0 if tp.score is not None else 0.0) + (20.0 if tp.moment_of_truth else 0.0)

    def _wrapped(self, tp: Touchpoint) -> tuple[list[str], list[str], str]:
        """Title lines, description lines and the channel label, measured once per change."""
        if self._text is None:
            w = self._rect.width()
            title_w = w - 12 - self._marks_width(tp) - 15
            title_fm = QFontMetricsF(font(13, _BOLD))
            title = " ".join(tp.title.split()) or labels.tr("(untitled)")
            title_lines = wrap_text(title, title_w, 3, title_fm.horizontalAdvance)
            # Description lines fill what the title leaves above the foot row (14 px each).
            below_title = 8 + 17 * len(title_lines) + 2
            room = int((self._rect.height() - 26 - below_title) // 14)
            desc_lines: list[str] = []
            if room > 0 and tp.description.strip():
                desc_fm = QFontMetricsF(font(11))
                desc_lines = wrap_text(tp.description, w - 12 - 15, room, desc_fm.horizontalAdvance)
            label_fm = QFontMetricsF(font(11))
            channel = label_fm.elidedText(labels.channel_label(tp.channel), Qt.TextElideMode.ElideRight, w - 12 - 46)
            self._text = (title_lines, desc_lines, channel)
        return self._text

    def _paint_content(self, painter: QPainter, tp: Touchpoint, c: CanvasColors) -> None:
        title_lines, desc_lines, channel = self._wrapped(tp)
        w, h = self._rect.width(), self._rect.height()
        y = 8.0
        if not self._editing:
            painter.setFont(font(13, _BOLD))
            painter.setPen(c.ink)
            for line in title_lines:
                painter.drawText(QPointF(15, y + 13), line)
                y += 17
        else:
            y += 17 * len(title_lines)
        if desc_lines:
            y += 2
            painter.setFont(font(11))
            painter.setPen(c.muted)
            for line in desc_lines:
                painter.drawText(QPointF(15, y + 11), line)
                y += 14
        # Marks, top right: score face, then the moment-of-truth star to its left.
        right = w - 12
        if tp.score is not None:
            draw_icon(painter, QRectF(right - 20, 9, 20, 20), "marks", score_icon_name(tp.score))
            right -= 24
        if tp.moment_of_truth:
            draw_icon(painter, QRectF(right - 17, 10.5, 17, 17), "marks", "moment-of-truth")
        # Foot: control mark, channel icon and label.
        foot = h - 17
        self._paint_control(painter, QPointF(19, foot), tp.control, c)
        tint = "#cbd5e1" if c.dark else "#475569"
        draw_icon(painter, QRectF(27, foot - 7.5, 15, 15), "channels", tp.channel.value, tint)
        painter.setFont(font(11))
        painter.setPen(c.muted)
        painter.drawText(QPointF(46, foot + 4), channel)

    @staticmethod
    def _paint_control(painter: QPainter, center: QPointF, control: Control, c: CanvasColors) -> None:
        """Intentional: a filled dot; unintentional: a dashed ring (as on paper)."""
        if control == Control.INTENTIONAL:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.intentional)
            painter.drawEllipse(center, 3.6, 3.6)
        else:
            pen = QPen(c.unintentional, 1.4)
            pen.setDashPattern([1.6, 1.4])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(center, 3.3, 3.3)

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for a point on the card: the mark under it, else title and description."""
        tp = self._touchpoint()
        if tp is None:
            return ""
        w, h = self._rect.width(), self._rect.height()
        right = w - 12
        if tp.score is not None:
            if QRectF(right - 22, 7, 24, 24).contains(pos):
                return labels.tr("Experience: %s") % labels.score_label(tp.score)
            right -= 24
        if tp.moment_of_truth and QRectF(right - 19, 8, 21, 21).contains(pos):
            return labels.tr("Moment of truth")
        if QRectF(11, h - 25, 14, 16).contains(pos):
            return labels.control_label(tp.control)
        if QRectF(25, h - 27, w - 37, 20).contains(pos):
            return labels.tr("Channel: %s") % labels.channel_label(tp.channel)
        title = tp.title.strip() or labels.tr("(untitled)")
        escaped = _html(title)
        if tp.description.strip():
            return f"<b>{escaped}</b><br>{_html(tp.description.strip())}"
        return f"<b>{escaped}</b>"


#: Text outlines by (font key, text), at the origin: see `_text_path`.
_TEXT_PATHS: dict[tuple[str, str], QPainterPath] = {}


def _text_path(font: QFont, text: str) -> QPainterPath:
    """The outline of ``text`` in ``font`` with its baseline at the origin, the same every time.

    ``QPainterPath.addText`` reads glyph outlines from the FreeType face that all font engines
    of the family share, and they come out slightly different depending on what other views
    have drawn with that face since: the same label, rendered again after a filter was set and
    cleared, differed from its first rendering by a few anti-aliased pixels. Built once, a
    label's outline is the same for the first paint and for every repaint.
    """
    key = (font.key(), text)
    path = _TEXT_PATHS.get(key)
    if path is None:
        if len(_TEXT_PATHS) >= 512:
            _TEXT_PATHS.clear()
        path = QPainterPath()
        path.addText(QPointF(0, 0), font, text)
        _TEXT_PATHS[key] = path
    return path


def _halo_text(painter: QPainter, pos: QPointF, text: str, color: QColor, halo: QColor) -> None:
    """Text with an outline in the background colour, legible where it crosses the curve."""
    path = _text_path(painter.font(), text).translated(pos)
    pen = QPen(halo, 3.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, pen)
    painter.fillPath(path, color)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


# -- grid: columns, headers, lanes, cells --------------------------------------------------------


class StageColumnItem(MapItem):
    """The body of a stage column: a soft phase tint behind its cells, like the printed map."""

    GROWS_DOWN = True

    def __init__(self, stage_id: str, header_h: float) -> None:
        super().__init__()
        self.stage_id = stage_id
        self._header_h = header_h
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        # No item cache: a column is as tall as the map (tens of thousands of pixels on a big
        # one), and re-caching it whenever a lane grows cost more than painting one rectangle.
        self.setZValue(0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The tinted rounded body below the header."""
        scene = self.map_scene()
        if scene is None or not scene.has_stage(self.stage_id):
            return
        c = scene.colors
        tint = QColor(c.tint(scene.phase_of(self.stage_id)))
        tint.setAlphaF(0.5 if c.dark else 0.75)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        body = _visible_part(self._rect.adjusted(4, self._header_h, -4, 0), option, 10)
        if not body.isEmpty():
            painter.drawRoundedRect(body, 10, 10)


class _HeaderItem(MapItem):
    """What stage and lane headers share: hover and selection states, cached wrapped lines.

    A header shows its selection by observing the shared `Selection` (the scene calls
    `set_selected`), not by being a selectable item, so a rubber band never picks it.
    """

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._hover = False
        self._selected = False
        self._lines: list[str] | None = None
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        """The header plus room for the selection ring drawn around its box."""
        return self._bounds.adjusted(-4, -4, 4, 4)

    def content_changed(self) -> None:
        """The stage or lane was renamed (or the stage changed phase): wrap its name again."""
        self._lines = None
        self.update()

    def set_selected(self, selected: bool) -> None:
        """Mirror `Selection.stage` / `Selection.lane`."""
        if selected != self._selected:
            self._selected = selected
            self.update()

    def is_selected(self) -> bool:
        """Whether this header's stage or lane is the selected one."""
        return self._selected

    def hoverEnterEvent(self, event: Any) -> None:
        """Hint that the header is clickable."""
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: Any) -> None:
        """Back to rest."""
        self._hover = False
        self.update()


class StageHeaderItem(_HeaderItem):
    """A stage's header band: phase colour, phase label and the stage name.

    Clicking it selects the stage (the scene does that); it shows the selection by observing
    the shared `Selection`, not by being a selectable item, so a rubber band never picks it.
    """

    def __init__(self, stage_id: str) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.setZValue(2)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Phase-coloured band, small uppercase phase label, bold stage name on up to two lines."""
        scene = self.map_scene()
        if scene is None or not scene.has_stage(self.stage_id):
            return
        stage = scene.document.project.stage(self.stage_id)
        c = scene.colors
        accent = QColor(c.accent(stage.phase))
        if self._hover:
            accent = accent.lighter(108)
        box = self._rect.adjusted(4, 0, -4, -8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(box, 10, 10)
        if self._selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic(c.selection, 2.0))
            painter.drawRoundedRect(box.adjusted(-2, -2, 2, 2), 12, 12)
            painter.setPen(_cosmetic(QColor("#ffffff"), 1.0))
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 9, 9)
        if _lod(painter, option) < LOD_TILE:
            return
        inner = box.width() - 24
        small = font(10, QFont.Weight.Bold, 0.6)
        phase_text = QFontMetricsF(small).elidedText(
            labels.phase_label(stage.phase).upper(), Qt.TextElideMode.ElideRight, inner
        )
        label = QColor(c.tint(stage.phase)) if not c.dark else QColor(c.phase_text(stage.phase))
        label.setAlphaF(0.92)
        painter.setFont(small)
        painter.setPen(label)
        painter.drawText(QPointF(box.x() + 12, box.y() + 19), phase_text)
        if self._lines is None:
            fm = QFontMetricsF(font(14, QFont.Weight.Bold))
            self._lines = wrap_text(stage.name.strip() or "…", inner, 2, fm.horizontalAdvance)
        painter.setFont(font(14, QFont.Weight.Bold))
        painter.setPen(c.header_text)
        y = box.y() + 38 if len(self._lines) > 1 else box.y() + 44
        for line in self._lines:
            painter.drawText(QPointF(box.x() + 12, y), line)
            y += 17

    def tooltip(self) -> str:
        """Stage name, phase and customer goal."""
        scene = self.map_scene()
        if scene is None or not scene.has_stage(self.stage_id):
            return ""
        stage = scene.document.project.stage(self.stage_id)
        text = f"<b>{_html(stage.name)}</b><br>{_html(labels.phase_label(stage.phase))}"
        if stage.customer_goal.strip():
            text += "<br>" + labels.tr("Customer goal: %s") % _html(stage.customer_goal.strip())
        return text


class LaneItem(MapItem):
    """A lane row: the container of its header and cells, drawing the separator below it."""

    GROWS_DOWN = True

    def __init__(self, lane_id: str, grid_x: float) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._grid_x = grid_x
        self._last = False
        self.setZValue(1)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)

    def boundingRect(self) -> QRectF:
        """The lane plus room for its header's selection ring, which reaches past its left edge.

        Qt clips the repaints of a child to its ``ItemContainsChildrenInShape`` container, so
        a ring drawn outside the lane would never be erased (the sliver of issue 10).
        """
        return self._bounds.adjusted(-4, -4, 4, 0)

    def set_last(self, last: bool) -> None:
        """The last lane draws no separator under it."""
        if last != self._last:
            self._last = last
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A dashed rule under the lane, across the grid (as on paper)."""
        scene = self.map_scene()
        if scene is None or self._last:
            return
        y = self._rect.height()
        painter.setPen(_cosmetic(scene.colors.rule, 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(self._grid_x + 4, y, self._rect.width() - 4, y))


class LaneHeaderItem(_HeaderItem):
    """The lane's name on the left, in a rounded box; clicking it selects the lane."""

    def __init__(self, lane_id: str, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.lane_id = lane_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Rounded label box with the lane name, wrapped to the box's height."""
        scene = self.map_scene()
        if scene is None or not scene.has_lane(self.lane_id):
            return
        lane = scene.document.project.lane(self.lane_id)
        c = scene.colors
        box = self._rect.adjusted(0, 4, -10, -4)
        part = _visible_part(box, option, 11)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bg = QColor(c.lane_bg)
        if self._hover:
            bg = bg.darker(104) if not c.dark else bg.lighter(115)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(part, 10, 10)
        if self._selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_cosmetic(c.selection, 2.0))
            painter.drawRoundedRect(part.adjusted(-1, -1, 1, 1), 11, 11)
        if _lod(painter, option) < LOD_TILE:
            return
        bold = font(12.5, QFont.Weight.Bold)
        if self._lines is None:
            fm = QFontMetricsF(bold)
            max_lines = max(1, int((box.height() - 24) // 16))
            self._lines = wrap_text(lane.name.strip() or "…", box.width() - 24, max_lines, fm.horizontalAdvance)
        painter.setFont(bold)
        painter.setPen(c.ink)
        y = box.y() + 24
        for line in self._lines:
            painter.drawText(QPointF(box.x() + 12, y), line)
            y += 16

    def set_size(self, w: float, h: float) -> bool:
        """Resizing re-wraps the name (taller lanes show more lines)."""
        changed = super().set_size(w, h)
        if changed:
            self._lines = None
        return changed


class CellItem(MapItem):
    """One cell (a stage in a lane): the container of its cards.

    Highlighted as a drop target while a card is dragged over it; an empty cell shows a
    faint dashed slot saying cards can be dropped there, so a blank map explains itself.
    """

    GROWS_DOWN = True

    def __init__(self, key: tuple[str, str], card_rect: QRectF, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.key = key
        self._slot = QRectF(card_rect)
        self._drop_target = False
        self._empty = False
        # Never ItemHasNoContents, even while there is nothing to draw. Qt skips the dirty
        # region of an item without contents, so the update() that should erase a drop
        # highlight or an empty slot was dropped and the old paint stayed on screen; and a
        # container marked for a full repaint (a resize) has its children's own repaints
        # skipped, which without contents left a ghost of a card that moved inside it
        # (issue 10). A paint() that returns at once costs next to nothing.
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
            | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
        )

    def set_drop_target(self, target: bool) -> None:
        """Tint the cell while a dragged card would land in it."""
        if target != self._drop_target:
            self._drop_target = target
            self.update()

    def set_empty(self, empty: bool) -> None:
        """Show (or hide) the empty-cell slot."""
        if empty != self._empty:
            self._empty = empty
            self.update()

    def is_empty(self) -> bool:
        """Whether the cell shows its empty slot."""
        return self._empty

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The drop highlight, or the empty slot."""
        if not (self._drop_target or self._empty):
            return
        scene = self.map_scene()
        if scene is None:
            return
        c = scene.colors
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._drop_target:
            fill = QColor(c.drop_target)
            fill.setAlphaF(0.55)
            painter.setBrush(fill)
            painter.setPen(_cosmetic(c.selection, 1.2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(_visible_part(self._rect.adjusted(6, 5, -6, -5), option, 9), 9, 9)
            return
        if not self._empty:
            return
        ink = QColor(c.muted)
        ink.setAlphaF(0.45)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_cosmetic(ink, 1.0, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(self._slot, 8, 8)
        if _lod(painter, option) >= LOD_TEXT:
            ink.setAlphaF(0.8)
            painter.setPen(ink)
            painter.setFont(font(11))
            painter.drawText(
                self._slot,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                labels.tr("Drop touchpoints here"),
            )


# -- experience band ---------------------------------------------------------------------------


class ExperienceBandItem(MapItem):
    """The experience band under the grid: -2..+2 guides, the curve, dots and stage averages.

    Positioned at the left margin, its label box takes the lane-header column and the plot the
    grid's width. Curve geometry comes from `MapLayout.curve`; the painter path is rebuilt
    only after `refresh`, not on every paint.
    """

    def __init__(self) -> None:
        super().__init__()
        self._plot_x = 0.0
        self._path: QPainterPath | None = None
        self.setZValue(1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_plot_x(self, x: float) -> None:
        """Where the plot starts (the width of the lane-header column)."""
        if x != self._plot_x:
            self._plot_x = x
            self.refresh()

    def refresh(self) -> None:
        """The curve or the band's geometry changed: rebuild the path on next paint."""
        self._path = None
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Label box, band box with positive/negative tints, guides, curve, dots, averages."""
        scene = self.map_scene()
        if scene is None:
            return
        c = scene.colors
        layout = scene.layout
        origin = self.pos()
        r = self._rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.lane_bg)
        painter.drawRoundedRect(QRectF(0, 0, self._plot_x - 10, r.height()), 10, 10)
        plot = QRectF(self._plot_x + 4, 0, r.width() - self._plot_x - 8, r.height())
        painter.setBrush(c.band_bg)
        painter.setPen(_cosmetic(c.grid if not c.dark else c.rule))
        painter.drawRoundedRect(plot, 10, 10)
        lod = _lod(painter, option)
        x0, x1 = plot.x() + 30, plot.right() - 10

        def y_of(score: float) -> float:
            return layout.score_y(score) - origin.y()

        top, zero, bottom = y_of(SCORE_MAX), y_of(0), y_of(SCORE_MIN)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.band_positive)
        painter.drawRect(QRectF(x0, top, x1 - x0, zero - top))
        painter.setBrush(c.band_negative)
        painter.drawRect(QRectF(x0, zero, x1 - x0, bottom - zero))
        for s in range(SCORE_MAX, SCORE_MIN - 1, -1):
            y = y_of(s)
            pen = (
                _cosmetic(c.rule, 1.0)
                if s == 0
                else _cosmetic(c.grid if not c.dark else c.rule, 1.0, Qt.PenStyle.DotLine)
            )
            painter.setPen(pen)
            painter.drawLine(QLineF(x0, y, x1, y))
        for stage_id in layout.stage_ids[1:]:
            x = layout.columns[stage_id].x - origin.x()
            painter.setPen(_cosmetic(c.grid if not c.dark else c.rule, 1.0, Qt.PenStyle.DotLine))
            painter.drawLine(QLineF(x, top - 6, x, bottom + 6))
        if lod < LOD_TILE:
            return
        painter.setFont(font(12.5, QFont.Weight.Bold))
        painter.setPen(c.ink)
        painter.drawText(QPointF(12, 24), labels.tr("Experience"))
        painter.setFont(font(10))
        painter.setPen(c.muted)
        painter.drawText(
            QRectF(12, 32, self._plot_x - 34, r.height() - 40),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            labels.tr("How the customer feels, card by card; ◆ stage average"),
        )
        painter.setFont(font(10, QFont.Weight.Bold))
        for s in range(SCORE_MAX, SCORE_MIN - 1, -1):
            painter.setPen(CanvasColors.score(s))
            painter.drawText(
                QRectF(plot.x(), y_of(s) - 8, 24, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                labels.score_number(s),
            )
        self._paint_curve(painter, origin, c)

    def _paint_curve(self, painter: QPainter, origin: QPointF, c: CanvasColors) -> None:
        scene = self.map_scene()
        assert scene is not None
        points = scene.curve_points()
        if self._path is None:
            path = QPainterPath()
            local = [(p.x - origin.x(), p.y - origin.y()) for p in points]
            if len(local) >= 2:
                path.moveTo(*local[0])
                for (c1x, c1y), (c2x, c2y), (ex, ey) in smooth_path(local):
                    path.cubicTo(c1x, c1y, c2x, c2y, ex, ey)
            self._path = path
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(c.curve, 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(self._path)
        averages = scene.curve_averages()
        if len(averages) >= 2:
            dashed = QPen(c.muted, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            painter.drawPolyline([QPointF(p.x - origin.x(), p.y - origin.y()) for p in averages])
        ring = QPen(c.band_bg, 1.6)
        painter.setPen(ring)
        for p in points:
            painter.setBrush(CanvasColors.score(p.score))
            painter.drawEllipse(QPointF(p.x - origin.x(), p.y - origin.y()), 4.6, 4.6)
        painter.setFont(font(10.5, QFont.Weight.Bold))
        fm = QFontMetricsF(painter.font())
        texts = ["Ø " + labels.score_number(round(p.score, 1)) for p in averages]
        # Placed by the layout, as in the PDF: clear of the curve, inside the band.
        boxes = average_label_boxes(
            scene.layout,
            [(fm.horizontalAdvance(t), fm.ascent() + fm.descent()) for t in texts],
            marker=8,
            dot=4.6,
            curve=points,
            averages=averages,
        )
        for p, text, box in zip(averages, texts, boxes, strict=True):
            cx, cy = p.x - origin.x(), p.y - origin.y()
            diamond = QPainterPath()
            diamond.moveTo(cx, cy - 8)
            diamond.lineTo(cx + 8, cy)
            diamond.lineTo(cx, cy + 8)
            diamond.lineTo(cx - 8, cy)
            diamond.closeSubpath()
            painter.setPen(QPen(c.ink, 1.4))
            painter.setBrush(QBrush(CanvasColors.score(p.score)))
            painter.drawPath(diamond)
            baseline = QPointF(box.x - origin.x(), box.y - origin.y() + fm.ascent())
            _halo_text(painter, baseline, text, c.ink, c.band_bg)

    def tooltip_at(self, pos: QPointF) -> str:
        """The card or stage average under the pointer."""
        scene = self.map_scene()
        if scene is None:
            return ""
        origin = self.pos()
        for p in scene.curve_averages():
            if math.hypot(p.x - origin.x() - pos.x(), p.y - origin.y() - pos.y()) <= 9 and p.stage_id:
                name = scene.document.project.stage(p.stage_id).name
                return labels.tr("Average of “%s”: %s") % (name, labels.score_number(round(p.score, 2)))
        for p in scene.curve_points():
            if math.hypot(p.x - origin.x() - pos.x(), p.y - origin.y() - pos.y()) <= 6 and p.tp_id:
                tp = scene.touchpoint(p.tp_id)
                if tp is not None and tp.score is not None:
                    return f"{_html(tp.title)}: {labels.score_label(tp.score)}"
        return labels.tr("Experience: how the customer feels at each touchpoint (\u22122 to +2)")


# -- transient feedback ------------------------------------------------------------------------


class DropIndicatorItem(QGraphicsItem):
    """The line showing where a dragged card would be inserted: one item, moved, never recreated."""

    def __init__(self) -> None:
        super().__init__()
        self._line = QLineF()
        self._color = QColor("#2563eb")
        self.setZValue(60)
        self.hide()

    def show_line(self, x1: float, x2: float, y: float, color: QColor) -> None:
        """Show the indicator from ``x1`` to ``x2`` at height ``y`` (scene units)."""
        line = QLineF(x1, y, x2, y)
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line
        self._color = color
        if not self.isVisible():
            self.show()

    def line(self) -> QLineF:
        """Where the indicator is (for tests and the drop)."""
        return QLineF(self._line)

    def boundingRect(self) -> QRectF:
        """The line plus its end caps."""
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-6, -6, 6, 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A thick rounded line with a ring at each end, like a text insertion mark."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._color, 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        painter.setPen(QPen(self._color, 2))
        painter.setBrush(QColor("#ffffff"))
        for p in (self._line.p1(), self._line.p2()):
            painter.drawEllipse(p, 4, 4)


class RubberBandItem(QGraphicsItem):
    """The rubber-band rectangle: one item, reshaped while the band is dragged."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self._color = QColor("#2563eb")
        self.setZValue(70)
        self.hide()

    def set_band(self, rect: QRectF, color: QColor) -> None:
        """Reshape and show the band (scene units)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self._color = color
        if not self.isVisible():
            self.show()

    def boundingRect(self) -> QRectF:
        """The band plus its outline."""
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """A translucent fill with a crisp outline."""
        fill = QColor(self._color)
        fill.setAlphaF(0.12)
        painter.setBrush(fill)
        painter.setPen(_cosmetic(self._color, 1.0))
        painter.drawRect(self._rect)
