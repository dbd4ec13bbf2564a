"""The journey-map data model: a `Project` of stages, lanes, personas and touchpoints.

These pydantic classes are the single source of truth that the editor, the exporters and the
command line share. They validate everything a file can get wrong (ids, references, ranges,
lengths) so that no other layer has to. Must not import Qt.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, datetime
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, JsonValue, StringConstraints, model_validator

from cxmapper.model import index
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Channel, Control, Level, Ownership, Phase

#: The file-format version this code writes. Bump it together with a migration in storage.py.
SCHEMA_VERSION = 2

# Bounds keep a hand-edited or hostile file from making the editor unusable; they are generous
# enough for real workshop notes (a 2,000-character description must fit).
TITLE_MAX = 200
NAME_MAX = 120
TEXT_MAX = 10_000
TAG_MAX = 60
LIST_MAX = 100
# Whole-map bounds: far beyond any workshop map, low enough that a hostile file cannot make
# loading take minutes. fail_fast stops list validation at the first bad item, so a file of a
# million broken cards costs one error, not a million.
TOUCHPOINTS_MAX = 100_000
STAGES_MAX = 1_000
LANES_MAX = 1_000
PERSONAS_MAX = 1_000

Id = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Title = Annotated[str, StringConstraints(max_length=TITLE_MAX)]
Name = Annotated[str, StringConstraints(max_length=NAME_MAX)]
Text = Annotated[str, StringConstraints(max_length=TEXT_MAX)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=TAG_MAX)]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")]


def new_id(prefix: str) -> str:
    """Return a fresh, readable id such as ``tp-3f9c2a1b7d4e``.

    The prefix makes ids in a `.cxmap` file self-describing for people reading a diff.
    """
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def utc_now() -> datetime:
    """Return the current time in UTC, truncated to whole seconds for tidy files."""
    return datetime.now(UTC).replace(microsecond=0)


class _Base(BaseModel):
    """Common configuration: unknown keys are an error, so typos in files are reported."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Stage(_Base):
    """A column of the map: one step of the journey, belonging to a purchase phase."""

    id: Id
    name: Name
    phase: Phase
    customer_goal: Text = ""
    pain_points: Text = ""
    opportunities: Text = ""
    notes: Text = ""


class Lane(_Base):
    """An optional row of the map (a persona, a channel group, front/back stage...)."""

    id: Id
    name: Name


class Persona(_Base):
    """A customer archetype that touchpoints can concern."""

    id: Id
    name: Name
    description: Text = ""
    goals: Text = ""


class Touchpoint(_Base):
    """One moment where the customer meets the brand, placed in a stage and a lane."""

    id: Id
    title: Title
    description: Text = ""
    catalogue_id: Id | None = Field(
        default=None,
        description="The catalogue entry the card was made from; its generic description is a suggestion, "
        "shown as a hint until the user writes their own, and never printed as the user's text.",
    )
    stage_id: Id
    lane_id: Id
    order: int = Field(default=0, ge=0, description="Position of the card inside its cell.")
    channel: Channel = Channel.OTHER
    control: Control = Control.INTENTIONAL
    ownership: Ownership = Ownership.BRAND
    influence: bool = Field(default=True, description="Whether the team can influence it.")
    score: int | None = Field(default=None, ge=SCORE_MIN, le=SCORE_MAX)
    moment_of_truth: bool = False
    customer_action: Text = ""
    thoughts: Text = ""
    pain_points: Text = ""
    opportunities: Text = ""
    impact: Level | None = Field(default=None, description="How much acting on the opportunity would help.")
    effort: Level | None = Field(default=None, description="How much acting on the opportunity would cost.")
    owner: Name = ""
    kpi: Name = ""
    tags: list[Tag] = Field(default_factory=list, max_length=LIST_MAX, fail_fast=True)
    personas: list[Id] = Field(default_factory=list, max_length=LIST_MAX, fail_fast=True)
    notes: Text = ""
    color: Color | None = None


