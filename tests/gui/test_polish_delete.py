"""Issue 13 point 10: deleting more than ten products lists them (name, SKU, product id) and
asks the merchant to type how many go; Delete is enabled only when the number matches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.catalog.status import Status
from app.gui.sending.dialogs import DeleteConfirmDialog, LargeDeleteDialog
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.drive import answering
from tests.gui.samples import big_rows, write_workbook
from tests.gui.send_helpers import open_in, select_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
#: The real question, before the ``answers`` fixture replaces it with a recorder.
REAL_ASK = DeleteConfirmDialog.__dict__["ask"]


def uploaded(window: MainWindow, qtbot: Any, sandbox: RunningSandbox, path: Path, n: int) -> None:
    sandbox.state.live_after = 0.1
    open_in(window, qtbot, write_workbook(path, big_rows(n)))
    with qtbot.waitSignal(window.send_flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    qtbot.waitUntil(
        lambda: all(r.status is Status.LIVE for r in window.model.table.rows), timeout=20_000
    )
    qtbot.waitUntil(lambda: not window.send_flow.runs, timeout=20_000)
    select_rows(window, list(range(n)))


def test_a_delete_of_twelve_lists_them_and_waits_for_the_typed_number(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = sandbox_window
    monkeypatch.setattr(DeleteConfirmDialog, "ask", REAL_ASK)
    uploaded(window, qtbot, sandbox, tmp_path / "toko.xlsx", 12)
    seen: dict[str, Any] = {}

    def act(dialog: LargeDeleteDialog) -> None:
        listed = dialog.list.model()
        seen["rows"] = [
            [listed.index(r, c).data() for c in range(3)] for r in range(listed.rowCount())
        ]
        seen["headers"] = [listed.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        seen["prompt"] = dialog.prompt.text()
        seen["at_first"] = dialog.delete_button.isEnabled()
        qtbot.keyClicks(dialog.count_edit, "11")
        seen["eleven"] = dialog.delete_button.isEnabled()
        qtbot.keyClick(dialog.count_edit, Qt.Key.Key_Return)  # Enter cannot skip the number
        seen["still_open"] = dialog.isVisible()
        dialog.count_edit.clear()
        qtbot.keyClicks(dialog.count_edit, "12")
        seen["twelve"] = dialog.delete_button.isEnabled()
        qtbot.keyClick(dialog.count_edit, Qt.Key.Key_Return)  # now Enter deletes

    with (
        answering(LargeDeleteDialog, act) as dialogs,
        answering(QMessageBox, lambda box: box.reject()) as plain,
        qtbot.waitSignal(window.send_flow.finished, timeout=20_000),
    ):
        window.acts.delete.trigger()
    assert len(dialogs) == 1 and not plain
    stored = {f"SKU-{n:05d}": sandbox.state.by_sku(f"SKU-{n:05d}") for n in range(12)}
    assert len(seen["rows"]) == 12
    first = window.model.table.rows[0]
    assert seen["rows"][0] == [first.cells["name"], "SKU-00000", first.product_id]
    assert seen["headers"] == ["Product name", "SKU", "Product ID"]
    assert "(12)" in seen["prompt"]
    assert (seen["at_first"], seen["eleven"], seen["still_open"], seen["twelve"]) == (
        False,
        False,
        True,
        True,
    )
    assert all(product is None for product in stored.values())  # all twelve went
    assert all(r.status is Status.DELETED for r in window.model.table.rows)


def test_cancel_keeps_them_and_ten_or_fewer_get_the_plain_question(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = sandbox_window
    monkeypatch.setattr(DeleteConfirmDialog, "ask", REAL_ASK)
    uploaded(window, qtbot, sandbox, tmp_path / "toko.xlsx", 11)
    with answering(LargeDeleteDialog, lambda d: d.buttons.rejected.emit()) as dialogs:
        window.acts.delete.trigger()
    assert len(dialogs) == 1
    assert sum(1 for p in sandbox.state.products() if p.sku.startswith("SKU-")) >= 11
    assert all(r.status is Status.LIVE for r in window.model.table.rows)

    select_rows(window, list(range(10)))
    asked: list[str] = []

    def plain(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    with answering(QMessageBox, plain):
        window.acts.delete.trigger()
    assert asked and "Delete 10 products" in asked[0]
