"""The merchant's send loop in the window: upload selected / all ready, retry failed, delete
selected, resume an interrupted job, check pending rows again.

Each command chooses its rows (``send_rows``), asks (``send_dialogs``), then runs one
``JobRun`` off the GUI thread while the grid is read-only, the panel above the grid shows the
progress and then the result. Answers arrive as batches; each batch is announced to the model as
one ``dataChanged`` rectangle. Problems that stop a job are shown in plain words, never as a
traceback; what the store already answered stays on the rows and in the journal.

After an upload, pending rows are confirmed in the background for a while; rows still pending
then (or restored pending from an earlier session) are asked about again with "Check pending
rows", which runs the same confirmation on its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.catalog.status import Status
from app.gui.grid.lock import TableLock
from app.gui.grid.model import ProductModel
from app.gui.kit.i18n import current_lang
from app.gui.kit.notices import Notices
from app.gui.kit.tasks import TaskRunner
from app.gui.sending.dialogs import (
    DeleteConfirmDialog,
    DeleteQuestion,
    UploadConfirmDialog,
    UploadQuestion,
    listed_products,
)
from app.gui.sending.job_spec import CONFIRM_TIMEOUT, ClientFactory, JobSpec
from app.gui.sending.progress import ProgressPanel
from app.gui.stores.book import StoreBook, StoreChoice, make_client
from app.gui.stores.words import explain
from app.jobs import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, JobRecord, Journal, JournalError
from app.jobs.remembered import recall_statuses, store_statuses
from app.jobs.selection import (
    RETRY_STATUSES,
    RunSummary,
    choose_delete,
    choose_upload,
    delete_table,
    pending_rows,
    ready_rows,
    retry_rows,
)
from app.profiles import ProfileError

if TYPE_CHECKING:
    from app.gui.sending.runs import JobRun
    from app.sheets import LoadedSheet

CONFIRM_WAIT_MS = 15_000


class SendFlow(QObject):
    """Works on the grid's model under its lock, for the open workbook and its selected rows;
    ``parent`` carries the questions and notices. ``sendable`` says whether sending is possible
    now (a workbook is open, no job runs, no results are being written)."""

    finished = Signal(object)  # RunSummary, when the job itself is done
    confirmed = Signal(object)  # RunSummary, when its confirmation is over too
    sendable = Signal(bool)

    def __init__(
        self,
        model: ProductModel,
        lock: TableLock,
        runner: TaskRunner,
        stores: StoreBook,
        *,
        workbook: Callable[[], LoadedSheet | None],
        selected: Callable[[], list[int]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.model, self.lock, self.runner, self.stores = model, lock, runner, stores
        self.workbook, self.selected = workbook, selected
        self.background = TaskRunner(self)  # confirmations: the window stays usable
        self.panel = ProgressPanel(parent)
        self.panel.cancel_requested.connect(self.cancel)
        self.client_factory: ClientFactory = make_client
        self.chunk_size = DEFAULT_CHUNK_SIZE
        self.concurrency = DEFAULT_CONCURRENCY
        self.confirm_timeout = CONFIRM_TIMEOUT  # seconds pending rows are asked about
        self.before_upload: list[Any] = []  # callables(table): the demo store's set-up
        self.run: JobRun | None = None
        self.runs: list[JobRun] = []  # with a confirmation still going
        self.notices = Notices(parent)
        self.message_shown = self.notices.message_shown
        self.warn, self.inform = self.notices.warn, self.notices.inform
        self._journal: Journal | None = None
        self._failed_rows: set[int] = set()  # id(row) of rows a job left rejected / failed
        self.model.modelReset.connect(self._on_new_table)
        self.lock.changed.connect(lambda _: self.update_actions())
        runner.busy_changed.connect(lambda _: self.update_actions())

    # ---------------------------------------------------------------- commands

    @property
    def busy(self) -> bool:
        """A job runs, or the window is saving results (the table must stay as it is)."""
        return self.run is not None or self.lock.locked

    def upload_selected(self) -> None:
        rows = self.selected()
        if not rows:
            self.inform(self.tr("Select the rows to upload first."))
            return
        self.upload(rows)

    def upload_ready(self) -> None:
        self.model.settle()  # a re-check against the store's lists still running ends first
        rows = ready_rows(self.model.table)
        if not rows:
            self.inform(self.tr("No row is ready to send: fix the red cells first."))
            return
        self.upload(rows)

    def retry_failed(self) -> None:
        rows = retry_rows(self.model.table, self._failed_rows)
        if not rows:
            self.inform(
                self.tr(
                    "Nothing to send again: no row failed, was rejected or was"
                    " edited since it was sent."
                )
            )
            return
        self.upload(rows, retry=True)

    def upload(self, rows: list[int], *, retry: bool = False) -> None:
        store = self.ready_store()
        if store is None:
            return
        self.model.settle()  # the rows are sent as checked against the store's lists
        table = self.model.table
        choice = choose_upload(table, rows)
        if not choice.send and choice.hidden and not (choice.problems or choice.already):
            self.inform(
                self.tr(
                    "The chosen rows are hidden in the workbook and are not sent. To send them,"
                    " open the workbook again and tick “Include hidden rows”."
                )
            )
            return
        if not choice.send:
            if choice.already and not choice.problems:
                self.inform(self._already_on_store(len(choice.already)))
                return
            self.inform(
                self.tr(
                    "None of the chosen rows can be sent: %1 have problems,"
                    " %2 are already on the store."
                )
                .replace("%1", str(len(choice.problems)))
                .replace("%2", str(len(choice.already)))
            )
            return
        question = UploadQuestion(
            len(choice.send),
            len(choice.problems),
            len(choice.already),
            store.name,
            store.base_url,
            retry,
        )
        if not UploadConfirmDialog.ask(self.parent_widget, question):
            return
        for prepare in self.before_upload:
            prepare(table)
        self.start_job(JobSpec("upload", store, table, table, choice.send))

    def _already_on_store(self, count: int) -> str:
        return self.tr(
            "Already on the store: %n row(s) were not sent. This upload does not change"
            " products that are live; changing their price or stock will come with sync.",
            "",
            count,
        )

    def delete_selected(self) -> None:
        rows = self.selected()
        if not rows:
            self.inform(self.tr("Select the rows whose products should be deleted first."))
            return
        store = self.ready_store()
        if store is None:
            return
        table = self.model.table
        choice = choose_delete(table, rows)
        if not choice.rows:
            self.inform(self._nothing_to_delete(len(choice.deleted), len(choice.missing)))
            return
        question = DeleteQuestion(
            len(choice.rows),
            choice.by_sku,
            choice.live,
            len(choice.missing),
            store.name,
            store.base_url,
            listed_products(table, choice.rows),
        )
        if not DeleteConfirmDialog.ask(self.parent_widget, question):
            return
        self.start_job(
            JobSpec(
                "delete",
                store,
                table,
                delete_table(table, choice.rows),
                list(range(len(choice.rows))),
                mapping=choice.rows,
                info={"gui_rows": choice.rows},
            )
        )

    def _nothing_to_delete(self, deleted: int, missing: int) -> str:
        if deleted and missing:
            return (
                self.tr(
                    "Nothing to delete: %1 of the selected rows are already deleted and %2"
                    " have neither a product id nor a SKU."
                )
                .replace("%1", str(deleted))
                .replace("%2", str(missing))
            )
        if deleted:
            return self.tr(
                "The %n selected row(s) are already deleted: there is nothing to delete.",
                "",
                deleted,
            )
        return self.tr(
            "None of the selected rows has a product id or a SKU, so there is nothing to delete."
        )

    def resume(self, record: JobRecord) -> None:
        """Finish an interrupted job of the open workbook, from what the journal knows."""
        if self.workbook() is None or self.busy:
            return
        if record.options.get("part_of") == "sync":  # a part: the sync it belongs to resumes
            group = self._sync_of(record)
            if group is None:
                self.warn(
                    self.tr("The job cannot be resumed"),
                    self.tr("Job %1 is part of a sync the journal no longer holds.").replace(
                        "%1", str(record.id)
                    ),
                )
                return
            record = group
        store = self._store_for(record)
        if store is None:
            return
        table = self.model.table
        if record.kind == "delete":
            rows = [int(i) for i in record.options.get("gui_rows") or []]
            if not rows or max(rows) >= len(table):
                self.warn(
                    self.tr("The job cannot be resumed"),
                    self.tr("This delete job was not started from this window's rows."),
                )
                return
            spec = JobSpec(
                "delete",
                store,
                table,
                delete_table(table, rows),
                None,
                mapping=rows,
                resume_id=record.id,
            )
        else:  # an upload, or a sync (its parts resume from what the journal settled)
            kind = "sync" if record.kind == "sync" else "upload"
            spec = JobSpec(kind, store, table, table, None, resume_id=record.id)
        spec.chunk_size = int(record.options.get("chunk_size") or self.chunk_size)
        self.start_job(spec)

    def _sync_of(self, part: JobRecord) -> JobRecord | None:
        for record in self.journal().jobs(200):
            if record.kind == "sync" and part.id in (record.options.get("parts") or {}).values():
                return record
        return None

    def check_pending(self) -> None:
        """Ask the active store again about every pending row (with a SKU) not being confirmed
        already: the window's check after an upload gave up on them, or they were restored
        from an earlier session. Runs in the background like that check; no question asked."""
        if self.busy:
            self.inform(
                self.tr(
                    "Pending rows can be checked once the running job or the"
                    " saving of results is over."
                )
            )
            return
        checking: set[int] = set()
        for run in self.runs:
            checking |= run.waiting
        pending = pending_rows(self.model.table)
        rows = [i for i in pending if i not in checking]
        if not rows:
            self.inform(
                self.tr("The pending rows are already being checked.")
                if pending
                else self.tr("No row is pending: there is nothing to check.")
            )
            return
        try:
            store = self.stores.active()
        except ProfileError as error:
            self.warn(*explain(error))
            return
        if store is None:
            self.inform(
                self.tr(
                    "Choose your store in Store → Stores… first: pending rows are"
                    " checked on the chosen store."
                )
            )
            return
        table = self.model.table
        self.start_job(JobSpec("confirm", store, table, table, rows))

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()

    # ---------------------------------------------------------------- running

    def start_job(self, spec: JobSpec) -> None:
        journal: Journal | None = None
        if spec.kind != "confirm":  # a check records nothing: it belongs to no job
            try:
                journal = self.journal()
            except JournalError as error:
                self.warn(*explain(error))
                return
        loaded = self.workbook()
        spec.lang = current_lang()
        spec.chunk_size = spec.chunk_size if spec.resume_id else self.chunk_size
        spec.concurrency = self.concurrency
        spec.confirm_timeout = self.confirm_timeout
        spec.info = {
            "source": str(Path(loaded.path).resolve()) if loaded else None,
            "sheet": loaded.raw.name if loaded else None,
            "profile": spec.store.name,
            "base_url": spec.store.base_url,
            "options": {"lang": spec.lang, "origin": "window", **spec.info},
        }
        from app.gui.sending.runs import JobRun  # the engine and client: once a job starts

        run = JobRun(
            spec,
            self.stores,
            journal,
            self.runner,
            self.background,
            self.client_factory,
            self,
        )
        run.touched.connect(lambda rows, r=run: self._announce(r, rows))
        run.progress.connect(self.panel.set_progress)
        run.finished.connect(lambda summary, r=run: self._finished(r, summary))
        run.failed.connect(lambda error, r=run: self._failed(r, error))
        run.confirming.connect(lambda waiting, r=run: self._confirming(r, waiting))
        run.confirmed.connect(lambda summary, r=run: self._confirmed(r, summary))
        self.run = run
        self.lock.hold("job")
        total = len(spec.indexes) if spec.indexes is not None else 0
        self.panel.start(spec.kind, spec.store.name, total)
        run.start()

    def _announce(self, run: JobRun, rows: set[int]) -> None:
        table = self.model.table
        if run.spec.table is not table or not rows:
            return
        for i in rows:
            row = table.rows[i]
            if row.status in RETRY_STATUSES:
                self._failed_rows.add(id(row))
            elif row.status is not Status.READY:
                self._failed_rows.discard(id(row))
        self.model.announce(rows)

    def _finished(self, run: JobRun, summary: RunSummary) -> None:
        self.run = None
        self.lock.release("job")
        self.panel.finish(summary, len(run.waiting))
        if run.waiting:
            self.runs.append(run)
        self.finished.emit(summary)
        fatal = run.fatal
        if fatal is not None:
            self.warn(*explain(fatal))
        elif summary.not_on_store:
            self.inform(
                self.tr(
                    "%n of the selected row(s) are not on the store, so there was nothing to"
                    " delete. Their status is unchanged.",
                    "",
                    len(summary.not_on_store),
                )
            )

    def _failed(self, run: JobRun, error: BaseException) -> None:
        self.run = None
        self.lock.release("job")
        if run.summary.statuses:
            run.summary.stopped = explain(error)[0]
            self.panel.finish(run.summary)
            self._announce(run, set(run.summary.statuses))
        else:
            self.panel.hide()
        self.warn(*explain(error))
        self.finished.emit(run.summary)
        run.deleteLater()  # nothing more comes from it; it holds the table it ran on

    def _confirming(self, run: JobRun, waiting: int) -> None:
        if self.panel.summary is run.summary:
            self.panel.set_confirming(waiting)

    def _confirmed(self, run: JobRun, summary: RunSummary) -> None:
        if run in self.runs:
            self.runs.remove(run)
        if self.panel.summary is summary:
            self.panel.set_confirming(0)
        self.confirmed.emit(summary)
        run.deleteLater()  # its last signal: the job and its confirmation are over

    def update_actions(self) -> None:
        self.sendable.emit(self.workbook() is not None and not self.busy)

    def _on_new_table(self) -> None:
        """Another workbook: answers for the old one must not land on it, and the result of
        its last job is no longer shown."""
        for run in self.runs:
            run.cancel()
        if self.run is None:
            self.panel.summary = None
            self.panel.hide()
        self._recall_statuses()
        self._failed_rows.clear()
        self.update_actions()

    def table_filled(self) -> None:
        """Every row of a workbook that streamed in is there (its reset came with the first
        rows): the journal's statuses are recalled now."""
        self._recall_statuses()

    # ---------------------------------------------------------------- stores and journal

    def _recall_statuses(self) -> None:
        """A workbook opened without its session still shows which rows the active store holds,
        as the journal remembers them (a look-up that fails changes nothing)."""
        table = self.model.table
        if not len(table):
            return
        try:
            store = self.stores.active()
            if store is None:
                return
            statuses = store_statuses(self.journal(), store.base_url)
        except (ProfileError, JournalError, sqlite3.Error):
            return
        touched = recall_statuses(table, statuses)
        if touched:
            self.model.announce(touched)

    def ready_store(self, *, workbook: bool = True) -> StoreChoice | None:
        """The active store, when sending is possible now (``workbook``: one must be open);
        None after saying why."""
        if (workbook and self.workbook() is None) or self.busy:
            return None
        try:
            store = self.stores.active()
        except ProfileError as error:
            self.warn(*explain(error))
            return None
        if store is None:
            self.warn(
                self.tr("No store chosen"),
                self.tr(
                    "Add your store and choose it in Store → Stores… first. To try the app"
                    " without a store, start it with: toco-uploader --demo"
                ),
            )
        return store

    def _store_for(self, record: JobRecord) -> StoreChoice | None:
        try:
            store = self.stores.for_job(record.base_url, record.profile)
        except ProfileError as error:
            self.warn(*explain(error))
            return None
        if store is None:
            self.warn(
                self.tr("The job cannot be resumed"),
                self.tr("Job %1 was sent to %2 (%3), which is not one of your stores now.")
                .replace("%1", str(record.id))
                .replace("%2", record.profile or "?")
                .replace("%3", record.base_url or "?"),
            )
        return store

    def journal(self) -> Journal:
        if self._journal is None:
            self._journal = Journal()
        return self._journal

    # ---------------------------------------------------------------- closing

    def shutdown(self) -> None:
        """The window closes: stop between requests, stop confirming, keep every answer."""
        self.cancel()
        for run in self.runs:
            run.cancel()
        idle = self.runner.wait(CONFIRM_WAIT_MS)
        idle = self.background.wait(CONFIRM_WAIT_MS) and idle
        settled = False  # the answers and confirmations still queued go onto the rows now
        for settling in (self.run, *self.runs):
            if settling is not None:
                settled = settling.settle() or settled
        if (settled or self.run is not None) and len(self.model.table):  # not yet announced:
            self.model.announce(set(range(len(self.model.table))))  # autosave keeps them
        for paused in (self.run, *self.runs):  # a job still starting paused the collector
            if paused is not None:
                paused.collect_again()
        if self._journal is not None and idle:
            self._journal.close()
            self._journal = None
        self.notices.close()
