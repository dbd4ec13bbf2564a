"""Print-only refinements of the shared palette in `cxmapper.theme` (the one place colours live).

The canvas and the exports take their phase, score and ink colours from `cxmapper.theme`;
this module re-exports them for the export modules and adds the few print-only
values (white paper, captions) and the score's printed form. Pure Python.
"""

from __future__ import annotations

from cxmapper.model.vocab import Phase
from cxmapper.theme import (
    BAND_NEGATIVE,
    BAND_POSITIVE,
    CARD_BG,
    CARD_BORDER,
    CURVE,
    GRID,
    INK,
    INTENTIONAL,
    LANE_BG,
    MOMENT_OF_TRUTH,
    MUTED,
    PHASE_COLORS,
    RULE,
    SCORE_COLORS,
    SHADOW,
    UNINTENTIONAL,
    score_color,
)

__all__ = [
    "BAND_NEGATIVE",
    "BAND_POSITIVE",
    "CARD_BG",
    "CARD_BORDER",
    "CURVE",
    "GRID",
    "INK",
    "INTENTIONAL",
    "LANE_BG",
    "MOMENT_OF_TRUTH",
    "MUTED",
    "RULE",
    "SCORE_COLORS",
    "SHADOW",
    "SUBTLE",
    "UNINTENTIONAL",
    "WHITE",
    "accent",
    "dark",
    "score_color",
    "score_text",
    "tint",
]

WHITE = "#ffffff"
SUBTLE = "#94a3b8"  # tertiary text: field captions, cut lines


def accent(phase: Phase) -> str:
    """The phase's strong colour (headers, stripes, chips)."""
    return PHASE_COLORS[phase][0]


def tint(phase: Phase) -> str:
    """The phase's light background."""
    return PHASE_COLORS[phase][1]


def dark(phase: Phase) -> str:
    """The phase's dark text colour (on its tint)."""
    return PHASE_COLORS[phase][2]


def score_text(score: float) -> str:
    """A score as printed: "+2", "0", "-1.5", one decimal for averages.

    The minus is an en dash: Noto Sans has no U+2212, and a dash from the same face matches the
    digits' weight where a fallback glyph would not.
    """
    text = f"{score:+.1f}" if score != round(score) else f"{round(score):+d}"
    return "0" if text in ("+0", "+0.0", "-0.0") else text.replace("-", "\u2013")
