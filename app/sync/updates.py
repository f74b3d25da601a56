"""UpdateJob: a sync's changed fields go to the store, each through its own endpoint.

``price``/``specialPrice`` through the price update (API.md §4.7), ``stock``/``warehouses``
through the inventory update (§4.8), both ≤100 items a request and by product id; every other
changed field through the one-product update (§4.9), one request per product carrying only the
changed fields. A row that changed its price and its name is two *units* of this job: one price
item and one product update.

The job is a ``ChunkedJob``: each chunk is recorded in the journal before it is sent and its
answer after, and ``UpdateJob.resume`` sends only what the journal has not settled. The journal
keys its rows by index, so a unit's index is ``row index * UNIT_STRIDE + route``
(``unit_of``/``row_of``): the job runs over a snapshot with one entry per unit (``unit_rows``),
and its outcomes are per unit; ``app.sync.sending`` merges them into one per row.

Updates set values (a price, a stock, a name): sending one again has the same effect as sending
it once. That is what a re-send after a lost answer relies on; a resumed chunk whose answer was
lost is first read back (``get_product``) and not sent again when the store already shows it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Self

from app.catalog.fields import (
    EXTERNAL_ID_FIELD,
    PRODUCT_FIELDS,
    PRODUCT_ID_FIELD,
    Kind,
    field_by_key,
)
from app.catalog.issues import Issue, Level, store_issue
from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs.journal import Journal
from app.jobs.mapping import field_of, known_field
from app.jobs.outcome import RowOutcome, job_issue
from app.jobs.plan import Chunk, split
from app.jobs.runner import ChunkAnswer, ChunkedJob
from app.jobs.snapshot import TableSnapshot, take_snapshot
from app.jobs.upload import LIVE_WORDS
from app.partner import NotFoundError, PartnerError, RequestValidationError

#: The three ways a change reaches the store, in the order a row's units are numbered.
PRICES, INVENTORY, PRODUCT = "prices", "inventory", "product"
ROUTES = (PRICES, INVENTORY, PRODUCT)
#: [journal format] a row's units are ``index * UNIT_STRIDE + route``; one spare route.
UNIT_STRIDE = 4
#: The fields each queued update sets, as the registry describes them.
PRICE_FIELDS = tuple(f.key for f in PRODUCT_FIELDS if f.kind is Kind.PRICE)
STOCK = field_by_key("stock").key
WAREHOUSES = next(f.key for f in PRODUCT_FIELDS if f.kind is Kind.WAREHOUSES)
STOCK_FIELDS = (STOCK, WAREHOUSES)
#: An item names its product by id (API.md §4.7/§4.8: simple products)
ID = PRODUCT_ID_FIELD.key
#: [ours] API.md §4.7/§4.8: at most this many items per price or inventory request
UPDATE_CHUNK_SIZE = 100
#: [ours] requests in flight at once (product updates go one product a request: 2–4 at a time)
UPDATE_CONCURRENCY = 3


def unit_of(index: int, route: str) -> int:
    return index * UNIT_STRIDE + ROUTES.index(route)


def row_of(unit: int) -> int:
    return unit // UNIT_STRIDE


def route_of_unit(unit: int) -> str:
    return ROUTES[unit % UNIT_STRIDE]


def item_route(item: Mapping[str, Any]) -> str:
    """The endpoint an item (as planned and journaled) goes to."""
    if "fields" in item:
        return PRODUCT
    return INVENTORY if any(k in item for k in STOCK_FIELDS) else PRICES


@dataclass(frozen=True, slots=True)
class RowUpdate:
    """What one row sends: its product and the changed fields with their new values."""

    index: int  # table index
    product_id: str
    fields: Mapping[str, Any]


def route_items(update: RowUpdate) -> dict[str, dict[str, Any]]:
    """The row's items by route; a field that did not change is never in one, ``externalId``
    never at all. A row whose plain stock and warehouses both changed sends its warehouses
    (the stock is their total, API.md §4.6)."""
    fields = {k: v for k, v in update.fields.items() if k not in _NEVER_SENT}
    items: dict[str, dict[str, Any]] = {}
    prices = {k: fields[k] for k in PRICE_FIELDS if k in fields}
    if prices:
        items[PRICES] = {ID: update.product_id, **prices}
    stock = next((k for k in (WAREHOUSES, STOCK) if k in fields), None)
    if stock is not None:
        items[INVENTORY] = {ID: update.product_id, stock: fields[stock]}
    rest = {k: v for k, v in fields.items() if k not in PRICE_FIELDS and k not in STOCK_FIELDS}
    if rest:
        items[PRODUCT] = {ID: update.product_id, "fields": rest}
    return items


_NEVER_SENT = frozenset({EXTERNAL_ID_FIELD.key, PRODUCT_ID_FIELD.key})


def sent_fields(item: Mapping[str, Any]) -> dict[str, Any]:
    """The fields an item sets (what a read-back must find)."""
    if "fields" in item:
        return dict(item["fields"])
    return {k: v for k, v in item.items() if k != ID}


def shows(product: Mapping[str, Any], fields: Mapping[str, Any]) -> bool:
    """The store's product holds every one of these values (warehouses: each one sent holds
    its stock; the store may keep others)."""
    for key, value in fields.items():
        held = product.get(key)
        if key == WAREHOUSES:
            stocks = {w.get("clientId"): w.get("stock") for w in held or ()}
            if any(stocks.get(w["clientId"]) != w["stock"] for w in value or ()):
                return False
        elif key == STOCK and held != value:
            # a plain stock in a store with warehouses is every warehouse's (API.md §4.5)
            each = [w.get("stock") for w in product.get(WAREHOUSES) or ()]
            if not each or any(stock != value for stock in each):
                return False
        elif key != STOCK and held != value:
            return False
    return True


def unit_rows(table: TableSnapshot) -> TableSnapshot:
    """A snapshot with an entry per unit of each row (its index is the unit's)."""
    rows = {
        unit_of(i, route): dataclasses.replace(row, index=unit_of(i, route))
        for i, row in table.rows.items()
        for route in ROUTES
    }
    chosen = tuple(sorted(rows))
    return TableSnapshot(table.purpose, table.size * UNIT_STRIDE, MappingProxyType(rows), chosen)


def plan_updates(
    table: TableSnapshot, updates: Iterable[RowUpdate], chunk_size: int = UPDATE_CHUNK_SIZE
) -> list[Chunk]:
    """Price chunks, then inventory chunks (≤ ``chunk_size`` items), then one chunk per
    product update; positions hold units (``table`` is the unit snapshot, ``unit_rows``)."""
    by_route: dict[str, list[tuple[tuple[int, ...], dict[str, Any]]]] = {r: [] for r in ROUTES}
    for update in sorted(updates, key=lambda u: u.index):
        for route, item in route_items(update).items():
            by_route[route].append(((unit_of(update.index, route),), item))
    chunks = split(by_route[PRICES], chunk_size)
    chunks += split(by_route[INVENTORY], chunk_size, len(chunks))
    chunks += split(by_route[PRODUCT], 1, len(chunks))
    for chunk in chunks:
        for unit in chunk.rows:
            row = table[unit]
            chunk.keys[unit] = (row.sheet_row, row.external_id, row.sku)
    return chunks


@dataclass(frozen=True, slots=True)
class ProductAnswer:
    """The one-product update's answer: the product as the store now holds it."""

    product: Mapping[str, Any]
    request_id: str | None = None
    batch_id: str | None = None


class UpdateJob(ChunkedJob):
    """Built with ``UpdateJob.of`` (a table or a snapshot of its rows, and the rows' updates);
    the job itself runs over the unit snapshot (``unit_rows``)."""

    kind = "update"

    def __init__(
        self,
        client: Any,
        table: ProductTable | TableSnapshot,
        rows: Iterable[int] | None = None,
        *,
        updates: Iterable[RowUpdate] = (),
        **options: Any,
    ) -> None:
        options.setdefault("concurrency", UPDATE_CONCURRENCY)
        options.setdefault("chunk_size", UPDATE_CHUNK_SIZE)
        super().__init__(client, table, rows, **options)
        self.updates = list(updates)

    @classmethod
    def of(
        cls,
        client: Any,
        table: ProductTable | TableSnapshot,
        updates: Iterable[RowUpdate],
        **options: Any,
    ) -> Self:
        """The job sending these rows' updates; ``table``'s rows, one unit per route."""
        chosen = list(updates)
        rows = table if isinstance(table, TableSnapshot) else take_snapshot(table)
        units = [u for update in chosen for u in _units(update)]
        return cls(client, unit_rows(rows), units, updates=chosen, **options)

    @classmethod
    def resume(
        cls,
        client: Any,
        table: ProductTable | TableSnapshot,
        journal: Journal,
        job_id: int,
        **options: Any,
    ) -> Self:
        """The interrupted update job ``job_id``; ``table`` (or a snapshot of all its rows) as
        for any job: its units are derived here."""
        rows = table if isinstance(table, TableSnapshot) else take_snapshot(table)
        options.setdefault("concurrency", UPDATE_CONCURRENCY)
        return super().resume(client, unit_rows(rows), journal, job_id, **options)

    def _plan(self) -> tuple[list[Chunk], list[RowOutcome]]:
        return plan_updates(self.rows, self.updates, self.chunk_size), []

    # ------------------------------------------------------------ one chunk
    def _request(self, items: list[Any]) -> Any:
        route = item_route(items[0])
        if route == PRICES:
            return self.client.update_prices(items)
        if route == INVENTORY:
            return self.client.update_stock(items)
        item = items[0]
        return ProductAnswer(self.client.update_product(item[ID], item["fields"]))

    def _to_send(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, dropped: bool
    ) -> list[int] | None:
        """A chunk whose earlier send may have landed (a resumed one, answer lost) is read back
        first: a product that already shows the values is not sent again. After a drop in
        this run it is sent again: the same values, set twice, are set once."""
        if self.stopping and not dropped:
            return None
        if dropped or not chunk.ambiguous:
            return remaining
        left = []
        for p in remaining:
            unit = chunk.groups[p][0]
            item = chunk.items[p]
            try:
                product = self._call(self.client.get_product, item[ID])
            except PartnerError:
                product = None  # cannot tell: set the values again
            if product is not None and shows(product, sent_fields(item)):
                answer.outcomes[unit] = self._after(unit, product)
            else:
                left.append(p)
        return left or None

    def _read_answer(self, chunk: Chunk, sub: Chunk, result: Any) -> dict[int, RowOutcome]:
        if isinstance(result, ProductAnswer):
            unit = sub.groups[0][0]
            return {unit: self._after(unit, result.product)}
        ids = {"batch_id": result.batch_id, "request_id": result.request_id}
        got: dict[int, RowOutcome] = {}
        for acc in result.accepted:
            p = _position(sub, acc.row_index, acc.id)
            if p is not None:
                unit = sub.groups[p][0]
                got[unit] = self.outcome(unit, Status.PENDING, product_id=sub.items[p][ID], **ids)
        for err in result.errors:
            p = _position(sub, err.row_index, err.id)
            if p is None:
                continue
            unit = sub.groups[p][0]
            issue = store_issue(
                err.code, err.message, field_of(err.code, err.field), hint=err.hint or None
            )
            status = Status.FAILED if err.retryable else Status.REJECTED
            previous = got.get(unit)
            if previous is not None and previous.status in (Status.REJECTED, Status.FAILED):
                previous.issues.append(issue)
            else:
                got[unit] = self.outcome(unit, status, [issue], **ids)
        for group in sub.groups:
            if group[0] not in got:
                issue = job_issue("no_answer", self.lang, level=Level.ERROR)
                got[group[0]] = self.outcome(group[0], Status.FAILED, [issue], **ids)
        return got

    def _refused(self, sub: Chunk, exc: PartnerError) -> dict[int, RowOutcome]:
        """A refused product update names its fields (VAL_001) or its product (PRD_014); a
        refused price or inventory request is refused for every item in it."""
        if isinstance(exc, RequestValidationError | NotFoundError):
            issues = _refusal_issues(exc)
            rid = exc.request_id
            return {u: self.outcome(u, Status.REJECTED, issues, request_id=rid) for u in sub.rows}
        return self.failed(sub.rows, exc)

    def _after(self, unit: int, product: Mapping[str, Any]) -> RowOutcome:
        """The store shows the unit's values: live, or pending while the store says so."""
        live = str(product.get("status") or "live").lower() in LIVE_WORDS
        status = Status.LIVE if live else Status.PENDING
        return self.outcome(unit, status, product_id=str(product.get(ID) or "") or None)


def _refusal_issues(exc: RequestValidationError | NotFoundError) -> list[Issue]:
    if isinstance(exc, NotFoundError):
        return [store_issue(exc.code, exc.message, PRODUCT_ID_FIELD.key, hint=exc.hint or None)]
    found = [
        store_issue(
            exc.code,
            "; ".join(v) if isinstance(v, list | tuple) else str(v),
            known_field(key),
            hint=exc.hint or None,
        )
        for key, v in (exc.field_errors or {}).items()
    ]
    return found or [store_issue(exc.code, exc.message, None, hint=exc.hint or None)]


def _position(sub: Chunk, row_index: int | None, product_id: str | None) -> int | None:
    """The position an answer entry means: its rowIndex, cross-checked by the id."""
    if (
        row_index is not None
        and 0 <= row_index < len(sub)
        and (not product_id or sub.items[row_index].get(ID) == product_id)
    ):
        return row_index
    for p, item in enumerate(sub.items):
        if product_id and item.get(ID) == product_id:
            return p
    return None


def _units(update: RowUpdate) -> list[int]:
    return [unit_of(update.index, route) for route in route_items(update)]
