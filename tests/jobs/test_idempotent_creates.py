"""Generated externalIds are stable for a store and a SKU; the store is asked before creating."""

from __future__ import annotations

from app.catalog.status import Status
from app.catalog.table import ProductTable, stable_external_id
from app.jobs import UploadJob, apply_outcomes
from app.partner import ProductInfo
from tests.jobs.rows import product_cells, product_table
from tests.jobs.test_upload_unit import FakeClient, accept_all


def plain_table(n: int, store_id: str | None = None) -> ProductTable:
    cells = product_cells(n, external_ids=False)
    return ProductTable.from_cells([(2 + k, c) for k, c in enumerate(cells)], store_id=store_id)


def test_a_generated_external_id_is_the_same_for_the_same_store_and_sku() -> None:
    one, two = plain_table(3, "str_A"), plain_table(3, "str_A")
    assert [r.external_id for r in one.rows] == [r.external_id for r in two.rows]
    assert one.rows[0].external_id == stable_external_id("str_A", "SKU-00000")
    assert all(r.external_id_generated for r in one.rows)
    other_store = plain_table(3, "str_B")
    assert one.rows[0].external_id != other_store.rows[0].external_id


def test_use_store_derives_only_generated_ids_of_rows_not_on_the_store() -> None:
    table = plain_table(3)  # loaded before the store was chosen: random ids
    given = product_table(1)  # the sheet's own External ID is never replaced
    mine = given.rows[0].external_id
    table.rows[2].status = Status.PENDING  # sent with its random id: the store knows that one
    sent_id = table.rows[2].external_id
    touched = table.use_store("str_A")
    assert touched == {0, 1}
    assert table.rows[0].external_id == stable_external_id("str_A", "SKU-00000")
    assert table.rows[0].cells["externalId"] == table.rows[0].external_id
    assert table.rows[2].external_id == sent_id
    given.use_store("str_A")
    assert given.rows[0].external_id == mine


def test_a_row_without_sku_keeps_a_random_id_and_an_edited_sku_moves_the_id() -> None:
    table = plain_table(2, "str_A")
    table.set_cell(0, "sku", "")
    assert table.rows[0].external_id_generated and table.rows[0].external_id
    table.set_cell(1, "sku", "BARU-1")
    assert table.rows[1].external_id == stable_external_id("str_A", "BARU-1")


def test_rows_whose_sku_the_store_holds_are_not_created() -> None:
    table = plain_table(3, "str_A")
    held = table.rows[1]
    found = {held.sku: ProductInfo("p-1", "someone-else", held.sku, "x", "live")}
    client = FakeClient(accept_all, skus=found)  # type: ignore[arg-type]
    report = UploadJob(client, table).run()
    apply_outcomes(table, report.outcomes)
    assert [o.status for o in report.outcomes] == [Status.PENDING, Status.EXISTS, Status.PENDING]
    assert report.outcomes[1].product_id == "p-1" and report.outcomes[1].field == "sku"
    assert [p["sku"] for p in client.sent[0]] == [table.rows[0].sku, table.rows[2].sku]
    assert sorted(client.lookups) == sorted(r.sku for r in table.rows)  # type: ignore[type-var]
