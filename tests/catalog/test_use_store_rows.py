"""``ProductTable.to_derive`` (asked in the compare worker) then ``use_store(store_id, rows)``
on the window's thread: the same ids, the same rows touched, the same duplicate issues and
statuses as ``use_store(store_id)`` looking at every row — for any mix of generated and written
External IDs, SKUs shared or missing, rows already on the store, and a store id new or known."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.status import Status
from app.catalog.table import ProductTable
from tests.jobs.rows import product_cells

_BASE = product_cells(1, external_ids=False)[0]

rows_st = st.lists(
    st.tuples(
        st.sampled_from(["SKU-1", "SKU-2", "SKU-3", " sku-1 ", "", None]),  # shared, blank
        st.sampled_from([None, None, "EXT-1", "EXT-2"]),  # None: generated
        st.sampled_from([Status.READY, Status.READY, Status.LIVE]),
    ),
    min_size=1,
    max_size=10,
)


def _table(rows: list[tuple[Any, Any, Status]], store: str | None) -> ProductTable:
    cells = []
    for sku, external, _ in rows:
        made = dict(_BASE)
        made["sku"] = sku
        if external is not None:
            made["externalId"] = external
        else:
            made.pop("externalId", None)
        cells.append(made)
    ids = (f"random-{k}" for k in range(100))  # the same "random" ids in both tables
    table = ProductTable.from_cells(
        [(2 + k, c) for k, c in enumerate(cells)], store_id=store, id_factory=lambda: next(ids)
    )
    for row, (_, _, status) in zip(table.rows, rows, strict=True):
        row.status = status
    return table


def _state(table: ProductTable) -> list[Any]:
    return [
        (r.cells.get("externalId"), r.values.get("externalId"), r.status, r.duplicate_issues)
        for r in table.rows
    ]


@settings(max_examples=200, deadline=None)
@given(rows=rows_st, before=st.sampled_from([None, "toko-1", "toko-2"]))
def test_the_worker_found_rows_derive_as_every_row(
    rows: list[tuple[Any, Any, Status]], before: str | None
) -> None:
    plain, quick = _table(rows, before), _table(rows, before)
    assert _state(plain) == _state(quick)
    touched = plain.use_store("toko-2")
    found = quick.to_derive("toko-2")
    assert quick.store_id == before  # asking changes nothing
    assert quick.use_store("toko-2", found) == touched
    assert _state(quick) == _state(plain)
    assert quick.to_derive("toko-2") == []  # nothing left to derive
