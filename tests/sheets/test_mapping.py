"""Header row detection and column matching: labels, synonyms, fuzzy spellings, parts, conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.sheets import SheetError, build_table, find_header_row, match_columns, read_sheet
from app.sheets.mapping import header_signature
from app.sheets.matching import match_header, normalise
from tests.sheets.books import CAT, SUB, TYPE, simple_workbook


def _map(*headers: str) -> dict[str, tuple[str | None, str | None]]:
    return {b.header: (b.field, b.part) for b in match_columns(list(headers)).bindings}


def test_header_row_found_below_titles_and_blank_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Katalog Toko"],
        [],
        ["Dicetak 1 Mei"],
        [],
        [],
        ["SKU", "Nama Produk", "Harga"],
        ["A", "Tas", 1000],
    ]
    path = simple_workbook(tmp_path / "h.xlsx", rows[1:], headers=["Katalog Toko"])
    raw = read_sheet(path)
    assert find_header_row(raw) == 6


def test_best_matching_row_wins_over_a_weaker_one(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Catatan: isi SKU dan Harga"],
        ["SKU", "Harga", "Nama Produk", "Stok", "Kondisi"],
        ["A", 1000, "Tas", 1, "Baru"],
    ]
    path = simple_workbook(tmp_path / "h.xlsx", rows, headers=["Nama", "Harga"])
    assert find_header_row(read_sheet(path)) == 3  # five fields beat two


def test_header_only_searched_in_the_first_30_rows(tmp_path: Path) -> None:
    rows = [[f"catatan {i}"] for i in range(35)] + [["SKU", "Nama Produk", "Harga"]]
    path = simple_workbook(tmp_path / "h.xlsx", rows, headers=["judul"])
    with pytest.raises(SheetError) as caught:
        find_header_row(read_sheet(path))
    assert caught.value.key == "no_header"


def test_exact_labels_synonyms_and_normalised_spellings() -> None:
    got = match_columns(
        [
            "Nama Produk",
            "Harga Jual",
            "HARGA CORET (Rp.)",
            "Kategóri-ID",
            "Foto-foto",
            "Berat (kg)",
            "min order",
        ]
    )
    assert [(b.field, b.how) for b in got.bindings] == [
        ("name", "label"),
        ("price", "synonym"),
        ("specialPrice", "normalised"),
        ("categoryId", "normalised"),
        ("photos", "normalised"),
        ("weight", "normalised"),
        ("minOrder", "synonym"),
    ]
    assert [b.confidence for b in got.bindings][:3] == [1.0, 0.95, 0.85]


def test_fuzzy_spelling_has_a_lower_confidence() -> None:
    found = match_header("Kategory ID")
    assert found is not None and found.field == "categoryId" and found.how == "fuzzy"
    assert 0.5 < found.confidence < 0.8
    assert match_header("Warna") is None
    assert match_header("Kategory ID", fuzzy=False) is None


def test_parts_of_multi_column_fields() -> None:
    got = _map(
        "Foto 1",
        "Foto ke-2",
        "Gambar 3",
        "Panjang",
        "Lebar (cm)",
        "Tinggi",
        "Stok WH-Jakarta",
        "Stok 2026012714314318226016",
        "Stok",
        "Stok Produk",
    )
    assert got["Foto 1"] == ("photos", "1")
    assert got["Foto ke-2"] == ("photos", "2")
    assert got["Gambar 3"] == ("photos", "3")
    assert got["Panjang"] == ("dimensions", "length")
    assert got["Lebar (cm)"] == ("dimensions", "width")
    assert got["Tinggi"] == ("dimensions", "height")
    assert got["Stok WH-Jakarta"] == ("warehouses", "WH-Jakarta")  # the id keeps its case
    assert got["Stok 2026012714314318226016"] == ("warehouses", "2026012714314318226016")
    assert got["Stok"] == ("stock", None)  # an exact label beats a part pattern


@pytest.mark.parametrize(
    "header",
    [
        "Stock Quantity",
        "Stok Tersedia",
        "Stock Available",
        "Available stock",
        "Stok Barang",
        "Stok Total",
    ],
)
def test_common_stock_headers_are_stock_not_a_warehouse(header: str) -> None:
    """``Stok <word>`` is a warehouse column, but these words say how much, not where."""
    found = match_header(header)
    assert found is not None and (found.field, found.part) == ("stock", None)


@pytest.mark.parametrize("header", ["Stok Awal", "Stok Akhir", "Stock Level", "Stok JKT"])
def test_a_plain_word_after_stok_is_not_taken_for_a_warehouse(header: str) -> None:
    """Warehouse ids have a digit, ``-`` or ``_``, or follow the word Gudang/Warehouse."""
    found = match_header(header)
    assert found is None or found.field != "warehouses"


def test_a_named_warehouse_after_gudang() -> None:
    assert _map("Stok Gudang JKT", "Stock Warehouse B")["Stok Gudang JKT"] == ("warehouses", "JKT")


def test_two_headers_for_one_field_is_a_reported_conflict() -> None:
    colmap = match_columns(["Harga Jual", "SKU", "Harga"])
    assert colmap.columns_for("price") == [2]  # the label beats the synonym
    assert colmap.binding(0).field is None
    [conflict] = colmap.conflicts
    assert (conflict.index, conflict.field, conflict.winner) == (0, "price", 2)
    tie = match_columns(["Stok Produk", "Jumlah Stok"])
    assert tie.columns_for("stock") == [0]  # equal confidence: the leftmost
    assert [c.index for c in tie.conflicts] == [1]
    assert match_columns(["Foto 1", "Foto 1"]).conflicts[0].index == 1


def test_unmatched_columns_are_kept_and_reported() -> None:
    colmap = match_columns(["SKU", "Warna", "", "Upload status", "Product ID"])
    assert [b.header for b in colmap.unmatched] == ["Warna"]
    assert colmap.columns_for("id") == [4]


def test_override_field_by_field() -> None:
    colmap = match_columns(["SKU", "Harga", "Harga Promo Lebaran"])
    colmap.override(2, "price")
    assert colmap.columns_for("price") == [2]
    assert colmap.binding(1).field is None
    assert [(c.index, c.winner) for c in colmap.conflicts] == [(1, 2)]
    colmap.override(0, None)
    assert colmap.columns_for("sku") == []
    colmap.override(1, "photos", "1")
    assert colmap.binding(1).part == "1" and colmap.binding(1).how == "user"
    with pytest.raises(KeyError):
        colmap.override(0, "colour")


def test_signature_ignores_case_and_punctuation_but_not_order() -> None:
    assert header_signature(["SKU", "Harga (Rp)"]) == header_signature(["sku", " harga (rp) ", ""])
    assert header_signature(["SKU", "Harga"]) != header_signature(["Harga", "SKU"])


def test_normalise() -> None:
    assert normalise("  Foto-Foto  Produk ") == "foto produk"
    assert normalise("Kategori (UUID)") == "kategori"
    assert normalise("Categories") == "category"


def test_build_table_groups_parts_and_reads_kilograms(tmp_path: Path) -> None:
    headers = [
        "SKU",
        "Nama",
        "Harga",
        "Berat (kg)",
        "Kategori ID",
        "Sub Kategori ID",
        "Tipe ID",
        "Kondisi",
        "Foto",
        "Foto 2",
        "Stok WH-1",
        "Stok WH-2",
        "Min Beli",
        "Panjang",
        "Lebar",
        "Tinggi",
    ]
    row = [
        "A",
        "Tas",
        1000,
        1.5,
        CAT,
        SUB,
        TYPE,
        "Baru",
        "https://e.com/1.jpg",
        "https://e.com/2.jpg",
        3,
        4,
        1,
        10,
        20,
        30,
    ]
    path = simple_workbook(tmp_path / "p.xlsx", [row, [None] * 16, ["B"]], headers=headers)
    raw = read_sheet(path)
    colmap = match_columns(headers)
    table = build_table(raw, 1, colmap)
    assert [r.sheet_row for r in table.rows] == [2, 4]  # the blank row 3 is skipped
    first = table.rows[0]
    assert first.cells["warehouses"] == {"WH-1": 3, "WH-2": 4}
    assert first.cells["photos"] == {"0": "https://e.com/1.jpg", "2": "https://e.com/2.jpg"}
    assert first.values["weight"] == 1500
    assert first.values["photos"] == ["https://e.com/1.jpg", "https://e.com/2.jpg"]
    assert first.values["warehouses"] == [
        {"clientId": "WH-1", "stock": 3},
        {"clientId": "WH-2", "stock": 4},
    ]
    assert first.values["dimensions"] == {"length": 10, "width": 20, "height": 30}
    assert not first.has_errors, first.issues
