"""One upload or delete job, run through the window's TaskRunner, and its confirmation after.

A "confirm" run (Store → Check pending rows) has no job: it only builds the client off the GUI
thread and then goes through the very same confirmation, for pending rows chosen in the window.

The engine (``app.jobs``) calls back from its own worker threads; ``JobRun`` hands those calls to
the GUI thread through a small bridge object's signals (queued across threads), so every table
change the window *announces* happens on the GUI thread. A delete job runs on a small delete
table; its answers are copied onto the window's rows here, on the GUI thread. Accepted rows are
then confirmed in the background (``Confirmation``) until live; closing the window cancels that.
The grid is editable again by then (rows may be added or removed), so what the confirmation
learns is applied here, on the GUI thread, to the very rows that were sent — found by identity,
not by a position that may have moved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from app.gui.kit.tasks import TaskRunner
from app.gui.stores.book import StoreBook, StoreChoice
from app.gui.stores.words import explain
from app.jobs import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_CONCURRENCY,
    Confirmation,
    DeleteJob,
    JobReport,
    Journal,
    Progress,
    RowOutcome,
    UploadJob,
)
from app.jobs.runner import ChunkedJob
from app.jobs.selection import RunSummary, pending_outcomes
from app.partner import PartnerClient
from app.profiles import CredentialValues

ClientFactory = Callable[[CredentialValues], PartnerClient]
#: [ours] how long the window keeps asking the store about pending rows, and the longest pause.
CONFIRM_TIMEOUT = 60.0
CONFIRM_MAX_DELAY = 2.0


@dataclass(slots=True)
class JobSpec:
    kind: str  # "upload", "delete" or "confirm" (check pending rows again; no job)
    store: StoreChoice
    table: ProductTable  # the window's table
    job_table: ProductTable  # the table the job runs on: the window's, or a delete table
    indexes: list[int] | None  # rows of job_table to send (None: resume decides)
    mapping: list[int] | None = None  # job_table index -> window table index (delete)
    info: dict[str, Any] = field(default_factory=dict)
    resume_id: int | None = None
    lang: str = "en"
    chunk_size: int = DEFAULT_CHUNK_SIZE
    concurrency: int = DEFAULT_CONCURRENCY
    confirm_timeout: float = CONFIRM_TIMEOUT

    def window_index(self, index: int) -> int:
        return self.mapping[index] if self.mapping is not None else index


class _Bridge(QObject):
    """Lives on the GUI thread; the engine's threads emit, Qt queues the calls across."""

    outcomes = Signal(object)  # list[RowOutcome]
    progress = Signal(object)  # Progress
    confirm_progress = Signal(object)  # Progress
    confirmed_rows = Signal(object)  # list[RowOutcome] the confirmation learned about


