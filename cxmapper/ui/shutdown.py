"""Ending the session without losing a map: termination signals and the desktop's log-out.

A desktop ends a program with SIGTERM (log-out, shut-down, a task manager's "End"), SIGHUP (its
terminal went away) or SIGINT (Ctrl+C in a terminal), and an X11 or Windows session manager
first asks it to save through `QGuiApplication.commitDataRequest`. None of these closes the
windows, so the usual "save the changes?" question never comes. Instead, for every open map:

* on a signal: its unsaved changes are written as an autosave copy at once (the next start
  offers it), its lock is released (so other computers do not see the map "already open" for
  a day), and the event loop ends; the process then dies of the same signal, as the one who
  sent it expects;
* on the session manager's request: the copies are written, and nothing else happens, since
  the log-out may still be cancelled (if it is not, the session ends the program with a
  signal, or by quitting, which `SessionGuard` also covers).

Python runs a signal handler only between bytecodes, and while Qt's event loop waits no Python
runs, so a plain handler would wait for the next timer (or forever). The usual remedy is used:
`signal.set_wakeup_fd` makes the C-level handler write the signal number into one end of a
socket pair, and a `QSocketNotifier` on the other end wakes the event loop, which runs our slot.

Depends on QtCore, QtGui (the session manager) and the main window; nothing depends on it
except `cxmapper.app`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
from collections.abc import Callable, Iterable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication, QSessionManager
from PySide6.QtWidgets import QApplication

from cxmapper.ui.main_window import MainWindow

#: The signals that end a session politely; those missing on this platform are skipped.
SESSION_SIGNALS: tuple[int, ...] = tuple(
    int(getattr(signal, name)) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def open_windows() -> list[MainWindow]:
    """Every editor window of this process (shown, hidden or closed but alive)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def keep_unsaved_maps(windows: Iterable[MainWindow] | None = None) -> int:
    """Write the autosave copy of every map with unsaved changes now; return how many are kept.

    The maps stay open and editable (the session manager may yet cancel the log-out).
    """
    kept = 0
    for window in open_windows() if windows is None else windows:
        if window.has_map and not window.undo_stack.isClean() and window.autosave.write_now():
            kept += 1
    return kept


def end_session(windows: Iterable[MainWindow] | None = None) -> None:
    """The session ends now: keep every unsaved map as a copy and release every lock."""
    for window in open_windows() if windows is None else windows:
        window.end_session()


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the work is done by the socket notifier's slot.

    It must exist all the same: the default ones raise KeyboardInterrupt (SIGINT) from inside
    whatever slot happens to run, or kill the process before the maps are kept.
    """


class SessionGuard(QObject):
    """Keeps the open maps when the session ends without the windows being closed.

    Create it once, right after the QApplication and before anything that could block (a
    start-up question); run the event loop with `exec`, which also finishes dying of the signal
    received, if any. `uninstall` restores the previous signal handlers (tests).

    Args:
        app: the application whose event loop ends and whose session manager is heard.
        signals: the signals handled (default: `SESSION_SIGNALS`).
        on_signal: what to do when one arrives (default: `end_session`).
        on_commit_data: what to do when the session manager asks to save
            (default: `keep_unsaved_maps`).
        quit_loop: how to end the event loop (default: ``QCoreApplication.exit(0)``).

    Attributes:
        received: the signal that ended the session, or None.
    """

    def __init__(
        self,
        app: QGuiApplication,
        parent: QObject | None = None,
        *,
        signals: Iterable[int] = SESSION_SIGNALS,
        on_signal: Callable[[], None] = end_session,
        on_commit_data: Callable[[], object] = keep_unsaved_maps,
        quit_loop: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.received: int | None = None
        self._on_signal = on_signal
        self._on_commit = on_commit_data
        # exit() ends every running loop, a modal question's too. It also makes every later
        # nested loop return at once until the main loop is entered again, so tests that
        # keep using the application pass their own.
        self._quit_loop = quit_loop or (lambda: QCoreApplication.exit(0))
        self._signals = tuple(signals)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        # A full socket (a storm of signals) must not print a warning from the C handler.
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous_handlers = {sig: signal.signal(sig, _ignore) for sig in self._signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        app.commitDataRequest.connect(self._on_commit_data_request)
        # A quit that did not close every window (the session manager's "die" on X11,
        # WM_ENDSESSION on Windows, a script calling quit()) keeps their maps the same way.
        app.aboutToQuit.connect(self._on_about_to_quit)
        self._installed = True

    def exec(self) -> int:
        """Run the event loop, then uninstall; if a signal ended it, die of that signal.

        A signal can arrive before the loop starts (during a start-up question): the loop is
        then not entered at all, since ``exit`` only ends loops that are already running.
        """
        try:
            status = self.app.exec() if self.received is None else 0
        finally:
            # The loop is over: the handlers go (a caller that runs the editor again, such as
            # a test, gets its own guard and the usual Ctrl+C back).
            self.uninstall()
        if self.received is not None:
            self.die()
        return status

    def die(self) -> None:
        """Terminate the process with the signal received, so its sender sees the usual status."""
        if self.received is None:
            return
        signum = self.received
        self.uninstall()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    def uninstall(self) -> None:
        """Put back the signal handlers and wake-up descriptor that were there before."""
        if not self._installed:
            return
        self._installed = False
        self._notifier.setEnabled(False)
        for sig, handler in self._previous_handlers.items():
            with contextlib.suppress(TypeError, ValueError):
                signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.commitDataRequest.disconnect(self._on_commit_data_request)
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.aboutToQuit.disconnect(self._on_about_to_quit)
        self._reader.close()
        self._writer.close()

    # -- slots --------------------------------------------------------------------------------

    def _on_wakeup(self, *_args: object) -> None:
        received: list[int] = []
        while True:
            try:
                data = self._reader.recv(256)
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                break
            if not data:
                break
            received.extend(b for b in data if b in self._signals)
        if not received or self.received is not None:
            return
        self.received = received[0]
        self._on_signal()
        self._quit_loop()

    def _on_commit_data_request(self, manager: QSessionManager) -> None:
        self._on_commit()

    def _on_about_to_quit(self) -> None:
        if self.received is None:
            self._on_signal()
