"""A sync sends exactly the changes, each through its endpoint, over real HTTP to the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog.status import Status
from app.sandbox import RunningSandbox
from app.sync.plan import Action, Change
from tests.sync.sending_setup import (
    JAKARTA,
    SURABAYA,
    one_warehouse,
    plan_of,
    stocked_store,
    store_client,
    sync,
    writes,
)

PRICES = "/partner/stores/products/prices"
INVENTORY = "/partner/stores/inventory"
PRODUCTS = "/partner/stores/products"


@pytest.fixture(autouse=True)
def _one_warehouse(sandbox: RunningSandbox) -> None:
    one_warehouse(sandbox)


def test_a_price_edit_is_one_price_request_with_only_that_price(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 3)
        shirt = products["SKU-00001"]
        table.set_cell(1, "price", "Rp 95.000")
        plan = plan_of(table, products, {1: [Change("price", shirt["price"], 95000)]})
        sandbox.state.writes.clear()
        _, report = sync(client, table, plan, tmp_path / "journal.sqlite3")
    assert writes(sandbox) == [("PATCH", PRICES, {"items": [{"id": shirt["id"], "price": 95000}]})]
    assert [o.status for o in report.outcomes] == [Status.LIVE, Status.PENDING, Status.LIVE]
    row = table.rows[1]
    assert (row.status, row.product_id) == (Status.PENDING, shirt["id"])
    assert row.batch_id and row.batch_id.startswith("pb_")


def test_a_price_and_a_name_edit_go_to_their_own_endpoints_with_only_their_fields(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 2)
        shirt = products["SKU-00000"]
        changes = [
            Change("price", shirt["price"], 90000),
            Change("specialPrice", None, 85000),
            Change("name", shirt["name"], "Kaos Polos Hitam"),
        ]
        plan = plan_of(table, products, {0: changes})
        sandbox.state.writes.clear()
        _, report = sync(client, table, plan, tmp_path / "journal.sqlite3")
    price = {"items": [{"id": shirt["id"], "price": 90000, "specialPrice": 85000}]}
    assert sorted(writes(sandbox), key=lambda w: w[1] != PRICES) == [
        ("PATCH", PRICES, price),
        ("PATCH", f"{PRODUCTS}/{shirt['id']}", {"name": "Kaos Polos Hitam"}),
    ]
    # the name is applied at once, the price queued: the row is pending until read back
    assert report.outcomes[0].status is Status.PENDING
    assert sandbox.state.by_id(shirt["id"]).name == "Kaos Polos Hitam"  # type: ignore[union-attr]


def test_stock_and_warehouse_edits_go_to_the_inventory(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 2)
        first, second = products["SKU-00000"], products["SKU-00001"]
        warehouses = [{"clientId": JAKARTA, "stock": 4}, {"clientId": SURABAYA, "stock": 9}]
        plan = plan_of(
            table,
            products,
            {
                0: [Change("stock", first["stock"], 55)],
                1: [Change("warehouses", second["warehouses"], warehouses)],
            },
        )
        sandbox.state.writes.clear()
        sync(client, table, plan, tmp_path / "journal.sqlite3")
    assert writes(sandbox) == [
        (
            "PATCH",
            INVENTORY,
            {
                "items": [
                    {"id": first["id"], "stock": 55},
                    {"id": second["id"], "warehouses": warehouses},
                ]
            },
        )
    ]


def test_nothing_changed_sends_nothing_and_every_row_is_live(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 4)
        sandbox.state.writes.clear()
        _, report = sync(client, table, plan_of(table, products), tmp_path / "journal.sqlite3")
    assert writes(sandbox) == []
    assert report.job_id is None and report.requests == 0  # nothing journaled either
    assert {o.status for o in report.outcomes} == {Status.LIVE}
    assert [r.product_id for r in table.rows] == [products[r.sku or ""]["id"] for r in table.rows]


def test_new_rows_go_through_the_bulk_create(sandbox: RunningSandbox, tmp_path: Path) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 3, on_store=2)
        sandbox.state.writes.clear()
        _, report = sync(client, table, plan_of(table, products), tmp_path / "journal.sqlite3")
    sent = writes(sandbox)
    assert [(m, p) for m, p, _ in sent] == [("POST", "/partner/stores/products/bulk")]
    assert sent[0][2] == {"products": [table.rows[2].payload()]}
    assert report.outcomes[2].status is Status.PENDING
    assert sandbox.state.by_sku("SKU-00002") is not None


def test_a_delete_row_goes_through_the_deletions(sandbox: RunningSandbox, tmp_path: Path) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 2)
        gone = products["SKU-00001"]["id"]
        plan = plan_of(table, products, actions={1: Action.DELETE})
        sandbox.state.writes.clear()
        _, report = sync(client, table, plan, tmp_path / "journal.sqlite3")
    assert writes(sandbox) == [("POST", "/partner/stores/products/deletions", {"ids": [gone]})]
    assert report.outcomes[1].status is Status.DELETED
    assert sandbox.state.by_id(gone) is None
