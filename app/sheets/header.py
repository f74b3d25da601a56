"""Finding the header row: the row among the first ones whose cells best name product fields.

Title rows, notes and blank rows above the headers are skipped. Only sure matches count here
(labels, synonyms, normalised spellings and parts): a fuzzy guess never picks the header row.
"""

from __future__ import annotations

from typing import Any

from app.sheets import limits
from app.sheets.errors import SheetError
from app.sheets.matching import match_header
from app.sheets.raw import RawSheet, row_is_blank

#: A header row must name at least this many different fields (a delete sheet: one).
MIN_FIELDS = 2


def header_text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def headers_of(raw: RawSheet, header_row: int) -> list[str]:
    headers = [header_text(v) for v in raw.values_of(header_row)]
    while headers and not headers[-1]:
        headers.pop()
    return headers


def row_score(values: list[Any]) -> tuple[int, float]:
    """(distinct fields named, summed confidence) of one candidate row."""
    best: dict[str, float] = {}
    for value in values:
        if not isinstance(value, str) or not value.strip():
            continue
        found = match_header(header_text(value), fuzzy=False)
        if found is not None and found.confidence > best.get(found.field, 0.0):
            best[found.field] = found.confidence
    return len(best), sum(best.values())


def find_header_row(raw: RawSheet, min_fields: int = MIN_FIELDS) -> int:
    """The sheet row number of the header row; SheetError ``no_header`` when none qualifies."""
    best_row, best_score = 0, (0, 0.0)
    seen = 0
    for sheet_row, values in raw.rows:
        if row_is_blank(values):
            continue
        seen += 1
        if seen > limits.HEADER_SEARCH_ROWS:
            break
        score = row_score(values)
        if score > best_score:
            best_row, best_score = sheet_row, score
    if best_score[0] < min_fields:
        raise SheetError("no_header", sheet=raw.name, rows=limits.HEADER_SEARCH_ROWS)
    return best_row
