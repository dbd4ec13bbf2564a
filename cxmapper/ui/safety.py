"""The editor's safety net: autosave copies, changes made on disk by others, locks, recovery.

Controllers the main window attaches to its `Document` and `QUndoStack`; the facts they act on
live in the pure modules `cxmapper.model.recovery`, `cxmapper.model.filelock` and
`cxmapper.model.storage`. Nothing here changes the map: they write copies, watch files and
ask questions; the window decides what to show and do.

Where the window calls them:

* at start-up: ``offer_recovery(window, store)``; show each returned map with ``set_project``
  and then ``autosave.adopt(recovered.entry)``;
* on open: ``lock_or_readonly(path, window)`` before loading; keep ``decision.lock``;
* after every successful load or save: ``watcher.remember()``; before saving over a file,
  ``watcher.changed_since_load()``;
* on close (map or window, after the unsaved-changes question): ``autosave.close()`` when the
  window goes away, ``decision.lock.release()`` for the map.

User-visible strings use the "Safety" translation context. Depends on QtCore, QtGui (the undo
stack) and QtWidgets (the default message boxes only).
"""

from __future__ import annotations

import enum
import hashlib
import os
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QFileSystemWatcher, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from cxmapper.document import Document
from cxmapper.model import storage
from cxmapper.model.cardcache import Snapshot
from cxmapper.model.filelock import REFRESH_EVERY, FileLock, LockOwner, LockState
from cxmapper.model.project import Project
from cxmapper.model.recovery import RecoveryEntry, RecoveryStore, new_session_key
from cxmapper.serialiser import DocumentSerialiser

#: Autosave while there are unsaved changes, at least this often (milliseconds).
AUTOSAVE_INTERVAL_MS = 30_000
#: ...and this long after the last edit, so a pause in the work is always covered.
AUTOSAVE_IDLE_MS = 2_000
#: Maps with at least this many cards are autosaved in the background (see `AutosaveController`);
#: a smaller one serialises and writes in a few milliseconds, so its copy is written at once.
BACKGROUND_CARDS = 1_000
#: How long one slice of the first serialisation of a big map may hold the GUI thread (seconds).
FILL_SLICE_S = 0.008
#: How often the GUI thread looks whether a background write has finished (milliseconds).
WRITE_POLL_MS = 20
#: The one worker thread that writes big copies, for every window: writes run one after the
#: other, in the order they were started. It stays alive between writes, because starting a
#: thread makes the GUI thread wait for the new one to run; at exit Python waits for a write in
#: flight to finish.
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cxmapper-autosave")
#: File-system events come in bursts (temp file, rename, .bak); look once they settle.
WATCH_SETTLE_MS = 150


# Module-level functions have no self.tr(); each string is a literal
# QCoreApplication.translate("Safety", ...) call so that lupdate extracts it.


def plain_message_box(parent: QWidget | None, name: str, icon: QMessageBox.Icon, title: str) -> QMessageBox:
    """A message box that shows its texts literally.

    Map titles, file names and lock owners come from files; in Qt's default "auto" format a
    title such as ``<img src="/dev/zero">`` would be rendered as rich text and make Qt open
    that path. Plain text applies to the text and the informative text alike.
    """
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(icon)
    box.setWindowTitle(title)
    return box


# -- autosave -------------------------------------------------------------------------------------


