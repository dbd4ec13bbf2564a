"""One map per persona in one PDF: each persona's cards on their own map page(s).

A map concerns several customers; in a workshop each persona's journey is read on its own.
This composes, for every persona of the map, the map pages of a copy holding only the cards
concerning that persona (the stages and lanes stay, so every map has the same shape), titled
with the persona's name and bookmarked under it. Pure page composition (no ReportLab, no Qt):
the PDF writer paints the pages like any others.
"""

from __future__ import annotations

from dataclasses import replace

from cxmapper.export.drawing import Page
from cxmapper.export.labels import Labels
from cxmapper.export.options import ExportOptions
from cxmapper.export.pages import Tick, primitive_pages
from cxmapper.model.filters import filtered_project
from cxmapper.model.project import CardFilter, Project


def per_persona_map_pages(
    project: Project, opts: ExportOptions, labels: Labels, tick: Tick | None = None
) -> list[Page]:
    """The map pages of every persona in turn; the whole map's when it has no persona."""
    if not project.personas:
        return primitive_pages(project, replace(opts, cards=False), labels, tick)[0]
    title = project.title.strip() or labels["untitled"]
    pages: list[Page] = []
    for persona in project.personas:
        only = filtered_project(project, CardFilter(personas=[persona.id]))
        only = only.model_copy(update={"title": f"{title} · {persona.name}"[:200]})
        own = primitive_pages(only, replace(opts, cards=False), labels, tick)[0]
        if own:
            own[0] = replace(own[0], bookmark=(persona.name, 0))
        pages += own
    return pages
