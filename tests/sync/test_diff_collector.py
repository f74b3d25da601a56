"""``compare`` makes its plans, index and pairs with the collector paused from the start: the
pairs alone started dozens of young passes (and now and then a full one, 0.33 s at 50,000
rows) before the pause began. The plan is the same."""

from __future__ import annotations

import gc

from app.catalog.table import ProductTable
from app.sync.diff import compare
from app.sync.plan import Action
from tests.collector import collector_passes
from tests.jobs.rows import product_cells
from tests.sync.store_products import stored


def test_no_collector_pass_while_comparing() -> None:
    rows = 3000
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(rows))])
    products = [stored(row.payload(), k) for k, row in enumerate(table.rows)]
    for k in range(0, rows, 4):
        table.set_cell(k, "stock", "9")
    with collector_passes() as passes:
        plan = compare(table, products)
    assert gc.isenabled()
    assert passes in ([], [0])  # at most the young pass as the collector is on again
    updates = plan.with_action(Action.UPDATE)
    assert [r.position for r in updates] == list(range(0, rows, 4))
    assert {c.field for r in updates for c in r.changes} == {"stock"}
    assert len(plan.with_action(Action.UNCHANGED)) == rows - len(updates)
