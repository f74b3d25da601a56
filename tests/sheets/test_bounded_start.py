"""``start_bounded``: the child starts, the caller works meanwhile, then takes the one answer —
under the same limits as ``run_bounded``, the deadline counted from the start."""

from __future__ import annotations

import glob
import multiprocessing
import os
import tempfile
import time
from pathlib import Path

import pytest

from app.sheets import SheetError
from app.sheets.bounded import Bounds, ByName, start_bounded, start_read_with_header
from app.sheets.sheet_read import read_with_header
from tests.cli.test_validate_output import every_issue_workbook
from tests.sheets import child_work

SMALL = Bounds(memory_bytes=512 * 2**20, seconds=60)


def _said_files() -> set[str]:
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "toco-read-*.txt")))


def test_the_caller_works_while_the_child_reads(tmp_path: Path) -> None:
    path = every_issue_workbook(tmp_path / "produk.xlsx")
    with start_read_with_header(path, bounds=SMALL) as reading:
        busy = sum(range(100_000))  # the caller's own work meanwhile
        read = reading.result()
    assert busy
    here = read_with_header(path)
    assert (read.header_top, read.header_row) == (here.header_top, here.header_row)
    assert read.raw.rows == here.raw.rows
    assert read.raw.hidden_rows == here.raw.hidden_rows == frozenset({10})


def test_a_function_named_by_its_module_runs_in_the_child() -> None:
    echo: ByName[object] = ByName("tests.sheets.child_work", "echoes")
    with start_bounded(echo, {"Harga": 85000}, name="x.xlsx", bounds=SMALL) as running:
        assert running.result() == {"Harga": 85000}


def test_the_deadline_runs_from_the_start() -> None:
    bounds = Bounds(memory_bytes=None, seconds=3)
    with start_bounded(child_work.sleeps, 600, name="lambat.xlsx", bounds=bounds) as running:
        time.sleep(3.3)  # the caller busy past the deadline: no new allowance after it
        waited = time.monotonic()
        with pytest.raises(SheetError) as caught:
            running.result()
    assert caught.value.params["why"] == "timeout"
    # not a speed figure: the deadline had passed, so result() did not wait 3 s more
    assert time.monotonic() - waited < 2.5


def test_leaving_the_block_without_the_result_ends_the_child() -> None:
    before = _said_files()
    with start_bounded(child_work.sleeps, 600, name="x.xlsx", bounds=SMALL) as running:
        child = running._child
        assert child is not None and child.is_alive()
    assert not child.is_alive()
    assert _said_files() <= before  # its note file is gone too


def test_a_child_that_cannot_start_says_why_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuses(self: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuses)
    before = _said_files()
    with pytest.raises(OSError, match="Resource temporarily unavailable"):
        start_bounded(child_work.echoes, 1, name="x.xlsx", bounds=SMALL)
    assert _said_files() <= before
