"""Filters over a map's cards: the predicate behind the filter bar, saved views and exports.

A `CardFilter` (defined with the file format in `cxmapper.model.project`, since views are saved
in the map) says which cards to show; this module decides, card by card, whether one matches,
and offers the seeds' exercise as three ready-made views: every touchpoint, the unintentional
ones, and the ones the team can influence. The canvas fades what does not match; an export
"as the view shows it" keeps only what matches.

Pure and linear: a filter is compiled once into sets, then each card costs a few set look-ups
(no list scan per card), so filtering 20,000 cards is instant. Must not import Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from cxmapper.model.project import CardFilter, Project, Touchpoint, View
from cxmapper.model.vocab import Control

#: The exercise's three one-click views, by stable key (the GUI names them in the user's language).
PRESETS: dict[str, CardFilter] = {
    "all": CardFilter(),
    "unintentional": CardFilter(control=Control.UNINTENTIONAL),
    "influence": CardFilter(influence=True),
}


def is_active(flt: CardFilter) -> bool:
    """Whether the filter leaves any card out in principle (an empty filter shows everything)."""
    return flt != CardFilter()


def matcher(flt: CardFilter, project: Project) -> Callable[[Touchpoint], bool]:
    """Compile a filter for one map into a fast card predicate.

    Criteria combine with AND; the values of one criterion with OR (two channels chosen means
    "either channel"). A score range and "unscored" combine with OR, so "-2 to -1, and the
    unscored ones" is one filter: the cards that need attention.
    """
    stage_phase = {s.id: s.phase for s in project.stages}
    phases = set(flt.phases)
    stages = set(flt.stages)
    lanes = set(flt.lanes)
    channels = set(flt.channels)
    personas = set(flt.personas)
    tags = {t.casefold() for t in flt.tags}
    owners = {o.strip().casefold() for o in flt.owners}
    ranged = flt.score_min is not None or flt.score_max is not None
    low = flt.score_min if flt.score_min is not None else -10
    high = flt.score_max if flt.score_max is not None else 10

    def match(tp: Touchpoint) -> bool:
        if phases and stage_phase.get(tp.stage_id) not in phases:
            return False
        if stages and tp.stage_id not in stages:
            return False
        if lanes and tp.lane_id not in lanes:
            return False
        if channels and tp.channel not in channels:
            return False
        if flt.control is not None and tp.control is not flt.control:
            return False
        if flt.influence is not None and tp.influence is not flt.influence:
            return False
        if ranged or flt.unscored:
            in_range = ranged and tp.score is not None and low <= tp.score <= high
            if not (in_range or (flt.unscored and tp.score is None)):
                return False
        if flt.moment_of_truth is not None and tp.moment_of_truth is not flt.moment_of_truth:
            return False
        if personas and personas.isdisjoint(tp.personas):
            return False
        if tags and tags.isdisjoint(t.casefold() for t in tp.tags):
            return False
        if owners and tp.owner.strip().casefold() not in owners:
            return False
        if flt.pain_points and not tp.pain_points.strip():
            return False
        return not (flt.no_opportunity and tp.opportunities.strip())

    return match


def matching_ids(flt: CardFilter, project: Project) -> set[str]:
    """The ids of the cards the filter shows."""
    match = matcher(flt, project)
    return {tp.id for tp in project.touchpoints if match(tp)}


def find_view(project: Project, name: str) -> View | None:
    """The saved view with this name (names compare case-insensitively), or None."""
    wanted = name.strip().casefold()
    return next((v for v in project.views if v.name.strip().casefold() == wanted), None)


def filtered_project(project: Project, flt: CardFilter) -> Project:
    """A copy of the map holding only the matching cards, for an export "as the view shows it".

    Stages, lanes and personas stay (the map keeps its shape); the cards of each cell are
    renumbered by the model's validation, keeping their order.
    """
    match = matcher(flt, project)
    data = project.model_dump()
    data["touchpoints"] = [tp.model_dump() for tp in project.touchpoints if match(tp)]
    return Project.model_validate(data)
