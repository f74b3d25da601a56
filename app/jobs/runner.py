"""What upload and delete jobs share: chunks in flight, progress, cancel, journal, table updates.

A subclass plans its chunks (``_plan``) and sends one chunk (``_send``); this class runs the
chunks with bounded concurrency, records each in the journal before it goes out and after it is
answered, applies every outcome to the ``ProductTable`` and reports progress. Callbacks are
called from worker threads: a GUI must hand them to its own thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs.journal import Journal
from app.jobs.outcome import JobReport, Lang, Progress, RowOutcome, job_issue
from app.jobs.plan import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, Chunk, chosen_rows
from app.partner import AuthError, PartnerError, StoreAccessError, TransportError

T = TypeVar("T")
ProgressCallback = Callable[[Progress], None]
OutcomesCallback = Callable[[list[RowOutcome]], None]
#: Errors after which no further request is worth sending.
FATAL_ERRORS: tuple[type[PartnerError], ...] = (AuthError, StoreAccessError, TransportError)


@dataclass(slots=True)
class ChunkAnswer:
    outcomes: dict[int, RowOutcome] = field(default_factory=dict)  # table index -> outcome
    request_id: str | None = None
    batch_id: str | None = None
    settled: bool = True  # False: still ambiguous, check again on resume


@dataclass(slots=True)
class ResumePlan:
    """What the journal says about an interrupted job."""

    job_id: int
    chunks: list[Chunk]  # chunks still to send (ambiguous rows marked)
    known: list[RowOutcome]  # outcomes of rows already answered or skipped


class ChunkedJob:
    kind: ClassVar[str] = "job"

    def __init__(
        self,
        client: Any,
        table: ProductTable,
        rows: Iterable[int] | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        journal: Journal | None = None,
        job_info: dict[str, Any] | None = None,
        on_progress: ProgressCallback | None = None,
        on_outcomes: OutcomesCallback | None = None,
        lang: Lang = "en",
        max_attempts: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.client = client
        self.table = table
        self.indexes = chosen_rows(table, rows)
        self.chunk_size = chunk_size
        self.concurrency = concurrency
        self.journal = journal
        self.job_info = dict(job_info or {})
        self.on_progress = on_progress
        self.on_outcomes = on_outcomes
        self.lang: Lang = lang
        self.max_attempts = max_attempts
        self._clock = clock
        self._cancel = threading.Event()
        self._lock = threading.RLock()
        self._outcomes: dict[int, RowOutcome] = {}
        self._resume: ResumePlan | None = None
        self.fatal: PartnerError | None = None
        self.requests = 0
        self.job_id: int | None = None
        self._started = 0.0
        self._done = 0
        self._total = 0

    @classmethod
    def resume(
        cls, client: Any, table: ProductTable, journal: Journal, job_id: int, **options: Any
    ) -> ChunkedJob:
        """The interrupted job ``job_id``, ready to ``run()`` what it had not finished."""
        from app.jobs.resume import ResumeError, plan_resume

        record = journal.job(job_id)
        if record is not None and record.kind != cls.kind:
            raise ResumeError(f"Job {job_id} is a {record.kind} job, not a {cls.kind} job.")
        plan, indexes = plan_resume(journal, job_id, table, options.get("lang", "en"))
        job = cls(client, table, indexes, journal=journal, **options)
        job._resume = plan
        return job

    # ------------------------------------------------------------ control
    def cancel(self) -> None:
        """Stop before the next chunk; chunks already in flight finish and are recorded."""
        self._cancel.set()

    @property
    def stopping(self) -> bool:
        return self._cancel.is_set() or self.fatal is not None

    # ------------------------------------------------------------ subclass hooks
    def _plan(self) -> tuple[list[Chunk], list[RowOutcome]]:
        raise NotImplementedError

    def _send(self, chunk: Chunk) -> ChunkAnswer:
        raise NotImplementedError

    # ------------------------------------------------------------ running
    def run(self) -> JobReport:
        self._started = self._clock()
        if self._resume is not None:
            chunks, early = self._resume.chunks, self._resume.known
            self.job_id = self._resume.job_id
        else:
            chunks, early = self._plan()
            if self.journal is not None and not self._cancel.is_set():
                self.job_id = self.journal.start_job(
                    self.kind, options=self._options(), **self._info()
                )
                self.journal.plan(self.job_id, chunks, early)
        self._settle(early)
        self._done = 0
        self._total = sum(len(c.rows) for c in chunks)
        self._progress("sending")
        if chunks and not self._cancel.is_set():
            prefix = f"{self.kind}-job"
            with ThreadPoolExecutor(self.concurrency, thread_name_prefix=prefix) as pool:
                futures = [pool.submit(self._run_chunk, c) for c in chunks]
                done, _ = wait(futures, return_when=FIRST_EXCEPTION)
                if any(f.exception() for f in done):
                    self._cancel.set()
                for f in futures:
                    f.result()  # a bug surfaces here; the journal keeps the job resumable
        self._finish_leftovers()
        report = JobReport(
            self.kind,
            [self._outcomes[i] for i in self.indexes if i in self._outcomes],
            self.job_id,
            self.requests,
            self._clock() - self._started,
            self._cancel.is_set(),
            self.fatal,
        )
        if self.journal is not None and self.job_id is not None:
            state = (
                "stopped" if self.fatal else "cancelled" if self._cancel.is_set() else "finished"
            )
            self.journal.finish(self.job_id, state, report.counts())
        return report

    def _info(self) -> dict[str, Any]:
        keys = ("source", "sheet", "profile", "base_url")
        return {k: self.job_info.get(k) for k in keys}

    def _options(self) -> dict[str, Any]:
        return {"chunk_size": self.chunk_size, **self.job_info.get("options", {})}

    def _run_chunk(self, chunk: Chunk) -> None:
        if self.stopping:
            return
        try:
            answer = self._send(chunk)
        except BaseException:
            self._cancel.set()  # a bug or a dying process: send nothing more
            raise
        if not answer.outcomes:  # stopped before its request went out: it stays planned
            return
        if self.journal is not None and self.job_id is not None:
            self.journal.record_answer(
                self.job_id,
                chunk.seq,
                answer.outcomes.values(),
                request_id=answer.request_id,
                batch_id=answer.batch_id,
                settled=answer.settled,
            )
        self._settle(answer.outcomes.values())
        with self._lock:
            self._done += len(chunk.rows)
        self._progress("sending")

    def _before_send(self, chunk: Chunk) -> None:
        """Called right before each request of a chunk: the journal knows it went out."""
        if self.journal is not None and self.job_id is not None:
            self.journal.mark_sending(self.job_id, chunk.seq, ambiguous=bool(chunk.ambiguous))

    def _mark_ambiguous(self, chunk: Chunk) -> None:
        if self.journal is not None and self.job_id is not None:
            self.journal.mark_ambiguous(self.job_id, chunk.seq)

    def _call(self, func: Callable[..., T], *args: Any) -> T:
        with self._lock:
            self.requests += 1
        return func(*args)

    def _stop_for(self, exc: PartnerError) -> None:
        with self._lock:
            if self.fatal is None:
                self.fatal = exc

    def _settle(self, outcomes: Iterable[RowOutcome]) -> None:
        batch = list(outcomes)
        if not batch:
            return
        with self._lock:
            for o in batch:
                self._outcomes[o.index] = o
                row = self.table.rows[o.index]
                own = [
                    i
                    for i in o.issues  # the row's own checks stay local issues
                    if i not in row.local_issues and i not in row.duplicate_issues
                ]
                self.table.set_store_result(
                    o.index,
                    o.status,
                    own,
                    product_id=o.product_id,
                    batch_id=o.batch_id,
                    request_id=o.request_id,
                )
        if self.on_outcomes is not None:
            self.on_outcomes(batch)

    def _progress(self, phase: str) -> None:
        if self.on_progress is not None:
            with self._lock:
                progress = Progress(self._done, self._total, self._clock() - self._started, phase)
            self.on_progress(progress)

    def _finish_leftovers(self) -> None:
        """Rows never sent: still ``ready`` after a cancel, ``failed`` after a fatal error."""
        left = []
        for i in self.indexes:
            if i in self._outcomes:
                continue
            row = self.table.rows[i]
            if self.fatal is not None:
                issue = job_issue(
                    "stopped",
                    self.lang,
                    level=Level.ERROR,
                    code=self.fatal.code,
                    reason=self.fatal.message,
                )
                left.append(self.outcome(i, Status.FAILED, [issue]))
            else:
                left.append(
                    self.outcome(i, row.local_status(), [job_issue("cancelled", self.lang)])
                )
        if left and self.journal is not None and self.job_id is not None:
            self.journal.record_outcomes(
                self.job_id, [o for o in left if o.status is Status.FAILED]
            )
        self._settle(left)

    # ------------------------------------------------------------ helpers for subclasses
    def outcome(
        self, index: int, status: Status, issues: list[Issue] | None = None, **ids: str | None
    ) -> RowOutcome:
        row = self.table.rows[index]
        return RowOutcome(
            index,
            row.sheet_row,
            status,
            list(issues or []),
            external_id=row.external_id,
            sku=row.sku,
            product_id=ids.get("product_id") or row.product_id,
            batch_id=ids.get("batch_id"),
            request_id=ids.get("request_id"),
            lang=self.lang,
        )

    def failed(
        self, indexes: Iterable[int], exc: PartnerError, *, request_id: str | None = None
    ) -> dict[int, RowOutcome]:
        issue = Issue(
            None,
            "server",
            Level.ERROR,
            {"message": exc.message},
            exc.code,
            server_message=exc.message,
            server_hint=exc.hint or None,
        )
        rid = request_id or exc.request_id
        return {i: self.outcome(i, Status.FAILED, [issue], request_id=rid) for i in indexes}
