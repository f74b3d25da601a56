"""Two-row headers: a group row over a sub-header row, read as one header (Dimensi › Panjang)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from app.sheets import open_table
from app.sheets.header_rows import is_two_row_header, joined_headers
from tests.jobs.rows import CATEGORY, SUB_CATEGORY, TYPE

TOP = [
    "Nama Produk",
    "SKU",
    "Harga",
    "Stok",
    "Berat (gram)",
    "Kategori ID",
    "Sub Kategori ID",
    "Tipe ID",
    "Kondisi",
    "Foto 1",
    "Min. Pembelian",
    "Dimensi",
    None,
    None,
]
SUB = [None] * 11 + ["Panjang", "Lebar", "Tinggi"]


def two_row_book(path: Path, *, merged: bool, n: int = 3) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    sheet.append(TOP)
    sheet.append(SUB)
    if merged:
        sheet.merge_cells("L1:N1")
        for letter in "ABCDEFGHIJK":
            sheet.merge_cells(f"{letter}1:{letter}2")
    for k in range(n):
        sheet.append(
            [
                f"Kaos {k}",
                f"KAOS-{k:03d}",
                100_000 + k,
                5,
                250,
                CATEGORY,
                SUB_CATEGORY,
                TYPE,
                "Baru",
                f"https://example.com/{k}.jpg",
                1,
                20,
                15,
                10 + k,
            ]
        )
    book.save(path)
    return path


def _check(path: Path) -> None:
    loaded = open_table(path)
    assert (loaded.header_top, loaded.header_row) == (1, 2)
    assert loaded.headers[11:] == ["Dimensi › Panjang", "Dimensi › Lebar", "Dimensi › Tinggi"]
    assert [(b.field, b.part) for b in loaded.colmap.bindings[11:]] == [
        ("dimensions", "length"),
        ("dimensions", "width"),
        ("dimensions", "height"),
    ]
    rows = loaded.table.rows
    assert [r.sheet_row for r in rows] == [3, 4, 5]
    problems = [(r.sheet_row, [i.message("en") for i in r.issues]) for r in rows if r.issues]
    assert problems == []
    assert [r.status.value for r in rows] == ["ready"] * 3
    assert rows[2].cells["dimensions"] == {"length": 20, "width": 15, "height": 12}


def test_a_merged_group_over_sub_headers_reads_as_one_header(tmp_path: Path) -> None:
    _check(two_row_book(tmp_path / "merged.xlsx", merged=True))


def test_the_same_without_merges_the_group_over_its_first_column(tmp_path: Path) -> None:
    _check(two_row_book(tmp_path / "plain.xlsx", merged=False))


def test_stock_per_warehouse_and_photos_under_their_group(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama Produk", "Harga", "Stok", None, "Foto", None, None])
    sheet.append([None, None, "WH-1", "WH-2", "1", "2", "3"])
    sheet.merge_cells("C1:D1")
    sheet.merge_cells("E1:G1")
    sheet.append(["Kaos", 1000, 3, 4, "https://e.com/1.jpg", "https://e.com/2.jpg", ""])
    path = tmp_path / "wh.xlsx"
    book.save(path)
    loaded = open_table(path)
    assert loaded.header_row == 2
    assert [(b.header, b.field, b.part) for b in loaded.colmap.bindings[2:]] == [
        ("Stok › WH-1", "warehouses", "WH-1"),
        ("Stok › WH-2", "warehouses", "WH-2"),
        ("Foto › 1", "photos", "1"),
        ("Foto › 2", "photos", "2"),
        ("Foto › 3", "photos", "3"),
    ]
    assert loaded.table.rows[0].cells["warehouses"] == {"WH-1": 3, "WH-2": 4}


def test_a_header_over_a_guidance_row_is_no_two_row_header(tmp_path: Path) -> None:
    """Every column filled in both rows and no group: the second row is no sub-header."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama Produk", "Harga", "Panjang", "Lebar", "Tinggi"])
    sheet.append(["Masukkan nama", "Harga dalam Rupiah", "cm", "cm", "cm"])
    sheet.append(["Kaos", 1000, 20, 15, 10])
    path = tmp_path / "g.xlsx"
    book.save(path)
    loaded = open_table(path)
    assert (loaded.header_top, loaded.header_row) == (0, 1)
    assert not is_two_row_header(loaded.raw, 1, 2)
    assert [s.sheet_row for s in loaded.skipped] == [2]


def test_a_first_product_under_a_header_with_an_empty_cell_is_no_sub_header(
    tmp_path: Path,
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama Produk", "Harga", "Stok", None])
    sheet.append(["Kaos", 1000, 5, "catatan"])
    path = tmp_path / "p.xlsx"
    book.save(path)
    loaded = open_table(path)
    assert loaded.header_row == 1 and loaded.header_top == 0
    assert [r.sheet_row for r in loaded.table.rows] == [2]


def test_joined_headers_take_a_merged_down_header_from_the_top_row(tmp_path: Path) -> None:
    loaded = open_table(two_row_book(tmp_path / "m.xlsx", merged=True, n=1))
    assert joined_headers(loaded.raw, 1, 2)[:3] == ["Nama Produk", "SKU", "Harga"]


def test_a_merge_ends_its_group_where_the_values_alone_would_not(tmp_path: Path) -> None:
    """``Deskripsi`` written in the second row only, right of a merged ``Dimensi``: not a part."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama Produk", "Harga", "Dimensi", None, None, None])
    sheet.append([None, None, "Panjang", "Lebar", "Tinggi", "Deskripsi"])
    sheet.merge_cells("C1:E1")
    sheet.append(["Kaos", 1000, 20, 15, 10, "Kaos katun"])
    path = tmp_path / "d.xlsx"
    book.save(path)
    loaded = open_table(path)
    assert loaded.headers[2:] == [
        "Dimensi › Panjang",
        "Dimensi › Lebar",
        "Dimensi › Tinggi",
        "Deskripsi",
    ]
    assert loaded.colmap.bindings[5].field == "description"
    assert loaded.table.rows[0].cells["description"] == "Kaos katun"
