"""Rows added and removed in the app: where they land, undo and redo, what the autosave keeps
and what the restore question says about them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from app.gui.workbook.opener import RestoreDialog
from tests.gui.drive import answering, at, color, counters, open_in, row_labels, text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SHEET = ["4", "5", "6", "7", "8", "9", "10", "11", "12", "13"]


def select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            QItemSelection(at(window, row, "name"), at(window, row, "sku")),
            QItemSelectionModel.SelectionFlag.Select,
        )


def test_add_row_lands_below_the_current_row_and_undo_redo_take_it_away_and_back(
    loaded: MainWindow,
) -> None:
    window = loaded
    window.grid.setCurrentIndex(at(window, 1, "name"))
    window.acts.add_row.trigger()
    assert row_labels(window) == ["4", "5", "+", *SHEET[2:]]
    assert "11 rows" in counters(window)
    current = window.grid.currentIndex()
    assert (current.row(), current.column()) == (2, window.model.column_of("name"))
    assert text(window, 2, "name") == ""
    assert text(window, 2, "status").endswith("invalid")  # an empty row lacks what is required

    window.acts.undo.trigger()
    assert row_labels(window) == SHEET
    assert "10 rows" in counters(window)
    window.acts.redo.trigger()
    assert row_labels(window) == ["4", "5", "+", *SHEET[2:]]


def test_remove_rows_takes_added_rows_only_with_undo_and_redo(loaded: MainWindow) -> None:
    window = loaded
    window.grid.setCurrentIndex(at(window, 9, "name"))
    window.acts.add_row.trigger()
    window.grid.setCurrentIndex(at(window, 0, "name"))
    window.acts.add_row.trigger()
    assert window.proxy.setData(at(window, 1, "name"), "Topi Baru")
    assert row_labels(window) == ["4", "+", *SHEET[1:], "+"]

    select_rows(window, [1, 3, 11])  # two added rows and one from the workbook
    window.acts.remove_rows.trigger()
    assert row_labels(window) == SHEET
    assert "10 rows" in counters(window)
    assert "stay in the grid" in window.status.currentMessage()

    window.acts.undo.trigger()
    assert row_labels(window) == ["4", "+", *SHEET[1:], "+"]
    assert text(window, 1, "name") == "Topi Baru"
    window.acts.redo.trigger()
    assert row_labels(window) == SHEET
    assert [text(window, r, "name") for r in range(10)] == [f"Kaos Katun {n}" for n in range(10)]


def test_removing_an_added_duplicate_clears_the_red_of_the_other_row(loaded: MainWindow) -> None:
    window = loaded
    window.grid.setCurrentIndex(at(window, 9, "name"))
    window.acts.add_row.trigger()
    assert window.proxy.setData(at(window, 10, "sku"), "SKU-00008")
    assert color(window, 8, "sku") == ERROR_COLOR  # the same SKU twice
    assert text(window, 8, "status").endswith("invalid")
    select_rows(window, [10])
    window.acts.remove_rows.trigger()
    assert color(window, 8, "sku") is None
    assert text(window, 8, "status").endswith("ready")


def test_removing_a_duplicate_right_below_its_partner_keeps_the_model_consistent(
    loaded: MainWindow,
) -> None:
    window = loaded
    window.grid.setCurrentIndex(at(window, 9, "name"))
    window.acts.add_row.trigger()  # lands right below sheet row 13 ...
    assert window.proxy.setData(at(window, 10, "sku"), "SKU-00009")  # ... with its SKU
    select_rows(window, [10])
    window.acts.remove_rows.trigger()
    assert text(window, 9, "status").endswith("ready")


def test_adding_a_row_keeps_only_that_row_in_the_session_and_the_restore_question(
    qtbot: Any, messy: Path
) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    open_in(first, qtbot, messy, ask_mapping=False)
    first.acts.add_row.trigger()
    assert first.proxy.setData(at(first, 10, "name"), "Topi Baru")
    first.autosave.flush()
    first.autosave.detach()  # a crash: the window never closes cleanly

    def restore(dialog: RestoreDialog) -> None:
        asked.append(dialog.text())
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    asked: list[str] = []
    second = MainWindow()
    qtbot.addWidget(second)
    with answering(RestoreDialog, restore):
        open_in(second, qtbot, messy, ask_mapping=False)
    assert len(asked) == 1 and "(1 row)" in asked[0]  # the added row, not all eleven
    assert row_labels(second) == [*SHEET, "+"]
    assert text(second, 10, "name") == "Topi Baru"
