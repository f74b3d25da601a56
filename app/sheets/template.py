"""The template workbook: a ``Products`` sheet ready to fill, and ``Instructions`` for every field.

Everything comes from the field registry: headers (English or Indonesian), widths, drop-downs
with the words of each field's choices (condition, yes/no), text format for SKU and id columns.
The example rows are ``catalog.examples``; reading the template back gives two valid rows.

With the store's data (``store_data``) it also holds the ``Kategori`` sheet with the whole
reference tree and drop-downs of its names on the category columns, and the ``Gudang`` sheet
with the store's warehouses (``template_sheets``); the examples then name their category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.catalog.choices import YES_NO, Choice
from app.catalog.examples import EXAMPLES
from app.catalog.fields import PRODUCT_FIELDS, TEXT_FORMAT, Field, Kind
from app.catalog.messages import Lang
from app.catalog.store_data import ReferenceTree, StoreData
from app.sheets.bulk_rows import BulkRows
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


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """One column of a product sheet: the field it feeds, its header, and for a multi-column
    field the part it holds (a warehouse's clientId for a stock column)."""

    field: Field
    header: str
    part: str | None = None


def template_columns(lang: Lang) -> list[SheetColumn]:
    """The template's columns: one per field of the create payload, headed by its label."""
    return [SheetColumn(f, f.label(lang)) for f in PRODUCT_FIELDS]


def lay_out_columns(
    sheet: Any, columns: Sequence[SheetColumn], lang: Lang, last_row: int
) -> dict[str, str]:
    """The header row (bold, required fields shaded), each column's width and text format, the
    drop-downs of choice fields down to ``last_row``, the header frozen. Returns field key →
    its (first) column letter, for the category drop-downs."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFFCE4D6")
    header_fill = PatternFill("solid", fgColor="FFDDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    choice_lists = {
        k.facts.choices: _drop_down(k.facts.choices, lang) for k in Kind if k.facts.choices
    }
    letters: dict[str, str] = {}
    for number, column in enumerate(columns, 1):
        f = column.field
        letter = get_column_letter(number)
        letters.setdefault(f.key, letter)
        cell = sheet.cell(1, number, column.header)
        cell.font = bold
        cell.fill = required_fill if f.required else header_fill
        cell.alignment = wrap
        sheet.column_dimensions[letter].width = (
            f.sheet_width if column.part is None else max(f.sheet_width, len(column.header) + 2)
        )
        if f.kind.keeps_text:
            sheet.column_dimensions[letter].number_format = TEXT_FORMAT
        if f.choices:
            choice_lists[f.choices].add(f"{letter}2:{letter}{last_row}")
    for drop_down in choice_lists.values():
        if drop_down.sqref:
            sheet.add_data_validation(drop_down)
    sheet.freeze_panes = "A2"
    return letters


#: A text cell openpyxl would otherwise store as a formula.
_FORMULA_START = "="


class RowWriter:
    """Rows of a product sheet as the merchant types them: a choice as its word (True → Ya),
    each kind's number format, a cell with line breaks wrapped; a text is kept as text (a name
    starting with ``=`` is never a formula). Built once per sheet: an export writes thousands
    of rows through it."""

    def __init__(self, fields: Sequence[Field], lang: Lang) -> None:
        from openpyxl.styles import Alignment

        self.fields = list(fields)
        self.lang = lang
        self._formats = [f.kind.facts.sheet_format for f in self.fields]
        self._choices = [bool(f.choices) for f in self.fields]
        self._wrap = Alignment(wrap_text=True, vertical="top")
        self._bulk_styles: dict[int, tuple[list[int], list[int]]] = {}

    def put(self, sheet: Any, row: int, values: Sequence[Any]) -> None:
        """``values`` (one per field, None for an empty cell) into sheet row ``row``."""
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            f = self.fields[column]
            shown = _shown(f, value, self.lang) if self._choices[column] else value
            target = sheet.cell(row, column + 1, shown)
            if self._formats[column]:
                target.number_format = self._formats[column]
            if isinstance(value, str):
                if value.startswith(_FORMULA_START):
                    target.data_type = "s"
                if "\n" in value:
                    target.alignment = self._wrap

    def add_to(self, rows: BulkRows, values: Sequence[Any]) -> None:
        """The same, as the next of many rows (`app.sheets.bulk_rows`)."""
        plain, wrapped = self._styles_in(rows)
        shown: list[Any] = list(values)
        styles: list[int] = list(plain)
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            if self._choices[column]:
                shown[column] = _shown(self.fields[column], value, self.lang)
            if type(value) is str and "\n" in value:
                styles[column] = wrapped[column]
        rows.add(shown, styles)

    def _styles_in(self, rows: BulkRows) -> tuple[list[int], list[int]]:
        """Each column's style id in ``rows``' book, without and with wrapped text."""
        key = id(rows)
        found = self._bulk_styles.get(key)
        if found is None:
            found = self._bulk_styles[key] = (
                [rows.style(f) for f in self._formats],
                [rows.style(f, wrap=True) for f in self._formats],
            )
        return found


def add_store_sheets(
    book: Any,
    sheet: Any,
    store_data: StoreData | None,
    lang: Lang,
    letters: dict[str, str],
    last_row: int = FORMATTED_ROWS + 1,
) -> None:
    """With the store's data: the category sheet and its drop-downs on ``sheet``'s category
    columns (``letters``: field key → column), and the warehouse sheet."""
    from openpyxl.styles import Font

    if store_data is None:
        return
    bold = Font(bold=True)
    if store_data.tree is not None:
        formulas = add_category_sheet(book, store_data.tree, lang, bold)
        for validation in drop_downs(formulas, letters, last_row):
            sheet.add_data_validation(validation)
    if store_data.warehouses:
        add_warehouse_sheet(book, store_data.warehouses, lang, bold)


def write_template(
    path: str | Path, lang: Lang = "id", store_data: StoreData | None = None
) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = PRODUCTS_SHEET
    columns = template_columns(lang)
    letters = lay_out_columns(sheet, columns, lang, FORMATTED_ROWS + 1)
    tree = store_data.tree if store_data is not None else None
    named = _names(tree)
    writer = RowWriter([c.field for c in columns], lang)
    for row, example in enumerate(EXAMPLES, 2):
        values = [example.get(c.field.key) for c in columns]
        writer.put(sheet, row, [named.get(v, v) if isinstance(v, str) else v for v in values])
    _instructions(book.create_sheet(INSTRUCTIONS_SHEET), lang, Font(bold=True), store_data)
    add_store_sheets(book, sheet, store_data, lang, letters)
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
