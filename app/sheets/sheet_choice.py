"""Which sheet holds the products: the one whose header names most fields over a table of rows.

Workbooks often start with an instructions sheet (a title, a line listing the column names,
prose below) before the real ``Produk`` sheet; marketplace templates too. Without ``--sheet``
every non-empty sheet is read and scored: first whether a table of product-like rows sits under
its header, then how many fields the header names, then how sure the matches are. A tie goes
to the earlier sheet. ``--sheet`` and the window's sheet picker choose a sheet outright.
"""

from __future__ import annotations

import math
from pathlib import Path

from app.catalog.parsing import is_blank
from app.sheets import limits, reader
from app.sheets.errors import SheetError
from app.sheets.header import find_header_row, headers_of, row_score
from app.sheets.mapping import match_columns
from app.sheets.raw import RawSheet
from app.sheets.reader import SheetRef, read_sheet
from app.sheets.template_sheets import RECORD_SHEET

#: Rows under the header looked at for product-like rows.
TABLE_SAMPLE_ROWS = 50

SheetScore = tuple[bool, bool, int, float]


def product_rows(raw: RawSheet, header_row: int, sample: int = TABLE_SAMPLE_ROWS) -> int:
    """Rows under the header filling at least half of the mapped columns (at most ``sample``
    looked at): a product table fills most of them, prose or a note fills one or two."""
    columns = [b.index for b in match_columns(headers_of(raw, header_row)).mapped]
    if not columns:
        return 0
    needed = max(1, math.ceil(len(columns) / 2)) if len(columns) > 2 else len(columns)
    found = looked = 0
    for sheet_row, values in raw.rows:
        if sheet_row <= header_row:
            continue
        looked += 1
        if looked > sample:
            break
        filled = sum(1 for c in columns if c < len(values) and not is_blank(values[c]))
        if filled >= needed:
            found += 1
    return found


def sheet_score(raw: RawSheet, header_row: int, hidden: bool = False) -> SheetScore:
    """(shown, has product rows, fields named, confidence): higher is the product sheet."""
    fields, confidence = row_score(raw.values_of(header_row))
    return not hidden, product_rows(raw, header_row) > 0, fields, confidence


def sheet_with_header(path: Path, sheet: SheetRef, min_fields: int) -> tuple[RawSheet, int]:
    """The sheet to read and its header row: ``sheet`` when given, else the best scored one."""
    if sheet is not None:
        raw = read_sheet(path, sheet)
        return raw, find_header_row(raw, min_fields)
    first = read_sheet(path, None)
    others = [] if first.format == "csv" else _other_sheets(path, first.name)
    if not others:  # one sheet (the common case) is read once
        if not first.rows and first.format != "csv":
            raise SheetError("empty_workbook", name=path.name)
        return first, find_header_row(first, min_fields)
    best: tuple[SheetScore, RawSheet, int] | None = None
    first_error: SheetError | None = None
    any_rows = bool(first.rows)
    for name, hidden in [(first.name, False), *others]:
        raw = first if name == first.name else read_sheet(path, name)
        any_rows = any_rows or bool(raw.rows)
        try:
            header_row = find_header_row(raw, min_fields)
        except SheetError as error:
            first_error = first_error or error
            continue
        score = sheet_score(raw, header_row, hidden)
        if best is None or score > best[0]:
            best = (score, raw, header_row)
    if best is not None:
        return best[1], best[2]
    if not any_rows:
        raise SheetError("empty_workbook", name=path.name)
    raise first_error or SheetError("no_header", sheet=first.name, rows=limits.HEADER_SEARCH_ROWS)


def _other_sheets(path: Path, first: str) -> list[tuple[str, bool]]:
    """The workbook's other worksheets (name, hidden), shown ones first, without loading any:
    the sheets' metadata only. A workbook only the slow reader opens is read as one sheet.
    An export's record of the store (`RECORD_SHEET`) is never a candidate."""
    try:
        found = reader.worksheet_visibility(path)
    except SheetError:
        return []
    others = (n for n in found if n[0] != first and n[0] != RECORD_SHEET)
    return sorted(others, key=lambda n: n[1])
