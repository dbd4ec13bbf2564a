"""Compare the open map with another file (as-is versus to-be), and duplicate a map as to-be.

"Compare with File…" reads another `.cxmap` (usually the as-is map while the open one is the
to-be, or an older copy of the same map), marks on the canvas every card of the open map that
is new, moved or changed against it, and draws that file's experience curve (its average per
stage) in the experience band next to this map's own, with a legend. The comparison follows
edits until "End Comparison". "Duplicate as To-Be…" saves a copy of the open map under a new
name and id, opens it and starts comparing it with the original: one step from as-is to to-be.

The differences come from the pure `cxmapper.model.diff`. The marks and the second curve are
scene items this module owns and removes; it never edits the map. It is given the document,
the scene and the window's file hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem, QWidget

from cxmapper.canvas.scene import MapScene
from cxmapper.document import Document
from cxmapper.model import storage
from cxmapper.model.project import Project, new_id, utc_now
from cxmapper.ui.dialogs import DialogHooks

if TYPE_CHECKING:
    from cxmapper.model.diff import MapDiff

#: The colour of "different from the other file": marks and the other map's curve.
MARK_COLOR = "#d97706"


class CompareController(QObject):
    """Owns the compare actions, the card marks and the second curve (see module docstring)."""

    def __init__(
        self,
        document: Document,
        scene: MapScene,
        dialogs: Callable[[], DialogHooks],
        open_file: Callable[[Path], bool],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._doc = document
        self._scene = scene
        self._dialogs = dialogs
        self._open_file = open_file
        self._window = window
        self.other: Project | None = None
        self.other_path: Path | None = None
        self.diff: MapDiff | None = None
        self._marks: dict[str, QGraphicsPathItem] = {}
        self._curve: QGraphicsPathItem | None = None
        self._legend: QGraphicsSimpleTextItem | None = None

        self.action_compare = QAction(self.tr("C&ompare with File…"), window)
        self.action_compare.setObjectName("actionCompareWithFile")
        self.action_compare.setToolTip(self.tr("Mark the cards that differ from another map file and draw its curve"))
        self.action_compare.triggered.connect(self.ask_and_compare)
        self.action_end = QAction(self.tr("End Comp&arison"), window)
        self.action_end.setObjectName("actionEndComparison")
        self.action_end.setEnabled(False)
        self.action_end.triggered.connect(self.end)
        self.action_to_be = QAction(self.tr("Duplicate as To-&Be…"), window)
        self.action_to_be.setObjectName("actionDuplicateAsToBe")
        self.action_to_be.setToolTip(self.tr("Save a copy to redesign, and compare it with this map"))
        self.action_to_be.triggered.connect(self.duplicate_as_to_be)
        self.actions = [self.action_compare, self.action_end, self.action_to_be]

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh)
        for signal in (
            document.touchpoint_added,
            document.touchpoint_removed,
            document.touchpoint_moved,
            document.touchpoint_changed,
            document.stage_added,
            document.stage_removed,
            document.stage_moved,
            document.stage_changed,
            document.lane_added,
            document.lane_removed,
            document.lane_moved,
            document.lane_changed,
        ):
            signal.connect(self._schedule)
        document.reset.connect(self.end)

    # -- comparing ---------------------------------------------------------------------------------

    def ask_and_compare(self) -> bool:
        """Ask for the other file, then `compare_with` it."""
        start = self._doc.path.parent if self._doc.path else None
        path = self._dialogs().get_open_path(self._window, start)
        return self.compare_with(path) if path is not None else False

    def compare_with(self, path: Path) -> bool:
        """Compare the open map with the map in ``path``; say why not if it cannot be read."""
        try:
            other = storage.load(path)
        except storage.CxmapFileError as exc:
            self._dialogs().show_error(
                self._window, self.tr("Could Not Compare"), self.tr("“%s” could not be opened.") % path.name, exc.reason
            )
            return False
        self.other, self.other_path = other, path
        self.action_end.setEnabled(True)
        self._refresh()
        return True

    def end(self) -> None:
        """Remove the marks and the second curve."""
        self.other = self.other_path = self.diff = None
        self.action_end.setEnabled(False)
        self._clear_items()

    @property
    def marked(self) -> set[str]:
        """Ids of the cards marked as different (new, moved or changed)."""
        return set(self._marks)

    def _schedule(self, *args: object) -> None:
        del args
        if self.other is not None:
            self._timer.start()

    def _clear_items(self) -> None:
        for item in [*self._marks.values(), self._curve, self._legend]:
            # A card's mark dies with its card when the scene rebuilds; only live items go.
            if item is not None and shiboken6.isValid(item):
                scene = item.scene()
                if scene is not None:
                    scene.removeItem(item)
        self._marks.clear()
        self._curve = self._legend = None

    def _refresh(self) -> None:
        self._clear_items()
        if self.other is None:
            return
        from cxmapper.model.diff import compare  # on first use: not needed to show the window

        self.diff = compare(self.other, self._doc.project)
        pen = QPen(QColor(MARK_COLOR), 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        for tp_id in self.diff.touched:
            card = self._scene.card_item(tp_id)
            if card is None:
                continue
            outline = QPainterPath()
            outline.addRoundedRect(card.shape().boundingRect().adjusted(-4, -4, 4, 4), 11, 11)
            mark = QGraphicsPathItem(outline, card)
            mark.setPen(pen)
            mark.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)
            mark.setToolTip(self.tr("Different from %s") % (self.other_path.name if self.other_path else ""))
            self._marks[tp_id] = mark
        self._draw_other_curve()

    def _draw_other_curve(self) -> None:
        """The other map's average per stage, at this map's columns (stages matched by id)."""
        assert self.other is not None
        layout = self._scene.layout
        sums: dict[str, list[int]] = {}
        for tp in self.other.touchpoints:
            if tp.score is not None:
                sums.setdefault(tp.stage_id, []).append(tp.score)
        points = [
            QPointF(layout.columns[sid].x + layout.columns[sid].w / 2, layout.score_y(sum(v) / len(v)))
            for sid in layout.stage_ids
            if (v := sums.get(sid))
        ]
        path = QPainterPath()
        for i, p in enumerate(points):
            if i == 0:
                path.moveTo(p)
            else:
                path.lineTo(p)
            path.addEllipse(p, 4.5, 4.5)
            path.moveTo(p)
        color = QColor(MARK_COLOR)
        self._curve = QGraphicsPathItem(path)
        pen = QPen(color, 2.2, Qt.PenStyle.DashDotLine)
        self._curve.setPen(pen)
        self._curve.setZValue(5)
        self._scene.addItem(self._curve)
        band: QRectF = self._scene.band_item().sceneBoundingRect()
        name = self.other_path.name if self.other_path else ""
        self._legend = QGraphicsSimpleTextItem(self.tr("╌╌ %s (average per stage)   ◆ this map") % name)
        font = QFont()
        font.setPointSizeF(9)
        font.setBold(True)
        self._legend.setFont(font)
        self._legend.setBrush(color)
        self._legend.setZValue(5)
        self._legend.setPos(band.right() - self._legend.boundingRect().width() - 16, band.top() + 6)
        self._scene.addItem(self._legend)

    # -- duplicate as to-be ------------------------------------------------------------------------

    def duplicate_as_to_be(self) -> bool:
        """Save a copy of the open map as its to-be version, open it and compare it with the original."""
        project = self._doc.project
        original = self._doc.path
        stem = original.stem if original else "journey-map"
        folder = original.parent if original else Path.home()
        path = self._dialogs().get_save_path(self._window, folder / f"{stem}-to-be{storage.FILE_SUFFIX}")
        if path is None or (original is not None and original.resolve() == path.resolve()):
            return False  # never overwrite the as-is map with its own copy
        now = utc_now()
        title = self.tr("%s (to-be)") % (project.title or stem)
        copy = project.model_copy(
            deep=True, update={"id": new_id("map"), "title": title[:200], "created": now, "modified": now}
        )
        try:
            storage.save(copy, path, backup=False)
        except storage.CxmapFileError as exc:
            self._dialogs().show_error(
                self._window, self.tr("Could Not Save Map"), self.tr("“%s” could not be written.") % path.name, str(exc)
            )
            return False
        if not self._open_file(path):
            return False
        if original is not None and original.exists():
            self.compare_with(original)
        return True
