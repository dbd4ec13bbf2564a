#!/usr/bin/env python3
"""Render the cxmapper application icon SVG to PNGs at the usual hicolor sizes.

Usage (no display needed):
    QT_QPA_PLATFORM=offscreen python packaging/linux/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "app" / "cxmapper.svg"
OUT_DIR = ROOT / "resources" / "icons" / "app" / "png"


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Paint the SVG into a transparent ``size`` px square and save it as PNG at ``target``."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"cannot write {target}")


def main() -> int:
    """Render every size; exit 1 if the SVG does not parse, so a broken icon never ships."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"invalid SVG: {SOURCE}", file=sys.stderr)
        return 1
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        target = OUT_DIR / f"cxmapper-{size}.png"
        render(renderer, size, target)
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
