"""Serialising a big map again after a few edits, at the cost of the edits rather than the map.

`storage.dumps` turns every card into JSON on every call: about 10 µs a card, so an autosave or
a Save of a 50,000-card map held the GUI thread for half a second or more, however little had
changed. `CardCache` keeps each card's JSON bytes as they sit in the file (indented for their
depth), and its owner says which cards changed; `dumps` then costs a join of the cached bytes
plus the few cards that changed, and writes exactly the bytes `storage.dumps` would. The map's
own fields, stages, lanes and personas are small and are serialised afresh each time. A
`Snapshot` holds the pieces, so the join (the one step that costs the whole map) can run on
another thread.

A move renumbers the ``order`` of the cards after it in both cells without telling anyone
which: each cached card remembers the order it was written with, the cell it was in and where
the number sits in its bytes, so the cells a move touched are revisited and a renumbered card
costs a splice of that number, not a new dump.

The owner tells the cache which cards changed in place (`changed`, `moved`, `added`,
`removed`: the editor's `Document` signals say which); a card object replaced by another, a
deletion and any change to the rest of the map are noticed without help. Must not import Qt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from pydantic import TypeAdapter
from pydantic_core import PydanticSerializationError

from cxmapper.model import storage
from cxmapper.model.project import Project, Touchpoint

#: The project's fields written before and after the touchpoints, in the model's order.
_FIELDS = list(Project.model_fields)
_BEFORE = set(_FIELDS[: _FIELDS.index("touchpoints")])
_AFTER = tuple(_FIELDS[_FIELDS.index("touchpoints") + 1 :])
#: A card sits two levels deep (``{"touchpoints": [{...}]}``) at two spaces a level.
_CARD_NEWLINE = b"\n    "
#: The key before a card's ``order`` in its indented bytes. A newline inside a JSON string is
#: written as ``\n``, so a raw newline followed by this indentation can only start a key.
_ORDER_KEY = _CARD_NEWLINE + b'  "order": '
_TOUCHPOINT = TypeAdapter(Touchpoint)
#: `CardCache.fill` looks at the clock after every this many cards.
FILL_CHECK_EVERY = 64


@dataclass(slots=True)
class _Card:
    """One card's bytes in the file, and what they were made from."""

    card: Touchpoint
    order: int
    data: bytes
    #: Where the ``order`` digits start in `data`.
    at: int
    #: The cell the card was in when `data` was made (a move renumbers that cell too).
    cell: tuple[str, str]


def _render(tp: Touchpoint) -> _Card:
    data = _TOUCHPOINT.dump_json(tp, indent=2).replace(b"\n", _CARD_NEWLINE)
    return _Card(tp, tp.order, data, data.index(_ORDER_KEY) + len(_ORDER_KEY), (tp.stage_id, tp.lane_id))


