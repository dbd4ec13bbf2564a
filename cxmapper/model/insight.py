"""What a map says: counts, shares, the curve's data, priorities, empty places and gaps.

The seeds' exercise is not to draw touchpoints but to improve them: know them all, see which
happen without you, which your team can influence, where the experience is worst, and act
there. This module turns a `Project` into those answers once, for the editor's Insight dock,
``cxmapper stats`` and the exports alike, so they never disagree. Every figure carries the ids
of the cards it is about, so a view can select them.

Pure and linear in the map (one pass over the cards, dict look-ups only). Must not import Qt;
it names things by their model ids and leaves wording to the callers, except `to_json`, whose
shape is documented in ``resources/schema/stats.schema.json`` and must stay stable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cxmapper.model.library import catalog
from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import Channel, Control, Level, Phase

#: Version of the JSON shape `to_json` writes; bump only when a key changes meaning or goes away.
STATS_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Group:
    """The cards that share one value (a phase, a stage, a lane or a channel)."""

    key: str
    ids: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many cards the group holds."""
        return len(self.ids)


@dataclass(frozen=True)
class StageFigures:
    """One stage's cards and the average of their scores: a point of the experience curve."""

    stage_id: str
    name: str
    phase: Phase
    ids: tuple[str, ...]
    scored: int
    average: float | None

    @property
    def count(self) -> int:
        """How many cards the stage holds (scored or not)."""
        return len(self.ids)


@dataclass(frozen=True)
class Share:
    """A part of the map's cards, with its fraction of the whole (0 when the map is empty)."""

    ids: tuple[str, ...]
    total: int

    @property
    def count(self) -> int:
        """How many cards are in the part."""
        return len(self.ids)

    @property
    def fraction(self) -> float:
        """``count / total``; an empty map has no share of anything."""
        return self.count / self.total if self.total else 0.0


@dataclass(frozen=True)
class Suggestion:
    """A catalogue entry that would fill a gap: its id and its title in the map's language."""

    id: str
    title: str


@dataclass(frozen=True)
class ChannelGap:
    """A channel the catalogue expects in a phase where the map has no card on it.

    "After the purchase, nothing by e-mail" is the shop owner's "no follow-up after the
    purchase"; the suggestions are the catalogue's typical touchpoints for that spot.
    """

    phase: Phase
    channel: Channel
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True)
class Insight:
    """Everything `analyse` finds in a map. Tuples of ids are in map order (stage, lane, position)."""

    total: int
    by_phase: tuple[Group, ...]
    by_stage: tuple[StageFigures, ...]
    by_lane: tuple[Group, ...]
    by_channel: tuple[Group, ...]
    intentional: Share
    unintentional: Share
    influence: Share
    scored: int
    average: float | None
    lowest: tuple[str, ...]
    negative_moments: tuple[str, ...]
    empty_stages: tuple[str, ...]
    empty_lanes: tuple[str, ...]
    empty_phases: tuple[Phase, ...]
    channel_gaps: tuple[ChannelGap, ...]
    pain_without_opportunity: tuple[str, ...]
    pain_without_owner: tuple[str, ...]


@dataclass(frozen=True)
class CatalogueHint:
    """The part of a catalogue entry gap-finding needs (kept here so the model needs no library)."""

    id: str
    phase: Phase
    channel: Channel
    title: str


def catalogue_hints(lang: str) -> list[CatalogueHint]:
    """The bundled catalogue as gap-finding needs it, titled in ``lang``."""
    return [CatalogueHint(e.id, e.phase, e.channel, e.title(lang)) for e in catalog()]


def map_order(project: Project) -> list[Touchpoint]:
    """The cards as a reader sees them: stage by stage, lane by lane, top to bottom."""
    stage_pos = {s.id: i for i, s in enumerate(project.stages)}
    lane_pos = {lane.id: i for i, lane in enumerate(project.lanes)}
    return sorted(project.touchpoints, key=lambda t: (stage_pos[t.stage_id], lane_pos[t.lane_id], t.order))


