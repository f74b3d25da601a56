"""Reading real workbooks (written by openpyxl in the tests) into RawSheets and tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from app.catalog.parsing import CellError
from app.catalog.status import Status
from app.sheets import SheetError, find_header_row, list_sheets, open_table, read_sheet
from app.sheets.openpyxl_reader import read_with_openpyxl
from tests.sheets.books import error_cells_workbook, messy_workbook, product, simple_workbook


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return messy_workbook(tmp_path / "Produk Toko.xlsx")


def test_lists_sheets_with_row_counts(messy: Path) -> None:
    infos = list_sheets(messy)
    assert [(i.name, i.rows) for i in infos] == [("Produk", 7), ("Catatan", 1)]


def test_messy_indonesian_workbook(messy: Path) -> None:
    raw = read_sheet(messy)
    assert raw.name == "Produk"
    assert [n for n, _ in raw.rows] == [1, 2, 3, 4, 5, 6, 7]
    assert raw.values_of(1)[0] == "DAFTAR PRODUK TOKO MAJU JAYA"
    assert ((0, 0), (0, 5)) in raw.merged
    assert find_header_row(raw) == 4
    row5 = raw.values_of(5)
    assert row5[0] == "00123"  # typed as text: the leading zeros stay
    assert row5[2] == "Rp 1.250.000"
    assert row5[16] == CellError("#VALUE!")  # a formula whose cached result is an error
    assert raw.values_of(6)[16] == 400000  # a formula gives its cached value

    loaded = open_table(messy)
    assert loaded.header_row == 4
    rows = loaded.table.rows
    assert [r.sheet_row for r in rows] == [5, 6, 7]
    assert [r.status for r in rows] == [Status.READY] * 3
    assert rows[0].values["sku"] == "00123"
    assert rows[0].values["price"] == 1_250_000
    assert rows[1].values["sku"] == "480166"
    assert rows[0].values["photos"] == ["https://example.com/p/00123.jpg"]
    assert rows[0].values["dimensions"] == {"length": 12, "width": 12, "height": 10}
    assert [b.header for b in loaded.colmap.unmatched] == ["Catatan", "Harga x2"]


def test_other_sheet_by_name_and_index(messy: Path) -> None:
    assert read_sheet(messy, "Catatan").values_of(1)[0].startswith("Catatan toko")
    assert read_sheet(messy, 1).name == "Catatan"
    with pytest.raises(SheetError) as caught:
        read_sheet(messy, "Gudang")
    assert caught.value.key == "sheet_not_found"


def test_excel_errors_become_cell_issues_also_in_optional_columns(tmp_path: Path) -> None:
    loaded = open_table(error_cells_workbook(tmp_path / "errors.xlsx"))
    first, second = loaded.table.rows
    found = {(i.field, i.key, i.params.get("value")) for i in first.issues}
    assert ("price", "excel_error", "#DIV/0!") in found
    assert ("brandId", "excel_error", "#N/A") in found  # optional, yet not silently dropped
    assert first.status is Status.INVALID
    assert ("price", "date_not_allowed") in {(i.field, i.key) for i in second.issues}


def test_dates_are_dates(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["SKU", "Harga", "Dibuat"])
    sheet.append(["A", dt.datetime(2024, 5, 6, 7, 8), dt.date(2024, 1, 2)])
    book.save(tmp_path / "d.xlsx")
    values = read_sheet(tmp_path / "d.xlsx").values_of(2)
    assert values[1] == dt.datetime(2024, 5, 6, 7, 8)
    assert values[2] in (dt.date(2024, 1, 2), dt.datetime(2024, 1, 2))


def test_formatted_down_to_the_last_row_loads_only_real_rows(tmp_path: Path) -> None:
    path = simple_workbook(
        tmp_path / "formatted.xlsx", [product(f"S{i}", f"Barang {i}", 1000 + i) for i in range(3)]
    )
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    yellow = PatternFill("solid", fgColor="FFFFFF00")
    for column in range(1, 17):
        sheet.cell(1_048_576, column).fill = yellow  # the whole used range down to the end
    for row in range(5, 400):
        sheet.cell(row, 3).fill = yellow  # formatted but empty rows below the data
    book.save(path)
    raw = read_sheet(path)  # how long it takes: benchmarks/bench_formatted.py
    loaded = open_table(path)
    assert [n for n, _ in raw.rows] == [1, 2, 3, 4]
    assert len(loaded.table) == 3
    assert list_sheets(path)[0].rows == 4


def test_openpyxl_fallback_reads_like_calamine(messy: Path) -> None:
    fast = read_sheet(messy)
    slow = read_with_openpyxl(messy, None)
    assert [n for n, _ in slow.rows] == [n for n, _ in fast.rows]
    assert slow.values_of(5)[0] == "00123"
    assert slow.values_of(5)[16] == CellError("#VALUE!")
    assert slow.values_of(6)[3] == fast.values_of(6)[3] == 5


def test_a_row_of_spaces_is_a_blank_row_not_a_product(tmp_path: Path) -> None:
    path = tmp_path / "spasi.csv"
    path.write_text(
        "SKU;Nama Produk;Harga;Foto 1;Foto 2\nA-1;Kaos;50000;;\n ; ;  ; ;\t\nA-2;Topi;40000;;\n",
        encoding="utf-8",
    )
    loaded = open_table(path)
    assert [r.sheet_row for r in loaded.table.rows] == [2, 4]
