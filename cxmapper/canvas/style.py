"""The canvas's look in Qt terms: colours from `cxmapper.theme`, fonts, and cached icon images.

`cxmapper.theme` stays Qt-free and shared with the exports; this module wraps it in QColor and
QFont for the light and the dark palette, and renders the bundled SVG icons once per size and
tint (rendering an SVG per card per paint would dominate a 5,000-card map). Items read the
scene's `CanvasColors` at paint time, so switching palettes is one repaint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from cxmapper import theme
from cxmapper.model.library import resource
from cxmapper.model.vocab import Phase

#: The stroke colour of the bundled line icons (see resources/icons/LICENSE.md), swapped for a tint.
_ICON_STROKE = "#334155"


@dataclass(frozen=True)
class CanvasColors:
    """Every colour the canvas paints with, for one palette (light or dark)."""

    dark: bool
    background: QColor
    card: QColor
    card_border: QColor
    card_hover: QColor
    ink: QColor
    muted: QColor
    grid: QColor
    rule: QColor
    lane_bg: QColor
    band_bg: QColor
    band_positive: QColor
    band_negative: QColor
    shadow: QColor
    selection: QColor
    curve: QColor
    drop_target: QColor
    intentional: QColor
    unintentional: QColor
    header_text: QColor
    phases: dict[Phase, tuple[QColor, QColor, QColor]]

    def accent(self, phase: Phase) -> QColor:
        """The phase's strong colour (header band, card strip)."""
        return self.phases[phase][0]

    def tint(self, phase: Phase) -> QColor:
        """The phase's light (or, in the dark palette, deep) background tint."""
        return self.phases[phase][1]

    def phase_text(self, phase: Phase) -> QColor:
        """Text drawn on the phase's tint."""
        return self.phases[phase][2]

    @staticmethod
    def score(score: float | None) -> QColor:
        """The colour of a (possibly averaged) score: the same on both palettes."""
        return _color(theme.score_color(score))


@cache
def _color(hex_rgb: str) -> QColor:
    return QColor(hex_rgb)


@cache
def colors(dark: bool) -> CanvasColors:
    """The canvas colours for the light or the dark palette."""
    q = QColor
    if dark:
        return CanvasColors(
            dark=True,
            background=q(theme.DARK_CANVAS_BG),
            card=q(theme.DARK_CARD_BG),
            card_border=q(theme.DARK_CARD_BORDER),
            card_hover=q(theme.DARK_CARD_HOVER_BORDER),
            ink=q(theme.DARK_INK),
            muted=q(theme.DARK_MUTED),
            grid=q(theme.DARK_GRID),
            rule=q(theme.DARK_RULE),
            lane_bg=q(theme.DARK_LANE_BG),
            band_bg=q(theme.DARK_BAND_BG),
            band_positive=q(theme.DARK_BAND_POSITIVE),
            band_negative=q(theme.DARK_BAND_NEGATIVE),
            shadow=q(theme.DARK_SHADOW),
            selection=q(theme.DARK_SELECTION),
            curve=q(theme.DARK_CURVE),
            drop_target=q(theme.DARK_DROP_TARGET),
            intentional=q(theme.DARK_SELECTION),
            unintentional=q(theme.DARK_MUTED),
            header_text=q("#ffffff"),
            phases={p: (q(a), q(t), q(x)) for p, (a, t, x) in theme.DARK_PHASE_COLORS.items()},
        )
    return CanvasColors(
        dark=False,
        background=q(theme.CANVAS_BG),
        card=q(theme.CARD_BG),
        card_border=q(theme.CARD_BORDER),
        card_hover=q(theme.CARD_HOVER_BORDER),
        ink=q(theme.INK),
        muted=q(theme.MUTED),
        grid=q(theme.GRID),
        rule=q(theme.RULE),
        lane_bg=q(theme.LANE_BG),
        band_bg=q(theme.BAND_BG),
        band_positive=q(theme.BAND_POSITIVE),
        band_negative=q(theme.BAND_NEGATIVE),
        shadow=q(theme.SHADOW),
        selection=q(theme.SELECTION),
        curve=q(theme.CURVE),
        drop_target=q(theme.DROP_TARGET),
        intentional=q(theme.INTENTIONAL),
        unintentional=q(theme.UNINTENTIONAL),
        header_text=q("#ffffff"),
        phases={p: (q(a), q(t), q(x)) for p, (a, t, x) in theme.PHASE_COLORS.items()},
    )


def system_is_dark() -> bool:
    """Whether the running application shows a dark colour scheme (style hint or palette)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    return app.palette().window().color().lightness() < 110


# -- fonts -------------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def font(pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal, spacing: float = 0.0) -> QFont:
    """The application font at a pixel size (scene units), so text scales with the zoom.

    Pixel sizes, not points: a scene unit is a pixel at 100 %, whatever the screen's DPI.
    Vertical-only hinting keeps glyph advances the same at every zoom, so wrapped lines
    measured once never overflow their card when drawn at 50 % or 200 %.
    """
    f = QFont(QGuiApplication.font())
    f.setPixelSize(max(1, round(pixel_size)))
    f.setWeight(weight)
    f.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    if spacing:
        f.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return f


# -- icons -------------------------------------------------------------------------------------


@cache
def _svg_text(folder: str, name: str) -> str:
    return resource("icons", folder, f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def icon_image(folder: str, name: str, px: int, tint: str | None = None) -> QImage:
    """A bundled SVG icon rendered at ``px`` device pixels, optionally recoloured.

    Line icons are drawn in one slate colour; ``tint`` swaps it (a light grey on dark palettes).
    """
    text = _svg_text(folder, name)
    if tint is not None:
        text = text.replace(_ICON_STROKE, tint)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, px, px))
    painter.end()
    return image


def draw_icon(painter: QPainter, rect: QRectF, folder: str, name: str, tint: str | None = None) -> None:
    """Draw a cached icon into ``rect`` at the painter's current device resolution.

    The image size is rounded up to a multiple of 8 device pixels so that zooming reuses a
    handful of renderings instead of one per zoom step.
    """
    scale = math.hypot(painter.worldTransform().m11(), painter.worldTransform().m12())
    device = painter.device()
    dpr = device.devicePixelRatioF() if device is not None else 1.0
    px = int(min(256, max(8, math.ceil(rect.width() * scale * dpr / 8) * 8)))
    painter.drawImage(rect, icon_image(folder, name, px, tint))


def score_icon_name(score: int) -> str:
    """The file name of the face for a score: score-m2 … score-0 … score-p2."""
    if score < 0:
        return f"score-m{-score}"
    return f"score-p{score}" if score > 0 else "score-0"
