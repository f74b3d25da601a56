"""Issue 13, points 2–4, through the real window against the sandbox over HTTP: the result
banner belongs to its workbook; deleting rows the store does not hold, or rows already
deleted, tells the merchant so without marking anything red or blocking an upload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.status import Status
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import Answers, Recorded, background, open_in, select_rows, tooltip

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def statuses(window: MainWindow) -> list[Status]:
    return [row.status for row in window.model.table.rows]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "toko sinar.xlsx", big_rows(4))


def test_the_result_banner_goes_when_another_workbook_is_opened(
    sandbox_window: MainWindow, qtbot: Any, workbook: Path, tmp_path: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, workbook)
    with qtbot.waitSignal(flow.confirmed, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert flow.panel.isVisible() and "4 live" in flow.panel.title.text()
    other = write_workbook(tmp_path / "toko lain.xlsx", big_rows(2))
    open_in(window, qtbot, other)
    assert not flow.panel.isVisible()
    assert statuses(window) == [Status.LIVE] * 2  # the same SKUs: the journal knows them


def test_deleting_rows_the_store_does_not_hold_is_a_notice_not_a_red_cell(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    workbook: Path,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, workbook)
    select_rows(window, [0, 1])  # never uploaded: looked up by SKU, not found
    with qtbot.waitSignal(flow.message_shown, timeout=20_000) as shown:
        window.acts.delete.trigger()
    qtbot.waitUntil(lambda: not flow.busy)
    assert shown.args[1] == (
        "2 of the selected rows are not on the store, so there was nothing to delete."
        " Their status is unchanged."
    )
    assert statuses(window) == [Status.READY] * 4
    for row in (0, 1):
        assert background(window, row, "sku") is None
        assert "nothing to delete" not in tooltip(window, row, "sku")
        assert not window.model.row(row).issues_for("sku")
        assert not window.model.row(row).has_errors
    assert recorded.deletes() == []
    # nothing blocks the upload
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert answers.upload[-1].send == 4
    assert [len(products) for products in recorded.creates()] == [4]


def test_deleting_rows_already_deleted_says_so_and_sends_nothing(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    workbook: Path,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, workbook)
    with qtbot.waitSignal(flow.confirmed, timeout=20_000):
        window.acts.upload_ready.trigger()
    select_rows(window, [0, 1])
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.delete.trigger()
    assert statuses(window)[:2] == [Status.DELETED] * 2
    deletes, asked = len(recorded.deletes()), len(answers.delete)
    with qtbot.waitSignal(flow.message_shown, timeout=5_000) as shown:
        window.acts.delete.trigger()
    assert shown.args[1] == "The 2 selected rows are already deleted: there is nothing to delete."
    assert len(recorded.deletes()) == deletes and len(answers.delete) == asked
    assert not flow.busy and statuses(window)[:2] == [Status.DELETED] * 2


def test_already_deleted_rows_in_indonesian(
    sandbox_window: MainWindow, qtbot: Any, workbook: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    window.set_language("id")
    open_in(window, qtbot, workbook)
    window.model.table.set_store_result(0, Status.DELETED, product_id="p-1")
    select_rows(window, [0])
    with qtbot.waitSignal(flow.message_shown, timeout=5_000) as shown:
        window.acts.delete.trigger()
    assert shown.args[1] == "1 baris yang dipilih sudah dihapus: tidak ada yang perlu dihapus."
    window.set_language("en")
