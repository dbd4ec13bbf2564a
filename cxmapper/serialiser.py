"""The open map's file bytes, kept ready between saves by following the document's signals.

`DocumentSerialiser` owns a `cxmapper.model.cardcache.CardCache` and tells it which cards each
`Document` signal names, so that autosave and Save of a big map cost the cards edited since the
last write rather than the whole map (see the cache's module). Depends on QtCore only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from cxmapper.document import Document
from cxmapper.model.cardcache import CardCache, Snapshot


class DocumentSerialiser(QObject):
    """Serialises ``document.project`` exactly as `cxmapper.model.storage.dumps`, incrementally."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.cache = CardCache()
        document.touchpoint_added.connect(self._on_added)
        document.touchpoint_removed.connect(self.cache.removed)
        document.touchpoint_moved.connect(self._on_moved)
        document.touchpoint_changed.connect(self._on_changed)
        document.reset.connect(self.cache.clear)

    def snapshot(self) -> Snapshot:
        """The map as it is now, in pieces whose join (`Snapshot.to_bytes`) may run on any thread."""
        return self.cache.snapshot(self.document.project)

    def dumps(self) -> bytes:
        """The map's file bytes now: the same as ``storage.dumps(document.project)``."""
        return self.cache.dumps(self.document.project)

    def fill(self, budget_s: float) -> bool:
        """Serialise cards not yet cached for about ``budget_s`` seconds; True when none are left."""
        return self.cache.fill(self.document.project, budget_s)

    # -- slots --------------------------------------------------------------------------------

    def _on_added(self, tp_id: str) -> None:
        self.cache.added(self.document.touchpoint(tp_id))

    def _on_moved(self, tp_id: str) -> None:
        self.cache.moved(self.document.touchpoint(tp_id))

    def _on_changed(self, tp_id: str, _fields: list[str]) -> None:
        self.cache.changed(tp_id)