class Conflict(_Base):
    """A disagreement a three-way merge could not settle, kept in the map until a person resolves it.

    Both sides' values are kept (the object itself holds ``ours``), so a merge never loses what
    either colleague wrote and the merged file stays valid. ``field`` is empty for an object
    that one side deleted while the other changed it: the object is kept, marked.
    """

    kind: Literal["touchpoint", "stage", "lane", "persona", "map"]
    target_id: str = Field(default="", max_length=64, description="The object's id; empty for the map itself.")
    field: str = Field(default="", max_length=64, description="The field both sides changed; empty if deleted.")
    base: JsonValue = None
    ours: JsonValue = None
    theirs: JsonValue = None
    deleted_by: Literal["", "ours", "theirs"] = ""


class CardFilter(_Base):
    """Which cards a view shows. Every criterion that is set must hold; within a list, any value.

    An empty filter shows every card. Ids that no longer exist (a deleted stage or persona)
    are not an error: they simply match nothing, so deleting a stage never breaks a saved view.
    """

    phases: list[Phase] = Field(default_factory=list, max_length=LIST_MAX)
    stages: list[Id] = Field(default_factory=list, max_length=LIST_MAX)
    lanes: list[Id] = Field(default_factory=list, max_length=LIST_MAX)
    channels: list[Channel] = Field(default_factory=list, max_length=LIST_MAX)
    control: Control | None = None
    influence: bool | None = Field(default=None, description="True: cards the team can influence; False: the others.")
    score_min: int | None = Field(default=None, ge=SCORE_MIN, le=SCORE_MAX)
    score_max: int | None = Field(default=None, ge=SCORE_MIN, le=SCORE_MAX)
    unscored: bool = Field(default=False, description="Cards without a score (besides any score range).")
    moment_of_truth: bool | None = None
    personas: list[Id] = Field(default_factory=list, max_length=LIST_MAX)
    tags: list[Tag] = Field(default_factory=list, max_length=LIST_MAX)
    owners: list[Name] = Field(default_factory=list, max_length=LIST_MAX)
    pain_points: bool = Field(default=False, description="Only cards that name pain points.")
    no_opportunity: bool = Field(default=False, description="Only cards with no opportunity written down.")


