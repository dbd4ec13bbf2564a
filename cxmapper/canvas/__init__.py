"""The journey-map canvas: a QGraphicsScene that observes the document, and its view.

`MapScene` keeps one item per card, stage and lane in step with the `Document`'s signals;
`MapView` adds zoom, pan, keyboard, context menus and catalogue drops. Gestures are separate
objects in `cxmapper.canvas.interactions`. Depends on document, commands, selection, layout
and theme; never on `cxmapper.ui` (the main window depends on this package, not back).

The Qt classes are imported on first use, so the pure rules in `cxmapper.canvas.navigation`
can be imported (and tested) without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cxmapper.canvas.interactions import CATALOG_MIME
    from cxmapper.canvas.scene import MapScene
    from cxmapper.canvas.view import MapView

__all__ = ["CATALOG_MIME", "MapScene", "MapView"]

_WHERE = {
    "CATALOG_MIME": "cxmapper.canvas.interactions",
    "MapScene": "cxmapper.canvas.scene",
    "MapView": "cxmapper.canvas.view",
}


def __getattr__(name: str) -> Any:
    """Import `MapScene`, `MapView` and `CATALOG_MIME` when first asked for (PEP 562)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
