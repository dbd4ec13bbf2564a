"""Big maps stay instant: structural checks that an edit costs the rows it changes, not the map.

No timing here (the machines running tests are shared): each test counts the work an edit
does (rows the outline takes and inserts, cards the find bar examines, tables the PDF table
is cut into), which is what made a 10,000-card map freeze for 0.6 s per drag when it grew
with the map. The figures themselves live in ``python -m benchmarks``.
"""

from __future__ import annotations

import io
import itertools
import random
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from cxmapper import commands as cmd
from cxmapper.document import Document
from cxmapper.export import ExportCancelled, ExportOptions
from cxmapper.export import pdf as pdf_module
from cxmapper.export.labels import Labels
from cxmapper.export.options import TICK_EVERY, ProgressTracker
from cxmapper.export.pdftable import TablePage
from cxmapper.model import index, ops, storage
from cxmapper.model.project import Lane, Project, Stage, Touchpoint
from cxmapper.model.vocab import Phase
from cxmapper.selection import Selection
from cxmapper.ui import find_bar as find_bar_module
from cxmapper.ui import outline as outline_module
from cxmapper.ui.find_bar import FindBar
from cxmapper.ui.outline import CARD, ID_ROLE, KIND_ROLE, STAGE, OutlineDock


def grid(per_cell: int, stages: int = 3, lanes: int = 2) -> Project:
    """``stages`` x ``lanes`` cells of ``per_cell`` cards; every fifth description mentions an invoice."""
    tps = [
        Touchpoint(
            id=f"tp-{s}-{ln}-{k}",
            title=f"Carta {s}.{ln}.{k} · reseña 😀",
            description="factura" if k % 5 == 0 else "entrega",
            stage_id=f"s{s}",
            lane_id=f"l{ln}",
            order=k,
        )
        for s in range(stages)
        for ln in range(lanes)
        for k in range(per_cell)
    ]
    phases = list(Phase)
    return Project(
        stages=[Stage(id=f"s{s}", name=f"Etapa {s}", phase=phases[s % 3]) for s in range(stages)],
        lanes=[Lane(id=f"l{ln}", name=f"Carril {ln}") for ln in range(lanes)],
        touchpoints=tps,
    )


# -- the outline: one row per move, a dictionary per look-up ------------------------------------------


class RowCounter:
    """Counts the rows the outline's model removes and inserts (what a view has to redo)."""

    def __init__(self, dock: OutlineDock) -> None:
        self.removed = self.inserted = 0
        dock.model.rowsRemoved.connect(self._on_removed)
        dock.model.rowsInserted.connect(self._on_inserted)

    def _on_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.removed += last - first + 1

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self.inserted += last - first + 1


def _tree(dock: OutlineDock, parent: QModelIndex | None = None) -> list[tuple[str, str]]:
    parent = parent or QModelIndex()
    out = []
    for r in range(dock.model.rowCount(parent)):
        index = dock.model.index(r, 0, parent)
        out.append((index.data(KIND_ROLE), index.data(ID_ROLE)))
        out.extend(_tree(dock, index))
    return out


def _expected(project: Project) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    cells = project.cells()
    for stage in project.stages:
        out.append((STAGE, stage.id))
        for lane in project.lanes:
            if len(project.lanes) > 1:
                out.append(("lane", lane.id))
            out.extend((CARD, tp.id) for tp in cells.get((stage.id, lane.id), []))
    return out


@dataclass
class Big:
    doc: Document
    dock: OutlineDock
    stack: QUndoStack
    host: QMainWindow  # keeps the Qt objects alive for the test


@pytest.fixture(params=[1, 2], ids=["one lane", "two lanes"])
def big(request: pytest.FixtureRequest, qtbot) -> Big:
    host = QMainWindow()
    qtbot.addWidget(host)
    doc = Document(grid(per_cell=200, lanes=request.param), parent=host)
    stack = QUndoStack(host)
    dock = OutlineDock(doc, Selection(host), stack, host)
    return Big(doc, dock, stack, host)


