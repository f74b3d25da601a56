"""Product rows for job tests, as a merchant's sheet holds them (Indonesian formats)."""

from __future__ import annotations

import uuid
from typing import Any

from app.catalog.table import ProductTable

CATEGORY = "2fde2994-28a8-4d09-a128-6d744b9e1323"
SUB_CATEGORY = "0e882586-c506-4792-a831-02767a68dae2"
TYPE = "d86db295-41c3-423d-a2c2-a59724f38316"


def product_cells(
    n: int, *, prefix: str = "SKU", external_ids: bool = True, seed: int = 0
) -> list[dict[str, Any]]:
    rows = []
    for k in range(n):
        cells: dict[str, Any] = {
            "name": f"Kaos Polos {prefix} {k}",
            "sku": f"{prefix}-{k:05d}",
            "price": f"Rp {100_000 + k * 1000:,}".replace(",", "."),
            "stock": 10 + k % 7,
            "weight": "250 gr",
            "minOrder": 1,
            "categoryId": CATEGORY,
            "subCategoryId": SUB_CATEGORY,
            "typeId": TYPE,
            "condition": "Baru",
            "photos": {"1": f"https://example.com/{prefix}/{k}.jpg"},
        }
        if external_ids:
            cells["externalId"] = str(uuid.UUID(int=(seed << 64) + k + 1))
        rows.append(cells)
    return rows


def product_table(n: int, *, first_row: int = 2, **kwargs: Any) -> ProductTable:
    """``n`` valid rows at sheet rows ``first_row``, ``first_row + 1``, ..."""
    cells = product_cells(n, **kwargs)
    return ProductTable.from_cells([(first_row + k, c) for k, c in enumerate(cells)])
