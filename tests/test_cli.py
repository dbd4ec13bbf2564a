"""The command line, run as a user would: a real subprocess, its output and exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxmapper import __version__
from cxmapper.cli import schema_text
from cxmapper.model import storage
from cxmapper.model.library import resource

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxmapper", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_version_and_help() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"cxmapper {__version__}"
    helped = run("--help")
    assert helped.returncode == 0
    for word in ("validate", "new", "schema", "export", "exit status"):
        assert word in helped.stdout


def test_usage_errors_exit_2_with_one_line() -> None:
    for args in (("new",), ("new", "--template", "zoo", "-o", "x.cxmap"), ("validate",), ("--bogus",)):
        out = run(*args)
        assert out.returncode == 2, args
        assert "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_new_creates_each_template_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "shop.cxmap"
    out = run("new", "--template", "clothing-shop", "--lang", "ca", "-o", str(target))
    assert out.returncode == 0, out.stderr
    project = storage.load(target)
    assert project.language == "ca" and len(project.touchpoints) >= 9
    before = target.read_bytes()
    again = run("new", "--template", "blank", "-o", str(target))
    assert again.returncode == 1 and "--force" in again.stderr
    assert target.read_bytes() == before
    forced = run("new", "--template", "blank", "--force", "-o", str(target))
    assert forced.returncode == 0
    assert storage.load(target).touchpoints == []


def test_validate_reports_each_file(tmp_path: Path) -> None:
    good = tmp_path / "good.cxmap"
    run("new", "-o", str(good))
    bad = tmp_path / "bad.cxmap"
    bad.write_text('{"schema_version": 1', encoding="utf-8")
    out = run("validate", str(good), str(bad), str(tmp_path))
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{good}: OK")
    assert lines[1].startswith(f"{bad}: invalid JSON") and "truncated" in lines[1]
    assert "folder" in lines[2]
    assert run("validate", str(good)).returncode == 0


def test_validate_the_bundled_samples() -> None:
    samples = [str(p) for p in resource("samples").iterdir() if p.name.endswith(".cxmap")]
    assert len(samples) >= 9
    out = run("validate", *samples)
    assert out.returncode == 0, out.stdout


def test_schema_prints_the_committed_schema_and_it_has_not_drifted() -> None:
    out = run("schema")
    assert out.returncode == 0
    schema = json.loads(out.stdout)
    assert "touchpoints" in schema["properties"]
    committed = (ROOT / "resources" / "schema" / "cxmap.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "resources/schema is stale: run `make schema`"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is for X11/Wayland")
def test_gui_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    out = run(env=env)
    assert out.returncode == 1
    assert "QT_QPA_PLATFORM=offscreen" in out.stderr and "export" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
