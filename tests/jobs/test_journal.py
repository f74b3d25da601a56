"""The journal file: WAL, a versioned schema, jobs and chunks recorded in order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.catalog.status import Status
from app.jobs import Journal, JournalError
from app.jobs.journal import SCHEMA_VERSION, default_path
from app.jobs.outcome import RowOutcome
from app.jobs.plan import plan_upload
from app.jobs.snapshot import take_snapshot
from tests.jobs.rows import product_table


def test_default_path_is_in_the_user_data_folder(_private_user_dirs: Path) -> None:
    assert str(default_path()).startswith(str(_private_user_dirs / "data"))
    journal = Journal()
    assert journal.path.exists()
    journal.close()


def test_wal_and_schema_version(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    assert journal.schema_version == SCHEMA_VERSION
    journal.close()
    db = sqlite3.connect(tmp_path / "j.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    Journal(tmp_path / "j.sqlite3").close()  # opening again migrates nothing


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(JournalError, match="newer version"):
        Journal(path)


def test_chunks_are_recorded_before_and_after_sending(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    table = product_table(5)
    chunks = plan_upload(take_snapshot(table), range(5), chunk_size=2)
    job_id = journal.start_job("upload", source="a.xlsx", options={"rows": "2-6"})
    journal.plan(job_id, chunks)
    assert [c.state for c in journal.chunks(job_id)] == ["planned"] * 3
    journal.mark_sending(job_id, 0)
    assert journal.chunks(job_id)[0].state == "sending"
    assert journal.chunks(job_id)[0].attempts == 1
    outcome = RowOutcome(
        0,
        2,
        Status.PENDING,
        batch_id="pb_1",
        request_id="r1",
        external_id=table.rows[0].external_id,
    )
    journal.record_answer(job_id, 0, [outcome], request_id="r1", batch_id="pb_1")
    first = journal.chunks(job_id)[0]
    assert (first.state, first.request_id, first.batch_id) == ("answered", "r1", "pb_1")
    rows = journal.rows(job_id)
    assert rows[0]["status"] == "pending" and rows[0]["item"]["sku"] == table.rows[0].sku
    assert rows[1]["status"] == "ready" and rows[1]["sheet_row"] == 3
    assert journal.latest_unfinished().id == job_id  # type: ignore[union-attr]
    journal.finish(job_id, "finished", {"pending": 5})
    assert journal.latest_unfinished() is None
    job = journal.jobs()[0]
    assert job.summary == {"pending": 5} and job.options == {"rows": "2-6"}
