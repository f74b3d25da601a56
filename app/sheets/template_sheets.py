"""The template's sheets of the store's own data: ``Kategori`` (the whole reference tree, names
and ids, filterable), ``Gudang`` (the store's warehouses) and the drop-down lists on the
product sheet's category, sub-category and type columns.

The drop-downs read their names from ranges of a hidden ``Daftar`` sheet (each name once, in
the tree's order): a list validation whose formula references another sheet, which Excel,
LibreOffice and openpyxl all keep. The merchant picks names; the reader resolves them to ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.catalog.messages import Lang
from app.catalog.store_data import ReferenceTree, Warehouse

CATEGORY_SHEET = "Kategori"
WAREHOUSE_SHEET = "Gudang"
LISTS_SHEET = "Daftar"
#: How the Kategori sheet writes a path (the reader takes `>`, `/`, `»` and `›`).
PATH_SEPARATOR = " > "
#: The product sheet's fields that get a drop-down, and the Daftar column holding its names.
LIST_COLUMNS = {"categoryId": "A", "subCategoryId": "B", "typeId": "C"}

_HEADERS = {
    "en": (
        ("Category", "Sub-category", "Type", "Path (one column)"),
        ("Category id", "Sub-category id", "Type id"),
        ("Warehouse", "Warehouse id (clientId)", "Default", "Stock column header"),
    ),
    "id": (
        ("Kategori", "Sub Kategori", "Tipe", "Jalur (satu kolom)"),
        ("ID Kategori", "ID Sub Kategori", "ID Tipe"),
        ("Gudang", "ID Gudang (clientId)", "Utama", "Judul kolom stok"),
    ),
}
_YES_NO = {"en": ("Yes", "No"), "id": ("Ya", "Tidak")}

#: What the instructions add to the rules of the named fields.
NAME_RULES: dict[str, dict[Lang, str]] = {
    "categoryId": {
        "en": "Write the category's name (pick it from the drop-down), its id, or the whole path"
        " in this one column: Fashion Pria > Kaos > Kaos Oblong. Names and ids are on the"
        " Kategori sheet; a name only has to be right under its parent.",
        "id": "Tulis nama kategori (pilih dari daftar), ID-nya, atau jalur lengkap di satu kolom"
        " ini: Fashion Pria > Kaos > Kaos Oblong. Nama dan ID ada di sheet Kategori; nama cukup"
        " benar di bawah induknya.",
    },
    "subCategoryId": {
        "en": "The sub-category's name or id, under the category of this row (see the Kategori"
        " sheet). Leave it empty when the category column holds the whole path.",
        "id": "Nama atau ID sub kategori, di bawah kategori baris ini (lihat sheet Kategori)."
        " Kosongkan bila kolom kategori sudah berisi jalur lengkap.",
    },
    "typeId": {
        "en": "The type's name or id, under the sub-category of this row (see the Kategori"
        " sheet). Leave it empty when the category column holds the whole path.",
        "id": "Nama atau ID tipe, di bawah sub kategori baris ini (lihat sheet Kategori)."
        " Kosongkan bila kolom kategori sudah berisi jalur lengkap.",
    },
    "brandId": {
        "en": "The brand's name as the store writes it, or its id; leave it empty for no brand.",
        "id": "Nama merek seperti tertulis di toko, atau ID-nya; kosongkan bila tanpa merek.",
    },
    "warehouses": {
        "en": "Stock per warehouse: a column 'Stok <warehouse name>' or 'Stok <warehouse id>'"
        " per warehouse. Your store's warehouses are on the Gudang sheet.",
        "id": "Stok per gudang: satu kolom 'Stok <nama gudang>' atau 'Stok <ID gudang>' per"
        " gudang. Gudang toko Anda ada di sheet Gudang.",
    },
}


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    return list(seen)


def add_category_sheet(book: Any, tree: ReferenceTree, lang: Lang, bold: Any) -> dict[str, str]:
    """The Kategori sheet (one row per type, under each of its parents) and the hidden lists;
    returns field key → the list formula of its drop-down."""
    names, ids = _HEADERS[lang][0], _HEADERS[lang][1]
    sheet = book.create_sheet(CATEGORY_SHEET)
    sheet.append([*names, *ids])
    for cell in sheet[1]:
        cell.font = bold
    categories, subs, types = [], [], []
    for category in tree.categories:
        categories.append(category.name)
        for sub in tree.sub_categories.get(category.id, ()):
            subs.append(sub.name)
            for kind in tree.types.get(sub.id, ()):
                types.append(kind.name)
                path = PATH_SEPARATOR.join((category.name, sub.name, kind.name))
                sheet.append(
                    [category.name, sub.name, kind.name, path, category.id, sub.id, kind.id]
                )
    last = max(sheet.max_row, 2)
    sheet.auto_filter.ref = f"A1:G{last}"
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFG", (24, 24, 28, 60, 38, 38, 38), strict=True):
        sheet.column_dimensions[letter].width = width
        sheet.column_dimensions[letter].number_format = "@"
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    formulas: dict[str, str] = {}
    for (key, letter), column in zip(
        LIST_COLUMNS.items(), (_unique(categories), _unique(subs), _unique(types)), strict=True
    ):
        for row, name in enumerate(column, 1):
            lists[f"{letter}{row}"] = name
        formulas[key] = f"'{LISTS_SHEET}'!${letter}$1:${letter}${max(len(column), 1)}"
    return formulas


def add_warehouse_sheet(book: Any, warehouses: Sequence[Warehouse], lang: Lang, bold: Any) -> None:
    """The Gudang sheet: the store's warehouses, their ids and the header a stock column
    takes for each."""
    sheet = book.create_sheet(WAREHOUSE_SHEET)
    sheet.append(list(_HEADERS[lang][2]))
    for cell in sheet[1]:
        cell.font = bold
    yes, no = _YES_NO[lang]
    for warehouse in warehouses:
        sheet.append(
            [
                warehouse.name,
                warehouse.client_id,
                yes if warehouse.is_default else no,
                f"Stok {warehouse.name}",
            ]
        )
    for letter, width in zip("ABCD", (28, 30, 10, 32), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["B"].number_format = "@"
    sheet.freeze_panes = "A2"


def drop_downs(formulas: dict[str, str], letters: dict[str, str], last_row: int) -> list[Any]:
    """The product sheet's drop-downs: ``letters`` is field key → its column there. The list
    suggests; a name typed by hand (or a path, or an id) is still accepted."""
    from openpyxl.worksheet.datavalidation import DataValidation

    found = []
    for key, formula in formulas.items():
        letter = letters.get(key)
        if letter is None:
            continue
        validation = DataValidation(
            type="list", formula1=formula, allow_blank=True, showErrorMessage=False
        )
        validation.add(f"{letter}2:{letter}{last_row}")
        found.append(validation)
    return found
