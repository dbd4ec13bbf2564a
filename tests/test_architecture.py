"""The house rules of STYLE.md, checked on the source: arrows point one way.

ui -> canvas -> commands -> document -> model; export -> layout -> model. The model, the layout
and the palette never import Qt; export never imports the canvas or the widgets.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cxmapper"

# module prefix -> imports it must never make
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "cxmapper.model": (
        "PySide6",
        "cxmapper.document",
        "cxmapper.commands",
        "cxmapper.canvas",
        "cxmapper.ui",
        "cxmapper.export",
        "cxmapper.layout",
        "reportlab",
    ),
    "cxmapper.layout": ("PySide6", "cxmapper.document", "cxmapper.canvas", "cxmapper.ui", "cxmapper.export"),
    "cxmapper.theme": ("PySide6", "cxmapper.canvas", "cxmapper.ui", "cxmapper.export"),
    "cxmapper.document": ("PySide6.QtWidgets", "cxmapper.commands", "cxmapper.canvas", "cxmapper.ui"),
    "cxmapper.serialiser": (
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "cxmapper.commands",
        "cxmapper.canvas",
        "cxmapper.ui",
    ),
    "cxmapper.commands": ("PySide6.QtWidgets", "cxmapper.canvas", "cxmapper.ui", "cxmapper.export"),
    "cxmapper.selection": ("PySide6.QtWidgets", "cxmapper.canvas", "cxmapper.ui"),
    "cxmapper.vocab_labels": ("PySide6.QtWidgets", "PySide6.QtGui", "cxmapper.canvas", "cxmapper.ui"),
    "cxmapper.canvas": ("cxmapper.ui", "cxmapper.export"),
    "cxmapper.export": (
        "cxmapper.canvas",
        "cxmapper.ui",
        "cxmapper.document",
        "cxmapper.commands",
        "PySide6.QtWidgets",
    ),
    "cxmapper.cli": ("PySide6",),
}


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent)
        if rel.parts[1] == "resources":
            continue
        name = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
        out.append((name, path))
    return out


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions (lazy imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize(("name", "path"), _modules(), ids=[m for m, _ in _modules()])
def test_imports_point_one_way(name: str, path: Path) -> None:
    rules = [banned for prefix, banned in FORBIDDEN.items() if name == prefix or name.startswith(prefix + ".")]
    imports = _imports(path)
    for banned in (b for group in rules for b in group):
        offending = sorted(i for i in imports if i == banned or i.startswith(banned + "."))
        assert not offending, f"{name} imports {offending}, against the layering in STYLE.md"


def test_the_rules_cover_every_layer() -> None:
    names = {name for name, _ in _modules()}
    for prefix in FORBIDDEN:
        assert any(n == prefix or n.startswith(prefix + ".") for n in names), f"no module {prefix}"
