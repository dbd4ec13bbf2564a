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

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cxmapper.model import storage
from cxmapper.model.project import Project
from cxmapper.ui.background import busy, run_in_background

# Files from this size on (about 1,500 cards) get the dialog: below it, opening is quicker
# than a dialog would be worth (see ``python -m benchmarks``).
BIG_FILE_BYTES = 1_500_000


def _is_big(path: Path) -> bool:
    try:
        return path.stat().st_size >= BIG_FILE_BYTES
    except OSError:
        return False  # storage.load reports why the file cannot be read


def load_map(parent: QWidget, path: Path) -> Project | None:
    """Read a map like `storage.load`, with a cancellable progress dialog for big files.

    Returns:
        The project, or None if the user cancelled.

    Raises:
        storage.CxmapFileError: the file cannot be read or is not a valid map.
    """
    if not _is_big(path):
        return storage.load(path)
    return run_in_background(
        parent,
        lambda _reporter: storage.load(path),
        labels=[QCoreApplication.translate("OpenProgress", "Opening “%s”…") % path.name],
        title=QCoreApplication.translate("OpenProgress", "Opening Map"),
        name="openProgress",
        accessible=QCoreApplication.translate("OpenProgress", "Opening map"),
        show_after_ms=0,
    )


@contextmanager
def building_map(parent: QWidget, path: Path | None) -> Iterator[None]:
    """Keep a (non-cancellable) progress dialog up while a big map's views are built."""
    if path is None or not _is_big(path):
        yield
        return
    with busy(
        parent,
        QCoreApplication.translate("OpenProgress", "Drawing “%s”…") % path.name,
        QCoreApplication.translate("OpenProgress", "Opening Map"),
        "openProgress",
        QCoreApplication.translate("OpenProgress", "Opening map"),
    ):
        yield
