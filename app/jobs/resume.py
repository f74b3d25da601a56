"""Resuming a job after a crash, from what the journal recorded.

Answered chunks are not sent again (their rows get the recorded outcome back); chunks never sent
go out as planned, with the very payloads recorded (so a generated externalId stays the same);
chunks sent without an answer are ambiguous: their rows are checked by SKU before a re-send.
Planning is pure: it reads the journal and a snapshot of the table, and says which recorded
externalIds the table's rows must get back (``ResumePlan.restore``); the table's owner writes them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from app.catalog.issues import Issue, Level, store_issue
from app.catalog.status import SENT_STATUSES, Status
from app.jobs.journal import Journal
from app.jobs.outcome import Lang, RowOutcome
from app.jobs.plan import Chunk
from app.jobs.snapshot import TableSnapshot

_GOOD_LEVEL = frozenset({Status.PENDING, Status.LIVE, Status.EXISTS, Status.DELETED, Status.READY})


class ResumeError(Exception):
    """The job cannot be resumed; the message says why, in plain words."""


class UnplannedJobError(ResumeError):
    """The job was recorded without its rows (a journal of an older version, killed between
    the job's start and its plan): nothing of it was sent; it must be planned again."""


@dataclass(slots=True)
class ResumePlan:
    """What the journal says about an interrupted job."""

    job_id: int
    chunks: list[Chunk]  # chunks still to send (ambiguous rows marked)
    known: list[RowOutcome]  # outcomes of rows already answered or skipped
    indexes: list[int] = field(default_factory=list)  # the job's table indexes
    #: table index -> the externalId the journal recorded (perhaps generated), where the
    #: table's row now holds another: the store knows the recorded one
    restore: dict[int, str] = field(default_factory=dict)


def _same_sku(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def recorded_outcome(row: dict[str, Any], lang: Lang) -> RowOutcome:
    """A row's outcome as the journal recorded it (``Journal.rows``)."""
    status = Status(row["status"])
    issues: list[Issue] = []
    if status is Status.EXISTS:
        issues.append(Issue("externalId", "already_exists", Level.WARNING, code=row["code"]))
    elif row["code"] or row["message"]:
        level = Level.WARNING if status in _GOOD_LEVEL else Level.ERROR
        issues.append(store_issue(row["code"], row["message"] or "", row["field"], level=level))
    return RowOutcome(
        row["table_index"],
        row["sheet_row"],
        status,
        issues,
        external_id=row["external_id"],
        sku=row["sku"],
        product_id=row["product_id"],
        batch_id=row["batch_id"],
        request_id=row["request_id"],
        lang=lang,
    )


def plan_resume(
    journal: Journal, job_id: int, table: TableSnapshot, kind: str, lang: Lang = "en"
) -> ResumePlan:
    """The chunks still to send, the outcomes already known, the job's row indexes and the
    externalIds to restore. ``table`` is a snapshot of every row of the table."""
    record = journal.job(job_id)
    if record is None:
        raise ResumeError(f"There is no job {job_id} in the journal.")
    if record.kind != kind:
        raise ResumeError(f"Job {job_id} is a {record.kind} job, not a {kind} job.")
    if record.state == "finished":
        raise ResumeError(f"Job {job_id} already finished; nothing to resume.")
    states = {c.seq: c.state for c in journal.chunks(job_id)}
    rows = journal.rows(job_id)
    if not rows and not states:
        raise UnplannedJobError(
            f"Job {job_id} stopped before it recorded its rows, so nothing of it was sent. "
            "Send the file again (rows already on the store are recognised)."
        )
    for r in rows:
        i = r["table_index"]
        if (
            i not in table
            or table[i].sheet_row != r["sheet_row"]
            or (r["sku"] and not _same_sku(table[i].sku, r["sku"]))
        ):
            raise ResumeError(
                f"The workbook changed since job {job_id} started (sheet row {r['sheet_row']} "
                "no longer holds the same product); the job cannot be resumed safely."
            )
    restore = _recorded_external_ids(table, rows) if table.purpose == "upload" else {}
    known: list[RowOutcome] = []
    positions: dict[int, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        seq = r["chunk_seq"]
        state = states.get(seq) if seq is not None else None
        if (
            state is None
            or state == "answered"
            or (state == "sending" and Status(r["status"]) in SENT_STATUSES)
        ):
            known.append(recorded_outcome(r, lang))
        else:
            positions[seq][r["position"]].append(r)
    chunks: list[Chunk] = []
    for seq in sorted(positions):
        chunk = Chunk(seq, [], [])
        for _, members in sorted(positions[seq].items()):
            chunk.groups.append(tuple(m["table_index"] for m in members))
            chunk.items.append(members[0]["item"])
            for m in members:
                chunk.keys[m["table_index"]] = (m["sheet_row"], m["external_id"], m["sku"])
                if states[seq] == "sending":
                    chunk.ambiguous.add(m["table_index"])
        chunks.append(chunk)
    return ResumePlan(job_id, chunks, known, [r["table_index"] for r in rows], restore)


def _recorded_external_ids(table: TableSnapshot, rows: list[dict[str, Any]]) -> dict[int, str]:
    """The externalId recorded (perhaps generated) is the one the store knows: keep it."""
    restore: dict[int, str] = {}
    for row in rows:
        item, index = row["item"], row["table_index"]
        recorded = item.get("externalId") if isinstance(item, dict) else row["external_id"]
        if recorded and table[index].external_id != recorded:
            restore[index] = recorded
    return restore
