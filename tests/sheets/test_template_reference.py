"""The template with the store's data: the Kategori sheet holds the whole tree (names, paths and
ids, filterable), the Gudang sheet the store's warehouses, and the category columns of the
product sheet get drop-downs whose lists reference the other sheet (valid in Excel)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.catalog.fields import PRODUCT_FIELDS
from app.catalog.store_data import StoreData
from app.sheets import write_template
from tests.gui.category_samples import OBLONG, sample_data, sample_tree
from tests.gui.samples import CATEGORY


def _letter(sheet: object, label: str) -> str:
    headers = [c.value for c in sheet[1]]  # type: ignore[index]
    return sheet.cell(1, headers.index(label) + 1).column_letter  # type: ignore[attr-defined]


def test_the_kategori_sheet_holds_every_path_with_its_ids(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang="id", store_data=sample_data()))
    assert book.sheetnames[:2] == ["Products", "Instructions"]
    assert {"Kategori", "Gudang"} <= set(book.sheetnames)
    sheet = book["Kategori"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == [
        "Kategori",
        "Sub Kategori",
        "Tipe",
        "Jalur (satu kolom)",
        "ID Kategori",
        "ID Sub Kategori",
        "ID Tipe",
    ]
    oblong = next(r for r in rows if r[6] == OBLONG)
    assert oblong[:4] == [
        "Fashion Pria",
        "Kaos",
        "Kaos Oblong",
        "Fashion Pria > Kaos > Kaos Oblong",
    ]
    assert oblong[4] == CATEGORY
    gelang = [r[3] for r in rows if r[2] == "Gelang"]
    assert gelang == ["Fashion Pria > Aksesoris > Gelang", "Fashion Wanita > Aksesoris > Gelang"]
    assert len(rows) == 1 + 7  # one row per type under each of its parents
    assert sheet.auto_filter.ref == "A1:G8"
    assert book["Daftar"].sheet_state == "hidden"


def test_drop_downs_on_the_category_columns_list_the_names(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang="en", store_data=sample_data()))
    products = book["Products"]
    lists = {str(dv.sqref): dv.formula1 for dv in products.data_validations.dataValidation}
    columns = {f.key: _letter(products, f.label("en")) for f in PRODUCT_FIELDS}
    formulas = {
        key: lists[f"{columns[key]}2:{columns[key]}5001"]
        for key in ("categoryId", "subCategoryId", "typeId")
    }
    assert formulas == {
        "categoryId": "'Daftar'!$A$1:$A$2",
        "subCategoryId": "'Daftar'!$B$1:$B$4",
        "typeId": "'Daftar'!$C$1:$C$5",
    }
    daftar = book["Daftar"]
    assert [c.value for c in daftar["A"] if c.value] == ["Fashion Pria", "Fashion Wanita"]
    assert [c.value for c in daftar["B"] if c.value] == ["Kaos", "Kemeja", "Aksesoris", "Atasan"]
    types = [c.value for c in daftar["C"] if c.value]
    assert types == ["Kaos Oblong", "Kaos Polo", "Kaos Lengan Panjang", "Gelang", "Blus"]
    # the examples name their category; the instructions explain names, paths and ids
    assert products[f"{columns['categoryId']}2"].value == "Fashion Pria"
    assert products[f"{columns['typeId']}2"].value == "Kaos Lengan Panjang"
    rules = {r[4].value: r[2].value for r in book["Instructions"].iter_rows(min_row=2)}
    assert "Fashion Pria > Kaos > Kaos Oblong" in rules["categoryId"]
    assert "Kategori sheet" in rules["categoryId"]
    assert "Gudang sheet" in rules["warehouses"]


def test_the_gudang_sheet_lists_the_store_warehouses(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang="id", store_data=sample_data()))
    rows = [[c.value for c in r] for r in book["Gudang"].iter_rows()]
    assert rows == [
        ["Gudang", "ID Gudang (clientId)", "Utama", "Judul kolom stok"],
        ["Gudang Jakarta", "WH-1", "Ya", "Stok Gudang Jakarta"],
        ["Gudang Bandung", "WH-2", "Tidak", "Stok Gudang Bandung"],
    ]


def test_without_the_store_data_no_store_sheets(tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx", lang="id", store_data=StoreData(tree=sample_tree()))
    assert load_workbook(path).sheetnames == ["Products", "Instructions", "Kategori", "Daftar"]
    plain = load_workbook(write_template(tmp_path / "p.xlsx", lang="id"))
    assert plain.sheetnames == ["Products", "Instructions"]
