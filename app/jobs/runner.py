"""What upload and delete jobs share: chunks in flight, retries, progress, cancel, journal.

A job is built on the thread that owns the ``ProductTable`` and copies the chosen rows there
(``app.jobs.snapshot``); from then on it never touches the table. A subclass plans its chunks
(``_plan``), names its request (``_request``) and reads its answer (``_read_answer``); this class
sends each chunk (with the retries after a dropped connection), runs the chunks with bounded
concurrency, records each in the journal before it goes out and after it is answered, and
reports progress. Every ``RowOutcome`` ends up in the ``JobReport`` and, as it comes, in
``on_outcomes``: the table's owner applies them (``app.jobs.apply.apply_outcomes``) on its own
thread. Callbacks are called from worker threads: a GUI must hand them to its own thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self, TypeVar

from app.catalog.column_check import quiet_collector
from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.jobs.journal import Journal
from app.jobs.outcome import JobReport, Lang, Progress, RowOutcome, job_issue
from app.jobs.plan import DEFAULT_CHUNK_SIZE, DEFAULT_CONCURRENCY, Chunk
from app.jobs.resume import ResumePlan, plan_resume
from app.jobs.snapshot import TableSnapshot, chosen_rows, take_snapshot
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


class ChunkedJob:
    kind: ClassVar[str] = "job"

    def __init__(
        self,
        client: Any,
        table: ProductTable | TableSnapshot,
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
        #: the chosen rows as they stood when the job was built; the job reads nothing else
        self.rows = table if isinstance(table, TableSnapshot) else take_snapshot(table, rows)
        self.indexes = chosen_rows(len(self.rows), self.rows.chosen if rows is None else rows)
        missing = [i for i in self.indexes if i not in self.rows]
        if missing:
            raise IndexError(f"row index {missing[0]} is not in the job's rows")
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
        self._replan_id: int | None = None
        self.fatal: PartnerError | None = None
        self.requests = 0
        self.job_id: int | None = None
        self._started = 0.0
        self._done = 0
        self._total = 0

    @classmethod
    def resume(
        cls,
        client: Any,
        table: ProductTable | TableSnapshot,
        journal: Journal,
        job_id: int,
        **options: Any,
    ) -> Self:
        """The interrupted job ``job_id``, ready to ``run()`` what it had not finished.

        Built from the table's rows as they are (all of them); the externalIds the journal
        recorded replace the table's in the job's rows. ``restore`` says which: the table's
        owner writes them back (``app.jobs.apply.restore_external_ids``) before the outcomes.
        """
        rows = table if isinstance(table, TableSnapshot) else take_snapshot(table)
        plan = plan_resume(journal, job_id, rows, cls.kind, options.get("lang", "en"))
        job = cls(
            client, rows.with_external_ids(plan.restore), plan.indexes, journal=journal, **options
        )
        job._resume = plan
        return job

    def replan(self, job_id: int) -> None:
        """Run as the journal's job ``job_id``, which was recorded without its plan (an older
        journal): this job's plan becomes that job's."""
        self._replan_id = job_id

    @property
    def restore(self) -> dict[int, str]:
        """A resumed job: table index -> the recorded externalId the row must get back."""
        return dict(self._resume.restore) if self._resume is not None else {}

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

    def _request(self, items: list[Any]) -> Any:
        """The store's call for one request's items."""
        raise NotImplementedError

    def _read_answer(self, chunk: Chunk, sub: Chunk, result: Any) -> dict[int, RowOutcome]:
        raise NotImplementedError

    def _to_send(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, dropped: bool
    ) -> list[int] | None:
        """Before each attempt: the positions still to send, or None to send nothing more
        (``dropped``: an earlier attempt's connection dropped after sending)."""
        return None if self.stopping else remaining

    def _refused(self, sub: Chunk, exc: PartnerError) -> dict[int, RowOutcome]:
        """The whole request refused (not a dropped connection)."""
        return self.failed(sub.rows, exc)

    def _unsure(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, exhausted: bool
    ) -> list[int]:
        """After the attempts: rows it is still unknown whether the store has them."""
        return [
            i
            for p in remaining
            for i in chunk.groups[p]
            if i in chunk.ambiguous and i not in answer.outcomes
        ]

    unsure_status: ClassVar[Status] = Status.FAILED

    # ------------------------------------------------------------ one chunk
    def _send(self, chunk: Chunk) -> ChunkAnswer:
        """Send one chunk; after a dropped connection, send again what is still to send."""
        answer = ChunkAnswer()
        remaining = list(range(len(chunk)))
        dropped: TransportError | None = None
        exhausted = False  # every attempt was made, each one's connection dropped
        for _attempt in range(self.max_attempts):
            positions = self._to_send(chunk, remaining, answer, dropped is not None)
            if positions is None:
                break
            remaining = positions
            sub = chunk.subset(remaining)
            self._before_send(chunk)
            try:
                result = self._call(self._request, sub.items)
            except TransportError as exc:
                if exc.ambiguous:
                    dropped = exc
                    chunk.ambiguous.update(sub.rows)
                    self._mark_ambiguous(chunk)
                    continue
                self._stop_for(exc)
                answer.outcomes.update(self.failed(sub.rows, exc))
                return answer
            except PartnerError as exc:
                if isinstance(exc, FATAL_ERRORS):
                    self._stop_for(exc)
                answer.outcomes.update(self._refused(sub, exc))
                answer.request_id = exc.request_id
                return answer
            answer.request_id = result.request_id
            answer.batch_id = getattr(result, "batch_id", None)
            answer.outcomes.update(self._read_answer(chunk, sub, result))
            return answer
        else:
            if dropped is not None:  # the connection kept dropping: stop the job
                exhausted = True
                self._stop_for(dropped)
        # Still unknown whether the store has these rows: never re-send blindly. Rows that
        # never went out (stopped before the first request) are left to the job's leftovers.
        unknown = self._unsure(chunk, remaining, answer, exhausted)
        if unknown:
            answer.settled = False
            issue = job_issue("maybe_sent", self.lang, level=Level.ERROR)
            for i in unknown:
                answer.outcomes[i] = self.outcome(i, self.unsure_status, [issue])
        return answer

    # ------------------------------------------------------------ running
    def run(self) -> JobReport:
        self._started = self._clock()
        attempts_before = http_attempts(self.client)
        if self._resume is not None:
            chunks, early = self._resume.chunks, self._resume.known
            self.job_id = self._resume.job_id
        else:
            with quiet_collector():  # every payload built at once, none garbage: no passes
                chunks, early = self._plan()
            if self.journal is not None and self._replan_id is not None:
                self.job_id = self._replan_id
                self.journal.plan(self.job_id, chunks, early)
            elif self.journal is not None and not self._cancel.is_set():
                self.job_id = self.journal.start_job(
                    self.kind,
                    options=self._options(),
                    chunks=chunks,
                    untouched=early,
                    **self._info(),
                )
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
            requests_since(self.client, attempts_before, self.requests),
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
        """Keep the outcomes for the report and pass them on; the table is not touched."""
        batch = list(outcomes)
        if not batch:
            return
        with self._lock:
            for o in batch:
                self._outcomes[o.index] = o
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
                    self.outcome(
                        i, self.rows[i].local_status(), [job_issue("cancelled", self.lang)]
                    )
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
        row = self.rows[index]
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

    def outcomes(
        self,
        indexes: Iterable[int],
        status: Status,
        *,
        batch_id: str | None = None,
        request_id: str | None = None,
    ) -> dict[int, RowOutcome]:
        """``outcome(i, status, batch_id=..., request_id=...)`` for each row, built in one
        loop (a chunk's accepted rows: a hundred at a time)."""
        rows, lang = self.rows.rows, self.lang
        got: dict[int, RowOutcome] = {}
        for i in indexes:
            row = rows[i]
            got[i] = RowOutcome(
                i,
                row.sheet_row,
                status,
                [],
                external_id=row.external_id,
                sku=row.sku,
                product_id=row.product_id,
                batch_id=batch_id,
                request_id=request_id,
                lang=lang,
            )
        return got

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


def http_attempts(client: Any) -> int | None:
    """The HTTP attempts the client has made so far (None: a client that does not count)."""
    value = getattr(client, "attempts", None)
    return value if isinstance(value, int) else None


def requests_since(client: Any, before: int | None, calls: int) -> int:
    """The HTTP attempts made since ``before`` (retries included); else the calls made."""
    now = http_attempts(client)
    return now - before if now is not None and before is not None else calls
