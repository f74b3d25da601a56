"""Issue 13 point 12: counts that agree — the Problems dock beside the status bar after a
cancel, History after the rows went live, History's time column not cut off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.status import Status
from app.gui.history.dialog import HistoryDialog
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.drive import counters
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_after_a_cancel_the_problems_title_agrees_with_the_status_bar(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "banyak.xlsx", big_rows(10)))
    flow.chunk_size, flow.concurrency = 2, 1
    sandbox.state.set_faults(latency=0.3)
    window.acts.upload_ready.trigger()
    qtbot.waitUntil(
        lambda: any(r.status is Status.PENDING for r in window.model.table.rows), timeout=20_000
    )
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        flow.panel.cancel.click()
    unsent = sum(1 for r in window.model.table.rows if r.status is Status.READY)
    assert unsent > 0
    window.problems.refresh()
    assert len(window.problems.model.problems) >= unsent  # each unsent row says why
    assert "0 with problems" in counters(window)
    title = window.problems.windowTitle()
    assert title.startswith("Problems (0)")
    assert f"{len(window.problems.model.problems)} notes" in title


def test_history_follows_the_confirmation_and_its_time_is_not_cut(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 0.5
    open_in(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(4)))
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert flow.journal().jobs(1)[0].summary == {"pending": 4}
    qtbot.waitUntil(lambda: not flow.runs, timeout=20_000)  # the confirmation is over
    assert all(r.status is Status.LIVE for r in window.model.table.rows)

    window.set_language("id")
    dialog = HistoryDialog(flow.journal(), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    assert item.text(4) == "4 tayang"  # not "4 diproses" any more
    details = dialog.details.toPlainText()
    assert "unggah, selesai" in details and "upload" not in details
    assert "Permintaan 1: request id" in details
    font = dialog.tree.font()
    font.setPointSize(font.pointSize() * 2)  # a merchant with large text set
    dialog.tree.setFont(font)
    dialog.refresh()
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    when = item.text(0)
    needed = dialog.tree.fontMetrics().horizontalAdvance(when)
    assert dialog.tree.columnWidth(0) > needed + dialog.tree.indentation()
    window.set_language("en")
