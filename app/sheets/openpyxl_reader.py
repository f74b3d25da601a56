"""The slow path: openpyxl (read-only) for .xlsx files python-calamine cannot read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.catalog.parsing import EXCEL_ERRORS, CellError
from app.sheets.errors import SheetError
from app.sheets.raw import RawSheet, pick_sheet, trim_trailing_blank_rows


def read_with_openpyxl(path: Path, sheet: str | int | None) -> RawSheet:
    from openpyxl import load_workbook

    with path.open("rb") as handle:  # ours to close, also when openpyxl fails half-way
        try:
            book = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        except Exception:  # openpyxl raises many kinds on damaged parts
            raise SheetError("corrupt", name=path.name) from None
        try:
            name, rows = _rows(book, path, sheet)
        finally:
            book.close()
    trim_trailing_blank_rows(rows)
    width = max((len(v) for _, v in rows), default=0)
    for _, values in rows:
        values.extend([""] * (width - len(values)))
    return RawSheet(name, path, _fill_gaps(rows), "xlsx")


Rows = list[tuple[int, list[Any]]]


def _rows(book: Any, path: Path, sheet: str | int | None) -> tuple[str, Rows]:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    names = [ws.title for ws in book.worksheets]
    visible = [ws.sheet_state == "visible" for ws in book.worksheets]
    name = pick_sheet(names, visible, sheet, path.name)
    ws = book[name]
    if isinstance(ws, ReadOnlyWorksheet):
        ws.reset_dimensions()  # a dimension claiming 1,048,576 rows must cost nothing
    rows: list[tuple[int, list[Any]]] = []
    try:
        for cells in ws.iter_rows():
            cells = tuple(cells)
            if not cells or not hasattr(cells[0], "row"):
                continue
            values: list[Any] = []
            for cell in cells:
                column = getattr(cell, "column", None)
                if column is None:
                    continue
                while len(values) < column - 1:
                    values.append("")
                values.append(_value(cell.value))
            rows.append((cells[0].row, values))
    except Exception:
        raise SheetError("corrupt", name=path.name) from None
    return name, rows


def _value(value: Any) -> Any:
    if value is None:
        return ""
    if type(value) is str and value in EXCEL_ERRORS:
        return CellError(value)
    return value


def _fill_gaps(rows: list[tuple[int, list[Any]]]) -> list[tuple[int, list[Any]]]:
    """Rows numbered 1..n without gaps, like the fast path gives them."""
    if not rows:
        return rows
    width = len(rows[0][1])
    filled: list[tuple[int, list[Any]]] = []
    for number, values in rows:
        while len(filled) + 1 < number:
            filled.append((len(filled) + 1, [""] * width))
        filled.append((number, values))
    return filled
