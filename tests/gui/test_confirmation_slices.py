"""What a confirmation learns is applied to the window's rows a slice at a time, as a job's
answers are: a round that reads the store's list brings every waiting row's answer at once, and
applied in one piece it held the window (10,000 rows gone live: 95–310 ms of the GUI thread in
one gap, measured round 9). The rows end live with the store's ids, the announcements stay
small, the window's events run between them, and the confirmation is over only once every
answer is on the rows."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from app.catalog.status import Status
from app.gui.sending import answer_slices
from app.gui.sending.runs import JobRun
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROWS = 60
AT_ONCE = 7


def test_a_confirmation_applies_its_answers_in_slices_between_the_windows_events(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 0.3  # pending at the upload, all live at one reading of the list
    open_in(window, qtbot, write_workbook(tmp_path / "konfirmasi.xlsx", big_rows(ROWS)))
    monkeypatch.setattr(answer_slices, "PIECE", 2)
    monkeypatch.setattr(answer_slices, "BUDGET_S", 0.0)  # one piece a slice
    monkeypatch.setattr(answer_slices, "ANNOUNCE_ROWS", AT_ONCE)
    monkeypatch.setattr(answer_slices, "ANNOUNCE_S", 0.0)

    ticks = [0]
    heartbeat = QTimer(window)
    heartbeat.setInterval(0)
    heartbeat.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    heartbeat.start()
    # (rows announced, the window's events run so far) for each announcement of the confirmation
    announced: list[tuple[set[int], int]] = []
    touched = JobRun._touched

    def recorded(self: JobRun, rows: set[int]) -> None:
        if self.confirmation is not None:
            announced.append((set(rows), ticks[0]))
        touched(self, rows)

    monkeypatch.setattr(JobRun, "_touched", recorded)
    # the panel's count of rows still waiting, and how many rows are still pending then
    counts: list[tuple[int, int]] = []
    confirming = JobRun._confirm_progress

    def counted(self: JobRun, progress: Any) -> None:
        self.confirming.connect(
            lambda waiting: counts.append((waiting, pending_rows())),
            Qt.ConnectionType.SingleShotConnection,
        )
        confirming(self, progress)

    def pending_rows() -> int:
        return sum(row.status is Status.PENDING for row in window.model.table.rows)

    monkeypatch.setattr(JobRun, "_confirm_progress", counted)
    at_the_end: list[list[Status]] = []
    flow.confirmed.connect(
        lambda _: at_the_end.append([row.status for row in window.model.table.rows])
    )

    with qtbot.waitSignal(flow.confirmed, timeout=30_000):
        window.acts.upload_ready.trigger()
    heartbeat.stop()

    assert at_the_end == [[Status.LIVE] * ROWS]  # over once every answer is on the rows
    assert counts and all(waiting == pending for waiting, pending in counts)
    for row in window.model.table.rows:
        stored = sandbox.state.by_sku(str(row.sku))
        assert stored is not None and row.product_id == stored.id
    assert set().union(*(rows for rows, _ in announced)) == set(range(ROWS))
    assert max(len(rows) for rows, _ in announced) <= AT_ONCE
    seen = [tick for _, tick in announced]
    assert all(a < b for a, b in itertools.pairwise(seen))  # events ran between


def test_closing_the_window_puts_the_queued_answers_on_the_rows(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 0.3
    open_in(window, qtbot, write_workbook(tmp_path / "tutup.xlsx", big_rows(ROWS)))
    with qtbot.waitSignal(flow.finished, timeout=30_000):
        window.acts.upload_ready.trigger()
    (run,) = flow.runs
    # the window is too busy to apply anything before it closes (its slices never start)
    monkeypatch.setattr(run.confirmations, "_wake", lambda: None)
    qtbot.waitUntil(lambda: run.confirmations.pending, timeout=30_000)
    window.close()  # the store's answers came; none is on the rows yet
    assert [row.status for row in window.model.table.rows] == [Status.LIVE] * ROWS
    for row in window.model.table.rows:
        stored = sandbox.state.by_sku(str(row.sku))
        assert stored is not None and row.product_id == stored.id
