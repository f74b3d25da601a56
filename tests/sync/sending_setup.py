"""Set-up for the sending tests: a sandbox store holding a table's products, plans built by hand
(as the diff would build them), and a sync run as the command line runs it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from app.catalog.table import ProductTable
from app.jobs import JobReport, Journal, apply_outcomes
from app.partner import PartnerClient
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from app.sandbox.state import DEMO_WAREHOUSES
from app.sync.plan import Action, Change, RowPlan, SyncPlan
from app.sync.sending import SyncJob
from tests.jobs.conftest import FAST_RETRY, demo_credentials
from tests.jobs.rows import product_table

JAKARTA, SURABAYA = DEMO_WAREHOUSES[0]["clientId"], DEMO_WAREHOUSES[1]["clientId"]


def one_warehouse(sandbox: RunningSandbox) -> None:
    """The demo store with one warehouse: a plain stock is that warehouse's."""
    sandbox.state.warehouses[DEMO_CREDENTIALS.store_client_id] = [dict(DEMO_WAREHOUSES[0])]


@contextmanager
def store_client(sandbox: RunningSandbox) -> Iterator[PartnerClient]:
    with PartnerClient(demo_credentials(sandbox.base_url), retry=FAST_RETRY) as client:
        yield client


def stocked_store(
    sandbox: RunningSandbox, client: PartnerClient, n: int, *, on_store: int | None = None
) -> tuple[ProductTable, dict[str, dict[str, Any]]]:
    """``n`` sheet rows; the first ``on_store`` (all by default) already on the store, as the
    store shows them (by SKU)."""
    table = product_table(n)
    for row in table.rows[: n if on_store is None else on_store]:
        sandbox.state.add_product(row.payload())
    products = {p["sku"]: p for p in client.all_products()}
    return table, products


def plan_of(
    table: ProductTable,
    products: Mapping[str, Mapping[str, Any]],
    changes: Mapping[int, Sequence[Change]] | None = None,
    actions: Mapping[int, Action] | None = None,
) -> SyncPlan:
    """The plan the diff would make: each row matched by SKU, its changes as given."""
    rows = []
    for i, row in enumerate(table.rows):
        store = products.get(row.sku or "")
        found = tuple((changes or {}).get(i, ()))
        action = (actions or {}).get(i) or (
            Action.CREATE if store is None else Action.UPDATE if found else Action.UNCHANGED
        )
        rows.append(
            RowPlan(
                i,
                row.sheet_row,
                action,
                str(store["id"]) if store else None,
                row.sku,
                row.external_id,
                found,
                (),
                store,
            )
        )
    return SyncPlan(rows)


def sync(
    client: PartnerClient,
    table: ProductTable,
    plan: SyncPlan,
    journal_path: Path,
    **options: Any,
) -> tuple[SyncJob, JobReport]:
    """Run the sync and apply its outcomes to the table, as the command line does."""
    with closing(Journal(journal_path)) as journal:
        job = SyncJob(client, table, plan, journal=journal, **options)
        report = job.run()
    apply_outcomes(table, report.outcomes)
    return job, report


def writes(sandbox: RunningSandbox) -> list[tuple[str, str, Any]]:
    """Every write the store received: (method, path, body)."""
    return [(w.method, w.path, w.body) for w in sandbox.state.writes]
