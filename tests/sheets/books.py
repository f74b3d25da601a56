"""Workbooks written by the tests themselves (openpyxl), never checked-in binaries."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

ID_HEADERS = [
    "SKU",
    "Nama Produk",
    "Harga (Rp)",
    "Stok",
    "Berat (gram)",
    "Kategori ID",
    "Sub Kategori ID",
    "Tipe ID",
    "Kondisi",
    "Foto 1",
    "Foto 2",
    "Min. Pembelian",
    "Panjang",
    "Lebar",
    "Tinggi",
    "Catatan",
    "Harga x2",
]
CAT = "2fde2994-28a8-4d09-a128-6d744b9e1323"
SUB = "0e882586-c506-4792-a831-02767a68dae2"
TYPE = "d86db295-41c3-423d-a2c2-a59724f38316"
PHOTO = "https://example.com/p/{}.jpg"
MERCHANT_FILL = "FF00B0F0"


def product(sku: Any, name: str, price: Any, stock: Any = 10, **extra: Any) -> list[Any]:
    row = [
        sku,
        name,
        price,
        stock,
        250,
        CAT,
        SUB,
        TYPE,
        "Baru",
        PHOTO.format(sku),
        None,
        1,
        12,
        12,
        10,
        extra.get("note"),
    ]
    return row


def messy_workbook(path: Path) -> Path:
    """A merchant's workbook: title row (merged), a blank row, Indonesian headers with units,
    prices typed as text, SKU 00123 as text, a formula column, a notes sheet first."""
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Catatan"
    notes["A1"] = "Catatan toko: harga belum termasuk ongkir."
    sheet = book.create_sheet("Produk")
    sheet["A1"] = "DAFTAR PRODUK TOKO MAJU JAYA"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "Diperbarui: Januari"
    # row 3 blank
    for column, header in enumerate(ID_HEADERS, 1):
        sheet.cell(4, column, header)
    sheet.append(product("00123", "Kaos Polos Hitam", "Rp 1.250.000", note="laris"))
    sheet.append(product(480166, "Kemeja Batik", "Rp 200.000", 5))
    sheet.append(product("A-77", "Celana Jeans", 150000, 3))
    sheet.cell(5, 1).number_format = "@"
    for r in (5, 6, 7):
        sheet.cell(r, 17, f"=C{r}*2")
    sheet.cell(6, 3).fill = PatternFill("solid", fgColor=MERCHANT_FILL)  # the merchant's colour
    sheet.cell(7, 2).comment = Comment("cek stok gudang", "Budi")
    book.move_sheet("Produk", offset=-1)  # Produk first, notes second
    book.save(path)
    cache_messy_formulas(path)
    return path


def cache_messy_formulas(path: Path) -> None:
    """The cached results of the messy workbook's formulas (after openpyxl saved it)."""
    set_cached_values(
        path,
        "Produk",
        {"Q5": ("str", "#VALUE!"), "Q6": ("n", "400000"), "Q7": ("n", "300000")},
        errors=frozenset({"Q5"}),
    )


def set_cached_values(
    path: Path, sheet: str, values: dict[str, tuple[str, str]], errors: frozenset[str] = frozenset()
) -> None:
    """Give formula cells the cached values Excel would have saved (openpyxl writes none), and
    drop openpyxl's "recalculate on load" flag, which Excel does not save."""

    def patch(xml: str) -> str:
        for ref, (kind, value) in values.items():
            t = "e" if ref in errors else kind
            xml, n = re.subn(
                rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>',
                rf'<c r="{ref}"\1 t="{t}"><f>\2</f><v>{value}</v>',
                xml,
            )
            assert n == 1, ref
        return xml

    rewrite_sheet(path, sheet, patch, workbook=lambda xml: xml.replace(' fullCalcOnLoad="1"', ""))


def rewrite_sheet(
    path: Path,
    sheet: str,
    patch: Callable[[str], str],
    workbook: Callable[[str], str] | None = None,
) -> None:
    """Edit one sheet's XML inside the workbook (for what openpyxl cannot write)."""
    from app.sheets.cell_errors import sheet_parts

    with zipfile.ZipFile(path) as archive:
        part = sheet_parts(archive)[sheet]
        members = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    members[part] = patch(members[part].decode("utf-8")).encode("utf-8")
    if workbook is not None:
        members["xl/workbook.xml"] = workbook(members["xl/workbook.xml"].decode()).encode()
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    shutil.move(tmp, path)


def simple_workbook(
    path: Path, rows: list[list[Any]], headers: list[str] | None = None, title: str = "Products"
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    sheet.append(headers or ID_HEADERS[:16])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def error_cells_workbook(path: Path) -> Path:
    """Error values typed as errors (as Excel stores a failed VLOOKUP's cached result)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*ID_HEADERS[:16], "Merek ID"])
    row = product("S-1", "Tas", 100000)
    sheet.append([*row, "#N/A"])
    sheet.cell(2, 17).data_type = "e"
    sheet.cell(2, 3).value = "#DIV/0!"
    sheet.cell(2, 3).data_type = "e"
    sheet.append([*product("S-2", "Topi", dt.date(2024, 3, 1)), None])
    book.save(path)
    return path
