"""Killed (SIGKILL) at every named point of the journal's life, an upload resumes to the right end.

``TOCO_TEST_KILL_AT=<point>[:<n>]`` makes the journal kill its own process the n-th time it
reaches that point: ``start`` (the job's start, before it is committed), ``plan`` (just after the
job and its plan were committed), ``sending`` (a chunk marked sent, its request not yet out),
``answer`` (the store answered, the answer not yet committed) and ``finish`` (every chunk
answered, the job's end not yet committed). The sandbox does not police SKUs: a re-send of a
chunk the store had would show as a second product.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.cli import main
from app.jobs import Journal
from app.sandbox import RunningSandbox
from tests.cli.workbooks import product_workbook

ROWS = 20


def upload(book: Path, kill_at: str | None) -> subprocess.CompletedProcess[str]:
    env = os.environ.copy()
    env.pop("TOCO_TEST_KILL_AT", None)
    if kill_at:
        env["TOCO_TEST_KILL_AT"] = kill_at
    cmd = [sys.executable, "-m", "app", "upload", str(book), "--chunk-size", "5"]
    return subprocess.run(
        [*cmd, "--concurrency", "1", "--json"],
        text=True,
        capture_output=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.parametrize(
    ("kill_at", "sent_before", "then"),
    [
        ("start", 0, "upload"),  # nothing was recorded: the job never started
        ("plan", 0, "resume"),
        ("sending:2", 5, "resume"),
        ("answer:2", 10, "resume"),  # chunk 2 is on the store, its answer lost
        ("finish", ROWS, "resume"),
    ],
)
def test_killed_at_a_journal_point_the_upload_ends_with_every_product_once(
    store_env: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kill_at: str,
    sent_before: int,
    then: str,
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", ROWS)  # external ids generated
    killed = upload(book, kill_at)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert len(store_env.state.products()) == sent_before

    if then == "resume":
        with closing(Journal()) as journal:
            record = journal.latest_unfinished()
            assert record is not None and journal.rows(record.id)  # the plan is there
        code = main(["resume", "--json"])
        out = capsys.readouterr()
        assert code == 0, out.err
        data = json.loads(out.out)
    else:
        assert main(["resume"]) == 2
        assert "no unfinished job" in capsys.readouterr().err
        again = upload(book, None)
        assert again.returncode == 0, again.stderr[-2000:]
        data = json.loads(again.stdout)
    assert len(data["rows"]) == ROWS
    assert set(data["summary"]) <= {"pending", "live"}
    products = store_env.state.products()
    assert sorted(p.sku for p in products) == [f"SKU-{k:05d}" for k in range(ROWS)]
    assert {r["externalId"] for r in data["rows"]} == {p.external_id for p in products}
    with closing(Journal()) as journal:
        assert journal.latest_unfinished() is None


def test_the_kill_hook_does_nothing_when_unset(store_env: RunningSandbox, tmp_path: Path) -> None:
    done = upload(product_workbook(tmp_path / "produk.xlsx", 3), None)
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_job_an_older_journal_recorded_without_its_plan_is_planned_again(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What an older version left when killed between the job's start and its plan."""
    book = product_workbook(tmp_path / "produk.xlsx", ROWS)
    with closing(Journal()) as journal:
        job_id = journal.start_job(
            "upload",
            source=str(book.resolve()),
            sheet="Produk",
            base_url=store_env.base_url,
            options={"chunk_size": 5, "rows": "2-11", "map": [], "lang": "en"},
        )
    code = main(["resume", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "nothing of it was sent" in out.err
    data = json.loads(out.out)
    assert data["summary"] == {"pending": 10}  # the rows the job was started for
    assert len(store_env.state.products()) == 10
    with closing(Journal()) as journal:
        record = journal.job(job_id)
        assert record is not None and record.state == "finished"
        assert record.summary == {"pending": 10} and len(journal.chunks(job_id)) == 2
