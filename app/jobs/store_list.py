"""The store's product list read whole, for a confirmation (API.md §4.6).

With no batch-status endpoint, a confirmation asks one question per waiting row. When many rows
wait, reading the store's whole list — 100 products a page, the pages a few at a time — asks far
fewer: 10,000 rows just uploaded to a store of 10,000 products are 100 pages instead of 10,000
look-ups. ``read_store_list`` reads page 1, learns how many pages there are, and reads the rest
only when ``worth(pages)`` says the list is cheaper than the look-ups it replaces.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from app.partner.catalogue import MAX_PAGE_LIMIT


@dataclass(slots=True)
class StoreList:
    """What one reading of the list saw. ``complete``: every page was read (nothing cancelled
    and the list was worth reading whole); otherwise ``items`` holds the pages read."""

    items: list[dict[str, Any]] = field(default_factory=list)
    pages: int = 0  # the pages the store says it has
    complete: bool = False
    requests: int = 0
    _by_id: dict[str, dict[str, Any]] | None = None

    def by_id(self, product_id: str | None) -> dict[str, Any] | None:
        if self._by_id is None:
            self._by_id = {str(item["id"]): item for item in self.items}
        return self._by_id.get(str(product_id)) if product_id else None


def read_store_list(
    client: Any,
    *,
    worth: Callable[[int], bool],
    concurrency: int,
    cancelled: Callable[[], bool],
) -> StoreList:
    """Page 1, then — when ``worth(pages)`` — every other page, ``concurrency`` at a time,
    stopping when ``cancelled()``. A product met twice (the list moved while it was read) is
    kept once. The store's errors (`PartnerError`) are the caller's."""
    first = client.list_products(1, MAX_PAGE_LIMIT)
    seen = StoreList(list(first.items), max(1, first.total_pages), requests=1)
    if seen.pages <= 1 or not first.items:
        seen.complete = True
        return seen
    if not worth(seen.pages) or cancelled():
        return seen

    def page(number: int) -> list[dict[str, Any]] | None:
        if cancelled():
            return None
        items: list[dict[str, Any]] = client.list_products(number, MAX_PAGE_LIMIT).items
        return items

    complete = True
    pool = ThreadPoolExecutor(max(1, concurrency), thread_name_prefix="confirm-list")
    try:
        for items in pool.map(page, range(2, seen.pages + 1)):
            if items is None:
                complete = False
            else:
                seen.requests += 1
                seen.items.extend(items)
    finally:  # a page that failed: the pages not yet asked are not asked
        pool.shutdown(cancel_futures=True)
    ids: set[str] = set()
    seen.items = [item for item in seen.items if _first_time(ids, str(item["id"]))]
    seen.complete = complete
    return seen


def _first_time(ids: set[str], product_id: str) -> bool:
    if product_id in ids:
        return False
    ids.add(product_id)
    return True
