"""Store → Compare with store and Store → Sync with store in the real window, against the
sandbox over real HTTP: upload, edit a price in the grid, compare → that cell is blue (the
model's colour and the pixels on screen), its tooltip, the counters, Changes only; sync → the
store received exactly one price update."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.gui.grid.compare_conflicts import ConflictDialog
from app.gui.grid.compare_paint import CHANGE_COLOR, CONFLICT_COLOR
from app.gui.grid.proxy import RowFilter
from app.gui.sending.sync_dialogs import SyncConfirmDialog, SyncQuestion
from app.gui.window.main_window import MainWindow
from app.gui.window.sync_download import ProductDownload
from app.gui.window.sync_menu import SyncMenu
from app.sandbox import RunningSandbox
from app.sync import diff
from tests.gui.drive import answering
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import STORE, Recorded, background, cell, open_in, tooltip
from tests.sandbox.fixtures import seed_products

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def sync_answers(monkeypatch: pytest.MonkeyPatch) -> list[SyncQuestion]:
    asked: list[SyncQuestion] = []

    def ask(cls: type, parent: Any, question: SyncQuestion) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(SyncConfirmDialog, "ask", classmethod(ask))
    return asked


def uploaded(window: MainWindow, qtbot: Any, path: Path) -> None:
    """The workbook opened and every row uploaded and live."""
    open_in(window, qtbot, path)
    with qtbot.waitSignal(window.send_flow.confirmed, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert all(row.status is Status.LIVE for row in window.model.table.rows)


def compared(window: MainWindow, qtbot: Any) -> Any:
    with qtbot.waitSignal(window.sync_menu.compared, timeout=20_000) as done:
        window.acts.compare_store.trigger()
    return done.args[0]


def cell_pixel(window: MainWindow, row: int, key: str) -> QColor:
    """The colour on screen near the top of the cell (above its text, right of its mark)."""
    window.grid.clearSelection()
    index = cell(window, row, key)
    window.grid.scrollTo(index)
    rect = window.grid.visualRect(index)
    image = window.grid.viewport().grab(rect).toImage()
    return image.pixelColor(rect.width() // 2, 2)


def test_compare_paints_the_edited_price_blue_with_counters_and_changes_only(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    sync_answers: list[SyncQuestion],
    tmp_path: Path,
) -> None:
    window = sandbox_window
    uploaded(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(4)))
    assert window.proxy.setData(cell(window, 1, "price"), "Rp 75.000")

    plan = compared(window, qtbot)
    assert [r.action.value for r in plan] == ["unchanged", "update", "unchanged", "unchanged"]
    # the edited cell: blue in the model and on screen; its tooltip says old → new in Rupiah
    assert background(window, 1, "price") == CHANGE_COLOR
    assert cell_pixel(window, 1, "price") == CHANGE_COLOR
    assert cell_pixel(window, 1, "name") != CHANGE_COLOR
    assert tooltip(window, 1, "price").startswith("store: Rp 101.000 → sheet: Rp 75.000")
    assert background(window, 0, "price") is None
    # the counters above the grid
    bar = window.compare_bar
    assert bar.isVisible()
    assert bar.text() == (
        f"Compared with {STORE}: 0 to create  ·  1 to update  ·  3 unchanged  ·  0 conflicts"
    )
    # Changes only: that row alone
    button = window.filter_bar.buttons[RowFilter.CHANGES]
    assert button.isVisible()
    button.click()
    assert window.proxy.rowCount() == 1
    assert window.proxy.mapToSource(window.proxy.index(0, 0)).row() == 1


def test_sync_sends_exactly_one_price_update_and_the_answer_lands_on_the_row(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    sync_answers: list[SyncQuestion],
    tmp_path: Path,
) -> None:
    window = sandbox_window
    uploaded(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(4)))
    assert window.proxy.setData(cell(window, 1, "price"), "Rp 75.000")
    before = len(recorded.requests)

    with qtbot.waitSignal(window.send_flow.confirmed, timeout=30_000) as done:
        window.acts.sync_store.trigger()  # compares afresh, asks, sends
    question = sync_answers[0]
    assert (question.create, question.update, question.delete, question.conflicts) == (0, 1, 0, 0)
    assert question.examples == ("Row 5 (SKU-00001): Price: Rp 101.000 → Rp 75.000",)
    writes = [
        (method, path, body)
        for method, path, body in recorded.requests[before:]
        if method in ("POST", "PATCH")
    ]
    assert [(m, p.rsplit("/", 2)[-2:]) for m, p, _ in writes] == [("PATCH", ["products", "prices"])]
    items = writes[0][2]["items"]
    product_id = window.model.row(1).product_id
    assert items == [{"id": product_id, "price": 75_000}]  # only the field that changed
    stored = sandbox.state.by_sku("SKU-00001")
    assert stored is not None and sandbox.state.settle(stored).payload["price"] == 75_000
    # the answer is on the row; the spent comparison is gone
    assert done.args[0].kind == "sync"
    assert window.model.row(1).status is Status.LIVE
    assert not window.model.compare and not window.compare_bar.isVisible()
    assert background(window, 1, "price") is None


def test_download_products_writes_a_workbook_that_opens_with_every_row_ready(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = sandbox_window
    for product in seed_products("KAOS-1", "KAOS-2", "KAOS-3"):
        sandbox.state.add_product(product)
    qtbot.waitUntil(lambda: window.category_list.data is not None, timeout=20_000)
    target = tmp_path / "unduhan.xlsx"
    monkeypatch.setattr(ProductDownload, "ask_path", lambda self, store: target)

    with qtbot.waitSignal(window.opener.opened, timeout=30_000):
        window.acts.download_products.trigger()
    assert window.loaded is not None and window.loaded.path == target
    rows = window.model.table.rows
    assert sorted(row.sku or "" for row in rows) == ["KAOS-1", "KAOS-2", "KAOS-3"]
    assert [row.status for row in rows] == [Status.READY] * 3
    assert [row.issues for row in rows] == [[]] * 3
    # the download's names read back to the store's ids: compared, nothing would change
    plan = compared(window, qtbot)
    assert [r.action.value for r in plan] == ["unchanged"] * 3


def test_a_conflict_waits_for_the_merchants_choice_then_the_sheet_wins(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    sync_answers: list[SyncQuestion],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = sandbox_window
    for product in seed_products("KAOS-1", "KAOS-2"):
        sandbox.state.add_product(product)
    qtbot.waitUntil(lambda: window.category_list.data is not None, timeout=20_000)
    target = tmp_path / "unduhan.xlsx"
    monkeypatch.setattr(ProductDownload, "ask_path", lambda self, store: target)
    with qtbot.waitSignal(window.opener.opened, timeout=30_000):
        window.acts.download_products.trigger()
    row = next(i for i, r in enumerate(window.model.table.rows) if r.sku == "KAOS-1")
    # the store changes the price after the download, and the merchant changes it too
    stored = sandbox.state.by_sku("KAOS-1")
    assert stored is not None
    stored.payload["price"] = 88_000
    assert window.proxy.setData(cell(window, row, "price"), "Rp 77.000")

    plan = compared(window, qtbot)
    assert plan.at(row).action.value == "conflict"
    assert background(window, row, "price") == CONFLICT_COLOR
    assert "store: Rp 88.000 → sheet: Rp 77.000" in tooltip(window, row, "price")
    assert "0 to update" in window.compare_bar.text() and "1 conflict" in window.compare_bar.text()
    assert window.compare_bar.resolve_button.isVisible()

    # Sync now: nothing to send, the conflict waits
    with qtbot.waitSignal(window.send_flow.message_shown, timeout=30_000) as said:
        window.acts.sync_store.trigger()
    assert "1 conflict" in said.args[1] and not sync_answers

    # the merchant lets the sheet win; Sync sends that price
    def sheet_wins(dialog: ConflictDialog) -> None:
        dialog.all_sheet.click()
        dialog.accept()

    with answering(ConflictDialog, sheet_wins):
        window.acts.resolve_conflicts.trigger()
    assert "the sheet's value is sent" in tooltip(window, row, "price")
    before = len(recorded.requests)
    with qtbot.waitSignal(window.send_flow.confirmed, timeout=30_000):
        window.acts.sync_store.trigger()
    assert sync_answers[0].update == 1 and sync_answers[0].conflicts == 0
    prices = [b for m, p, b in recorded.requests[before:] if p.endswith("/prices")]
    assert prices == [{"items": [{"id": stored.id, "price": 77_000}]}]


def test_cancelling_a_comparison_paints_nothing_and_unlocks_the_grid(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window = sandbox_window
    open_in(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(2)))
    for n in range(150):  # two pages of the product list
        sandbox.state.add_product(seed_products(f"LAIN-{n}")[0])
    sandbox.state.set_faults(latency=0.4)
    window.acts.compare_store.trigger()
    assert window.lock.locked and not window.acts.sync_store.isEnabled()
    progress = window.sync_menu.progress
    assert progress is not None and progress.dialog is not None
    button = progress.dialog.findChild(QPushButton)
    assert button is not None
    button.click()  # the merchant's Cancel
    assert not window.lock.locked
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert not window.model.compare and not window.compare_bar.isVisible()
    assert window.acts.compare_store.isEnabled()


def test_the_sheet_is_compared_in_the_worker_and_the_grid_locked_until_it_is_painted(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    sync_answers: list[SyncQuestion],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = sandbox_window
    uploaded(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(3)))
    assert window.proxy.setData(cell(window, 2, "price"), "Rp 75.000")
    seen: list[tuple[bool, bool]] = []  # (on the GUI thread, the grid locked)
    real = diff.compare

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append((threading.current_thread() is threading.main_thread(), window.lock.locked))
        return real(*args, **kwargs)

    monkeypatch.setattr(diff, "compare", watched)  # the menu imports it when it compares
    plan = compared(window, qtbot)
    # in the worker, the grid locked; twice when something landed on the table meanwhile
    # (the photo check's results: the sheet is then compared again as it is)
    assert seen and set(seen) == {(False, True)}
    assert [r.action.value for r in plan] == ["unchanged", "unchanged", "update"]
    assert background(window, 2, "price") == CHANGE_COLOR
    assert not window.lock.locked


def test_a_photo_problem_landing_while_comparing_makes_the_plan_again(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    sync_answers: list[SyncQuestion],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lock stops edits, not the photo check's results: a plan made before one landed is
    not painted; the sheet is compared again as it is now."""
    window = sandbox_window
    uploaded(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(3)))
    assert window.proxy.setData(cell(window, 1, "price"), "Rp 75.000")
    menu = window.sync_menu
    calls: list[int] = []
    real = diff.compare

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(diff, "compare", counted)
    landed = SyncMenu._fetched

    def photo_check_lands_first(self: SyncMenu, *args: Any) -> None:
        if len(calls) == 1:  # the worker compared; its plan is on its way to the GUI thread
            link = window.model.table.rows[1].values["photos"][0]
            bad = Issue(None, "photo_status", Level.ERROR, {"status": "404 Not Found"})
            window.model.use_photo_checks({link: [bad]}, {})
        landed(self, *args)

    monkeypatch.setattr(SyncMenu, "_fetched", photo_check_lands_first)
    plan = compared(window, qtbot)
    assert len(calls) == 2  # compared again
    assert [r.action.value for r in plan] == ["unchanged", "invalid", "unchanged"]
    assert background(window, 1, "price") != CHANGE_COLOR
    assert menu.model.compare.counts()["update"] == 0
    assert not window.lock.locked


def test_clearing_the_comparison_is_not_an_edit(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    tmp_path: Path,
) -> None:
    """Clear comparison takes the blue marks away and logs no row as edited: the edit log beside
    the session holds the one edited price, not the compared rows."""
    window = sandbox_window
    uploaded(window, qtbot, write_workbook(tmp_path / "toko.xlsx", big_rows(4)))
    assert window.proxy.setData(cell(window, 1, "price"), "Rp 75.000")
    compared(window, qtbot)
    assert background(window, 1, "price") == CHANGE_COLOR
    window.autosave.flush()
    meta = window.autosave.meta
    assert meta is not None
    log = window.autosave.store.log_for(meta.key)
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    announced: list[set[int]] = []
    window.model.changed.connect(announced.append)

    window.compare_bar.dismiss_button.click()

    assert background(window, 1, "price") is None and not window.model.compare
    assert not window.compare_bar.isVisible()
    assert announced == []  # nothing announced as an edit
    window.autosave.flush()
    window.autosave.writer.wait()
    assert (log.read_text(encoding="utf-8") if log.exists() else "") == before
