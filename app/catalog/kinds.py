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
from app.catalog.choices import CONDITION, YES_NO, Choice
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