@pytest.mark.gui
def test_opening_builds_each_card_row_once(big: Big) -> None:
    doc, dock = big.doc, big.dock
    assert dock.rows_built == len(doc.project.touchpoints)
    assert _tree(dock) == _expected(doc.project)


@pytest.mark.gui
@pytest.mark.parametrize(
    ("stage", "order"),
    [("s0", 0), ("s0", 199), ("s2", 7)],
    ids=["to the top of its cell", "to the end of its cell", "to another stage"],
)
def test_a_move_and_its_undo_redo_touch_one_row(big: Big, stage: str, order: int) -> None:
    doc, dock, stack = big.doc, big.dock, big.stack
    counter = RowCounter(dock)
    built = dock.rows_built
    lane = doc.project.lanes[0].id
    stack.push(cmd.MoveTouchpoint(doc, "tp-0-0-100", stage, lane, order))
    # A cell of 200 rows (in a map of 600 or 1,200): one row out and one in, nothing rebuilt.
    assert (counter.removed, counter.inserted) == (1, 1)
    assert _tree(dock) == _expected(doc.project)
    stack.undo()
    stack.redo()
    assert (counter.removed, counter.inserted) == (3, 3)
    assert dock.rows_built == built
    assert _tree(dock) == _expected(doc.project)


@pytest.mark.gui
def test_stage_card_counts_follow_moves(big: Big) -> None:
    doc, dock, stack = big.doc, big.dock, big.stack
    stack.push(cmd.MoveTouchpoint(doc, "tp-0-0-3", "s1", doc.project.lanes[0].id, 0))
    per_stage = 200 * len(doc.project.lanes)
    for stage_id, count in (("s0", per_stage - 1), ("s1", per_stage + 1)):
        item = dock.item_for(STAGE, stage_id)
        assert item is not None
        assert f", {count} card" in item.toolTip()  # "card(s)" without the English plural forms


@pytest.mark.gui
def test_adding_and_deleting_a_card_touch_one_row(big: Big) -> None:
    doc, dock, stack = big.doc, big.dock, big.stack
    counter = RowCounter(dock)
    lane = doc.project.lanes[-1].id
    stack.push(cmd.AddTouchpoint(doc, Touchpoint(id="tp-new", title="Nova", stage_id="s1", lane_id=lane, order=5)))
    assert (counter.removed, counter.inserted) == (0, 1)
    assert _tree(dock) == _expected(doc.project)
    stack.undo()
    assert (counter.removed, counter.inserted) == (1, 1)
    assert dock.item_for(CARD, "tp-new") is None
    assert _tree(dock) == _expected(doc.project)


# -- the document's index ------------------------------------------------------------------------------


def test_document_index_follows_adds_deletes_and_replacement() -> None:
    doc = Document(grid(per_cell=3))
    assert doc.touchpoint("tp-1-1-2").title == "Carta 1.1.2 · reseña 😀"
    doc.add_touchpoint(Touchpoint(id="tp-x", title="X", stage_id="s0", lane_id="l0", order=0))
    assert doc.touchpoint("tp-x").title == "X" and doc.has_touchpoint("tp-x")
    doc.delete_touchpoint("tp-x")
    assert not doc.has_touchpoint("tp-x")
    with pytest.raises(KeyError):
        doc.touchpoint("tp-x")
    doc.replace_project(grid(per_cell=1))
    assert not doc.has_touchpoint("tp-1-1-2")
    assert doc.touchpoint("tp-2-1-0").stage_id == "s2"


# -- the find bar narrows while typing ---------------------------------------------------------------------


