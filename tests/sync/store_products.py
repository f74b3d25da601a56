"""Hand-made store products for the comparison tests: the Product object of API.md §4.6 that a
store shows for an uploaded payload (absent optional fields with their empty value)."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable
from typing import Any

from app.catalog.table import ProductTable
from tests.catalog.seed_rows import SEED_CELLS

#: How the store shows a product created without these fields.
EMPTIES: dict[str, Any] = {
    "description": None,
    "specialPrice": None,
    "dimensions": None,
    "brandId": None,
    "hashtags": [],
    "officialBanners": [],
    "minOrder": 1,
    "isPreorder": False,
    "isArchived": False,
    "insuranceRequired": False,
    "codEnabled": False,
    "preorderPeriod": 0,
}


def pid(n: int) -> str:
    return str(uuid.UUID(int=1000 + n))


def stored(payload: dict[str, Any], n: int = 0, **changes: Any) -> dict[str, Any]:
    """The store's product for an uploaded ``payload`` (product id ``pid(n)``), then
    ``changes`` on top (as if changed on the store since)."""
    product = {**EMPTIES, **copy.deepcopy(payload)}
    product.setdefault("warehouses", [])
    if product["warehouses"]:
        product["stock"] = sum(w["stock"] for w in product["warehouses"])
    product.update(id=pid(n), status="live", createdAt="2026-01-01T00:00:00Z")
    product.update(copy.deepcopy(changes))
    return product


def table_of(*rows: dict[str, Any], **kwargs: Any) -> ProductTable:
    return ProductTable.from_cells(((i + 2, dict(cells)) for i, cells in enumerate(rows)), **kwargs)


def seed_table(**edits: Any) -> ProductTable:
    """The seed's two products as a sheet; ``edits`` change the first row's cells."""
    first = {**SEED_CELLS[0], **edits}
    return table_of(first, SEED_CELLS[1])


def store_of(table: ProductTable, **changes: Any) -> list[dict[str, Any]]:
    """The store after uploading every row of ``table``; ``changes`` apply to the first."""
    return [
        stored(row.payload(), i, **(changes if i == 0 else {})) for i, row in enumerate(table.rows)
    ]


def keys(items: Iterable[Any]) -> list[str]:
    return [c.field for c in items]
