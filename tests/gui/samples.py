"""Product rows for GUI tests: good ones from the seed, and a few with deliberate mistakes."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from app.catalog.table import ProductTable
from tests.catalog.seed_rows import SEED_CELLS

#: Indonesian headers of the messy workbook, in column order (one photo column per part).
HEADERS = [
    "Nama Produk",
    "SKU",
    "Harga",
    "Harga Coret",
    "Stok",
    "Berat (gram)",
    "Panjang",
    "Lebar",
    "Tinggi",
    "Min. Pembelian",
    "Kategori ID",
    "Sub Kategori ID",
    "Tipe ID",
    "Kondisi",
    "Foto 1",
    "Foto 2",
    "Tagar",
    "Pre-order",
    "Catatan internal",
]
CATEGORY = "2fde2994-28a8-4d09-a128-6d744b9e1323"
SUBCATEGORY = "0e882586-c506-4792-a831-02767a68dae2"
TYPE = "d86db295-41c3-423d-a2c2-a59724f38316"


def good_row(n: int) -> list[Any]:
    return [
        f"Kaos Katun {n}",
        f"SKU-{n:05d}",
        f"Rp {100_000 + n * 1000:,}".replace(",", "."),
        None,
        10 + n % 50,
        250,
        20,
        15,
        3,
        1,
        CATEGORY,
        SUBCATEGORY,
        TYPE,
        "Baru",
        f"https://cdn.example.com/p/{n}.jpg",
        None,
        "kaos, katun",
        "Tidak",
        "rak A",
    ]


def messy_rows() -> list[list[Any]]:
    """Ten rows: 0 good; 1 fraction price; 2 missing photo; 3 duplicate SKU of 0; 4 bad
    condition; 5 special price above price; 6-9 good."""
    rows = [good_row(n) for n in range(10)]
    rows[1][2] = 150000.5
    rows[2][14] = None
    rows[3][1] = rows[0][1]
    rows[4][13] = "Rusak"
    rows[5][3] = "Rp 900.000"
    return rows


def write_workbook(
    path: Path,
    rows: list[list[Any]] | None = None,
    *,
    title: str | None = "Daftar Produk Toko Sinar",
    sheets: int = 1,
    headers: list[str] | None = None,
) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(headers or HEADERS)
    for row in messy_rows() if rows is None else rows:
        sheet.append(row)
    for n in range(1, sheets):
        other = book.create_sheet(f"Lain {n}")
        other.append(["Catatan"])
    book.save(path)
    return path


def seed_table() -> ProductTable:
    return ProductTable.from_cells((10 + i, copy.deepcopy(c)) for i, c in enumerate(SEED_CELLS))


def cells_of(values: list[Any]) -> dict[str, Any]:
    """A row of HEADERS as cells keyed by field (what the sheet reader would build)."""
    v = dict(zip(HEADERS, values, strict=True))
    return {
        "name": v["Nama Produk"],
        "sku": v["SKU"],
        "price": v["Harga"],
        "specialPrice": v["Harga Coret"],
        "stock": v["Stok"],
        "weight": v["Berat (gram)"],
        "dimensions": {"length": v["Panjang"], "width": v["Lebar"], "height": v["Tinggi"]},
        "minOrder": v["Min. Pembelian"],
        "categoryId": v["Kategori ID"],
        "subCategoryId": v["Sub Kategori ID"],
        "typeId": v["Tipe ID"],
        "condition": v["Kondisi"],
        "photos": {"1": v["Foto 1"], "2": v["Foto 2"]},
        "hashtags": v["Tagar"],
        "isPreorder": v["Pre-order"],
    }


def messy_table() -> ProductTable:
    return ProductTable.from_cells((4 + i, cells_of(r)) for i, r in enumerate(messy_rows()))


def big_rows(count: int) -> list[list[Any]]:
    return [good_row(n) for n in range(count)]
