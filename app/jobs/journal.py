"""The journal: a SQLite file (WAL) in the user data folder that remembers every job.

A job row; each chunk written *before* it is sent (its rows, their externalId and SKU) and its
answer after (requestId, batchId, each row's outcome). After a crash, ``Journal.chunks`` tells
exactly what was never sent (``planned``), what went out without an answer (``sending``: treat
as ambiguous) and what was answered. The schema version is ``PRAGMA user_version``; each entry of
``MIGRATIONS`` moves the file one version up.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from app.catalog.status import Status
from app.jobs.outcome import RowOutcome
from app.jobs.plan import Chunk
from app.private_files import private_file, private_folder

APP_NAME = "toco-uploader"
#: Tests only: ``<point>[:<n>]`` kills this process (SIGKILL) the n-th time the journal reaches
#: that point of a job's life (``KILL_POINTS``); unset, nothing happens.
KILL_AT_ENV = "TOCO_TEST_KILL_AT"
KILL_POINTS = ("start", "plan", "sending", "answer", "finish")

MIGRATIONS: list[str] = [
    # 0 -> 1
    """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,              -- upload | delete
        state TEXT NOT NULL,             -- running | finished | cancelled | stopped
        created_at REAL NOT NULL,
        finished_at REAL,
        source TEXT, sheet TEXT, profile TEXT, base_url TEXT,
        options TEXT NOT NULL DEFAULT '{}',  -- JSON: rows spec, column overrides, chunk size
        summary TEXT NOT NULL DEFAULT '{}'   -- JSON: status -> count
    );
    CREATE TABLE chunks (
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL,             -- planned | sending | answered
        attempts INTEGER NOT NULL DEFAULT 0,
        ambiguous INTEGER NOT NULL DEFAULT 0,
        request_id TEXT, batch_id TEXT, sent_at REAL, answered_at REAL,
        PRIMARY KEY (job_id, seq)
    );
    CREATE TABLE job_rows (
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        table_index INTEGER NOT NULL,
        sheet_row INTEGER,
        chunk_seq INTEGER, position INTEGER,
        item TEXT,                       -- JSON sent at that position (payload or product id)
        external_id TEXT, sku TEXT, product_id TEXT,
        status TEXT NOT NULL, code TEXT, field TEXT, message TEXT,
        batch_id TEXT, request_id TEXT,
        PRIMARY KEY (job_id, table_index)
    );
    CREATE INDEX job_rows_chunk ON job_rows (job_id, chunk_seq);
    """,
    # 1 -> 2: a chunk written as one row at each end. Its items as one text, a JSON list by
    # position, written once with the plan (a table of its own: the chunk's state changes
    # never rewrite them); the rows of such a chunk keep ``item`` NULL (rows written by
    # version 1 keep their own). Its answer's outcomes as one text, applied to its rows in the
    # order the answers came (``Journal.rows``), folded into them before a later outcome of a
    # row is written (``record_outcomes``).
    """
    CREATE TABLE chunk_items (
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        items TEXT NOT NULL,             -- JSON list: the item sent at each position
        PRIMARY KEY (job_id, seq)
    );
    CREATE TABLE chunk_answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        outcomes TEXT NOT NULL           -- JSON list of job_rows' outcome columns (ANSWERED)
    );
    CREATE INDEX chunk_answers_job ON chunk_answers (job_id, id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "journal.sqlite3"


@dataclass(frozen=True, slots=True)
class JobRecord:
    id: int
    kind: str
    state: str
    created_at: float
    finished_at: float | None
    source: str | None
    sheet: str | None
    profile: str | None
    base_url: str | None
    options: dict[str, Any]
    summary: dict[str, int]


@dataclass(frozen=True, slots=True)
class ChunkRecord:
    seq: int
    state: str
    attempts: int
    ambiguous: bool
    request_id: str | None
    batch_id: str | None


class JournalError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class PartStart:
    """One part of a group of jobs started together (``Journal.start_group``)."""

    kind: str
    chunks: tuple[Chunk, ...] = ()
    untouched: tuple[RowOutcome, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)


class Journal:
    """Thread-safe: one connection, one lock; every write is its own transaction."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        private_folder(self.path.parent)
        private_file(self.path)  # SQLite gives the -wal and -shm files the same mode
        self._lock = threading.RLock()
        self._kill_at = _kill_point(os.environ.get(KILL_AT_ENV))
        self._reached: dict[str, int] = {}
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise JournalError(f"The job journal {self.path} cannot be opened: {exc}") from exc

    def _migrate(self) -> None:
        with self._tx():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise JournalError(
                    f"The job journal {self.path} was written by a newer version of Toco Uploader."
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {step + 1}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _point(self, name: str) -> None:
        """A named point of a job's life: a test may have asked to be killed here."""
        if self._kill_at is None or self._kill_at[0] != name:
            return
        self._reached[name] = self._reached.get(name, 0) + 1
        if self._reached[name] == self._kill_at[1]:
            os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))

    # ------------------------------------------------------------ writing
    def start_job(
        self,
        kind: str,
        *,
        source: str | None = None,
        sheet: str | None = None,
        profile: str | None = None,
        base_url: str | None = None,
        options: dict[str, Any] | None = None,
        chunks: Iterable[Chunk] = (),
        untouched: Iterable[RowOutcome] = (),
    ) -> int:
        """The job and its plan (every chunk and its rows), in one transaction: a job is never
        recorded without the rows it is about."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO jobs (kind, state, created_at, source, sheet, profile, base_url,"
                " options) VALUES (?, 'running', ?, ?, ?, ?, ?, ?)",
                (kind, time.time(), source, sheet, profile, base_url, json.dumps(options or {})),
            )
            job_id = int(cur.lastrowid or 0)
            self._point("start")
            self._write_plan(db, job_id, chunks, untouched)
        self._point("plan")
        return job_id

    def start_group(
        self,
        kind: str,
        parts: Iterable[PartStart],
        *,
        source: str | None = None,
        sheet: str | None = None,
        profile: str | None = None,
        base_url: str | None = None,
        options: dict[str, Any] | None = None,
        chunks: Iterable[Chunk] = (),
        untouched: Iterable[RowOutcome] = (),
    ) -> tuple[int, dict[str, int]]:
        """Jobs that make one whole (a sync's creates, updates and deletes), each with its plan,
        and the job that holds them, in one transaction: none is recorded without the others.

        Each part is a job of its own kind (``options["part_of"]`` names the group kind); the
        group job, written last so it is the latest unfinished, names its parts in
        ``options["parts"]`` ({part kind: job id}). Returns (group id, that mapping)."""
        info = (source, sheet, profile, base_url)
        with self._tx() as db:
            ids: dict[str, int] = {}
            for part in parts:
                part_id = self._insert_job(db, part.kind, *info, {**part.options, "part_of": kind})
                if not ids:
                    self._point("start")
                self._write_plan(db, part_id, part.chunks, part.untouched)
                ids[part.kind] = part_id
            group_id = self._insert_job(db, kind, *info, {**(options or {}), "parts": ids})
            self._write_plan(db, group_id, chunks, untouched)
        self._point("plan")
        return group_id, ids

    @staticmethod
    def _insert_job(
        db: sqlite3.Connection,
        kind: str,
        source: str | None,
        sheet: str | None,
        profile: str | None,
        base_url: str | None,
        options: dict[str, Any],
    ) -> int:
        cur = db.execute(
            "INSERT INTO jobs (kind, state, created_at, source, sheet, profile, base_url,"
            " options) VALUES (?, 'running', ?, ?, ?, ?, ?, ?)",
            (kind, time.time(), source, sheet, profile, base_url, json.dumps(options)),
        )
        return int(cur.lastrowid or 0)

    def plan(
        self, job_id: int, chunks: Iterable[Chunk], untouched: Iterable[RowOutcome] = ()
    ) -> None:
        """Record every chunk and its rows of a job started without them (planned again)."""
        with self._tx() as db:
            self._write_plan(db, job_id, chunks, untouched)

    def _write_plan(
        self,
        db: sqlite3.Connection,
        job_id: int,
        chunks: Iterable[Chunk],
        untouched: Iterable[RowOutcome],
    ) -> None:
        for chunk in chunks:
            db.execute(
                "INSERT INTO chunks (job_id, seq, state) VALUES (?, ?, 'planned')",
                (job_id, chunk.seq),
            )
            db.execute(
                "INSERT INTO chunk_items (job_id, seq, items) VALUES (?, ?, ?)",
                (job_id, chunk.seq, item_text(chunk.items, plain=chunk.plain)),
            )
            db.executemany(  # one statement for the chunk's rows, still in this transaction
                "INSERT INTO job_rows (job_id, table_index, sheet_row, chunk_seq,"
                " position, external_id, sku, product_id, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ready')",
                _plan_rows(job_id, chunk),
            )
        self._upsert_all(db, job_id, untouched)

    def mark_sending(self, job_id: int, seq: int, *, ambiguous: bool = False) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE chunks SET state = 'sending', attempts = attempts + 1,"
                " sent_at = ?, ambiguous = MAX(ambiguous, ?) WHERE job_id = ? AND seq = ?",
                (time.time(), int(ambiguous), job_id, seq),
            )
        self._point("sending")

    def mark_ambiguous(self, job_id: int, seq: int) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE chunks SET ambiguous = 1 WHERE job_id = ? AND seq = ?", (job_id, seq)
            )

    def record_answer(
        self,
        job_id: int,
        seq: int,
        outcomes: Iterable[RowOutcome],
        *,
        request_id: str | None = None,
        batch_id: str | None = None,
        settled: bool = True,
    ) -> None:
        """The chunk's answer; ``settled=False`` keeps it 'sending' (still ambiguous)."""
        with self._tx() as db:
            db.execute(
                "UPDATE chunks SET state = ?, request_id = COALESCE(?, request_id),"
                " batch_id = COALESCE(?, batch_id), answered_at = ?"
                " WHERE job_id = ? AND seq = ?",
                (
                    "answered" if settled else "sending",
                    request_id,
                    batch_id,
                    time.time(),
                    job_id,
                    seq,
                ),
            )
            entries = [_outcome_row(job_id, o)[1:] for o in outcomes]
            db.execute(  # one row for the chunk's outcomes: texts, whole numbers, None
                "INSERT INTO chunk_answers (job_id, seq, outcomes) VALUES (?, ?, ?)",
                (job_id, seq, item_text(entries, plain=True)),
            )
            self._point("answer")

    def record_outcomes(self, job_id: int, outcomes: Iterable[RowOutcome]) -> None:
        """Rows' new outcomes; after the job finished (a confirmation: pending → live) its
        summary moves with them, so History never keeps "29 pending" for rows now live."""
        with self._tx() as db:
            self._fold(db, job_id)
            moved: dict[str, int] = {}
            for o in outcomes:
                before = db.execute(
                    "SELECT status FROM job_rows WHERE job_id = ? AND table_index = ?",
                    (job_id, o.index),
                ).fetchone()
                self._upsert(db, job_id, o)
                if before is not None and before["status"] != o.status.value:
                    moved[before["status"]] = moved.get(before["status"], 0) - 1
                    moved[o.status.value] = moved.get(o.status.value, 0) + 1
            if moved:
                self._move_summary(db, job_id, moved)

    @staticmethod
    def _move_summary(db: sqlite3.Connection, job_id: int, moved: dict[str, int]) -> None:
        found = db.execute(
            "SELECT summary, finished_at FROM jobs WHERE id = ?", (job_id,)
        ).fetchone()
        if found is None or found["finished_at"] is None:
            return  # still running: ``finish`` writes the whole summary
        summary: dict[str, int] = json.loads(found["summary"] or "{}")
        for status, change in moved.items():
            summary[status] = summary.get(status, 0) + change
        kept = {status: count for status, count in summary.items() if count > 0}
        db.execute("UPDATE jobs SET summary = ? WHERE id = ?", (json.dumps(kept), job_id))

    @staticmethod
    def _fold(db: sqlite3.Connection, job_id: int) -> None:
        """The job's chunk answers written into its rows, in the order they came (as
        ``rows`` applies them), then dropped: the rows alone hold every outcome."""
        answers = db.execute(
            "SELECT outcomes FROM chunk_answers WHERE job_id = ? ORDER BY id", (job_id,)
        ).fetchall()
        for (text,) in answers:
            db.executemany(_UPSERT, ((job_id, *entry) for entry in json.loads(text)))
        if answers:
            db.execute("DELETE FROM chunk_answers WHERE job_id = ?", (job_id,))

    @staticmethod
    def _upsert(db: sqlite3.Connection, job_id: int, o: RowOutcome) -> None:
        db.execute(_UPSERT, _outcome_row(job_id, o))

    @staticmethod
    def _upsert_all(db: sqlite3.Connection, job_id: int, outcomes: Iterable[RowOutcome]) -> None:
        """Every outcome in one statement (the caller's transaction holds them all)."""
        db.executemany(_UPSERT, (_outcome_row(job_id, o) for o in outcomes))

    def finish(self, job_id: int, state: str, summary: dict[str, int]) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE jobs SET state = ?, finished_at = ?, summary = ? WHERE id = ?",
                (state, time.time(), json.dumps(summary), job_id),
            )
            self._point("finish")

    # ------------------------------------------------------------ reading
    def jobs(self, limit: int = 50) -> list[JobRecord]:
        with self._lock:
            found = self._db.execute(
                "SELECT * FROM jobs ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [_job(r) for r in found]

    def job(self, job_id: int) -> JobRecord | None:
        with self._lock:
            found = self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _job(found) if found else None

    def latest_unfinished(self) -> JobRecord | None:
        with self._lock:
            found = self._db.execute(
                "SELECT * FROM jobs WHERE state != 'finished' ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return _job(found) if found else None

    def chunks(self, job_id: int) -> list[ChunkRecord]:
        with self._lock:
            found = self._db.execute(
                "SELECT * FROM chunks WHERE job_id = ? ORDER BY seq", (job_id,)
            ).fetchall()
        return [
            ChunkRecord(
                r["seq"],
                r["state"],
                r["attempts"],
                bool(r["ambiguous"]),
                r["request_id"],
                r["batch_id"],
            )
            for r in found
        ]

    def rows(self, job_id: int) -> list[dict[str, Any]]:
        with self._lock:
            found = self._db.execute(
                "SELECT * FROM job_rows WHERE job_id = ? ORDER BY table_index", (job_id,)
            ).fetchall()
            texts = dict(
                self._db.execute(
                    "SELECT seq, items FROM chunk_items WHERE job_id = ?",
                    (job_id,),
                ).fetchall()
            )
            answers = self._answers("a.job_id = ?", (job_id,))
        rows = _answered([dict(r) for r in found], answers, _ROW_COLUMNS)
        items: dict[int, list[Any]] = {}  # chunk seq -> its items, read on first need
        for row in rows:
            seq = row["chunk_seq"]
            if row["item"]:  # written by version 1: the row's own item
                row["item"] = json.loads(row["item"])
            elif seq in texts and row["position"] is not None:
                if seq not in items:
                    items[seq] = json.loads(texts[seq])
                row["item"] = items[seq][row["position"]]
            else:
                row["item"] = None
        return rows

    def store_rows(self, base_url: str) -> list[dict[str, Any]]:
        """What every job sent to this store (same address) recorded about its rows, oldest
        first: ``external_id``, ``sku``, ``product_id``, ``status``, ``batch_id``,
        ``request_id`` (the status look-ups of ``app.jobs.remembered``)."""
        same_store = "rtrim(j.base_url, '/') = rtrim(?, '/')"
        with self._lock:
            found = self._db.execute(
                "SELECT r.job_id, r.table_index, r.external_id, r.sku, r.product_id, r.status,"
                " r.batch_id, r.request_id FROM job_rows r JOIN jobs j ON j.id = r.job_id"
                f" WHERE {same_store} ORDER BY j.id, r.table_index",
                (base_url,),
            ).fetchall()
            answers = self._answers(same_store, (base_url,))
        rows = _answered([dict(r) for r in found], answers, _STORE_COLUMNS)
        for row in rows:
            del row["job_id"], row["table_index"]
        return rows

    def _answers(self, where: str, args: tuple[Any, ...]) -> list[tuple[int, str]]:
        """(job id, outcomes text) of the chunk answers not yet folded into their rows, in
        the order they came; ``where`` over ``a`` (chunk_answers) and ``j`` (jobs)."""
        return [
            (r[0], r[1])
            for r in self._db.execute(
                "SELECT a.job_id, a.outcomes FROM chunk_answers a JOIN jobs j ON j.id = a.job_id"
                f" WHERE {where} ORDER BY a.id",
                args,
            ).fetchall()
        ]


_UPSERT = (
    "INSERT INTO job_rows (job_id, table_index, sheet_row, external_id, sku, product_id,"
    " status, code, field, message, batch_id, request_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (job_id, table_index) DO UPDATE SET"
    " sheet_row = COALESCE(excluded.sheet_row, sheet_row),"
    " external_id = COALESCE(excluded.external_id, external_id),"
    " sku = COALESCE(excluded.sku, sku),"
    " product_id = COALESCE(excluded.product_id, product_id),"
    " status = excluded.status, code = excluded.code, field = excluded.field,"
    " message = excluded.message,"
    " batch_id = COALESCE(excluded.batch_id, batch_id),"
    " request_id = COALESCE(excluded.request_id, request_id)"
)


#: each status's text, looked up (``Status.value`` is a descriptor call per row)
_STATUS_TEXT = {status: status.value for status in Status}


def _outcome_row(job_id: int, o: RowOutcome) -> tuple[Any, ...]:
    """An outcome's journal row; its main issue (code, field, message) is found once."""
    issue = o.main_issue
    return (
        job_id,
        o.index,
        o.sheet_row,
        o.external_id,
        o.sku,
        o.product_id,
        _STATUS_TEXT[o.status],
        issue.code if issue else None,
        issue.field if issue else None,
        issue.message(o.lang) if issue else None,
        o.batch_id,
        o.request_id,
    )


#: a chunk answer's entry: ``_outcome_row`` without the job id
_ANSWERED = (
    "table_index",
    "sheet_row",
    "external_id",
    "sku",
    "product_id",
    "status",
    "code",
    "field",
    "message",
    "batch_id",
    "request_id",
)
#: the columns ``_UPSERT`` keeps when the outcome has none
_KEPT = frozenset({"sheet_row", "external_id", "sku", "product_id", "batch_id", "request_id"})


#: job_rows' columns, in order (``SELECT *``)
_ROW_COLUMNS = (
    "job_id",
    "table_index",
    "sheet_row",
    "chunk_seq",
    "position",
    "item",
    "external_id",
    "sku",
    "product_id",
    "status",
    "code",
    "field",
    "message",
    "batch_id",
    "request_id",
)
#: the columns ``store_rows`` reads
_STORE_COLUMNS = (
    "job_id",
    "table_index",
    "external_id",
    "sku",
    "product_id",
    "status",
    "batch_id",
    "request_id",
)


def _answered(
    rows: list[dict[str, Any]], answers: list[tuple[int, str]], columns: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Rows (``job_id``, ``table_index`` and any other columns of job_rows, ordered by job
    and table index) with the chunk answers applied in turn, exactly as ``_UPSERT`` would
    have written them: a column the outcome leaves empty keeps the row's, the status and the
    issue are the outcome's; an outcome for a row not there adds the row (columns it does not
    set empty), in its place."""
    if not answers:
        return rows
    at = {(r["job_id"], r["table_index"]): r for r in rows}
    added = False
    for job_id, text in answers:
        for entry in json.loads(text):
            row = at.get((job_id, entry[0]))
            if row is None:
                row = at[(job_id, entry[0])] = dict.fromkeys(columns)
                row["job_id"] = job_id
                added = True
            for name, value in zip(_ANSWERED, entry, strict=True):
                if name in row and (value is not None or name not in _KEPT):
                    row[name] = value
    if added:
        return sorted(at.values(), key=lambda r: (r["job_id"], r["table_index"]))
    return rows


def _plan_rows(job_id: int, chunk: Chunk) -> Iterator[tuple[Any, ...]]:
    """A planned chunk's journal rows: each table row of each position (the items sent are
    the chunk's own text)."""
    for position, (group, item) in enumerate(zip(chunk.groups, chunk.items, strict=True)):
        product_id = item if isinstance(item, str) else None
        for index in group:
            sheet_row, ext, sku = chunk.keys.get(index, (None, None, None))
            yield (job_id, index, sheet_row, chunk.seq, position, ext, sku, product_id)


def item_text(item: Any, *, plain: bool = False) -> str:
    """The JSON text of an item the journal keeps, read back with ``json.loads`` to re-send it.

    orjson's text when it reads back as the very same item (several times faster than json):
    a ``plain`` item (texts, whole numbers, yes/no, None, lists and dicts of them: a product
    payload) always does, unless orjson refuses it; another is read back to be sure. Otherwise
    — a NaN, which orjson writes as null, a tuple, a type json refuses — json's own text or
    error, as before."""
    import orjson  # not needed to show the window (which opens the journal at start)

    try:
        text = orjson.dumps(item)
        if plain or orjson.loads(text) == item:
            return text.decode("utf-8")
    except orjson.JSONEncodeError:  # e.g. a whole number beyond 64 bits, a lone surrogate
        pass
    return json.dumps(item)


def _kill_point(value: str | None) -> tuple[str, int] | None:
    if not value:
        return None
    name, _, nth = value.partition(":")
    if name not in KILL_POINTS or not (nth or "1").isdigit():
        raise JournalError(f"{KILL_AT_ENV} must be one of {', '.join(KILL_POINTS)}[:n]")
    return name, int(nth or "1")


def _job(r: sqlite3.Row) -> JobRecord:
    return JobRecord(
        r["id"],
        r["kind"],
        r["state"],
        r["created_at"],
        r["finished_at"],
        r["source"],
        r["sheet"],
        r["profile"],
        r["base_url"],
        json.loads(r["options"] or "{}"),
        json.loads(r["summary"] or "{}"),
    )
