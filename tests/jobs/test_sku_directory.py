"""The upload asks the store which SKUs it holds from its product list when that takes fewer
requests than one look-up per row, and row by row otherwise (against the sandbox)."""

from __future__ import annotations

from app.catalog.status import Status
from app.jobs import UploadJob
from app.partner import PartnerClient
from app.sandbox import RunningSandbox
from tests.jobs.rows import product_table


def test_a_sheet_uploaded_again_is_recognised_from_one_page_of_the_list(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    first = UploadJob(client, product_table(5), chunk_size=10).run()
    assert first.counts() == {"pending": 5}
    before = sandbox.state.requests_seen
    again = UploadJob(client, product_table(5), chunk_size=10).run()
    # every row already on the store: nothing created, one list page asked, no look-up by SKU
    assert again.counts() == {"exists": 5}
    assert all(o.product_id for o in again.outcomes)
    assert again.requests == 1 and sandbox.state.requests_seen - before == 1
    assert len(sandbox.state.products()) == 5


def test_a_big_store_and_a_few_rows_are_asked_about_row_by_row(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    UploadJob(client, product_table(450, prefix="OLD"), chunk_size=100).run()
    table = product_table(2, prefix="NEW", seed=1)
    before = sandbox.state.requests_seen
    report = UploadJob(client, table, chunk_size=10).run()
    assert report.counts() == {"pending": 2}
    # the list's first page says 5 pages: more than the 2 rows, so each SKU is asked (2), then
    # the one create (reading the whole list would have taken 5 requests)
    assert report.requests == 1 + 2 + 1 and sandbox.state.requests_seen - before == 4


def test_rows_whose_send_may_have_landed_are_asked_afresh_not_sent_twice(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    # the list is read (empty) before the create; the create lands but its answer is lost
    sandbox.state.set_faults(drop_count=1, faulted_method="POST")
    table = product_table(3)
    report = UploadJob(client, table, chunk_size=10).run()
    # ours, found by SKU after the drop (live already: the sandbox publishes at once)
    assert all(o.status in (Status.PENDING, Status.LIVE) for o in report.outcomes)
    creates = [w for w in sandbox.state.writes if w.path == "/partner/stores/products/bulk"]
    assert len(creates) == 1  # never sent again on the strength of the list read before
    assert [p["sku"] for p in creates[0].body["products"]] == [r.sku for r in table.rows]
    assert report.requests == 1 + 1 + 3  # the list page, the create, a look-up per row
    assert len(sandbox.state.products()) == 3
