"""Real .xlsx workbooks for CLI tests, written with openpyxl as a merchant's sheet would be."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.jobs.rows import CATEGORY, SUB_CATEGORY, TYPE

HEADERS = [
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
]


def product_workbook(
    path: Path,
    n: int,
    *,
    prefix: str = "SKU",
    external_ids: bool = False,
    bad: dict[int, tuple[str, Any]] | None = None,
    title: str = "Produk",
    notes_sheet: bool = True,
) -> Path:
    """``n`` products under a header in row 1 (so product k sits in sheet row k + 2).

    ``bad`` puts a value into a column of some products: {k: (header, value)}.
    """
    book = Workbook()
    if notes_sheet:
        notes = book.active
        assert notes is not None
        notes.title = "Catatan"
        notes["A1"] = "Daftar produk toko kami"
        sheet = book.create_sheet(title)
    else:
        sheet = book.active
        assert sheet is not None
        sheet.title = title
    headers = (["External ID"] if external_ids else []) + HEADERS
    sheet.append(headers)
    for k in range(n):
        values: dict[str, Any] = {
            "External ID": f"ext-{prefix}-{k:05d}",
            "Nama Produk": f"Kaos {prefix} {k}",
            "SKU": f"{prefix}-{k:05d}",
            "Harga": f"Rp {100 + k}.000",
            "Stok": 5 + k % 3,
            "Berat (gram)": 250,
            "Min. Pembelian": 1,
            "Kategori ID": CATEGORY,
            "Sub Kategori ID": SUB_CATEGORY,
            "Tipe ID": TYPE,
            "Kondisi": "Baru",
            "Foto 1": f"https://example.com/{k}.jpg",
        }
        if bad and k in bad:
            header, value = bad[k]
            values[header] = value
        sheet.append([values[h] for h in headers])
    book.save(path)
    return path


def delete_workbook(path: Path, rows: list[tuple[str | None, str | None]]) -> Path:
    """A delete sheet: only Product ID and SKU columns."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Hapus"
    sheet.append(["ID Produk", "SKU"])
    for product_id, sku in rows:
        sheet.append([product_id, sku])
    book.save(path)
    return path
