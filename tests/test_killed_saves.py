"""Temporary files of saves killed mid-write go at the next save or open, once their writer is dead.

Real processes save a map with `storage.save` and are SIGKILLed while the temporary file is
being flushed (``os.fsync`` is made to stall, so the kill lands inside the write every time).
The writer's pid and start time are in the temporary file's name; the next save in that
folder removes the ones whose writer is gone and keeps one whose writer is still saving.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cxmapper.model import storage
from cxmapper.model.library import template

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

STALLED_SAVE = r"""
import os, sys, time
from cxmapper.model import storage
from cxmapper.model.library import template

def stall(fd):
    print("writing", flush=True)
    time.sleep(120)

os.fsync = stall  # the bytes are written; the kill comes before the rename
storage.save(template("clothing-shop", "es"), sys.argv[1])
"""


def _stalled_save(path: Path) -> subprocess.Popen[str]:
    saver = subprocess.Popen(
        [sys.executable, "-c", STALLED_SAVE, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert saver.stdout is not None
    assert saver.stdout.readline().strip() == "writing"
    return saver


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_next_save_removes_what_five_killed_saves_left(tmp_path: Path) -> None:
    path = tmp_path / "botiga.cxmap"
    storage.save(template("clothing-shop", "ca"), path)
    for _ in range(5):
        saver = _stalled_save(path)
        saver.send_signal(signal.SIGKILL)
        saver.communicate(timeout=30)
        assert saver.returncode == -signal.SIGKILL
    left = _temps(tmp_path)
    assert len(left) == 5  # each killed save left its (complete, unrenamed) temporary file
    assert all(name.startswith(".botiga.cxmap.") for name in left)
    assert storage.load(path).title == template("clothing-shop", "ca").title  # the map itself is intact

    # A sixth save is still running in another process while we save: its file stays.
    running = _stalled_save(path)
    try:
        (live,) = set(_temps(tmp_path)) - set(left)
        edited = template("clothing-shop", "ca")
        edited.title = "Desat després de cinc morts"
        storage.save(edited, path)
        assert _temps(tmp_path) == [live]
    finally:
        running.kill()
        running.communicate(timeout=30)
    # Once that writer is dead too, the next save leaves no temporary file at all.
    storage.save(edited, path)
    assert _temps(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["botiga.cxmap", "botiga.cxmap.bak"]
    assert storage.load(path).title == "Desat després de cinc morts"


def test_sweep_keeps_what_it_cannot_judge(tmp_path: Path) -> None:
    storage.save(template("blank", "en"), tmp_path / "m.cxmap")
    dead = _stalled_save(tmp_path / "other.cxmap")
    dead.kill()
    dead.communicate(timeout=30)
    (dead_temp,) = _temps(tmp_path)
    # From another computer (host hash differs), with a pid that is dead here: not ours to judge.
    foreign = tmp_path / dead_temp.replace(dead_temp.split(".")[-3].split("-")[0], "00000000", 1)
    (tmp_path / dead_temp).rename(foreign)
    # Written by this very process (a save in progress in another thread): kept.
    mine = storage._temp_prefix("m.cxmap") + "abcdefgh.tmp"
    (tmp_path / mine).write_bytes(b"{")
    assert storage.sweep_dead_temps(tmp_path) == 0
    assert _temps(tmp_path) == sorted([foreign.name, mine])
    # A foreign one is judged by age after all.
    old = os.stat(foreign).st_mtime - 2 * storage.STALE_TEMP_SECONDS
    os.utime(foreign, (old, old))
    assert storage.sweep_dead_temps(tmp_path) == 1
    assert _temps(tmp_path) == [mine]


def test_long_map_names_still_save(tmp_path: Path) -> None:
    # 249 bytes of name: the temporary name is cut, not refused for length.
    path = tmp_path / ("ç" * 121 + "x.cxmap")
    assert len(path.name.encode()) == 249
    storage.save(template("blank", "ca"), path)
    assert storage.load(path).title == template("blank", "ca").title
    assert _temps(tmp_path) == []
