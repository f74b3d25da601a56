"""The template's sheets of the store's own data: ``Daftar Kategori`` (the whole reference tree,
names and ids, filterable), ``Daftar Gudang`` (the store's warehouses) and the drop-down lists
on the product sheet's category, sub-category and type columns.

The drop-downs read their names from ranges of a hidden ``Pilihan`` sheet (each name once, in
the tree's order): a list validation whose formula references another sheet, which Excel,
LibreOffice and openpyxl all keep. The merchant picks names; the reader resolves them to ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.catalog.category_names import CATEGORY_KEYS, LEVEL_WORDS
from app.catalog.choices import YES_NO
from app.catalog.fields import PRODUCT_FIELDS, Field, Kind
from app.catalog.messages import KIND_WORDS, Lang
from app.catalog.store_data import ReferenceTree, StoreData, Warehouse

#: The sheets' names (not a field's header: the reader never takes them for the product sheet).
CATEGORY_SHEET = "Daftar Kategori"
WAREHOUSE_SHEET = "Daftar Gudang"
LISTS_SHEET = "Pilihan"
#: An exported workbook's record of the store's values (hidden; `app.sync.exported` writes and
#: reads it): never the product sheet, whatever its cells look like.
RECORD_SHEET = "Catatan Ekspor (jangan diubah)"
#: How the category sheet writes a path (the reader takes `>`, `/`, `»` and `›`).
PATH_SEPARATOR = " > "
#: The product sheet's category fields, top first, and the column of the lists sheet holding
#: each one's names.
LIST_COLUMNS = dict(zip(CATEGORY_KEYS, "ABC", strict=True))

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "path": "Path (one column)",
        "id": "{level} id",
        "see_tree": "The names, paths and ids are on the sheet “{sheet}”; pick a name from the"
        " drop-down, or write the id.",
        "see_warehouses": "Your store's warehouses and the header of each one's stock column"
        " are on the sheet “{sheet}”.",
    },
    "id": {
        "path": "Jalur (satu kolom)",
        "id": "ID {level}",
        "see_tree": "Nama, jalur, dan ID ada di sheet “{sheet}”; pilih nama dari daftar, atau"
        " tulis ID-nya.",
        "see_warehouses": "Gudang toko Anda dan judul kolom stok tiap gudang ada di sheet"
        " “{sheet}”.",
    },
}


_WAREHOUSE_HEADERS = {
    "en": ("Warehouse name", "Warehouse id (clientId)", "Default", "Stock column header"),
    "id": ("Nama gudang", "ID Gudang (clientId)", "Utama", "Judul kolom stok"),
}


def levels(lang: Lang) -> tuple[str, ...]:
    """The three levels as the merchant reads them, in the catalog's words ("Sub Kategori")."""
    words = (KIND_WORDS[LEVEL_WORDS[key]][1 if lang == "id" else 0] for key in CATEGORY_KEYS)
    return tuple(w.title() if lang == "id" else w[:1].upper() + w[1:] for w in words)


def extra_rules(f: Field, lang: Lang, store_data: StoreData | None) -> str:
    """What the instructions add to a field's rules when the template has the store's sheets."""
    if store_data is None:
        return ""
    words = _WORDS[lang]
    if f.key in CATEGORY_KEYS and store_data.tree is not None:
        return words["see_tree"].format(sheet=CATEGORY_SHEET)
    if f.kind is Kind.WAREHOUSES and store_data.warehouses:
        return words["see_warehouses"].format(sheet=WAREHOUSE_SHEET)
    return ""


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    return list(seen)


def add_category_sheet(book: Any, tree: ReferenceTree, lang: Lang, bold: Any) -> dict[str, str]:
    """The Kategori sheet (one row per type, under each of its parents) and the hidden lists;
    returns field key → the list formula of its drop-down."""
    names, words = levels(lang), _WORDS[lang]
    sheet = book.create_sheet(CATEGORY_SHEET)
    sheet.append([*names, words["path"], *(words["id"].format(level=lv) for lv in names)])
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
    sheet.append(list(_WAREHOUSE_HEADERS[lang]))
    for cell in sheet[1]:
        cell.font = bold
    yes, no = (c.word(lang) for c in YES_NO)
    stock = next(f for f in PRODUCT_FIELDS if f.kind is Kind.WAREHOUSES)
    for warehouse in warehouses:
        sheet.append(
            [
                warehouse.name,
                warehouse.client_id,
                yes if warehouse.is_default else no,
                stock.part_headers(warehouse.name, lang)[0],
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
