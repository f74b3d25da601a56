"""SyncJob: a sync plan sent to the store — creates, updates, deletes — journaled and resumable.

Three parts, each the job that already does it: new rows through ``UploadJob`` (the bulk
create, its rowIndex mapping, PRD_002 and its SKU look-ups), changed fields through
``app.sync.updates.UpdateJob`` (prices, inventory, one product at a time), and rows the action
column deletes through ``DeleteJob`` (the caller has asked the merchant). Rows that send nothing
end at once (``app.sync.sync_parts``): unchanged rows live, conflicts nobody chose and rows with
errors skipped, with the reason on their cells.

The journal gets the whole sync before anything is sent, in one transaction
(``Journal.start_group``): each part with its plan, and the sync job with one row per sheet row
(what the plan said of it). Every part then runs *as a resume of its recorded plan*, so a first
run and a resumed one take the same road: what the journal has settled is never sent again.
Like every job, it never touches the table: outcomes come back per table row (a row's units of
the update part merged into one), in ``on_outcomes`` as they come and in the report.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Self

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs.delete import DeleteJob
from app.jobs.journal import Journal, PartStart
from app.jobs.outcome import JobReport, Lang, Progress, RowOutcome
from app.jobs.plan import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, Chunk, plan_delete, plan_upload
from app.jobs.resume import ResumeError, recorded_outcome
from app.jobs.runner import ChunkedJob, http_attempts, requests_since
from app.jobs.snapshot import TableSnapshot, take_snapshot
from app.jobs.upload import UploadJob
from app.partner import PartnerError
from app.sync.plan import MISSING, Action, Change, RowPlan, SyncPlan, Winner
from app.sync.sync_parts import SyncParts, sync_parts
from app.sync.updates import (
    UPDATE_CONCURRENCY,
    UpdateJob,
    row_of,
    sent_fields,
    unit_rows,
)
from app.sync.updates import plan_updates as plan_update_chunks

KIND = "sync"
#: The parts in the order they run.
PARTS = ("upload", "update", "delete")
_JOBS: dict[str, type[ChunkedJob]] = {"upload": UploadJob, "update": UpdateJob, "delete": DeleteJob}
#: A row's status when its units say several things: the first of these that any unit has.
_WORST_FIRST = (
    Status.REJECTED,
    Status.FAILED,
    Status.UNCONFIRMED,
    Status.SKIPPED,
    Status.READY,
    Status.PENDING,
    Status.EXISTS,
    Status.LIVE,
)


class SyncJob:
    """``SyncJob(client, table, plan, journal=...)``; ``.run() -> JobReport`` (kind ``sync``,
    one outcome per row the plan names, in table order), ``.cancel()``, ``.indexes``,
    ``.job_id``, ``.requests``, ``.restore``, ``.sent`` (table index -> the fields its update
    set: what a confirmation reads back), ``.parts`` ({part: journal job id})."""

    kind = KIND

    def __init__(
        self,
        client: Any,
        table: ProductTable | TableSnapshot,
        plan: SyncPlan | None,
        *,
        journal: Journal,
        winners: Mapping[int, Winner] | None = None,
        prefer: Winner | None = None,
        job_info: dict[str, Any] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_outcomes: Callable[[list[RowOutcome]], None] | None = None,
        lang: Lang = "en",
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        update_concurrency: int = UPDATE_CONCURRENCY,
        max_attempts: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.rows = table if isinstance(table, TableSnapshot) else take_snapshot(table)
        self.journal = journal
        self.job_info = dict(job_info or {})
        self.on_progress = on_progress
        self.on_outcomes = on_outcomes
        self.lang: Lang = lang
        self.chunk_size = chunk_size
        self.concurrency = concurrency
        self.update_concurrency = update_concurrency
        self.max_attempts = max_attempts
        self._clock = clock
        self.plan = plan
        self.split = (
            sync_parts(plan, self.rows, winners=winners, prefer=prefer, lang=lang)
            if plan is not None
            else SyncParts()
        )
        self.indexes: list[int] = sorted(
            {r.position for r in plan or () if r.position in self.rows}
        )
        self.job_id: int | None = None
        self.parts: dict[str, int] = {}
        self.requests = 0
        self.fatal: PartnerError | None = None
        self.sent: dict[int, dict[str, Any]] = {u.index: dict(u.fields) for u in self.split.updates}
        self._jobs: dict[str, ChunkedJob] = {}
        self._known: list[RowOutcome] = []  # recorded outcomes of a resumed sync
        self._cancel = threading.Event()
        self._lock = threading.RLock()
        self._current: ChunkedJob | None = None
        self._outcomes: dict[int, RowOutcome] = {}
        self._units: dict[int, dict[int, RowOutcome]] = {}

    # ------------------------------------------------------------ resume
    @classmethod
    def resume(
        cls,
        client: Any,
        table: ProductTable | TableSnapshot,
        journal: Journal,
        job_id: int,
        **options: Any,
    ) -> Self:
        """The interrupted sync ``job_id``: its finished parts give their recorded outcomes,
        the others resume from what the journal settled. ``restore`` as for an upload."""
        record = journal.job(job_id)
        if record is None or record.kind != KIND:
            raise ResumeError(f"There is no sync job {job_id} in the journal.")
        if record.state == "finished":
            raise ResumeError(f"Job {job_id} already finished; nothing to resume.")
        job = cls(client, table, None, journal=journal, **options)
        job.job_id = job_id
        lang = job.lang
        rows = journal.rows(job_id)
        job.indexes = [r["table_index"] for r in rows]
        job.plan = recorded_plan(rows)
        job._known = [recorded_outcome(r, lang) for r in rows if r["status"] != "ready"]
        job.parts = {k: int(v) for k, v in record.options.get("parts", {}).items()}
        for part, part_id in job.parts.items():
            part_record = journal.job(part_id)
            if part == "update":
                job.sent.update(_sent_of(journal.rows(part_id)))
            if part_record is not None and part_record.state == "finished":
                recorded = [recorded_outcome(r, lang) for r in journal.rows(part_id)]
                job._known.extend(merged_rows(recorded) if part == "update" else recorded)
                continue
            job._jobs[part] = job._part_job(part, part_id)
        return job

    @property
    def restore(self) -> dict[int, str]:
        """Table index -> the externalId a resumed create recorded, for the owner to write back
        (``app.jobs.apply.restore_external_ids``) before the outcomes."""
        upload = self._jobs.get("upload")
        return upload.restore if upload is not None else {}

    # ------------------------------------------------------------ control
    def cancel(self) -> None:
        """Stop before the next request; requests in flight finish and are recorded."""
        self._cancel.set()
        with self._lock:
            current = self._current
        if current is not None:
            current.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # ------------------------------------------------------------ running
    def run(self) -> JobReport:
        started = self._clock()
        before = http_attempts(self.client)
        if self.job_id is None and not self._cancel.is_set():
            if self.split.sends_nothing:  # nothing to journal: every row ends here
                self._known = list(self.split.early)
            else:
                self._start()
        self._take([o for o in self._known if o.index in self.rows])
        for part in PARTS:
            job = self._jobs.get(part)
            if job is None or self._cancel.is_set() or self.fatal is not None:
                continue
            with self._lock:
                self._current = job
            if self._cancel.is_set():  # cancelled while the part was being picked
                job.cancel()
            job.on_outcomes = self._from_part(part)
            job.on_progress = self.on_progress
            report = job.run()
            with self._lock:
                self._current = None
                self.requests += report.requests
            self.fatal = self.fatal or report.fatal
            if report.cancelled:
                self._cancel.set()
        outcomes = [self._outcomes[i] for i in self.indexes if i in self._outcomes]
        report = JobReport(
            KIND,
            outcomes,
            self.job_id,
            requests_since(self.client, before, self.requests),
            self._clock() - started,
            self._cancel.is_set(),
            self.fatal,
        )
        if self.job_id is not None:
            state = "stopped" if self.fatal else "cancelled" if self.cancelled else "finished"
            self.journal.record_answer(self.job_id, 0, outcomes)
            self.journal.finish(self.job_id, state, report.counts())
        return report

    def _start(self) -> None:
        """The whole sync into the journal, then each part built as a resume of its plan."""
        send = self.split
        upload = plan_upload(self.rows, send.creates, self.chunk_size)
        update = plan_update_chunks(unit_rows(self.rows), send.updates, self.chunk_size)
        delete = plan_delete(self.rows, send.deletes, self.chunk_size)
        plans = {"upload": upload, "update": update, "delete": delete}
        starts = [PartStart(k, tuple(c)) for k, c in plans.items() if c]
        info = {k: self.job_info.get(k) for k in ("source", "sheet", "profile", "base_url")}
        options = {"chunk_size": self.chunk_size, **self.job_info.get("options", {})}
        self.job_id, self.parts = self.journal.start_group(
            KIND,
            starts,
            **info,
            options=options,
            chunks=[self._plan_chunk()],
            untouched=send.early,
        )
        self._known = list(send.early)
        for part, part_id in self.parts.items():
            self._jobs[part] = self._part_job(part, part_id)

    def _plan_chunk(self) -> Chunk:
        """The sync job's own rows: one per row of the plan, with what the plan said of it."""
        chunk = Chunk(0, [], [])
        for row in self.plan or ():
            if row.position not in self.rows:
                continue
            snap = self.rows[row.position]
            chunk.groups.append((row.position,))
            chunk.items.append(
                {
                    "action": row.action.value,
                    "productId": row.product_id,
                    "changes": [c.as_json() for c in row.changes],
                }
            )
            chunk.keys[row.position] = (snap.sheet_row, snap.external_id, snap.sku)
        return chunk

    def _part_job(self, part: str, part_id: int) -> ChunkedJob:
        options: dict[str, Any] = {
            "lang": self.lang,
            "max_attempts": self.max_attempts,
            "concurrency": self.update_concurrency if part == "update" else self.concurrency,
            "chunk_size": self.chunk_size,
        }
        return _JOBS[part].resume(self.client, self.rows, self.journal, part_id, **options)

    # ------------------------------------------------------------ outcomes
    def _from_part(self, part: str) -> Callable[[list[RowOutcome]], None]:
        if part != "update":
            return self._take

        def units(batch: list[RowOutcome]) -> None:
            rows: set[int] = set()
            with self._lock:
                for o in batch:
                    self._units.setdefault(row_of(o.index), {})[o.index] = o
                    rows.add(row_of(o.index))
                merged = [merge_units(i, self._units[i].values()) for i in sorted(rows)]
            self._take(merged)

        return units

    def _take(self, batch: list[RowOutcome]) -> None:
        if not batch:
            return
        with self._lock:
            for o in batch:
                self._outcomes[o.index] = o
        if self.on_outcomes is not None:
            self.on_outcomes(batch)


