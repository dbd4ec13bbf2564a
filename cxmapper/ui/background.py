"""Long pure work (reading, parsing, planning) in a worker thread, behind a cancellable progress dialog.

Opening a big map and importing a big sheet take seconds of pure Python. `run_in_background`
runs such work in a thread while the GUI thread keeps serving paint events, shows a progress
dialog once the work has taken longer than ``show_after_ms`` (or at once), and lets the user
cancel it. The work must not touch Qt objects or the document: it returns a value, and the
caller changes the document on the GUI thread afterwards, so cancelling always leaves
everything as it was. Until the dialog shows, user input is held back (not dropped), so
nothing can be edited under the work's feet; once it shows, it is window-modal.

Depends on QtWidgets only.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")


class Reporter:
    """The worker's side of the dialog: how far it is, in which phase; whether the user cancelled.

    Plain attributes written by the worker and read by the GUI thread's polling loop (each an
    atomic assignment under the GIL), so no Qt object is touched off the GUI thread.
    """

    def __init__(self) -> None:
        self.phase = 0
        self.done = 0
        self.total = 0
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        """Record progress; False once the user has cancelled (the work should then stop)."""
        self.done, self.total = done, total
        return not self._cancelled.is_set()

    def start_phase(self, phase: int) -> None:
        """Go on to the next label of the dialog, with its progress unknown until reported."""
        self.done, self.total, self.phase = 0, 0, phase

    def cancel(self) -> None:
        """Ask the work to stop (the GUI thread calls this when Cancel is pressed)."""
        self._cancelled.set()


def progress_dialog(
    parent: QWidget, labels: Sequence[str], title: str, name: str, accessible: str, show_after_ms: int = 0
) -> QProgressDialog:
    """A window-modal busy dialog (range set later) showing the first of ``labels``.

    With ``show_after_ms`` 0 it is shown and painted at once (the next steps may hold the GIL);
    otherwise Qt shows it once that time has passed in the event loop, unless it is closed first.
    """
    dialog = QProgressDialog(labels[0], QApplication.translate("OpenProgress", "Cancel"), 0, 0, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(accessible)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(show_after_ms)  # arms QProgressDialog's own timer that shows it
    if not show_after_ms:
        dialog.show()
        QApplication.processEvents()
    return dialog


def close_dialog(dialog: QProgressDialog) -> None:
    """Close for good: ``reset`` stops the timer that would otherwise still show it later."""
    dialog.reset()
    dialog.close()
    dialog.deleteLater()


@contextmanager
def busy(parent: QWidget, label: str, title: str, name: str, accessible: str) -> Iterator[None]:
    """A progress dialog without Cancel while the GUI thread does work that cannot stop halfway.

    Rebuilding the views of a big map takes seconds on the GUI thread; the dialog, painted
    before the work starts, says what is going on instead of a blank, frozen window.
    """
    dialog = progress_dialog(parent, [label], title, name, accessible)
    dialog.setCancelButton(None)  # None removes the button
    QApplication.processEvents()
    try:
        yield
    finally:
        close_dialog(dialog)


def run_in_background(
    parent: QWidget,
    work: Callable[[Reporter], T],
    *,
    labels: Sequence[str],
    title: str,
    name: str,
    accessible: str,
    show_after_ms: int = 500,
) -> T | None:
    """Run ``work(reporter)`` in a thread; return its result, or None if the user cancelled.

    Args:
        parent: the window the dialog is modal to.
        work: pure work; it may call ``reporter(done, total)`` and should stop (by raising)
            when that returns False. It must not return None.
        labels: the dialog's text for each phase (``reporter.start_phase``).
        title: the dialog's window title.
        name: the dialog's objectName (tests and the worker thread's name use it).
        accessible: the dialog's accessible name.
        show_after_ms: how long the work may run before the dialog shows (0: at once).

    Raises:
        Whatever ``work`` raised, on the GUI thread, unless the user had cancelled.
    """
    reporter = Reporter()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work(reporter)
        except BaseException as exc:  # handed to the GUI thread, which re-raises it
            outcome["error"] = exc

    dialog = progress_dialog(parent, labels, title, name, accessible, show_after_ms)
    dialog.canceled.connect(reporter.cancel)  # the worker hears of it at its next report
    started = time.monotonic()
    worker = threading.Thread(target=run, name=f"cxmapper-{name}", daemon=True)
    worker.start()
    try:
        while worker.is_alive() and not dialog.wasCanceled():
            if not dialog.isVisible() and (time.monotonic() - started) * 1000 >= show_after_ms:
                dialog.show()  # Qt's own timer may be late while the worker holds the GIL
            if dialog.isVisible():
                _show_progress(dialog, labels, reporter)
                flags = QEventLoop.ProcessEventsFlag.AllEvents
            else:
                # Paint, but keep clicks and keys for later: the work reads the document.
                flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            QApplication.processEvents(flags, 50)
            worker.join(0.03)
        if dialog.isVisible():
            QApplication.processEvents()  # a Cancel click that arrived while the work held the GIL
        if dialog.wasCanceled():
            # The worker stops at its next report (an export before it writes its file); its
            # result is dropped. Waiting for it could take the half minute openpyxl needs to
            # compress 20,000 rows, so Cancel answers at once instead.
            reporter.cancel()
            return None
    finally:
        close_dialog(dialog)
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    result = outcome["result"]
    return result  # type: ignore[return-value]


def _show_progress(dialog: QProgressDialog, labels: Sequence[str], reporter: Reporter) -> None:
    label = labels[min(reporter.phase, len(labels) - 1)]
    if dialog.labelText() != label:
        dialog.setLabelText(label)
    done, total = reporter.done, reporter.total
    if dialog.maximum() != total:
        dialog.setRange(0, total)  # 0 to 0: busy, while the size is unknown
    if total and dialog.value() != done:
        dialog.setValue(min(done, total))
