"""Human labels for the model's vocabulary (see `cxmapper.vocab_labels`, shared with the canvas)."""

from __future__ import annotations

from cxmapper.vocab_labels import (
    LANGUAGE_NAMES,
    channel_label,
    control_hint,
    control_label,
    control_short_label,
    level_label,
    ownership_hint,
    ownership_label,
    ownership_term,
    phase_label,
    score_label,
    score_number,
    short_text,
)

__all__ = [
    "LANGUAGE_NAMES",
    "channel_label",
    "control_hint",
    "control_label",
    "control_short_label",
    "level_label",
    "ownership_hint",
    "ownership_label",
    "ownership_term",
    "phase_label",
    "score_label",
    "score_number",
    "short_text",
]