class AutosaveController(QObject):
    """Keeps an autosave copy of the open map while it has unsaved changes.

    Writes a copy `idle_ms` after the last change and every `interval_ms` while the undo stack
    is not clean (only when something changed since the previous copy), and removes it when
    the stack becomes clean (saved, or every change undone) or on `close`. A failure to write
    (full disk) is reported through `failed` and retried at the next tick; it never raises.

    The bytes come from `serialiser`, which keeps every card's JSON between writes, so a copy
    costs the cards edited since the last one. On a map of `BACKGROUND_CARDS` or more the
    GUI thread only takes the snapshot (and, the first time, serialises the cards in slices of
    `FILL_SLICE_S` between events); joining the bytes and writing them, with the fsyncs, run
    on a worker thread, which reads nothing but that snapshot. One write runs at a time.
    `write_now`, `keep`, `close` and a clean stack first wait for a write in flight, so a copy
    is never written after it was removed, and a session that ends keeps its newest work;
    a process killed mid-write leaves the previous copy whole (`storage.write_atomic`).

    Signals:
        written(str): a copy was written (its path).
        failed(str): a copy could not be written (the reason, one line).
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        document: Document,
        undo_stack: QUndoStack,
        store: RecoveryStore,
        parent: QObject | None = None,
        *,
        interval_ms: int = AUTOSAVE_INTERVAL_MS,
        idle_ms: int = AUTOSAVE_IDLE_MS,
        session_key: str | None = None,
        background_cards: int = BACKGROUND_CARDS,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.store = store
        self.session_key = session_key or new_session_key()
        #: The map's file bytes, kept up to date card by card (the window's Save uses it too).
        self.serialiser = DocumentSerialiser(document, self)
        self._background_cards = background_cards
        self._generation = 0  # bumped on every change; compared with what the copy holds
        self._written_generation = -1
        self._has_copy = False
        self._superseded: list[RecoveryEntry] = []
        self._closed = False
        self._job: _WriteJob | None = None
        self._again = False  # a tick came while a write was in flight
        self._fill = QTimer(self)  # the next slice of a first serialisation, after pending events
        self._fill.setSingleShot(True)
        self._fill.setInterval(0)
        self._fill.timeout.connect(self.write_soon)
        self._poll = QTimer(self)
        self._poll.setInterval(WRITE_POLL_MS)
        self._poll.timeout.connect(self._on_poll)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.write_soon)
        self._periodic = QTimer(self)
        self._periodic.setInterval(interval_ms)
        self._periodic.timeout.connect(self.write_soon)
        # ~QUndoStack clears itself and emits from its destructor. If this controller held the
        # last reference to the stack, that happens while this object is being torn down, and
        # a bound-method slot would run on a half-destroyed wrapper (a crash in PySide). A weak
        # trampoline is already dead by then (weakrefs are cleared first) and does nothing.
        me = weakref.ref(self)
        undo_stack.indexChanged.connect(lambda _index: _call(me, "_on_changed"))
        undo_stack.cleanChanged.connect(lambda clean: _call(me, "_on_clean_changed", clean))
        undo_stack.destroyed.connect(lambda *_: _call(me, "_stop"))
        document.reset.connect(self._on_changed)
        if not undo_stack.isClean():
            self._on_changed()

    @property
    def has_copy(self) -> bool:
        """True while a copy of this session is on disk."""
        return self._has_copy

    @property
    def writing(self) -> bool:
        """True while a copy is being written on the worker thread."""
        return self._job is not None

    def write_now(self) -> bool:
        """Write the copy now, on this thread, if there are unsaved changes; True if one was written.

        A background write in flight is waited for first, so copies land in order; if it held
        the map as it is now, that copy is the answer.
        """
        if self._closed or self.undo_stack.isClean():
            return False
        self._wait()
        if self._has_copy and self._generation == self._written_generation:
            return True
        generation = self._generation
        project = self.document.project
        try:
            data = self.serialiser.dumps()
            path = self.store.write_bytes(self.session_key, data, project.title, self.document.path)
        except storage.CxmapFileError as exc:
            self.failed.emit(exc.reason)
            return False
        self._wrote(generation, path)
        return True

    def _wrote(self, generation: int, path: Path) -> None:
        self._written_generation = generation
        self._has_copy = True
        # Copies this session replaces (a restored crash copy) go only once ours is on disk.
        for entry in self._superseded:
            if entry.session_key != self.session_key:
                self.store.discard(entry)
        self._superseded.clear()
        self.written.emit(str(path))

    def _write_in_background(self) -> None:
        """Take a snapshot here and hand its join and write to a worker thread."""
        project = self.document.project
        job = _WriteJob(self._generation, self.serialiser.snapshot())
        store, key, title, source = self.store, self.session_key, project.title, self.document.path
        self._job = job
        job.future = _WORKER.submit(job.run, store, key, title, source)
        self._poll.start()

    def _wait(self) -> None:
        """Block until a write in flight has finished, and account for it."""
        job = self._job
        if job is not None:
            self._finish(job)

    def _finish(self, job: _WriteJob) -> None:
        job.future.result()  # returns at once when done; run() never raises
        self._job = None
        self._poll.stop()
        if job.error is not None:
            self.failed.emit(job.error)
        elif job.path is not None:
            self._wrote(job.generation, job.path)

    def adopt(self, entry: RecoveryEntry) -> None:
        """Take over a restored crash copy now shown in this window.

        Marks the map as modified (so closing asks to save it), writes this session's copy and
        only then deletes the old one, so there is no moment without a copy on disk.
        """
        self._superseded.append(entry)
        if self.undo_stack.isClean():
            self.undo_stack.resetClean()
        self._generation += 1
        self.write_now()

    def close(self) -> None:
        """Stop and delete this session's copy: the window is closing after save-or-discard."""
        self._stop()
        self._remove_copy()

    def keep(self) -> bool:
        """Write the copy of unsaved changes now and stop for good, leaving it for the next start.

        For a session that ends without the window being closed (a termination signal, the
        desktop logging out): nobody is asked whether to save, so the copy is what the next
        start offers. Returns True if the unsaved changes are on disk as a copy.
        """
        self._wait()
        if self._closed:
            return self._has_copy
        written = self.undo_stack.isClean() or (self._has_copy and self._generation == self._written_generation)
        if not written:
            written = self.write_now()
        self._stop()
        return written

    def _stop(self) -> None:
        """Stop for good but keep the copy (the stack went away without `close`: keep the work)."""
        self._closed = True
        for timer in (self._idle, self._periodic, self._fill, self._poll):
            if shiboken6.isValid(timer):
                timer.stop()

    # -- slots --------------------------------------------------------------------------------

    def _stack_gone(self) -> bool:
        """True once the undo stack's C++ side is being destroyed (a window dropped unclosed).

        ~QUndoStack clears itself and emits from its destructor, after PySide has already
        invalidated the Python wrapper: asking it anything then raises RuntimeError. The
        window (and this controller) go away with it, so stop quietly, keeping any copy.
        """
        if shiboken6.isValid(self.undo_stack):
            return False
        self._stop()
        return True

    def _on_changed(self, *args: object) -> None:
        if self._closed or self._stack_gone():
            return
        self._generation += 1
        if self.undo_stack.isClean():
            return
        self._idle.start()  # restarts: fires once the edits pause
        if not self._periodic.isActive():
            self._periodic.start()

    def write_soon(self) -> None:
        """Start a copy if the map changed since the last one, as the timers do; return at once.

        A small map is written here and now; a big one is snapshotted here and written on the
        worker thread (after its first serialisation, spread over event-loop turns). The
        outcome arrives as `written` or `failed`.
        """
        if self._closed or self._generation == self._written_generation or self.undo_stack.isClean():
            return
        if self._job is not None:
            self._again = True  # written as soon as the write in flight is done
            return
        if len(self.document.project.touchpoints) < self._background_cards:
            self.write_now()
        elif not self.serialiser.fill(FILL_SLICE_S):
            self._fill.start()  # the next slice after the events waiting, then here again
        else:
            self._write_in_background()

    def _on_poll(self) -> None:
        job = self._job
        if job is None or not job.future.done():
            return
        self._finish(job)
        if self._again:
            self._again = False
            self.write_soon()

    def _on_clean_changed(self, clean: bool) -> None:
        if self._closed or self._stack_gone():
            return
        if clean:
            self._idle.stop()
            self._periodic.stop()
            self._remove_copy()
        else:
            self._on_changed()

    def _remove_copy(self) -> None:
        self._wait()  # a copy still being written would otherwise appear after its removal
        self._fill.stop()
        self._again = False
        self.store.remove(self.session_key)
        self._has_copy = False
        self._written_generation = -1
        # The map a restored copy held has now been saved or deliberately dropped.
        for entry in self._superseded:
            self.store.discard(entry)
        self._superseded.clear()


