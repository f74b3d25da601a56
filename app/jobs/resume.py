"""Resuming a job after a crash, from what the journal recorded.

Answered chunks are not sent again (their rows get the recorded outcome back); chunks never sent
go out as planned, with the very payloads recorded (so a generated externalId stays the same);
chunks sent without an answer are ambiguous: their rows are checked by SKU before a re-send.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from app.catalog.issues import Issue, Level
from app.catalog.status import SENT_STATUSES, Status
from app.catalog.table import ProductTable
from app.jobs.journal import Journal
from app.jobs.outcome import Lang, RowOutcome, error_issue
from app.jobs.plan import Chunk
from app.jobs.runner import ResumePlan

_GOOD_LEVEL = frozenset({Status.PENDING, Status.LIVE, Status.EXISTS, Status.DELETED, Status.READY})


class ResumeError(Exception):
    """The job cannot be resumed; the message says why, in plain words."""


def _same_sku(a: str | None, b: str | None) -> bool:
    return (a or "").strip().casefold() == (b or "").strip().casefold()


def _known(row: dict[str, Any], lang: Lang) -> RowOutcome:
    status = Status(row["status"])
    issues: list[Issue] = []
    if status is Status.EXISTS:
        issues.append(Issue("externalId", "already_exists", Level.WARNING, code=row["code"]))
    elif row["code"] or row["message"]:
        level = Level.WARNING if status in _GOOD_LEVEL else Level.ERROR
        issues.append(error_issue(row["code"], row["message"] or "", row["field"], level=level))
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
    journal: Journal, job_id: int, table: ProductTable, lang: Lang = "en"
) -> tuple[ResumePlan, list[int]]:
    """The chunks still to send and the outcomes already known; also the job's row indexes."""
    record = journal.job(job_id)
    if record is None:
        raise ResumeError(f"There is no job {job_id} in the journal.")
    if record.state == "finished":
        raise ResumeError(f"Job {job_id} already finished; nothing to resume.")
    states = {c.seq: c.state for c in journal.chunks(job_id)}
    rows = journal.rows(job_id)
    for r in rows:
        i = r["table_index"]
        if (
            i >= len(table)
            or table.rows[i].sheet_row != r["sheet_row"]
            or (r["sku"] and not _same_sku(table.rows[i].sku, r["sku"]))
        ):
            raise ResumeError(
                f"The workbook changed since job {job_id} started (sheet row {r['sheet_row']} "
                "no longer holds the same product); the job cannot be resumed safely."
            )
    if table.purpose == "upload":
        for r in rows:
            _keep_external_id(table, r)
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
            known.append(_known(r, lang))
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
    return ResumePlan(job_id, chunks, known), [r["table_index"] for r in rows]


def _keep_external_id(table: ProductTable, row: dict[str, Any]) -> None:
    """The externalId recorded (perhaps generated) is the one the store knows: keep it."""
    item, index = row["item"], row["table_index"]
    recorded = item.get("externalId") if isinstance(item, dict) else row["external_id"]
    if recorded and table.rows[index].external_id != recorded:
        generated = table.rows[index].external_id_generated
        table.set_cell(index, "externalId", recorded)
        table.rows[index].external_id_generated = generated
