"""The main window end to end: import dialog, red cells, editors, undo, languages, autosave."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app.gui.grid.delegates import MoneyEdit
from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from app.gui.workbook.import_dialog import ImportAnswer, ImportDialog, SheetPicker
from app.gui.workbook.restore import RestoreDialog
from tests.gui.samples import write_workbook

#: The offscreen platform cannot resize native windows to their hints; nothing to fix there.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "produk toko.xlsx")


def open_in(window: MainWindow, qtbot: Any, path: Path, **kwargs: Any) -> None:
    with qtbot.waitSignal(window.opener.opened, timeout=20_000):
        window.open_path(path, **kwargs)


def color(window: MainWindow, row: int, key: str) -> Any:
    """Background colour of a cell, by its position in the grid (view order)."""
    index = window.proxy.index(row, window.model.column_of(key))
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color()


def answer_import(monkeypatch: pytest.MonkeyPatch, seen: dict[str, Any]) -> None:
    def ask(
        cls: type[ImportDialog], parent: Any, raw: Any, header_row: int, colmap: Any, **kwargs: Any
    ) -> ImportAnswer:
        dialog = cls(parent, raw, header_row, colmap, **kwargs)
        seen["header_row"] = dialog.header_row
        seen["rows"] = dialog.table.rowCount()

        def text(row: int, column: int) -> str:
            item = dialog.table.item(row, column)
            assert item is not None
            return item.text()

        def choice(row: int) -> Any:
            combo = dialog.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            return combo.currentData()

        seen["not_sent"] = [
            text(n, 1) for n in range(dialog.table.rowCount()) if choice(n) == (None, None)
        ]
        seen["price_match"] = text(2, 3)
        dialog.deleteLater()
        return dialog.answer()

    monkeypatch.setattr(ImportDialog, "ask", classmethod(ask))


def test_messy_workbook_shows_red_cells_and_editor_fixes_one(
    window: MainWindow, qtbot: Any, messy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}
    answer_import(monkeypatch, seen)
    open_in(window, qtbot, messy)
    assert seen["header_row"] == 3  # a title row and a blank row above the headers
    assert seen["not_sent"] == ["Catatan internal"]
    assert seen["price_match"] == "100%"
    assert window.windowTitle() == "Toco Uploader — produk toko.xlsx"
    assert window.proxy.rowCount() == 10
    assert color(window, 0, "name") is None
    assert color(window, 1, "price") == ERROR_COLOR  # fraction price
    assert color(window, 2, "photos") == ERROR_COLOR  # no photo
    assert color(window, 3, "sku") == ERROR_COLOR  # duplicate SKU
    assert color(window, 4, "condition") == ERROR_COLOR
    assert color(window, 5, "specialPrice") == ERROR_COLOR
    window.problems.refresh()
    before = len(window.problems.model.problems)
    assert before == 6
    window.status.flush()
    assert "10 rows" in window.status.counters_label.text()
    assert "6 with problems" in window.status.counters_label.text()

    # fix the price through its editor: the money field takes "Rp 150.000"
    index = window.proxy.index(1, window.model.column_of("price"))
    window.grid.setCurrentIndex(index)
    window.grid.edit(index)
    editor = window.grid.findChild(MoneyEdit)
    assert editor is not None
    editor.setText("Rp 150.000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: color(window, 1, "price") is None)
    assert window.model.row(1).values["price"] == 150_000
    window.problems.refresh()
    assert len(window.problems.model.problems) == before - 1

    window.acts.undo.trigger()  # undo brings the problem back
    assert color(window, 1, "price") == ERROR_COLOR
    window.acts.redo.trigger()
    assert color(window, 1, "price") is None


def test_fill_down_and_paste_are_one_undo_step_each(
    window: MainWindow, qtbot: Any, messy: Path
) -> None:
    open_in(window, qtbot, messy, ask_mapping=False)
    grid, stack = window.grid, window.undo_stack
    condition = window.model.column_of("condition")
    grid.setCurrentIndex(window.proxy.index(3, condition))
    grid.selectionModel().select(
        QItemSelection(window.proxy.index(3, condition), window.proxy.index(6, condition)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    steps = stack.index()
    assert grid.fill_down() == 3
    assert stack.index() == steps + 1
    assert color(window, 4, "condition") is None  # "Rusak" replaced by the top cell's "Baru"
    stack.undo()
    assert color(window, 4, "condition") == ERROR_COLOR

    name = window.model.column_of("name")
    grid.setCurrentIndex(window.proxy.index(0, name))
    steps = stack.index()
    changed = grid.paste("Kaos A\tSKU-A\r\nKaos B\tSKU-B\r\n")
    assert changed == 4
    assert stack.index() == steps + 1
    assert window.model.row(1).cells["sku"] == "SKU-B"
    assert color(window, 3, "sku") is None  # the duplicate of row 0 is gone
    stack.undo()
    assert window.model.row(1).cells["sku"] == "SKU-00001"
    assert color(window, 3, "sku") == ERROR_COLOR
    text = grid.copy_selection()
    assert text.endswith("\r\n")
    assert QApplication.clipboard().text() == text


def test_filters_and_problems_dock_jump(window: MainWindow, qtbot: Any, messy: Path) -> None:
    open_in(window, qtbot, messy, ask_mapping=False)
    window.filter_bar.buttons[window.proxy.mode.PROBLEMS].click()
    assert window.proxy.rowCount() == 6
    window.filter_bar.buttons[window.proxy.mode.ALL].click()
    assert window.proxy.rowCount() == 10
    window.filter_bar.search.setText("kaos katun 7")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 10)
    window.problems.refresh()
    problem = next(
        n
        for n, (_, issue) in enumerate(window.problems.model.problems)
        if issue.field == "condition"
    )
    window.problems.view.clicked.emit(window.problems.model.index(problem, 2))
    current = window.grid.currentIndex()
    assert (current.row(), current.column()) == (4, window.model.column_of("condition"))


def test_language_switch(window: MainWindow, qtbot: Any, messy: Path) -> None:
    open_in(window, qtbot, messy, ask_mapping=False)
    name = window.model.column_of("name")
    condition = window.proxy.index(4, window.model.column_of("condition"))
    assert window.acts.file_menu.title() == "&File"
    assert window.model.headerData(name, Qt.Orientation.Horizontal) == "Product name *"
    assert "is not a condition" in condition.data(Qt.ItemDataRole.ToolTipRole)
    window.set_language("id")
    assert window.acts.file_menu.title() == "&Berkas"
    assert window.acts.open.text() == "&Buka…"
    assert window.model.headerData(name, Qt.Orientation.Horizontal) == "Nama Produk *"
    tip = condition.data(Qt.ItemDataRole.ToolTipRole)  # the cell's reason, now in Indonesian
    assert "“Rusak” bukan kondisi" in tip
    assert "is not a condition" not in tip
    qtbot.waitUntil(
        lambda: window.filter_bar.buttons[window.proxy.mode.ALL].text() == "Semua baris"
    )
    assert window.settings.language == "id"
    window.set_language("en")
    assert window.acts.file_menu.title() == "&File"


def test_autosave_and_restore(qtbot: Any, messy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    open_in(first, qtbot, messy, ask_mapping=False)
    index = first.proxy.index(4, first.model.column_of("condition"))
    assert first.proxy.setData(index, "Bekas")
    with qtbot.waitSignal(first.autosave.saved, timeout=5_000):
        pass  # the debounced write
    first.close()

    asked: list[int] = []

    def restore(cls: Any, parent: Any, workbook: str, rows: int, saved_at: float) -> bool:
        asked.append(rows)
        return True

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(restore))
    second = MainWindow()
    qtbot.addWidget(second)
    open_in(second, qtbot, messy)  # no import dialog: the session knows the mapping
    assert asked == [1]
    assert second.model.row(4).cells["condition"] == "Bekas"
    assert color(second, 4, "condition") is None
    # a crash: the session is written but the window never closes cleanly
    assert second.proxy.setData(second.proxy.index(0, second.model.column_of("name")), "Baru!")
    second.autosave.flush()
    second.autosave.detach()

    third = MainWindow()
    qtbot.addWidget(third)
    with qtbot.waitSignal(third.opener.opened, timeout=20_000):
        assert third.offer_crash_restore()
    assert third.model.row(0).cells["name"] == "Baru!"
    assert third.model.row(4).cells["condition"] == "Bekas"
    third.close()


def test_sheet_picker_when_several_sheets(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_workbook(tmp_path / "dua.xlsx", sheets=2)
    offered: list[list[str]] = []

    def pick(cls: Any, parent: Any, sheets: list[Any]) -> str:
        offered.append([s.name for s in sheets])
        return "Produk"

    monkeypatch.setattr(SheetPicker, "ask", classmethod(pick))
    monkeypatch.setattr(
        ImportDialog,
        "ask",
        classmethod(
            lambda cls, parent, raw, header_row, colmap, **kw: ImportAnswer(header_row, colmap)
        ),
    )
    open_in(window, qtbot, path)
    assert offered == [["Produk", "Lain 1"]]
    assert window.model.rowCount() == 10


def test_recent_files_and_settings_in_private_config(
    window: MainWindow, qtbot: Any, messy: Path, tmp_path: Path
) -> None:
    import os

    open_in(window, qtbot, messy, ask_mapping=False)
    assert window.settings.recent_files() == [str(messy.resolve())]
    assert window.acts.recent_menu.actions()[0].text() == messy.name
    assert str(window.settings.path).startswith(os.environ["XDG_CONFIG_HOME"])
    window.close()
    assert window.settings.path.exists()
    assert "geometry" in window.settings.path.read_text()