class _WriteJob:
    """One autosave copy written on a worker thread: its snapshot in, its outcome out.

    The worker touches nothing but these fields and the files; the GUI thread reads the
    outcome only once `future` is done.
    """

    def __init__(self, generation: int, snapshot: Snapshot) -> None:
        self.generation = generation
        self.snapshot: Snapshot | None = snapshot
        self.future: Future[None] = Future()
        self.path: Path | None = None
        self.error: str | None = None

    def run(self, store: RecoveryStore, key: str, title: str, source: Path | None) -> None:
        """The worker's part: join the bytes (without the GIL) and write them atomically."""
        try:
            assert self.snapshot is not None
            data = self.snapshot.to_bytes()
            self.snapshot = None  # the pieces can go before the slow part
            self.path = store.write_bytes(key, data, title, source)
        except storage.CxmapFileError as exc:
            self.error = exc.reason
        except Exception as exc:  # any failure is reported, as a full disk is, never lost silently
            self.error = f"the autosave copy could not be written ({type(exc).__name__}: {exc})"


def _call(ref: weakref.ReferenceType[AutosaveController], name: str, *args: object) -> None:
    target = ref()
    if target is not None:
        getattr(target, name)(*args)


# -- changes made by other programs -------------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like: enough to tell another program's write from our own."""

    mtime_ns: int
    size: int
    inode: int
    sha256: str


