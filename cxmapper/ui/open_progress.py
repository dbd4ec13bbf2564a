"""Opening a big map with a progress indication: parse in the background, cancel safely.

A map of tens of thousands of cards takes seconds to read and draw. For a file big enough to
take more than about half a second, `load_map` shows a busy progress dialog at once, parses
the file in a worker thread while the window keeps repainting, and lets the user cancel:
nothing has changed yet while the file is being read, so cancelling then is always safe.
`building_map` keeps the dialog up (without Cancel: half-built views cannot be abandoned)
while the canvas and docks are built. Small files open exactly as before, with no thread.
Depends on the model's storage and QtWidgets only.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from cxmapper.model import storage
from cxmapper.model.project import Project

# Files from this size on (about 1,500 cards) get the dialog: below it, opening is quicker
# than a dialog would be worth (see ``python -m benchmarks``).
BIG_FILE_BYTES = 1_500_000


def _is_big(path: Path) -> bool:
    try:
        return path.stat().st_size >= BIG_FILE_BYTES
    except OSError:
        return False  # storage.load reports why the file cannot be read


def _dialog(parent: QWidget, path: Path) -> QProgressDialog:
    label = QCoreApplication.translate("OpenProgress", "Opening “%s”…") % path.name
    cancel = QCoreApplication.translate("OpenProgress", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setObjectName("openProgress")
    dialog.setWindowTitle(QCoreApplication.translate("OpenProgress", "Opening Map"))
    dialog.setAccessibleName(QCoreApplication.translate("OpenProgress", "Opening map"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()
    QApplication.processEvents()  # paint it now: the next steps may keep the thread busy
    return dialog


def load_map(parent: QWidget, path: Path) -> Project | None:
    """Read a map like `storage.load`, with a cancellable progress dialog for big files.

    Returns:
        The project, or None if the user cancelled.

    Raises:
        storage.CxmapFileError: the file cannot be read or is not a valid map.
    """
    if not _is_big(path):
        return storage.load(path)
    dialog = _dialog(parent, path)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["project"] = storage.load(path)
        except BaseException as exc:  # handed to the GUI thread, which re-raises it
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="cxmapper-open", daemon=True)
    worker.start()
    try:
        while worker.is_alive() and not dialog.wasCanceled():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worker.join(0.03)
        QApplication.processEvents()  # a Cancel click that arrived while the parse held the GIL
        if dialog.wasCanceled():
            return None  # the worker's result is dropped; the open map is untouched
    finally:
        dialog.close()
        dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    project = outcome["project"]
    assert isinstance(project, Project)
    return project


@contextmanager
def building_map(parent: QWidget, path: Path | None) -> Iterator[None]:
    """Keep a (non-cancellable) progress dialog up while a big map's views are built."""
    if path is None or not _is_big(path):
        yield
        return
    dialog = _dialog(parent, path)
    dialog.setLabelText(QCoreApplication.translate("OpenProgress", "Drawing “%s”…") % path.name)
    dialog.setCancelButton(None)  # None removes the button
    QApplication.processEvents()
    try:
        yield
    finally:
        dialog.close()
        dialog.deleteLater()
