"""Words the canvas shows that are not the user's own text, in the interface language.

The vocabulary (phases, channels, control, scores) comes from `cxmapper.vocab_labels`, which
the main window's widgets share; what is left here is the canvas's own translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxmapper.vocab_labels import channel_label, control_label, phase_label, score_label, score_number

__all__ = ["CONTEXT", "channel_label", "control_label", "phase_label", "score_label", "score_number", "tr"]

#: The translation context of `tr`. lupdate files a ``labels.tr("...")`` call under the name
#: before the dot, so the strings are looked up under that same name at run time. Call it as
#: ``labels.tr("literal")`` (never ``tr(...)`` imported bare, which lupdate files under no context).
CONTEXT = "labels"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a canvas string for items that are not QObjects; call as ``labels.tr("...")``.

    Like Qt's ``tr``, a count ``n`` picks the plural form and replaces ``%n`` in the text.
    """
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)
