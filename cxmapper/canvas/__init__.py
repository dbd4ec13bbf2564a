"""The journey-map canvas: a QGraphicsScene that observes the document, and its view.

`MapScene` keeps one item per card, stage and lane in step with the `Document`'s signals;
`MapView` adds zoom, pan, keyboard, context menus and catalogue drops. Gestures are separate
objects in `cxmapper.canvas.interactions`. Depends on document, commands, selection, layout
and theme; never on `cxmapper.ui` (the main window depends on this package, not back).
"""

from __future__ import annotations

from cxmapper.canvas.interactions import CATALOG_MIME
from cxmapper.canvas.scene import MapScene
from cxmapper.canvas.view import MapView

__all__ = ["CATALOG_MIME", "MapScene", "MapView"]
