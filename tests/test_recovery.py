"""Autosave store (pure), the Qt controllers that drive it, the file watcher, locks and the start-up prompt."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cxmapper.model import recovery, storage
from cxmapper.model.project import Project, Touchpoint, new_project
from cxmapper.model.recovery import RecoveryEntry, RecoveryStore


def edited_project(n: int = 2, title: str = "Botiga · ñ 😀") -> Project:
    p = new_project("ca", title=title)
    for i in range(n):
        p.touchpoints.append(Touchpoint(id=f"tp-{i}", title=f"T{i}", stage_id="stage-during", lane_id="lane-main"))
    return storage.loads(storage.dumps(p))


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """The pid of a process that has exited and been reaped: an owner that crashed."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True)
    return int(proc.stdout)


def orphan(store: RecoveryStore, key: str, pid: int, **meta: Any) -> None:
    """Make a written copy look as if its owner had died (or lived elsewhere)."""
    path = store.folder / f"{key}.json"
    data = json.loads(path.read_text())
    data.update(pid=pid, token=None, **meta)
    path.write_text(json.dumps(data))


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


# -- the store ---------------------------------------------------------------------------------


def test_default_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CXMAPPER_DATA_DIR", str(tmp_path))
    assert recovery.default_folder() == tmp_path / "recovery"
    assert RecoveryStore().folder == tmp_path / "recovery"
    monkeypatch.delenv("CXMAPPER_DATA_DIR")
    assert "cxmapper" in str(recovery.default_folder())


def test_write_entries_restore_discard(store: RecoveryStore, dead_pid: int, tmp_path: Path) -> None:
    project = edited_project()
    source = tmp_path / "botiga.cxmap"
    copy = store.write("s1", project, source)
    assert copy.is_file() and storage.load(copy) == project
    assert store.entries() == []  # this process is alive: its copies are not a crash's
    orphan(store, "s1", dead_pid)
    [entry] = store.entries()
    assert entry.title == "Botiga · ñ 😀"
    assert entry.original_path == source
    assert entry.recovery_path == copy
    assert entry.pid == dead_pid and entry.time.tzinfo is not None
    assert abs(time.time() - entry.time.timestamp()) < 60
    assert store.restore(entry) == project
    assert store.entries() == [entry]  # restoring alone deletes nothing
    store.discard(entry)
    assert store.entries() == [] and not any(store.folder.iterdir())


def test_map_never_saved(store: RecoveryStore, dead_pid: int) -> None:
    store.write("new-map", edited_project(title=""), None)
    orphan(store, "new-map", dead_pid)
    [entry] = store.entries()
    assert entry.original_path is None and entry.title == ""
    assert store.restore(entry).title == ""


def test_normal_close_removes_the_copy(store: RecoveryStore) -> None:
    store.write("s1", edited_project(), None)
    store.remove("s1")
    assert not any(store.folder.iterdir())
    store.remove("s1")  # twice is fine


def test_newest_first_and_rewrites_replace(store: RecoveryStore, dead_pid: int) -> None:
    store.write("a", edited_project(title="A"), None)
    orphan(store, "a", dead_pid, time="2025-01-01T10:00:00+00:00")
    store.write("b", edited_project(title="B1"), None)
    store.write("b", edited_project(title="B2"), None)
    orphan(store, "b", dead_pid)
    assert [e.title for e in store.entries()] == ["B2", "A"]
    assert len(list(store.folder.glob("*.cxmap"))) == 2


def test_copies_from_another_host_are_offered(store: RecoveryStore) -> None:
    store.write("s1", edited_project(), None)
    orphan(store, "s1", os.getpid(), host="the-other-laptop")
    assert [e.host for e in store.entries()] == ["the-other-laptop"]


def test_claim_hides_a_restored_copy_from_other_instances(store: RecoveryStore, dead_pid: int) -> None:
    store.write("s1", edited_project(), None)
    orphan(store, "s1", dead_pid)
    [entry] = store.entries()
    store.claim(entry)
    assert store.entries() == []


def test_copy_without_description_is_still_offered(store: RecoveryStore) -> None:
    store.write("s1", edited_project(title="Sola"), None)
    (store.folder / "s1.json").unlink()  # killed between writing the map and its description
    [entry] = store.entries()
    assert entry.title == "Sola" and entry.original_path is None


def test_leftovers_are_cleaned(store: RecoveryStore, dead_pid: int) -> None:
    store.write("s1", edited_project(), None)
    orphan(store, "s1", dead_pid)
    (store.folder / "s1.cxmap").unlink()  # a description whose map is gone
    temp = store.folder / ".s2.cxmap.abc123.tmp"
    temp.write_text("half a map")
    old = time.time() - 7200
    os.utime(temp, (old, old))
    assert store.entries() == []
    assert not any(store.folder.iterdir())


