"""Loading and saving a 10,000-touchpoint map, against json.loads / json.dumps of the same data.

Targets (issue 2): load within 2.5x of json.loads, save within 1.5x of json.dumps (fsync excluded).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from benchmarks.common import generated_project, median_seconds
from cxmapper.model import storage


def main() -> None:
    """Print the medians and the ratios."""
    project = generated_project(10_000)
    raw = storage.dumps(project)
    data = json.loads(raw)
    text = raw.decode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.cxmap"
        path.write_bytes(raw)
        floor_load = median_seconds(lambda: json.loads(path.read_bytes()))
        load = median_seconds(lambda: storage.load(path))
        floor_save = median_seconds(lambda: path.write_text(json.dumps(data, indent=2, ensure_ascii=False)))
        save = median_seconds(lambda: storage.save(project, path, fsync=False))
    print(f"file size: {len(raw) / 1e6:.1f} MB ({len(text):,} characters), 10,000 touchpoints")
    print(
        f"load: {load * 1000:.1f} ms vs json.loads {floor_load * 1000:.1f} ms -> {load / floor_load:.2f}x (target 2.5x)"
    )
    print(
        f"save: {save * 1000:.1f} ms vs json.dumps {floor_save * 1000:.1f} ms -> {save / floor_save:.2f}x (target 1.5x)"
    )


if __name__ == "__main__":
    main()
