"""The import dialog on marketplace templates: the guidance and example rows listed as skipped
with their row numbers, one included with a click; a two-row header found and changeable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.gui.window.main_window import MainWindow
from app.gui.workbook.import_dialog import ImportDialog
from app.sheets import open_table
from tests.gui.drive import answering, item, ok_button, open_in, row_labels
from tests.sheets.template_books import shopee_like
from tests.sheets.test_two_row_header import two_row_book

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_dialog_lists_skipped_rows_and_includes_a_ticked_one(
    qtbot: Any, tmp_path: Path
) -> None:
    loaded = open_table(shopee_like(tmp_path / "shopee.xlsx", 2))
    dialog = ImportDialog(None, loaded.raw, loaded.header_row, loaded.colmap)
    qtbot.addWidget(dialog)
    box = dialog.skipped_box
    assert not box.isHidden()
    assert box.texts() == [
        "Row 5 — skipped: guidance row",
        "Row 6 — skipped: example row (“Contoh: Kaos Polos”)",
    ]
    assert item(dialog.table, 0, 4).text() == "Kaos Polos SHP 1"  # first value: a product
    box.tick(6)
    assert dialog.answer().included == {6}
    assert item(dialog.table, 0, 4).text() == "Contoh: Kaos Polos"
    box.tick(6, on=False)
    assert dialog.answer().included == set()


def test_a_sheet_without_template_rows_shows_no_list(qtbot: Any, tmp_path: Path) -> None:
    loaded = open_table(two_row_book(tmp_path / "p.xlsx", merged=True))
    dialog = ImportDialog(None, loaded.raw, 2, loaded.colmap, header_top=1)
    qtbot.addWidget(dialog)
    assert dialog.skipped_box.isHidden() and dialog.skipped_box.texts() == []


def test_the_included_example_is_loaded_in_the_window_and_the_guidance_row_is_not(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = shopee_like(tmp_path / "shopee.xlsx", 3)
    seen: dict[str, Any] = {}

    def act(dialog: ImportDialog) -> None:
        seen["texts"] = dialog.skipped_box.texts()
        dialog.skipped_box.tick(6)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with answering(ImportDialog, act) as dialogs:
        open_in(window, qtbot, path)
    assert len(dialogs) == 1
    assert seen["texts"][0] == "Row 5 — skipped: guidance row"
    assert row_labels(window) == ["6", "7", "8", "9"]
    assert window.loaded is not None
    assert [s.sheet_row for s in window.loaded.skipped] == [5]


def test_a_two_row_header_is_found_and_the_merchant_can_say_row_2_only(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = two_row_book(tmp_path / "dimensi.xlsx", merged=True)
    seen: dict[str, Any] = {}

    def headers(dialog: ImportDialog) -> list[str]:
        return [item(dialog.table, n, 1).text() for n in range(dialog.table.rowCount())]

    def act(dialog: ImportDialog) -> None:
        seen["rows"] = (dialog.header_spin.value(), dialog.header_end_spin.value())
        seen["found"] = headers(dialog)[11:]
        dialog.header_spin.setValue(2)  # "the header is row 2"
        seen["row 2"] = headers(dialog)[11:]
        dialog.header_spin.setValue(1)
        dialog.header_end_spin.setValue(2)  # "the header is rows 1–2"
        seen["again"] = headers(dialog)[11:]
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with answering(ImportDialog, act):
        open_in(window, qtbot, path)
    assert seen["rows"] == (1, 2)
    assert seen["found"] == ["Dimensi › Panjang", "Dimensi › Lebar", "Dimensi › Tinggi"]
    assert seen["row 2"] == ["Panjang", "Lebar", "Tinggi"]
    assert seen["again"] == seen["found"]
    assert row_labels(window) == ["3", "4", "5"]
    assert window.loaded is not None and window.loaded.header_top == 1


def test_the_skipped_rows_speak_indonesian(qtbot: Any, tmp_path: Path) -> None:
    from app.gui.kit.i18n import Translations

    loaded = open_table(shopee_like(tmp_path / "shopee.xlsx", 1))
    translations = Translations()
    assert translations.switch("id")
    try:
        dialog = ImportDialog(None, loaded.raw, loaded.header_row, loaded.colmap, lang="id")
        qtbot.addWidget(dialog)
        assert dialog.skipped_box.texts() == [
            "Baris 5 — dilewati: baris petunjuk",
            "Baris 6 — dilewati: baris contoh (“Contoh: Kaos Polos”)",
        ]
        assert dialog.skipped_box.label.text().startswith("Baris di bawah judul kolom")
    finally:
        translations.switch("en")