def _same(a: Fingerprint | None, b: Fingerprint | None) -> bool:
    """Same contents (or both missing); the time and inode may differ."""
    return (a is None and b is None) or (a is not None and b is not None and a.sha256 == b.sha256)


def fingerprint(path: Path, data: bytes | None = None) -> Fingerprint | None:
    """Fingerprint a file, or None if it is missing or unreadable.

    ``data`` is the file's content when the caller has just written it, so a save of a big
    map does not read tens of megabytes back to hash them.
    """
    try:
        st = os.stat(path)
        digest = hashlib.sha256()
        if data is not None:
            digest.update(data)
        else:
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
    except (OSError, ValueError):
        return None
    return Fingerprint(st.st_mtime_ns, st.st_size, st.st_ino, digest.hexdigest())


class FileWatcher(QObject):
    """Notices when another program changes the open map's file.

    Keeps the fingerprint (mtime, size, SHA-256) of the file as last loaded or saved. A change
    is reported once per new state of the file (also when it is deleted). Our own saves are
    ignored: either `remember` was called after saving, or the file's bytes are exactly what
    saving the document writes. Editors and sync tools that replace a file by renaming a new
    one over it are followed (the path is watched again, and so is its folder).

    Signals:
        changed_on_disk(str): the file at this path is no longer what we loaded or saved.
    """

    changed_on_disk = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None, *, settle_ms: int = WATCH_SETTLE_MS) -> None:
        super().__init__(parent)
        self.document = document
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self._check)
        self._path: Path | None = None
        self._watched_inode: int | None = None
        self._known: Fingerprint | None = None
        # The last state reported, boxed so that "reported: deleted" differs from "nothing reported".
        self._reported: tuple[Fingerprint | None] | None = None
        self._stopped = False
        document.path_changed.connect(self.remember)
        self.remember()

    @property
    def path(self) -> Path | None:
        """The file being watched (the document's path when last remembered)."""
        return self._path

    def remember(self, data: bytes | None = None) -> None:
        """Record the file as it is now as ours: call after every successful load or save.

        ``data``: the bytes just saved, if the caller has them (else the file is read).
        """
        if self._stopped:
            return
        path = self.document.path
        if path != self._path:
            self._unwatch()
            self._path = path
        self._known = fingerprint(path, data) if path is not None else None
        self._reported = None
        self._watch()

    def stop(self) -> None:
        """Stop watching for good: the window is closed, so nothing may ask about the file.

        A closed window is only hidden and may live on (another window of the same map, a
        script holding it); without this its watcher would still pop up "changed by another
        program" when the other window saves.
        """
        self._stopped = True
        self._settle.stop()
        self._unwatch()

    def changed_since_load(self) -> bool:
        """True if the file on disk is not the one we loaded or saved (ask before overwriting it)."""
        if self._path is None:
            return False
        current = fingerprint(self._path)
        if current is None:
            return self._known is not None  # deleted or unreadable since
        if _same(current, self._known):
            return False
        if self._is_our_save(self._path):
            self._known = current
            return False
        return True

    # -- internals ------------------------------------------------------------------------------

    def _watch(self) -> None:
        """Watch the file and its folder; re-watch the file when its inode was replaced.

        After an atomic save the path names a new inode, while the watch may stay on the old
        one (still alive as the ``.bak`` hard link): inotify would then never see new writes.
        """
        if self._path is None:
            return
        file, folder = str(self._path), str(self._path.parent)
        try:
            inode: int | None = os.stat(file).st_ino
        except (OSError, ValueError):
            inode = None
        files = self._watcher.files()
        if file in files and inode != self._watched_inode:
            self._watcher.removePath(file)
            files = self._watcher.files()
        missing = [p for p in (file, folder) if p not in files and p not in self._watcher.directories()]
        missing = [p for p in missing if os.path.exists(p)]
        if missing:
            self._watcher.addPaths(missing)
        self._watched_inode = inode if file in self._watcher.files() else None

    def _unwatch(self) -> None:
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._watched_inode = None

    def _on_event(self, _path: str) -> None:
        if self._stopped:
            return
        # A rename over the file drops it from the watch list: add it back (once it exists).
        self._watch()
        self._settle.start()

    def _check(self) -> None:
        if self._stopped:
            return
        self._watch()
        if self._path is None:
            return
        known = self._known
        try:
            st = os.stat(self._path)
        except OSError:
            st = None
        if (
            st is not None
            and known is not None
            and (st.st_mtime_ns, st.st_size, st.st_ino)
            == (
                known.mtime_ns,
                known.size,
                known.inode,
            )
        ):
            return  # the folder changed (a lock, a .bak), not the file
        current = fingerprint(self._path)
        if _same(current, known):
            self._known = current  # touched, or copied back unchanged
            return
        if current is not None and self._is_our_save(self._path):
            self._known = current
            return
        if self._reported is not None and _same(current, self._reported[0]):
            return  # already told about this state of the file
        self._reported = (current,)
        self.changed_on_disk.emit(str(self._path))

    def _is_our_save(self, path: Path) -> bool:
        """True if the file holds exactly what saving the document now would write."""
        try:
            with open(path, "rb") as fh:
                raw = fh.read(storage.MAX_FILE_BYTES + 1)
        except OSError:
            return False
        try:
            return raw == storage.dumps(self.document.project)
        except Exception:  # a model that cannot be dumped is not what is on disk
            return False


