"""The window says what the command line says about a file's type: a file that is really another
format opens with a notice (status line and import dialog); a format we do not read is refused
with the same words and fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.gui.window.main_window import MainWindow
from app.gui.workbook.import_dialog import ImportDialog
from app.sheets import SheetError, find_header_row, headers_of, read_sheet
from app.sheets.loading import map_columns
from tests.gui.drive import open_in
from tests.sheets import file_kinds as kinds

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_a_file_that_is_really_an_xlsx_opens_with_a_notice(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = kinds.products(tmp_path / "asli.xlsx").rename(tmp_path / "produk.xls")
    window.set_language("en", remember=False)
    open_in(window, qtbot, path, ask_mapping=False)
    assert window.model.rowCount() == 3
    message = window.status.currentMessage()
    assert "produk.xls is really an Excel workbook (.xlsx); it was read as such." in message
    assert "3 product rows loaded." in message


def test_the_import_dialog_shows_the_notice(qtbot: Any, tmp_path: Path) -> None:
    path = kinds.products(tmp_path / "asli.xlsx").rename(tmp_path / "produk.csv")
    raw = read_sheet(path)
    header_row = find_header_row(raw)
    dialog = ImportDialog(
        None, raw, header_row, map_columns(headers_of(raw, header_row)), lang="id"
    )
    qtbot.addWidget(dialog)
    assert [n.text() for n in dialog.notices] == [
        "produk.csv sebenarnya workbook Excel (.xlsx); berkas ini dibaca sesuai isinya."
    ]


def test_an_xlsb_is_refused_in_the_same_words_as_the_command_line(
    window: MainWindow, qtbot: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path = kinds.xlsb_like(tmp_path / "laporan.xlsb")
    window.set_language("en", remember=False)
    with qtbot.waitSignal(window.opener.failed, timeout=20_000):
        window.open_path(path, ask_mapping=False)
    assert warnings_shown == [SheetError("xlsb", name="laporan.xlsb").message("en")]
    assert "Save As › Excel Workbook (.xlsx)" in warnings_shown[0]
