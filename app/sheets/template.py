"""The template workbook: a ``Products`` sheet ready to fill, and ``Instructions`` for every field.

Everything comes from the field registry: headers (English or Indonesian), widths, drop-downs
with the words of each field's choices (condition, yes/no), text format for SKU and id columns.
The example rows are ``catalog.examples``; reading the template back gives two valid rows.

With the store's data (``store_data``) it also holds the ``Kategori`` sheet with the whole
reference tree and drop-downs of its names on the category columns, and the ``Gudang`` sheet
with the store's warehouses (``template_sheets``); the examples then name their category.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.catalog.choices import YES_NO, Choice
from app.catalog.examples import EXAMPLES
from app.catalog.fields import PRODUCT_FIELDS, TEXT_FORMAT, Field, Kind
from app.catalog.messages import Lang
from app.catalog.store_data import ReferenceTree, StoreData
from app.sheets.results import save_atomically
from app.sheets.template_sheets import (
    add_category_sheet,
    add_warehouse_sheet,
    drop_downs,
    extra_rules,
)

PRODUCTS_SHEET = "Products"
INSTRUCTIONS_SHEET = "Instructions"
#: Rows that get the drop-downs and the text format, below the header.
FORMATTED_ROWS = 5000

_WORDS = {
    "en": ("Column", "Required", "Meaning and rules", "Example", "Field key"),
    "id": ("Kolom", "Wajib", "Arti dan aturan", "Contoh", "Kunci field"),
}


def _shown(f: Field, value: Any, lang: Lang) -> Any:
    """An example value as the merchant types it: a choice as its word (True → Ya)."""
    word = f.choice_word(value, lang)
    return value if word is None else word


def _drop_down(choices: tuple[Choice, ...], lang: Lang) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    words = ",".join(c.word(lang) for c in choices)
    return DataValidation(type="list", formula1=f'"{words}"', allow_blank=True)


def _names(tree: ReferenceTree | None) -> dict[str, str]:
    """id → name over the tree's three levels (the examples show names when it knows them)."""
    if tree is None:
        return {}
    found = {e.id: e.name for e in tree.categories}
    found.update({e.id: e.name for subs in tree.sub_categories.values() for e in subs})
    found.update({e.id: e.name for types in tree.types.values() for e in types})
    return found


def write_template(
    path: str | Path, lang: Lang = "id", store_data: StoreData | None = None
) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = PRODUCTS_SHEET
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFFCE4D6")
    header_fill = PatternFill("solid", fgColor="FFDDEBF7")
    last = FORMATTED_ROWS + 1
    choice_lists = {
        k.facts.choices: _drop_down(k.facts.choices, lang) for k in Kind if k.facts.choices
    }
    tree = store_data.tree if store_data is not None else None
    named = _names(tree)
    letters: dict[str, str] = {}
    for column, f in enumerate(PRODUCT_FIELDS, 1):
        letter = get_column_letter(column)
        letters[f.key] = letter
        cell = sheet.cell(1, column, f.label(lang))
        cell.font = bold
        cell.fill = required_fill if f.required else header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = f.sheet_width
        if f.kind.keeps_text:
            sheet.column_dimensions[letter].number_format = TEXT_FORMAT
        if f.choices:
            choice_lists[f.choices].add(f"{letter}2:{letter}{last}")
        for row, example in enumerate(EXAMPLES, 2):
            value = example.get(f.key)
            if value is None:
                continue
            if f.kind is Kind.REFERENCE and isinstance(value, str):
                value = named.get(value, value)
            target = sheet.cell(row, column, _shown(f, value, lang))
            if f.kind.facts.sheet_format:
                target.number_format = f.kind.facts.sheet_format
            if isinstance(value, str) and "\n" in value:
                target.alignment = Alignment(wrap_text=True, vertical="top")
    for drop_down in choice_lists.values():
        sheet.add_data_validation(drop_down)
    sheet.freeze_panes = "A2"
    _instructions(book.create_sheet(INSTRUCTIONS_SHEET), lang, bold, store_data)
    if tree is not None:
        formulas = add_category_sheet(book, tree, lang, bold)
        for validation in drop_downs(formulas, letters, last):
            sheet.add_data_validation(validation)
    if store_data is not None and store_data.warehouses:
        add_warehouse_sheet(book, store_data.warehouses, lang, bold)
    save_atomically(book, path)
    return path


def _instructions(sheet: Any, lang: Lang, bold: Any, store_data: StoreData | None) -> None:
    from openpyxl.styles import Alignment

    column, required, meaning, example, key = _WORDS[lang]
    yes, no = (c.word(lang) for c in YES_NO)
    sheet.append([column, required, meaning, example, key])
    for cell in sheet[1]:
        cell.font = bold
    for f in PRODUCT_FIELDS:
        rules = f.description(lang)
        if f.max_length:
            limit = (
                f"At most {f.max_length} characters."
                if lang == "en"
                else f"Maksimal {f.max_length} karakter."
            )
            rules = f"{rules} {limit}"
        extra = extra_rules(f, lang, store_data)
        if extra:
            rules = f"{rules} {extra}"
        shown = _shown(f, EXAMPLES[0].get(f.key), lang)
        sheet.append(
            [
                f.label(lang),
                yes if f.required else no,
                rules,
                str(shown if shown is not None else f.example),
                f.key,
            ]
        )
    for letter, width in zip("ABCDE", (26, 9, 80, 40, 18), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
