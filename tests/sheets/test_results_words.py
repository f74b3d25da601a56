"""Issue 13, point 5: the results workbook keeps numbers as numbers, speaks the merchant's
language in its status words and messages, and writes no internal codes."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from app.catalog.status import Status
from app.sheets import open_table, write_results
from tests.sheets.books import ID_HEADERS, product


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(ID_HEADERS[:16])
    for row in rows:
        sheet.append(row[:16])
    book.save(path)
    return path


def _columns(sheet: object) -> dict[object, int]:
    return {c.value: c.column for c in sheet[1]}  # type: ignore[index]


def test_numbers_edited_in_the_app_are_saved_as_numbers(tmp_path: Path) -> None:
    loaded = open_table(_book(tmp_path / "toko.xlsx", [product("A-1", "Kaos", 50000)]))
    table = loaded.table
    table.set_cell(0, "price", "79000")  # typed in the grid: text
    table.set_cell(0, "stock", "12")
    table.set_cell(0, "weight", "300")
    table.set_cell(0, "dimensions", {"length": "20", "width": "15", "height": "5"})
    out = write_results(loaded)
    sheet = load_workbook(out).active
    assert sheet is not None
    for ref, value in (("C2", 79000), ("D2", 12), ("E2", 300), ("M2", 20), ("O2", 5)):
        cell = sheet[ref]
        assert cell.value == value and cell.data_type == "n", (ref, cell.value)
        assert cell.number_format != "@", ref
    assert sheet["C2"].number_format == "#,##0"
    again = open_table(out).table.rows[0].values
    assert (again["price"], again["stock"], again["weight"]) == (79000, 12, 300)


def test_status_words_and_messages_follow_the_language_without_internal_codes(
    tmp_path: Path,
) -> None:
    path = _book(
        tmp_path / "toko.xlsx",
        [product("A-1", "Kaos", 50000), product("A-1", "Kaos lagi", 60000)],  # same SKU twice
    )
    loaded = open_table(path)
    out = write_results(loaded, lang="id")
    sheet = load_workbook(out).active
    assert sheet is not None
    col = _columns(sheet)
    statuses = [sheet.cell(r, col["Upload status"]).value for r in (2, 3)]
    assert statuses == ["tidak valid", "tidak valid"]
    codes = [sheet.cell(r, col["Error code"]).value for r in (2, 3)]
    assert codes == [None, None]  # the store gave no code; ours are not shown
    message = sheet.cell(3, col["Error message"]).value
    assert "duplicate_in_sheet" not in message and "SKU" in message
    assert "juga dipakai di baris 2" in message, message

    loaded = open_table(_book(tmp_path / "satu.xlsx", [product("B-1", "Topi", 40000)]))
    loaded.table.set_store_result(0, Status.LIVE, product_id="946b3ffa-5f9e-412e-acf4-eea306736e63")
    sheet = load_workbook(write_results(loaded, lang="id")).active
    assert sheet is not None
    assert sheet.cell(2, _columns(sheet)["Upload status"]).value == "tayang"
    sheet = load_workbook(write_results(loaded, lang="en")).active
    assert sheet is not None
    assert sheet.cell(2, _columns(sheet)["Upload status"]).value == "live"
