"""The store's catalogue over the wire (API.md §4.6–4.9): the product list, one product, and the
three updates (prices, stock, one product's fields).

Reads are retried like every GET. The three updates set values (a price, a stock, a name), so
sending one again after a lost answer has the same effect as sending it once: they are retried
like the deletions, and a result that came from such a retry says so (``after_ambiguous_retry``).
Products are plain dicts, the Product object of §4.6 as the store sent it; ``row_index`` in a
result is the position in *that request's* ``items`` (mapping it back is the caller's job).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Annotated, Any

from pydantic import Field

from app.giving_way import give_way
from app.partner.answers import UNEXPECTED_ANSWER, read_data
from app.partner.envelopes import CreateData, Envelope, ListOrNone, WireModel
from app.partner.errors import NotFoundError, PartnerError
from app.partner.paths import path_segment
from app.partner.reference import with_query
from app.partner.results import CreateResult, create_result

PRODUCTS_PATH = "/partner/stores/products"
PRICES_PATH = PRODUCTS_PATH + "/prices"
INVENTORY_PATH = "/partner/stores/inventory"
#: API.md §4.6 [ours]: a page holds at most 100 products
MAX_PAGE_LIMIT = 100
#: API.md §4.9: the one field a product update may not carry
NOT_UPDATABLE = "externalId"

Progress = Callable[[int, int], None]  # (products fetched so far, products in the store)
Cancel = Callable[[], bool]


class ListingCancelled(Exception):
    """``cancel()`` said yes between two pages; nothing more was asked."""

    def __init__(self, fetched: int, total: int) -> None:
        super().__init__(f"product list cancelled after {fetched} of {total} products")
        self.fetched, self.total = fetched, total


@dataclass(frozen=True, slots=True)
class ProductPage:
    items: list[dict[str, Any]]
    page: int
    limit: int
    total: int
    total_pages: int
    request_id: str | None = field(default=None, compare=False)


class WirePagination(WireModel):
    page: int | None = None
    limit: int | None = None
    total: int | None = None
    total_pages: int | None = Field(default=None, alias="totalPages")


class ProductPageData(WireModel):
    items: Annotated[list[dict[str, Any]], ListOrNone] = Field(default_factory=list)
    pagination: WirePagination | None = None


class CatalogueCalls:
    """The six calls; `PartnerClient` provides ``_send`` (one signed call with the client's
    retries: the envelope, and whether an earlier attempt's answer was lost) and inherits these."""

    def _send(
        self, method: str, path: str, payload: Any, *, replay_safe: bool
    ) -> tuple[Envelope, bool]:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- reads -------------------------------------------------------------------------------
    def list_products(
        self, page: int = 1, limit: int = MAX_PAGE_LIMIT, q: str | None = None
    ) -> ProductPage:
        """One page of the store's products, oldest first (API.md §4.6)."""
        params: dict[str, str | int] = {"page": max(1, int(page))}
        params["limit"] = max(1, min(int(limit), MAX_PAGE_LIMIT))
        if q:
            params["q"] = q
        envelope, _ = self._send("GET", with_query(PRODUCTS_PATH, **params), None, replay_safe=True)
        data = read_data(ProductPageData, envelope)
        for position, item in enumerate(data.items):
            give_way()  # an item at a time: the window's thread first
            _check_product(item, envelope, f"data.items[{position}]")
        paging = data.pagination or WirePagination()
        total = paging.total if paging.total is not None else len(data.items)
        size = paging.limit or int(params["limit"])
        pages = paging.total_pages if paging.total_pages is not None else -(-total // size)
        return ProductPage(
            data.items, paging.page or int(params["page"]), size, total, pages, envelope.request_id
        )

    def all_products(
        self,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        q: str | None = None,
    ) -> list[dict[str, Any]]:
        """Every product, page by page (100 a page: 5,000 products in 50 requests). A product
        met twice (the list moved while it was read) is kept once. ``cancel()`` is asked before
        each page after the first; when it says yes, `ListingCancelled` is raised."""
        report = progress or (lambda fetched, total: None)
        cancelled = cancel or (lambda: False)
        found: dict[str, dict[str, Any]] = {}
        number = 1
        while True:
            page = self.list_products(number, MAX_PAGE_LIMIT, q)
            for item in page.items:
                found.setdefault(str(item["id"]), item)
            report(len(found), max(page.total, len(found)))
            if not page.items or number >= page.total_pages:
                return list(found.values())
            if cancelled():
                raise ListingCancelled(len(found), page.total)
            number += 1

    def get_product(self, product_id: str) -> dict[str, Any] | None:
        """The product with this id (API.md §4.6), or None when the store answers 404."""
        try:
            envelope, _ = self._send("GET", _product_path(product_id), None, replay_safe=True)
        except NotFoundError:
            return None
        return _product(envelope)

    # -- writes ------------------------------------------------------------------------------
    def update_prices(self, items: Iterable[Mapping[str, Any]]) -> CreateResult:
        """Queue price updates (API.md §4.7): each item ``{"id" or "sku", "price",
        "specialPrice"}``. Accepted rows are pending, as after a bulk create."""
        return self._queued_update(PRICES_PATH, items)

    def update_stock(self, items: Iterable[Mapping[str, Any]]) -> CreateResult:
        """Queue stock updates (API.md §4.8): each item names its product by one of ``sku``,
        ``id``, ``externalId`` and carries ``stock`` or ``warehouses``."""
        return self._queued_update(INVENTORY_PATH, items)

    def update_product(self, product_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Change only these fields of one product, at once (API.md §4.9); the updated product.
        A refused field raises `RequestValidationError` (``field_errors`` by field name), a
        missing product `NotFoundError` (PRD_014)."""
        if NOT_UPDATABLE in fields:
            raise ValueError("a product's externalId cannot be changed")
        if not fields:
            raise ValueError("give at least one field to change")
        envelope, _ = self._send("PATCH", _product_path(product_id), dict(fields), replay_safe=True)
        return _product(envelope)

    def _queued_update(self, path: str, items: Iterable[Mapping[str, Any]]) -> CreateResult:
        body = {"items": [dict(item) for item in items]}
        envelope, after_lost = self._send("PATCH", path, body, replay_safe=True)
        data = read_data(CreateData, envelope)
        result = create_result(
            data, envelope.request_id, envelope.meta.dispatch if envelope.meta else None
        )
        return replace(result, after_ambiguous_retry=after_lost)


def _product_path(product_id: str) -> str:
    return f"{PRODUCTS_PATH}/{path_segment(product_id)}"


def _product(envelope: Envelope) -> dict[str, Any]:
    data = envelope.data
    _check_product(data, envelope, "data")
    return dict(data)


def _check_product(item: Any, envelope: Envelope, where: str) -> None:
    """A product without its id is an unreadable answer, never a half-read product."""
    if not isinstance(item, dict) or not item.get("id"):
        raise PartnerError(
            f"the store's answer could not be read ({where} is not a product with an id)",
            code=UNEXPECTED_ANSWER,
            request_id=envelope.request_id,
        )
