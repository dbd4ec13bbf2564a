"""The map's viewport: zoom, pan, keyboard, context menus and catalogue drops.

A QGraphicsView over a `MapScene`. It turns device input into scene operations (select the
next card, move the current one, delete, open the title editor) and into signals the main
window acts on (`context_menu_requested`: the window builds the menu from its own actions).
It never changes the model except through the scene's gestures and commands.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QWidget

from cxmapper.canvas import labels
from cxmapper.canvas.interactions import CatalogDropInteraction, PanInteraction
from cxmapper.canvas.navigation import Direction
from cxmapper.canvas.scene import MapScene

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25

_ARROWS = {
    Qt.Key.Key_Up: Direction.UP,
    Qt.Key.Key_Down: Direction.DOWN,
    Qt.Key.Key_Left: Direction.LEFT,
    Qt.Key.Key_Right: Direction.RIGHT,
}
# Keys the canvas handles itself while it has focus, even if a window action has them as a
# shortcut (ShortcutOverride): navigation must not trigger, say, a menu's Delete elsewhere.
_OWN_KEYS = {
    *_ARROWS,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_F2,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Space,
}


class MapView(QGraphicsView):
    """The canvas widget (objectName ``mapCanvas``).

    Ctrl+wheel zooms around the pointer; middle-drag or Space+drag pans; arrows select,
    Ctrl+arrows move the current card (Ctrl+Up/Down across lanes too), Enter/F2 renames it,
    Delete removes the selection, Home/End jump to the first/last card. With nothing selected,
    Enter starts a new card at the insertion point (the cell last clicked).

    Signals:
        zoom_changed(float): the zoom factor changed (1.0 = 100 %).
        context_menu_requested(str, str, QPoint): a context menu was asked for on a "card",
            "stage", "lane" or "empty" space; the id ("" for empty) and the global position.
        card_activated(str): a card was double-clicked or Enter was pressed on it.
        header_activated(str, str): a "stage" or "lane" header was double-clicked (its id).
    """

    zoom_changed = Signal(float)
    context_menu_requested = Signal(str, str, QPoint)
    card_activated = Signal(str)
    header_activated = Signal(str, str)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        self.setObjectName("mapCanvas")
        self.setAccessibleName(self.tr("Journey map"))
        self._help = self.tr(
            "Touchpoint cards in stage columns. Arrow keys select cards, Ctrl+arrow keys move the "
            "selected card (Ctrl+Up and Ctrl+Down also into the next lane), Enter renames it, Delete "
            "removes the selection. Double-click an empty part of a stage to add a card there."
        )
        self.setAccessibleDescription(self._help)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        # Cards keep device-coordinate caches in QPixmapCache; Qt's default 10 MB holds about
        # three screens of cards at 100 %, too few to scroll a big map back and forth smoothly.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 48 * 1024))
        self._pan: PanInteraction | None = None
        self._space_held = False
        self._drop: CatalogDropInteraction | None = None
        self._context_cell: tuple[str, str] | None = None
        self._shown = False
        self._fitting = False
        # Auto-scroll while a drag nears the viewport's edge (a big map never fits).
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._on_autoscroll)
        self._drag_pos: QPoint | None = None
        self._drag_mods = Qt.KeyboardModifier.NoModifier
        scene.card_activated.connect(self.card_activated)
        scene.header_activated.connect(self.header_activated)
        scene.document.reset.connect(self.scroll_to_start)
        scene.selection.changed.connect(self._on_selection_changed)

    def map_scene(self) -> MapScene:
        """The scene this view shows."""
        return self._scene

    # -- zoom ------------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """The current zoom (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (clamped to 5 %..400 %), keeping the scene point under ``anchor``.

        ``anchor`` is in viewport coordinates; by default the centre of the viewport.
        Ends the fitted mode of `zoom_to_fit`: the user chose a zoom.
        """
        self._fitting = False
        self._set_zoom(factor, anchor)

    def _set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self.zoom_factor()) < 1e-9:
            return
        vp = self.viewport().rect()
        anchor = anchor if anchor is not None else QPointF(vp.width() / 2, vp.height() / 2)
        before = self.mapToScene(anchor.toPoint())
        self.setTransform(QTransform.fromScale(factor, factor))
        after = self.mapFromScene(before)
        delta = after - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        """One step closer (by a factor of 1.25)."""
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further (÷1.25)."""
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def actual_size(self) -> None:
        """100 %: one scene unit per pixel."""
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        """Show the whole map (never enlarged past 100 %), and keep it fitted on resizes.

        The fit is computed for the viewport as it is without scroll bars
        (``maximumViewportSize``), which is what the map gets once it fits: measuring the
        viewport as it happens to be would give another zoom while scroll bars show, so
        pressing Zoom to Fit twice would change the zoom (issue 10). Until the user zooms
        again, a resize (the window laid out, the docks settling after the first show, a
        dock closed) fits again, so a map opened in a new window never starts wider than
        its canvas.
        """
        self._fitting = True
        self._fit()

    def _fit(self) -> None:
        rect = self.sceneRect()
        room = self.maximumViewportSize()
        if rect.isEmpty() or room.isEmpty():
            return
        factor = min(room.width() / rect.width(), room.height() / rect.height(), 1.0)
        # Rounded down, so the scaled map is never a fraction of a pixel too big for the
        # viewport (which would bring a scroll bar back).
        factor = math.floor(factor * 10_000) / 10_000
        self._set_zoom(factor)
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep a fitted map fitted (see `zoom_to_fit`)."""
        super().resizeEvent(event)
        if self._fitting:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the pointer; the plain wheel scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom_factor() * ZOOM_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # -- panning ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Middle button, or left button with Space held, starts panning."""
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space_held):
            self._pan = PanInteraction(self, event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan, or let the scene's gesture follow the pointer (scrolling near the edges)."""
        if self._pan is not None:
            self._pan.move(event.position().toPoint())
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._scene.interaction() is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_pos = event.position().toPoint()
            self._drag_mods = event.modifiers()
            if self._edge_step(self._drag_pos) != (0, 0):
                if not self._autoscroll.isActive():
                    self._autoscroll.start()
            else:
                self._autoscroll.stop()

    def _edge_step(self, pos: QPoint) -> tuple[int, int]:
        """How far to scroll per tick for a pointer this close to the viewport's edges."""
        zone = 28
        rect = self.viewport().rect()

        def axis(value: int, low: int, high: int) -> int:
            if value < low + zone:
                return -max(2, (low + zone - value) * 24 // zone)
            if value > high - zone:
                return max(2, (value - (high - zone)) * 24 // zone)
            return 0

        return axis(pos.x(), rect.left(), rect.right()), axis(pos.y(), rect.top(), rect.bottom())

    def _on_autoscroll(self) -> None:
        pos = self._drag_pos
        if pos is None or self._scene.interaction() is None:
            self._autoscroll.stop()
            return
        dx, dy = self._edge_step(pos)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        old = (h.value(), v.value())
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        if (h.value(), v.value()) == old:
            self._autoscroll.stop()
            return
        # The map moved under a still pointer: let the gesture see where it now points.
        vp = self.viewport()
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(pos),
            QPointF(vp.mapToGlobal(pos)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            self._drag_mods,
        )
        QApplication.sendEvent(vp, move)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End panning or auto-scrolling."""
        self._autoscroll.stop()
        self._drag_pos = None
        if self._pan is not None:
            self._pan.finish(self._space_held)
            self._pan = None
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keyboard --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Claim our keys before window shortcuts while the canvas has focus."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._scene.editor() is not None:
                event.accept()  # typing a title: every key is text
                return True
            key = Qt.Key(event.key())
            if key in _OWN_KEYS or (
                key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._scene.selection.touchpoints
            ):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Navigation, moving, renaming and deleting cards (see class doc)."""
        scene = self._scene
        if scene.editor() is not None:
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in _ARROWS:
            if ctrl:
                scene.move_current(_ARROWS[key])
            else:
                scene.select_neighbour(_ARROWS[key], extend=bool(mods & Qt.KeyboardModifier.ShiftModifier))
            self._reveal_current()
        elif key == Qt.Key.Key_Home:
            scene.select_first()
            self._reveal_current()
        elif key == Qt.Key.Key_End:
            scene.select_last()
            self._reveal_current()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            current = scene.selection.current
            if current is not None:
                self._reveal_current()
                scene.activate(current)
            elif key != Qt.Key.Key_F2:
                scene.insertion.add_card()  # nothing selected: a new card at the insertion point
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if scene.delete_selected():
                self._reveal_current()
        elif key == Qt.Key.Key_Escape:
            if not scene.cancel_interaction():
                scene.selection.clear()
                scene.insertion.set_cell(None)
        elif key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_held = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        """Releasing Space ends Space+drag panning mode."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if self._pan is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Forget a held Space when focus leaves (its release would go elsewhere)."""
        self._space_held = False
        if self._pan is None:
            self.viewport().unsetCursor()
        super().focusOutEvent(event)

    def _on_selection_changed(self) -> None:
        """Tell assistive technology which card is current (items have no accessibility)."""
        scene = self._scene
        current = scene.selection.current
        tp = scene.touchpoint(current) if current is not None else None
        if current is None or tp is None or current not in scene.layout.cards:
            text = self._help
        else:
            (stage_id, lane_id), index = scene.layout.cards.slot(current)
            project = scene.document.project
            count = len(scene.layout.cell_view((stage_id, lane_id)))
            text = self.tr("%s. %s, %s, card %d of %d. %s. %s.") % (
                tp.title,
                project.stage(stage_id).name,
                project.lane(lane_id).name,
                index + 1,
                count,
                labels.channel_label(tp.channel),
                labels.score_label(tp.score),
            )
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def _reveal_current(self) -> None:
        current = self._scene.selection.current
        if current is not None:
            self._scene.ensure_card_visible(current)

    # -- context menu ----------------------------------------------------------------------------

    def context_cell(self) -> tuple[str, str] | None:
        """The (stage, lane) cell under the last context-menu request ("Add card here")."""
        return self._context_cell

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Select what was clicked, then ask the window for a menu (it owns the actions)."""
        scene = self._scene
        global_pos = event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and scene.selection.current is not None:
            kind, target = "card", scene.selection.current
            item = scene.card_item(target)
            if item is not None:
                center = self.mapFromScene(item.sceneBoundingRect().center())
                global_pos = self.viewport().mapToGlobal(center)
                self._context_cell = scene.layout.cards.slot(target)[0]
        else:
            scene_pos = self.mapToScene(event.pos())
            kind, target = scene.target_at(scene_pos)
            self._context_cell = scene.layout.hit_cell(scene_pos.x(), scene_pos.y())
        if kind == "card" and target not in scene.selection.touchpoints:
            scene.selection.set_touchpoints([target])
        elif kind == "empty" and self._context_cell is not None:
            # Like a left click there: the cell becomes where the menu's Add Card adds.
            scene.selection.clear()
            scene.insertion.set_cell(self._context_cell)
        elif kind == "stage":
            scene.selection.set_stage(target)
        elif kind == "lane":
            scene.selection.set_lane(target)
        self.context_menu_requested.emit(kind, target, global_pos)
        event.accept()

    # -- catalogue drops -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept catalogue entries; show where they would land."""
        entry = CatalogDropInteraction.entry_from(event.mimeData())
        if entry is None:
            event.ignore()
            return
        self._drop = CatalogDropInteraction(self._scene, entry)
        self._drop.move(self.mapToScene(event.position().toPoint()))
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Follow the drag (scrolling near the edges); refuse drops outside the grid."""
        if self._drop is None:
            event.ignore()
            return
        dx, dy = self._edge_step(event.position().toPoint())
        if dx or dy:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        if self._drop.move(self.mapToScene(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Remove the feedback."""
        if self._drop is not None:
            self._drop.cancel()
            self._drop = None
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the card (one undo step) and select it."""
        drop, self._drop = self._drop, None
        if drop is None:
            event.ignore()
            return
        tp_id = drop.drop(self.mapToScene(event.position().toPoint()))
        if tp_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def scroll_to_start(self) -> None:
        """Show the map's top-left corner (where reading starts: the first stage and lane)."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event: QShowEvent) -> None:
        """Open on the top-left corner rather than Qt's default, the middle of the map."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.scroll_to_start()

    # -- appearance ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system between light and dark palettes."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._scene.refresh_palette()
        super().changeEvent(event)

    def visible_scene_rect(self) -> QRectF:
        """The part of the map the viewport shows (scene units)."""
        return self.mapToScene(self.viewport().rect()).boundingRect()
