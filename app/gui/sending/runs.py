"""One upload or delete job, run through the window's TaskRunner, and its confirmation after.

A "confirm" run (Store → Check pending rows) has no job: it only builds the client off the GUI
thread and then goes through the very same confirmation, for pending rows chosen in the window.

The job is built from a snapshot of the chosen rows taken here, on the GUI thread, before the
worker starts; the engine (``app.jobs``) never touches a table. It calls back from its own
worker threads; ``JobRun`` hands those calls to the GUI thread through a small bridge object's
signals (queued across threads), and the outcomes are applied to the window's table there
(``apply_outcomes``), a slice at a time between the window's events, the rows announced
together (``answer_slices``), so every table change happens on the GUI thread. The job's end
(``finished``) comes once every answer before it is applied; the report's answers the batches
already brought are not applied a second time (the same objects: nothing to change). A delete
job runs on a small delete table; its answers land on the window's rows it stands for. Accepted
rows are then confirmed in the background (``Confirmation``) until live; closing the window
cancels that. The grid is editable again by then (rows may be added or removed), so what the
confirmation learns is applied to the very rows that were sent — found by identity, not by a
position that may have moved (``rows_confirmed``) — in slices too (``confirmations``): a round
that reads the store's list brings every row's answer at once (10,000 rows gone live).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.catalog.status import Status
from app.gui.kit.tasks import TaskRunner
from app.gui.sending.answer_slices import AnswerSlices
from app.gui.sending.job_spec import CONFIRM_MAX_DELAY, ClientFactory, JobSpec
from app.gui.sending.row_copies import RowCopies
from app.gui.sending.rows_confirmed import RowsBeingConfirmed
from app.gui.stores.book import StoreBook
from app.gui.stores.words import explain
from app.jobs import (
    Confirmation,
    ConfirmReport,
    DeleteJob,
    JobReport,
    Journal,
    Progress,
    RowOutcome,
    TableSnapshot,
    UploadJob,
    apply_outcomes,
    restore_external_ids,
)
from app.jobs.delete import is_not_on_store
from app.jobs.runner import ChunkedJob
from app.jobs.selection import RunSummary, pending_outcomes
from app.partner import PartnerClient
from app.sheets.gc_pause import paused_gc
from app.sync.confirming import SyncConfirmation
from app.sync.sending import SyncJob

#: the job of each kind (a "confirm" run has none)
_JOBS: dict[str, Any] = {"upload": UploadJob, "delete": DeleteJob, "sync": SyncJob}


class _Bridge(QObject):
    """Lives on the GUI thread; the engine's threads emit, Qt queues the calls across."""

    outcomes = Signal(object)  # list[RowOutcome]
    restore = Signal(object)  # dict[int, str]: a resumed upload's recorded externalIds
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
        self.job: ChunkedJob | SyncJob | None = None
        self.confirmation: Confirmation | SyncConfirmation | None = None
        self.cancelled = False
        self.running = False
        self.sent = RowsBeingConfirmed(spec.table)  # the window's rows being confirmed
        self._pending: list[RowOutcome] = []  # a "confirm" run: the rows to ask about
        self._rows: TableSnapshot | None = None  # the job's rows, copied on the GUI thread
        self.copies: RowCopies | None = None  # copying them
        self._paused: contextlib.ExitStack | None = None  # the collector, while the job runs
        self._applied: dict[int, RowOutcome] = {}  # job index -> the answer applied last
        self.answers = AnswerSlices(self._apply_piece, self._touched, self)
        self.bridge = _Bridge(self)
        self.bridge.outcomes.connect(self.answers.put)
        self.bridge.restore.connect(lambda ids: self.answers.then(lambda: self._restore(ids)))
        self.bridge.progress.connect(self.progress.emit)
        self.bridge.confirm_progress.connect(self._confirm_progress)
        #: what the confirmation learns, applied as the job's answers are
        self.confirmations = AnswerSlices(self._apply_confirmed, self._touched, self)
        self.bridge.confirmed_rows.connect(self.confirmations.put)

    @property
    def waiting(self) -> set[int]:
        """Where the rows being confirmed are in the window's table now."""
        return self.sent.positions()

    def settle(self) -> bool:
        """The window closes: every answer and confirmation queued goes onto the rows now.
        True when there was any (the rows are then announced by the owner, at once)."""
        queued = self.answers.pending or self.confirmations.pending
        self.answers.drain()
        self.confirmations.drain()
        return queued

    # ---------------------------------------------------------------- the job

    def start(self) -> None:
        self.running = True
        spec = self.spec  # the rows are read here, on the GUI thread, before the worker starts
        if spec.kind == "confirm":
            self._pending = pending_outcomes(spec.table, spec.indexes or [])
        else:  # a resume needs every row: the journal says which it sent
            indexes = None if spec.resume_id is not None else spec.indexes
            store_id = self._store_client_id()
            derive = None  # generated ids follow the store, in the copies' slices, first
            if spec.kind in ("upload", "sync") and spec.resume_id is None and store_id:
                derive = (spec.table, store_id)
            # the rows copied a slice at a time (the grid is locked), then the worker starts
            self.copies = RowCopies(
                spec.job_table, indexes, self._copied, self, derive, self.answers.touch
            )
            self.copies.start()
            return
        self.runner.run(self._work, on_done=self._done, on_failed=self._failed)

    def _copied(self, rows: TableSnapshot) -> None:
        """Every row of the job copied (``take_snapshot``'s very snapshot): the worker starts.
        What is alive now — the copies, the store's lists, the rows' checks made since the
        opening froze its table — is frozen out of later full collections first: during an
        upload the autosave's writer and the job allocate enough to start several, and each
        walked all of it holding the interpreter (0.5–0.9 s a pass at 10,000 rows, the longest
        piece the window waited for). Nothing frozen is cyclic; reference counts free it.
        The collector then stays paused until the job's answers are applied (``_collecting``):
        what the job and the autosave make meanwhile is freed by reference counts, and the
        passes it started walked it all again and again (the autosave's writer and the GUI
        thread ran 8–13 of them per upload, 0.3–1 s each)."""
        self._rows = rows
        gc.freeze()
        if self._paused is None:
            self._paused = contextlib.ExitStack()
            self._paused.enter_context(paused_gc())
        self.runner.run(self._work, on_done=self._done, on_failed=self._failed)

    def _store_client_id(self) -> str | None:
        """The chosen store's client id (not a secret: the profile file holds it)."""
        choice = self.spec.store
        if choice.demo_values is not None:
            return choice.demo_values.store_client_id
        found = [p for p in self.stores.profiles.list() if p.name == choice.name]
        return found[0].store_client_id if found else None

    def cancel(self) -> None:
        """Stop between requests (the job), or at once (the confirmation)."""
        self.cancelled = True
        if self.copies is not None:  # the job starts now, and stops at once, as it did
            self.copies.finish()
        if self.job is not None:
            self.job.cancel()
        if self.confirmation is not None:
            self.confirmation.cancel()

    def _work(self, _: object) -> tuple[JobReport, PartnerClient]:
        """In a worker: credentials (keyring), the client, the job. Touches no widget and no
        table: the job works on the rows copied in ``start``."""
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
            kind = _JOBS[spec.kind]
            rows = self._rows
            if rows is None:
                raise RuntimeError("the job's rows were not read")
            job: ChunkedJob | SyncJob
            if spec.resume_id is not None:
                if self.journal is None:
                    raise RuntimeError("no journal to resume from")
                job = kind.resume(client, rows, self.journal, spec.resume_id, **options)
                if job.restore:  # queued before any outcome: the GUI thread writes them first
                    self.bridge.restore.emit(job.restore)
            elif spec.kind == "sync":
                if self.journal is None:
                    raise RuntimeError("a sync needs the journal")
                job = SyncJob(
                    client,
                    rows,
                    spec.plan,
                    journal=self.journal,
                    winners=spec.winners,
                    job_info=spec.info,
                    **options,
                )
            else:
                job = kind(
                    client,
                    rows,
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

    def _apply_piece(self, outcomes: Sequence[RowOutcome]) -> set[int]:
        """On the GUI thread: a piece of answers onto the window's rows (a delete table's row
        onto the window's row it stands for); the rows touched are announced by the slices."""
        spec = self.spec
        touched = apply_outcomes(  # a row the store does not hold stays as it was
            spec.table,
            outcomes,
            where=lambda o: None if is_not_on_store(o) else spec.window_index(o.index),
        )
        self.summary.add(outcomes, spec.mapping)
        applied = self._applied
        for o in outcomes:
            applied[o.index] = o
        return touched

    def _touched(self, rows: set[int]) -> None:
        if rows:
            self.touched.emit(rows)

    def _restore(self, external_ids: dict[int, str]) -> None:
        """On the GUI thread: a resumed upload's rows get the externalIds the store knows."""
        self.answers.touch(restore_external_ids(self.spec.table, external_ids))

    def _done(self, result: tuple[JobReport, PartnerClient]) -> None:
        report, client = result
        self.running = False
        # every row once more, nothing missed: the answers a batch brought are applied already
        applied = self._applied
        self.answers.put([o for o in report.outcomes if applied.get(o.index) is not o])
        self.answers.then(lambda: self._end(report, client))

    def _collecting(self) -> None:
        """The collector runs again (the job is over and its answers are applied)."""
        paused, self._paused = self._paused, None
        if paused is not None:
            paused.close()

    def collect_again(self) -> None:
        """The window closes: the collector runs again now, whether or not the job's end
        still comes (its worker's answer is queued to an event loop that may not run again);
        once it does, nothing is paused twice or resumed twice."""
        self._collecting()

    def _end(self, report: JobReport, client: PartnerClient) -> None:
        """Every answer of the job is on the rows and announced."""
        self._collecting()
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
        self.sent = RowsBeingConfirmed(
            self.spec.table, {o.index: rows[self.spec.window_index(o.index)] for o in pending}
        )
        self.finished.emit(self.summary)
        self._confirm(client, report)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.answers.then(self._collecting)
        self.answers.then(lambda: self.failed.emit(error))  # after the answers that came

    @property
    def fatal(self) -> BaseException | None:
        return self.job.fatal if self.job is not None else None

    # ---------------------------------------------------------------- confirmation

    def _confirm(self, client: PartnerClient, report: JobReport) -> None:
        confirmation: Confirmation | SyncConfirmation
        if isinstance(self.job, SyncJob):  # created rows by SKU, updated ones read back by id
            confirmation = SyncConfirmation(
                client,
                self.job,
                report,
                timeout=self.spec.confirm_timeout,
                journal=self.journal,
                on_progress=self.bridge.confirm_progress.emit,
                on_outcomes=self.bridge.confirmed_rows.emit,
                max_delay=CONFIRM_MAX_DELAY,
                concurrency=self.spec.concurrency,
            )
        else:
            confirmation = Confirmation(
                client,
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

        def work(_: object) -> ConfirmReport:
            try:
                return confirmation.run()
            finally:
                client.close()

        self.background.run(work, on_done=self._confirmed, on_failed=self._confirm_failed)

    def _apply_confirmed(self, outcomes: Sequence[RowOutcome]) -> set[int]:
        """On the GUI thread: a piece of what the store now says about rows being confirmed
        (a row removed meanwhile is left out); the slices announce the rows touched."""
        # confirming the same send keeps the edits made since
        return apply_outcomes(self.spec.table, outcomes, where=self.sent.finder(), keep_edits=True)

    def _confirm_progress(self, progress: Progress) -> None:
        # the rows whose answers changed are announced by ``_apply_confirmed``; announcing every
        # waiting row again at each round (10,000 at 10,000 rows: logged, recounted, repainted
        # by the window, encoded by the autosave's writer) changed nothing the merchant sees.
        # The count is told once the round's answers are on the rows: it says what they show.
        waiting = progress.total - progress.done
        self.confirmations.then(lambda: self.confirming.emit(waiting))

    def _confirmed(self, report: ConfirmReport) -> None:
        """Over: once every answer it brought is on the rows and announced."""

        def over() -> None:
            for o in report.live:
                self.summary.statuses[o.index] = Status.LIVE
            self._finish_confirmation()

        self.confirmations.then(over)

    def _confirm_failed(self, error: BaseException) -> None:
        self.confirmations.then(self._finish_confirmation)

    def _finish_confirmation(self) -> None:
        """The rows it learned about are announced already; the rows still pending did not
        change (announcing them all again repainted, recounted and re-saved 10,000 rows)."""
        self.sent.clear()
        self.confirmation = None
        self.confirming.emit(0)
        self.confirmed.emit(self.summary)
