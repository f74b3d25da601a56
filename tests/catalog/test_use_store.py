"""``ProductTable.use_store`` leaves the rows whose generated External ID already follows the
store where they are (not taken out of the duplicate index and put back): the same rows,
External IDs, duplicate problems, statuses and touched positions as taking every generated one
out and back, for sheets with repeated SKUs, merchants' own External IDs, rows the store holds
and a second store."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from tests.jobs.rows import product_cells

ROW = st.fixed_dictionaries(
    {
        "sku": st.sampled_from(["SKU-1", "SKU-2", "sku-1 ", "SKU-3", None]),
        "own_id": st.sampled_from([None, None, "ext-1", "ext-2"]),
        "live": st.booleans(),
    }
)


def _every_row(table: ProductTable, store_id: str) -> set[int]:
    """``use_store`` as it was: every generated External ID out of the index and back."""
    table.store_id = store_id
    touched: list[ProductRow] = []
    for row in table.rows:
        if not row.external_id_generated:
            continue
        shared = table._unindex_row(row)
        if table._derive_external_id(row):
            touched.extend([row, *shared])
        table._index_row(row)
    for row in list(touched):
        touched.extend(table._sharing(row))
    return table._refresh_all(touched)


def _seen(table: ProductTable) -> list[Any]:
    return [
        (r.cells.get("externalId"), r.values.get("externalId"), r.duplicate_issues, r.status)
        for r in table.rows
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(ROW, min_size=1, max_size=8), st.sampled_from(["toko-1", "toko-2"]))
def test_use_store_touches_what_taking_every_row_out_did(
    specs: list[dict[str, Any]], second: str
) -> None:
    cells = product_cells(len(specs))
    for spec, row in zip(specs, cells, strict=True):
        row.pop("externalId", None)
        row["sku"] = spec["sku"]
        if spec["own_id"]:
            row["externalId"] = spec["own_id"]
    fast = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(cells)])
    for spec, made in zip(specs, fast.rows, strict=True):
        if spec["live"]:
            made.status = Status.LIVE
    plain = copy.deepcopy(fast)
    plain.__setstate__(plain.__getstate__())  # its own duplicate index, of its own rows
    for store_id in ("toko-1", "toko-1", second):
        assert fast.use_store(store_id) == _every_row(plain, store_id)
        assert _seen(fast) == _seen(plain)
        if len(fast.rows) > 1:  # an edited SKU: that row's id follows it at once
            assert fast.set_cell(1, "sku", "SKU-2") == plain.set_cell(1, "sku", "SKU-2")
            assert _seen(fast) == _seen(plain)
