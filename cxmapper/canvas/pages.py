"""A cell's cards in pages: runs of consecutive cards that move as one item.

A card's place in its cell is its position times a fixed step, so a card dropped near the top
of a cell moves every card below it. With 50,000 cards in 24 cells that is some 2,000 cards
per drop, and moving 2,000 Qt items one by one from Python costs tens of milliseconds on
every drop, undo and redo. Cards therefore sit in `PageItem` blocks of about `PAGE` cards
inside their cell: a drop re-places the cards of the one page it lands in and moves the pages
below it, a few dozen items whatever the size of the cell. Pages also declare
``ItemContainsChildrenInShape``, so painting and hit-testing skip the pages that are off
screen instead of testing each of their cards.

Pages are bookkeeping, not model: `CellPages.sync` rebuilds them from the layout's list of
the cell's touchpoints (compared by identity, in C, so an unchanged page costs next to
nothing to check), and only `cxmapper.canvas.scene.MapScene` calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from cxmapper.canvas.items import CardItem
from cxmapper.model.project import Touchpoint

#: Cards per page when pages are built. A page is split when it grows past twice this, so a
#: drop costs at most ``2 * PAGE`` cards plus one item per page below it.
PAGE = 48

_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


class PageItem(QGraphicsRectItem):
    """An invisible container for a run of a cell's cards, sized to enclose them.

    A rectangle item without pen or brush: it draws nothing, but Qt's many bounding-rectangle
    queries during a repaint stay in C++ (a Python ``boundingRect`` was called hundreds of
    times per drop). It has contents, for the reason cells do: Qt drops the dirty region of
    an item without contents (see `cxmapper.canvas.items.CellItem`).
    """

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setPen(_NO_PEN)
        self.setBrush(_NO_BRUSH)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)

    def set_bounds(self, bounds: QRectF) -> None:
        """Enclose a new number of cards (their area, shadows included, so culling hides none)."""
        if bounds != self.rect():
            self.setRect(bounds)


class CellPages:
    """The pages of one cell and which cards each holds, in the cell's order.

    Attributes:
        pages: the page items, top to bottom.
        ids: the touchpoints of each page, in order (parallel to ``pages``).
        firsts: the cell position of each page's first card (parallel to ``pages``).
    """

    def __init__(self, cell: QGraphicsItem, x: float, top: float, step: float, card_bounds: QRectF) -> None:
        """Pages at ``x``, the first card at ``top`` and each next one ``step`` lower.

        ``card_bounds`` is a card's bounding rectangle in its own coordinates (the card and
        its shadow), from which a page's enclosing rectangle is derived.
        """
        self.cell = cell
        self.x = x
        self.top = top
        self.step = step
        self.card_bounds = QRectF(card_bounds)
        self.pages: list[PageItem] = []
        self.ids: list[list[Touchpoint]] = []
        self.firsts: list[int] = []

    def page_y(self, first: int) -> float:
        """Where a page whose first card is at cell position ``first`` sits in the cell."""
        return self.top + first * self.step

    def page_of(self, index: int) -> int:
        """The page holding cell position ``index`` (the last page if it is past the end)."""
        lo, hi = 0, len(self.firsts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.firsts[mid] <= index:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def sync(
        self,
        order: Sequence[Touchpoint],
        start: int,
        items: Mapping[str, CardItem],
        skip: Collection[str],
        position: Callable[[Touchpoint], int | None],
        on_reparent: Callable[[CardItem], None],
        drop_caches: Callable[[QGraphicsItem], None] | None,
    ) -> int:
        """Make the pages hold ``order`` (the cell's cards) where cards before ``start`` are unchanged.

        Args:
            order: the cell's touchpoints, top to bottom, after the edit.
            start: the first position whose card may differ from before.
            items: card items by id.
            skip: ids of cards not to touch (being dragged: the gesture puts them back).
            position: a card's position in this cell after the edit, or None if it is not
                in this cell: tells where the content of an unchanged page begins.
            on_reparent: called with a card before it joins a page it was not in (the scene
                repaints where it was drawn).
            drop_caches: called with every page that moves (and every card placed) when
                the move lands between device pixels; None when it cannot.

        Returns:
            How many items were moved or reparented (pages and cards).
        """
        moved = 0
        if not self.pages:
            self._append_pages(0)
        k = self.page_of(start)
        i = self.firsts[k]
        n_total = len(order)
        while k < len(self.pages):
            content = self.ids[k]
            n = len(content)
            if i >= n_total:
                # Nothing left for this page and the ones below: they empty out.
                for j in range(k, len(self.pages)):
                    self.ids[j] = []
                    self.firsts[j] = n_total
                break
            if n and order[i : i + n] == content:
                if self.firsts[k] != i:
                    self.firsts[k] = i
                    page = self.pages[k]
                    page.setPos(self.x, self.page_y(i))
                    if drop_caches is not None:
                        drop_caches(page)
                    moved += 1
                i += n
                k += 1
                continue
            # This page's cards changed: it takes what comes before the next page's cards.
            end = n_total
            if k + 1 < len(self.pages) and self.ids[k + 1]:
                nxt = position(self.ids[k + 1][0])
                end = nxt if nxt is not None and nxt >= i else min(n_total, i + max(n, 1))
            if end - i > 2 * PAGE:
                # Too many for one page: keep PAGE here and open a page for the rest.
                end = i + PAGE
                self._insert_page(k + 1)
            moved += self._fill(k, i, order[i:end], items, skip, on_reparent, drop_caches)
            i = end
            k += 1
        while i < n_total:
            # Cards past the last page: it grows to PAGE cards (so adding cards at the end of
            # a cell does not make a page per card), then new pages take the rest.
            last = len(self.pages) - 1
            first = self.firsts[last]
            if len(self.ids[last]) < PAGE and first + len(self.ids[last]) == i:
                end = min(n_total, first + PAGE)
                moved += self._fill(last, first, order[first:end], items, skip, on_reparent, drop_caches)
            else:
                self._insert_page(len(self.pages))
                end = min(n_total, i + PAGE)
                moved += self._fill(len(self.pages) - 1, i, order[i:end], items, skip, on_reparent, drop_caches)
            i = end
        return moved

    def prune(self, scene: QGraphicsScene) -> None:
        """Remove pages left without cards (once every cell of an edit is in step)."""
        keep = [j for j, ids in enumerate(self.ids) if ids or self.pages[j].childItems()]
        if len(keep) == len(self.pages):
            return
        for j, page in enumerate(self.pages):
            if j not in keep:
                scene.removeItem(page)
        self.pages = [self.pages[j] for j in keep]
        self.ids = [self.ids[j] for j in keep]
        self.firsts = [self.firsts[j] for j in keep]

    def clear(self, scene: QGraphicsScene | None) -> None:
        """Forget every page (and remove them from ``scene``: their cards must be gone)."""
        if scene is not None:
            for page in self.pages:
                scene.removeItem(page)
        self.pages, self.ids, self.firsts = [], [], []

    def place(self, item: CardItem, index: int, on_reparent: Callable[[CardItem], None]) -> bool:
        """Put one card back at cell position ``index`` (a card the gesture had lifted out).

        Returns whether the pages hold that card there (they do once `sync` has run for
        the edit that put it there).
        """
        if not self.pages:
            return False
        k = self.page_of(index)
        n = index - self.firsts[k]
        ids = self.ids[k]
        if not 0 <= n < len(ids) or ids[n].id != item.tp_id:
            return False
        page = self.pages[k]
        if item.parentItem() is not page:
            on_reparent(item)
            item.setParentItem(page)
        item.setPos(0, n * self.step)
        return True

    # -- internals -------------------------------------------------------------------------

    def _append_pages(self, first: int) -> None:
        self._insert_page(len(self.pages))
        self.firsts[-1] = first

    def _insert_page(self, k: int) -> None:
        page = PageItem(self.cell)
        self.pages.insert(k, page)
        self.ids.insert(k, [])
        self.firsts.insert(k, self.firsts[k - 1] if k > 0 else 0)

    def _fill(
        self,
        k: int,
        first: int,
        ids: Sequence[Touchpoint],
        items: Mapping[str, CardItem],
        skip: Collection[str],
        on_reparent: Callable[[CardItem], None],
        drop_caches: Callable[[QGraphicsItem], None] | None,
    ) -> int:
        """Make page ``k`` hold ``ids`` from cell position ``first`` on."""
        page = self.pages[k]
        moved = 0
        y = self.page_y(first)
        if self.firsts[k] != first or page.pos().y() != y or page.pos().x() != self.x:
            page.setPos(self.x, y)
            moved += 1
        self.firsts[k] = first
        self.ids[k] = list(ids)
        step = self.step
        for n, tp in enumerate(ids):
            tp_id = tp.id
            if tp_id in skip:
                continue
            item = items.get(tp_id)
            if item is None:
                continue
            changed = False
            if item.parentItem() is not page:
                on_reparent(item)
                item.setParentItem(page)
                changed = True
            y_card = n * step
            pos = item.pos()
            if pos.x() != 0 or pos.y() != y_card:
                item.setPos(0, y_card)
                changed = True
                if drop_caches is not None:
                    drop_caches(item)
            moved += changed
        b = self.card_bounds
        page.set_bounds(QRectF(b.x(), b.y(), b.width(), b.height() + max(0, len(ids) - 1) * step))
        return moved