def test_session_keys_cannot_escape_the_folder(store: RecoveryStore) -> None:
    for bad in ("../evil", "a/b", "", ".hidden", "x" * 200):
        with pytest.raises(ValueError):
            store.write(bad, edited_project(), None)
    assert recovery.new_session_key() != recovery.new_session_key()


def test_failed_write_keeps_the_previous_copy(store: RecoveryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write("s1", edited_project(title="good"), None)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", full)
    with pytest.raises(storage.CxmapFileError, match="disk is full"):
        store.write("s1", edited_project(title="newer"), None)
    monkeypatch.undo()
    assert storage.load(store.folder / "s1.cxmap").title == "good"
    assert not [f for f in store.folder.iterdir() if f.name.endswith(".tmp")]


def test_damaged_copy_cannot_be_restored_but_is_kept(store: RecoveryStore, dead_pid: int) -> None:
    store.write("s1", edited_project(), None)
    orphan(store, "s1", dead_pid)
    (store.folder / "s1.cxmap").write_bytes(b'{"schema_version": 1, "sta')
    [entry] = store.entries()
    with pytest.raises(storage.CxmapFileError, match="truncated"):
        store.restore(entry)
    assert entry.recovery_path.exists()


def test_missing_folder_has_no_entries(tmp_path: Path) -> None:
    assert RecoveryStore(tmp_path / "none").entries() == []


def test_store_and_locks_do_not_import_qt() -> None:
    code = (
        "import sys, cxmapper.model.recovery, cxmapper.model.filelock; print(any('PySide6' in m for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- Qt controllers ------------------------------------------------------------------------------

if True:  # keep the Qt imports below the pure tests they do not concern
    from PySide6.QtGui import QUndoStack

    from cxmapper import commands as cmd
    from cxmapper.document import Document
    from cxmapper.model.filelock import LockOwner, lock_path_for
    from cxmapper.ui import safety
    from cxmapper.ui.safety import (
        AutosaveController,
        FileWatcher,
        LockChoice,
        RecoveryChoice,
        lock_or_readonly,
        offer_recovery,
    )


class Session:
    """A document, its stack and an autosave controller, as the main window wires them."""

    def __init__(self, store: RecoveryStore, path: Path | None = None, **timing: int) -> None:
        self.doc = Document(edited_project(), path)
        self.stack = QUndoStack()
        self.auto = AutosaveController(self.doc, self.stack, store, **timing)
        self.written: list[str] = []
        self.auto.written.connect(self.written.append)
        self.n = 0

    def edit(self) -> None:
        self.n += 1
        self.stack.push(cmd.EditDetails(self.doc, {"title": f"edit {self.n}"}))

    def copy(self, store: RecoveryStore) -> Project:
        return storage.load(store.folder / f"{self.auto.session_key}.cxmap")


@pytest.fixture
def session_factory(store: RecoveryStore) -> Iterator[Any]:
    made: list[Session] = []

    def make(path: Path | None = None, **timing: int) -> Session:
        s = Session(store, path, **timing)
        made.append(s)
        return s

    yield make
    for s in made:
        s.auto.close()


@pytest.mark.gui
def test_controller_writes_after_the_idle_delay(qtbot: Any, store: RecoveryStore, session_factory: Any) -> None:
    s = session_factory(interval_ms=60_000, idle_ms=50)
    s.edit()
    assert s.written == []  # not synchronously: edits in a burst cost one write
    s.edit()
    with qtbot.waitSignal(s.auto.written, timeout=3000):
        pass
    assert s.copy(store) == s.doc.project
    assert len(s.written) == 1


@pytest.mark.gui
def test_controller_writes_on_the_timer_while_edits_continue(
    qtbot: Any, store: RecoveryStore, session_factory: Any
) -> None:
    s = session_factory(interval_ms=150, idle_ms=60_000)
    deadline = time.monotonic() + 0.6
    while time.monotonic() < deadline:  # typing without a pause: the idle timer never fires
        s.edit()
        qtbot.wait(20)
    assert s.written, "the periodic timer must write during continuous editing"
    qtbot.waitUntil(lambda: s.copy(store) == s.doc.project, timeout=3000)


@pytest.mark.gui
def test_controller_skips_writes_when_nothing_changed(qtbot: Any, session_factory: Any) -> None:
    s = session_factory(interval_ms=50, idle_ms=20)
    s.edit()
    qtbot.waitUntil(lambda: len(s.written) == 1, timeout=3000)
    qtbot.wait(300)
    assert len(s.written) == 1


@pytest.mark.gui
def test_controller_removes_the_copy_when_clean(qtbot: Any, store: RecoveryStore, session_factory: Any) -> None:
    s = session_factory(interval_ms=60_000, idle_ms=20)
    s.edit()
    qtbot.waitUntil(lambda: s.auto.has_copy, timeout=3000)
    s.stack.setClean()  # what the window does after a successful save
    assert not s.auto.has_copy and not any(store.folder.iterdir())
    s.edit()
    qtbot.waitUntil(lambda: s.auto.has_copy, timeout=3000)
    s.stack.undo()  # back to the saved state: clean again
    assert not any(store.folder.iterdir())
    qtbot.wait(100)
    assert not any(store.folder.iterdir())


@pytest.mark.gui
def test_close_removes_the_copy_and_stops(qtbot: Any, store: RecoveryStore, session_factory: Any) -> None:
    s = session_factory(interval_ms=30, idle_ms=10)
    s.edit()
    qtbot.waitUntil(lambda: s.auto.has_copy, timeout=3000)
    s.auto.close()
    s.edit()
    qtbot.wait(150)
    assert not any(store.folder.iterdir())


@pytest.mark.gui
def test_write_failure_is_reported_not_raised(qtbot: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    s = Session(RecoveryStore(blocker / "recovery"), interval_ms=60_000, idle_ms=10)
    with qtbot.waitSignal(s.auto.failed, timeout=3000) as blocker_signal:
        s.edit()
    assert "autosave folder cannot be created" in blocker_signal.args[0]
    s.auto.close()


@pytest.mark.gui
def test_restored_copy_is_adopted_without_a_gap(
    qtbot: Any, store: RecoveryStore, dead_pid: int, session_factory: Any
) -> None:
    store.write("crashed", edited_project(title="lost work"), Path("/maps/shop.cxmap"))
    orphan(store, "crashed", dead_pid)
    asked: list[RecoveryEntry] = []

    def ask(entry: RecoveryEntry) -> RecoveryChoice:
        asked.append(entry)
        return RecoveryChoice.RESTORE

    [recovered] = offer_recovery(None, store, ask)
    assert [e.title for e in asked] == ["lost work"]
    assert recovered.project.title == "lost work" and recovered.original_path == Path("/maps/shop.cxmap")
    assert store.entries() == []  # claimed by this (live) process
    s = session_factory(interval_ms=60_000, idle_ms=60_000)
    s.doc.replace_project(recovered.project, recovered.original_path)
    s.auto.adopt(recovered.entry)
    assert not s.stack.isClean()  # closing the window will ask to save it
    names = sorted(p.name for p in store.folder.iterdir())
    assert names == sorted([f"{s.auto.session_key}.cxmap", f"{s.auto.session_key}.json"])
    assert s.copy(store).title == "lost work"


@pytest.mark.gui
def test_offer_recovery_discard_later_and_damaged(qtbot: Any, store: RecoveryStore, dead_pid: int) -> None:
    for key in ("a", "b", "c"):
        store.write(key, edited_project(title=key), None)
        orphan(store, key, dead_pid)
    (store.folder / "c.cxmap").write_bytes(b"{")
    answers = {"a": RecoveryChoice.DISCARD, "b": RecoveryChoice.LATER, "c": RecoveryChoice.RESTORE}
    warnings: list[str] = []
    recovered = offer_recovery(
        None, store, lambda e: answers[e.title or e.session_key], lambda e, why: warnings.append(why)
    )
    assert recovered == []
    assert len(warnings) == 1 and "invalid JSON" in warnings[0]
    assert sorted(e.session_key for e in store.entries()) == ["b", "c"]
    assert "never saved" in safety.describe_entry(store.entries()[0])


# -- file watcher --------------------------------------------------------------------------------


@pytest.fixture
def watched(tmp_path: Path) -> tuple[Document, Path]:
    path = tmp_path / "map.cxmap"
    project = edited_project()
    storage.save(project, path)
    return Document(storage.load(path), path), path


@pytest.mark.gui
def test_watcher_reports_an_atomic_replace_and_follows_the_new_file(qtbot: Any, watched: Any) -> None:
    doc, path = watched
    watcher = FileWatcher(doc, settle_ms=20)
    assert not watcher.changed_since_load()
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000) as seen:
        storage.save(edited_project(title="theirs"), path)  # another program, saving atomically
    assert seen.args == [str(path)]
    assert watcher.changed_since_load()
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000):
        path.write_bytes(storage.dumps(edited_project(title="theirs again")))  # in place, after a rename
    qtbot.wait(100)


@pytest.mark.gui
def test_watcher_ignores_our_own_saves(qtbot: Any, watched: Any) -> None:
    doc, path = watched
    watcher = FileWatcher(doc, settle_ms=20)
    doc.update_details(title="mine")
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=300):
        storage.save(doc.project, path)
        watcher.remember()
    doc.update_details(title="mine, again")
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=300):
        storage.save(doc.project, path)  # even if the window forgets to call remember()
    assert not watcher.changed_since_load()
    doc.update_details(title="unsaved edit")
    assert not watcher.changed_since_load()  # our edits are not a change on disk


