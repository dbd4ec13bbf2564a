"""The canvas draws stage-average labels where the layout places them: off the curve, in the band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QUndoStack

from cxmapper.canvas import MapScene, items
from cxmapper.canvas.style import font
from cxmapper.document import Document
from cxmapper.layout import average_label_boxes
from cxmapper.model import ops
from cxmapper.model.project import Touchpoint, new_project
from cxmapper.selection import Selection

pytestmark = pytest.mark.gui


def test_canvas_average_label_leaves_the_steep_curve_and_stays_in_the_band(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = new_project()
    for i, score in enumerate((-2, 2)):
        ops.add_touchpoint(
            project,
            Touchpoint(id=f"s{i}", title=f"S{i}", stage_id="stage-before", lane_id="lane-main", order=i, score=score),
        )
    # Kept in names: the scene holds no Python reference to them.
    document, selection, stack = Document(project), Selection(), QUndoStack()
    scene = MapScene(document, selection, stack)
    band_origin = scene.band_item().pos()
    drawn: list[tuple[QPointF, str]] = []
    real_halo = items._halo_text

    def record(painter: QPainter, pos: QPointF, text: str, color: QColor, halo: QColor) -> None:
        drawn.append((pos + band_origin, text))
        real_halo(painter, pos, text, color, halo)

    monkeypatch.setattr(items, "_halo_text", record)
    layout = scene.layout
    band = layout.band
    image = QImage(int(layout.width), int(layout.height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, layout.width, layout.height), QRectF(0, 0, layout.width, layout.height))
    painter.end()

    fm = QFontMetricsF(font(10.5, QFont.Weight.Bold))
    ((pos, text),) = drawn
    assert text == "Ø 0"
    # The average (0) sits at (274, band.y + 85) where the curve climbs from -2 to +2 (see
    # test_export_print). Up-right is crossed by it, so the label goes down-right of the 8-unit
    # diamond: left edge 274 + 0.6 x 8 = 278.8, top band.y + 85 + 8 + 3 = band.y + 96.
    assert pos.x() == pytest.approx(278.8)
    assert pos.y() - fm.ascent() == pytest.approx(band.y + 96)
    box = QRectF(pos.x(), pos.y() - fm.ascent(), fm.horizontalAdvance(text), fm.ascent() + fm.descent())
    assert QRectF(band.x, band.y, band.w, band.h).contains(box)
    # The same box as the PDF's placement function gives for the canvas's sizes.
    (expected,) = average_label_boxes(layout, [(box.width(), box.height())], marker=8, dot=4.6)
    assert (expected.x, expected.y) == pytest.approx((box.x(), box.y()))
