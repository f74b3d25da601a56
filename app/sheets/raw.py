"""RawSheet: the cells of one sheet as typed values, with the row numbers Excel shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.catalog.parsing import is_blank
from app.sheets.errors import SheetError, SheetNotice


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    rows: int  # the number of the last row holding a value (0: empty sheet)
    hidden: bool = False


@dataclass(slots=True)
class RawSheet:
    """One sheet's values: ``rows`` holds (sheet row number, 1-based; values by 0-based column).

    Values are what the cell shows, typed: str, int, float, bool, date/datetime/time, ``''`` for
    an empty cell, and ``CellError`` for an Excel error value (``UncachedFormula`` for a formula
    whose result the file does not hold). Trailing empty rows are not kept. ``hidden_rows`` and
    ``hidden_columns`` are what the merchant hid in the workbook (sheet row numbers; 0-based
    columns).
    """

    name: str
    path: Path
    rows: list[tuple[int, list[Any]]]
    format: str = "xlsx"
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    #: What the merchant should know about the file (e.g. it is really an .xls), in order.
    notices: list[SheetNotice] = field(default_factory=list)
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()

    @property
    def width(self) -> int:
        return max((len(values) for _, values in self.rows), default=0)

    def values_of(self, sheet_row: int) -> list[Any]:
        """The values of one sheet row (empty when the row holds none)."""
        if self.rows:
            first = self.rows[0][0]
            i = sheet_row - first
            if 0 <= i < len(self.rows) and self.rows[i][0] == sheet_row:
                return self.rows[i][1]
        for number, values in self.rows:
            if number == sheet_row:
                return values
        return []


def row_is_blank(values: list[Any]) -> bool:
    return all(is_blank(v) for v in values)


def trim_trailing_blank_rows(rows: list[tuple[int, list[Any]]]) -> None:
    while rows and row_is_blank(rows[-1][1]):
        rows.pop()


def pick_sheet(
    names: list[str], visible: list[bool], sheet: str | int | None, file_name: str
) -> str:
    """The sheet to read: by name or 0-based index, by default the first visible one."""
    if not names:
        raise SheetError("empty_workbook", name=file_name)
    if sheet is None:
        return next((n for n, v in zip(names, visible, strict=True) if v), names[0])
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return names[sheet]
        raise SheetError("sheet_not_found", name=file_name, sheet=str(sheet + 1))
    if sheet in names:
        return sheet
    raise SheetError("sheet_not_found", name=file_name, sheet=sheet)
