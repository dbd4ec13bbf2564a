"""The palette shared by the canvas and every export, so screen and paper match.

Plain hex strings (no Qt): the canvas wraps them in QColor, ReportLab in HexColor. One colour
family per purchase phase, a diverging red-grey-green scale for experience scores.
Must not import Qt.
"""

from __future__ import annotations

from cxmapper.model.vocab import Phase

#: (accent, light tint, dark text) per phase: indigo before, teal during, amber after.
PHASE_COLORS: dict[Phase, tuple[str, str, str]] = {
    Phase.BEFORE: ("#4f46e5", "#eef2ff", "#312e81"),
    Phase.DURING: ("#0d9488", "#f0fdfa", "#134e4a"),
    Phase.AFTER: ("#d97706", "#fffbeb", "#78350f"),
}

#: Experience score -2..+2 to colour (very unhappy red to delighted green).
SCORE_COLORS: dict[int, str] = {
    -2: "#dc2626",
    -1: "#f97316",
    0: "#94a3b8",
    1: "#22c55e",
    2: "#16a34a",
}

INK = "#0f172a"  # primary text
MUTED = "#64748b"  # secondary text, lane labels
GRID = "#e2e8f0"  # cell borders
CANVAS_BG = "#f8fafc"
CARD_BG = "#ffffff"
CARD_BORDER = "#cbd5e1"
SELECTION = "#2563eb"
MOMENT_OF_TRUTH = "#f59e0b"
INTENTIONAL = "#2563eb"
UNINTENTIONAL = "#64748b"
CURVE = "#334155"

# Dark-theme counterparts for the canvas (exports are always printed light).
DARK_CANVAS_BG = "#0f172a"
DARK_CARD_BG = "#1e293b"
DARK_CARD_BORDER = "#334155"
DARK_INK = "#e2e8f0"
DARK_MUTED = "#94a3b8"
DARK_GRID = "#1e293b"


def score_color(score: float | None) -> str:
    """The colour of a (possibly averaged) score; grey when unrated."""
    if score is None:
        return SCORE_COLORS[0]
    return SCORE_COLORS[max(-2, min(2, round(score)))]


# Surfaces the canvas shares with the printed map (same values as the export's style).
LANE_BG = "#f1f5f9"  # lane and band label boxes
RULE = "#cbd5e1"  # lane separators, the zero line of the experience band
BAND_BG = "#ffffff"
BAND_POSITIVE = "#f0fdf4"
BAND_NEGATIVE = "#fef2f2"
SHADOW = "#0f172a"  # drawn at a few per cent opacity: a soft lift under cards
CARD_HOVER_BORDER = "#94a3b8"
DROP_TARGET = "#dbeafe"  # the cell a dragged card would land in

DARK_PHASE_COLORS: dict[Phase, tuple[str, str, str]] = {
    Phase.BEFORE: ("#6366f1", "#1e1b4b", "#e0e7ff"),
    Phase.DURING: ("#14b8a6", "#042f2e", "#ccfbf1"),
    Phase.AFTER: ("#f59e0b", "#3b1d06", "#fef3c7"),
}
DARK_LANE_BG = "#1e293b"
DARK_RULE = "#334155"
DARK_BAND_BG = "#111c2e"
DARK_BAND_POSITIVE = "#0f2a1d"
DARK_BAND_NEGATIVE = "#2d1518"
DARK_SHADOW = "#000000"
DARK_CARD_HOVER_BORDER = "#64748b"
DARK_SELECTION = "#60a5fa"
DARK_CURVE = "#cbd5e1"
DARK_DROP_TARGET = "#1e3a5f"