def analyse(project: Project, catalogue: Iterable[CatalogueHint] = ()) -> Insight:
    """Work out every figure of the Insight dock and ``cxmapper stats`` in one pass.

    Args:
        project: the map.
        catalogue: typical touchpoints to compare with; without it there are no channel gaps.
            The channel "other" is never a gap: it says nothing a shop owner could act on.
    """
    cards = map_order(project)
    total = len(cards)
    phase_of = {s.id: s.phase for s in project.stages}
    by_stage: dict[str, list[Touchpoint]] = defaultdict(list)
    by_lane: dict[str, list[str]] = defaultdict(list)
    by_phase: dict[Phase, list[str]] = defaultdict(list)
    by_channel: dict[Channel, list[str]] = defaultdict(list)
    seen_spots: set[tuple[Phase, Channel]] = set()
    intentional: list[str] = []
    unintentional: list[str] = []
    influence: list[str] = []
    pain_no_opp: list[str] = []
    pain_no_owner: list[str] = []
    for tp in cards:
        phase = phase_of[tp.stage_id]
        by_stage[tp.stage_id].append(tp)
        by_lane[tp.lane_id].append(tp.id)
        by_phase[phase].append(tp.id)
        by_channel[tp.channel].append(tp.id)
        seen_spots.add((phase, tp.channel))
        (intentional if tp.control is Control.INTENTIONAL else unintentional).append(tp.id)
        if tp.influence:
            influence.append(tp.id)
        if tp.pain_points.strip():
            if not tp.opportunities.strip():
                pain_no_opp.append(tp.id)
            if not tp.owner.strip():
                pain_no_owner.append(tp.id)

    stages = []
    for s in project.stages:
        members = by_stage.get(s.id, [])
        scores = [tp.score for tp in members if tp.score is not None]
        stages.append(
            StageFigures(
                stage_id=s.id,
                name=s.name,
                phase=s.phase,
                ids=tuple(tp.id for tp in members),
                scored=len(scores),
                average=sum(scores) / len(scores) if scores else None,
            )
        )

    # Priorities: the worst first; among equals a moment of truth first, then map order (the
    # sort is stable, so map order survives as the last key for free).
    negative = [tp for tp in cards if tp.score is not None and tp.score < 0]
    negative.sort(key=lambda t: (t.score, not t.moment_of_truth))
    all_scores = [tp.score for tp in cards if tp.score is not None]

    gaps: dict[tuple[Phase, Channel], list[Suggestion]] = {}
    for entry in catalogue:
        spot = (entry.phase, entry.channel)
        if entry.channel is Channel.OTHER or spot in seen_spots:
            continue
        gaps.setdefault(spot, []).append(Suggestion(entry.id, entry.title))
    phase_pos = {p: i for i, p in enumerate(Phase)}
    channel_pos = {c: i for i, c in enumerate(Channel)}
    ordered_gaps = sorted(gaps.items(), key=lambda kv: (phase_pos[kv[0][0]], channel_pos[kv[0][1]]))

    return Insight(
        total=total,
        by_phase=tuple(Group(p.value, tuple(by_phase.get(p, ()))) for p in Phase),
        by_stage=tuple(stages),
        by_lane=tuple(Group(lane.id, tuple(by_lane.get(lane.id, ()))) for lane in project.lanes),
        # Most used first, so the list reads as "where the customer meets you most"; ties keep
        # the vocabulary's order so the output is stable.
        by_channel=tuple(
            Group(c.value, tuple(ids))
            for c, ids in sorted(by_channel.items(), key=lambda kv: (-len(kv[1]), channel_pos[kv[0]]))
        ),
        intentional=Share(tuple(intentional), total),
        unintentional=Share(tuple(unintentional), total),
        influence=Share(tuple(influence), total),
        scored=len(all_scores),
        average=sum(all_scores) / len(all_scores) if all_scores else None,
        lowest=tuple(tp.id for tp in negative),
        negative_moments=tuple(tp.id for tp in negative if tp.moment_of_truth),
        empty_stages=tuple(s.id for s in project.stages if s.id not in by_stage),
        empty_lanes=tuple(lane.id for lane in project.lanes if lane.id not in by_lane),
        empty_phases=tuple(p for p in Phase if p not in by_phase),
        channel_gaps=tuple(ChannelGap(p, c, tuple(sugg)) for (p, c), sugg in ordered_gaps),
        pain_without_opportunity=tuple(pain_no_opp),
        pain_without_owner=tuple(pain_no_owner),
    )


# -- from pain to action ------------------------------------------------------------------------

_RANK = {Level.LOW: 1, Level.MEDIUM: 2, Level.HIGH: 3}


@dataclass(frozen=True)
class Action:
    """One line of the action plan: a card's opportunity, who acts and how it is measured."""

    tp_id: str
    title: str
    opportunity: str
    owner: str
    kpi: str
    impact: Level | None
    effort: Level | None
    score: int | None
    moment_of_truth: bool

    @property
    def quick_win(self) -> bool:
        """More to gain than it costs: high impact for low or medium effort, medium for low."""
        return is_quick_win(self.impact, self.effort)


def is_quick_win(impact: Level | None, effort: Level | None) -> bool:
    """Whether an impact/effort pair is a quick win (see `Action.quick_win`)."""
    if impact is None or effort is None:
        return False
    return _RANK[impact] >= 2 and _RANK[impact] > _RANK[effort]


