"""Statuses that are true: rows on the store are never called failed or "already there before"."""

from __future__ import annotations

from typing import Any

from app.catalog.status import Status
from app.jobs import UploadJob
from app.partner import CreateResult, PartnerClient, ProductInfo, TransportError
from app.sandbox import RunningSandbox
from tests.jobs.rows import product_table
from tests.jobs.test_upload_unit import FakeClient, accept_all


def test_a_504_after_the_store_processed_the_chunk_leaves_our_rows_pending(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    """The client re-sends after a 5xx; the store answers PRD_002 for what the first attempt
    created: those rows are this upload's own, not "already on the store before"."""
    sandbox.state.set_faults(
        server_error_count=1,
        server_error_status=504,
        server_error_after_processing=True,
        faulted_method="POST",
    )
    table = product_table(6, external_ids=False)
    report = UploadJob(client, table).run()
    assert report.counts() == {"pending": 6}
    assert len(sandbox.state.products()) == 6


def test_rows_of_a_dropped_chunk_found_on_the_store_are_not_failed_when_the_job_stops() -> None:
    """The create dropped after the store took the rows; the look-up after it fails, and so
    the job stops; before rows are called failed, the store is asked once more."""
    table = product_table(3)
    client = FakeClient()
    stored = {
        r.sku: ProductInfo(f"p-{k}", r.external_id, r.sku, "x", "pending")
        for k, r in enumerate(table.rows)
    }
    outage = TransportError("refused", ambiguous=False, code="UNREACHABLE")
    lookups = iter([None, None, None, outage])

    def drop(products: list[dict[str, Any]]) -> CreateResult:
        raise TransportError("lost", ambiguous=True)

    def look_up(sku: str) -> ProductInfo | None:
        client.lookups.append(sku)
        answer = next(lookups, stored[sku])
        if isinstance(answer, Exception):
            raise answer
        return answer

    client.answers = [drop, accept_all]
    client.get_product_by_sku = look_up  # type: ignore[method-assign]
    report = UploadJob(client, table, concurrency=1).run()
    assert report.fatal is not None
    assert [o.status for o in report.outcomes] == [Status.PENDING] * 3
    assert [o.product_id for o in report.outcomes] == ["p-0", "p-1", "p-2"]
    assert len(client.sent) == 1  # never sent again


def test_rows_of_a_chunk_answered_5xx_to_the_end_are_looked_up_before_failed(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    sandbox.state.set_faults(
        server_error_count=3,  # every attempt the client makes
        server_error_after_processing=True,
        faulted_method="POST",
    )
    table = product_table(4)
    report = UploadJob(client, table).run()
    assert report.counts() == {"live": 4}  # the store has them: found by SKU
    assert len(sandbox.state.products()) == 4
    sandbox.state.set_faults(server_error_count=3, faulted_method="POST")  # nothing processed
    other = product_table(2, prefix="LAIN")
    assert UploadJob(client, other).run().counts() == {"failed": 2}


def test_a_look_up_whose_connection_keeps_dropping_fails_that_row_only(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    """Heavy drops on the look-ups do not stop the job: the product list cannot be read (its 3
    attempts dropped), so the rows are asked about one by one; the row the store could not be
    asked about is not sent (failed, to send again); the others are created."""
    sandbox.state.set_faults(drop_count=6, faulted_method="GET")  # the list, then one ask
    table = product_table(4)
    report = UploadJob(client, table, chunk_size=2, concurrency=1).run()
    assert report.fatal is None
    assert [o.status for o in report.outcomes] == [Status.FAILED] + [Status.PENDING] * 3
    assert len(sandbox.state.products()) == 3
