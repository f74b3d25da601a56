"""The grid's editors, opened with F2 on the real grid: the condition drop-down in the cell, and
the dialogs for dimensions, warehouse stock, long text and lists — the values they start
with, and what the cell shows after OK, in the right order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.gui.grid.editors import DimensionsDialog, ListDialog, TextDialog, WarehouseDialog
from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from tests.gui.drive import answering, at, color, edit_cell, item, ok_button, open_in, text
from tests.gui.samples import HEADERS, good_row, write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
#: The messy headers, with stock per warehouse instead of one stock column, and a description.
HEADERS_WITH_WAREHOUSES = [("Stok WH-1" if h == "Stok" else h) for h in HEADERS] + [
    "Stok WH-2",
    "Deskripsi",
]


@pytest.fixture
def stocked(window: MainWindow, qtbot: Any, tmp_path: Path) -> MainWindow:
    rows = [[*good_row(n), 7 + n, f"Kaos nyaman {n}"] for n in range(3)]
    path = write_workbook(tmp_path / "gudang.xlsx", rows, headers=HEADERS_WITH_WAREHOUSES)
    open_in(window, qtbot, path, ask_mapping=False)
    return window


def ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)


def button(dialog: QWidget, label: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == label)


def test_condition_drop_down_starts_at_the_cell_and_writes_the_word(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    edit_cell(window, qtbot, at(window, 0, "condition"))  # "Baru"
    combo = window.grid.viewport().findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["Baru (New)", "Bekas (Used)"]
    assert combo.currentText() == "Baru (New)"
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.grid.viewport().findChild(QComboBox) is None)

    assert color(window, 4, "condition") == ERROR_COLOR  # "Rusak"
    edit_cell(window, qtbot, at(window, 4, "condition"))
    combo = window.grid.viewport().findChild(QComboBox)
    assert combo is not None
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Bekas (Used)"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text(window, 4, "condition") == "Bekas")
    assert color(window, 4, "condition") is None
    assert text(window, 4, "status").endswith("ready")
    window.acts.undo.trigger()
    assert text(window, 4, "condition") == "Rusak"


def test_dimensions_dialog_shows_and_returns_length_width_height_in_order(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    seen: list[list[tuple[str, str]]] = []

    def act(dialog: DimensionsDialog) -> None:
        form = dialog.findChild(QFormLayout)
        assert form is not None
        labels = [form.labelForField(e).text() for e in dialog.edits]  # type: ignore[attr-defined]
        seen.append(list(zip(labels, [e.text() for e in dialog.edits], strict=True)))
        for edit, value in zip(dialog.edits, ("30", "20", "10"), strict=True):
            edit.clear()
            qtbot.keyClicks(edit, value)
        ok(qtbot, dialog)

    assert text(window, 0, "dimensions") == "20 × 15 × 3"
    with answering(DimensionsDialog, act):
        edit_cell(window, qtbot, at(window, 0, "dimensions"))
    assert seen == [[("Length", "20"), ("Width", "15"), ("Height", "3")]]
    assert text(window, 0, "dimensions") == "30 × 20 × 10"
    assert window.model.row(0).values["dimensions"] == {"length": 30, "width": 20, "height": 10}

    def cancel(dialog: DimensionsDialog) -> None:
        dialog.edits[0].setText("99")
        dialog.reject()

    with answering(DimensionsDialog, cancel):
        edit_cell(window, qtbot, at(window, 0, "dimensions"))
    assert text(window, 0, "dimensions") == "30 × 20 × 10"  # Cancel changes nothing


def test_warehouse_dialog_lists_each_warehouse_and_takes_changes_and_a_new_one(
    stocked: MainWindow, qtbot: Any
) -> None:
    window = stocked
    seen: list[list[tuple[str, str]]] = []

    def act(dialog: WarehouseDialog) -> None:
        table = dialog.table
        seen.append([(item(table, n, 0).text(), item(table, n, 1).text()) for n in range(2)])
        item(table, 1, 1).setText("9")
        qtbot.mouseClick(button(dialog, "Add warehouse"), Qt.MouseButton.LeftButton)
        item(table, 2, 0).setText("WH-3")
        item(table, 2, 1).setText("2")
        ok(qtbot, dialog)

    window.acts.all_columns.setChecked(True)
    assert text(window, 1, "warehouses") == "WH-1: 11; WH-2: 8"
    with answering(WarehouseDialog, act):
        edit_cell(window, qtbot, at(window, 1, "warehouses"))
    assert seen == [[("WH-1", "11"), ("WH-2", "8")]]
    assert text(window, 1, "warehouses") == "WH-1: 11; WH-2: 9; WH-3: 2"
    assert color(window, 1, "warehouses") is None


def test_text_dialog_edits_a_long_description_over_several_lines(
    stocked: MainWindow, qtbot: Any
) -> None:
    window = stocked
    seen: list[str] = []

    def act(dialog: TextDialog) -> None:
        seen.append(dialog.edit.toPlainText())
        dialog.edit.moveCursor(dialog.edit.textCursor().MoveOperation.End)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.edit, "Bahan katun")
        ok(qtbot, dialog)

    with answering(TextDialog, act):
        edit_cell(window, qtbot, at(window, 2, "description"))
    assert seen == ["Kaos nyaman 2"]
    assert text(window, 2, "description") == "Kaos nyaman 2 ⏎ Bahan katun"
    assert window.model.row(2).cells["description"] == "Kaos nyaman 2\nBahan katun"


def test_list_dialog_reorders_and_adds_hashtags(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    seen: list[list[str]] = []

    def act(dialog: ListDialog) -> None:
        items = dialog.list
        seen.append([items.item(i).text() for i in range(items.count())])
        items.setCurrentRow(1)
        qtbot.mouseClick(button(dialog, "Up"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button(dialog, "Add"), Qt.MouseButton.LeftButton)
        editor = items.viewport().findChild(QLineEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "promo")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: items.item(2).text() == "promo")
        ok(qtbot, dialog)

    with answering(ListDialog, act):
        edit_cell(window, qtbot, at(window, 0, "hashtags"))
    assert seen == [["kaos", "katun"]]
    assert text(window, 0, "hashtags") == "katun, kaos, promo"


def test_list_dialog_adds_a_photo_to_the_row_without_one(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded

    def act(dialog: ListDialog) -> None:
        assert dialog.list.count() == 0
        qtbot.mouseClick(button(dialog, "Add"), Qt.MouseButton.LeftButton)
        editor = dialog.list.viewport().findChild(QLineEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "https://cdn.example.com/p/2.jpg")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.list.item(0).text() != "")
        ok(qtbot, dialog)

    assert color(window, 2, "photos") == ERROR_COLOR
    with answering(ListDialog, act) as dialogs:
        edit_cell(window, qtbot, at(window, 2, "photos"))
    assert len(dialogs) == 1
    assert text(window, 2, "photos") == "https://cdn.example.com/p/2.jpg"
    assert color(window, 2, "photos") is None
