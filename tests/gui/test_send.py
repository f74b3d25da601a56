"""Upload, retry, cancel and delete from the window, against the real sandbox over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.catalog.status import Status
from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from app.sandbox import RowRejection, RunningSandbox
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import (
    STORE,
    Answers,
    Recorded,
    add_profile,
    background,
    cell,
    open_in,
    select_rows,
    tooltip,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PRICE_MESSAGE = "Price is below the minimum for this category"


def statuses(window: MainWindow) -> list[Status]:
    return [row.status for row in window.model.table.rows]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "toko sinar.xlsx", big_rows(6))


def test_upload_all_ready_reject_fix_retry_live_and_save(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    workbook: Path,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 1.0
    sandbox.state.set_faults(
        reject_skus={
            "SKU-00002": RowRejection(code="PRD_030", field="price", message=PRICE_MESSAGE)
        }
    )
    open_in(window, qtbot, workbook)
    assert window.acts.upload_ready.isEnabled()

    with qtbot.waitSignal(flow.finished, timeout=20_000) as done:
        window.acts.upload_ready.trigger()
    question = answers.upload[0]
    assert (question.send, question.problems, question.store) == (6, 0, STORE)
    assert question.store_url == sandbox.base_url
    summary = done.args[0]
    # the rejected cell: red, with the store's message in its tooltip and the Problems list
    assert window.model.row(2).status is Status.REJECTED
    assert background(window, 2, "price") == ERROR_COLOR
    assert PRICE_MESSAGE in tooltip(window, 2, "price")
    window.problems.refresh()
    assert any(PRICE_MESSAGE in issue.message("en") for _, issue in window.problems.model.problems)
    # accepted rows: pending first, then live with their product id in the Product ID column
    assert [s for i, s in enumerate(statuses(window)) if i != 2] == [Status.PENDING] * 5
    assert dict(summary.counts()) == {Status.PENDING: 5, Status.REJECTED: 1}
    assert summary.request_ids and window.send_flow.panel.copy_support_ids()
    qtbot.waitUntil(lambda: statuses(window).count(Status.LIVE) == 5, timeout=20_000)
    for i in (0, 1, 3, 4, 5):
        stored = sandbox.state.by_sku(f"SKU-{i:05d}")
        assert stored is not None
        assert cell(window, i, "id").data(Qt.ItemDataRole.DisplayRole) == stored.id
    assert sandbox.state.by_sku("SKU-00002") is None
    qtbot.waitUntil(lambda: not flow.runs)  # the confirmation is over

    # fix the rejected price: the red goes; retry sends that row only, and it goes live
    assert window.proxy.setData(cell(window, 2, "price"), "Rp 250.000")
    assert background(window, 2, "price") is None
    sandbox.state.clear_faults()  # the store now accepts the corrected price
    creates_before = len(recorded.creates())
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.retry_failed.trigger()
    assert answers.upload[1].send == 1 and answers.upload[1].retry
    assert window.model.row(2).status is Status.PENDING
    qtbot.waitUntil(lambda: window.model.row(2).status is Status.LIVE, timeout=20_000)
    sent = recorded.creates()[creates_before:]
    assert [[p["sku"] for p in products] for products in sent] == [["SKU-00002"]]
    assert sent[0][0]["price"] == 250_000
    assert statuses(window) == [Status.LIVE] * 6

    # save results: status, product id, batch and request ids go into the workbook copy
    window.save_results()
    qtbot.waitUntil(lambda: "Results saved to" in window.status.currentMessage(), timeout=20_000)
    saved = Path(window.status.currentMessage().split("Results saved to ", 1)[1])
    sheet = load_workbook(saved).active
    assert sheet is not None
    header = [c.value for c in sheet[3]]
    row = [c.value for c in sheet[6]]  # SKU-00002
    values = dict(zip(header, row, strict=False))
    assert values["Upload status"] == "live"
    assert values["Product ID"] == sandbox.state.by_sku("SKU-00002").id  # type: ignore[union-attr]
    assert values["Batch ID"].startswith("pb_") and values["Request ID"]


def test_cancel_mid_upload_leaves_truthful_statuses(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "banyak.xlsx", big_rows(10)))
    flow.chunk_size, flow.concurrency = 2, 1
    sandbox.state.set_faults(latency=0.3)
    window.acts.upload_ready.trigger()
    # while the job runs the grid is read-only and edits are refused
    name = window.model.index(0, window.model.column_of("name"))
    assert not window.model.flags(name) & Qt.ItemFlag.ItemIsEditable
    assert not window.model.edit([(0, "name", "changed")], "edit")
    assert not window.acts.upload_ready.isEnabled() and not window.acts.paste.isEnabled()
    qtbot.waitUntil(lambda: Status.PENDING in statuses(window), timeout=20_000)
    with qtbot.waitSignal(flow.finished, timeout=20_000) as done:
        window.send_flow.panel.cancel.click()
    assert done.args[0].cancelled
    on_store = {p.sku for p in sandbox.state.products()}
    assert 0 < len(on_store) < 10
    for row in window.model.table.rows:
        assert row.status is (Status.PENDING if row.sku in on_store else Status.READY)
    assert window.model.flags(name) & Qt.ItemFlag.ItemIsEditable
    assert window.model.row(0).cells["name"] != "changed"
    assert flow.journal().jobs(1)[0].state == "cancelled"


def test_delete_selected_with_one_unknown_product_id(
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
    assert statuses(window) == [Status.LIVE] * 6
    unknown = "946b3ffa-5f9e-412e-acf4-eea306736e63"
    assert window.proxy.setData(cell(window, 1, "id"), unknown)
    assert window.proxy.setData(cell(window, 3, "id"), "")  # no id: found by its SKU
    select_rows(window, [0, 1, 2, 3])
    with qtbot.waitSignal(flow.finished, timeout=20_000) as done:
        window.acts.delete.trigger()
    question = answers.delete[0]
    assert (question.delete, question.by_sku, question.live) == (4, 1, 4)
    assert window.model.row(1).status is Status.DELETE_FAILED
    assert background(window, 1, "id") == ERROR_COLOR
    assert "PRD_014" in tooltip(window, 1, "id") or "not found" in tooltip(window, 1, "id")
    assert [window.model.row(i).status for i in (0, 2, 3)] == [Status.DELETED] * 3
    assert dict(done.args[0].counts()) == {Status.DELETED: 3, Status.DELETE_FAILED: 1}
    left = {p.sku for p in sandbox.state.products()}
    assert left == {"SKU-00001", "SKU-00004", "SKU-00005"}
    assert sorted(len(ids) for ids in recorded.deletes()) == [4]


def test_wrong_token_stops_with_plain_words_and_keeps_rows(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, workbook: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    add_profile(window, sandbox, token="stkn_revoked", name="Toko Lama")
    open_in(window, qtbot, workbook)
    with qtbot.waitSignal(flow.message_shown, timeout=20_000) as shown:
        window.acts.upload_ready.trigger()
    title, text = shown.args
    assert title == "The store refused access"
    assert "store token" in text and "AUTH_014" in text and "Traceback" not in text
    box = flow.notices.message_box
    assert box is not None and box.isVisible()
    assert not sandbox.state.products()
    assert all(s is Status.FAILED for s in statuses(window))
    assert window.model.flags(cell(window, 0, "name")) & Qt.ItemFlag.ItemIsEditable


def test_missing_secrets_and_no_store_are_explained(
    sandbox_window: MainWindow, qtbot: Any, workbook: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, workbook)
    window.stores.secrets.delete_all(STORE)
    with qtbot.waitSignal(flow.message_shown, timeout=20_000) as shown:
        window.acts.upload_ready.trigger()
    assert shown.args[0] == "The store's secrets are missing"
    qtbot.waitUntil(lambda: not flow.busy)
    assert statuses(window) == [Status.READY] * 6  # nothing was touched
    window.stores.profiles.remove(STORE)
    window.stores.forget(STORE)
    with qtbot.waitSignal(flow.message_shown) as shown:
        window.acts.upload_ready.trigger()
    assert shown.args[0] == "No store chosen"


def test_send_texts_in_indonesian_and_english_plurals(
    sandbox_window: MainWindow, qtbot: Any
) -> None:
    from app.gui.sending.dialogs import UploadConfirmDialog, UploadQuestion
    from app.gui.stores.words import explain
    from app.partner import StoreAccessError

    window = sandbox_window
    window.set_language("id")
    try:
        assert window.acts.upload_ready.text() == "Unggah semua yang &siap…"
        qtbot.waitUntil(lambda: window.send_flow.panel.cancel.text() == "Batal")
        assert (
            explain(StoreAccessError("Access forbidden", code="AUTH_014"))[0]
            == "Toko menolak akses"
        )
        dialog = UploadConfirmDialog(window, UploadQuestion(3, 1, 0, STORE, "http://x"))
        assert dialog.text() == f"Kirim 3 baris produk ke {STORE}?"
    finally:
        window.set_language("en")
    one = UploadConfirmDialog(window, UploadQuestion(1, 2, 0, STORE, "http://x"))
    assert one.text() == f"Send 1 product row to {STORE}?"
    assert "2 rows skipped" in one.informativeText()


def test_upload_selected_goes_through_the_sorted_view_and_skips_rows_with_problems(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    tmp_path: Path,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, write_workbook(tmp_path / "campur.xlsx"))  # rows 1-5 have problems
    window.proxy.sort(window.model.column_of("sku"), Qt.SortOrder.DescendingOrder)
    select_rows(window, [1, 6, 8, 9])  # source rows; 1 has a fraction price
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload.trigger()
    question = answers.upload[0]
    assert (question.send, question.problems, question.already) == (3, 1, 0)
    assert sorted(p["sku"] for p in recorded.creates()[0]) == [
        "SKU-00006",
        "SKU-00008",
        "SKU-00009",
    ]
    assert window.model.row(1).status is Status.INVALID  # not sent, still says why
    # selected again: rows already on the store are not sent twice
    select_rows(window, [6, 8])
    window.acts.upload.trigger()
    assert len(answers.upload) == 1
    box = flow.notices.message_box
    assert box is not None and "Already on the store: 2 rows were not sent" in box.text()


def test_a_row_added_while_confirming_does_not_shift_the_answers(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, workbook: Path
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 1.0
    open_in(window, qtbot, workbook)
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert flow.runs and statuses(window) == [Status.PENDING] * 6
    # the window stays usable while the rows are confirmed: add a row under the first one
    window.grid.setCurrentIndex(cell(window, 0, "name"))
    window.acts.add_row.trigger()
    added = window.model.row(1)
    assert added.sheet_row is None
    qtbot.waitUntil(lambda: not flow.runs, timeout=20_000)
    assert added.status is not Status.LIVE and added.product_id is None
    assert "id" not in added.cells
    for row in window.model.table.rows:
        if row.sheet_row is not None:
            stored = sandbox.state.by_sku(str(row.sku))
            assert stored is not None
            assert (row.status, row.product_id) == (Status.LIVE, stored.id)


def test_a_finished_job_run_is_freed(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, workbook: Path
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.gui.sending.runs import JobRun

    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 0.2
    open_in(window, qtbot, workbook)
    with qtbot.waitSignal(flow.confirmed, timeout=20_000):
        window.acts.upload_ready.trigger()
    window.model.table.set_store_result(0, Status.FAILED)  # something to send again
    with qtbot.waitSignal(flow.confirmed, timeout=20_000):
        flow.upload([0])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert flow.findChildren(JobRun) == []  # no run (and the table it holds) kept per job


def test_while_results_are_saved_the_grid_is_read_only_and_nothing_is_sent(
    sandbox_window: MainWindow, qtbot: Any, workbook: Path, recorded: Recorded
) -> None:
    window = sandbox_window
    open_in(window, qtbot, workbook)
    window.save_results()
    assert window.runner.busy  # the results workbook is being written in a worker
    assert window.model.read_only and window.send_flow.busy
    assert not window.acts.upload_ready.isEnabled()
    index = cell(window, 0, "name")
    assert not window.model.setData(window.proxy.mapToSource(index), "Renamed")
    window.send_flow.upload_ready()
    qtbot.waitUntil(lambda: "Results saved to" in window.status.currentMessage(), timeout=20_000)
    assert not window.model.read_only and window.acts.upload_ready.isEnabled()
    assert recorded.creates() == []
    assert window.model.table.rows[0].cells["name"] != "Renamed"


def test_check_pending_rows_after_the_confirmation_gave_up(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    workbook: Path,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    sandbox.state.live_after = 3600.0  # the store keeps them pending past the window's check
    flow.confirm_timeout = 0.5
    open_in(window, qtbot, workbook)
    assert window.acts.check_pending in window.acts.store_menu.actions()
    with qtbot.waitSignal(flow.confirmed, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert statuses(window) == [Status.UNCONFIRMED] * 6 and not flow.runs
    assert "Store → Check pending rows" in flow.panel.detail.text()
    creates = len(recorded.creates())

    sandbox.state.live_after = 0  # the store has published them meanwhile
    assert window.acts.check_pending.isEnabled()
    with qtbot.waitSignal(flow.confirmed, timeout=20_000) as done:
        window.acts.check_pending.trigger()
    assert statuses(window) == [Status.LIVE] * 6
    for i, row in enumerate(window.model.table.rows):
        stored = sandbox.state.by_sku(f"SKU-{i:05d}")
        assert stored is not None and row.product_id == stored.id
        assert cell(window, i, "id").data(Qt.ItemDataRole.DisplayRole) == stored.id
        assert not row.edited_since_sent
    assert dict(done.args[0].counts()) == {Status.LIVE: 6}
    assert flow.panel.title.text() == "Pending rows checked: 6 live"
    assert len(recorded.creates()) == creates  # asked about, not sent again
    assert recorded.requests[-1][0] == "GET"
    assert not flow.runs and not flow.busy


def test_check_pending_rows_informs_when_there_is_nothing_to_check(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    workbook: Path,
) -> None:
    window, flow = sandbox_window, sandbox_window.send_flow
    open_in(window, qtbot, workbook)
    with qtbot.waitSignal(flow.message_shown) as shown:
        window.acts.check_pending.trigger()
    assert shown.args[1] == "No row is pending: there is nothing to check."
    window.model.table.set_store_result(0, Status.PENDING)  # e.g. restored from a session
    window.save_results()  # while results are written, nothing is checked
    with qtbot.waitSignal(flow.message_shown) as shown:
        flow.check_pending()
    assert "once the running job or the saving of results is over" in shown.args[1]
    qtbot.waitUntil(lambda: not flow.busy, timeout=20_000)
    window.stores.profiles.remove(STORE)
    window.stores.forget(STORE)
    with qtbot.waitSignal(flow.message_shown) as shown:
        window.acts.check_pending.trigger()
    assert shown.args[1].startswith("Choose your store in Store → Stores… first")
    assert recorded.requests == [] and flow.run is None
    window.set_language("id")
    try:
        assert window.acts.check_pending.text() == "&Periksa baris yang diproses"
    finally:
        window.set_language("en")
