"""Block edits on the real grid from the keyboard and the Edit menu — clearing cells with
Delete, fill down, pasting Excel's tab-separated text from the clipboard — and getting a
workbook in: changing the header row in the import dialog, dropping a file on the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from app.gui.workbook.import_dialog import ImportDialog
from tests.gui.drive import (
    answering,
    at,
    color,
    counters,
    item,
    ok_button,
    open_in,
    row_labels,
    text,
)
from tests.gui.samples import HEADERS, messy_rows, write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def select(window: MainWindow, top: int, first: str, bottom: int, last: str) -> None:
    """Select a block of the grid as a merchant drags over it, the top-left cell current."""
    grid = window.grid
    grid.setFocus()
    grid.setCurrentIndex(at(window, top, first))
    grid.selectionModel().select(
        QItemSelection(at(window, top, first), at(window, bottom, last)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


def test_delete_key_clears_the_selected_cells_in_one_undo_step(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    select(window, 6, "name", 7, "sku")
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    assert [text(window, r, k) for r in (6, 7) for k in ("name", "sku")] == ["", "", "", ""]
    assert color(window, 6, "name") == ERROR_COLOR  # a name is required
    assert text(window, 8, "name") == "Kaos Katun 8"  # outside the selection
    assert "8 with problems" in counters(window)
    window.acts.undo.trigger()
    assert [text(window, r, "name") for r in (6, 7)] == ["Kaos Katun 6", "Kaos Katun 7"]
    assert "6 with problems" in counters(window)


def test_fill_down_from_the_edit_menu_copies_the_top_cell(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    select(window, 3, "condition", 6, "condition")
    assert color(window, 4, "condition") == ERROR_COLOR  # "Rusak"
    window.acts.fill_down.trigger()
    assert [text(window, r, "condition") for r in range(3, 7)] == ["Baru"] * 4
    assert color(window, 4, "condition") is None
    window.acts.undo.trigger()
    assert text(window, 4, "condition") == "Rusak"

    assert window.proxy.setData(at(window, 7, "condition"), "Bekas")
    select(window, 7, "condition", 9, "condition")
    qtbot.keyClick(window.grid, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [text(window, r, "condition") for r in range(7, 10)] == ["Bekas"] * 3


def test_ctrl_v_pastes_excel_text_from_the_clipboard_in_one_undo_step(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    QApplication.clipboard().setText('Topi A\tTOPI-A\r\n"Topi ""B"""\tSKU-00000\r\n')
    select(window, 1, "name", 1, "name")
    steps = window.undo_stack.count()
    qtbot.keyClick(window.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [text(window, r, k) for r in (1, 2) for k in ("name", "sku")] == [
        "Topi A",
        "TOPI-A",
        'Topi "B"',
        "SKU-00000",
    ]
    assert color(window, 2, "sku") == ERROR_COLOR  # now the same SKU as the first row
    assert window.undo_stack.count() == steps + 1
    window.acts.undo.trigger()
    assert [text(window, r, "name") for r in (1, 2)] == ["Kaos Katun 1", "Kaos Katun 2"]
    assert color(window, 2, "sku") is None

    QApplication.clipboard().setText("Bekas")  # one value fills the whole selection
    select(window, 0, "condition", 2, "condition")
    qtbot.keyClick(window.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [text(window, r, "condition") for r in range(4)] == ["Bekas", "Bekas", "Bekas", "Baru"]


def test_ctrl_c_copies_the_selected_block_as_excel_text(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    select(window, 0, "name", 1, "sku")
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert (
        QApplication.clipboard().text() == "Kaos Katun 0\tSKU-00000\r\nKaos Katun 1\tSKU-00001\r\n"
    )


#: An English header row above the Indonesian one: the app takes the first, the merchant wants
#: the second (with the first, the Indonesian headers would be read as a product).
ENGLISH = [
    "Product name",
    "SKU",
    "Price",
    "Special price",
    "Stock",
    "Weight (g)",
    "Length",
    "Width",
    "Height",
    "Minimum order",
    "Category ID",
    "Sub-category ID",
    "Type ID",
    "Condition",
    "Photo 1",
    "Photo 2",
    "Hashtags",
    "Pre-order",
    "Internal note",
]


def test_changing_the_header_row_in_the_import_dialog_rereads_the_columns(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = write_workbook(
        tmp_path / "dua judul.xlsx", [HEADERS, *messy_rows()], title=None, headers=ENGLISH
    )
    seen: dict[str, Any] = {}

    def act(dialog: ImportDialog) -> None:
        seen["found"] = dialog.header_spin.value()
        seen["headers"] = [item(dialog.table, n, 1).text() for n in (0, 18)]
        seen["summary"] = dialog.summary.text()
        qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Up)  # one row further down
        seen["chosen"] = [item(dialog.table, n, 1).text() for n in (0, 18)]
        seen["chosen summary"] = dialog.summary.text()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with answering(ImportDialog, act) as dialogs:
        open_in(window, qtbot, path)
    assert len(dialogs) == 1
    assert seen["found"] == 1
    assert seen["headers"] == ["Product name", "Internal note"]
    assert "11 rows below the header" in seen["summary"]
    assert seen["chosen"] == ["Nama Produk", "Catatan internal"]
    assert "10 rows below the header" in seen["chosen summary"]
    assert row_labels(window) == [str(n) for n in range(3, 13)]
    assert text(window, 0, "name") == "Kaos Katun 0"


def drag(window: MainWindow, *paths: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        where.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    QApplication.sendEvent(window.windowHandle(), enter)
    if enter.isAccepted():
        QApplication.sendEvent(window.windowHandle(), drop)
    return enter, drop


def test_a_workbook_dropped_on_the_window_opens(
    window: MainWindow, qtbot: Any, messy: Path, tmp_path: Path
) -> None:
    note = tmp_path / "catatan.txt"
    note.write_text("bukan workbook")
    enter, _ = drag(window, note)
    assert not enter.isAccepted()  # the cursor says no
    assert window.pages.currentIndex() == 0  # still the welcome page

    def accept(dialog: ImportDialog) -> None:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with answering(ImportDialog, accept), qtbot.waitSignal(window.opener.opened, timeout=20_000):
        enter, drop = drag(window, note, messy)
    assert enter.isAccepted() and drop.isAccepted()
    assert window.windowTitle() == "Toco Uploader — produk toko.xlsx"
    assert row_labels(window) == [str(n) for n in range(4, 14)]
