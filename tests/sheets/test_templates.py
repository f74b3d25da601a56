"""Marketplace templates: instruction rows above the header, required marks, a guidance row
and an example row under it. Which rows are products, which are skipped, and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.sheets import open_table
from app.sheets.guidance import find_template_rows
from app.sheets.loading import load_rows
from app.sheets.matching import match_header, strip_required_mark
from tests.sheets.template_books import (
    ORDER,
    _product_row,
    product,
    shopee_like,
    tiktok_like,
    tokopedia_like,
)


def statuses(path: Path) -> tuple[list[int], list[str]]:
    loaded = open_table(path)
    assert all(r.status.value == "ready" for r in loaded.table.rows), [
        (r.sheet_row, [i.message("en") for i in r.issues]) for r in loaded.table.rows
    ]
    return [r.sheet_row or 0 for r in loaded.table.rows], [s.message("en") for s in loaded.skipped]


def test_shopee_like_template_skips_guidance_and_example_and_keeps_every_product(
    tmp_path: Path,
) -> None:
    rows, skipped = statuses(shopee_like(tmp_path / "shopee.xlsx", 3))
    assert rows == [7, 8, 9]
    assert skipped == [
        "row 5 skipped: guidance row",
        "row 6 skipped: example row (“Contoh: Kaos Polos”)",
    ]
    loaded = open_table(tmp_path / "shopee.xlsx")
    assert loaded.header_row == 4
    assert "Contoh: Kaos Polos" not in {r.cells.get("name") for r in loaded.table.rows}


def test_tokopedia_like_template_with_wajib_marks_and_contoh_in_the_first_cell(
    tmp_path: Path,
) -> None:
    rows, skipped = statuses(tokopedia_like(tmp_path / "toko.xlsx", 4))
    assert rows == [6, 7, 8, 9]
    assert skipped == [
        "row 4 skipped: example row (“Contoh: Kaos Polos Hitam”)",
        "row 5 skipped: guidance row",
    ]


def test_tiktok_like_template_in_english_with_a_sample_sku(tmp_path: Path) -> None:
    rows, skipped = statuses(tiktok_like(tmp_path / "tiktok.xlsx", 2))
    assert rows == [4, 5]
    assert skipped == [
        "row 2 skipped: guidance row",
        "row 3 skipped: example row (“SAMPLE-000”)",
    ]


def test_skipped_rows_speak_indonesian(tmp_path: Path) -> None:
    loaded = open_table(shopee_like(tmp_path / "shopee.xlsx", 1))
    assert [s.message("id") for s in loaded.skipped] == [
        "baris 5 dilewati: baris petunjuk",
        "baris 6 dilewati: baris contoh (“Contoh: Kaos Polos”)",
    ]


def test_an_included_example_row_is_loaded_like_any_row(tmp_path: Path) -> None:
    loaded = open_table(shopee_like(tmp_path / "shopee.xlsx", 2))
    again = load_rows(loaded.raw, loaded.header_row, loaded.colmap, include={6})
    assert [r.sheet_row for r in again.table.rows] == [6, 7, 8]
    assert [s.sheet_row for s in again.skipped] == [5]
    assert again.rebuild().included == frozenset({6})
    assert [r.sheet_row for r in again.rebuild().table.rows] == [6, 7, 8]


def _plain_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "Nama Produk",
            "SKU",
            "Harga",
            "Stok",
            "Berat (gram)",
            "Min. Pembelian",
            "Kategori ID",
            "Sub Kategori ID",
            "Tipe ID",
            "Kondisi",
            "Foto 1",
            "Deskripsi",
        ]
    )
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_real_product_with_long_prose_is_never_guidance(tmp_path: Path) -> None:
    """The first product's name and description are long prose; its price still says product."""
    wordy = product(1) | {
        "name": "Kaos polos katun combed 30s warna hitam, ukuran lengkap S sampai XXL",
        "description": "Masukkan ke mesin cuci dengan air dingin, maksimal 40 derajat. Wajib"
        " disetrika dari dalam. Pilih ukuran satu nomor lebih besar bila ragu.",
    }
    path = _plain_sheet(tmp_path / "p.xlsx", [_product_row(wordy, ORDER)])
    loaded = open_table(path)
    assert loaded.skipped == []
    assert [r.sheet_row for r in loaded.table.rows] == [2]


