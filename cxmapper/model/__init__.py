"""The pure journey-map model: data classes, edits, storage and the catalogue. No Qt here.

Everything a map *is* lives in this package, so that the command line, the exporters and the
tests can use it without a display, and the editor is only a view on it.
"""

from cxmapper.model.ops import ModelError
from cxmapper.model.project import SCHEMA_VERSION, Lane, Persona, Project, Stage, Touchpoint, new_id, new_project
from cxmapper.model.storage import CxmapFileError, UnsupportedVersionError, load, loads, save
from cxmapper.model.vocab import Channel, Control, Ownership, Phase

__all__ = [
    "SCHEMA_VERSION",
    "Channel",
    "Control",
    "CxmapFileError",
    "Lane",
    "ModelError",
    "Ownership",
    "Persona",
    "Phase",
    "Project",
    "Stage",
    "Touchpoint",
    "UnsupportedVersionError",
    "load",
    "loads",
    "new_id",
    "new_project",
    "save",
]
