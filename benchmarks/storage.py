"""Loading and saving a map file, against ``json.loads`` / ``json.dumps`` of the same data."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from benchmarks.common import Result, median_ms, peak_mb
from cxmapper.model import storage
from cxmapper.model.project import Project


def storage_cases(project: Project, repeat: int) -> list[Result]:
    """Load + validate (floor: json.loads of the same bytes) and save without fsync (floor: json.dumps)."""
    n = len(project.touchpoints)
    raw = storage.dumps(project)
    data = json.loads(raw)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.cxmap"
        path.write_bytes(raw)
        floor_load = median_ms(lambda: json.loads(path.read_bytes()), repeat)
        load = median_ms(lambda: storage.load(path), repeat)
        out = Path(tmp) / "out.cxmap"
        floor_save = median_ms(lambda: out.write_text(json.dumps(data, indent=2, ensure_ascii=False)), repeat)
        save = median_ms(lambda: storage.save(project, path, fsync=False), repeat)
    size = f"{len(raw) / 1e6:.1f} MB file"
    return [
        Result("load + validate a file", n, load, floor_load, peak_mb(), f"json.loads, {size}"),
        Result("save (without fsync)", n, save, floor_save, peak_mb(), "json.dumps(indent=2)"),
    ]
