"""Two-row headers: a group row above a sub-header row, read as one header (``Dimensi › Panjang``).

Marketplace templates and merchants' own sheets put a group over some columns (``Dimensi`` over
``Panjang``/``Lebar``/``Tinggi``, ``Stok`` over one column per warehouse, ``Foto`` over 1..n) and
let every other header fill both rows (merged down, or written in the top row only). The group
spans the columns of its merge; without merges (calamine gives merges for .xlsx only, openpyxl's
fast mode none) it spans its own column and the columns to its right whose top cell is empty and
whose sub-header is filled.

A pair of rows is a header only when it names more fields (parts counted) than either row alone,
and no column is filled in both rows outside a group: a header above a guidance or product row
fills both rows everywhere, so it never passes.
"""

from __future__ import annotations

from typing import Any

from app.sheets.header import find_header_row, header_text, headers_of
from app.sheets.mapping import match_columns
from app.sheets.matching import GROUP_JOIN
from app.sheets.raw import RawSheet, row_is_blank

HeaderRows = tuple[int, int]  # (first, last) sheet row numbers; equal for a one-row header


def _texts(raw: RawSheet, sheet_row: int, width: int) -> list[str]:
    values = raw.values_of(sheet_row)
    texts = [header_text(v) for v in values[:width]]
    return texts + [""] * (width - len(texts))


def _merged_groups(raw: RawSheet, top: int) -> dict[int, int]:
    """Column → the first column of a merge of the top row spanning several columns."""
    starts: dict[int, int] = {}
    for (r0, c0), (_r1, c1) in raw.merged:
        if r0 == top - 1 and c1 > c0:
            for column in range(c0, c1 + 1):
                starts[column] = c0
    return starts


def group_of_columns(raw: RawSheet, top: int, bottom: int) -> list[int | None]:
    """For each column, the column whose top cell is its group (None: no group over it)."""
    width = raw.width
    upper, lower = _texts(raw, top, width), _texts(raw, bottom, width)
    merged = _merged_groups(raw, top)
    groups: list[int | None] = [None] * width
    for column in range(width):
        if column in merged:
            groups[column] = merged[column]
            continue
        if upper[column] and lower[column]:
            run = column + 1
            while run < width and not upper[run] and lower[run] and run not in merged:
                run += 1
            if run > column + 1 or groups[column] is None:
                for inside in range(column, run):
                    groups[inside] = column
    return groups


def joined_headers(raw: RawSheet, top: int, bottom: int) -> list[str]:
    """The headers of a two-row header: ``group › sub`` under a group, else the filled cell."""
    width = raw.width
    upper, lower = _texts(raw, top, width), _texts(raw, bottom, width)
    groups = group_of_columns(raw, top, bottom)
    headers: list[str] = []
    for column in range(width):
        group = groups[column]
        sub = lower[column]
        if group is not None and upper[group] and sub:
            headers.append(f"{upper[group]}{GROUP_JOIN}{sub}")
        else:
            headers.append(upper[column] or sub)
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _mapped(headers: list[str]) -> int:
    return len(match_columns(headers).mapped)


def is_two_row_header(raw: RawSheet, top: int, bottom: int) -> bool:
    """Whether rows ``top`` and ``bottom`` (the next row) read together as one header."""
    if bottom != top + 1 or top < 1:
        return False
    lower_values: list[Any] = raw.values_of(bottom)
    if row_is_blank(raw.values_of(top)) or row_is_blank(lower_values):
        return False
    if any(isinstance(v, int | float) and not isinstance(v, bool) for v in lower_values):
        return False  # a sub-header is words; numbers are a product's
    width = raw.width
    upper, lower = _texts(raw, top, width), _texts(raw, bottom, width)
    groups = group_of_columns(raw, top, bottom)
    wide = {g for g in groups if g is not None and groups.count(g) > 1}
    if not wide:
        return False
    if any(upper[c] and lower[c] and groups[c] not in wide for c in range(width)):
        return False
    joined = _mapped(joined_headers(raw, top, bottom))
    alone = max(_mapped(upper), _mapped(lower))
    return joined > alone


def find_header_rows(raw: RawSheet, min_fields: int = 2) -> HeaderRows:
    """The header's first and last sheet rows: the best header row, with the group row above it
    or the sub-header row below it when the two read as one header."""
    row = find_header_row(raw, min_fields)
    return two_row_around(raw, row)


def two_row_around(raw: RawSheet, row: int) -> HeaderRows:
    """``(row, row + 1)`` or ``(row - 1, row)`` when that pair is a two-row header."""
    if is_two_row_header(raw, row, row + 1):
        return row, row + 1
    if is_two_row_header(raw, row - 1, row):
        return row - 1, row
    return row, row


def headers_for(raw: RawSheet, first: int, last: int) -> list[str]:
    """The headers of rows ``first``..``last`` (one row: its cells as they are)."""
    if last > first:
        return joined_headers(raw, first, last)
    return headers_of(raw, last)
