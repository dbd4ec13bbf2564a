"""The docks on their own: inspector, catalogue and outline over a Document, Selection and stack."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMainWindow

from cxmapper.document import Document
from cxmapper.model.library import template
from cxmapper.model.project import Lane, Persona
from cxmapper.model.vocab import Channel, Phase
from cxmapper.selection import Selection
from cxmapper.ui.catalogue import CatalogueDock, target_cell
from cxmapper.ui.inspector import InspectorDock
from cxmapper.ui.outline import CARD, ID_ROLE, KIND_ROLE, STAGE, OutlineDock

pytestmark = pytest.mark.gui


@dataclass
class Env:
    doc: Document
    selection: Selection
    stack: QUndoStack
    host: QMainWindow


@pytest.fixture
def env(qtbot) -> Env:
    host = QMainWindow()
    qtbot.addWidget(host)
    doc = Document(template("clothing-shop", "en"), parent=host)
    selection = Selection(host)
    stack = QUndoStack(host)
    host.resize(1000, 700)
    return Env(doc, selection, stack, host)


def _dock(env: Env, dock) -> None:
    env.host.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)


# -- inspector ---------------------------------------------------------------------------------------


@pytest.fixture
def inspector(env: Env) -> InspectorDock:
    dock = InspectorDock(env.doc, env.selection, env.stack, lambda parent, color: "#ff8800")
    _dock(env, dock)
    return dock


def test_inspector_shows_details_when_nothing_is_selected(env: Env, inspector: InspectorDock) -> None:
    assert inspector.pages.currentWidget() is inspector.details
    assert inspector.findChild(QLineEdit, "inspectorDetails_title").text() == env.doc.project.title


def test_typing_a_title_is_one_undo_step(qtbot, env: Env, inspector: InspectorDock) -> None:
    tp = env.doc.project.touchpoints[0]
    original = tp.title
    env.selection.set_touchpoints([tp.id])
    edit = inspector.touchpoint.title_edit
    assert edit.text() == original
    edit.end(False)
    qtbot.keyClicks(edit, " (new)")
    assert env.doc.project.touchpoint(tp.id).title == original + " (new)"
    assert env.stack.count() == 1
    env.stack.undo()
    assert env.doc.project.touchpoint(tp.id).title == original
    assert edit.text() == original  # the document's signal refreshed the field


def test_filling_the_form_pushes_nothing(env: Env, inspector: InspectorDock) -> None:
    for tp in env.doc.project.touchpoints[:5]:
        env.selection.set_touchpoints([tp.id])
    env.selection.set_stage(env.doc.project.stages[0].id)
    env.selection.clear()
    assert env.stack.count() == 0


def test_discrete_widgets_push_separate_steps(env: Env, inspector: InspectorDock) -> None:
    tp = env.doc.project.touchpoints[0]
    was_moment = tp.moment_of_truth
    env.selection.set_touchpoints([tp.id])
    form = inspector.touchpoint
    channel = form._fields["channel"]
    channel.activated.emit(channel.findData(Channel.EMAIL))
    score = form._fields["score"]
    score.activated.emit(score.findData(-2))
    mot = form._fields["moment_of_truth"]
    mot.click()
    assert env.stack.count() == 3
    changed = env.doc.project.touchpoint(tp.id)
    assert (changed.channel, changed.score, changed.moment_of_truth) == (Channel.EMAIL, -2, not was_moment)


def test_stage_change_is_a_move(env: Env, inspector: InspectorDock) -> None:
    project = env.doc.project
    tp = next(t for t in project.touchpoints if t.stage_id != project.stages[-1].id)
    env.selection.set_touchpoints([tp.id])
    combo = inspector.touchpoint.stage_combo
    combo.activated.emit(combo.findData(project.stages[-1].id))
    moved = project.touchpoint(tp.id)
    assert moved.stage_id == project.stages[-1].id
    assert moved.order == len(project.cell(moved.stage_id, moved.lane_id)) - 1
    assert env.stack.count() == 1
    assert combo.currentData() == project.stages[-1].id


def test_tags_personas_and_colour(env: Env, inspector: InspectorDock) -> None:
    env.doc.add_persona(Persona(id="p-ana", name="Ana"))
    tp = env.doc.project.touchpoints[0]
    env.selection.set_touchpoints([tp.id])
    form = inspector.touchpoint
    tags = form._fields["tags"]
    assert isinstance(tags, QLineEdit)
    tags.clear()
    tags.textEdited.emit("web, shop,")
    assert env.doc.project.touchpoint(tp.id).tags == ["web", "shop"]
    before = list(tp.personas)
    items = [form.personas_list.item(i) for i in range(form.personas_list.count())]
    ana = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "p-ana")
    ana.setCheckState(Qt.CheckState.Checked)
    assert env.doc.project.touchpoint(tp.id).personas == [*before, "p-ana"]
    form.color_button.click()
    assert env.doc.project.touchpoint(tp.id).color == "#ff8800"


def test_stage_and_lane_pages(env: Env, inspector: InspectorDock) -> None:
    stage = env.doc.project.stages[1]
    env.selection.set_stage(stage.id)
    assert inspector.pages.currentWidget() is inspector.stage
    inspector.stage.name_edit.textEdited.emit("Visit")
    phase = inspector.stage._fields["phase"]
    phase.activated.emit(phase.findData(Phase.AFTER))
    assert (stage.name, stage.phase) == ("Visit", Phase.AFTER)
    lane = env.doc.project.lanes[0]
    env.selection.set_lane(lane.id)
    assert inspector.pages.currentWidget() is inspector.lane
    inspector.lane.name_edit.textEdited.emit("Shopper")
    assert lane.name == "Shopper"


# -- catalogue --------------------------------------------------------------------------------------


@pytest.fixture
def catalogue(env: Env) -> CatalogueDock:
    dock = CatalogueDock(env.doc, env.selection, env.stack)
    _dock(env, dock)
    return dock


def _entry_item(dock: CatalogueDock, entry_id: str):
    for header, children in dock._groups:
        for item in children:
            if item.data(0, Qt.ItemDataRole.UserRole + 1) == entry_id:
                return header, item
    raise AssertionError(entry_id)


def test_catalogue_double_click_adds_a_card(qtbot, env: Env, catalogue: CatalogueDock) -> None:
    env.host.show()
    qtbot.waitExposed(env.host)
    before = len(env.doc.project.touchpoints)
    _, item = _entry_item(catalogue, "online-ads")
    tree = catalogue.tree
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    # A real double-click: press and release, then the double-click press and release.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    project = env.doc.project
    assert len(project.touchpoints) == before + 1
    new = project.touchpoint(env.selection.current or "")
    assert new.title == "Online ads"
    assert new.channel == Channel.ADVERTISING
    first_before = next(s for s in project.stages if s.phase == Phase.BEFORE)
    assert new.stage_id == first_before.id
    assert new.order == len(project.cell(new.stage_id, new.lane_id)) - 1
    assert env.stack.count() == 1


def test_catalogue_uses_selected_stage_of_same_phase(env: Env, catalogue: CatalogueDock) -> None:
    project = env.doc.project
    before_stages = [s for s in project.stages if s.phase == Phase.BEFORE]
    env.selection.set_stage(before_stages[-1].id)
    assert target_cell(project, env.selection, Phase.BEFORE)[0] == before_stages[-1].id
    # A stage of another phase is not a target.
    after = next(s for s in project.stages if s.phase == Phase.AFTER)
    env.selection.set_stage(after.id)
    assert target_cell(project, env.selection, Phase.BEFORE)[0] == before_stages[0].id


def test_catalogue_search_filters(qtbot, catalogue: CatalogueDock) -> None:
    everything = catalogue.visible_entry_ids()
    qtbot.keyClicks(catalogue.search, "review")
    found = catalogue.visible_entry_ids()
    assert 0 < len(found) < len(everything)
    assert "reviews-ratings" in found
    catalogue.search.clear()
    assert catalogue.visible_entry_ids() == everything


def test_catalogue_follows_map_language(env: Env, catalogue: CatalogueDock) -> None:
    env.doc.update_details(language="es")
    _, item = _entry_item(catalogue, "online-ads")
    assert item.text(0) == "Anuncios en línea"


def test_catalogue_is_built_again_only_when_its_language_changes(env: Env, catalogue: CatalogueDock) -> None:
    _, before = _entry_item(catalogue, "online-ads")
    env.doc.replace_project(template("beauty-salon", "en"))  # another map, the same language
    assert _entry_item(catalogue, "online-ads")[1] is before  # the same row: nothing rebuilt
    env.doc.replace_project(template("beauty-salon", "ca"))
    _, after = _entry_item(catalogue, "online-ads")
    assert after is not before and after.text(0) == "Anuncis en línia"


def test_catalogue_drag_data(catalogue: CatalogueDock) -> None:
    _, item = _entry_item(catalogue, "online-ads")
    data = catalogue.tree.mimeData([item])
    assert bytes(data.data("application/x-cxmapper-catalog-entry").data()) == b"online-ads"


# -- outline -----------------------------------------------------------------------------------------


@pytest.fixture
def outline(env: Env) -> OutlineDock:
    dock = OutlineDock(env.doc, env.selection, env.stack)
    _dock(env, dock)
    return dock


def _rows(model, parent=None) -> list[tuple[str, str]]:
    parent = parent or QModelIndex()
    out = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        out.append((index.data(KIND_ROLE), index.data(ID_ROLE)))
        out.extend(_rows(model, index))
    return out


def _expected(project) -> list[tuple[str, str]]:
    out = []
    for stage in project.stages:
        out.append((STAGE, stage.id))
        for lane in project.lanes if len(project.lanes) > 1 else []:
            out.append(("lane", lane.id))
            out.extend((CARD, tp.id) for tp in project.cell(stage.id, lane.id))
        if len(project.lanes) == 1:
            out.extend((CARD, tp.id) for tp in project.cell(stage.id, project.lanes[0].id))
    return out


def test_outline_shows_stages_and_cards(env: Env, outline: OutlineDock) -> None:
    assert _rows(outline.model) == _expected(env.doc.project)
    first = env.doc.project.stages[0]
    assert outline.model.index(0, 0).data() == first.name


def test_outline_selection_is_shared(env: Env, outline: OutlineDock) -> None:
    tp = env.doc.project.touchpoints[3]
    item = outline.item_for(CARD, tp.id)
    assert item is not None
    outline.tree.setCurrentIndex(item.index())
    assert env.selection.touchpoints == [tp.id]
    other = env.doc.project.touchpoints[5]
    env.selection.set_touchpoints([other.id])
    selected = outline.tree.selectionModel().selectedIndexes()
    assert [i.data(ID_ROLE) for i in selected] == [other.id]
    stage = env.doc.project.stages[2]
    env.selection.set_stage(stage.id)
    assert [i.data(ID_ROLE) for i in outline.tree.selectionModel().selectedIndexes()] == [stage.id]


def test_outline_rename_in_place_is_one_undo_step(qtbot, env: Env, outline: OutlineDock) -> None:
    env.host.show()
    qtbot.waitExposed(env.host)
    tp = env.doc.project.touchpoints[0]
    index = outline.item_for(CARD, tp.id).index()
    tree = outline.tree
    tree.setFocus()
    tree.setCurrentIndex(index)
    tree.edit(index)
    editors = tree.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "Window display")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: env.doc.project.touchpoint(tp.id).title == "Window display")
    assert env.stack.count() == 1
    assert outline.item_for(CARD, tp.id).text() == "Window display"


def test_outline_follows_document_incrementally(env: Env, outline: OutlineDock) -> None:
    project = env.doc.project
    stage_item = outline.item_for(STAGE, project.stages[0].id)
    tp = project.touchpoints[0]
    env.doc.update_touchpoint(tp.id, title="Renamed")
    assert outline.item_for(CARD, tp.id).text() == "Renamed"
    env.doc.move_touchpoint(tp.id, project.stages[-1].id, tp.lane_id, 0)
    assert _rows(outline.model) == _expected(project)
    env.doc.delete_touchpoint(tp.id)
    assert _rows(outline.model) == _expected(project)
    assert outline.item_for(STAGE, project.stages[0].id) is stage_item  # not rebuilt
    env.doc.move_stage(project.stages[0].id, 2)
    assert _rows(outline.model) == _expected(project)
    env.doc.add_lane(Lane(id="lane-staff", name="Staff"))
    assert _rows(outline.model) == _expected(project)


def test_outline_keyboard_reorder(qtbot, env: Env, outline: OutlineDock) -> None:
    project = env.doc.project
    stage = project.stages[0]
    first, second = project.cell(stage.id, project.lanes[0].id)[:2]
    outline.tree.setCurrentIndex(outline.item_for(CARD, first.id).index())
    qtbot.keyClick(outline.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [t.id for t in project.cell(stage.id, project.lanes[0].id)[:2]] == [second.id, first.id]
    assert env.stack.count() == 1
    assert outline.tree.currentIndex().data(ID_ROLE) == first.id  # the moved card stays current
    qtbot.keyClick(outline.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert project.touchpoint(first.id).stage_id == project.stages[1].id
    outline.tree.setCurrentIndex(outline.item_for(STAGE, stage.id).index())
    qtbot.keyClick(outline.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert project.stages[1].id == stage.id
    assert env.stack.count() == 3


def test_outline_drop_reorders_through_a_command(env: Env, outline: OutlineDock) -> None:
    project = env.doc.project
    stage = project.stages[0]
    cards = project.cell(stage.id, project.lanes[0].id)
    moving = cards[0]
    target = outline.item_for(CARD, cards[-1].id).index()
    outline.tree.setCurrentIndex(outline.item_for(CARD, moving.id).index())
    below = QAbstractItemView.DropIndicatorPosition.BelowItem.value
    outline._on_dropped([QPersistentModelIndex(outline.tree.currentIndex())], target, below)
    assert project.cell(stage.id, project.lanes[0].id)[-1].id == moving.id
    assert env.stack.count() == 1
    assert _rows(outline.model) == _expected(project)