class JobRun(QObject):
    touched = Signal(object)  # set[int]: window rows whose status changed (one batch)
    progress = Signal(object)  # Progress
    finished = Signal(object)  # RunSummary, once the job itself is done
    failed = Signal(object)  # an exception that stopped the job before or while it ran
    confirming = Signal(int)  # pending rows still waiting to go live
    confirmed = Signal(object)  # RunSummary, once the confirmation is over

    def __init__(
        self,
        spec: JobSpec,
        stores: StoreBook,
        journal: Journal | None,
        runner: TaskRunner,
        background: TaskRunner,
        client_factory: ClientFactory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.stores = stores
        self.journal = journal
        self.runner, self.background = runner, background
        self.client_factory = client_factory
        self.summary = RunSummary(spec.kind)
        self.job: ChunkedJob | None = None
        self.confirmation: Confirmation | None = None
        self.cancelled = False
        self.running = False
        self._waiting: dict[int, ProductRow] = {}  # job index -> window row being confirmed
        self._pending: list[RowOutcome] = []  # a "confirm" run: the rows to ask about
        self.bridge = _Bridge(self)
        self.bridge.outcomes.connect(self._apply)
        self.bridge.progress.connect(self.progress.emit)
        self.bridge.confirm_progress.connect(self._confirm_progress)
        self.bridge.confirmed_rows.connect(self._apply_confirmed)

    @property
    def waiting(self) -> set[int]:
        """Where the rows being confirmed are in the window's table now."""
        if not self._waiting:
            return set()
        where = {id(row): i for i, row in enumerate(self.spec.table.rows)}
        return {where[id(row)] for row in self._waiting.values() if id(row) in where}

    # ---------------------------------------------------------------- the job

    def start(self) -> None:
        self.running = True
        if self.spec.kind == "confirm":  # read on the GUI thread, before the worker starts
            self._pending = pending_outcomes(self.spec.table, self.spec.indexes or [])
        self.runner.run(self._work, on_done=self._done, on_failed=self._failed)

    def cancel(self) -> None:
        """Stop between requests (the job), or at once (the confirmation)."""
        self.cancelled = True
        if self.job is not None:
            self.job.cancel()
        if self.confirmation is not None:
            self.confirmation.cancel()

    def _work(self, _: object) -> tuple[JobReport, PartnerClient]:
        """In a worker: credentials (keyring), the client, the job. Touches no widget."""
        spec = self.spec
        values = self.stores.credentials(spec.store)
        client = self.client_factory(values)
        try:
            if spec.kind == "confirm":
                return JobReport("confirm", self._pending, cancelled=self.cancelled), client
            options: dict[str, Any] = {
                "chunk_size": spec.chunk_size,
                "concurrency": spec.concurrency,
                "lang": spec.lang,
                "on_progress": self.bridge.progress.emit,
                "on_outcomes": self.bridge.outcomes.emit,
            }
            kind = UploadJob if spec.kind == "upload" else DeleteJob
            if spec.resume_id is not None:
                if self.journal is None:
                    raise RuntimeError("no journal to resume from")
                job = kind.resume(client, spec.job_table, self.journal, spec.resume_id, **options)
            else:
                job = kind(
                    client,
                    spec.job_table,
                    spec.indexes,
                    journal=self.journal,
                    job_info=spec.info,
                    **options,
                )
            self.job = job
            if self.cancelled:
                job.cancel()
            return job.run(), client
        except BaseException:
            client.close()
            raise

    def _apply(self, outcomes: list[RowOutcome]) -> None:
        """On the GUI thread: one batch of answers (copied onto the window's rows for a
        delete), then one ``touched`` signal for the batch."""
        spec = self.spec
        touched: set[int] = set()
        for o in outcomes:
            index = spec.window_index(o.index)
            if index >= len(spec.table.rows):
                continue
            if spec.mapping is not None:
                spec.table.set_store_result(
                    index,
                    o.status,
                    o.issues,
                    product_id=o.product_id,
                    batch_id=o.batch_id,
                    request_id=o.request_id,
                )
            touched.add(index)
        self.summary.add(outcomes, spec.mapping)
        if touched:
            self.touched.emit(touched)

    def _done(self, result: tuple[JobReport, PartnerClient]) -> None:
        report, client = result
        self.running = False
        self._apply(report.outcomes)  # every row once more: nothing missed, same values
        self.summary.cancelled = report.cancelled
        if report.fatal is not None:
            self.summary.stopped = explain(report.fatal)[0]
        pending = [o for o in report.outcomes if o.status is Status.PENDING]
        if self.spec.kind == "delete" or report.fatal is not None or self.cancelled or not pending:
            client.close()
            self.finished.emit(self.summary)
            self.confirmed.emit(self.summary)
            return
        rows = self.spec.table.rows
        self._waiting = {o.index: rows[self.spec.window_index(o.index)] for o in pending}
        self.finished.emit(self.summary)
        self._confirm(client, report)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(error)

    @property
    def fatal(self) -> BaseException | None:
        return self.job.fatal if self.job is not None else None

    # ---------------------------------------------------------------- confirmation

    def _confirm(self, client: PartnerClient, report: JobReport) -> None:
        confirmation = Confirmation(
            client,
            self.spec.table,
            report.outcomes,
            timeout=self.spec.confirm_timeout,
            max_delay=CONFIRM_MAX_DELAY,
            concurrency=self.spec.concurrency,
            journal=self.journal,
            job_id=report.job_id,
            on_progress=self.bridge.confirm_progress.emit,
            on_outcomes=self.bridge.confirmed_rows.emit,
        )
        self.confirmation = confirmation
        if self.cancelled:
            confirmation.cancel()
        self.confirming.emit(len(self.waiting))

        def work(_: object) -> list[RowOutcome]:
            try:
                return confirmation.run()
            finally:
                client.close()

        self.background.run(work, on_done=self._confirmed, on_failed=self._confirm_failed)

    def _apply_confirmed(self, outcomes: list[RowOutcome]) -> None:
        """On the GUI thread: what the store now says about rows being confirmed."""
        table = self.spec.table
        where = {id(row): i for i, row in enumerate(table.rows)}
        touched: set[int] = set()
        for o in outcomes:
            row = self._waiting.get(o.index)
            index = where.get(id(row)) if row is not None else None
            if row is None or index is None:  # removed, or another workbook opened meanwhile
                continue
            edited = row.edited_since_sent  # confirming the same send keeps later edits
            table.set_store_result(
                index,
                o.status,
                o.issues,
                product_id=o.product_id,
                batch_id=o.batch_id,
                request_id=o.request_id,
            )
            row.edited_since_sent = edited
            touched.add(index)
        if touched:
            self.touched.emit(touched)

    def _confirm_progress(self, progress: Progress) -> None:
        self.confirming.emit(progress.total - progress.done)
        if self.waiting:
            self.touched.emit(set(self.waiting))

    def _confirmed(self, live: list[RowOutcome]) -> None:
        for o in live:
            self.summary.statuses[o.index] = Status.LIVE
        self._finish_confirmation()

    def _confirm_failed(self, error: BaseException) -> None:
        self._finish_confirmation()

    def _finish_confirmation(self) -> None:
        rows, self._waiting = self.waiting, {}
        self.confirmation = None
        if rows:
            self.touched.emit(rows)
        self.confirming.emit(0)
        self.confirmed.emit(self.summary)
