"""The store's answers to a sync land on their rows and cells; conflicts wait for a choice;
queued updates are confirmed by reading the product back."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from app.catalog.status import Status
from app.jobs import Journal, apply_outcomes
from app.sandbox import RowRejection, RunningSandbox
from app.sync.confirming import SyncConfirmation
from app.sync.plan import Action, Change, Winner
from app.sync.sending import SyncJob
from tests.sync.sending_setup import one_warehouse, plan_of, stocked_store, store_client, sync
from tests.sync.sending_setup import writes as sent

PRICES = "/partner/stores/products/prices"


@pytest.fixture(autouse=True)
def _one_warehouse(sandbox: RunningSandbox) -> None:
    one_warehouse(sandbox)


def test_a_refused_price_lands_on_the_price_cell_of_its_row(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 3)
        changes = {i: [Change("price", products[f"SKU-0000{i}"]["price"], 50000)] for i in range(3)}
        sandbox.state.set_faults(
            reject_skus={"SKU-00001": RowRejection(field="price", message="Harga terlalu rendah")}
        )
        _, report = sync(client, table, plan_of(table, products, changes), tmp_path / "j.sqlite3")
    assert [o.status for o in report.outcomes] == [Status.PENDING, Status.REJECTED, Status.PENDING]
    refused = table.rows[1]
    assert refused.status is Status.REJECTED
    assert [i.message() for i in refused.issues_for("price")] == ["Harga terlalu rendah"]
    assert refused.issues_for("name") == [] and table.rows[0].issues_for("price") == []


def test_a_refused_product_update_names_its_field(sandbox: RunningSandbox, tmp_path: Path) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 2)
        shirt = products["SKU-00000"]
        plan = plan_of(table, products, {0: [Change("weight", shirt["weight"], 0)]})
        _, report = sync(client, table, plan, tmp_path / "j.sqlite3")
    assert report.outcomes[0].status is Status.REJECTED
    weight = table.rows[0].issues_for("weight")
    assert len(weight) == 1 and weight[0].code == "VAL_001"
    assert sandbox.state.by_id(shirt["id"]).payload["weight"] == shirt["weight"]  # type: ignore[union-attr]


def test_a_conflict_is_not_sent_until_someone_chooses(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 2)
        shirt = products["SKU-00000"]
        conflict = Change("price", shirt["price"], 75000, exported=80000)
        name = Change("name", shirt["name"], "Kaos Biru")
        plan = plan_of(table, products, {0: [conflict, name]}, {0: Action.CONFLICT})
        sandbox.state.writes.clear()
        _, report = sync(client, table, plan, tmp_path / "one.sqlite3")
        assert sent(sandbox) == []
        assert report.outcomes[0].status is Status.SKIPPED
        (issue,) = table.rows[0].issues_for("price")
        assert "store changed this since the export" in issue.message()
        assert "Rp 100.000" in issue.message() and "Rp 75.000" in issue.message()

        _, report = sync(
            client, table, plan, tmp_path / "two.sqlite3", winners={0: Winner.STORE}
        )  # the store keeps its price; the name still goes
        assert [(m, p, b) for m, p, b in sent(sandbox)] == [
            ("PATCH", f"/partner/stores/products/{shirt['id']}", {"name": "Kaos Biru"})
        ]
        sandbox.state.writes.clear()
        sync(client, table, plan, tmp_path / "three.sqlite3", prefer=Winner.SHEET)
    bodies = {p: b for _, p, b in sent(sandbox)}
    assert bodies == {
        PRICES: {"items": [{"id": shirt["id"], "price": 75000}]},
        f"/partner/stores/products/{shirt['id']}": {"name": "Kaos Biru"},
    }


def test_queued_updates_are_pending_until_the_store_shows_the_values(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 2)
        plan = plan_of(
            table,
            products,
            {
                0: [Change("price", products["SKU-00000"]["price"], 95000)],
                1: [Change("stock", products["SKU-00001"]["stock"], 3)],
            },
        )
        for product in sandbox.state.products():
            product.created_at -= 60  # live for a minute already: only the updates wait
        sandbox.state.live_after = 0.6  # updates applied 0.6 s after they are accepted
        with closing(Journal(tmp_path / "j.sqlite3")) as journal:
            job = SyncJob(client, table, plan, journal=journal)
            report = job.run()
            apply_outcomes(table, report.outcomes)
            assert [r.status for r in table.rows] == [Status.PENDING, Status.PENDING]
            asked_before = client.attempts
            confirmed = SyncConfirmation(client, job, report, timeout=10, first_delay=0.2).run()
            apply_outcomes(table, confirmed.outcomes, keep_edits=True)
            assert [r.status for r in table.rows] == [Status.LIVE, Status.LIVE]
            assert client.attempts - asked_before >= 4  # read back more than once each
            record = journal.job(report.job_id or 0)
            assert record is not None and record.summary == {"live": 2}
            update_rows = journal.rows(job.parts["update"])
            assert {r["status"] for r in update_rows} == {"live"}
    assert sandbox.state.by_sku("SKU-00000").payload["price"] == 95000  # type: ignore[union-attr]


def test_an_update_the_store_never_applies_ends_not_confirmed(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with store_client(sandbox) as client:
        table, products = stocked_store(sandbox, client, 1)
        plan = plan_of(table, products, {0: [Change("price", products["SKU-00000"]["price"], 1)]})
        sandbox.state.set_faults(never_confirm_count=1)  # accepted, never applied
        with closing(Journal(tmp_path / "j.sqlite3")) as journal:
            job = SyncJob(client, table, plan, journal=journal)
            report = job.run()
            confirmed = SyncConfirmation(
                client, job, report, timeout=0.6, first_delay=0.1, max_delay=0.2
            ).run()
    (outcome,) = confirmed.outcomes
    assert outcome.status is Status.UNCONFIRMED and outcome.code == "NOT_CONFIRMED"
