"""Workbooks shaped like the marketplaces' mass-upload templates, written for the tests.

Each has instruction rows above the header (or not), required marks on headers, a guidance row
and an example row under the header, then real products. ``PRODUCT_ROWS`` of each says which
sheet rows are the real products.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.jobs.rows import CATEGORY, SUB_CATEGORY, TYPE


def product(k: int, prefix: str = "KAOS") -> dict[str, Any]:
    return {
        "name": f"Kaos Polos {prefix} {k}",
        "sku": f"{prefix}-{k:03d}",
        "price": 100_000 + k * 1000,
        "stock": 10 + k,
        "weight": 250,
        "minOrder": 1,
        "condition": "Baru",
        "photo": f"https://example.com/{prefix.lower()}-{k}.jpg",
        "description": "Kaos polos bahan katun combed 30s, adem dan nyaman dipakai sehari-hari.",
    }


def _sheet(book: Workbook, title: str) -> Worksheet:
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    return sheet


def _product_row(p: dict[str, Any], order: list[str]) -> list[Any]:
    ids = {"category": CATEGORY, "sub": SUB_CATEGORY, "type": TYPE}
    return [p[key] if key in p else ids[key] for key in order]


ORDER = [
    "name",
    "sku",
    "price",
    "stock",
    "weight",
    "minOrder",
    "category",
    "sub",
    "type",
    "condition",
    "photo",
    "description",
]


def shopee_like(path: Path, n: int = 3) -> Path:
    """Rows 1–3 title and instructions, header in row 4 with ``*`` marks, guidance in row 5,
    an example in row 6 (``Contoh: Kaos Polos``), products from row 7."""
    book = Workbook()
    sheet = _sheet(book, "Template")
    sheet.append(["Template Upload Massal Produk"])
    sheet.append(["Petunjuk: isi mulai baris 7. Kolom bertanda * wajib diisi."])
    sheet.append([])
    sheet.append(
        [
            "*Nama Produk",
            "SKU",
            "Harga*",
            "Stok*",
            "Berat (gram)*",
            "Min. Pembelian",
            "Kategori ID*",
            "Sub Kategori ID*",
            "Tipe ID*",
            "Kondisi*",
            "Foto 1*",
            "Deskripsi",
        ]
    )
    sheet.append(
        [
            "Masukkan nama produk, maks 255 karakter",
            "Kode unik produk, opsional",
            "Wajib diisi. Harga dalam Rupiah tanpa titik",
            "Jumlah stok tersedia",
            "Berat dalam gram",
            "Minimal 1",
            "ID kategori dari daftar kategori",
            "ID sub kategori",
            "ID tipe",
            "Pilih: Baru/Bekas",
            "Tautan foto utama (https)",
            "Deskripsi produk, maks 3000 karakter",
        ]
    )
    example = product(0, "CONTOH") | {"name": "Contoh: Kaos Polos", "sku": "KAOS-001"}
    sheet.append(_product_row(example, ORDER))
    for k in range(1, n + 1):
        sheet.append(_product_row(product(k, "SHP"), ORDER))
    book.save(path)
    return path


def tokopedia_like(path: Path, n: int = 3) -> Path:
    """Instructions in rows 1–2, header in row 3 with ``(Wajib diisi)`` marks and a ``No``
    column, an example in row 4 (``Contoh`` in the first cell), guidance in row 5."""
    book = Workbook()
    sheet = _sheet(book, "Upload Produk")
    sheet.append(["Isi data produk mulai baris 6. Jangan mengubah judul kolom."])
    sheet.append(["Kolom (Wajib diisi) harus diisi; kolom lain opsional."])
    sheet.append(
        [
            "No",
            "Nama Produk (Wajib diisi)",
            "SKU",
            "Harga (Rp) (wajib)",
            "Stok [wajib]",
            "Berat (gram) - wajib",
            "Min. Pembelian",
            "Kategori ID (wajib)",
            "Sub Kategori ID (wajib)",
            "Tipe ID (wajib)",
            "Kondisi (wajib)",
            "Foto 1 (wajib)",
            "Deskripsi (opsional)",
        ]
    )
    example = product(0, "TOKO") | {"name": "Kaos Polos Hitam", "sku": "KAOS-001"}
    sheet.append(["Contoh", *_product_row(example, ORDER)])
    sheet.append(
        [
            "",
            "Nama produk maks 70 karakter",
            "SKU",
            "Harga",
            "Stok",
            "Berat (gram)",
            "Min. Pembelian",
            "Kategori ID",
            "Sub Kategori ID",
            "Tipe ID",
            "Baru / Bekas",
            "URL foto",
            "Deskripsi",
        ]
    )
    for k in range(1, n + 1):
        sheet.append([k, *_product_row(product(k, "TOKO"), ORDER)])
    book.save(path)
    return path


def tiktok_like(path: Path, n: int = 3) -> Path:
    """Header in row 1 in English with trailing ``*``, guidance in row 2, an example in row 3
    whose SKU says SAMPLE, products from row 4."""
    book = Workbook()
    sheet = _sheet(book, "Products")
    sheet.append(
        [
            "Product name*",
            "SKU",
            "Price*",
            "Stock*",
            "Weight (g)*",
            "Minimum order",
            "Category ID*",
            "Sub-category ID*",
            "Type ID*",
            "Condition*",
            "Photo 1*",
            "Description",
        ]
    )
    sheet.append(
        [
            "Enter the product name, max 255 characters",
            "Optional seller SKU",
            "Required. Price in Rupiah without dots",
            "Required. Stock available",
            "Weight in grams",
            "At least 1",
            "Choose from the category list",
            "Choose from the sub-category list",
            "Choose from the type list",
            "New/Used",
            "Main photo URL (https)",
            "Product description, max 3000 characters",
        ]
    )
    example = product(0, "SAMPLE") | {"name": "Cotton T-shirt"}
    sheet.append(_product_row(example, ORDER))
    for k in range(1, n + 1):
        sheet.append(_product_row(product(k, "TIK"), ORDER))
    book.save(path)
    return path
