"""Export options, errors, progress reporting and atomic file writing, shared by every format.

Pure Python (no ReportLab, no Qt), so the command line can parse and check options, and the
dialog can build them, before any heavy library is imported.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

#: ``progress(done, total) -> keep_going``: return False to cancel an export.
Progress = Callable[[int, int], bool]
#: Drawing items painted between two progress ticks (a few milliseconds of work), in every painter.
TICK_EVERY = 256

MM = 72 / 25.4
"""One millimetre in PDF points."""

#: Portrait paper sizes in millimetres (ISO 216 and the US sizes a workshop printer offers).
PAPER_MM: dict[str, tuple[float, float]] = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}
PAPERS = tuple(PAPER_MM)
FORMATS = ("pdf", "csv", "md", "png", "svg", "html", "xlsx", "pptx")
LANGUAGES = ("en", "es", "ca")
Orientation = Literal["portrait", "landscape"]

#: The ``persona`` option's value for "one map per persona, all in one file".
ALL_PERSONAS = "all"

#: A poster never needs more sheets than this; more is almost certainly a typo (e.g. 100x100).
MAX_POSTER_SHEETS = 20
MAX_POSTER_PAGES = 100


class ExportError(Exception):
    """An export that cannot be done; ``str()`` is one sentence for the user."""


class ExportCancelled(ExportError):  # noqa: N818 - the public name the GUI and CLI catch
    """The progress callback asked to stop; no file was written."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled")


def parse_grid(text: str) -> tuple[int, int]:
    """Parse a poster size such as ``"3x2"`` (columns x rows); raise ValueError if malformed."""
    match = re.fullmatch(r"\s*(\d{1,3})\s*[xX\u00d7]\s*(\d{1,3})\s*", text)
    if not match:
        raise ValueError(f"invalid poster size {text!r}: use COLSxROWS, for example 3x2")
    cols, rows = int(match.group(1)), int(match.group(2))
    if not (1 <= cols <= MAX_POSTER_SHEETS and 1 <= rows <= MAX_POSTER_SHEETS):
        raise ValueError(f"invalid poster size {text!r}: columns and rows must be 1 to {MAX_POSTER_SHEETS}")
    return cols, rows


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The export format named by a file's extension (``.markdown`` counts as md), or None."""
    ext = Path(path).suffix.lower().lstrip(".")
    ext = {"markdown": "md", "jpeg": "", "htm": "html"}.get(ext, ext)
    return ext if ext in FORMATS else None


