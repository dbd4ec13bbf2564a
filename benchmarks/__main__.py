"""The whole-window benchmark suite: ``python -m benchmarks [--quick] [--json] [--sizes ...]``.

Generated maps of 1,000, 10,000 and 50,000 cards (see `benchmarks.common.generated_project`);
each case is printed beside its floor, measured in the same process and run, as the median
of several repeats. ``--quick`` runs the 1,000-card map only, in under a minute, which is what
CI runs so the suite keeps working; it never fails on timing (figures are reports, not tests,
and the CI machine is shared).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

# Autosave copies and settings go to a throw-away folder, never the user's.
_TMP = tempfile.TemporaryDirectory(prefix="cxmapper-bench-")
os.environ["XDG_DATA_HOME"] = _TMP.name
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (1_000, 10_000, 50_000)


def main(argv: list[str] | None = None) -> int:
    """Run the suite and print a table (or one JSON object per line with ``--json``)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the 1,000-card map only, fewer repeats")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--sizes", help="comma-separated map sizes (default 1000,10000,50000)")
    parser.add_argument("--only", help="comma-separated groups: storage,window,export,process")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([1_000] if args.quick else list(SIZES))
    groups = set(args.only.split(",")) if args.only else {"storage", "window", "export", "process"}

    from PySide6.QtWidgets import QApplication

    from benchmarks.common import HEADER, generated_project, machine
    from benchmarks.export import export_cases
    from benchmarks.process import memory_case, startup_case
    from benchmarks.storage import storage_cases
    from benchmarks.window import window_cases

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def emit(results: list) -> None:  # type: ignore[type-arg]
        for result in results:
            print(result.to_json() if args.json else result.to_row(), flush=True)

    if not args.json:
        print(f"machine: {machine()}")
        print("medians of repeats; the machine may be shared, so compare ratios, not absolute times")
        print(HEADER, flush=True)
    for n in sizes:
        quick = args.quick or n <= 1_000
        repeat = 7 if n <= 1_000 else 5 if n <= 10_000 else 3
        project = generated_project(n)
        if "storage" in groups:
            emit(storage_cases(project, repeat=3 if quick else repeat))
        if "window" in groups:
            emit(window_cases(project, repeat=15 if n <= 10_000 else 9, open_repeat=3))
        if "export" in groups:
            # Big exports run once, without a warm-up (minutes each at 50,000 cards).
            emit(
                export_cases(project, repeat=1 if args.quick or n > 1_000 else 3, warmup=not args.quick and n <= 1_000)
            )
        if "process" in groups:
            emit([memory_case(n)])
    if "process" in groups:
        emit([startup_case(repeat=3 if args.quick else 5)])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