@pytest.mark.gui
def test_watcher_reports_deletion_once(qtbot: Any, watched: Any) -> None:
    doc, path = watched
    watcher = FileWatcher(doc, settle_ms=20)
    seen: list[str] = []
    watcher.changed_on_disk.connect(seen.append)
    path.unlink()
    qtbot.waitUntil(lambda: seen == [str(path)], timeout=3000)
    assert watcher.changed_since_load()
    lock_path_for(path).write_text("{}")  # unrelated folder activity
    qtbot.wait(150)
    assert seen == [str(path)]


@pytest.mark.gui
def test_watcher_follows_save_as(qtbot: Any, watched: Any, tmp_path: Path) -> None:
    doc, path = watched
    watcher = FileWatcher(doc, settle_ms=20)
    other = tmp_path / "copy.cxmap"
    storage.save(doc.project, other)
    doc.set_path(other)
    assert watcher.path == other
    with qtbot.waitSignal(watcher.changed_on_disk, timeout=3000):
        storage.save(edited_project(title="theirs"), other)
    with qtbot.assertNotEmitted(watcher.changed_on_disk, wait=200):
        storage.save(edited_project(title="old file, no longer ours"), path)


# -- locks ---------------------------------------------------------------------------------------


@pytest.mark.gui
def test_lock_or_readonly(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "map.cxmap"
    storage.save(edited_project(), path)
    first = lock_or_readonly(path)
    assert first.proceed and not first.read_only and first.lock is not None and first.lock.owned
    owners: list[LockOwner | None] = []

    def ask(choice: LockChoice) -> Any:
        def answer(p: Path, owner: LockOwner | None) -> LockChoice:
            owners.append(owner)
            return choice

        return answer

    ro = lock_or_readonly(path, ask=ask(LockChoice.READ_ONLY))
    assert ro.proceed and ro.read_only and ro.lock is None and ro.message
    assert owners[0] is not None and owners[0].is_this_process()
    assert "another window" in safety.describe_owner(owners[0])
    assert not lock_or_readonly(path, ask=ask(LockChoice.CANCEL)).proceed
    anyway = lock_or_readonly(path, ask=ask(LockChoice.OPEN_ANYWAY))
    assert anyway.proceed and not anyway.read_only
    first.lock.release()
    assert not lock_path_for(path).exists()

    real_open = os.open

    def read_only_folder(p: Any, flags: int, *args: Any) -> int:
        if Path(p).name.startswith(".~lock."):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(p, flags, *args)

    from cxmapper.model import filelock

    monkeypatch.setattr(filelock.os, "open", read_only_folder)
    lockless = lock_or_readonly(path)
    assert lockless.proceed and lockless.lock is None and "read-only" in lockless.message


# -- the default message boxes show file-borne text literally ---------------------------------


def answer_box(qtbot: Any, button_text: str, seen: list[str]) -> None:
    """When the next modal box appears, record its texts, check they are plain, press a button."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    def handle() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, handle)
            return
        for label in box.findChildren(QLabel):
            if label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
                seen.append(label.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, handle)


@pytest.mark.gui
def test_default_recovery_box_shows_a_hostile_title_as_text(qtbot: Any, store: RecoveryStore, dead_pid: int) -> None:
    bait = '<img src="/dev/zero"><b>bold</b>'
    store.write("s1", edited_project(title=bait), None)
    orphan(store, "s1", dead_pid)
    seen: list[str] = []
    answer_box(qtbot, "Discard", seen)
    assert offer_recovery(None, store) == []
    assert any(bait in text for text in seen)
    assert store.entries() == []


@pytest.mark.gui
def test_default_lock_box_shows_a_hostile_owner_as_text(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "map.cxmap"
    storage.save(edited_project(), path)
    data = json.loads(LockOwner.me().to_json())
    data.update(host="other-laptop", user='<img src="/dev/zero">')
    lock_path_for(path).write_text(json.dumps(data))
    seen: list[str] = []
    answer_box(qtbot, "Open Read-Only", seen)
    decision = lock_or_readonly(path)
    assert decision.proceed and decision.read_only
    assert any('<img src="/dev/zero"> on other-laptop' in text for text in seen)
