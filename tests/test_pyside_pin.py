"""Guard against the PySide6 6.12.0 / CPython 3.11 crash (None's refcount drops per void call)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _pyside_requirements() -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    return [r for r in reqs if r.name.lower() == "pyside6-essentials"]


def test_void_qt_calls_do_not_leak_none_references() -> None:
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(50_000):
        obj.setObjectName("n")  # returns void: the call that used to drop a None reference
        if i % 10_000 == 0:
            obj.blockSignals(False)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over 50,000 void calls"


def test_crashing_combination_is_excluded_on_every_affected_python() -> None:
    reqs = _pyside_requirements()
    assert reqs, "PySide6-Essentials must be a declared dependency"
    for minor in ("3.11",):
        env = {"python_version": minor, "python_full_version": f"{minor}.9"}
        active = [r for r in reqs if r.marker is None or r.marker.evaluate(env)]
        assert active, f"no PySide6 requirement applies to Python {minor}"
        for req in active:
            assert not req.specifier.contains(Version("6.12.0")), f"{req} allows 6.12.0 on Python {minor}"
    env312 = {"python_version": "3.12", "python_full_version": "3.12.4"}
    active312 = [r for r in reqs if r.marker is None or r.marker.evaluate(env312)]
    assert active312 and all(r.specifier.contains(Version("6.12.0")) for r in active312)


def test_installed_pyside_is_not_the_crashing_combination() -> None:
    import PySide6

    if sys.version_info < (3, 12):
        assert Version(PySide6.__version__) != Version("6.12.0")
