"""Cases that need a fresh process: start-up to the window shown, and peak memory.

Each child runs ``python -m benchmarks.process ROLE [N]`` and is timed from outside (start-up)
or prints its own peak resident memory (memory), so the figures hold the whole process:
interpreter, imports, Qt and the map. Floors are the same child doing the bare minimum.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only for annotations: the children must not import benchmarks.common (and with it the
    # model and pydantic), or the bare floor would carry cxmapper's imports.
    from benchmarks.common import Result

SAMPLE = "clothing-shop"

# Compiled bytecode for the children, kept out of the source tree: an installed cxmapper has its
# .pyc files (pip and the bundle compile them), so a start-up measured with
# PYTHONDONTWRITEBYTECODE=1 would time compiling 80 modules, which no user waits for.
_PYCACHE = tempfile.TemporaryDirectory(prefix="cxmapper-bench-pyc-")


def _child(role: str, n: int = 0) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE.name
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.process", role, str(n)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def _timed(role: str, repeat: int) -> float:
    _child(role)  # warm-up: bytecode written, files in the page cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        _child(role)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def startup_case(repeat: int) -> Result:
    """Process start to the window shown on a sample, against a bare QApplication + QMainWindow."""
    from benchmarks.common import Result
    from cxmapper.model.library import template

    cards = len(template(SAMPLE).touchpoints)
    floor = _timed("bare-start", repeat)
    real = _timed("start", repeat)
    return Result(f"process start to window shown ({SAMPLE})", cards, real, floor, 0.0, "bare QMainWindow process")


def memory_case(n: int) -> Result:
    """Peak memory of a process with the n-card map open, against one holding the bare scene."""
    from benchmarks.common import Result

    bare = float(_child("bare-memory", n))
    real = float(_child("memory", n))
    # The ratio of memory goes in the ms columns so it reads like every other case.
    return Result("peak memory with the map open (MB)", n, real, bare, real, "bare scene process")


def _main(role: str, n: int) -> None:
    """What a child process does (see the module doc)."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        if role == "start":
            # What the ``cxmapper`` launcher imports first (its environment, the command line and
            # the model), in its order, before any of Qt.
            import cxmapper.__main__  # noqa: F401
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QMainWindow

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        if role == "bare-start":
            app = QApplication(sys.argv[:1])
            window = QMainWindow()
            window.show()
            app.processEvents()
            window.grab()
        elif role == "start":
            from cxmapper.app import create_application
            from cxmapper.model.library import template

            app = create_application(sys.argv[:1], "en", settings=settings)
            from cxmapper.ui.main_window import build_main_window

            main = build_main_window(project=template(SAMPLE, "en"), settings=settings, lang="en")
            main.show()
            app.processEvents()
            main.grab()
            main.undo_stack.setClean()
        else:
            from benchmarks.common import generated_project, peak_mb

            app = QApplication(sys.argv[:1])
            project = generated_project(n)
            if role == "memory":
                from benchmarks.window import open_window

                open_window(project, settings).undo_stack.setClean()
            else:
                from benchmarks.window import open_bare

                open_bare(project)
            print(f"{peak_mb():.1f}")
        del app


if __name__ == "__main__":
    _main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
