"""The safety net inside the real window: lock files, changes on disk, autosave and recovery."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from cxmapper.commands import EditDetails
from cxmapper.model import storage
from cxmapper.model.filelock import LockOwner
from cxmapper.model.library import template
from cxmapper.model.recovery import RecoveryEntry, RecoveryStore
from cxmapper.ui.main_window import MainWindow, build_main_window, restore_recovered_maps
from cxmapper.ui.safety import LockChoice, RecoveryChoice, fingerprint
from tests.test_ui_main_window import FakeDialogs

pytestmark = pytest.mark.gui


class SafetyDialogs(FakeDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.lock_answer = LockChoice.READ_ONLY
        self.reload_answer = False
        self.overwrite_answer = False
        self.recovery_answer = RecoveryChoice.RESTORE
        self.lock_asks: list[tuple[Path, LockOwner | None]] = []
        self.reload_asks: list[tuple[str, bool]] = []
        self.overwrite_asks: list[str] = []
        self.recovery_asks: list[RecoveryEntry] = []

    def ask_lock(self, parent: Any, path: Path, owner: LockOwner | None) -> LockChoice:
        self.lock_asks.append((path, owner))
        return self.lock_answer

    def ask_reload(self, parent: Any, map_name: str, has_changes: bool) -> bool:
        self.reload_asks.append((map_name, has_changes))
        return self.reload_answer

    def confirm_overwrite_changed(self, parent: Any, map_name: str) -> bool:
        self.overwrite_asks.append(map_name)
        return self.overwrite_answer

    def ask_recovery(self, parent: Any, entry: RecoveryEntry) -> RecoveryChoice:
        self.recovery_asks.append(entry)
        return self.recovery_answer


@pytest.fixture
def make(qtbot, tmp_path: Path):
    def build(path: Path | None = None, **kwargs: Any) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(path, settings=settings, dialogs=SafetyDialogs(), lang="en", **kwargs)
        qtbot.addWidget(window)
        return window

    return build


def answers(window: MainWindow) -> SafetyDialogs:
    assert isinstance(window.dialogs, SafetyDialogs)
    return window.dialogs


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    return path


def test_second_process_opening_the_map_is_told_and_can_open_read_only(make, map_file: Path) -> None:
    # Another cxmapper (a real second process) holds the lock.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from cxmapper.model.filelock import FileLock; "
            "lock = FileLock(sys.argv[1]); print(lock.acquire().name, flush=True); time.sleep(60)",
            str(map_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "OWNED"
        window = make()
        assert window.open_file(map_file)
        asked = answers(window).lock_asks
        assert len(asked) == 1 and asked[0][1] is not None and asked[0][1].pid == holder.pid
        assert window.read_only
        # Save goes to Save As, never over the file the other process has open.
        window.undo_stack.push(EditDetails(window.document, {"title": "Mine"}))
        answers(window).save_path = map_file.with_name("copy.cxmap")
        before = map_file.read_bytes()
        assert window.save()
        assert map_file.read_bytes() == before
        assert storage.load(map_file.with_name("copy.cxmap")).title == "Mine"
        assert not window.read_only
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_cancel_at_the_lock_question_does_not_open(make, map_file: Path) -> None:
    first = make(map_file)
    assert first.has_map
    second = make()
    answers(second).lock_answer = LockChoice.CANCEL
    assert not second.open_file(map_file)
    assert not second.has_map
    first.close_map()
    third = make()
    assert third.open_file(map_file)  # released on close: no question this time
    assert answers(third).lock_asks == []


def _write_elsewhere(path: Path, title: str) -> None:
    other = storage.load(path)
    other.title = title
    time.sleep(0.05)
    storage.save(other, path)


def test_external_change_offers_reload(qtbot, make, map_file: Path) -> None:
    window = make(map_file)
    answers(window).reload_answer = True
    _write_elsewhere(map_file, "Changed by a colleague")
    qtbot.waitUntil(lambda: bool(answers(window).reload_asks), timeout=5000)
    assert answers(window).reload_asks[0] == ("botiga.cxmap", False)
    assert window.document.project.title == "Changed by a colleague"


def test_keep_mine_then_save_asks_before_overwriting(qtbot, make, map_file: Path) -> None:
    window = make(map_file)
    window.undo_stack.push(EditDetails(window.document, {"title": "My version"}))
    _write_elsewhere(map_file, "Their version")
    qtbot.waitUntil(lambda: bool(answers(window).reload_asks), timeout=5000)
    assert answers(window).reload_asks[0][1] is True  # the question mentions unsaved changes
    assert window.document.project.title == "My version"
    answers(window).overwrite_answer = False
    assert not window.save()
    assert storage.load(map_file).title == "Their version"
    answers(window).overwrite_answer = True
    assert window.save()
    assert storage.load(map_file).title == "My version"


def test_a_save_is_known_as_ours_without_reading_the_file_back(
    qtbot, make, map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make(map_file)
    window.undo_stack.push(EditDetails(window.document, {"title": "Desada · l·l"}))
    reads: list[Path] = []
    real_read_bytes = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    assert window.save()
    assert map_file not in reads
    monkeypatch.undo()
    on_disk = map_file.read_bytes()
    # The watcher's record and the next merge's ancestor are exactly the file on disk, so
    # our own save is neither reported as a change by another program nor merged with itself.
    assert window.watcher._known == fingerprint(map_file)
    assert window.team._base == on_disk
    assert not window.watcher.changed_since_load()


def test_unsaved_changes_are_autosaved_and_removed_on_save(qtbot, make, map_file: Path) -> None:
    window = make(map_file)
    assert not window.autosave.has_copy
    window.undo_stack.push(EditDetails(window.document, {"title": "Autosaved title"}))
    qtbot.waitUntil(lambda: window.autosave.has_copy, timeout=10_000)
    copies = list(RecoveryStore().folder.glob("*.cxmap"))
    assert any(storage.load(c).title == "Autosaved title" for c in copies)
    assert window.save()
    assert not window.autosave.has_copy


def test_start_up_restores_a_crashed_session(qtbot, make, tmp_path: Path, map_file: Path) -> None:
    # A session that died: a real process writes its autosave copy and exits without cleaning up.
    edited = storage.load(map_file)
    edited.title = "Work from the workshop"
    edited_file = tmp_path / "edited.json"
    edited_file.write_bytes(storage.dumps(edited))
    code = (
        "import sys; from cxmapper.model import storage; from cxmapper.model.recovery import RecoveryStore; "
        "RecoveryStore().write('crashed-session', storage.load(sys.argv[1]), sys.argv[2])"
    )
    subprocess.run([sys.executable, "-c", code, str(edited_file), str(map_file)], check=True, env=os.environ.copy())
    window = make()
    extra = restore_recovered_maps(window)
    assert extra == []
    assert [e.title for e in answers(window).recovery_asks] == ["Work from the workshop"]
    assert window.has_map and window.document.project == edited
    assert window.document.path == map_file
    assert not window.undo_stack.isClean()  # restored work is unsaved until the user saves it
    assert window.save()
    assert storage.load(map_file).title == "Work from the workshop"
    assert RecoveryStore().entries() == []
