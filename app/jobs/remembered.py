"""What the journal remembers of a store's products, laid onto a freshly opened table.

A workbook opened without its session (the merchant answered "No" to restoring unsaved work,
or the session is gone) still knows which of its rows are on the store: every job records
each row's status with its externalId, SKU and product id. The latest word about a product on
that store (same address) wins: live, pending, not confirmed, exists, deleted. Rows are found
by their own externalId (one the merchant keeps, not one generated on opening), else their
SKU, else their product id. Only rows still in their own state (ready, invalid) are given one;
a row that already has a state (from a restored session or our results columns) keeps it. No
Qt, no table changes but through ``ProductTable.set_store_result``, on the table's thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD
from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs.journal import Journal

#: The statuses that say where a product stands on the store.
REMEMBERED = frozenset(
    {Status.LIVE, Status.PENDING, Status.UNCONFIRMED, Status.EXISTS, Status.DELETED}
)
_OWN_STATES = frozenset({Status.READY, Status.INVALID})
_SKU = "sku"
Key = tuple[str, str]  # (field key, value): ("externalId", ...), ("sku", ...), ("id", ...)


@dataclass(frozen=True, slots=True)
class StoreStatus:
    status: Status
    product_id: str | None
    batch_id: str | None
    request_id: str | None


def store_statuses(journal: Journal, base_url: str) -> dict[Key, StoreStatus]:
    """The latest remembered status of each product sent to the store at ``base_url``."""
    latest: dict[Key, StoreStatus] = {}
    for r in journal.store_rows(base_url):
        try:
            status = Status(r["status"])
        except ValueError:  # a word a newer version wrote
            continue
        if status not in REMEMBERED:
            continue
        record = StoreStatus(status, r["product_id"], r["batch_id"], r["request_id"])
        for key, value in (
            (EXTERNAL_ID_FIELD.key, r["external_id"]),
            (_SKU, r["sku"]),
            (PRODUCT_ID_FIELD.key, r["product_id"]),
        ):
            if value:
                latest[(key, str(value))] = record
    return latest


def recall_statuses(table: ProductTable, statuses: dict[Key, StoreStatus]) -> set[int]:
    """Give rows still in their own state what the store is remembered to hold; returns the
    indexes of the rows given a state."""
    touched: set[int] = set()
    if not statuses or table.purpose != "upload":
        return touched
    for i, row in enumerate(table.rows):
        if row.status not in _OWN_STATES:
            continue
        found = None
        if row.external_id and not row.external_id_generated:
            found = statuses.get((EXTERNAL_ID_FIELD.key, row.external_id))
        if found is None and row.sku:
            found = statuses.get((_SKU, row.sku))
        product_id = row.values.get(PRODUCT_ID_FIELD.key)
        if found is None and product_id:
            found = statuses.get((PRODUCT_ID_FIELD.key, str(product_id)))
        if found is None:
            continue
        table.set_store_result(
            i,
            found.status,
            product_id=found.product_id,
            batch_id=found.batch_id,
            request_id=found.request_id,
        )
        touched.add(i)
    return touched
