"""Dialogs of the Map menu: the map's details and its personas.

Both edit through undo commands like every other widget: Map Details pushes one step when
accepted, the Personas dialog pushes a step per change while it is open (so Edit > Undo in the
main window takes back a renamed or deleted persona).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxmapper.commands import AddPersona, DeletePersona, EditDetails, EditPersona
from cxmapper.document import Document
from cxmapper.model.project import NAME_MAX, TEXT_MAX, TITLE_MAX, Persona, new_id
from cxmapper.ui.icons import action_icon
from cxmapper.ui.labels import LANGUAGE_NAMES


class MapDetailsDialog(QDialog):
    """Title, brand, author, description and language of the map; OK is one undo step."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapDetailsDialog")
        self.setWindowTitle(self.tr("Map Details"))
        self.setAccessibleName(self.tr("Map details"))
        self._doc = document
        self._stack = undo_stack
        project = document.project
        form = QFormLayout()
        self.title_edit = QLineEdit(project.title, self)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.brand_edit = QLineEdit(project.brand, self)
        self.brand_edit.setMaxLength(NAME_MAX)
        self.author_edit = QLineEdit(project.author, self)
        self.author_edit.setMaxLength(NAME_MAX)
        self.description_edit = QPlainTextEdit(project.description, self)
        self.description_edit.setTabChangesFocus(True)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(project.language)))
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Title:"), self.title_edit, "detailsTitle"),
            (self.tr("&Brand or business:"), self.brand_edit, "detailsBrand"),
            (self.tr("&Author:"), self.author_edit, "detailsAuthor"),
            (self.tr("&Description:"), self.description_edit, "detailsDescription"),
            (self.tr("&Language of the map:"), self.language_combo, "detailsLanguage"),
        ]
        for label, widget, name in rows:
            widget.setObjectName(name)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 360)

    def changes(self) -> dict[str, Any]:
        """The fields the user changed."""
        project = self._doc.project
        values = {
            "title": self.title_edit.text(),
            "brand": self.brand_edit.text(),
            "author": self.author_edit.text(),
            "description": self.description_edit.toPlainText()[:TEXT_MAX],
            "language": str(self.language_combo.currentData()),
        }
        return {k: v for k, v in values.items() if getattr(project, k) != v}

    def accept(self) -> None:
        """Push one undo step with every changed field, then close."""
        changes = self.changes()
        if changes:
            self._stack.push(EditDetails(self._doc, changes))
        super().accept()


class PersonasDialog(QDialog):
    """Add, rename, describe and delete personas; every change is an undo step at once."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personasDialog")
        self.setWindowTitle(self.tr("Personas"))
        self.setAccessibleName(self.tr("Personas"))
        self._doc = document
        self._stack = undo_stack

        self.persona_list = QListWidget(self)
        self.persona_list.setObjectName("personasList")
        self.persona_list.setAccessibleName(self.tr("Personas of the map"))
        self.persona_list.currentItemChanged.connect(self._on_current_changed)
        self.add_button = QPushButton(action_icon("personas"), self.tr("&Add persona"), self)
        self.add_button.setObjectName("personasAdd")
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button = QPushButton(action_icon("delete"), self.tr("&Remove"), self)
        self.remove_button.setObjectName("personasRemove")
        self.remove_button.clicked.connect(self._on_remove)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("personaName")
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.textEdited.connect(lambda text: self._edit("name", text))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("personaDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Who they are"))
        self.description_edit.textChanged.connect(
            lambda: self._edit("description", self.description_edit.toPlainText()[:TEXT_MAX])
        )
        self.goals_edit = QPlainTextEdit(self)
        self.goals_edit.setObjectName("personaGoals")
        self.goals_edit.setTabChangesFocus(True)
        self.goals_edit.setAccessibleName(self.tr("Goals"))
        self.goals_edit.textChanged.connect(lambda: self._edit("goals", self.goals_edit.toPlainText()[:TEXT_MAX]))

        left = QVBoxLayout()
        left.addWidget(self.persona_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Who they are:"), self.description_edit)
        form.addRow(self.tr("&Goals:"), self.goals_edit)
        hint = QLabel(self.tr("Tick personas on each card in the inspector to show whom a touchpoint concerns."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.form, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(620, 400)

        document.personas_changed.connect(self._reload)
        self._reload()

    def _current_id(self) -> str | None:
        item = self.persona_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _reload(self) -> None:
        """Re-list the personas after any change (few rows; keeps the current one)."""
        current = self._current_id()
        with QSignalBlocker(self.persona_list):
            self.persona_list.clear()
            for persona in self._doc.project.personas:
                item = QListWidgetItem(persona.name or self.tr("(unnamed)"), self.persona_list)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                if persona.id == current:
                    self.persona_list.setCurrentItem(item)
            if self.persona_list.currentItem() is None and self.persona_list.count():
                self.persona_list.setCurrentRow(0)
        self._show_current()

    def _on_current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        del current, previous
        self._show_current()

    def _show_current(self) -> None:
        persona_id = self._current_id()
        self.form.setEnabled(persona_id is not None)
        self.remove_button.setEnabled(persona_id is not None)
        persona = self._doc.project.persona(persona_id) if persona_id else Persona(id="none", name="")
        for widget, value in (
            (self.name_edit, persona.name),
            (self.description_edit, persona.description),
            (self.goals_edit, persona.goals),
        ):
            with QSignalBlocker(widget):
                if isinstance(widget, QLineEdit):
                    if widget.text() != value:
                        widget.setText(value)
                elif widget.toPlainText() != value:
                    widget.setPlainText(value)

    def add_persona(self) -> str:
        """Add a persona named "New persona", select it and put the caret in its name."""
        persona = Persona(id=new_id("persona"), name=self.tr("New persona"))
        self._stack.push(AddPersona(self._doc, persona))
        for i in range(self.persona_list.count()):
            item = self.persona_list.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == persona.id:
                self.persona_list.setCurrentItem(item)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        return persona.id

    def _on_remove(self) -> None:
        persona_id = self._current_id()
        if persona_id is not None:
            self._stack.push(DeletePersona(self._doc, persona_id))

    def _edit(self, field: str, value: str) -> None:
        persona_id = self._current_id()
        if persona_id is None or getattr(self._doc.project.persona(persona_id), field) == value:
            return
        self._stack.push(EditPersona(self._doc, persona_id, {field: value}, merge=True))
