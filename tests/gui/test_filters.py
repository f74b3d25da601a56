"""The filter bar keeps up with the rows: after the store answers, after an edit, and when the
merchant clicks the filter that is already chosen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.catalog.status import Status
from app.gui.grid.proxy import RowFilter
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.drive import at, counters, open_in, row_labels
from tests.gui.samples import big_rows, write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def click(window: MainWindow, mode: RowFilter) -> None:
    window.filter_bar.buttons[mode].click()


def test_not_yet_sent_lets_rows_go_once_the_store_has_them(
    sandbox_window: MainWindow, qtbot: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    window = sandbox_window
    rows = big_rows(7)
    rows[6][13] = "Rusak"  # not a condition: this row cannot be sent
    path = write_workbook(tmp_path / "tujuh.xlsx", rows, title=None)  # header row 1, data 2-8
    open_in(window, qtbot, path, ask_mapping=False)
    click(window, RowFilter.UNSENT)
    assert window.proxy.rowCount() == 7

    sandbox.state.live_after = 0.2
    with qtbot.waitSignal(window.send_flow.finished, timeout=20_000):
        window.acts.upload_ready.trigger()
    assert row_labels(window) == ["8"]  # the six sent rows left "Not yet sent" at once
    qtbot.waitUntil(
        lambda: [r.status for r in window.model.table.rows].count(Status.LIVE) == 6,
        timeout=20_000,
    )
    assert row_labels(window) == ["8"]
    assert "1 shown" in counters(window)


def test_an_edit_that_fixes_a_row_takes_it_out_of_with_problems_and_undo_brings_it_back(
    loaded: MainWindow,
) -> None:
    window = loaded
    click(window, RowFilter.PROBLEMS)
    assert row_labels(window) == ["4", "5", "6", "7", "8", "9"]
    condition = at(window, 4, "condition")  # sheet row 8: "Rusak"
    assert window.proxy.setData(condition, "Bekas")
    assert row_labels(window) == ["4", "5", "6", "7", "9"]
    window.acts.undo.trigger()
    assert row_labels(window) == ["4", "5", "6", "7", "8", "9"]


def test_clicking_the_chosen_filter_again_applies_it_again(loaded: MainWindow) -> None:
    window = loaded
    click(window, RowFilter.UNSENT)
    assert window.proxy.rowCount() == 10
    # the store's answer has landed on two rows, but nobody has told the grid yet
    for i in (0, 9):
        window.model.row(i).status = Status.LIVE
    click(window, RowFilter.UNSENT)
    assert row_labels(window) == ["5", "6", "7", "8", "9", "10", "11", "12"]
    assert window.filter_bar.buttons[RowFilter.UNSENT].isChecked()


def test_a_row_renamed_away_from_the_search_leaves_it_and_undo_brings_it_back(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    window.filter_bar.search.setText("kaos katun 7")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert window.proxy.setData(at(window, 0, "name"), "Topi 7")
    assert window.proxy.rowCount() == 0
    window.acts.undo.trigger()
    assert row_labels(window) == ["11"]
