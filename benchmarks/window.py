"""The whole editor window at size: open, move, add and delete a card, undo, redo, select, type, find, autosave.

Every case runs in the real `MainWindow` (canvas, outline, inspector, catalogue, history,
find bar, status bar, experience band) and ends with ``processEvents()``, so the docks'
updates and the repaint they queue are inside the figure. Floors are a bare
`QGraphicsScene` with one rectangle and one text item per card, built and shown in the same
run, and `json.dumps` of the same map for the autosave and Save. Autosave reports what the GUI
thread pays: the big map's copy is joined and written on a worker thread.
"""

from __future__ import annotations

import gc
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView

from benchmarks.common import FIND_WORD, Result, median_ms, peak_mb, timed
from cxmapper import commands as cmd
from cxmapper.layout import compute_layout
from cxmapper.model.cardcache import Snapshot
from cxmapper.model.project import Project, Touchpoint
from cxmapper.ui.main_window import MainWindow, build_main_window
from cxmapper.ui.safety import BACKGROUND_CARDS, AutosaveController

WINDOW_W, WINDOW_H = 1400, 900


def _settle() -> None:
    """Run what the last action queued: signals, layout, deferred deletes and the repaint."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_window(project: Project, settings: QSettings) -> MainWindow:
    """The main window showing ``project``, all docks shown, painted once."""
    window = build_main_window(project=project, settings=settings, lang="en")
    window.resize(WINDOW_W, WINDOW_H)
    window.show()
    for dock in window.docks:
        dock.show()
    window.outline_dock.raise_()  # tabbed with the catalogue: make it the one on screen
    QApplication.processEvents()
    window.grab()
    return window


def open_bare(project: Project) -> tuple[QGraphicsView, list[QGraphicsRectItem]]:
    """The floor: as many plain rect + text items in a default scene, shown and painted."""
    layout = compute_layout(project)
    boxes = [(tp.title, layout.cards[tp.id]) for tp in project.touchpoints]
    view = QGraphicsView()
    scene = QGraphicsScene(view)  # owned by the view, so it lives as long as the view
    pen, brush = QPen(QColor("#cbd5e1")), QBrush(QColor("#ffffff"))
    rects = []
    for title, r in boxes:
        rects.append(scene.addRect(QRectF(r.x, r.y, r.w, r.h), pen, brush))
        text = scene.addSimpleText(title)
        text.setPos(r.x + 12, r.y + 10)
    scene.setSceneRect(0, 0, layout.width, layout.height)
    view.setScene(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    view.resize(WINDOW_W, WINDOW_H)
    view.show()
    # The window opens zoomed to fit the whole map: the floor shows the whole scene too, so
    # both paint every card (and a moved card is on screen in both).
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()
    view.grab()
    return view, rects


def _dispose(widget: QGraphicsView | MainWindow) -> None:
    widget.close()
    widget.deleteLater()
    _settle()
    gc.collect()


def _wait_for_copy(autosave: AutosaveController) -> None:
    """Run the event loop until the copy under way is on disk."""
    deadline = time.monotonic() + 600
    written: list[str] = []
    autosave.written.connect(written.append)
    while not written and time.monotonic() < deadline:
        QApplication.processEvents()
        if autosave.writing:
            time.sleep(0.002)  # the worker's turn: the GUI thread is idle here
    autosave.written.disconnect(written.append)
    assert written, "the autosave copy was never written"


def _timed_turns(autosave: AutosaveController) -> list[float]:
    """Time the autosave's own work on the GUI thread, one entry per event-loop turn (seconds).

    A first copy serialises the cards in slices, one per turn, and the turn whose slice
    finishes also takes the snapshot; timing whole turns instead would charge the autosave
    with whatever else the window does meanwhile (docks' deferred updates, repaints).
    """
    serialiser = autosave.serialiser
    fill, snapshot = serialiser.fill, serialiser.snapshot
    turns: list[float] = []

    def timed_fill(budget_s: float) -> bool:
        start = time.perf_counter()
        done = fill(budget_s)
        turns.append(time.perf_counter() - start)
        return done

    def timed_snapshot() -> Snapshot:
        start = time.perf_counter()
        taken = snapshot()
        turns[-1] += time.perf_counter() - start  # the same turn as the slice that finished
        return taken

    serialiser.fill = timed_fill  # type: ignore[method-assign]
    serialiser.snapshot = timed_snapshot  # type: ignore[method-assign]
    return turns


def autosave_cases(window: MainWindow, tp_id: str, stage_id: str, floor: float, repeat: int) -> list[Result]:
    """Autosave as the GUI thread sees it: after one edit (cache warm), and the first copy of the map."""
    n = len(window.document.project.touchpoints)
    autosave, doc, stack = window.autosave, window.document, window.undo_stack
    lane_id = doc.touchpoint(tp_id).lane_id
    turns = _timed_turns(autosave)
    # The first copy after opening: every card serialised, in slices between events.
    autosave.serialiser.cache.clear()
    stack.push(cmd.MoveTouchpoint(doc, tp_id, stage_id, lane_id, 2))
    _settle()  # the move's own repaint and dock updates are not the autosave's
    start = time.perf_counter()
    autosave.write_soon()
    _wait_for_copy(autosave)
    first_total = time.perf_counter() - start
    longest, slices = max(turns), len(turns)
    # Then one edit between two copies, as while working: the GUI thread takes the snapshot.
    gui, totals = [], []
    for i in range(repeat + 1):
        stack.push(cmd.MoveTouchpoint(doc, tp_id, stage_id, lane_id, i % 3))
        _settle()
        turns.clear()
        start = time.perf_counter()
        autosave.write_soon()
        gui.append(time.perf_counter() - start)
        _wait_for_copy(autosave)
        totals.append(time.perf_counter() - start)
    del autosave.serialiser.fill, autosave.serialiser.snapshot  # the class's own again
    gui, totals = sorted(gui[1:]), sorted(totals[1:])
    where = "on a worker thread" if n >= BACKGROUND_CARDS else "on the GUI thread"
    return [
        Result(
            "autosave after an edit: GUI thread",
            n,
            gui[len(gui) // 2] * 1000,
            floor,
            peak_mb(),
            f"json.dumps; the whole copy {totals[len(totals) // 2] * 1000:,.1f} ms, written {where}",
        ),
        Result(
            "autosave, first copy: longest GUI-thread slice",
            n,
            longest * 1000,
            floor,
            peak_mb(),
            f"json.dumps; {slices} slices, the whole copy {first_total * 1000:,.1f} ms",
        ),
    ]


def _paired(
    edit: Callable[[], object], undo: Callable[[], object], repeat: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall, CPU) median ms of ``edit`` and of the ``undo`` right after it, over ``repeat`` pairs (after one)."""
    edits, undos, edits_cpu, undos_cpu = [], [], [], []
    for i in range(max(1, repeat) + 1):
        start, start_cpu = time.perf_counter(), time.process_time()
        edit()
        middle, middle_cpu = time.perf_counter(), time.process_time()
        undo()
        if i:  # the first pair warms up
            edits.append(middle - start)
            undos.append(time.perf_counter() - middle)
            edits_cpu.append(middle_cpu - start_cpu)
            undos_cpu.append(time.process_time() - middle_cpu)
    return (
        (statistics.median(edits) * 1000, statistics.median(edits_cpu) * 1000),
        (statistics.median(undos) * 1000, statistics.median(undos_cpu) * 1000),
    )


def window_cases(project: Project, repeat: int, open_repeat: int) -> list[Result]:
    """Every window case on a map of ``len(project.touchpoints)`` cards."""
    n = len(project.touchpoints)
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)

        # -- open to first paint, against a bare scene (alternating, so load hits both alike) --
        opens, bares = [], []
        window: MainWindow | None = None
        bare: QGraphicsView | None = None
        rects: list[QGraphicsRectItem] = []
        for i in range(open_repeat):
            copy = project.model_copy(deep=True)
            if bare is not None:
                _dispose(bare)
            start = time.perf_counter()
            bare, rects = open_bare(copy)
            bares.append(time.perf_counter() - start)
            copy = project.model_copy(deep=True)
            if window is not None:
                _dispose(window)
                window = None
            start = time.perf_counter()
            window = open_window(copy, settings)
            opens.append(time.perf_counter() - start)
            del i
        assert window is not None and bare is not None
        opens.sort()
        bares.sort()
        results.append(
            Result(
                "open in the window, all docks, to first paint",
                n,
                opens[len(opens) // 2] * 1000,
                bares[len(bares) // 2] * 1000,
                peak_mb(),
                "bare scene + view, same items",
            )
        )

        # -- repainting the whole map zoomed to fit (what a user sees right after opening) --
        window.view.zoom_to_fit()
        _settle()
        repaint = median_ms(lambda: window.view.viewport().grab(), min(repeat, 5))
        floor = median_ms(lambda: bare.viewport().grab(), min(repeat, 5))
        results.append(Result("repaint the whole map zoomed to fit", n, repaint, floor, peak_mb(), "bare scene"))

        # -- one move (the drag's command), undo, redo; floor: moving one bare item. At 100 %
        # zoom with the card on screen, as when dragging it: at fit zoom a 50,000-card map's
        # cards are specks no one drags, and each move would time the whole map's repaint.
        doc, stack = window.document, window.undo_stack
        moved = project.touchpoints[n // 2]
        other_stage = next(s.id for s in project.stages if s.id != moved.stage_id)
        flip = [0]
        window.view.actual_size()
        window.scene.ensure_card_visible(moved.id)
        bare.resetTransform()
        bare.centerOn(rects[n // 2])
        _settle()

        def move() -> None:
            flip[0] ^= 1
            stage = other_stage if flip[0] else moved.stage_id
            stack.push(cmd.MoveTouchpoint(doc, moved.id, stage, moved.lane_id, 3))
            _settle()

        item = rects[n // 2]
        home = item.pos()

        def move_bare() -> None:
            flip[0] ^= 1
            item.setPos(home.x() + (300 if flip[0] else 0), home.y())
            _settle()

        floor = median_ms(move_bare, repeat)
        wall, cpu = timed(move, repeat)
        results.append(Result("move one card (drag's command, all docks)", n, wall, floor, peak_mb(), cpu_ms=cpu))

        def undo() -> None:
            stack.undo()
            _settle()

        def redo() -> None:
            stack.redo()
            _settle()

        undos, undo_cpu = timed(undo, min(repeat, stack.index() - 1))
        redos, redo_cpu = timed(redo, min(repeat, stack.count() - stack.index() - 1))
        results.append(Result("undo that move", n, undos, floor, peak_mb(), cpu_ms=undo_cpu))
        results.append(Result("redo that move", n, redos, floor, peak_mb(), cpu_ms=redo_cpu))

        # -- add a card (Add Card's command) and delete one, each with its undo, in the moved
        # card's cell on screen. Each edit is timed with its undo right after it, so the map
        # keeps its size; the card deleted sits near the front of the card list, so a deletion
        # shifts almost all of it.
        cell_id = (moved.stage_id, moved.lane_id)
        added = [0]

        def add() -> None:
            added[0] += 1
            tp = Touchpoint(
                id=f"bench-add-{added[0]}",
                title="Nova targeta · ñ 😀",
                stage_id=cell_id[0],
                lane_id=cell_id[1],
                order=3,
            )
            stack.push(cmd.AddTouchpoint(doc, tp))
            _settle()

        def delete() -> None:
            victim = doc.project.cell(*cell_id)[4]
            stack.push(cmd.DeleteTouchpoint(doc, victim.id))
            _settle()

        for label, undo_label, change in (
            ("add a card (Add Card's command, all docks)", "undo that addition", add),
            ("delete a card", "undo that deletion", delete),
        ):
            (edits, edit_cpu), (undone, undone_cpu) = _paired(change, undo, repeat)
            results.append(Result(label, n, edits, floor, peak_mb(), cpu_ms=edit_cpu))
            results.append(Result(undo_label, n, undone, floor, peak_mb(), cpu_ms=undone_cpu))

        # -- select a card: canvas, outline and inspector follow --
        a, b = project.touchpoints[n // 3].id, project.touchpoints[2 * n // 3].id

        def select() -> None:
            flip[0] ^= 1
            window.selection.set_touchpoints([a if flip[0] else b])
            _settle()

        wall, cpu = timed(select, repeat)
        results.append(Result("select a card", n, wall, None, peak_mb(), cpu_ms=cpu))

        # -- one keystroke in the Inspector's title (one merged undo step per card) --
        window.selection.set_touchpoints([a])
        window.inspector_dock.raise_()
        _settle()
        window.inspector_dock.focus_title()
        edit = window.inspector_dock.touchpoint.title_edit
        edit.end(False)
        keys = [Qt.Key.Key_X, Qt.Key.Key_Backspace]

        def type_key() -> None:
            flip[0] ^= 1
            QTest.keyClick(edit, keys[flip[0]])
            _settle()

        wall, cpu = timed(type_key, repeat)
        results.append(Result("type one character in the Inspector title", n, wall, None, peak_mb(), cpu_ms=cpu))

        # -- the find bar: type a word (one search per key), matches highlighted --
        bar = window.find_bar

        def find() -> None:
            bar.open_bar()
            QTest.keyClicks(bar.field, FIND_WORD)
            # On a big map the search waits for a pause in the typing; run it now, so the
            # figure is the search and its highlighting, not the pause.
            bar.flush()
            _settle()

        def reset_find() -> None:
            bar.field.clear()
            bar.close_bar()
            window.selection.clear()
            _settle()

        times = []
        for _ in range(max(1, min(repeat, 5))):
            reset_find()
            start = time.perf_counter()
            find()
            times.append(time.perf_counter() - start)
        matches = len(bar.matches)
        reset_find()
        times.sort()
        results.append(
            Result(
                f"find bar: type “{FIND_WORD}”, {matches:,} matches",
                n,
                times[len(times) // 2] * 1000,
                None,
                peak_mb(),
            )
        )

        # -- autosave of the open, modified map: what the GUI thread pays; floor: json.dumps --
        stack.push(cmd.MoveTouchpoint(doc, moved.id, other_stage, moved.lane_id, 0))
        _settle()
        data = doc.project.model_dump(mode="json")
        floor = median_ms(lambda: json.dumps(data, indent=2, ensure_ascii=False), repeat=min(repeat, 5))
        autosave = window.autosave
        results += autosave_cases(window, moved.id, other_stage, floor, min(repeat, 5))

        # -- File > Save of the open map (fsync, .bak, the watcher's and teamwork's bookkeeping) --
        target = Path(tmp) / "saved.cxmap"
        saves = []
        for _ in range(min(repeat, 5) + 1):
            stack.push(cmd.MoveTouchpoint(doc, moved.id, other_stage, moved.lane_id, 1))
            _settle()
            start = time.perf_counter()
            assert window.write_to(target)
            saves.append(time.perf_counter() - start)
        saves = sorted(saves[1:])
        results.append(
            Result(
                "save the open map (File > Save, with fsync)",
                n,
                saves[len(saves) // 2] * 1000,
                floor,
                peak_mb(),
                "json.dumps",
            )
        )
        stack.setClean()
        autosave.close()
        _dispose(bare)
        _dispose(window)
    return results