# -- files that cannot be written ---------------------------------------------------------------


def describe_unwritable(reason: str) -> str:
    """Say in the user's language why a map cannot be saved where it is (`storage.check_writable`).

    The causes a user can act on differently each get their own sentence; anything else (a
    missing folder, a full disk) is shown as `storage` words it.
    """
    known = {
        storage.READ_ONLY_FILE: QCoreApplication.translate("Safety", "The file is read-only."),
        storage.IMMUTABLE_FILE: QCoreApplication.translate(
            "Safety", "The file is marked immutable: no program may change or replace it."
        ),
        storage.READ_ONLY_FOLDER: QCoreApplication.translate(
            "Safety", "The folder is read-only: no file can be saved in it."
        ),
        storage.IMMUTABLE_FOLDER: QCoreApplication.translate(
            "Safety", "The folder is marked immutable: no file can be saved in it."
        ),
        storage.READ_ONLY_DISK: QCoreApplication.translate("Safety", "The disk is read-only."),
    }
    return known.get(reason, reason)


def offer_save_as_message_box(parent: QWidget | None, map_name: str, reason: str) -> bool:
    """The default question when a map cannot be saved where it is: True for Save As."""
    box = plain_message_box(
        parent, "cannotSaveHereBox", QMessageBox.Icon.Warning, QCoreApplication.translate("Safety", "Cannot Save Here")
    )
    box.setText(QCoreApplication.translate("Safety", "“%s” cannot be saved where it is.") % map_name)
    box.setInformativeText(
        reason + "\n\n" + QCoreApplication.translate("Safety", "Save it under another name or in another folder?")
    )
    save_as = box.addButton(QCoreApplication.translate("Safety", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return box.clickedButton() is save_as


# -- locks --------------------------------------------------------------------------------------


class LockChoice(enum.Enum):
    """The answer to "this map is open elsewhere"."""

    READ_ONLY = "read-only"
    OPEN_ANYWAY = "open-anyway"
    CANCEL = "cancel"


class MapLock(QObject):
    """Holds the lock of an open map and keeps it fresh; `release` when the map is closed."""

    def __init__(self, lock: FileLock, parent: QObject | None = None, *, refresh_ms: int | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms or int(REFRESH_EVERY.total_seconds() * 1000))
        self._timer.timeout.connect(lock.refresh)
        if lock.owned:
            self._timer.start()

    @property
    def owned(self) -> bool:
        """True while the lock is held."""
        return self.lock.owned

    def release(self) -> None:
        """Remove the lock file (if it is still ours) and stop refreshing it."""
        self._timer.stop()
        self.lock.release()


@dataclass
class OpenDecision:
    """What `lock_or_readonly` found and the user chose."""

    #: False when the user cancelled: do not open the map.
    proceed: bool
    #: Open without allowing Save (Save As stays possible).
    read_only: bool = False
    #: The held lock, to release on close; None when there is none (read-only, lockless, cancel).
    lock: MapLock | None = None
    #: A translated one-liner for the status bar ("" when all is normal).
    message: str = ""


AskLock = Callable[[Path, LockOwner | None], LockChoice]


def describe_owner(owner: LockOwner | None) -> str:
    """Say who holds a lock, for a message box."""
    if owner is None:
        return QCoreApplication.translate("Safety", "another cxmapper (it did not say who)")
    if owner.is_this_process():
        return QCoreApplication.translate("Safety", "this cxmapper, in another window")
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(owner.time.timestamp())), QLocale.FormatType.ShortFormat)
    user = owner.user or QCoreApplication.translate("Safety", "someone")
    host = owner.host or QCoreApplication.translate("Safety", "an unknown computer")
    return QCoreApplication.translate("Safety", "%(user)s on %(host)s, since %(time)s") % {
        "user": user,
        "host": host,
        "time": when,
    }


