"""A client that skipped its own check of the store's data (no tree, no warehouses known) still
sees the store's answer on the right cell: the sandbox rejects a broken chain, an unknown brand
or warehouse with ``details.field``, and the upload puts it on that field of that row."""

from __future__ import annotations

from typing import Any

import pytest

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs import UploadJob, apply_outcomes
from app.partner import PartnerClient
from app.sandbox import RunningSandbox
from tests.jobs.rows import product_cells

OTHER_UUID = "4d7c2f5c-1111-5000-8000-000000000000"
ATASAN = "0e882586-c506-4792-a831-02767a6844e2"


@pytest.mark.parametrize(
    ("cells", "field"),
    [
        ({"categoryId": OTHER_UUID}, "categoryId"),
        ({"subCategoryId": OTHER_UUID}, "subCategoryId"),
        ({"typeId": ATASAN}, "typeId"),
        ({"brandId": OTHER_UUID}, "brandId"),
        ({"stock": None, "warehouses": {"wh_mdn-09": 4}}, "warehouses"),
    ],
)
def test_the_stores_rejection_lands_on_the_named_cell(
    client: PartnerClient, sandbox: RunningSandbox, cells: dict[str, Any], field: str
) -> None:
    rows = product_cells(3, prefix="REJ")
    rows[1].update(cells)
    table = ProductTable.from_cells([(k + 2, c) for k, c in enumerate(rows)])
    assert table.store_data is None and not table.rows[1].has_errors  # nothing known locally
    report = UploadJob(client, table).run()
    apply_outcomes(table, report.outcomes)
    assert [r.status for r in table.rows] == [Status.PENDING, Status.REJECTED, Status.PENDING]
    (issue,) = table.rows[1].issues_for(field)
    assert issue.is_error
    assert {p.sku for p in sandbox.state.products()} == {"REJ-00000", "REJ-00002"}
