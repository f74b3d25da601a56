"""Opening streams the rows: read and checked in a child process, they arrive in batches, in
sheet order, with the issues an in-process build finds; editing waits until all are in. A
reader that crashes, hangs or eats memory ends its child: the window says so and works on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.gui.window.main_window import MainWindow
from app.gui.workbook.opener import SLICE_ROWS
from app.sheets import limits
from app.sheets.loading import open_table
from app.sheets.row_batches import BATCH_ROWS, FIRST_BATCH_ROWS
from tests.gui import hostile_reading
from tests.gui.drive import open_in
from tests.gui.samples import big_rows, messy_rows, write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ROWS = FIRST_BATCH_ROWS + BATCH_ROWS + 50  # three batches from the child


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def many_rows() -> list[list[Any]]:
    rows = messy_rows() + big_rows(ROWS)[10:]
    rows[-1][1] = rows[0][1]  # the last batch's last SKU is the first row's: a duplicate
    return rows


def facts(table: Any) -> list[tuple[Any, ...]]:
    return [
        (r.sheet_row, r.status, sorted((i.field or "", i.key) for i in r.issues))
        for r in table.rows
    ]


def test_rows_stream_in_sheet_order_with_the_same_issues_and_editing_waits(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "banyak.xlsx", many_rows())
    batches: list[tuple[int, bool]] = []
    window.opener.rows_arrived.connect(
        lambda rows, total: batches.append((len(rows), window.model.read_only))
    )
    open_in(window, qtbot, path, ask_mapping=False)

    sizes = [n for n, _ in batches]  # handed to the grid a slice per turn of the loop
    assert sizes[0] == FIRST_BATCH_ROWS and max(sizes) == SLICE_ROWS and sum(sizes) == ROWS
    assert all(locked for _, locked in batches)  # no edit while rows arrive
    assert not window.model.read_only  # ... and editing is back once all are in
    expected = open_table(path).table  # the same workbook built in one go, in-process
    assert facts(window.model.table) == facts(expected)
    first, last = window.model.table.rows[0], window.model.table.rows[-1]
    assert [i.key for i in last.duplicate_issues] == ["duplicate_in_sheet"]  # across batches
    assert last.duplicate_issues[0].params["other"] == first.sheet_row
    assert window.proxy.rowCount() == len(expected)


def test_a_crashing_reader_is_a_message_and_the_window_works_on(
    window: MainWindow, qtbot: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path = write_workbook(tmp_path / "produk.xlsx")
    window.opener.read = hostile_reading.crashes
    with qtbot.waitSignal(window.opener.failed, timeout=30_000):
        window.open_path(path, ask_mapping=False)
    assert len(warnings_shown) == 1
    assert "produk.xlsx" in warnings_shown[0] and "crashed" in warnings_shown[0]
    assert window.isVisible() and window.model.rowCount() == 0

    window.opener.read = hostile_reading.read_and_keep
    open_in(window, qtbot, path, ask_mapping=False)
    assert window.model.rowCount() == 10


def test_a_reader_eating_memory_is_stopped_at_the_childs_limit(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings_shown: list[str],
) -> None:
    monkeypatch.setenv(limits.CHILD_MEMORY_ENV, "1024")
    path = write_workbook(tmp_path / "produk.xlsx")
    window.opener.build = hostile_reading.eats_memory
    with qtbot.waitSignal(window.opener.failed, timeout=30_000):
        window.open_path(path, ask_mapping=False)
    assert len(warnings_shown) == 1 and "1,024 MB of memory" in warnings_shown[0]
    assert window.model.rowCount() == 0


def test_a_hanging_reader_times_out_and_the_next_open_works(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings_shown: list[str],
) -> None:
    monkeypatch.setenv(limits.CHILD_SECONDS_ENV, "3")
    path = write_workbook(tmp_path / "produk.xlsx")
    window.opener.read = hostile_reading.hangs
    with qtbot.waitSignal(window.opener.failed, timeout=30_000):
        window.open_path(path, ask_mapping=False)
    assert len(warnings_shown) == 1 and "longer than 3 seconds" in warnings_shown[0]

    monkeypatch.delenv(limits.CHILD_SECONDS_ENV)
    window.opener.read = hostile_reading.read_and_keep
    open_in(window, qtbot, path, ask_mapping=False)
    assert window.model.rowCount() == 10


def test_cancel_while_rows_arrive_brings_the_previous_workbook_back(
    window: MainWindow, qtbot: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    small = write_workbook(tmp_path / "kecil.xlsx")
    open_in(window, qtbot, small, ask_mapping=False)
    big = write_workbook(tmp_path / "banyak.xlsx", many_rows())
    window.opener.build = hostile_reading.slow_after_first_rows
    with qtbot.waitSignal(window.opener.rows_arrived, timeout=30_000):
        window.open_path(big, ask_mapping=False)
    assert window.model.rowCount() == FIRST_BATCH_ROWS  # the first rows are in the grid
    assert window.row_stream.isVisible() and "of" in window.row_stream.label.text()
    assert window.model.read_only
    with qtbot.waitSignal(window.opener.cancelled, timeout=30_000):
        window.row_stream.cancel_button.click()
    assert window.model.rowCount() == 10  # the workbook open before
    assert window.loaded is not None and window.loaded.path.name == "kecil.xlsx"
    assert not window.model.read_only and not warnings_shown
