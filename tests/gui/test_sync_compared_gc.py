"""The window's compare worker (``sync_menu.compared``): the plan ``compare`` makes, made with
the collector paused and on again afterwards, and what it made frozen out of later full
collections (a full pass over a 50,000-row comparison holds the interpreter for seconds)."""

from __future__ import annotations

import gc

from app.catalog.table import ProductTable
from app.gui.window.store_products import StoreProducts
from app.gui.window.sync_menu import compared
from app.sync.diff import compare
from app.sync.plan import Action
from tests.collector import collector_passes
from tests.jobs.rows import product_cells
from tests.sync.store_products import stored


def test_the_worker_plans_as_compare_and_freezes_what_it_made() -> None:
    cells = product_cells(6)
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(cells)])
    products = [stored(row.payload(), k) for k, row in enumerate(table.rows)]
    table.set_cell(2, "price", "Rp 15.000")
    frozen = gc.get_freeze_count()
    try:
        made = compared(table, StoreProducts(products, "toko-1"), None)
        assert gc.isenabled()  # the collector runs again as before
        assert gc.get_freeze_count() > frozen  # the plan and the marks are out of its passes
    finally:
        gc.unfreeze()
    assert made.plan == compare(table, products)
    assert [r.action for r in made.plan] == [Action.UNCHANGED] * 2 + [Action.UPDATE] + [
        Action.UNCHANGED
    ] * 3
    assert made.plan.rows[2].changes[0].as_json()["to"] == 15000


def test_what_it_made_is_frozen_before_the_collector_is_on_again() -> None:
    """Frozen after the collector was back on, the first allocation started a young pass over
    every object made while it was paused (0.1 s in one piece at 50,000 rows)."""
    cells = product_cells(300)
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(cells)])
    products = [stored(row.payload(), k) for k, row in enumerate(table.rows)]
    for k in range(0, 300, 3):
        table.set_cell(k, "price", f"Rp {20_000 + k}")
    try:
        with collector_passes() as passes:
            made = compared(table, StoreProducts(products, "toko-1"), None)
            after = [[k] for k in range(200)]  # the first allocations after it
    finally:
        gc.unfreeze()
    assert len(made.plan.with_action(Action.UPDATE)) == 100
    assert len(after) == 200
    assert passes == []  # no pass over what it made
