"""Helpers shared by the benchmarks: generated maps and a robust timer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint
from cxmapper.model.vocab import Channel, Control, Phase


def generated_project(n: int, stages: int = 10, lanes: int = 5) -> Project:
    """A map with ``n`` touchpoints spread evenly over ``stages`` x ``lanes`` cells."""
    channels = list(Channel)
    phases = list(Phase)
    stage_list = [Stage(id=f"s{i}", name=f"Etapa {i} · l·l", phase=phases[i * 3 // stages]) for i in range(stages)]
    lane_list = [Lane(id=f"l{i}", name=f"Carril {i}") for i in range(lanes)]
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
                description="Descripció llarga amb accents: àèéíòóú ç ñ. " * 3,
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
        title="Benchmark",
        stages=stage_list,
        lanes=lane_list,
        personas=[Persona(id="p1", name="Laia")],
        touchpoints=tps,
    )


def median_seconds(fn: Callable[[], object], repeat: int = 7) -> float:
    """The median wall time of ``fn`` over ``repeat`` runs (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
