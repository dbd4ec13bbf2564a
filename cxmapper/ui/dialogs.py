"""Every file dialog and message box the main window shows, behind one replaceable object.

The window never calls `QFileDialog` or `QMessageBox` directly but ``self.dialogs.<hook>``, so
a test (or an embedding application) swaps in an object that answers without a modal event
loop. Each hook is a small method with a plain-Python return value.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from cxmapper import __version__
from cxmapper.model.filelock import LockOwner
from cxmapper.model.recovery import RecoveryEntry
from cxmapper.model.storage import FILE_SUFFIX
from cxmapper.ui.icons import app_pixmap
from cxmapper.ui.safety import (
    LockChoice,
    RecoveryChoice,
    ask_lock_message_box,
    ask_recovery_message_box,
    offer_save_as_message_box,
    plain_message_box,
)


class DiskChoice(enum.IntEnum):
    """What to do when another program (a sync client, git, a colleague) changed the open file.

    An IntEnum so that False and True, what the question used to return, mean KEEP and RELOAD.
    """

    KEEP = 0
    RELOAD = 1
    MERGE = 2


class SaveChoice(enum.Enum):
    """The answer to "Save the changes to this map?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class ExportFollowUp(enum.Enum):
    """What to do after an export: open the file, show it in its folder, or nothing."""

    OPEN = "open"
    SHOW_FOLDER = "show_folder"
    CLOSE = "close"


def map_file_filter() -> str:
    """The file-type filter of open and save dialogs."""
    return QCoreApplication.translate("Dialogs", "Journey maps (*.cxmap);;All files (*)")


