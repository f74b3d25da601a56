"""ProductTable: edits, store results and statuses as the merchant sees them."""

from __future__ import annotations

from app.catalog import ProductTable, Status
from app.catalog.issues import Origin, store_issue
from tests.catalog.seed_rows import SEED_CELLS


def table() -> ProductTable:
    return ProductTable.from_cells([(5, SEED_CELLS[0]), (6, SEED_CELLS[1])])


def test_rejected_cell_clears_when_the_merchant_edits_it() -> None:
    t = table()
    t.set_store_result(
        0,
        Status.REJECTED,
        [store_issue("X_1", "Price too high", "price")],
        batch_id="pb_1",
        request_id="r1",
    )
    row = t.rows[0]
    assert row.status is Status.REJECTED
    assert [i.origin for i in row.issues_for("price")] == [Origin.STORE]
    t.set_cell(0, "price", "Rp 150.000")
    assert row.issues_for("price") == []
    assert row.status is Status.READY
    assert row.batch_id == "pb_1"


def test_row_level_store_error_survives_an_unrelated_edit() -> None:
    t = table()
    t.set_store_result(0, Status.REJECTED, [store_issue("X_9", "Store says no", None)])
    t.set_cell(0, "name", "New name")
    assert t.rows[0].status is Status.REJECTED


def test_live_rows_stay_live_when_edited_and_remember_the_edit() -> None:
    t = table()
    t.set_store_result(1, Status.LIVE, product_id="p-1")
    t.set_cell(1, "name", "Renamed")
    row = t.rows[1]
    assert row.status is Status.LIVE and row.edited_since_sent
    assert row.product_id == "p-1" and row.cells["id"] == "p-1"


def test_insert_and_remove_rows_revalidate_duplicates() -> None:
    t = table()
    t.insert_row(2, dict(SEED_CELLS[0], externalId="copy"))
    assert t.counts() == {"invalid": 2, "ready": 1}
    removed = t.remove_rows([2])
    assert [i for i, _ in removed] == [2]
    assert t.counts() == {"ready": 2}
    assert t.rows_with_problems() == 0


def test_delete_purpose_ignores_product_fields() -> None:
    t = ProductTable.from_cells(
        [(2, {"sku": "480166", "price": "bad"}), (3, {"name": "x"})], purpose="delete"
    )
    assert [r.status for r in t.rows] == [Status.READY, Status.INVALID]


def test_positions_stay_right_after_rows_are_inserted_and_removed() -> None:
    t = table()
    t.insert_row(0, dict(SEED_CELLS[1], externalId="new", sku="NEW-1"))
    # The seed row 2 (now at index 2) takes the new row's SKU: both are duplicates.
    assert t.set_cell(2, "sku", "NEW-1") == {0, 2}
    assert [r.status for r in t.rows] == [Status.INVALID, Status.READY, Status.INVALID]
    assert t.rows[0].duplicate_issues[0].params["other"] == 6
    t.remove_rows([0])
    assert [r.status for r in t.rows] == [Status.READY, Status.READY]
    assert t.set_cell(1, "sku", "480166") == {0, 1}  # now it clashes with the first seed row
