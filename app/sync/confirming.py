"""Confirming a sync: created rows until the store shows them live, updated rows until the store
shows the values sent.

Created rows are the upload's ``Confirmation`` (looked up by SKU). A queued price or stock update
gives no status of its own to watch: ``UpdateConfirmation`` reads each product back by id
(``get_product``) in the same backing-off rounds, until it holds every value the row's update set
(``SyncJob.sent``) and is live; the rest are "not confirmed — check the store" after the wait.
What it learns goes into the journal (the update part's units, the sync's rows) and comes back as
``RowOutcome``s for the table's owner to apply (``apply_outcomes(..., keep_edits=True)``).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.catalog.status import AWAITING_STATUSES, Status
from app.jobs.confirm import DEFAULT_TIMEOUT, Confirmation, ConfirmReport
from app.jobs.journal import Journal
from app.jobs.outcome import JobReport, Progress, RowOutcome
from app.jobs.store_list import StoreList
from app.jobs.upload import LIVE_WORDS
from app.sync.sending import SyncJob
from app.sync.updates import ROUTES, unit_of
from app.sync.updates import shows as store_shows


class UpdateConfirmation(Confirmation):
    """``Confirmation`` for updated rows: ``expected`` maps a table index to the fields its
    update set; a row is live once its product (``product_id``) shows them all, live."""

    def __init__(
        self,
        client: Any,
        outcomes: Iterable[RowOutcome],
        expected: Mapping[int, Mapping[str, Any]],
        **options: Any,
    ) -> None:
        super().__init__(client, outcomes, **options)
        self.outcomes = [o for o in self.outcomes if o.product_id and o.index in expected]
        self.expected = expected

    asking = "confirm-update"

    def _look_up(self, o: RowOutcome) -> Any:
        return self.client.get_product(o.product_id)

    def _keeper(self, waiting: list[RowOutcome]) -> Callable[[dict[str, Any]], Any]:
        ids = {str(o.product_id) for o in waiting}
        return lambda product: product if str(product["id"]) in ids else None

    def _list_index(self, listed: StoreList) -> Any:
        return {str(product["id"]): product for product in listed.items}

    def _in_list(self, o: RowOutcome, index: Any) -> Any:
        return index.get(str(o.product_id))

    def _behind(self, o: RowOutcome, looked: Any, listed: Any) -> bool:
        if looked is None:
            return False
        return listed is None or (self._shows(o, looked) and not self._shows(o, listed))

    def _shows(self, o: RowOutcome, product: dict[str, Any]) -> bool:
        """The product holds every value the row's update set, and is live."""
        return store_shows(product, self.expected[o.index]) and (
            str(product.get("status") or "live").lower() in LIVE_WORDS
        )

    def _round(self, waiting: list[RowOutcome]) -> tuple[list[RowOutcome], list[RowOutcome]]:
        live: list[RowOutcome] = []
        for o, product in self._answers(waiting):
            if product is not None and self._shows(o, product):
                o.status = Status.LIVE
                live.append(o)
        learned = [dataclasses.replace(o, issues=list(o.issues)) for o in live]
        if learned and self.on_outcomes is not None:
            self.on_outcomes(learned)
        return live, learned


class SyncConfirmation:
    """After a ``SyncJob``: its created rows and its updated rows confirmed, one after the
    other, within ``timeout`` each. ``run() -> ConfirmReport`` (outcomes per table row),
    ``cancel()``; ``on_outcomes`` and ``on_progress`` as for ``Confirmation``."""

    def __init__(
        self,
        client: Any,
        job: SyncJob,
        report: JobReport,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        journal: Journal | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_outcomes: Callable[[list[RowOutcome]], None] | None = None,
        **options: Any,
    ) -> None:
        self.journal = journal if journal is not None else job.journal
        self.job_id = report.job_id
        self.parts = dict(job.parts)
        waiting = [o for o in report.outcomes if o.status in AWAITING_STATUSES]
        updated = [o for o in waiting if o.index in job.sent]
        created = [o for o in waiting if o.index not in job.sent]
        common = {"timeout": timeout, "on_progress": on_progress, **options}
        self.steps: list[tuple[str, Confirmation]] = []
        if created:
            self.steps.append(
                (
                    "upload",
                    Confirmation(
                        client,
                        created,
                        journal=self.journal,
                        job_id=self.parts.get("upload"),
                        on_outcomes=on_outcomes,
                        **common,
                    ),
                )
            )
        if updated:
            self.steps.append(
                (
                    "update",
                    UpdateConfirmation(
                        client, updated, job.sent, on_outcomes=on_outcomes, **common
                    ),
                )
            )
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()
        for _, step in self.steps:
            step.cancel()

    def run(self) -> ConfirmReport:
        total = ConfirmReport()
        for part, step in self.steps:
            if self._cancel.is_set() or total.error is not None:
                break
            got = step.run()
            total.outcomes.extend(got.outcomes)
            total.live.extend(got.live)
            total.requests += got.requests
            total.error = total.error or got.error
            if part == "update":
                self._record_units(got.outcomes)
        if self.job_id is not None and total.outcomes:
            self.journal.record_outcomes(self.job_id, total.outcomes)
        return total

    def _record_units(self, outcomes: list[RowOutcome]) -> None:
        """An updated row's news into each of its units in the update part's journal rows."""
        part_id = self.parts.get("update")
        if part_id is None or not outcomes:
            return
        units = [
            dataclasses.replace(o, index=unit_of(o.index, route))
            for o in outcomes
            for route in ROUTES
        ]
        recorded = {r["table_index"] for r in self.journal.rows(part_id)}
        self.journal.record_outcomes(part_id, [u for u in units if u.index in recorded])
