"""Human labels for the model's vocabulary (see `cxmapper.vocab_labels`, shared with the canvas)."""

from __future__ import annotations

from cxmapper.vocab_labels import (
    LANGUAGE_NAMES,
    channel_label,
    control_label,
    level_label,
    ownership_label,
    phase_label,
    score_label,
    score_number,
    short_text,
)

__all__ = [
    "LANGUAGE_NAMES",
    "channel_label",
    "control_label",
    "level_label",
    "ownership_label",
    "phase_label",
    "score_label",
    "score_number",
    "short_text",
]
