"""DeleteJob and resuming after a crash, against the real sandbox over HTTP."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs import (
    DeleteJob,
    Journal,
    ResumeError,
    UploadJob,
    apply_outcomes,
    restore_external_ids,
)
from app.jobs.delete import is_not_on_store
from app.partner import CreateResult, PartnerClient
from app.sandbox import RunningSandbox
from tests.jobs.rows import product_table


def _upload(client: PartnerClient, n: int, prefix: str = "SKU") -> ProductTable:
    table = product_table(n, prefix=prefix)
    UploadJob(client, table).run()
    return table


def test_delete_by_id_and_by_sku_with_one_unknown_id(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    _upload(client, 6)
    stored = {p.sku: p.id for p in sandbox.state.products()}
    unknown = str(uuid.uuid4())
    rows = [
        (2, {"id": stored["SKU-00000"]}),
        (3, {"id": stored["SKU-00001"], "sku": "SKU-00001"}),
        (4, {"sku": "SKU-00002"}),  # looked up first
        (5, {"id": unknown}),
        (6, {"sku": "SKU-00003"}),
        (7, {"name": "no id, no sku"}),
        (8, {"sku": "NOT-THERE"}),
    ]
    table = ProductTable.from_cells(rows, purpose="delete")
    report = DeleteJob(client, table, chunk_size=2).run()
    apply_outcomes(table, report.outcomes)
    by_row = {o.sheet_row: o for o in report.outcomes}
    for r in (2, 3, 4, 6):
        assert by_row[r].status is Status.DELETED, by_row[r].issues
    assert by_row[4].product_id == stored["SKU-00002"]
    assert by_row[5].status is Status.DELETE_FAILED
    assert by_row[5].code == "PRD_014" and by_row[5].field == "id"
    assert table.rows[3].store_issues[0].code == "PRD_014"
    assert by_row[7].status is Status.SKIPPED and by_row[7].field == "id"
    # a SKU the store does not hold: a notice on the row, not an error on its SKU
    assert by_row[8].status is Status.SKIPPED and by_row[8].field is None
    assert is_not_on_store(by_row[8]) and not is_not_on_store(by_row[7])
    assert by_row[8].message == "Not on the store — nothing to delete."
    assert not by_row[8].main_issue.is_error  # type: ignore[union-attr]
    assert {p.sku for p in sandbox.state.products()} == {"SKU-00004", "SKU-00005"}


def test_a_dropped_delete_is_not_reported_as_failed(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    _upload(client, 4)
    ids = [p.id for p in sandbox.state.products()]
    table = ProductTable.from_cells(
        [(2 + k, {"id": i}) for k, i in enumerate(ids)], purpose="delete"
    )
    sandbox.state.set_faults(drop_count=1)
    report = DeleteJob(client, table).run()
    assert report.counts() == {"deleted": 4}
    assert sandbox.state.products() == []


class Crash(BaseException):
    """Stands for the process dying (power cut, kill -9)."""


class CrashAfterSending:
    """The real client; the process 'dies' after the ``n``-th create request went out (with
    ``arrives=False``: while it was on its way, so the store never got it)."""

    def __init__(self, client: PartnerClient, n: int, *, arrives: bool = True) -> None:
        self.client, self.n, self.arrives, self.creates = client, n, arrives, 0

    def create_products(
        self, products: list[dict[str, Any]], *, plain: bool = False
    ) -> CreateResult:
        self.creates += 1
        if self.creates == self.n and not self.arrives:
            raise Crash
        result = self.client.create_products(products, plain=plain)
        if self.creates == self.n:
            raise Crash
        return result

    def get_product_by_sku(self, sku: str) -> Any:
        return self.client.get_product_by_sku(sku)


def test_resume_after_a_crash_sends_only_the_unsent_chunks(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    journal = Journal()
    table = product_table(50, external_ids=False)
    generated = [r.external_id for r in table.rows]
    crashing = CrashAfterSending(client, 2)
    with pytest.raises(Crash):
        UploadJob(crashing, table, chunk_size=10, concurrency=1, journal=journal).run()
    job = journal.latest_unfinished()
    assert job is not None and job.state == "running"
    assert [c.state for c in journal.chunks(job.id)] == ["answered", "sending"] + ["planned"] * 3
    assert len(sandbox.state.products()) == 20

    # A new process: the workbook is read again, so generated external ids are new ...
    fresh = product_table(50, external_ids=False)
    assert fresh.rows[0].external_id != generated[0]
    counting = CrashAfterSending(client, 0)
    resumed = UploadJob.resume(counting, fresh, journal, job.id, concurrency=1)
    assert [r.external_id for r in fresh.rows] != generated  # planning wrote nothing
    restore_external_ids(fresh, resumed.restore)
    report = resumed.run()
    apply_outcomes(fresh, report.outcomes)
    # ... but the journal's are used: the store knows those.
    assert [r.external_id for r in fresh.rows] == generated
    assert all(r.external_id_generated for r in fresh.rows)
    assert [o.external_id for o in report.outcomes] == generated
    assert counting.creates == 3  # chunks 2-4 only; chunk 1 was checked by SKU
    assert len(sandbox.state.products()) == 50
    assert sorted(str(p.external_id) for p in sandbox.state.products()) == sorted(
        map(str, generated)
    )
    assert report.counts().get("pending", 0) + report.counts().get("live", 0) == 50
    assert journal.job(job.id).state == "finished"  # type: ignore[union-attr]
    with pytest.raises(ResumeError):
        UploadJob.resume(client, fresh, journal, job.id)


def test_resume_sends_again_a_chunk_the_store_never_received(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    journal = Journal()
    table = product_table(30, external_ids=False)
    generated = [r.external_id for r in table.rows]
    with pytest.raises(Crash):
        UploadJob(
            CrashAfterSending(client, 2, arrives=False),
            table,
            chunk_size=10,
            concurrency=1,
            journal=journal,
        ).run()
    job = journal.latest_unfinished()
    assert job is not None
    assert [c.state for c in journal.chunks(job.id)] == ["answered", "sending", "planned"]
    assert len(sandbox.state.products()) == 10

    before = sandbox.state.requests_seen
    fresh = product_table(30, external_ids=False)
    counting = CrashAfterSending(client, 0)
    report = UploadJob.resume(counting, fresh, journal, job.id, concurrency=1).run()
    # 10 look-ups find nothing, so chunk 2 goes again, with the external ids it went with;
    # chunk 3's SKUs are asked before it is created
    assert counting.creates == 2
    assert sandbox.state.requests_seen - before == (10 + 1) * 2
    assert sorted(str(p.external_id) for p in sandbox.state.products()) == sorted(
        map(str, generated)
    )
    assert report.counts().get("pending", 0) + report.counts().get("live", 0) == 30


def test_resume_refuses_a_changed_workbook(sandbox: RunningSandbox, client: PartnerClient) -> None:
    journal = Journal()
    table = product_table(20)
    with pytest.raises(Crash):
        UploadJob(
            CrashAfterSending(client, 1), table, chunk_size=10, concurrency=1, journal=journal
        ).run()
    job = journal.latest_unfinished()
    assert job is not None
    changed = product_table(20, prefix="OTHER")
    with pytest.raises(ResumeError, match="changed"):
        UploadJob.resume(client, changed, journal, job.id)
    with pytest.raises(ResumeError, match="upload job"):
        DeleteJob.resume(client, table, journal, job.id)


class CrashAfterDeleting:
    def __init__(self, client: PartnerClient, n: int) -> None:
        self.client, self.n, self.calls = client, n, 0

    def delete_products(self, ids: list[str]) -> Any:
        self.calls += 1
        result = self.client.delete_products(ids)
        if self.calls == self.n:
            raise Crash
        return result

    def get_product_by_sku(self, sku: str) -> Any:
        return self.client.get_product_by_sku(sku)


def test_resume_a_delete_whose_answer_was_lost(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    _upload(client, 6)
    ids = sorted(p.id for p in sandbox.state.products())
    journal = Journal()

    def sheet() -> ProductTable:
        return ProductTable.from_cells(
            [(2 + k, {"id": i}) for k, i in enumerate(ids)], purpose="delete"
        )

    with pytest.raises(Crash):
        DeleteJob(
            CrashAfterDeleting(client, 2), sheet(), chunk_size=2, concurrency=1, journal=journal
        ).run()
    assert len(sandbox.state.products()) == 2  # the second chunk was deleted, answer lost
    job = journal.latest_unfinished()
    assert job is not None
    counting = CrashAfterDeleting(client, 0)
    report = DeleteJob.resume(counting, sheet(), journal, job.id, concurrency=1).run()
    assert counting.calls == 2  # the ambiguous chunk again (PRD_014 means: deleted) + the last
    assert report.counts() == {"deleted": 6}
    assert sandbox.state.products() == []
