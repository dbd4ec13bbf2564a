"""The bundled fonts: registration with ReportLab, glyph coverage, and text measurement.

Every export prints with Noto Sans, embedded, so a PDF looks the same on any machine. Noto
Sans has no emoji or dingbats, and ReportLab does no font fallback of its own: text is split
into runs by which font has each character (`runs`), symbols go to the Symbola subset, and
anything neither face has becomes a visible U+FFFD rather than an empty box or a crash.
Widths come from ReportLab's metrics of the same files, so PDF and Qt images wrap alike.
Must not import Qt.
"""

from __future__ import annotations

import io
import unicodedata
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from cxmapper.model.library import resource

REGULAR = "CxSans"
BOLD = "CxSans-Bold"
SYMBOLS = "CxSymbols"
REPLACEMENT = "\ufffd"

#: ReportLab name -> bundled file under resources/fonts.
FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    SYMBOLS: "Symbola-Subset.ttf",
}


def font_bytes(name: str) -> bytes:
    """The TTF data of a bundled face (for ReportLab and for Qt's font database)."""
    return resource("fonts", FONT_FILES[name]).read_bytes()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16 pairs.

    ReportLab writes U+1F389 as ``<1F389>``, an odd-length hex string that PDF readers reject,
    so an emoji would print but vanish from copied or extracted text (and from search).
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def register_fonts() -> None:
    """Register the bundled faces with ReportLab once per process (they embed as subsets)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(name))))
    # The family lets <b> inside a Paragraph pick the bold face.
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


@cache
def _cmap(name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


def _invisible(ch: str) -> bool:
    """Format characters (ZWJ, variation selectors, tags, controls) that shape emoji but print nothing."""
    cp = ord(ch)
    return (
        (unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\t\n")
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
    )


@lru_cache(maxsize=8192)
def runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """Split ``text`` into ``(font name, substring)`` runs that the named font can draw.

    Characters the main face lacks go to the symbol face; invisible format characters are
    dropped (they would otherwise print as boxes); the rest become U+FFFD. Cached, because
    the same titles are measured and drawn several times per export.
    """
    main = BOLD if bold else REGULAR
    main_map = _cmap(main)
    if text.isprintable() and all(ord(ch) in main_map for ch in text):
        return ((main, text),) if text else ()
    sym_map = _cmap(SYMBOLS)
    out: list[tuple[str, str]] = []
    for ch in text:
        cp = ord(ch)
        if _invisible(ch):
            continue
        if cp in main_map or ch == "\n":
            font = main
        elif cp in sym_map:
            font = SYMBOLS
        elif unicodedata.category(ch) == "Mn":
            continue  # a combining mark no face has: the base letter alone reads better than a box
        elif ch == "\t":
            font, ch = main, " "
        else:
            font, ch = main, REPLACEMENT
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return tuple(out)


def string_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points at ``size``, across its font runs (not cached)."""
    return sum(pdfmetrics.stringWidth(part, font, size) for font, part in runs(text, bold))


@lru_cache(maxsize=1 << 16)
def measure(text: str, size: float, bold: bool = False) -> float:
    """`string_width`, cached.

    Line breaking measures every word of every card, and a map repeats its words (an A0
    sheet of 10,000 cards measured 470,000 strings, a fifth of its export time, in
    ReportLab's pure-Python width sum).
    """
    return string_width(text, size, bold)


def measurer(size: float, bold: bool = False) -> _Measure:
    """A one-argument measure for `cxmapper.layout.wrap_text` at a fixed size and weight."""
    return _Measure(size, bold)


class _Measure:
    """Callable width of a string at one size; a class rather than a lambda so it is cheap to keep."""

    __slots__ = ("bold", "size")

    def __init__(self, size: float, bold: bool) -> None:
        self.size = size
        self.bold = bold

    def __call__(self, text: str) -> float:
        return measure(text, self.size, self.bold)


def printable(text: str) -> str:
    """``text`` as it will print: without invisible characters, unknown ones as U+FFFD."""
    return "".join(part for _font, part in runs(text))
