"""The template workbook: a ``Products`` sheet ready to fill, and ``Instructions`` for every field.

Everything comes from the field registry: headers (English or Indonesian), widths by kind,
drop-downs for condition and yes/no fields, text format for SKU and id columns. The seed's two
products are the example rows; reading the template back gives two valid rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.catalog.fields import PRODUCT_FIELDS, Field, Kind
from app.catalog.messages import Lang
from app.sheets.results import save_atomically

PRODUCTS_SHEET = "Products"
INSTRUCTIONS_SHEET = "Instructions"
#: Rows that get the drop-downs and the text format, below the header.
FORMATTED_ROWS = 5000

_WIDTHS: dict[Kind, int] = {
    Kind.TEXT: 30,
    Kind.CODE: 22,
    Kind.UUID: 38,
    Kind.PRICE: 14,
    Kind.COUNT: 10,
    Kind.GRAMS: 12,
    Kind.DAYS: 12,
    Kind.YES_NO: 11,
    Kind.CONDITION: 11,
    Kind.TAGS: 28,
    Kind.URLS: 60,
    Kind.WAREHOUSES: 30,
    Kind.DIMENSIONS: 14,
}
_WIDE = {"name": 40, "description": 60}
_TEXT_KINDS = (Kind.CODE, Kind.UUID)

_YES = {"en": ("Yes", "No"), "id": ("Ya", "Tidak")}
_CONDITION = {"en": ("NEW", "USED"), "id": ("Baru", "Bekas")}
_WORDS = {
    "en": ("Column", "Required", "Meaning and rules", "Example", "Yes", "No", "Field key"),
    "id": ("Kolom", "Wajib", "Arti dan aturan", "Contoh", "Ya", "Tidak", "Kunci field"),
}

_U = "https://image.uniqlo.com/UQ/ST3/"
#: The seed's two products (shared/seeds, Create Products), as a merchant would type them.
EXAMPLES: tuple[dict[str, Any], ...] = (
    {
        "externalId": "bace66be-47c4-4f72-868c-ad792da8b210",
        "name": "Ai Yazawa Short Sleeve UTX",
        "description": "Comfortable cotton t-shirt, available in multiple colors.",
        "sku": "480166",
        "price": 200000,
        "stock": 900,
        "weight": 250,
        "dimensions": "12x12x10",
        "minOrder": 1,
        "categoryId": "2fde2994-28a8-4d09-a128-6d744b9e1323",
        "subCategoryId": "0e882586-c506-4792-a831-02767a68dae2",
        "typeId": "d86db295-41c3-423d-a2c2-a59724f38316",
        "brandId": "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea",
        "condition": "NEW",
        "photos": f"{_U}id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369\n"
        f"{_U}AsianCommon/imagesgoods/480166/sub/goods_480166_sub14_3x4.jpg?width=369",
        "officialBanners": f"{_U}id/imagesgoods/480166/item/idgoods_00_480166_3x4.jpg?width=369",
        "hashtags": "uniqlo, tshirt, Yazawa, japan, Unisex",
        "isPreorder": False,
        "preorderPeriod": 0,
        "isArchived": False,
        "insuranceRequired": True,
        "codEnabled": False,
    },
    {
        "externalId": "52a3bcfb-62ea-4711-a4c1-b6847a981256",
        "name": "Ai Yazawa Short Sleeve UTX",
        "description": "Water-resistant backpack with laptop compartment.",
        "sku": "480167",
        "price": 190000,
        "specialPrice": 150000,
        "warehouses": "2026012714314318226016:23",
        "weight": 800,
        "minOrder": 1,
        "categoryId": "2fde2994-28a8-4d09-a128-6d744b9e1323",
        "subCategoryId": "0e882586-c506-4792-a831-02767a6844e2",
        "typeId": "d86db295-41c3-423d-a2c2-a59724f38316",
        "condition": "NEW",
        "photos": f"{_U}id/imagesgoods/480167/item/idgoods_00_480167_3x4.jpg?width=369\n"
        f"{_U}AsianCommon/imagesgoods/480167/sub/goods_480167_sub17_3x4.jpg?width=369\n"
        f"{_U}AsianCommon/imagesgoods/480167/sub/goods_480167_sub18_3x4.jpg?width=369",
        "hashtags": "tshirt, Yazawa, Japan",
        "isPreorder": False,
        "preorderPeriod": 0,
        "isArchived": False,
        "insuranceRequired": False,
        "codEnabled": False,
    },
)


def _shown(f: Field, value: Any, lang: Lang) -> Any:
    if f.kind is Kind.YES_NO and isinstance(value, bool):
        return _YES[lang][0 if value else 1]
    if f.kind is Kind.CONDITION:
        return _CONDITION[lang][0 if value == "NEW" else 1]
    return value


def write_template(path: str | Path, lang: Lang = "id") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = PRODUCTS_SHEET
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFFCE4D6")
    header_fill = PatternFill("solid", fgColor="FFDDEBF7")
    last = FORMATTED_ROWS + 1
    yes_no = DataValidation(
        type="list", formula1='"{}"'.format(",".join(_YES[lang])), allow_blank=True
    )
    condition = DataValidation(
        type="list", formula1='"{}"'.format(",".join(_CONDITION[lang])), allow_blank=True
    )
    for column, f in enumerate(PRODUCT_FIELDS, 1):
        letter = get_column_letter(column)
        cell = sheet.cell(1, column, f.label(lang))
        cell.font = bold
        cell.fill = required_fill if f.required else header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = _WIDE.get(f.key, _WIDTHS[f.kind])
        if f.kind in _TEXT_KINDS:
            sheet.column_dimensions[letter].number_format = "@"
        if f.kind is Kind.YES_NO:
            yes_no.add(f"{letter}2:{letter}{last}")
        elif f.kind is Kind.CONDITION:
            condition.add(f"{letter}2:{letter}{last}")
        for row, example in enumerate(EXAMPLES, 2):
            value = example.get(f.key)
            if value is None:
                continue
            target = sheet.cell(row, column, _shown(f, value, lang))
            if f.kind in _TEXT_KINDS:
                target.number_format = "@"
            elif f.kind is Kind.PRICE:
                target.number_format = "#,##0"
            if isinstance(value, str) and "\n" in value:
                target.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.add_data_validation(yes_no)
    sheet.add_data_validation(condition)
    sheet.freeze_panes = "A2"
    _instructions(book.create_sheet(INSTRUCTIONS_SHEET), lang, bold)
    save_atomically(book, path)
    return path


def _instructions(sheet: Any, lang: Lang, bold: Any) -> None:
    from openpyxl.styles import Alignment

    column, required, meaning, example, yes, no, key = _WORDS[lang]
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