def ask_lock_message_box(parent: QWidget | None, path: Path, owner: LockOwner | None) -> LockChoice:
    """The default question when a map is already open elsewhere."""
    box = plain_message_box(
        parent, "mapLockedBox", QMessageBox.Icon.Warning, QCoreApplication.translate("Safety", "Map Already Open")
    )
    box.setText(
        QCoreApplication.translate("Safety", "“%s” is already open by %s.") % (path.name, describe_owner(owner))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Safety",
            "If you both edit it, one of you will overwrite the other's changes. Open a read-only view instead?",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("Safety", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    anyway = box.addButton(QCoreApplication.translate("Safety", "Open &Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if clicked is anyway:
        return LockChoice.OPEN_ANYWAY
    return LockChoice.CANCEL


def lock_or_readonly(
    path: str | os.PathLike[str],
    parent: QWidget | None = None,
    ask: AskLock | None = None,
) -> OpenDecision:
    """Lock a map before opening it, or ask what to do when it is open elsewhere.

    Call before loading ``path``. Stale locks of crashed sessions are taken over silently. In a
    folder where no lock can be made the map opens normally and `OpenDecision.message` says so.
    """
    target = Path(path)
    lock = FileLock(target)
    state = lock.acquire()
    if state is LockState.OWNED:
        return OpenDecision(proceed=True, lock=MapLock(lock, parent))
    if state is LockState.LOCKLESS:
        return OpenDecision(
            proceed=True, message=QCoreApplication.translate("Safety", "Opened without a lock: %s") % lock.reason
        )
    choice = (ask or (lambda p, o: ask_lock_message_box(parent, p, o)))(target, lock.owner)
    if choice is LockChoice.READ_ONLY:
        return OpenDecision(
            proceed=True,
            read_only=True,
            message=QCoreApplication.translate("Safety", "Read-only: the map is open elsewhere"),
        )
    if choice is LockChoice.OPEN_ANYWAY:
        return OpenDecision(
            proceed=True, message=QCoreApplication.translate("Safety", "The map is also open elsewhere")
        )
    return OpenDecision(proceed=False)


# -- recovery after a crash ---------------------------------------------------------------------


class RecoveryChoice(enum.Enum):
    """The answer for one autosave copy at start-up."""

    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


@dataclass(frozen=True)
class RecoveredMap:
    """A map brought back from an autosave copy; hand ``entry`` to `AutosaveController.adopt`."""

    project: Project
    entry: RecoveryEntry

    @property
    def original_path(self) -> Path | None:
        """Where the map was saved before the crash (None for a map never saved)."""
        return self.entry.original_path


AskRecovery = Callable[[RecoveryEntry], RecoveryChoice]
Warn = Callable[[RecoveryEntry, str], None]


def describe_entry(entry: RecoveryEntry) -> str:
    """One line for an autosave copy: its title, when it was written, where the map lives."""
    title = entry.title or QCoreApplication.translate("Safety", "Untitled")
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(entry.time.timestamp())), QLocale.FormatType.ShortFormat)
    where = str(entry.original_path) if entry.original_path else QCoreApplication.translate("Safety", "never saved")
    return QCoreApplication.translate("Safety", "“%(title)s”, autosaved %(time)s (%(where)s)") % {
        "title": title,
        "time": when,
        "where": where,
    }


def ask_recovery_message_box(parent: QWidget | None, entry: RecoveryEntry) -> RecoveryChoice:
    """The default start-up question for one autosave copy."""
    box = plain_message_box(
        parent, "recoveryBox", QMessageBox.Icon.Question, QCoreApplication.translate("Safety", "Recover Unsaved Map")
    )
    box.setText(QCoreApplication.translate("Safety", "cxmapper closed unexpectedly. An autosaved copy was found:"))
    box.setInformativeText(describe_entry(entry))
    restore = box.addButton(QCoreApplication.translate("Safety", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Safety", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(QCoreApplication.translate("Safety", "Ask &Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return RecoveryChoice.RESTORE
    if clicked is discard:
        return RecoveryChoice.DISCARD
    return RecoveryChoice.LATER


def _warn_message_box(parent: QWidget | None, entry: RecoveryEntry, reason: str) -> None:
    box = plain_message_box(
        parent,
        "recoveryFailedBox",
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Safety", "Could Not Recover Map"),
    )
    box.setText(QCoreApplication.translate("Safety", "%s could not be restored: %s") % (describe_entry(entry), reason))
    box.exec()


def offer_recovery(
    parent: QWidget | None,
    store: RecoveryStore,
    ask: AskRecovery | None = None,
    warn: Warn | None = None,
) -> list[RecoveredMap]:
    """At start-up, offer each autosave copy left by a crash; return the ones to show.

    Restored copies are claimed by this process and stay on disk until the window's
    `AutosaveController.adopt` has written their successor, so a second crash cannot lose them.
    Discarded copies are deleted; "later" leaves them for the next start. A copy that cannot be
    read is reported through ``warn`` and left on disk.
    """
    asker = ask or (lambda entry: ask_recovery_message_box(parent, entry))
    warner = warn or (lambda entry, reason: _warn_message_box(parent, entry, reason))
    recovered: list[RecoveredMap] = []
    for entry in store.entries():
        choice = asker(entry)
        if choice is RecoveryChoice.DISCARD:
            store.discard(entry)
        elif choice is RecoveryChoice.RESTORE:
            try:
                project = store.restore(entry)
            except storage.CxmapFileError as exc:
                warner(entry, exc.reason)
                continue
            store.claim(entry)
            recovered.append(RecoveredMap(project, entry))
    return recovered
