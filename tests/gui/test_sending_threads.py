"""The window's runs (``JobRun``) touch the window's table only on the GUI thread: the rows are
copied there before the worker starts, and every outcome — the job's, a delete table's mapped
onto the window's rows, the confirmation's, a resumed upload's restored externalIds — is applied
there, in the slots that receive the bridge's queued signals."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from app.credentials import Credentials
from app.gui.kit.tasks import TaskRunner
from app.gui.sending.rows import RunSummary, delete_table
from app.gui.sending.runs import JobRun, JobSpec
from app.gui.stores.book import StoreBook, StoreChoice
from app.gui.window.settings import WindowSettings
from app.jobs import Journal, UploadJob
from app.partner import PartnerClient
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.jobs.conftest import FAST_RETRY, demo_credentials
from tests.jobs.rows import product_cells
from tests.jobs.test_delete_resume_sandbox import Crash, CrashAfterSending
from tests.jobs.test_one_thread import Accesses, WatchedTable, assert_only_owner


def _store(sandbox: RunningSandbox) -> StoreChoice:
    c = DEMO_CREDENTIALS
    values = Credentials(
        sandbox.base_url,
        c.partner_client_id,
        c.partner_secret,
        c.store_client_id,
        c.store_token,
    )
    return StoreChoice("Sandbox", sandbox.base_url, "demo", values)


def _run(qtbot: Any, spec: JobSpec, journal: Journal | None = None) -> tuple[JobRun, RunSummary]:
    stores = StoreBook(WindowSettings())
    runner, background = TaskRunner(), TaskRunner()
    run = JobRun(spec, stores, journal, runner, background, PartnerClient)
    with qtbot.waitSignal(run.confirmed, timeout=30_000) as blocker:
        run.start()
    return run, blocker.args[0]


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[PartnerClient]:
    with PartnerClient(demo_credentials(sandbox.base_url), retry=FAST_RETRY) as c:
        yield c


@pytest.fixture
def watched_window_table() -> tuple[WatchedTable, Accesses]:
    seen: Accesses = []
    rows = [ProductRow(2 + k, c) for k, c in enumerate(product_cells(25, external_ids=False))]
    table = WatchedTable(rows, seen)
    seen.clear()
    return table, seen


def test_upload_and_its_confirmation_apply_on_the_gui_thread(
    qtbot: Any, sandbox: RunningSandbox, watched_window_table: tuple[WatchedTable, Accesses]
) -> None:
    table, seen = watched_window_table
    sandbox.state.live_after = 0.2
    spec = JobSpec("upload", _store(sandbox), table, table, list(range(25)), chunk_size=10)
    _, summary = _run(qtbot, spec)
    assert summary.counts() == [(Status.LIVE, 25)]
    stored = {p.sku: p.id for p in sandbox.state.products()}
    assert all(r.status is Status.LIVE and r.product_id == stored[r.sku or ""] for r in table.rows)
    assert_only_owner(seen, threading.current_thread())


def test_a_delete_lands_on_the_window_rows_on_the_gui_thread(
    qtbot: Any,
    sandbox: RunningSandbox,
    client: PartnerClient,
    watched_window_table: tuple[WatchedTable, Accesses],
) -> None:
    table, seen = watched_window_table
    uploaded = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(25))])
    UploadJob(client, uploaded).run()
    chosen = [3, 4, 9]
    for i in chosen:  # the window's rows name the uploaded products by SKU only
        table.set_cell(i, "sku", uploaded.rows[i].sku)
    seen.clear()
    rows = delete_table(table, chosen)
    spec = JobSpec("delete", _store(sandbox), table, rows, [0, 1, 2], mapping=chosen)
    _run(qtbot, spec)
    assert [table.rows[i].status for i in chosen] == [Status.DELETED] * 3
    assert table.rows[0].status is Status.READY
    assert len(sandbox.state.products()) == 22
    assert_only_owner(seen, threading.current_thread())


def test_a_resumed_upload_restores_ids_on_the_gui_thread(
    qtbot: Any,
    sandbox: RunningSandbox,
    client: PartnerClient,
    watched_window_table: tuple[WatchedTable, Accesses],
) -> None:
    journal = Journal()
    first = ProductTable.from_cells(
        [(2 + k, c) for k, c in enumerate(product_cells(25, external_ids=False))]
    )
    with pytest.raises(Crash):
        UploadJob(
            CrashAfterSending(client, 2), first, chunk_size=10, concurrency=1, journal=journal
        ).run()
    record = journal.latest_unfinished()
    assert record is not None
    table, seen = watched_window_table
    spec = JobSpec("upload", _store(sandbox), table, table, None, resume_id=record.id)
    _run(qtbot, spec, journal)
    assert [r.external_id for r in table.rows] == [r.external_id for r in first.rows]
    assert {r.status for r in table.rows} == {Status.LIVE}
    assert_only_owner(seen, threading.current_thread())
