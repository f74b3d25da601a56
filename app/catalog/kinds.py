"""Cell kinds: what a cell holds, and everything the app does by kind (one row per kind).

The field registry (``fields.py``) gives each field a kind; the grid, the template, matching,
loading and the results workbook read these facts through ``Field``/``Kind``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.catalog import parsing as p
from app.catalog.choices import ACTIONS, CONDITION, YES_NO, Choice
from app.catalog.reference_cells import parse_reference


class Kind(StrEnum):
    """What a cell holds; decides the parser and how the value is shown."""

    TEXT = "text"
    CODE = "code"  # SKU, external id: text, digits kept exactly
    UUID = "uuid"
    REFERENCE = "reference"  # a category, sub-category, type or brand: a name, an id, or both
    PRICE = "price"  # whole Rupiah
    COUNT = "count"  # whole number, no unit
    GRAMS = "grams"
    DAYS = "days"
    YES_NO = "yes_no"
    CONDITION = "condition"
    ACTION = "action"  # the optional action column of a sync: create, update, delete, skip
    TAGS = "tags"
    URLS = "urls"
    WAREHOUSES = "warehouses"
    DIMENSIONS = "dimensions"

    @property
    def facts(self) -> KindFacts:
        return KINDS[self]

    @property
    def numeric(self) -> bool:
        return KINDS[self].numeric

    @property
    def numbered(self) -> bool:
        return KINDS[self].numbered

    @property
    def keeps_text(self) -> bool:
        """Whether a workbook cell of this kind is formatted as text."""
        return KINDS[self].sheet_format == TEXT_FORMAT


class Editor(StrEnum):
    """What the grid edits the cell with."""

    LINE = "line"
    MULTILINE = "multiline"
    MONEY = "money"
    NUMBER = "number"
    CHECK = "check"
    CHOICE = "choice"
    LIST = "list"
    WAREHOUSES = "warehouses"
    DIMENSIONS = "dimensions"


#: A workbook cell kept as text: digits stay digits, never a number that loses them.
TEXT_FORMAT = "@"


@dataclass(frozen=True, slots=True)
class KindFacts:
    """Everything the app does by a cell's kind, one row per kind (``KINDS``)."""

    parser: p.Parser
    editor: Editor
    grid_width: int  # pixels in the grid
    sheet_width: int  # characters in a workbook column (the template)
    numeric: bool = False  # right-aligned, sorted as a number
    numbered: bool = False  # parts numbered (Foto 1, Foto 2 …); a plain column may stand beside
    sheet_format: str | None = None  # number format of a workbook cell (TEXT_FORMAT: text)
    choices: tuple[Choice, ...] = ()  # the only values a cell may hold, with their words
    units: Mapping[str, int] | None = None  # unit words a value may carry → factor


KINDS: dict[Kind, KindFacts] = {
    Kind.TEXT: KindFacts(p.parse_text, Editor.LINE, 200, 30),
    Kind.CODE: KindFacts(p.parse_code, Editor.LINE, 110, 22, sheet_format=TEXT_FORMAT),
    Kind.UUID: KindFacts(p.parse_uuid, Editor.LINE, 120, 38, sheet_format=TEXT_FORMAT),
    Kind.REFERENCE: KindFacts(parse_reference, Editor.LINE, 180, 38, sheet_format=TEXT_FORMAT),
    Kind.PRICE: KindFacts(p.parse_rupiah, Editor.MONEY, 110, 14, True, sheet_format="#,##0"),
    Kind.COUNT: KindFacts(p.parse_count, Editor.NUMBER, 70, 10, True),
    Kind.GRAMS: KindFacts(p.parse_grams, Editor.NUMBER, 105, 12, True, units=p.WEIGHT_UNITS),
    Kind.DAYS: KindFacts(p.parse_days, Editor.NUMBER, 70, 12, True, units=p.DAY_UNITS),
    Kind.YES_NO: KindFacts(p.parse_bool, Editor.CHECK, 80, 11, choices=YES_NO),
    Kind.CONDITION: KindFacts(p.parse_condition, Editor.CHOICE, 90, 11, choices=CONDITION),
    Kind.ACTION: KindFacts(p.parse_action, Editor.CHOICE, 90, 11, choices=ACTIONS),
    Kind.TAGS: KindFacts(p.parse_tags, Editor.LIST, 150, 28, numbered=True),
    Kind.URLS: KindFacts(p.parse_urls, Editor.LIST, 220, 60, numbered=True),
    Kind.WAREHOUSES: KindFacts(p.parse_warehouses, Editor.WAREHOUSES, 150, 30),
    Kind.DIMENSIONS: KindFacts(p.parse_dimensions, Editor.DIMENSIONS, 110, 14),
}


