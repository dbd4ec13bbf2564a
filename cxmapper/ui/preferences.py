"""Edit > Preferences: the interface language (System default, English, Español, Català).

The choice is saved in the application's QSettings under `cxmapper.i18n.SETTINGS_KEY` and read
at the next start: widgets, menus and Qt's own dialogs are built once in one language, so the
dialog says the change takes effect at restart instead of half-translating a running window.
``cxmapper --lang`` still overrides it for one run.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cxmapper import i18n
from cxmapper.ui.labels import LANGUAGE_NAMES


class PreferencesDialog(QDialog):
    """Choose the interface language; OK saves it for the next start."""

    def __init__(self, settings: QSettings, current_language: str, parent: QWidget | None = None) -> None:
        """Build the dialog.

        Args:
            settings: where the choice is saved.
            current_language: the language this run uses (to say whether a restart is needed).
            parent: the main window.
        """
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._settings = settings
        self._current = current_language

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("preferencesLanguage")
        system = LANGUAGE_NAMES[i18n.system_language()]
        self.language_combo.addItem(self.tr("System default (%s)") % system, "")
        # Languages in their own names: people look for their own language, whatever the UI's.
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        stored = i18n.stored_language(settings) or ""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(stored)))
        self.language_combo.currentIndexChanged.connect(self._update_note)

        form = QFormLayout()
        label = self.tr("Interface &language:")
        self.language_combo.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(label, self.language_combo)

        explanation = QLabel(
            self.tr(
                "Menus, panels and the names of new maps use this language. Each map keeps its own "
                "language for its catalogue and exports (Map > Map Details)."
            ),
            self,
        )
        explanation.setObjectName("preferencesExplanation")
        explanation.setWordWrap(True)
        self.note = QLabel(self.tr("The new language takes effect when you restart cxmapper."), self)
        self.note.setObjectName("preferencesRestartNote")
        self.note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 220)
        self._update_note()

    def chosen_language(self) -> str | None:
        """The selected language code, or None for the system default."""
        return str(self.language_combo.currentData()) or None

    def restart_needed(self) -> bool:
        """Whether the selected choice gives another language than the one running."""
        return i18n.ui_language(self.chosen_language()) != self._current

    def _update_note(self) -> None:
        # Always said; in bold once the choice differs from the running language.
        font = self.note.font()
        font.setBold(self.restart_needed())
        self.note.setFont(font)

    def accept(self) -> None:
        """Save the choice for the next start, then close."""
        i18n.store_language(self._settings, self.chosen_language())
        self._settings.sync()
        super().accept()