@dataclass(frozen=True)
class ExportOptions:
    """What to print and how; the defaults give a one-page A4 landscape map.

    Attributes:
        paper: one of `PAPERS`.
        orientation: ``"portrait"`` or ``"landscape"``.
        margin_mm: empty border on every sheet (printers cannot print to the edge).
        poster: ``(columns, rows)`` of sheets to tile the map across; None with ``scale`` None
            (and ``poster_auto`` False) means fit the map to one page.
        scale: poster at this size in percent of the screen size at 100 % zoom (96 dpi);
            the number of sheets follows. Ignored when ``poster`` is given.
        poster_auto: tile the map across the grid and orientation it fills best for ``sheets``
            sheets (`pages.resolve_options` turns this into a concrete ``poster``).
        sheets: the most sheets an automatic poster may use; None lets cxmapper use as few as
            make the card titles readable (`pages.READABLE_PT`).
        overlap_mm: strip printed on both neighbouring poster sheets, to glue them.
        include_map: the map pages (off for a table or cards alone).
        table: add the touchpoint table pages.
        cards: add the cut-out workshop cards and a page of blank cards.
        lang: language of printed labels; None uses the project's own language.
        dpi: resolution of PNG images.
        summary: add the summary page (key figures, bars, curve, priorities, impact/effort
            matrix); None means the default: on with a poster or the table, the handouts a
            workshop reads the map from, and off for a plain one-page map, which already is
            the summary.
        persona: draw the map for one persona (its id or name) or for each (``"all"``): the
            other cards faded and the persona's own curve. None draws the whole map once.
        actions: add the action plan (opportunity, touchpoint, owner, KPI, impact, effort, by
            priority): pages in the PDF, a section in Markdown; a CSV then holds the plan.
        view: name of a view saved in the map; only the cards it shows are exported (the
            stages and lanes stay, so the map keeps its shape). None exports every card.
    """

    paper: str = "A4"
    orientation: Orientation = "landscape"
    margin_mm: float = 10.0
    poster: tuple[int, int] | None = None
    scale: float | None = None
    poster_auto: bool = False
    sheets: int | None = None
    overlap_mm: float = 10.0
    include_map: bool = True
    table: bool = False
    cards: bool = False
    lang: str | None = None
    dpi: int = 150
    view: str | None = None
    actions: bool = False
    summary: bool | None = None
    persona: str | None = None

    @property
    def wants_summary(self) -> bool:
        """Whether the PDF gets a summary page (the explicit choice, else the default)."""
        if self.summary is not None:
            return self.summary
        # It sums up a poster (beside its assembly sheet) or the table; never alone by default.
        return (self.include_map and self.is_poster) or self.table

    @property
    def is_poster(self) -> bool:
        """Whether the map is tiled across several sheets."""
        return self.poster is not None or self.scale is not None or self.poster_auto

    def page_size(self) -> tuple[float, float]:
        """The sheet size in points, oriented."""
        w, h = (v * MM for v in PAPER_MM[self.paper])
        return (max(w, h), min(w, h)) if self.orientation == "landscape" else (min(w, h), max(w, h))

    def language(self, project_language: str) -> str:
        """The label language: the option, else the project's, else English."""
        for lang in (self.lang, project_language.split("_")[0]):
            if lang in LANGUAGES:
                return lang
        return "en"

    def validate(self) -> None:
        """Raise ValueError with a user-facing sentence if the options cannot work together."""
        if self.paper not in PAPER_MM:
            raise ValueError(f"unknown paper {self.paper!r}; choose one of: {', '.join(PAPERS)}")
        if self.orientation not in ("portrait", "landscape"):
            raise ValueError("orientation must be portrait or landscape")
        w, h = self.page_size()
        if not 0 <= self.margin_mm * MM < min(w, h) / 4:
            raise ValueError("the margin must be at least 0 and less than a quarter of the sheet")
        if self.poster is not None:
            cols, rows = self.poster
            if not (1 <= cols <= MAX_POSTER_SHEETS and 1 <= rows <= MAX_POSTER_SHEETS):
                raise ValueError(f"poster columns and rows must be 1 to {MAX_POSTER_SHEETS}")
        if self.poster_auto and (self.poster is not None or self.scale is not None):
            raise ValueError("an automatic poster chooses its own grid and scale; give neither")
        if self.sheets is not None and not 1 <= self.sheets <= MAX_POSTER_PAGES:
            raise ValueError(f"the number of sheets must be 1 to {MAX_POSTER_PAGES}")
        if self.scale is not None and not 5 <= self.scale <= 1000:
            raise ValueError("the poster scale must be between 5 and 1000 percent")
        content = min(w, h) - 2 * self.margin_mm * MM
        if self.is_poster and not 0 <= self.overlap_mm * MM < content / 2:
            raise ValueError("the overlap must be at least 0 and less than half the printable width")
        if not (self.include_map or self.table or self.cards or self.actions or self.summary):
            raise ValueError("nothing to export: keep the map, or add the table or the cards")
        if self.persona is not None and not self.persona.strip():
            raise ValueError("the persona is empty: give a persona's id or name, or 'all'")
        if self.persona is not None and not self.include_map:
            raise ValueError("a map per persona needs the map: drop --no-map or --persona")
        if self.lang is not None and self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r}; choose one of: {', '.join(LANGUAGES)}")
        if not 24 <= self.dpi <= 1200:
            raise ValueError("the image resolution must be between 24 and 1200 dpi")


class ProgressTracker:
    """Counts work units and asks the callback whether to go on; raises `ExportCancelled`."""

    def __init__(self, callback: Progress | None, total: int) -> None:
        self.callback = callback
        self.total = max(1, total)
        self.done = 0

    def grow(self, extra: int) -> None:
        """Add work discovered late (e.g. table pages), keeping ``done <= total``."""
        self.total += max(0, extra)

    def step(self, n: int = 1) -> None:
        """Record ``n`` finished units; stop the export if the callback says so."""
        self.done = min(self.total, self.done + n)
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ExportCancelled()

    def finish(self) -> None:
        """Report completion (the callback can still cancel before the file is renamed in)."""
        self.done = self.total - 1
        self.step()


def describe_os_error(path: Path, exc: OSError) -> str:
    """One sentence for an OSError while writing ``path``."""
    if exc.errno == errno.ENOSPC:
        return f"{path}: the disk is full; nothing was written"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path}: permission denied; choose a folder you can write to"
    if exc.errno == errno.ENOENT:
        return f"{path}: cannot create a file in this folder"
    if exc.errno == errno.EISDIR:
        return f"{path}: this is a folder, not a file"
    return f"{path}: cannot write the file ({exc.strerror or exc})"


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` only if the block succeeds.

    A failed, cancelled or interrupted export therefore leaves no partial file, and an older
    export of the same name survives intact. Writers that need a file name (Qt) use this;
    `write_atomic` is the shortcut for bytes. ``suffix`` lets Qt infer the format from the name.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"{target}: this is a folder, not a file")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ExportError(describe_os_error(target, exc)) from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(describe_os_error(target, exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename (see `atomic_path`)."""
    with atomic_path(path) as tmp:
        try:
            with tmp.open("wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise ExportError(describe_os_error(Path(path), exc)) from None
