"""The list of recently opened maps, kept in QSettings so it survives restarts.

Signals:
    changed(): the list changed (a map was opened or saved, or the list was cleared).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

MAX_RECENT = 10
_KEY = "recentFiles"


class RecentFiles(QObject):
    """Most-recent-first absolute paths, at most `MAX_RECENT`, stored under ``recentFiles``."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def paths(self) -> list[Path]:
        """The remembered maps, most recent first."""
        raw = self._settings.value(_KEY, [])
        # An INI file gives back a one-element list as a bare string, and no entry as None.
        if raw is None:
            items: list[str] = []
        elif isinstance(raw, str):
            items = [raw] if raw else []
        elif isinstance(raw, list):
            items = [str(x) for x in raw]
        else:
            items = []
        return [Path(p) for p in items][:MAX_RECENT]

    def add(self, path: Path) -> None:
        """Put ``path`` first (moving it up if it was already there)."""
        path = path.resolve()
        self._store([path, *(p for p in self.paths() if p != path)])

    def remove(self, path: Path) -> None:
        """Forget one map (it was moved or deleted)."""
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        """Forget every map."""
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(_KEY, [str(p) for p in paths[:MAX_RECENT]])
        self._settings.sync()
        self.changed.emit()
