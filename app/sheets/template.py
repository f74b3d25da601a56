"""The template workbook: a ``Products`` sheet ready to fill, and ``Instructions`` for every field.

Everything comes from the field registry: headers (English or Indonesian), widths, drop-downs
with the words of each field's choices (condition, yes/no), text format for SKU and id columns.
The example rows are ``catalog.examples``; reading the template back gives two valid rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.catalog.choices import YES_NO, Choice
from app.catalog.examples import EXAMPLES
from app.catalog.fields import PRODUCT_FIELDS, TEXT_FORMAT, Field, Kind
from app.catalog.messages import Lang
from app.sheets.results import save_atomically

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


def write_template(path: str | Path, lang: Lang = "id") -> Path:
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
    drop_downs = {
        k.facts.choices: _drop_down(k.facts.choices, lang) for k in Kind if k.facts.choices
    }
    for column, f in enumerate(PRODUCT_FIELDS, 1):
        letter = get_column_letter(column)
        cell = sheet.cell(1, column, f.label(lang))
        cell.font = bold
        cell.fill = required_fill if f.required else header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = f.sheet_width
        if f.kind.keeps_text:
            sheet.column_dimensions[letter].number_format = TEXT_FORMAT
        if f.choices:
            drop_downs[f.choices].add(f"{letter}2:{letter}{last}")
        for row, example in enumerate(EXAMPLES, 2):
            value = example.get(f.key)
            if value is None:
                continue
            target = sheet.cell(row, column, _shown(f, value, lang))
            if f.kind.facts.sheet_format:
                target.number_format = f.kind.facts.sheet_format
            if isinstance(value, str) and "\n" in value:
                target.alignment = Alignment(wrap_text=True, vertical="top")
    for drop_down in drop_downs.values():
        sheet.add_data_validation(drop_down)
    sheet.freeze_panes = "A2"
    _instructions(book.create_sheet(INSTRUCTIONS_SHEET), lang, bold)
    save_atomically(book, path)
    return path


def _instructions(sheet: Any, lang: Lang, bold: Any) -> None:
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
