"""Which SKUs the store already holds, from its product list rather than one request per row.

Before rows are created, the upload asks the store about their SKUs (a row whose SKU the store
holds is never created twice). API.md has no batch look-up: one ``GET …/sku/{sku}`` per row
costs as many requests as rows. The product list (§4.6) gives 100 products a page, so when the
store's pages are fewer than the rows to ask about, the pages are cheaper: the directory reads
them once per job and answers every row from them. Otherwise (a big store, a few rows) it
declines and the rows are asked about one by one, as before.

Only rows not sent yet are answered from the directory. A row whose earlier send may have
landed is always asked about afresh: the directory was read before that send.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from app.partner import PartnerError, ProductInfo
from app.partner.catalogue import MAX_PAGE_LIMIT
from app.partner.results import listed_product_info

#: [ours] Read the list only when it takes fewer requests than asking row by row.
PAGES_PER_ROW = 1.0


class SkuDirectory:
    """The store's products by SKU, read at most once (``lookup`` is thread-safe).

    ``stops(exc)`` says whether an error ends the job (credentials refused, the store
    unreachable): such an error is raised; any other leaves the directory unread, and the rows
    are asked about one by one."""

    def __init__(
        self,
        client: Any,
        rows_to_ask: int,
        stops: Callable[[Any], bool],
        call: Callable[..., Any] | None = None,
    ) -> None:
        self._client = client
        self._rows = rows_to_ask
        self._stops = stops
        #: how a request is made (the job's own ``_call``, which counts it)
        self._call = call or (lambda func, *args: func(*args))
        self._lock = threading.Lock()
        self._read = False
        self._by_sku: dict[str, ProductInfo] | None = None

    def lookup(self, sku: str) -> tuple[bool, ProductInfo | None]:
        """(known, product): ``known`` False when the directory cannot answer (not read)."""
        found = self.products()
        if found is None:
            return False, None
        return True, found.get(sku)

    def products(self) -> dict[str, ProductInfo] | None:
        """The store's products by SKU (read on the first call), or None when the directory
        cannot answer: a chunk's rows are then looked up in it without a lock each."""
        with self._lock:
            if not self._read:
                self._read = True
                self._by_sku = self._load()
            return self._by_sku

    def _load(self) -> dict[str, ProductInfo] | None:
        listing = getattr(self._client, "list_products", None)
        if listing is None or self._rows < 2:
            return None
        try:
            first = self._call(listing, 1, MAX_PAGE_LIMIT)
            if first.total_pages > self._rows * PAGES_PER_ROW:
                return None  # a big store: the rows one by one take fewer requests
            pages = [first]
            for number in range(2, first.total_pages + 1):
                pages.append(self._call(listing, number, MAX_PAGE_LIMIT))
        except PartnerError as exc:
            if self._stops(exc):
                raise
            return None
        found: dict[str, ProductInfo] = {}
        for page in pages:
            for product in page.items:
                info = listed_product_info(product)
                if info.sku is not None:
                    found.setdefault(info.sku, info)
        return found
