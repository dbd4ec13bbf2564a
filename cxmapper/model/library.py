"""The bundled catalogue of typical touchpoints and the sample maps (templates).

Both are data files under ``cxmapper.resources`` read with importlib.resources, so they are
found the same way from a checkout, a wheel or a frozen bundle. Must not import Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from cxmapper.model.project import Project, new_id, utc_now
from cxmapper.model.storage import loads
from cxmapper.model.vocab import Channel, Control, Ownership, Phase

LANGUAGES = ("en", "es", "ca")
TEMPLATES = ("blank", "clothing-shop", "beauty-salon")


def resource(*parts: str) -> Traversable:
    """Return a bundled resource file or folder, e.g. ``resource("catalog", "catalog.json")``."""
    node = resources.files("cxmapper.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


@dataclass(frozen=True)
class CatalogEntry:
    """A typical touchpoint a user can drop on a map, named in every supported language."""

    id: str
    phase: Phase
    channel: Channel
    control: Control
    ownership: Ownership
    titles: dict[str, str]
    descriptions: dict[str, str]

    def title(self, lang: str) -> str:
        """The entry's name in ``lang`` (English when that language is missing)."""
        return self.titles.get(lang) or self.titles["en"]

    def description(self, lang: str) -> str:
        """The entry's one-line description in ``lang`` (English when missing)."""
        return self.descriptions.get(lang) or self.descriptions["en"]


@cache
def catalog() -> tuple[CatalogEntry, ...]:
    """Return the catalogue, read once per process."""
    data = json.loads(resource("catalog", "catalog.json").read_text(encoding="utf-8"))
    return tuple(
        CatalogEntry(
            id=e["id"],
            phase=Phase(e["phase"]),
            channel=Channel(e["channel"]),
            control=Control(e["control"]),
            ownership=Ownership(e.get("ownership", Ownership.BRAND.value)),
            titles=dict(e["title"]),
            descriptions=dict(e["description"]),
        )
        for e in data["entries"]
    )


def template_resource(name: str, lang: str) -> Traversable:
    """The sample file for ``name`` in ``lang``, falling back to English."""
    if name not in TEMPLATES:
        raise ValueError(f"unknown template {name!r}; choose one of: {', '.join(TEMPLATES)}")
    localized = resource("samples", f"{name}.{lang}.cxmap")
    return localized if localized.is_file() else resource("samples", f"{name}.cxmap")


def template(name: str, lang: str = "en") -> Project:
    """Return a fresh copy of a sample map, with a new id and today's timestamps."""
    source = template_resource(name, lang)
    project = loads(source.read_bytes(), source.name)
    now = utc_now()
    return project.model_copy(update={"id": new_id("map"), "created": now, "modified": now})
