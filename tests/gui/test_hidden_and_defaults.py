"""The window and hidden rows, hidden columns, and the min-order default: the import dialog's
note and switch, the greyed row that is not sent, the greyed default cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.gui.grid.model import GREYED_BRUSH
from app.gui.window.main_window import MainWindow
from app.gui.workbook.import_dialog import ImportDialog
from tests.cli.workbooks import product_workbook
from tests.gui.drive import answering, at, ok_button, open_in, row_labels, text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def workbook(tmp_path: Path) -> Path:
    """Three products, no min-order column, row 3 hidden, an old-price column L hidden."""
    path = product_workbook(tmp_path / "produk.xlsx", 3, notes_sheet=False)
    book = load_workbook(path)
    sheet = book["Produk"]
    sheet.delete_cols(6)  # Min. Pembelian
    sheet["L1"] = "Harga Lama"
    for r in (2, 3, 4):
        sheet.cell(r, 12, "dulu")
    sheet.column_dimensions["L"].hidden = True
    sheet.row_dimensions[3].hidden = True
    book.save(path)
    return path


def test_the_dialog_says_what_is_hidden_and_hidden_rows_stay_greyed_and_unsent(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    seen: dict[str, Any] = {}

    def act(dialog: ImportDialog) -> None:
        seen["note"] = dialog.hidden_columns_note.text()
        seen["note shown"] = dialog.hidden_columns_note.isVisibleTo(dialog)
        seen["switch"] = dialog.include_hidden.text()
        seen["switch shown"] = dialog.include_hidden.isVisibleTo(dialog)
        seen["ticked"] = dialog.include_hidden.isChecked()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with answering(ImportDialog, act):
        open_in(window, qtbot, workbook(tmp_path))
    assert seen["note"] == "Column L is hidden in the workbook and was left out."
    assert seen["note shown"] and seen["switch shown"] and not seen["ticked"]
    assert seen["switch"] == "Include hidden rows (1 row hidden in the workbook)"
    assert row_labels(window) == ["2", "3", "4"]  # shown, not dropped
    assert text(window, 1, "status") == "hidden — not sent"
    assert at(window, 1, "status").data(Qt.ItemDataRole.ForegroundRole) == GREYED_BRUSH
    assert at(window, 1, "name").data(Qt.ItemDataRole.ForegroundRole) == GREYED_BRUSH
    assert "Hidden in the workbook — not sent." in at(window, 1, "status").data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert text(window, 0, "status").endswith("ready")
    assert at(window, 0, "name").data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_min_order_default_is_shown_greyed_with_a_tooltip(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_in(window, qtbot, workbook(tmp_path), ask_mapping=False)
    cell = at(window, 0, "minOrder")
    assert not window.grid.isColumnHidden(cell.column())  # shown although the sheet has none
    assert text(window, 0, "minOrder") == "1"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == GREYED_BRUSH
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Default: 1 — the marketplace default"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None  # not red
    window.model.setData(window.model.index(0, cell.column()), "3")
    assert text(window, 0, "minOrder") == "3"
    assert at(window, 0, "minOrder").data(Qt.ItemDataRole.ForegroundRole) is None


def test_ticking_include_hidden_rows_makes_them_plain_rows(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    def act(dialog: ImportDialog) -> None:
        dialog.include_hidden.click()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with answering(ImportDialog, act):
        open_in(window, qtbot, workbook(tmp_path))
    assert text(window, 1, "status").endswith("ready")
    assert not any(r.hidden for r in window.model.table.rows)
    assert at(window, 1, "name").data(Qt.ItemDataRole.ForegroundRole) is None
