"""A chunk's items and its answer's outcomes kept once each, as one text (schema version 2), read
as the rows they stand for; a journal written by version 1 (each row its own item) read and
resumed as before after its migration."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.issues import store_issue
from app.catalog.status import Status
from app.jobs import Journal
from app.jobs.journal import MIGRATIONS, SCHEMA_VERSION, item_text
from app.jobs.outcome import RowOutcome
from app.jobs.plan import Chunk, plan_upload
from app.jobs.resume import plan_resume
from app.jobs.snapshot import take_snapshot
from tests.jobs.rows import product_table


def _version1_journal(path: Path, chunks: list[Chunk]) -> int:
    """A journal as version 1 wrote it: chunk 0 answered, chunk 1 sent without an answer,
    the others planned; every row with its own item's text."""
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    cur = db.execute(
        "INSERT INTO jobs (kind, state, created_at, base_url) VALUES ('upload', 'running', ?, ?)",
        (time.time(), "http://store.test"),
    )
    job_id = int(cur.lastrowid or 0)
    for chunk in chunks:
        state = {0: "answered", 1: "sending"}.get(chunk.seq, "planned")
        db.execute(
            "INSERT INTO chunks (job_id, seq, state, attempts) VALUES (?, ?, ?, ?)",
            (job_id, chunk.seq, state, int(state != "planned")),
        )
        for position, (group, item) in enumerate(zip(chunk.groups, chunk.items, strict=True)):
            for index in group:
                sheet_row, ext, sku = chunk.keys[index]
                db.execute(
                    "INSERT INTO job_rows (job_id, table_index, sheet_row, chunk_seq, position,"
                    " item, external_id, sku, status, batch_id) VALUES"
                    " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        job_id,
                        index,
                        sheet_row,
                        chunk.seq,
                        position,
                        item_text(item, plain=True),
                        ext,
                        sku,
                        "pending" if state == "answered" else "ready",
                        "pb_0" if state == "answered" else None,
                    ),
                )
    db.close()
    return job_id


def test_a_version_1_journal_is_migrated_and_resumed_with_the_very_items_it_recorded(
    tmp_path: Path,
) -> None:
    table = product_table(6)
    snapshot = take_snapshot(table)
    chunks = plan_upload(snapshot, range(6), chunk_size=2)
    path = tmp_path / "journal.sqlite3"
    old_id = _version1_journal(path, chunks)

    journal = Journal(path)
    assert journal.schema_version == SCHEMA_VERSION == 2
    rows = journal.rows(old_id)
    assert [r["item"] for r in rows] == [item for c in chunks for item in c.items]

    plan = plan_resume(journal, old_id, snapshot, "upload")
    assert [c.seq for c in plan.chunks] == [1, 2]
    assert plan.chunks[0].items == chunks[1].items and plan.chunks[1].items == chunks[2].items
    assert plan.chunks[0].ambiguous == {2, 3} and plan.chunks[1].ambiguous == set()
    assert [(o.index, o.status, o.batch_id) for o in plan.known] == [
        (0, Status.PENDING, "pb_0"),
        (1, Status.PENDING, "pb_0"),
    ]
    assert plan.restore == {}

    # a job written after the migration sits next to the old one, each read its own way
    new_id = journal.start_job("upload", chunks=chunks)
    assert [r["item"] for r in journal.rows(new_id)] == [r["item"] for r in rows]
    assert [r["item"] for r in journal.rows(old_id)] == [r["item"] for r in rows]
    journal.close()