def test_a_product_named_contoh_in_the_middle_is_a_product(tmp_path: Path) -> None:
    """Only a name that starts with Contoh is an example; rows below the first product never are."""
    book = product(1) | {"name": "Buku Contoh Soal UN SMA"}
    later = product(2) | {"name": "Contoh: tas", "sku": "CONTOH-9"}
    path = _plain_sheet(
        tmp_path / "p.xlsx", [_product_row(book, ORDER), _product_row(later, ORDER)]
    )
    loaded = open_table(path)
    assert loaded.skipped == []
    assert [r.sheet_row for r in loaded.table.rows] == [2, 3]


def test_an_example_sku_marks_the_row_even_without_a_contoh_name(tmp_path: Path) -> None:
    example = product(0) | {"sku": "CONTOH-001"}
    path = _plain_sheet(
        tmp_path / "p.xlsx", [_product_row(example, ORDER), _product_row(product(1), ORDER)]
    )
    loaded = open_table(path)
    assert [s.message("en") for s in loaded.skipped] == [
        "row 2 skipped: example row (“CONTOH-001”)"
    ]
    assert [r.sheet_row for r in loaded.table.rows] == [3]


def test_a_half_filled_broken_row_is_not_hidden_as_guidance(tmp_path: Path) -> None:
    """A row the merchant began (a name, a word for the price) stays a product with its issues."""
    path = _plain_sheet(tmp_path / "p.xlsx", [["Kaos Merah", "", "mahal"]])
    loaded = open_table(path)
    assert loaded.skipped == []
    assert [r.status.value for r in loaded.table.rows] == ["invalid"]


def test_guidance_search_stops_at_the_first_product(tmp_path: Path) -> None:
    path = shopee_like(tmp_path / "shopee.xlsx", 2)
    loaded = open_table(path)
    assert [s.sheet_row for s in find_template_rows(loaded.raw, 4, loaded.colmap)] == [5, 6]
    assert find_template_rows(loaded.raw, 6, loaded.colmap) == []


@pytest.mark.parametrize(
    ("header", "bare", "marked"),
    [
        ("Nama Produk*", "Nama Produk", True),
        ("*Harga", "Harga", True),
        ("* Stok *", "Stok", True),
        ("SKU (wajib)", "SKU", True),
        ("Kondisi (Wajib diisi)", "Kondisi", True),
        ("Berat (gram) [wajib]", "Berat (gram)", True),
        ("Stok - wajib", "Stok", True),
        ("Price (required)", "Price", True),
        ("Deskripsi (opsional)", "Deskripsi", False),
        ("Harga (Rp)", "Harga (Rp)", False),
        ("*", "*", False),
    ],
)
def test_required_marks_are_stripped_and_remembered(header: str, bare: str, marked: bool) -> None:
    assert strip_required_mark(header) == (bare, marked)
    found, plain = match_header(header), match_header(bare)
    assert (found.field if found else None) == (plain.field if plain else None)


def test_a_sparse_product_of_prose_and_a_price_is_not_guidance(tmp_path: Path) -> None:
    """Two of its three cells read like instructions; the price in Rupiah says product."""
    row: list[object] = [""] * 12
    row[0] = "Masker kain isi 3, wajib dicuci sebelum dipakai"
    row[2] = "Rp 45.000"
    row[11] = "Pilih warna saat checkout, maksimal 5 per pesanan"
    path = _plain_sheet(tmp_path / "p.xlsx", [row])
    loaded = open_table(path)
    assert loaded.skipped == []
    assert [r.sheet_row for r in loaded.table.rows] == [2]
    assert loaded.table.rows[0].cells["price"] == "Rp 45.000"
