"""One map per persona: which cards concern a persona, and which personas an export asks for.

A persona's map is the whole map with the cards that do not concern that persona faded and the
experience curve drawn through that persona's cards only, so a workshop can hand each persona
owner a print without losing the map's shape. "Concerns" is exactly the editor's persona filter
(`cxmapper.model.filters`), so a print and the screen never disagree about a card. Pure Python.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from cxmapper.export.options import ALL_PERSONAS, ExportError
from cxmapper.model.filters import matching_ids
from cxmapper.model.project import CardFilter, Persona, Project


@dataclass(frozen=True)
class Focus:
    """A map drawn for one persona: its name (for the title block) and the cards to fade."""

    name: str
    dimmed: frozenset[str]


def resolve_personas(project: Project, spec: str) -> list[Persona]:
    """The personas an export's ``--persona`` value names: ``all``, an id, or a name.

    Ids match exactly, names case-insensitively (``marta, 34``), so a user can type what the
    title block shows. Raise `ExportError` with the choices when nothing matches.
    """
    wanted = spec.strip()
    if not project.personas:
        raise ExportError("this map has no personas; add one in the editor, or export without --persona")
    if wanted.casefold() == ALL_PERSONAS:
        return list(project.personas)
    for persona in project.personas:
        if persona.id == wanted:
            return [persona]
    folded = wanted.casefold()
    for persona in project.personas:
        if persona.name.strip().casefold() == folded:
            return [persona]
    choices = ", ".join(f"{p.id} ({p.name})" for p in project.personas)
    raise ExportError(f"no persona {spec!r} in this map; choose 'all' or one of: {choices}")


def focus_for(project: Project, persona: Persona) -> Focus:
    """The cards to fade on ``persona``'s map: every card the persona filter does not show."""
    shown: Set[str] = matching_ids(CardFilter(personas=[persona.id]), project)
    return Focus(persona.name, frozenset(tp.id for tp in project.touchpoints if tp.id not in shown))


def focuses(project: Project, spec: str | None) -> list[Focus | None]:
    """One entry per map to draw: ``[None]`` (the whole map) or one `Focus` per persona named."""
    if spec is None:
        return [None]
    return [focus_for(project, p) for p in resolve_personas(project, spec)]