def _count_examined(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the cards the find bar examines from now on, one entry per examination."""
    examined: list[str] = []
    original = find_bar_module.card_matches

    def counting(tp: Touchpoint, words: list[str], *args: object) -> bool:
        examined.append(tp.id)
        return original(tp, words, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(find_bar_module, "card_matches", counting)
    return examined


@pytest.mark.gui
def test_typing_on_searches_only_the_previous_matches(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(grid(per_cell=50))  # 300 cards, 60 of them mention "factura"
    bar = FindBar(doc)
    qtbot.addWidget(bar)
    examined = _count_examined(monkeypatch)
    bar.open_bar()
    bar.field.setText("fac")
    assert len(examined) == 300 and len(bar.matches) == 60
    examined.clear()
    bar.field.setText("factura")
    assert len(examined) == 60 and len(bar.matches) == 60
    examined.clear()
    bar.field.setText("factura 1.0.")  # a second word narrows further still
    assert len(examined) == 60
    assert bar.matches == [f"tp-1-0-{k}" for k in range(0, 50, 5)]
    # An edit can make a card match: the bar searches the whole map again, at once.
    examined.clear()
    doc.update_touchpoint("tp-0-0-1", description="factura 1.0.")
    assert len(examined) == 300
    assert bar.matches[0] == "tp-0-0-1" and len(bar.matches) == 11
    bar.field.setText("entrega")  # not an extension: the whole map
    assert len(bar.matches) == 300 - 60 - 1


@pytest.mark.gui
def test_on_a_big_map_the_bar_searches_once_the_typing_pauses(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    per_cell = -(-find_bar_module.SEARCH_PAUSE_FROM // 6)  # 6 cells: just over the threshold
    doc = Document(grid(per_cell=per_cell))
    total = 6 * per_cell
    bar = FindBar(doc)
    qtbot.addWidget(bar)
    searches: list[list[str]] = []
    bar.matches_changed.connect(searches.append)
    examined = _count_examined(monkeypatch)
    bar.open_bar()
    for text in ("f", "fa", "fac", "fact"):
        bar.field.setText(text)
    assert examined == [] and searches == []  # nothing yet: the user is still typing
    qtbot.waitUntil(lambda: bool(searches))
    # One search over the whole map for the word as typed: every fifth card of each cell.
    assert len(examined) == total
    assert len(searches) == 1 and len(bar.matches) == 6 * len(range(0, per_cell, 5))
    # Enter right after more typing steps through the matches of the text in the field.
    examined.clear()
    bar.field.setText("factura 0.1.")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.matches[0] == "tp-0-1-0"
    assert all(m.startswith("tp-0-1-") for m in bar.matches)
    assert bar.status.text() == f"1 of {len(bar.matches)}"


@pytest.mark.gui
def test_the_outline_filter_touches_only_rows_whose_visibility_changes(qtbot) -> None:
    doc = Document(grid(per_cell=4))  # 24 cards
    dock = OutlineDock(doc, Selection(), QUndoStack())
    qtbot.addWidget(dock)
    tree = dock.tree
    calls: list[int] = []
    real = tree.setRowHidden
    tree.setRowHidden = lambda *a: (calls.append(1), real(*a))  # type: ignore[method-assign]

    def hidden() -> set[str]:
        out = set()
        for tp in doc.project.touchpoints:
            item = dock.item_for(CARD, tp.id)
            assert item is not None and item.parent() is not None
            if tree.isRowHidden(item.row(), item.parent().index()):
                out.add(tp.id)
        return out

    everyone = {tp.id for tp in doc.project.touchpoints}
    first = {"tp-0-0-0", "tp-0-0-1", "tp-1-1-3"}
    dock.set_filter(first)
    assert hidden() == everyone - first and len(calls) == 21
    calls.clear()
    narrower = {"tp-0-0-0"}
    dock.set_filter(narrower)
    assert hidden() == everyone - narrower and len(calls) == 2
    calls.clear()
    doc.move_touchpoint("tp-0-0-0", "s2", "l1", 0)  # a moved row keeps following the filter
    assert hidden() == everyone - narrower
    calls.clear()
    dock.set_filter(None)
    assert hidden() == set() and len(calls) == 23


# -- the PDF table: one table per page -------------------------------------------------------------------


def test_table_is_cut_into_one_table_per_page_holding_only_its_rows() -> None:
    project = grid(per_cell=60)  # 360 rows, a dozen A4 pages
    opts = ExportOptions(paper="A4", include_map=False, table=True, summary=False)
    story, pages = pdf_module._table_story(project, Labels("en"), opts, ProgressTracker(None, 1))
    tables = [f for f in story if isinstance(f, TablePage)]
    assert len(tables) == pages > 5
    # Every page holds the header and its own rows, each row whole and on one page only, so
    # drawing a page costs its rows, not the table's.
    assert sum(len(t.pieces) for t in tables) == 360
    assert all(piece.spans is None for t in tables for piece in t.pieces)
    frame_h = pdf_module._text_frame(opts).height
    for table in tables:
        assert 0 < len(table.pieces) < 60
        assert table.height <= frame_h
    reader = PdfReader(io.BytesIO(pdf_module.render_pdf(project, opts)))
    assert len(reader.pages) == pages
    last = reader.pages[-1].extract_text()
    assert f"Page {pages} of {pages}" in last


def test_an_over_tall_row_gets_its_own_pages_and_the_count_stays_right() -> None:
    project = grid(per_cell=20, stages=1, lanes=1)
    project.touchpoints[3].description = "paraula " * 1240  # longer than one A4 page
    opts = ExportOptions(paper="A4", orientation="portrait", include_map=False, table=True, lang="ca", summary=False)
    story, pages = pdf_module._table_story(project, Labels("ca"), opts, ProgressTracker(None, 1))
    reader = PdfReader(io.BytesIO(pdf_module.render_pdf(project, opts)))
    assert len(reader.pages) == pages >= 3
    texts = [page.extract_text() for page in reader.pages]
    for i, text in enumerate(texts, start=1):
        assert f"Pàgina {i} de {pages}" in text
    joined = " ".join(texts)
    assert all(f"Carta 0.0.{k}" in joined for k in range(20))
    # The tall row is cut between lines: its parts are on consecutive pages, and together
    # they print each of its description's lines once.
    tall = [
        (i, piece)
        for i, f in enumerate(f for f in story if isinstance(f, TablePage))
        for piece in f.pieces
        if piece.row.cells[2] and piece.spans is not None
    ]
    assert len(tall) >= 2
    assert [i for i, _piece in tall] == list(range(tall[0][0], tall[0][0] + len(tall)))
    spans = [piece.spans[2] for _i, piece in tall if piece.spans is not None]
    assert spans[0][0] == 0 and spans[-1][1] == len(tall[0][1].row.cells[2])
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert joined.count("paraula") == 1240


# -- the model's index: an edit costs its cells -----------------------------------------------------------


def _scan_cell(project: Project, stage_id: str, lane_id: str) -> list[str]:
    cards = [tp for tp in project.touchpoints if (tp.stage_id, tp.lane_id) == (stage_id, lane_id)]
    return [tp.id for tp in sorted(cards, key=lambda t: t.order)]


def test_moves_and_appends_keep_the_card_index_without_rebuilding_it() -> None:
    project = grid(per_cell=40)
    built = index.index_of(project)
    old = ops.move_touchpoint(project, "tp-0-0-10", "s2", "l1", 0)
    ops.move_touchpoint(project, "tp-1-1-39", "s1", "l1", 0)
    ops.move_touchpoint(project, "tp-0-0-10", old.stage_id, old.lane_id, old.order)
    ops.add_touchpoint(project, Touchpoint(id="tp-new", title="Nova", stage_id="s1", lane_id="l0", order=3))
    assert index.index_of(project) is built  # kept up to date, never rebuilt from the whole map
    assert project.touchpoint("tp-new").order == 3
    for stage in project.stages:
        for lane in project.lanes:
            assert [tp.id for tp in project.cell(stage.id, lane.id)] == _scan_cell(project, stage.id, lane.id)


def test_the_card_index_notices_changes_made_behind_its_back() -> None:
    project = grid(per_cell=5, stages=1, lanes=1)
    assert project.touchpoint("tp-0-0-4").order == 4
    project.touchpoints.append(Touchpoint(id="tp-extra", title="x", stage_id="s0", lane_id="l0", order=5))
    assert project.touchpoint("tp-extra").title == "x"
    assert [tp.id for tp in project.cell("s0", "l0")][-1] == "tp-extra"
    removed = ops.delete_touchpoint(project, "tp-0-0-0")
    with pytest.raises(KeyError):
        project.touchpoint("tp-0-0-0")
    assert [tp.order for tp in project.cell("s0", "l0")] == [0, 1, 2, 3, 4]
    ops.add_touchpoint(project, removed.item, removed.index)
    assert project.touchpoints[0].id == "tp-0-0-0"
    assert _scan_cell(project, "s0", "l0") == [tp.id for tp in project.cell("s0", "l0")]
    copy = project.model_copy(deep=True)
    assert copy == project  # the index is not part of the model's value
    ops.move_touchpoint(copy, "tp-0-0-0", "s0", "l0", 5)
    assert project.cell("s0", "l0")[0].id == "tp-0-0-0" and copy.cell("s0", "l0")[-1].id == "tp-0-0-0"


# -- a big sheet keeps the export's progress (and Cancel) alive while it is painted ----------------------


def test_painting_one_big_sheet_reports_progress_and_can_be_cancelled() -> None:
    project = grid(per_cell=100)  # 600 cards on one A0 sheet: thousands of items to paint
    calls: list[tuple[int, int]] = []
    render_pdf_ = pdf_module.render_pdf
    render_pdf_(project, ExportOptions(paper="A0"), lambda done, total: calls.append((done, total)) is None)
    sheet_done = calls[-2][0]  # the sheet's own step comes just before the final one
    ticks_while_painting = sum(1 for done, _total in calls if done == sheet_done - 1)
    assert ticks_while_painting >= 600 * 3 // TICK_EVERY  # three or more items per card

    seen: list[int] = []

    def cancel_while_painting(done: int, total: int) -> bool:
        seen.append(done)
        return not (len(seen) > 2 and seen[-1] == seen[-2] == seen[-3])  # a tick with no new unit

    with pytest.raises(ExportCancelled):
        render_pdf_(project, ExportOptions(paper="A0"), cancel_while_painting)


@pytest.mark.gui
@pytest.mark.parametrize("lanes", [1, 2])
def test_a_big_outline_opens_collapsed_and_selection_opens_the_cell(
    qtbot, monkeypatch: pytest.MonkeyPatch, lanes: int
) -> None:
    monkeypatch.setattr(outline_module, "EXPAND_ALL_MAX", 50)
    host = QMainWindow()
    qtbot.addWidget(host)
    doc = Document(grid(per_cell=30, lanes=lanes), parent=host)  # 90 or 180 cards: "big" here
    selection = Selection(host)
    dock = OutlineDock(doc, selection, QUndoStack(host), host)
    host.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    host.show()
    card = dock.item_for(CARD, "tp-1-0-7")
    assert card is not None
    cell = card.parent()
    assert cell is not None and not dock.tree.isExpanded(cell.index())
    if lanes > 1:  # stages stay open so the lanes show
        assert dock.tree.isExpanded(dock.item_for(STAGE, "s1").index())  # type: ignore[union-attr]
    selection.set_touchpoints(["tp-1-0-7"])
    assert dock.tree.isExpanded(cell.index())
    assert [i.data(ID_ROLE) for i in dock.tree.selectionModel().selectedIndexes()] == ["tp-1-0-7"]


def test_the_table_page_count_matches_the_pages_printed() -> None:
    project = grid(per_cell=40)
    opts = ExportOptions(paper="A3", orientation="portrait", include_map=False, table=True, lang="es", summary=False)
    count = pdf_module._count_table_pages(project, opts, Labels("es"))
    reader = PdfReader(io.BytesIO(pdf_module.render_pdf(project, opts)))
    assert len(reader.pages) == count > 1
    assert f"Página {count} de {count}" in (reader.pages[-1].extract_text() or "")


def _check_index(project: Project) -> None:
    """Every card found by id at its real list position, every cell as a full scan sees it."""
    for at, tp in enumerate(project.touchpoints):
        assert index.position(project, tp.id) == at
        assert project.touchpoint(tp.id) is tp
    for stage in project.stages:
        for lane in project.lanes:
            assert [tp.id for tp in project.cell(stage.id, lane.id)] == _scan_cell(project, stage.id, lane.id)


def test_delete_and_its_undo_keep_the_card_index_and_the_file() -> None:
    project = grid(per_cell=40)
    before = storage.dumps(project)
    built = index.index_of(project)
    # A card near the front of the list: every card after it moves up one place.
    removed = ops.delete_touchpoint(project, "tp-0-0-3")
    assert removed.index == 3 and removed.item.order == 3
    assert [tp.order for tp in project.cell("s0", "l0")] == list(range(39))
    assert project.touchpoints[3].id == "tp-0-0-4"
    assert index.index_of(project) is built  # followed, not rebuilt from the whole map
    assert project.touchpoint("tp-2-1-39") is project.touchpoints[-1]
    ops.add_touchpoint(project, removed.item, removed.index)
    assert index.index_of(project) is built
    assert storage.dumps(project) == before  # byte for byte: the same list position and orders
    _check_index(project)
    assert index.index_of(project) is built


def test_undoing_deletes_in_reverse_restores_the_exact_list() -> None:
    project = grid(per_cell=10)
    before = storage.dumps(project)
    ids = [tp.id for tp in project.touchpoints]
    # Deleted in an order that is not the list's, then put back in reverse, as undo does.
    doomed = [ids[k] for k in (17, 2, 59, 30, 0, 31)]
    removed = [ops.delete_touchpoint(project, tp_id) for tp_id in doomed]
    assert [tp.id for tp in project.touchpoints] == [i for i in ids if i not in doomed]
    _check_index(project)
    for item in reversed(removed):
        ops.add_touchpoint(project, item.item, item.index)
    assert [tp.id for tp in project.touchpoints] == ids
    assert storage.dumps(project) == before
    _check_index(project)


def test_many_edits_in_the_middle_of_the_list_rebuild_the_index_once_in_a_while() -> None:
    project = grid(per_cell=100)
    built = index.index_of(project)
    rng = random.Random(7)
    for k in range(index.DRIFT_MAX + 40):
        if k % 3 == 2:
            at = rng.randrange(len(project.touchpoints) - 1)
            ops.delete_touchpoint(project, project.touchpoints[at].id)
        else:
            stage, lane = f"s{rng.randrange(3)}", f"l{rng.randrange(2)}"
            card = Touchpoint(id=f"tp-add-{k}", title="Nova", stage_id=stage, lane_id=lane, order=rng.randrange(9))
            ops.add_touchpoint(project, card, rng.randrange(len(project.touchpoints)))
        # Every card where it really is, drift or not.
        sample = rng.sample(range(len(project.touchpoints)), 20)
        assert all(index.position(project, project.touchpoints[at].id) == at for at in sample)
    assert index.index_of(project) is not built  # past DRIFT_MAX the index was built anew
    _check_index(project)


def test_a_card_swapped_behind_the_index_back_is_still_found_after_a_deletion() -> None:
    project = grid(per_cell=20, stages=1, lanes=1)
    ops.delete_touchpoint(project, "tp-0-0-0")  # one card of drift
    first, last = project.touchpoints[0], project.touchpoints[-1]
    project.touchpoints[0], project.touchpoints[-1] = last, first  # same list, same size
    assert project.touchpoint(first.id) is first and index.position(project, first.id) == 18
    assert project.touchpoint(last.id) is last and index.position(project, last.id) == 0
    project.touchpoints[5] = Touchpoint(id="tp-other", title="x", stage_id="s0", lane_id="l0", order=5)
    with pytest.raises(KeyError):
        project.touchpoint("tp-0-0-6")  # the card replaced is gone: its entry no longer holds
    assert project.touchpoint("tp-other").title == "x"  # found by the rebuild that noticed it
