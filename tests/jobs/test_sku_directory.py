"""The upload asks the store which SKUs it holds from its product list when that takes fewer
requests than one look-up per row, and row by row otherwise (against the sandbox)."""

from __future__ import annotations

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