class DialogHooks:
    """The modal questions the editor asks; override any method to answer differently.

    Strings use the fixed "Dialogs" translation context, so a subclass finds the same
    translations.

    Tests assign a subclass instance (or replace single methods) on ``MainWindow.dialogs``.
    """

    def get_open_path(self, parent: QWidget, directory: Path | None) -> Path | None:
        """Ask which map to open; None when the user cancels."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Dialogs", "Open Journey Map"),
            str(directory or Path.home()),
            map_file_filter(),
        )
        return Path(name) if name else None

    def get_save_path(self, parent: QWidget, suggested: Path) -> Path | None:
        """Ask where to save; the ``.cxmap`` suffix is added when missing. None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Dialogs", "Save Journey Map"), str(suggested), map_file_filter()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)

    def ask_save_discard_cancel(self, parent: QWidget, map_name: str) -> SaveChoice:
        """Ask what to do with unsaved changes before the map is closed or replaced."""
        box = QMessageBox(parent)
        box.setObjectName("unsavedChangesBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons come from files: never markup
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved Changes"))
        box.setText(QCoreApplication.translate("Dialogs", "Save the changes to “%s” before closing it?") % map_name)
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "If you don't save, your changes since the last save will be lost.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def ask_lock(self, parent: QWidget, path: Path, owner: LockOwner | None) -> LockChoice:
        """The map is open in another cxmapper: open read-only, open anyway, or cancel."""
        return ask_lock_message_box(parent, path, owner)

    def ask_recovery(self, parent: QWidget | None, entry: RecoveryEntry) -> RecoveryChoice:
        """At start-up, for one autosave copy left by a crash: restore, discard or ask later."""
        return ask_recovery_message_box(parent, entry)

    def ask_reload(self, parent: QWidget, map_name: str, has_changes: bool) -> DiskChoice:
        """Another program changed the open file: reload it, keep ours, or merge theirs into ours.

        Returns a `DiskChoice`; a bool from an older hook still reads right (True is RELOAD).
        """
        box = plain_message_box(
            parent,
            "changedOnDiskBox",
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Map Changed on Disk"),
        )
        box.setText(QCoreApplication.translate("Dialogs", "“%s” was changed by another program.") % map_name)
        box.setInformativeText(
            QCoreApplication.translate(
                "Dialogs",
                "Merge their changes into yours (disagreements are listed for you to settle), reload their "
                "version and lose your unsaved changes, or keep your version?",
            )
            if has_changes
            else QCoreApplication.translate(
                "Dialogs", "Merge their changes into the map, reload their version, or keep the version shown?"
            )
        )
        reload_button = box.addButton(
            QCoreApplication.translate("Dialogs", "&Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        merge_button = box.addButton(
            QCoreApplication.translate("Dialogs", "&Merge Their Changes Into Mine"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QCoreApplication.translate("Dialogs", "&Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(merge_button if has_changes else reload_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is reload_button:
            return DiskChoice.RELOAD
        return DiskChoice.MERGE if clicked is merge_button else DiskChoice.KEEP

    def confirm_overwrite_changed(self, parent: QWidget, map_name: str) -> bool:
        """Saving would overwrite changes another program made to the file: True to go ahead."""
        box = plain_message_box(
            parent,
            "overwriteChangedBox",
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Overwrite Changes Made Elsewhere?"),
        )
        box.setText(
            QCoreApplication.translate("Dialogs", "“%s” was changed by another program since you opened it.") % map_name
        )
        box.setInformativeText(
            QCoreApplication.translate("Dialogs", "Saving replaces those changes with your version.")
        )
        overwrite = box.addButton(
            QCoreApplication.translate("Dialogs", "&Overwrite"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is overwrite

    def offer_save_as(self, parent: QWidget, map_name: str, reason: str) -> bool:
        """The map cannot be saved where it is (``reason``, translated): True to Save As instead."""
        return offer_save_as_message_box(parent, map_name, reason)

    def show_error(self, parent: QWidget, title: str, message: str, details: str = "") -> None:
        """Tell the user an operation failed and why (the map stays as it was)."""
        box = QMessageBox(parent)
        box.setObjectName("errorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons come from files: never markup
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(message)
        if details:
            box.setInformativeText(details)
        box.exec()

    def confirm(self, parent: QWidget, title: str, question: str, action_text: str) -> bool:
        """Ask before a large edit (deleting a stage with its cards); True to go ahead."""
        box = QMessageBox(parent)
        box.setObjectName("confirmBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons come from files: never markup
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(question)
        ok = box.addButton(action_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def get_text(self, parent: QWidget, title: str, label: str, text: str) -> str | None:
        """Ask for one line of text (a stage or lane name); None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def get_color(self, parent: QWidget, initial: str | None) -> str | None:
        """Ask for a card colour as ``#rrggbb``; None when cancelled."""
        color = QColorDialog.getColor(
            QColor(initial or "#ffffff"), parent, QCoreApplication.translate("Dialogs", "Card Colour")
        )
        return color.name() if color.isValid() else None

    def exported(self, parent: QWidget, path: Path) -> ExportFollowUp:
        """Confirm that an export was written, offering to open it or show its folder.

        Without this the user had to find the file to trust that anything happened.
        """
        box = plain_message_box(
            parent,
            "exportedBox",
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Dialogs", "Export Finished"),
        )
        box.setText(QCoreApplication.translate("Dialogs", "Exported “%s”.") % path.name)
        box.setInformativeText(str(path.parent))
        open_button = box.addButton(QCoreApplication.translate("Dialogs", "&Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("exportedOpen")
        folder = box.addButton(
            QCoreApplication.translate("Dialogs", "Show in &Folder"), QMessageBox.ButtonRole.ActionRole
        )
        folder.setObjectName("exportedShowFolder")
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.setEscapeButton(close)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            return ExportFollowUp.OPEN
        if clicked is folder:
            return ExportFollowUp.SHOW_FOLDER
        return ExportFollowUp.CLOSE

    def show_about(self, parent: QWidget) -> None:
        """The About box: what cxmapper is, its version and licence."""
        box = QMessageBox(parent)
        box.setObjectName("aboutBox")
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "About cxmapper"))
        box.setIconPixmap(app_pixmap(96))
        box.setText(f"<h3>cxmapper {__version__}</h3>")
        box.setInformativeText(
            QCoreApplication.translate(
                "Dialogs",
                "<p>A desktop editor for customer-journey maps: the touchpoints where your customers "
                "meet your brand before, during and after the purchase, how each one feels, and where "
                "your team can act.</p>"
                "<p>Free software under the MIT licence. Icons CC0; fonts under the SIL Open Font "
                "Licence.</p>",
            )
        )
        box.exec()
