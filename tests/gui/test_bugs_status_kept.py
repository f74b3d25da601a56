"""Issue 13, point 7, through the real window against the sandbox over HTTP: the upload status
of a row outlives the session (the journal remembers it per store) and the results workbook
(its status and product id columns); a later upload of a live row is not sent again and the
window says so plainly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.status import Status
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import Answers, Recorded, cell, open_in, select_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ALREADY = (
    "Already on the store: 3 rows were not sent. This upload does not change products that"
    " are live; changing their price or stock will come with sync."
)


def statuses(window: MainWindow) -> list[Status]:
    return [row.status for row in window.model.table.rows]


def upload_live(window: MainWindow, qtbot: Any, path: Path) -> None:
    open_in(window, qtbot, path)
    with qtbot.waitSignal(window.send_flow.confirmed, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert statuses(window) == [Status.LIVE] * 3


def send_all_again(window: MainWindow, qtbot: Any) -> str:
    select_rows(window, [0, 1, 2])
    with qtbot.waitSignal(window.send_flow.message_shown, timeout=20_000) as shown:
        window.acts.upload.trigger()
    return str(shown.args[1])


def test_no_to_restore_keeps_the_stores_statuses(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    tmp_path: Path,
) -> None:
    path = write_workbook(tmp_path / "toko sinar.xlsx", big_rows(3))
    upload_live(sandbox_window, qtbot, path)
    ids = [row.product_id for row in sandbox_window.model.table.rows]
    assert sandbox_window.proxy.setData(cell(sandbox_window, 0, "name"), "Kaos diganti")
    sandbox_window.autosave.flush()
    sandbox_window.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.send_flow.client_factory = recorded.factory
    with qtbot.waitSignal(second.opener.opened, timeout=20_000):
        second.open_path(path, ask_mapping=False, restore_answer=False)
    assert second.model.row(0).cells["name"] != "Kaos diganti"  # the unsaved edit is gone
    assert statuses(second) == [Status.LIVE] * 3  # ... the store's statuses are not
    assert [row.product_id for row in second.model.table.rows] == ids
    creates = len(recorded.creates())
    assert send_all_again(second, qtbot) == ALREADY
    assert len(recorded.creates()) == creates
    second.close()


def test_reopening_the_results_workbook_keeps_live_rows_live(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = sandbox_window
    upload_live(window, qtbot, write_workbook(tmp_path / "toko sinar.xlsx", big_rows(3)))
    window.save_results()
    qtbot.waitUntil(lambda: "Results saved to" in window.status.currentMessage(), timeout=20_000)
    saved = Path(window.status.currentMessage().split("Results saved to ", 1)[1])
    window.close()

    # another computer: no journal, no session; only the results workbook knows
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    other = MainWindow()
    qtbot.addWidget(other)
    other.send_flow.client_factory = recorded.factory
    open_in(other, qtbot, saved)
    assert statuses(other) == [Status.LIVE] * 3
    assert all(row.product_id for row in other.model.table.rows)
    # a price changed after the upload is not silently dropped as "exists"
    assert other.proxy.setData(cell(other, 0, "price"), "Rp 99.000")
    creates = len(recorded.creates())
    assert send_all_again(other, qtbot) == ALREADY
    with qtbot.waitSignal(other.send_flow.message_shown, timeout=20_000) as shown:
        other.acts.retry_failed.trigger()
    assert shown.args[1].startswith("Already on the store: 1 row was not sent.")
    assert len(recorded.creates()) == creates
    assert Status.EXISTS not in statuses(other)
    assert not other.send_flow.journal().jobs()  # the journal here never saw these rows
    other.close()
