"""Workers never touch a table: every read and write of a ``ProductTable`` and of its rows comes
from the thread that owns it, while real jobs run against the sandbox in other threads.

The table here records the thread of every access: the list of rows, its length and purpose,
its writes, and every attribute of every row. The jobs run in a thread of their own (as in the
window) with their own pools; their outcomes come back through a queue and are applied on the
owner's thread, the way the window and the command line do it.
"""

from __future__ import annotations

import dataclasses
import queue
import threading
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from app.catalog.issues import Issue
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from app.jobs import (
    Confirmation,
    ConfirmReport,
    DeleteJob,
    JobReport,
    Journal,
    RowOutcome,
    UploadJob,
    apply_outcomes,
    restore_external_ids,
)
from app.jobs.runner import ChunkedJob
from app.partner import PartnerClient
from app.sandbox import RowRejection, RunningSandbox
from tests.jobs.rows import product_cells
from tests.jobs.test_delete_resume_sandbox import Crash, CrashAfterSending

#: (what was touched, the thread that touched it)
Accesses = list[tuple[str, threading.Thread]]


class WatchedRow(ProductRow):
    """A row that writes down the thread of every attribute read or write."""

    __slots__ = ("_seen",)

    def __getattribute__(self, name: str) -> Any:
        if not name.startswith("_"):
            _note(self, f"row.{name}")
        return super().__getattribute__(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if not name.startswith("_"):
            _note(self, f"row.{name}=")
        super().__setattr__(name, value)


def _note(row: WatchedRow, what: str) -> None:
    try:
        seen = object.__getattribute__(row, "_seen")
    except AttributeError:  # still being built, before it is watched
        return
    seen.append((what, _thread()))


def _thread() -> threading.Thread:
    return threading.current_thread()


class WatchedTable(ProductTable):
    """A ProductTable that writes down the thread of every access to it and to its rows."""

    def __init__(self, rows: Iterable[ProductRow], seen: Accesses, **kwargs: Any) -> None:
        self.seen = seen
        super().__init__([self._watch(r) for r in rows], **kwargs)

    def _watch(self, row: ProductRow) -> WatchedRow:
        names = [f.name for f in dataclasses.fields(ProductRow)]
        watched = WatchedRow(**{n: getattr(row, n) for n in names})
        object.__setattr__(watched, "_seen", self.seen)
        return watched

    def _note(self, what: str) -> None:
        self.__dict__["seen"].append((what, _thread()))

    @property
    def rows(self) -> list[ProductRow]:
        self._note("rows")
        return self.__dict__["_rows"]

    @rows.setter
    def rows(self, rows: list[ProductRow]) -> None:
        self._note("rows=")
        self.__dict__["_rows"] = rows

    @property
    def purpose(self) -> Any:
        self._note("purpose")
        return self.__dict__["_purpose"]

    @purpose.setter
    def purpose(self, purpose: Any) -> None:
        self.__dict__["_purpose"] = purpose

    def __len__(self) -> int:
        self._note("len")
        return super().__len__()

    def set_cell(self, index: int, key: str, raw: Any) -> set[int]:
        self._note("set_cell")
        return super().set_cell(index, key, raw)

    def set_store_result(self, index: int, status: Status, *args: Any, **kwargs: Any) -> None:
        self._note("set_store_result")
        super().set_store_result(index, status, *args, **kwargs)


def watched(
    n: int, seen: Accesses, *, purpose: Any = "upload", cells: list[dict[str, Any]] | None = None
) -> WatchedTable:
    rows = [ProductRow(2 + k, c) for k, c in enumerate(cells or product_cells(n))]
    return WatchedTable(rows, seen, purpose=purpose)


def run_as_owner(
    table: ProductTable,
    build: Callable[[Callable[[list[RowOutcome]], None]], ChunkedJob | Confirmation],
    *,
    keep_edits: bool = False,
) -> tuple[Any, list[int]]:
    """Build the job here (the owner's thread), run it in another thread, apply each batch of
    outcomes here as it comes (through a queue), and the report's once it is over."""
    batches: queue.Queue[tuple[str, Any]] = queue.Queue()
    job = build(lambda batch: batches.put(("outcomes", batch)))
    if isinstance(job, ChunkedJob) and job.restore:
        restore_external_ids(table, job.restore)

    def work() -> None:
        try:
            batches.put(("done", job.run()))
        except BaseException as exc:
            batches.put(("error", exc))

    worker = threading.Thread(target=work, name="job-runner")
    worker.start()
    applied: list[int] = []
    while True:
        kind, got = batches.get(timeout=60)
        if kind == "outcomes":
            applied.append(len(apply_outcomes(table, got, keep_edits=keep_edits)))
        elif kind == "error":
            worker.join()
            raise got
        else:
            worker.join()
            final = got.outcomes  # JobReport or ConfirmReport
            apply_outcomes(table, final, keep_edits=keep_edits)
            return got, applied


def assert_only_owner(seen: Accesses, owner: threading.Thread) -> None:
    strangers = sorted({(what, t.name) for what, t in seen if t is not owner})
    assert not strangers, f"a worker thread touched the table: {strangers[:10]}"
    assert seen  # the recording works: the owner's own accesses are there


def test_upload_then_confirm_touch_the_table_only_from_its_own_thread(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    seen: Accesses = []
    owner = threading.current_thread()
    table = watched(40, seen)
    table.set_cell(3, "price", "abc")  # skipped for its own error
    sandbox.state.live_after = 0.2
    sandbox.state.set_faults(
        drop_count=1,  # a dropped chunk: looked up by SKU from the job's threads
        reject_skus={table.rows[7].sku: RowRejection(code="VAL_001", field="price")},
    )
    seen.clear()

    report, batches = run_as_owner(
        table, lambda cb: UploadJob(client, table, chunk_size=10, concurrency=2, on_outcomes=cb)
    )
    assert isinstance(report, JobReport) and batches  # outcomes came while it ran
    assert table.rows[3].status is Status.SKIPPED  # its own checks stay local issues
    assert table.rows[3].store_issues == [] and table.rows[3].local_issues
    assert table.rows[7].status is Status.REJECTED
    assert table.rows[7].store_issues[0].field == "price"
    pending = [i for i, r in enumerate(table.rows) if r.status is Status.PENDING]
    assert pending

    table.set_cell(pending[0], "name", "Renamed while pending")
    confirmed, _ = run_as_owner(
        table,
        lambda cb: Confirmation(
            client, report.outcomes, timeout=10, first_delay=0.05, on_outcomes=cb
        ),
        keep_edits=True,
    )
    assert isinstance(confirmed, ConfirmReport) and confirmed.live
    stored = {p.sku: p.id for p in sandbox.state.products()}
    for i in pending:
        row = table.rows[i]
        assert row.status is Status.LIVE and row.product_id == stored[str(row.sku)]
        assert row.cells["id"] == row.product_id  # the store's id reaches its cell here
    assert table.rows[pending[0]].edited_since_sent  # the edit made meanwhile is kept
    assert_only_owner(seen, owner)


def test_delete_with_look_ups_touches_the_table_only_from_its_own_thread(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    UploadJob(
        client, ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(6))])
    ).run()
    stored = {p.sku: p.id for p in sandbox.state.products()}
    seen: Accesses = []
    owner = threading.current_thread()
    cells = [
        {"id": stored["SKU-00000"]},
        {"sku": "SKU-00001"},  # looked up by SKU in the job's threads
        {"sku": "SKU-00002"},
        {"sku": "NOT-THERE"},
        {"name": "neither id nor SKU"},
    ]
    table = watched(0, seen, purpose="delete", cells=cells)
    seen.clear()
    run_as_owner(
        table, lambda cb: DeleteJob(client, table, chunk_size=2, concurrency=2, on_outcomes=cb)
    )
    assert [r.status for r in table.rows] == [
        Status.DELETED,
        Status.DELETED,
        Status.DELETED,
        Status.SKIPPED,
        Status.SKIPPED,
    ]
    assert table.rows[1].product_id == stored["SKU-00001"]
    # the job's words, stored: a notice on the row, not an error on its SKU
    assert table.rows[3].store_issues[0].message() == "Not on the store — nothing to delete."
    assert not [i for i in table.rows[4].store_issues if isinstance(i, Issue) and i.field == "id"]
    assert_only_owner(seen, owner)


def test_resume_touches_the_table_only_from_its_own_thread(
    sandbox: RunningSandbox, client: PartnerClient
) -> None:
    journal = Journal()
    first = ProductTable.from_cells(
        [(2 + k, c) for k, c in enumerate(product_cells(30, external_ids=False))]
    )
    generated = [r.external_id for r in first.rows]
    with pytest.raises(Crash):
        UploadJob(
            CrashAfterSending(client, 2), first, chunk_size=10, concurrency=1, journal=journal
        ).run()
    record = journal.latest_unfinished()
    assert record is not None

    seen: Accesses = []
    owner = threading.current_thread()
    fresh = watched(0, seen, cells=product_cells(30, external_ids=False))
    seen.clear()
    report, _ = run_as_owner(
        fresh,
        lambda cb: UploadJob.resume(
            CrashAfterSending(client, 0), fresh, journal, record.id, on_outcomes=cb
        ),
    )
    assert [r.external_id for r in fresh.rows] == generated  # restored by the owner
    assert {r.status for r in fresh.rows} <= {Status.PENDING, Status.LIVE}
    assert len(report.outcomes) == 30
    assert_only_owner(seen, owner)
