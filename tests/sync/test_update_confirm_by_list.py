"""Queued updates of many rows are confirmed from the store's product list, not by reading
every product back one by one."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import httpx
import pytest

from app.catalog.status import Status
from app.jobs import Journal, apply_outcomes
from app.jobs import confirm as confirm_module
from app.sandbox import RunningSandbox
from app.sync.confirming import SyncConfirmation
from app.sync.plan import Change
from app.sync.sending import SyncJob
from tests.sync.sending_setup import one_warehouse, plan_of, stocked_store, store_client

ROWS = 40


@pytest.fixture(autouse=True)
def _one_warehouse(sandbox: RunningSandbox) -> None:
    one_warehouse(sandbox)


def test_40_price_updates_are_confirmed_from_the_list(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, ROWS)
        changes = {
            i: [Change("price", products[row.sku or ""]["price"], 50_000 + i)]
            for i, row in enumerate(table.rows)
        }
        plan = plan_of(table, products, changes)
        for product in sandbox.state.products():
            product.created_at -= 60  # live for a minute already: only the updates wait
        sandbox.state.live_after = 0.4  # updates applied 0.4 s after they are accepted
        read_back: list[str] = []
        pages: list[str] = []

        def record(request: httpx.Request) -> None:
            path = request.url.path
            if request.method != "GET" or "/partner/stores/products" not in path:
                return
            (pages if path.endswith("/products") else read_back).append(path)

        client._http.event_hooks["request"].append(record)
        with closing(Journal(tmp_path / "j.sqlite3")) as journal:
            job = SyncJob(client, table, plan, journal=journal)
            report = job.run()
            apply_outcomes(table, report.outcomes)
            assert {r.status for r in table.rows} == {Status.PENDING}
            rounds: list[object] = []
            confirmed = SyncConfirmation(
                client, job, report, timeout=10, first_delay=0.1, on_progress=rounds.append
            ).run()
            apply_outcomes(table, confirmed.outcomes, keep_edits=True)
            assert {r.status for r in table.rows} == {Status.LIVE}
            assert len(rounds) > 1  # the first round saw the old prices
            assert 1 <= len(pages) <= len(rounds)  # one page (40 products) a round, while many wait
            # read back one by one: the probes, and the last few rows (fewer than LIST_FROM)
            assert confirm_module.PROBES <= len(read_back) < ROWS
            assert {r["status"] for r in journal.rows(job.parts["update"])} == {"live"}
    assert [sandbox.state.by_sku(r.sku or "").payload["price"] for r in table.rows] == [  # type: ignore[union-attr]
        50_000 + i for i in range(ROWS)
    ]
