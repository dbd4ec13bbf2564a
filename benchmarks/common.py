"""What every benchmark shares: generated maps, a median timer, results and the machine.

The maps are deterministic (the same ``n`` always gives the same file), spread over 8
stages in the three purchase phases and 3 lanes, in Spanish and Catalan with emoji, so text
shaping, font fallback and wrapping cost what they cost for real users.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint
from cxmapper.model.vocab import Channel, Control, Phase

#: Words spread over the cards' descriptions: the find bar case looks for one of them.
WORDS = ("botiga", "factura", "entrega", "devolución", "tienda", "cistella", "encuesta")
#: The word the find bar case types: one card in seven contains it.
FIND_WORD = "factura"


def generated_project(n: int, stages: int = 8, lanes: int = 3) -> Project:
    """A map with ``n`` touchpoints spread evenly over ``stages`` x ``lanes`` cells."""
    channels = list(Channel)
    phases = list(Phase)
    stage_list = [
        Stage(id=f"s{i}", name=f"Etapa {i} · l·l 🛒", phase=phases[i * len(phases) // stages]) for i in range(stages)
    ]
    lane_list = [Lane(id=f"l{i}", name=f"Carril {i} · client") for i in range(lanes)]
    tps = []
    counts: dict[tuple[int, int], int] = {}
    for i in range(n):
        s, ln = i % stages, (i // stages) % lanes
        order = counts.get((s, ln), 0)
        counts[(s, ln)] = order + 1
        tps.append(
            Touchpoint(
                id=f"tp-{i}",
                title=f"Punt de contacte {i}: reseñas y ¿opiniones? 😀",
                description=f"Descripció llarga amb accents: àèéíòóú ç ñ, {WORDS[i % len(WORDS)]}. " * 3,
                stage_id=f"s{s}",
                lane_id=f"l{ln}",
                order=order,
                channel=channels[i % len(channels)],
                control=Control.UNINTENTIONAL if i % 4 == 0 else Control.INTENTIONAL,
                score=(i % 5) - 2,
                moment_of_truth=i % 17 == 0,
                tags=["tag", "etiqueta"],
                personas=["p1"] if i % 3 == 0 else [],
            )
        )
    return Project(
        title="Benchmark · mapa de proves",
        stages=stage_list,
        lanes=lane_list,
        personas=[Persona(id="p1", name="Laia")],
        touchpoints=tps,
    )


def median_ms(fn: Callable[[], object], repeat: int, warmup: bool = True) -> float:
    """The median wall time of ``fn`` in milliseconds over ``repeat`` runs (after one warm-up).

    A median, not a mean: the machine is shared, and one run that another process slowed
    down must not move the figure.
    """
    return timed(fn, repeat, warmup)[0]


def timed(fn: Callable[[], object], repeat: int, warmup: bool = True) -> tuple[float, float]:
    """The median wall time and the median CPU time of ``fn`` in milliseconds (see `median_ms`).

    The CPU time is this process's (``time.process_time``): on a shared machine the wall time
    of a 10 ms edit includes waiting for a core, which says nothing about the editor.
    """
    if warmup:
        fn()
    times, cpu = [], []
    for _ in range(max(1, repeat)):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(times) * 1000, statistics.median(cpu) * 1000


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB.

    On Linux from ``VmHWM``: ``ru_maxrss`` of a child process started from a big parent
    keeps the parent's peak (it survives fork and exec), which would hide the child's own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass
class Result:
    """One case at one map size, beside its floor measured in the same run.

    Attributes:
        case: what was measured.
        size: cards in the map.
        median_ms: median time of the case.
        floor_ms: median time of the floor (what the bare libraries need), or None.
        peak_mb: peak memory of the process (or, for the memory case, of the map's process).
        note: what the floor is, or another remark.
        cpu_ms: median CPU time of the case, for the interactive cases (None elsewhere).
    """

    case: str
    size: int
    median_ms: float
    floor_ms: float | None
    peak_mb: float
    note: str = ""
    cpu_ms: float | None = None

    @property
    def ratio(self) -> float | None:
        """The case over its floor."""
        if self.floor_ms is None or self.floor_ms <= 0:
            return None
        return self.median_ms / self.floor_ms

    def to_json(self) -> str:
        """One line: case, size, median_ms, floor_ms, ratio, peak_mb."""
        ratio = self.ratio
        return json.dumps(
            {
                "case": self.case,
                "size": self.size,
                "median_ms": round(self.median_ms, 3),
                "floor_ms": None if self.floor_ms is None else round(self.floor_ms, 3),
                "ratio": None if ratio is None else round(ratio, 3),
                "peak_mb": round(self.peak_mb, 1),
                "cpu_ms": None if self.cpu_ms is None else round(self.cpu_ms, 3),
            },
            ensure_ascii=False,
        )

    def to_row(self) -> str:
        """One row of the printed table."""
        floor = "-" if self.floor_ms is None else f"{self.floor_ms:10.1f}"
        ratio = "-" if self.ratio is None else f"{self.ratio:6.2f}x"
        cpu = "-" if self.cpu_ms is None else f"{self.cpu_ms:8.1f}"
        return (
            f"{self.case:<44} {self.size:>7,} {self.median_ms:10.1f} {floor:>10} {ratio:>8} "
            f"{self.peak_mb:8.0f} {cpu:>8}"
        )


HEADER = f"{'case':<44} {'cards':>7} {'median ms':>10} {'floor ms':>10} {'ratio':>8} {'peak MB':>8} {'CPU ms':>8}"


def machine() -> str:
    """The machine the figures come from: CPU, cores, load, Python, Qt and ReportLab."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    import PySide6
    import reportlab

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores, load {load:.2f}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, ReportLab {reportlab.Version}"
    )
