"""Which of a map's names are still the defaults cxmapper gave it, and what they are in another language.

A blank map arrives with stages called "Before the purchase"… and a lane called "Customer" in
the language it was made in. When the map's language changes, names the user never edited
should follow it, while names the user typed (even if they happen to be in another language)
stay as written. A name counts as a default when it is exactly one of the known defaults in
any of the map languages. Pure model code: no Qt.
"""

from __future__ import annotations

from cxmapper.model.project import DEFAULT_LANE_NAME, DEFAULT_STAGE_NAMES, DEFAULT_TITLE, Project
from cxmapper.model.vocab import Phase

#: Every default stage name in every language -> the phase it names.
_STAGE_PHASE: dict[str, Phase] = {
    name: phase for names in DEFAULT_STAGE_NAMES.values() for phase, name in names.items()
}
_LANE_NAMES = frozenset(DEFAULT_LANE_NAME.values())
_TITLES = frozenset(DEFAULT_TITLE.values())


def renamed_defaults(project: Project, language: str) -> tuple[dict[str, str], dict[str, str], str | None]:
    """The default names of ``project`` as they read in ``language``.

    Returns:
        (stage id -> new name, lane id -> new name, new map title or None), listing only the
        names that are defaults and differ in ``language``. Empty for an unknown language.
    """
    if language not in DEFAULT_STAGE_NAMES:
        return {}, {}, None
    stage_names = DEFAULT_STAGE_NAMES[language]
    stages = {
        stage.id: stage_names[_STAGE_PHASE[stage.name]]
        for stage in project.stages
        if stage.name in _STAGE_PHASE and stage.name != stage_names[_STAGE_PHASE[stage.name]]
    }
    lane_name = DEFAULT_LANE_NAME[language]
    lanes = {lane.id: lane_name for lane in project.lanes if lane.name in _LANE_NAMES and lane.name != lane_name}
    title = DEFAULT_TITLE[language]
    new_title = title if project.title in _TITLES and project.title != title else None
    return stages, lanes, new_title
