"""The shared selection: which cards (or which stage/lane) the user is working on.

Canvas, outline and inspector all observe one `Selection`, so selecting in one selects in the
others without the views knowing each other. Holds ids only, never model objects. QtCore only.

Signals:
    changed(): the selected ids or the current item changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Selected touchpoint ids (ordered as selected) plus an optional selected stage or lane."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._touchpoints: list[str] = []
        self._stage: str | None = None
        self._lane: str | None = None

    @property
    def touchpoints(self) -> list[str]:
        """Selected card ids; the last one is the current card (shown in the inspector)."""
        return list(self._touchpoints)

    @property
    def current(self) -> str | None:
        """The card the inspector edits: the most recently selected one."""
        return self._touchpoints[-1] if self._touchpoints else None

    @property
    def stage(self) -> str | None:
        """A selected stage (column header clicked), when no card is selected."""
        return self._stage

    @property
    def lane(self) -> str | None:
        """A selected lane (row header clicked), when no card is selected."""
        return self._lane

    def set_touchpoints(self, ids: Iterable[str]) -> None:
        """Select exactly these cards (clears a stage or lane selection)."""
        new = list(dict.fromkeys(ids))
        if new == self._touchpoints and self._stage is None and self._lane is None:
            return
        self._touchpoints, self._stage, self._lane = new, None, None
        self.changed.emit()

    def set_stage(self, stage_id: str | None) -> None:
        """Select a stage column (clears cards and lanes)."""
        if (self._stage, self._touchpoints, self._lane) == (stage_id, [], None):
            return
        self._touchpoints, self._stage, self._lane = [], stage_id, None
        self.changed.emit()

    def set_lane(self, lane_id: str | None) -> None:
        """Select a lane row (clears cards and stages)."""
        if (self._lane, self._touchpoints, self._stage) == (lane_id, [], None):
            return
        self._touchpoints, self._stage, self._lane = [], None, lane_id
        self.changed.emit()

    def clear(self) -> None:
        """Select nothing (the inspector then shows the map's details)."""
        if self._touchpoints or self._stage or self._lane:
            self._touchpoints, self._stage, self._lane = [], None, None
            self.changed.emit()

    def discard(self, ids: Iterable[str]) -> None:
        """Forget ids that no longer exist (after a delete or undo)."""
        gone = set(ids)
        kept = [i for i in self._touchpoints if i not in gone]
        changed = kept != self._touchpoints
        self._touchpoints = kept
        if self._stage in gone:
            self._stage, changed = None, True
        if self._lane in gone:
            self._lane, changed = None, True
        if changed:
            self.changed.emit()
