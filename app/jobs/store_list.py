"""The store's product list read whole, for a confirmation (API.md §4.6).

With no batch-status endpoint, a confirmation asks one question per waiting row. When many rows
wait, reading the store's whole list — 100 products a page, the pages a few at a time — asks far
fewer: 10,000 rows just uploaded to a store of 10,000 products are 100 pages instead of 10,000
look-ups. ``read_store_list`` reads page 1, learns how many pages there are, and reads the rest
only when ``worth(pages)`` says the list is cheaper than the look-ups it replaces.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from app.partner.catalogue import MAX_PAGE_LIMIT


@dataclass(slots=True)
class StoreList:
    """What one reading of the list saw: ``keep(product)`` of each product it kept (the ones
    the caller asked about, held small). ``complete``: every page was read (nothing cancelled
    and the list was worth reading whole); otherwise ``items`` holds what the pages read had."""

    items: list[Any] = field(default_factory=list)
    pages: int = 0  # the pages the store says it has
    complete: bool = False
    requests: int = 0


def read_store_list(
    client: Any,
    *,
    worth: Callable[[int], bool],
    concurrency: int,
    cancelled: Callable[[], bool],
    keep: Callable[[dict[str, Any]], Any] = lambda product: product,
) -> StoreList:
    """Page 1, then — when ``worth(pages)`` — every other page, ``concurrency`` at a time,
    stopping when ``cancelled()``. Of each product, ``keep(product)`` is held (None: nothing);
    a product met twice (the list moved while it was read) is kept once. The store's errors
    (`PartnerError`) are the caller's."""
    ids: set[str] = set()
    seen = StoreList(requests=1)

    def take(products: list[dict[str, Any]]) -> None:
        for product in products:
            product_id = str(product["id"])
            if product_id not in ids:
                ids.add(product_id)
                kept = keep(product)
                if kept is not None:
                    seen.items.append(kept)

    first = client.list_products(1, MAX_PAGE_LIMIT)
    take(first.items)
    seen.pages = max(1, first.total_pages)
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
    numbers = iter(range(2, seen.pages + 1))
    pool = ThreadPoolExecutor(max(1, concurrency), thread_name_prefix="confirm-list")
    try:  # ``concurrency`` pages in flight, taken in order
        asking = deque(pool.submit(page, n) for n in itertools.islice(numbers, max(1, concurrency)))
        while asking:
            items = asking.popleft().result()
            if items is None:
                complete = False
            else:
                seen.requests += 1
                take(items)
            following = next(numbers, None)
            if following is not None:
                asking.append(pool.submit(page, following))
    finally:  # a page that failed: the pages not yet asked are not asked
        pool.shutdown(cancel_futures=True)
    seen.complete = complete
    return seen