class View(_Base):
    """A named filter saved in the map (a user's "Workshop view")."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=NAME_MAX)]
    filter: CardFilter = Field(default_factory=CardFilter)


class Project(_Base):
    """A whole journey map, as saved in one `.cxmap` file.

    Invariants (checked on every validation, so a loaded file always satisfies them): ids are
    unique within their kind, every touchpoint points at an existing stage, lane and persona,
    there is at least one stage and one lane, and the cards of a cell are numbered 0..n-1.
    """

    schema_version: int = SCHEMA_VERSION
    id: Id = Field(default_factory=lambda: new_id("map"))
    title: Title = ""
    brand: Name = ""
    author: Name = ""
    description: Text = ""
    language: Language = "en"
    created: datetime = Field(default_factory=utc_now)
    modified: datetime = Field(default_factory=utc_now)
    stages: list[Stage] = Field(min_length=1, max_length=STAGES_MAX, fail_fast=True)
    lanes: list[Lane] = Field(min_length=1, max_length=LANES_MAX, fail_fast=True)
    personas: list[Persona] = Field(default_factory=list, max_length=PERSONAS_MAX, fail_fast=True)
    touchpoints: list[Touchpoint] = Field(default_factory=list, max_length=TOUCHPOINTS_MAX, fail_fast=True)
    conflicts: list[Conflict] = Field(default_factory=list, max_length=TOUCHPOINTS_MAX, fail_fast=True)
    views: list[View] = Field(default_factory=list, max_length=LIST_MAX, fail_fast=True)

    @model_validator(mode="after")
    def _check_references(self) -> Self:
        """Reject duplicate ids and dangling references with a message a user can act on."""
        for kind, items in (("stage", self.stages), ("lane", self.lanes), ("persona", self.personas)):
            seen: set[str] = set()
            for item in items:
                if item.id in seen:
                    raise ValueError(f"duplicate {kind} id {item.id!r}")
                seen.add(item.id)
        stage_ids = {s.id for s in self.stages}
        lane_ids = {lane.id for lane in self.lanes}
        persona_ids = {p.id for p in self.personas}
        seen_tp: set[str] = set()
        cells: dict[tuple[str, str], list[Touchpoint]] = defaultdict(list)
        for tp in self.touchpoints:
            if tp.id in seen_tp:
                raise ValueError(f"duplicate touchpoint id {tp.id!r}")
            seen_tp.add(tp.id)
            if tp.stage_id not in stage_ids:
                raise ValueError(f"touchpoint {tp.title!r} refers to a stage that does not exist ({tp.stage_id!r})")
            if tp.lane_id not in lane_ids:
                raise ValueError(f"touchpoint {tp.title!r} refers to a lane that does not exist ({tp.lane_id!r})")
            for pid in tp.personas:
                if pid not in persona_ids:
                    raise ValueError(f"touchpoint {tp.title!r} refers to a persona that does not exist ({pid!r})")
            cells[(tp.stage_id, tp.lane_id)].append(tp)
        # Hand-edited files may number cards loosely (gaps, ties); keep their relative order but
        # renumber, so every later operation can rely on contiguous positions.
        for cell in cells.values():
            if sorted(tp.order for tp in cell) != list(range(len(cell))):
                for i, tp in enumerate(sorted(cell, key=lambda t: t.order)):
                    tp.order = i
        return self

    # -- look-ups -----------------------------------------------------------------------------

    def stage(self, stage_id: str) -> Stage:
        """Return the stage with this id (KeyError if there is none)."""
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(stage_id)

    def lane(self, lane_id: str) -> Lane:
        """Return the lane with this id (KeyError if there is none)."""
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(lane_id)

    def persona(self, persona_id: str) -> Persona:
        """Return the persona with this id (KeyError if there is none)."""
        for p in self.personas:
            if p.id == persona_id:
                return p
        raise KeyError(persona_id)

    def touchpoint(self, tp_id: str) -> Touchpoint:
        """Return the touchpoint with this id (KeyError if there is none); constant time."""
        return index.touchpoint(self, tp_id)

    def cell(self, stage_id: str, lane_id: str) -> list[Touchpoint]:
        """Return the cards of one cell in display order; costs the cell, not the map."""
        return index.cell(self, stage_id, lane_id)

    def cells(self) -> dict[tuple[str, str], list[Touchpoint]]:
        """Return every non-empty cell's cards in display order, in one pass (for layout)."""
        out: dict[tuple[str, str], list[Touchpoint]] = defaultdict(list)
        for tp in self.touchpoints:
            out[(tp.stage_id, tp.lane_id)].append(tp)
        for cell in out.values():
            cell.sort(key=lambda t: t.order)
        return dict(out)

    def stage_index(self, stage_id: str) -> int:
        """Return the column index of a stage."""
        return next(i for i, s in enumerate(self.stages) if s.id == stage_id)

    def lane_index(self, lane_id: str) -> int:
        """Return the row index of a lane."""
        return next(i for i, lane in enumerate(self.lanes) if lane.id == lane_id)


DEFAULT_STAGE_NAMES: dict[str, dict[Phase, str]] = {
    "en": {Phase.BEFORE: "Before the purchase", Phase.DURING: "During the purchase", Phase.AFTER: "After the purchase"},
    "es": {Phase.BEFORE: "Antes de la compra", Phase.DURING: "Durante la compra", Phase.AFTER: "Después de la compra"},
    "ca": {Phase.BEFORE: "Abans de la compra", Phase.DURING: "Durant la compra", Phase.AFTER: "Després de la compra"},
}
DEFAULT_LANE_NAME: dict[str, str] = {"en": "Customer", "es": "Cliente", "ca": "Client"}
DEFAULT_TITLE: dict[str, str] = {"en": "Untitled journey map", "es": "Mapa sin título", "ca": "Mapa sense títol"}


def new_project(language: str = "en", title: str | None = None) -> Project:
    """Return a blank map with the three default stages and one lane, named in ``language``."""
    lang = language if language in DEFAULT_STAGE_NAMES else "en"
    names = DEFAULT_STAGE_NAMES[lang]
    return Project(
        title=DEFAULT_TITLE[lang] if title is None else title,
        language=lang,
        stages=[Stage(id=f"stage-{p.value}", name=names[p], phase=p) for p in Phase],
        lanes=[Lane(id="lane-main", name=DEFAULT_LANE_NAME[lang])],
    )
