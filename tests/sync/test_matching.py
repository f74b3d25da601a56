"""Matching rows to store products: product id, else External ID, else SKU; ambiguity is an
issue on the row's cell, never a guess."""

from __future__ import annotations

from app.catalog.issues import Level
from app.sync.diff import compare
from app.sync.matching import MatchedBy, StoreIndex, match_rows
from app.sync.plan import Action
from tests.catalog.seed_rows import SEED_CELLS
from tests.sync.store_products import pid, seed_table, store_of, stored, table_of


def test_by_id_else_external_id_else_sku() -> None:
    table = seed_table()
    store = store_of(table)
    index = StoreIndex(store)
    assert index.match(table.rows[0]).by is MatchedBy.EXTERNAL_ID
    table.set_cell(0, "id", pid(0))
    assert index.match(table.rows[0]).by is MatchedBy.ID
    table.set_cell(1, "externalId", "a-new-one")  # written by the merchant, not on the store
    found = index.match(table.rows[1])
    assert (found.by, found.product_id) == (MatchedBy.SKU, pid(1))
    assert [i.key for i in found.issues] == ["sync_external_id_kept"]


def test_a_sku_matches_without_its_case_and_spaces() -> None:
    table = table_of({**SEED_CELLS[1], "sku": " abc-1 ", "externalId": None})
    product = stored(table.rows[0].payload(), 5, sku="ABC-1", externalId=None)
    (found,) = match_rows(table.rows, [product], stable_ids=False)
    assert (found.by, found.product_id, found.issues) == (MatchedBy.SKU, pid(5), ())


def test_two_store_products_with_the_rows_sku_are_an_error_on_the_sku_cell() -> None:
    table = table_of({**SEED_CELLS[0], "externalId": None})
    payload = table.rows[0].payload()
    store = [stored(payload, 1, externalId="x"), stored(payload, 2, externalId="y")]
    row = compare(table, store).rows[0]
    assert row.action is Action.INVALID
    (issue,) = row.issues
    assert (issue.field, issue.key, issue.level) == ("sku", "sync_sku_twice_on_store", Level.ERROR)
    assert issue.message("en") == (
        "The store has 2 products with SKU 480166; write the product id to say which."
    )
    table.set_cell(0, "id", pid(2))  # the merchant says which
    assert compare(table, store).rows[0].action is Action.UNCHANGED


def test_an_id_whose_product_has_another_rows_sku_is_an_error_not_a_guess() -> None:
    table = seed_table()
    store = store_of(table)
    table.set_cell(0, "id", pid(0))
    table.set_cell(0, "sku", "480167")  # the second product's SKU
    row = compare(table, store).rows[0]
    assert row.action is Action.INVALID
    (issue,) = [i for i in row.issues if i.is_error]
    assert (issue.field, issue.key) == ("sku", "sync_sku_of_other_product")
    assert pid(1) in issue.message("en") and pid(0) in issue.message("en")


def test_an_id_with_a_new_sku_renames_the_sku_with_a_warning() -> None:
    table = seed_table()
    store = store_of(table)
    table.set_cell(0, "id", pid(0))
    table.set_cell(0, "sku", "480166-B")
    row = compare(table, store).rows[0]
    assert row.action is Action.UPDATE
    assert [c.as_json() for c in row.changes] == [
        {"field": "sku", "from": "480166", "to": "480166-B"}
    ]
    assert [(i.key, i.level) for i in row.issues] == [("sync_sku_renamed", Level.WARNING)]


def test_an_unknown_product_id_is_an_error_on_the_id_cell() -> None:
    table = seed_table(id=pid(9))
    row = compare(table, store_of(seed_table())).rows[0]
    assert row.action is Action.INVALID
    assert [(i.field, i.key) for i in row.issues] == [("id", "sync_no_product_with_id")]


def test_two_store_products_with_one_external_id_are_an_error() -> None:
    table = seed_table()
    payload = table.rows[0].payload()
    store = [stored(payload, 1), stored(payload, 2, sku="other")]
    row = compare(table, store).rows[0]
    assert [(i.field, i.key) for i in row.issues] == [
        ("externalId", "sync_external_id_twice_on_store")
    ]


def test_a_generated_external_id_is_looked_up_only_when_it_follows_the_store() -> None:
    cells = {k: v for k, v in SEED_CELLS[0].items() if k != "externalId"}
    random_id = table_of(cells)
    assert random_id.rows[0].external_id_generated
    store = [stored(random_id.rows[0].payload(), 3, externalId="other")]
    (found,) = match_rows(random_id.rows, store, stable_ids=False)
    assert (found.by, found.issues) == (MatchedBy.SKU, ())  # no warning about an id never written
    stable = table_of(cells, store_id="store-1")
    store = [stored(stable.rows[0].payload(), 4, sku="renamed-on-store")]
    (found,) = match_rows(stable.rows, store)
    assert found.by is MatchedBy.EXTERNAL_ID


def test_two_rows_that_are_one_store_product_are_an_error_on_both() -> None:
    table = seed_table()
    store = store_of(table)
    table.set_cell(1, "id", pid(0))  # the second row names the first row's product
    table.set_cell(1, "sku", "480166-X")
    plan = compare(table, store)
    assert [r.action for r in plan] == [Action.INVALID, Action.INVALID]
    first, second = ([i for i in r.issues if i.key == "sync_same_product_twice"] for r in plan)
    assert [(i.field, i.params["other"]) for i in first] == [("externalId", 3)]
    assert [(i.field, i.params["other"]) for i in second] == [("id", 2)]
    assert second[0].message("en") == (
        f"Row 2 is the same store product ({pid(0)}); keep one row per product."
    )
    table.set_cell(1, "action", "lewati")  # a row to skip does not count
    assert compare(table, store).rows[0].action is Action.UNCHANGED