def _renumbered(entry: _Card, order: int) -> _Card:
    # "order" is followed by "channel", so the digits always end at a comma.
    end = entry.data.index(b",", entry.at)
    data = entry.data[: entry.at] + b"%d" % order + entry.data[end:]
    return _Card(entry.card, order, data, entry.at, entry.cell)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A map's file bytes as pieces, taken in one go: `to_bytes` may run on any thread.

    The pieces are immutable bytes and the list is this snapshot's own, so later edits of the
    map do not reach it. Joining them is the one step that costs the size of the map, and
    ``bytes.join`` releases the GIL while it copies, so a worker thread can do it while the
    GUI thread goes on.
    """

    chunks: list[bytes]
    separator: bytes

    def to_bytes(self) -> bytes:
        """The whole file."""
        return self.separator.join(self.chunks)


class CardCache:
    """Each card's JSON bytes, kept between two serialisations of the same map (see module doc).

    Besides the bytes per card it keeps the card list and the bytes in list order as of the
    last `snapshot`. When the list still holds the same card objects (an edit or a move, not an
    insertion), the next snapshot only revisits the cards `changed` and the cells `moved` or
    `added` touched; anything else (a card deleted or put back, a list rebuilt) costs one pass
    over the cards, which checks every card's object and order.
    """

    def __init__(self) -> None:
        self._cards: dict[str, _Card] = {}
        self._project: Project | None = None
        self._cursor = 0
        # The last snapshot: its card list, their bytes in the same order, and id -> position.
        self._list: list[Touchpoint] = []
        self._parts: list[bytes] = []
        self._pos: dict[str, int] = {}
        # What changed since then.
        self._dirty: set[str] = set()
        self._dirty_cells: set[tuple[str, str]] = set()
        # Cards whose bytes are out of date (dropped at the next snapshot).
        self._stale: set[str] = set()
        # What a `fill` in progress has laid out so far (cards, bytes, positions).
        self._laid: tuple[list[Touchpoint], list[bytes], dict[str, int]] = ([], [], {})
        self._laid_ok = True

    def changed(self, tp_id: str) -> None:
        """A card's content changed (not its place)."""
        self._stale.add(tp_id)
        self._dirty.add(tp_id)

    def moved(self, tp: Touchpoint) -> None:
        """A card changed cell or position; call it after the move, with the card.

        Its bytes are dropped only at the next snapshot: until then they still say which cell
        it left, in case it moves again.
        """
        entry = self._cards.get(tp.id)
        if entry is not None:
            self._dirty_cells.add(entry.cell)
        self._dirty_cells.add((tp.stage_id, tp.lane_id))
        self._stale.add(tp.id)
        self._dirty.add(tp.id)

    def added(self, tp: Touchpoint) -> None:
        """A card was inserted (the cards after it in its cell were renumbered)."""
        self._cards.pop(tp.id, None)
        self._dirty_cells.add((tp.stage_id, tp.lane_id))

    def removed(self, tp_id: str) -> None:
        """A card was deleted."""
        self._cards.pop(tp_id, None)

    def clear(self) -> None:
        """Forget everything (the whole map was replaced)."""
        self._cards = {}
        self._project = None
        self._cursor = 0
        self._list, self._parts, self._pos = [], [], {}
        self._dirty, self._dirty_cells, self._stale = set(), set(), set()
        self._laid, self._laid_ok = ([], [], {}), True

    def _follow(self, project: Project) -> None:
        if project is not self._project:
            self.clear()
            self._project = project

    def _entry(self, tp: Touchpoint) -> _Card:
        """The card's current bytes, made or spliced as needed."""
        entry = self._cards.get(tp.id)
        if entry is None or entry.card is not tp:
            entry = self._cards[tp.id] = _render(tp)
        elif entry.order != tp.order:
            entry = self._cards[tp.id] = _renumbered(entry, tp.order)
        return entry

    def fill(self, project: Project, budget_s: float) -> bool:
        """Make the bytes of cards that have none, for about ``budget_s`` seconds.

        Lets a caller spread the first serialisation of a big map over many short turns of an
        event loop instead of one long one. The pass also lays out what a snapshot needs (the
        bytes in list order, each card's position), so that the first `snapshot` after it is
        as cheap as the later ones. Returns True once the pass has reached the end of the list,
        False if there is more to do. Edits between two calls are fine: those the owner reports
        are redone by `snapshot`, and a list changed in the middle makes `snapshot` take one
        full pass. A card whose text cannot be written as UTF-8 is left to `snapshot`.
        """
        self._follow(project)
        if self._list and not self._cursor:
            return True  # a snapshot was taken: the next one is incremental
        deadline = time.perf_counter() + budget_s
        cards = self._cards
        tps = project.touchpoints
        if not self._cursor:
            self._laid = ([], [], {})
        visited, parts, pos = self._laid
        i = self._cursor
        while i < len(tps):
            tp = tps[i]
            entry = cards.get(tp.id)
            if entry is None or entry.card is not tp:
                try:
                    entry = cards[tp.id] = _render(tp)
                except PydanticSerializationError:
                    entry = None
                    self._laid_ok = False
            elif entry.order != tp.order:
                entry = cards[tp.id] = _renumbered(entry, tp.order)
            if entry is not None:
                visited.append(tp)
                parts.append(entry.data)
                pos[tp.id] = i
            i += 1
            if i % FILL_CHECK_EVERY == 0 and i < len(tps) and time.perf_counter() > deadline:
                self._cursor = i
                return False
        self._cursor = 0
        # Comparing two lists of the same objects runs in C, by identity.
        if self._laid_ok and visited == tps:
            self._list, self._parts, self._pos = visited, parts, pos
        self._laid, self._laid_ok = ([], [], {}), True
        return True

    def snapshot(self, project: Project) -> Snapshot:
        """The bytes `storage.dumps` would return for ``project`` now, as a `Snapshot`."""
        self._follow(project)
        for tp_id in self._stale:
            self._cards.pop(tp_id, None)
        self._stale.clear()
        try:
            if not self._update(project.touchpoints):
                self._rebuild(project.touchpoints)
            head = project.model_dump_json(indent=2, include=_BEFORE).encode("utf-8")
            after = {name for name in _AFTER if name not in storage.OMIT_WHEN_EMPTY or getattr(project, name)}
            tail = project.model_dump_json(indent=2, include=after).encode("utf-8") if after else b""
        except PydanticSerializationError:
            # A lone surrogate somewhere: storage replaces it, and this rare map pays full price.
            self._list = []  # the parts may be half updated
            return Snapshot([storage.dumps(project)], b"")
        finally:
            self._dirty.clear()
            self._dirty_cells.clear()
        # ``head`` and ``tail`` are whole objects: drop their braces and put the cards between.
        # The small ends are glued to the first and last card so that the map is copied once.
        start = head[:-2] + b',\n  "touchpoints": '
        end = b",\n" + tail[2:-2] + b"\n}\n" if tail else b"\n}\n"
        if not self._parts:
            return Snapshot([start + b"[]" + end], b"")
        chunks = list(self._parts)
        chunks[0] = start + b"[" + _CARD_NEWLINE + chunks[0]
        chunks[-1] = chunks[-1] + b"\n  ]" + end
        return Snapshot(chunks, b"," + _CARD_NEWLINE)

    def dumps(self, project: Project) -> bytes:
        """The bytes `storage.dumps` would return for ``project`` now, from the cache where it can."""
        return self.snapshot(project).to_bytes()

    def _update(self, tps: list[Touchpoint]) -> bool:
        """Bring the last snapshot's parts up to date in place; False when a full pass is needed.

        Possible when the list still starts with the same objects in the same order (comparing
        two lists of the same objects runs in C, by identity), and every card revisited is one
        the last snapshot placed or one appended since.
        """
        old = self._list
        n = len(old)
        if not old or len(tps) < n or tps[:n] != old:
            return False
        parts, pos = self._parts, self._pos
        for i in range(n, len(tps)):  # appended since: their cells are in _dirty_cells
            tp = tps[i]
            if tp.id in pos:
                return False
            pos[tp.id] = i
            parts.append(self._entry(tp).data)
            old.append(tp)
        for tp_id in self._dirty:
            i = pos.get(tp_id, -1)
            if i < 0 or tps[i].id != tp_id:
                return False
            parts[i] = self._entry(tps[i]).data
        project = self._project
        assert project is not None
        for stage_id, lane_id in self._dirty_cells:
            for tp in project.cell(stage_id, lane_id):  # the model's constant-time look-up
                i = pos.get(tp.id, -1)
                if i < 0 or tps[i] is not tp:
                    return False
                parts[i] = self._entry(tp).data
        return True

    def _rebuild(self, tps: list[Touchpoint]) -> None:
        """One pass over every card: the parts, positions and list of a new snapshot."""
        entry_of = self._entry
        cards = self._cards
        parts: list[bytes] = []
        self._parts = parts
        append = parts.append
        for tp in tps:
            entry = cards.get(tp.id)
            if entry is None or entry.card is not tp or entry.order != tp.order:
                entry = entry_of(tp)
            append(entry.data)
        self._list = list(tps)
        self._pos = {tp.id: i for i, tp in enumerate(tps)}
        self._cursor, self._laid, self._laid_ok = 0, ([], [], {}), True  # a fill under way is moot
        if len(cards) > len(parts):
            # Cards removed without `removed` (a project changed behind its owner's back).
            self._cards = {tp.id: cards[tp.id] for tp in tps}
