"""Habits of spreadsheet users (issue 13 point 13): right-click menus, Enter moves down,
Ctrl+arrow to the edge of the block, Ctrl+Shift+arrow/End extend, Ctrl+Y redoes, typed prices
shown as Rupiah, long texts in a tooltip, File → New from template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app.gui.window.main_window import MainWindow
from tests.gui.drive import at, edit_cell, text

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _menu_texts(window: MainWindow) -> list[str]:
    menu = window.grid_menus.last_menu
    assert menu is not None
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    menu.close()
    return texts


def test_right_click_on_a_cell_offers_the_spreadsheet_commands(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    grid = window.grid
    rect = grid.visualRect(at(window, 2, "name"))
    grid.customContextMenuRequested.emit(rect.center())
    assert grid.currentIndex().row() == 2  # the clicked cell, outside the selection, is chosen
    assert _menu_texts(window) == [
        "Cut",
        "Copy",
        "Paste",
        "Fill down",
        "Clear cells",
        "Add row",
        "Remove added rows",
        "Upload selected…",
        "Delete selected from the store…",
        "Problems list",
    ]


def test_right_click_on_a_row_number_selects_the_row_and_clear_empties_it(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    grid = window.grid
    header = grid.verticalHeader()
    header.customContextMenuRequested.emit(QPoint(5, header.sectionViewportPosition(4) + 5))
    assert grid.selectionModel().isRowSelected(4)
    assert "Clear cells" in _menu_texts(window)
    window.acts.clear_cells.trigger()
    assert text(window, 4, "name") == "" and text(window, 4, "sku") == ""
    assert text(window, 5, "name") != ""
    window.acts.undo.trigger()
    assert text(window, 4, "name") != ""


def test_right_click_on_a_column_header_selects_the_column(loaded: MainWindow) -> None:
    window = loaded
    header = window.grid.horizontalHeader()
    column = window.model.column_of("sku")
    header.customContextMenuRequested.emit(QPoint(header.sectionViewportPosition(column) + 5, 5))
    assert window.grid.selectionModel().isColumnSelected(column)
    assert "Copy" in _menu_texts(window)


def test_cut_copies_the_cells_then_clears_them(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.grid.setCurrentIndex(at(window, 1, "sku"))
    before = text(window, 1, "sku")
    qtbot.keyClick(window.grid, Qt.Key.Key_X, CTRL)
    assert QApplication.clipboard().text().strip() == before
    assert text(window, 1, "sku") == ""


def test_enter_after_an_edit_moves_down_and_a_typed_price_shows_as_rupiah(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    grid = window.grid
    edit_cell(window, qtbot, at(window, 1, "price"))
    editor = grid.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("79000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text(window, 1, "price") == "Rp 79.000")  # Qt commits queued
    assert grid.currentIndex() == at(window, 2, "price")
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # not editing: Enter moves down too
    assert grid.currentIndex() == at(window, 3, "price")


def test_ctrl_arrows_go_to_the_edge_and_shift_extends(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    grid = window.grid
    last = window.proxy.rowCount() - 1
    grid.setFocus()
    grid.setCurrentIndex(at(window, 0, "name"))
    assert text(window, last, "name") != ""
    qtbot.keyClick(grid, Qt.Key.Key_Down, CTRL)
    assert grid.currentIndex().row() == last
    qtbot.keyClick(grid, Qt.Key.Key_Up, CTRL | SHIFT)
    rows = {i.row() for i in grid.selectionModel().selectedIndexes()}
    assert rows == set(range(last + 1))
    # a gap: from above an empty cell Ctrl+Down stops at the last filled cell before it
    window.proxy.setData(at(window, 5, "name"), None)
    grid.setCurrentIndex(at(window, 0, "name"))
    qtbot.keyClick(grid, Qt.Key.Key_Down, CTRL)
    assert grid.currentIndex().row() == 4
    qtbot.keyClick(grid, Qt.Key.Key_Down, CTRL)
    assert grid.currentIndex().row() == 6


def test_ctrl_shift_end_selects_to_the_last_cell(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    grid = window.grid
    grid.setFocus()
    grid.setCurrentIndex(at(window, 2, "name"))
    qtbot.keyClick(grid, Qt.Key.Key_End, CTRL | SHIFT)
    selected = grid.selectionModel().selectedIndexes()
    assert max(i.row() for i in selected) == window.proxy.rowCount() - 1
    assert min(i.row() for i in selected) == 2
    assert len({i.column() for i in selected}) > 1


def test_ctrl_y_redoes(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    before = text(window, 3, "name")
    window.proxy.setData(at(window, 3, "name"), "Kaos baru")
    window.acts.undo.trigger()
    assert text(window, 3, "name") == before
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Y, CTRL)
    assert text(window, 3, "name") == "Kaos baru"


def test_a_long_text_shows_whole_in_its_tooltip(loaded: MainWindow) -> None:
    window = loaded
    long = "Kaos katun combed 30s, jahitan rantai, sablon plastisol tahan cuci " * 2
    window.proxy.setData(at(window, 2, "name"), long.strip())
    tip = at(window, 2, "name").data(Qt.ItemDataRole.ToolTipRole)
    assert tip is not None and tip.startswith(long.strip())
    short = text(window, 3, "name")
    assert short not in str(at(window, 3, "name").data(Qt.ItemDataRole.ToolTipRole))


def test_new_from_template_writes_the_workbook_and_opens_it(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "produk baru"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    with qtbot.waitSignal(window.opener.opened, timeout=20_000):
        window.acts.new_from_template.trigger()
    written = tmp_path / "produk baru.xlsx"
    assert written.exists()
    assert window.loaded is not None and Path(window.loaded.path) == written
    assert window.model.column_of("name") >= 0