def priority_key(impact: Level | None, effort: Level | None) -> tuple[int, int]:
    """Sort key of the impact/effort matrix: the most impact first, then the least effort.

    Quick wins therefore lead; an opportunity not rated yet goes after the rated ones with the
    same impact (unknown effort) or after all of them (unknown impact).
    """
    return (-_RANK[impact] if impact else 0, _RANK[effort] if effort else 4)


def action_plan(project: Project) -> list[Action]:
    """Every card with an opportunity, most worth doing first.

    Order: impact/effort (`priority_key`), then the worse experience (a lower score, with
    moments of truth first among equals), then map order.
    """
    actions = [
        Action(
            tp.id,
            tp.title,
            tp.opportunities.strip(),
            tp.owner.strip(),
            tp.kpi.strip(),
            tp.impact,
            tp.effort,
            tp.score,
            tp.moment_of_truth,
        )
        for tp in map_order(project)
        if tp.opportunities.strip()
    ]
    actions.sort(
        key=lambda a: (
            priority_key(a.impact, a.effort),
            a.score if a.score is not None else 10,
            not a.moment_of_truth,
        )
    )
    return actions


def matrix(actions: Iterable[Action]) -> list[tuple[Level | None, Level | None, tuple[str, ...]]]:
    """The impact/effort matrix as its non-empty cells, quick wins first (`priority_key` order)."""
    cells: dict[tuple[Level | None, Level | None], list[str]] = {}
    for a in actions:
        cells.setdefault((a.impact, a.effort), []).append(a.tp_id)
    ordered = sorted(cells.items(), key=lambda kv: priority_key(*kv[0]))
    return [(impact, effort, tuple(ids)) for (impact, effort), ids in ordered]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _share(share: Share) -> dict[str, Any]:
    return {"count": share.count, "share": _round(share.fraction), "ids": list(share.ids)}


def _cards(ids: Sequence[str], project: Project) -> list[dict[str, Any]]:
    index = {tp.id: tp for tp in project.touchpoints}
    return [
        {
            "id": tp.id,
            "title": tp.title,
            "stage_id": tp.stage_id,
            "score": tp.score,
            "moment_of_truth": tp.moment_of_truth,
        }
        for tp in (index[i] for i in ids)
    ]


def to_json(insight: Insight, project: Project) -> dict[str, Any]:
    """The figures as plain JSON data, in the shape ``resources/schema/stats.schema.json`` fixes.

    Shares and averages are rounded to four decimals, so the output is the same on every
    machine; ids let a script find the cards in the map file.
    """
    lane_names = {lane.id: lane.name for lane in project.lanes}
    stage_names = {s.id: s.name for s in project.stages}
    return {
        "format": "cxmapper-stats",
        "version": STATS_FORMAT_VERSION,
        "map": {"id": project.id, "title": project.title, "language": project.language},
        "touchpoints": insight.total,
        "scored": insight.scored,
        "average_score": _round(insight.average),
        "by_phase": [{"phase": g.key, "count": g.count, "ids": list(g.ids)} for g in insight.by_phase],
        "by_stage": [
            {
                "stage_id": s.stage_id,
                "name": s.name,
                "phase": s.phase.value,
                "count": s.count,
                "scored": s.scored,
                "average_score": _round(s.average),
                "ids": list(s.ids),
            }
            for s in insight.by_stage
        ],
        "by_lane": [
            {"lane_id": g.key, "name": lane_names[g.key], "count": g.count, "ids": list(g.ids)} for g in insight.by_lane
        ],
        "by_channel": [{"channel": g.key, "count": g.count, "ids": list(g.ids)} for g in insight.by_channel],
        "intentional": _share(insight.intentional),
        "unintentional": _share(insight.unintentional),
        "influence": _share(insight.influence),
        "priorities": {
            "lowest_scored": _cards(insight.lowest, project),
            "negative_moments_of_truth": _cards(insight.negative_moments, project),
        },
        "empty_stages": [{"stage_id": i, "name": stage_names[i]} for i in insight.empty_stages],
        "empty_lanes": [{"lane_id": i, "name": lane_names[i]} for i in insight.empty_lanes],
        "gaps": {
            "phases": [p.value for p in insight.empty_phases],
            "channels": [
                {
                    "phase": g.phase.value,
                    "channel": g.channel.value,
                    "suggestions": [{"id": s.id, "title": s.title} for s in g.suggestions],
                }
                for g in insight.channel_gaps
            ],
        },
        "pain_without_opportunity": list(insight.pain_without_opportunity),
        "pain_without_owner": list(insight.pain_without_owner),
        "action_plan": [
            {
                "id": a.tp_id,
                "title": a.title,
                "opportunity": a.opportunity,
                "owner": a.owner,
                "kpi": a.kpi,
                "impact": a.impact.value if a.impact else None,
                "effort": a.effort.value if a.effort else None,
                "quick_win": a.quick_win,
            }
            for a in action_plan(project)
        ],
    }