@dataclass(frozen=True, slots=True)
class ColumnUnit:
    """A column whose header names a bigger unit than the field's own: ``Berat (kg)`` holds
    kilograms where the field counts grams."""

    word: str  # the unit as the parser reads it after a number ("kg")
    factor: int  # base units in one of these (1000 grams)

    def tagged(self, value: Any) -> Any:
        """A plain number from such a column, with the unit the parser then reads (``1,5 kg``)."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f"{value} {self.word}"
        if isinstance(value, str) and _PLAIN_NUMBER.fullmatch(value):
            return f"{value.strip()} {self.word}"
        return value

    def of(self, base: int) -> int | float:
        """A value in base units as such a column holds it (1500 g → 1.5, 2000 g → 2)."""
        return base / self.factor if base % self.factor else base // self.factor


_PLAIN_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")


def _column_units(
    units: Mapping[str, int] | None,
) -> tuple[tuple[re.Pattern[str], ColumnUnit], ...]:
    """For each factor above 1, a pattern that finds any of its unit words in a header."""
    units = units or {}
    found: list[tuple[re.Pattern[str], ColumnUnit]] = []
    for factor in dict.fromkeys(f for f in units.values() if f != 1):
        words = [w for w, f in units.items() if f == factor]
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
        found.append((pattern, ColumnUnit(words[0], factor)))
    return tuple(found)


_COLUMN_UNITS = {kind: _column_units(facts.units) for kind, facts in KINDS.items()}


def column_unit(kind: Kind, header: str) -> ColumnUnit | None:
    """The unit a column of this kind headed ``header`` holds when it is not the kind's own."""
    return next((u for found, u in _COLUMN_UNITS[kind] if found.search(header)), None)


#: What a merchant may write in a cell of each kind, (English, Indonesian): the Help window's
#: spreadsheet format and the README's are built from it (``app.catalog.guide``).
FORMS: dict[Kind, tuple[str, str]] = {
    Kind.TEXT: ("Any text.", "Teks apa saja."),
    Kind.CODE: (
        "Text; digits and leading zeros are kept exactly (00123 stays 00123).",
        "Teks; angka dan nol di depan disimpan persis (00123 tetap 00123).",
    ),
    Kind.REFERENCE: (
        "The name as the store lists it (Kaos Oblong), the whole path in the category column"
        " (Fashion Pria > Kaos > Kaos Oblong), “Name (id)”, or the id.",
        "Nama seperti di daftar toko (Kaos Oblong), jalur lengkap di kolom kategori"
        " (Fashion Pria > Kaos > Kaos Oblong), “Nama (id)”, atau ID-nya.",
    ),
    Kind.UUID: (
        "An id as the store gives it: 8-4-4-4-12 hexadecimal digits.",
        "ID seperti yang diberikan toko: 8-4-4-4-12 digit heksadesimal.",
    ),
    Kind.PRICE: (
        "Whole Rupiah: 79000, 79.000, Rp 79.000 or Rp79,000.",
        "Rupiah bulat: 79000, 79.000, Rp 79.000 atau Rp79,000.",
    ),
    Kind.COUNT: ("A whole number: 25.", "Bilangan bulat: 25."),
    Kind.GRAMS: (
        "Grams as a whole number (250), or with a unit: 250 g, 1,5 kg. A header such as"
        " “Berat (kg)” makes the whole column kilograms.",
        "Gram sebagai bilangan bulat (250), atau dengan satuan: 250 g, 1,5 kg. Judul seperti"
        " “Berat (kg)” membuat seluruh kolom dalam kilogram.",
    ),
    Kind.DAYS: ("Days: 7 or 7 hari.", "Hari: 7 atau 7 hari."),
    Kind.YES_NO: (
        "Ya or Tidak (also Yes/No, 1/0, ✓).",
        "Ya atau Tidak (juga Yes/No, 1/0, ✓).",
    ),
    Kind.CONDITION: ("Baru or Bekas (also NEW/USED).", "Baru atau Bekas (juga NEW/USED)."),
    Kind.ACTION: (
        "baru (create), ubah (update), hapus (delete) or lewati (skip); empty: decided by"
        " matching the row to the store's products.",
        "baru, ubah, hapus atau lewati (juga create/update/delete/skip); kosong: ditentukan"
        " dengan mencocokkan baris dengan produk di toko.",
    ),
    Kind.TAGS: (
        "Words separated by commas or semicolons (#kaos, #katun), or one column each"
        " (Hashtag 1, Hashtag 2 …).",
        "Kata dipisah koma atau titik koma (#kaos, #katun), atau satu kolom masing-masing"
        " (Hashtag 1, Hashtag 2 …).",
    ),
    Kind.URLS: (
        "Links starting with https://, separated by semicolons or new lines, or one column"
        " each (Foto 1, Foto 2 …).",
        "Tautan yang diawali https://, dipisah titik koma atau baris baru, atau satu kolom"
        " masing-masing (Foto 1, Foto 2 …).",
    ),
    Kind.WAREHOUSES: (
        "warehouse:stock pairs separated by semicolons (wh_jkt-01:20; Gudang Surabaya:5),"
        " or one column per warehouse headed “Stok <warehouse>”.",
        "Pasangan gudang:stok dipisah titik koma (wh_jkt-01:20; Gudang Surabaya:5), atau satu"
        " kolom per gudang dengan judul “Stok <gudang>”.",
    ),
    Kind.DIMENSIONS: (
        "Length × width × height in cm: 30x20x5, or three columns (Panjang, Lebar, Tinggi).",
        "Panjang × lebar × tinggi dalam cm: 30x20x5, atau tiga kolom (Panjang, Lebar, Tinggi).",
    ),
}
