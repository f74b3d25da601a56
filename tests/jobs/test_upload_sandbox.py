"""UploadJob against the real sandbox over HTTP: every answer lands on its sheet row and cell."""

from __future__ import annotations

import threading
import time

from app.catalog.issues import Level
from app.catalog.status import Status
from app.jobs import Confirmation, Journal, Progress, UploadJob, apply_outcomes
from app.partner import PartnerClient
from app.sandbox import RowRejection, RunningSandbox
from tests.jobs.conftest import FAST_RETRY, demo_credentials
from tests.jobs.rows import product_table


def test_250_rows_in_chunks_of_100_rejections_land_on_their_rows(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    table = product_table(250, first_row=5)
    rejected_positions = {0: "price", 99: None, 100: "stock", 101: "photos", 249: "weight"}
    sandbox.state.set_faults(
        reject_skus={
            table.rows[p].sku: RowRejection(code="VAL_001", field=f, message=f"bad {p}")
            for p, f in rejected_positions.items()
        }
    )
    seen: list[Progress] = []
    report = UploadJob(client, table, chunk_size=100, on_progress=seen.append).run()
    apply_outcomes(table, report.outcomes)

    # 3 creates; the SKUs the store holds read from one page of its product list
    assert report.requests == 3 + 1
    assert report.counts() == {"pending": 245, "rejected": 5}
    for o in report.outcomes:
        p = o.index
        if p in rejected_positions:
            assert o.status is Status.REJECTED
            assert o.sheet_row == p + 5
            assert o.code == "VAL_001" and o.message == f"bad {p}"
            assert o.field == rejected_positions[p]
            row = table.rows[p]
            assert row.status is Status.REJECTED
            assert [i.field for i in row.store_issues] == [rejected_positions[p]]
        else:
            assert o.status is Status.PENDING, (p, o.issues)
            assert o.batch_id and o.batch_id.startswith("pb_") and o.request_id
    assert len(sandbox.state.products()) == 245
    assert seen[-1].done == seen[-1].total == 250


def test_a_subset_of_rows_maps_back_to_the_chosen_rows(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    table = product_table(60, first_row=2)
    chosen = [*range(10, 39), 43]  # sheet rows 12-40 and 45
    sandbox.state.set_faults(
        reject_skus={
            table.rows[43].sku: RowRejection(field="name"),
            table.rows[10].sku: RowRejection(field="sku"),
        }
    )
    report = UploadJob(client, table, chosen, chunk_size=7).run()
    assert [o.sheet_row for o in report.outcomes] == [*range(12, 41), 45]
    by_row = {o.sheet_row: o for o in report.outcomes}
    assert by_row[45].status is Status.REJECTED and by_row[45].field == "name"
    assert by_row[12].status is Status.REJECTED and by_row[12].field == "sku"
    assert all(by_row[r].status is Status.PENDING for r in range(13, 41))
    assert {p.sku for p in sandbox.state.products()} == {table.rows[i].sku for i in chosen[1:-1]}
    assert table.rows[0].status is Status.READY  # not chosen, untouched


def test_pending_rows_go_live_with_product_ids(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    sandbox.state.live_after = 0.3
    table = product_table(12)
    report = UploadJob(client, table, chunk_size=5).run()
    apply_outcomes(table, report.outcomes)
    assert report.counts() == {"pending": 12}
    confirmed = Confirmation(client, report.outcomes, timeout=10, first_delay=0.1).run()
    assert len(confirmed.live) == 12
    assert all(r.status is Status.PENDING for r in table.rows)  # the owner applies them
    apply_outcomes(table, confirmed.outcomes, keep_edits=True)
    stored = {p.sku: p.id for p in sandbox.state.products()}
    for row in table.rows:
        assert row.status is Status.LIVE
        assert row.sku is not None and row.product_id == stored[row.sku]
        assert row.cells["id"] == row.product_id


def test_an_edit_made_while_pending_survives_confirmation(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    sandbox.state.live_after = 0.3
    table = product_table(2)
    report = UploadJob(client, table).run()
    apply_outcomes(table, report.outcomes)
    table.set_cell(0, "name", "Renamed after sending")
    assert table.rows[0].edited_since_sent
    confirmed = Confirmation(client, report.outcomes, timeout=10, first_delay=0.1).run()
    apply_outcomes(table, confirmed.outcomes, keep_edits=True)
    assert [r.status for r in table.rows] == [Status.LIVE, Status.LIVE]
    # The store has the old name: the row must still say it was edited since it was sent.
    assert table.rows[0].edited_since_sent and not table.rows[1].edited_since_sent


def test_confirmation_times_out_marking_rows_not_confirmed(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    sandbox.state.live_after = 60
    table = product_table(3)
    report = UploadJob(client, table).run()
    apply_outcomes(table, report.outcomes)
    confirmed = Confirmation(client, report.outcomes, timeout=0.3, first_delay=0.05).run()
    assert confirmed.live == []
    apply_outcomes(table, confirmed.outcomes, keep_edits=True)
    # still pending when the window closed: "not confirmed — check the store"
    assert all(r.status is Status.UNCONFIRMED and r.product_id for r in table.rows)


def test_re_uploading_gives_exists_rows_not_duplicates(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    first = product_table(30)
    UploadJob(client, first, chunk_size=10).run()
    again = product_table(30)  # the same sheet (same external ids) uploaded once more
    report = UploadJob(client, again, chunk_size=10).run()
    apply_outcomes(again, report.outcomes)
    assert report.counts() == {"exists": 30}
    assert len(sandbox.state.products()) == 30
    issue = again.rows[4].store_issues[0]
    assert issue.field == "externalId" and issue.level is Level.WARNING
    assert issue.key == "already_exists" and issue.code == "PRD_002"
    assert "did not change" in issue.message("en")
    assert report.all_good


def test_a_dropped_connection_creates_no_duplicate(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    table = product_table(40, external_ids=False)  # generated ids must survive the retry
    generated = [r.external_id for r in table.rows]
    # the first create is handled, its answer lost
    sandbox.state.set_faults(drop_count=1, faulted_method="POST")
    report = UploadJob(client, table, chunk_size=10, concurrency=1).run()
    # the dropped chunk was found by SKU (live at once in this sandbox); the rest are pending
    assert report.counts() == {"live": 10, "pending": 30}
    products = sandbox.state.products()
    assert len(products) == 40
    assert sorted(str(p.external_id) for p in products) == sorted(map(str, generated))
    assert [r.external_id for r in table.rows] == generated
    first_chunk = report.outcomes[:10]
    assert all(o.product_id for o in first_chunk)  # found by SKU, not sent again
    # 4 creates, one page of the product list before creating, 10 look-ups by SKU for the
    # dropped chunk (the list read before it was sent cannot say)
    assert report.requests == 4 + 1 + 10


def test_cancel_mid_job_leaves_truthful_statuses(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    sandbox.state.set_faults(latency=0.05)
    table = product_table(50)
    job: UploadJob

    def on_progress(p: Progress) -> None:
        if p.done >= 10:
            job.cancel()

    job = UploadJob(client, table, chunk_size=10, concurrency=1, on_progress=on_progress)
    report = job.run()
    apply_outcomes(table, report.outcomes)
    assert report.cancelled
    assert report.counts() == {"pending": 10, "ready": 40}
    assert len(sandbox.state.products()) == 10
    unsent = table.rows[20]
    assert unsent.status is Status.READY
    assert "cancelled" in unsent.store_issues[0].message("en")


def test_cancel_from_another_thread_while_a_chunk_is_in_flight(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    sandbox.state.set_faults(latency=0.3)
    table = product_table(40)
    job = UploadJob(client, table, chunk_size=10, concurrency=2)

    def cancel_once_both_chunks_are_in_flight() -> None:
        # the sandbox stores a chunk's products, then waits 0.3 s before answering: once 20
        # are stored, two chunks are in flight and neither has been answered yet
        deadline = time.monotonic() + 30
        while len(sandbox.state.products()) < 20 and time.monotonic() < deadline:
            time.sleep(0.002)
        job.cancel()

    canceller = threading.Thread(target=cancel_once_both_chunks_are_in_flight)
    canceller.start()
    report = job.run()
    canceller.join()
    sent = len(sandbox.state.products())
    assert sent == 20  # the two chunks in flight finish; nothing else goes out
    assert report.counts() == {"pending": 20, "ready": 20}


def test_wrong_store_token_stops_the_job(sandbox: RunningSandbox) -> None:
    creds = demo_credentials(sandbox.base_url, store_token="stkn_wrong")
    table = product_table(30)
    with PartnerClient(creds, retry=FAST_RETRY) as bad:
        report = UploadJob(bad, table, chunk_size=10, concurrency=1).run()
    apply_outcomes(table, report.outcomes)
    assert report.fatal is not None and report.fatal.code == "AUTH_014"
    assert report.requests == 1
    assert report.counts() == {"failed": 30}
    assert table.rows[0].store_issues[0].code == "AUTH_014"


def test_rows_with_errors_are_skipped_with_their_issues(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    table = product_table(5)
    table.set_cell(2, "price", "abc")
    report = UploadJob(client, table).run()
    assert report.counts() == {"pending": 4, "skipped": 1}
    skipped = report.outcomes[2]
    assert skipped.status is Status.SKIPPED and skipped.field == "price"
    assert len(sandbox.state.products()) == 4


def test_the_journal_records_the_job(
    sandbox: RunningSandbox, client: PartnerClient, tmp_path: object
) -> None:
    journal = Journal()
    table = product_table(25)
    report = UploadJob(
        client,
        table,
        chunk_size=10,
        journal=journal,
        job_info={"source": "produk.xlsx", "sheet": "Produk"},
    ).run()
    assert report.job_id is not None
    record = journal.job(report.job_id)
    assert record is not None and record.state == "finished" and record.source == "produk.xlsx"
    assert record.summary == {"pending": 25}
    chunks = journal.chunks(report.job_id)
    assert [c.state for c in chunks] == ["answered"] * 3
    assert all(c.request_id and c.batch_id for c in chunks)
    rows = journal.rows(report.job_id)
    assert [r["sheet_row"] for r in rows] == list(range(2, 27))
    assert rows[0]["external_id"] == table.rows[0].external_id
    assert rows[0]["batch_id"] == chunks[0].batch_id