def test_a_chunks_items_are_written_once_and_read_back_at_their_positions(tmp_path: Path) -> None:
    table = product_table(5)
    snapshot = take_snapshot(table)
    chunks = plan_upload(snapshot, range(5), chunk_size=2)
    journal = Journal(tmp_path / "journal.sqlite3")
    job_id = journal.start_job("upload", chunks=chunks)
    db = sqlite3.connect(tmp_path / "journal.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM job_rows WHERE item IS NOT NULL").fetchone() == (0,)
    texts = db.execute("SELECT seq, items FROM chunk_items ORDER BY seq").fetchall()
    db.close()
    # the chunk's items as the body's products list writes them
    assert texts == [(c.seq, orjson.dumps(c.items).decode()) for c in chunks]

    journal.mark_sending(job_id, 1)
    outcome = RowOutcome(2, 4, Status.PENDING, batch_id="pb_1", external_id=chunks[1].keys[2][1])
    journal.record_answer(job_id, 1, [outcome], batch_id="pb_1", settled=False)
    rows = journal.rows(job_id)
    assert [(r["table_index"], r["chunk_seq"], r["position"]) for r in rows] == [
        (0, 0, 0),
        (1, 0, 1),
        (2, 1, 0),
        (3, 1, 1),
        (4, 2, 0),
    ]
    assert [r["item"] for r in rows] == [item for c in chunks for item in c.items]
    assert rows[2]["status"] == "pending" and rows[2]["item"]["sku"] == table.rows[2].sku

    plan = plan_resume(journal, job_id, snapshot, "upload")
    assert [c.seq for c in plan.chunks] == [0, 1, 2]
    resent = {c.seq: c for c in plan.chunks}
    assert resent[1].groups == [(3,)] and resent[1].ambiguous == {3}  # row 2 was answered
    assert orjson.dumps(resent[1].items) == orjson.dumps(chunks[1].items[1:])
    assert orjson.dumps(resent[0].items) == orjson.dumps(chunks[0].items)
    journal.close()


_TEXT = st.none() | st.text(max_size=6)


@st.composite
def _answer(draw: st.DrawFn) -> tuple[int, list[RowOutcome], bool]:
    """A chunk's answer: outcomes of some rows (planned or not), any values, any issue."""
    indexes = draw(st.lists(st.integers(0, 7), unique=True, max_size=4))
    outcomes = []
    for index in indexes:
        issues = []
        if draw(st.booleans()):
            issues.append(store_issue(draw(_TEXT), draw(st.text(max_size=6)), draw(_TEXT)))
        outcomes.append(
            RowOutcome(
                index,
                draw(st.none() | st.integers(1, 30)),
                draw(st.sampled_from(list(Status))),
                issues,
                external_id=draw(_TEXT),
                sku=draw(_TEXT),
                product_id=draw(_TEXT),
                batch_id=draw(_TEXT),
                request_id=draw(_TEXT),
                lang=draw(st.sampled_from(["en", "id"])),
            )
        )
    return draw(st.integers(0, 2)), outcomes, draw(st.booleans())


@settings(max_examples=60, deadline=None)
@given(answers=st.lists(st.tuples(st.integers(0, 1), _answer()), max_size=6))
def test_rows_with_chunk_answers_read_as_the_rows_the_answers_written_row_by_row_give(
    answers: list[tuple[int, tuple[int, list[RowOutcome], bool]]],
) -> None:
    """Each row's outcome, read through the chunk answers (``rows``, ``store_rows``), is what
    the per-row upsert writes when they are folded into the rows (``record_outcomes``): the
    same columns kept, the same overwritten, a row not planned added in its place."""
    table = product_table(6)
    chunks = plan_upload(take_snapshot(table), range(6), chunk_size=2)
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "journal.sqlite3")
        jobs = [
            journal.start_job("upload", base_url="http://store.test/", chunks=chunks)
            for _ in range(2)
        ]
        for job, (seq, outcomes, settled) in answers:
            journal.record_answer(jobs[job], seq, outcomes, batch_id="pb", settled=settled)
        read = [journal.rows(job_id) for job_id in jobs]
        store = journal.store_rows("http://store.test")
        for job_id in jobs:
            journal.record_outcomes(job_id, [])  # folds the answers into the rows
        assert [journal.rows(job_id) for job_id in jobs] == read
        assert journal.store_rows("http://store.test") == store
        assert journal._db.execute("SELECT COUNT(*) FROM chunk_answers").fetchone()[0] == 0
        journal.close()
