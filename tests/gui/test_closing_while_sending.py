"""The window closed while an upload is still starting (its rows being copied a slice at a
time): the collector, paused for the job, runs again when the window has closed — the job's
end, queued to an event loop that will not run again once the application quits, is not
waited for — and the rows the store already took are kept as its answers said."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from app.catalog.status import Status
from app.gui.sending import row_copies
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import Answers, Recorded, open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_closing_while_a_job_starts_leaves_the_collector_running(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "tutup.xlsx", big_rows(30)))
    monkeypatch.setattr(row_copies, "BUDGET_S", 0.0)  # one piece of rows a slice
    monkeypatch.setattr(row_copies, "PIECE", 1)
    assert gc.isenabled()
    try:
        window.acts.upload_ready.trigger()
        run = flow.run
        assert run is not None and run.copies is not None  # still copying its rows
        assert window.model.read_only
        window.close()  # no event ran between: the job was still starting
        assert gc.isenabled()  # not paused until the process ends
        # the job's end, if its event still comes, changes nothing more about the collector
        qtbot.wait(300)
        assert gc.isenabled()
        statuses = {row.status for row in window.model.table.rows}
        assert statuses <= {Status.READY, Status.PENDING}  # cancelled: sent or not, truthfully
        on_store = {p.sku for p in sandbox.state.products()}
        for row in window.model.table.rows:
            assert row.status is (Status.PENDING if row.sku in on_store else Status.READY)
    finally:
        gc.enable()  # hygiene for the next tests, were the collector left paused