def merge_units(index: int, units: Iterable[RowOutcome]) -> RowOutcome:
    """One row's outcome from its units' (a price item and a product update, say): the
    worst status any unit has, every unit's issues, the ids of the unit that decided."""
    found = list(units)
    rank = {s: n for n, s in enumerate(_WORST_FIRST)}
    first = min(found, key=lambda o: rank.get(o.status, len(rank)))
    issues = [i for o in found for i in o.issues]
    product_id = next((o.product_id for o in found if o.product_id), None)
    return RowOutcome(
        index,
        first.sheet_row,
        first.status,
        issues,
        external_id=first.external_id,
        sku=first.sku,
        product_id=product_id,
        batch_id=first.batch_id or next((o.batch_id for o in found if o.batch_id), None),
        request_id=first.request_id or next((o.request_id for o in found if o.request_id), None),
        lang=first.lang,
    )


def merged_rows(units: Iterable[RowOutcome]) -> list[RowOutcome]:
    """Unit outcomes (``app.sync.updates``) merged into one per row, in row order."""
    by_row: dict[int, list[RowOutcome]] = {}
    for o in units:
        by_row.setdefault(row_of(o.index), []).append(o)
    return [merge_units(i, found) for i, found in sorted(by_row.items())]


def recorded_plan(rows: Iterable[Mapping[str, Any]]) -> SyncPlan:
    """The plan a sync recorded (its journal rows' items): actions, products and changes
    as the plan said them."""
    found = []
    for r in rows:
        item = r.get("item")
        if not isinstance(item, dict) or "action" not in item:
            continue
        changes = tuple(
            Change(c["field"], c.get("from"), c.get("to"), c.get("exported", MISSING))
            for c in item.get("changes") or ()
        )
        found.append(
            RowPlan(
                r["table_index"],
                r.get("sheet_row"),
                Action(item["action"]),
                item.get("productId"),
                r.get("sku"),
                r.get("external_id"),
                changes,
            )
        )
    return SyncPlan(found)


def _sent_of(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The fields each row's update set, from the update part's journaled items."""
    sent: dict[int, dict[str, Any]] = {}
    for r in rows:
        item = r["item"]
        if isinstance(item, dict):
            sent.setdefault(row_of(r["table_index"]), {}).update(sent_fields(item))
    return sent
