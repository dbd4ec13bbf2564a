"""A tiny retained drawing: boxes, text, lines and paths, built once and painted by two backends.

The map, the poster sheets and the workshop cards are described here as plain data (y grows
downwards, as on screen), so the ReportLab writer (`pdf.py`) and the Qt painter (`image.py`,
used for PNG, SVG, the dialog's preview and printing) draw exactly the same thing. Text is
already wrapped and positioned when it gets here; backends never measure. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]  # cubic Bézier: control 1, control 2, end


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle, optionally with rounded corners, a dash pattern and transparency."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.75
    radius: float = 0.0
    dash: tuple[float, ...] | None = None
    opacity: float = 1.0


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text: ``x`` is its left edge, ``y`` its baseline, ``w`` its measured width."""

    x: float
    y: float
    text: str
    size: float
    w: float
    bold: bool = False
    color: str = "#000000"


@dataclass(frozen=True, slots=True)
class Line:
    """A polyline."""

    points: tuple[Point, ...]
    color: str
    width: float = 0.75
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class Curve:
    """A smooth path: a start point and cubic Bézier segments."""

    start: Point
    segments: tuple[Segment, ...]
    color: str
    width: float = 1.5
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class Circle:
    """A disc or ring."""

    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.75
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True, slots=True)
class Polygon:
    """A closed polygon (stars, diamonds, arrows)."""

    points: tuple[Point, ...]
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.75


@dataclass(frozen=True, slots=True)
class Group:
    """Items drawn scaled by ``scale`` then moved by (``dx``, ``dy``), clipped to ``clip`` (page units).

    A poster sheet is the whole map as one group, shifted and clipped; ``bounds`` (in the
    group's own units) lets a backend skip items that fall outside the clip.
    """

    items: tuple[Item, ...]
    dx: float = 0.0
    dy: float = 0.0
    scale: float = 1.0
    clip: Box | None = None
    bounds: tuple[tuple[float, float, float, float], ...] | None = None


Item = Box | Text | Line | Curve | Circle | Polygon | Group
#: A rectangle ``(x0, y0, x1, y1)`` in a painter's current coordinates.
View = tuple[float, float, float, float]


@dataclass
class Page:
    """One printed sheet: its size in points, what is on it, and its bookmark, if any."""

    width: float
    height: float
    items: list[Item] = field(default_factory=list)
    bookmark: tuple[str, int] | None = None  # (title, outline level)
    footer_y: float | None = None  # baseline of "Page n of N" (the PDF writer adds the total)
    footer_left: str = ""


def item_bounds(item: Item) -> tuple[float, float, float, float]:
    """An item's bounding box ``(x0, y0, x1, y1)``, generous for strokes, for clipping tests."""
    if isinstance(item, Box):
        pad = item.width
        return (item.x - pad, item.y - pad, item.x + item.w + pad, item.y + item.h + pad)
    if isinstance(item, Text):
        return (item.x, item.y - item.size, item.x + item.w, item.y + item.size * 0.35)
    if isinstance(item, Circle):
        r = item.r + item.width
        return (item.cx - r, item.cy - r, item.cx + r, item.cy + r)
    if isinstance(item, Line | Polygon):
        xs = [p[0] for p in item.points]
        ys = [p[1] for p in item.points]
        return (min(xs) - item.width, min(ys) - item.width, max(xs) + item.width, max(ys) + item.width)
    if isinstance(item, Curve):
        pts = [item.start, *(p for seg in item.segments for p in seg)]
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        return (min(xs) - item.width, min(ys) - item.width, max(xs) + item.width, max(ys) + item.width)
    boxes = [item_bounds(child) for child in item.items]
    if not boxes:
        return (item.dx, item.dy, item.dx, item.dy)
    s = item.scale
    return (
        item.dx + s * min(b[0] for b in boxes),
        item.dy + s * min(b[1] for b in boxes),
        item.dx + s * max(b[2] for b in boxes),
        item.dy + s * max(b[3] for b in boxes),
    )


def with_bounds(group: Group) -> Group:
    """The same group with ``bounds`` filled in, computed once for all the sheets that show it."""
    return Group(
        group.items,
        group.dx,
        group.dy,
        group.scale,
        group.clip,
        tuple(item_bounds(child) for child in group.items),
    )


def visible_items(group: Group) -> list[Item]:
    """The group's items that intersect its clip rectangle (all of them if it has none)."""
    if group.clip is None or group.bounds is None:
        return list(group.items)
    s = group.scale
    cx0 = (group.clip.x - group.dx) / s
    cy0 = (group.clip.y - group.dy) / s
    cx1 = cx0 + group.clip.w / s
    cy1 = cy0 + group.clip.h / s
    return [
        item
        for item, (x0, y0, x1, y1) in zip(group.items, group.bounds, strict=True)
        if x1 >= cx0 and x0 <= cx1 and y1 >= cy0 and y0 <= cy1
    ]


def in_view(items: Sequence[Item], bounds: Sequence[View] | None, view: View) -> Iterator[Item]:
    """The items whose bounds touch ``view`` (all of them when ``bounds`` is None).

    Both painters (ReportLab and Qt) cull with this, so a poster sheet draws only its share
    of a large map and both agree on what is on a sheet.
    """
    if bounds is None:
        yield from items
        return
    vx0, vy0, vx1, vy1 = view
    for item, (bx0, by0, bx1, by1) in zip(items, bounds, strict=True):
        if not (bx1 < vx0 or bx0 > vx1 or by1 < vy0 or by0 > vy1):
            yield item
