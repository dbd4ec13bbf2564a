"""Map menu dialogs, the context menu and the guide: every change through the undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from cxmapper.document import Document
from cxmapper.model.library import template
from cxmapper.ui.guide import GuideDialog
from cxmapper.ui.main_window import build_main_window
from cxmapper.ui.map_dialogs import MapDetailsDialog, PersonasDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def doc() -> Document:
    return Document(template("beauty-salon", "en"))


def test_map_details_ok_is_one_step(qtbot, doc: Document) -> None:
    stack = QUndoStack()
    dialog = MapDetailsDialog(doc, stack)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Salon map 2025")
    dialog.brand_edit.setText("Bellesa")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ca"))
    dialog.accept()
    project = doc.project
    assert (project.title, project.brand, project.language) == ("Salon map 2025", "Bellesa", "ca")
    assert stack.count() == 1
    stack.undo()
    assert project.title == template("beauty-salon", "en").title


def test_map_details_cancel_changes_nothing(qtbot, doc: Document) -> None:
    stack = QUndoStack()
    dialog = MapDetailsDialog(doc, stack)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Nope")
    dialog.reject()
    assert stack.count() == 0


def test_personas_dialog_edits_through_commands(qtbot, doc: Document) -> None:
    stack = QUndoStack()
    dialog = PersonasDialog(doc, stack)
    qtbot.addWidget(dialog)
    count = len(doc.project.personas)
    persona_id = dialog.add_persona()
    assert len(doc.project.personas) == count + 1
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Jordi")
    assert doc.project.persona(persona_id).name == "Jordi"
    assert stack.count() == 2  # add, then the typing as one step
    used = next(p.id for p in doc.project.personas if any(p.id in tp.personas for tp in doc.project.touchpoints))
    for i in range(dialog.persona_list.count()):
        if dialog.persona_list.item(i).data(Qt.ItemDataRole.UserRole) == used:
            dialog.persona_list.setCurrentRow(i)
    dialog.remove_button.click()
    assert used not in {p.id for p in doc.project.personas}
    assert all(used not in tp.personas for tp in doc.project.touchpoints)
    stack.undo()
    assert any(used in tp.personas for tp in doc.project.touchpoints)


def test_context_menu_rates_selected_cards(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(project=template("clothing-shop"), settings=settings, lang="en")
    qtbot.addWidget(window)
    project = window.document.project
    ids = [tp.id for tp in project.touchpoints[:3]]
    window.selection.set_touchpoints(ids)
    menu = window.build_context_menu("card", ids[0])
    assert window.selection.touchpoints == ids  # right-clicking a selected card keeps the selection
    rate = next(a.menu() for a in menu.actions() if a.menu() is not None)
    plus_two = rate.actions()[0]
    plus_two.trigger()
    assert [project.touchpoint(i).score for i in ids] == [2, 2, 2]
    assert window.undo_stack.count() == 1
    stage_menu = window.build_context_menu("stage", project.stages[1].id)
    assert window.selection.stage == project.stages[1].id
    assert window.action_rename_stage in stage_menu.actions()
    window.undo_stack.setClean()


def test_guide_covers_the_method(qtbot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for phrase in ("Before the purchase", "Intentional", "\u22122", "moments of truth", "can influence"):
        assert phrase in text
