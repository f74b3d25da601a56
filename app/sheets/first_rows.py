"""The first rows of an .xlsx sheet, read straight from the package before the whole sheet is.

python-calamine parses a whole sheet in one piece before it gives a single value, and the
sheet's marks (``sheet_marks``) need a pass over the whole part as well: at 10,000 rows the
window waited about a second before it could check its first row. ``read_first_rows(path,
sheet)`` reads only the sheet's first ``FIRST_SHEET_ROWS`` rows, with an incremental parse of
the sheet's XML that stops there, the shared strings parsed only as far as those rows use, and
gives them as a ``RawSheet`` holding the same values ``reader.read_sheet`` gives for those rows:
numbers as floats, dates and times by the cell's number format as calamine decides it (the same
rule, the same millisecond rounding), booleans, error cells as ``CellError``, inline and rich
strings, formulas by their cached result or, where the file holds none (or asks for a full
recalculation), as ``UncachedFormula``; hidden rows and columns as ``sheet_marks`` reads them.

It is only ever an earlier copy: the full read still runs and stays the truth (the reading
child compares the rows built from both and corrects what differs). Whatever it is not sure
of gives None, never a guess: another format than .xlsx, a file read from a normalised copy or
with a notice, the 1904 date system, a cell type or number format it does not know, a date out
of calamine's range, a cell too large, any parse error.
"""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from app.catalog.parsing import CellError
from app.sheets import limits
from app.sheets.cell_errors import column_index, sheet_parts
from app.sheets.filetype import Format, readable
from app.sheets.raw import RawSheet, trim_trailing_blank_rows
from app.sheets.reader import place_uncached
from app.sheets.sheet_marks import FULL_CALC

#: The sheet rows read (the header is looked for in the first 30; the rest are the first batch).
FIRST_SHEET_ROWS = 230
_REF = re.compile(r"([A-Z]{1,3})(\d+)")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OTHER, _DATETIME, _TIMEDELTA = 0, 1, 2
_DAY_MS = 86_400_000
_EPOCH = dt.datetime(1899, 12, 30)
#: The most cells the first pass reads (an ordinary sheet has a few thousand there).
_MOST_CELLS = 100_000
#: milliseconds this close to a half are left to the full read (``_dated``)
_NEAR_HALF = 1e-6
_LAST_SERIAL = 2_958_465  # 9999-12-31: calamine gives up beyond it (the openpyxl path reads it)


class _Unsure(Exception):
    """Something the first pass does not read exactly as the full path: it gives up."""


def read_first_rows(path: Path, sheet: str, rows: int = FIRST_SHEET_ROWS) -> RawSheet | None:
    """The first ``rows`` rows of ``sheet`` (an .xlsx/.xlsm), as ``reader.read_sheet`` reads
    them; None whenever that cannot be told for sure (the caller reads the whole sheet)."""
    try:
        with readable(path) as (found, source):
            if found.format is not Format.XLSX or found.notices or source != path:
                return None
            raw = _read(path, sheet, rows)
    except Exception:  # whatever it is, the full read meets it too and says it properly
        return None
    if raw is None or _too_large(raw):
        return None
    return raw


def _read(path: Path, sheet: str, limit: int) -> RawSheet | None:
    with zipfile.ZipFile(path) as archive:
        book = archive.read("xl/workbook.xml")
        if re.search(rb'date1904="(?:1|true)"', book):
            return None
        part = sheet_parts(archive).get(sheet)
        if part is None:
            return None
        targets = _workbook_targets(archive)
        forced = bool(FULL_CALC.search(book))
        styles = _cell_formats(archive, targets.get("styles"))
        strings = _SharedStrings(archive, targets.get("sharedStrings"))
        found = _sheet_rows(archive, part, limit, styles, strings, forced)
    rows, width, hidden_rows, hidden_columns, uncached, errors, more = found
    grid: list[tuple[int, list[Any]]] = []
    for number in range(1, max(rows, default=0) + 1):
        values = [""] * width
        for column, value in rows.get(number, {}).items():
            values[column] = value
        grid.append((number, values))
    raw = RawSheet(sheet, path, grid, "xlsx", [])
    trim_trailing_blank_rows(raw.rows)  # as calamine's rows are: an error cell reads as ""
    last = len(raw.rows)
    if more and any(r > last for r, _ in errors):
        raise _Unsure  # kept or not depends on rows after the first ones
    for (number, column), error in errors.items():  # as ``reader._put_errors``
        if 0 < number <= last and column < len(raw.rows[number - 1][1]):
            raw.rows[number - 1][1][column] = error
    _uncached(raw, uncached)
    present = {number for number, _ in raw.rows}
    raw.hidden_rows = frozenset(hidden_rows & present)
    raw.hidden_columns = frozenset(hidden_columns)
    return raw


def _workbook_targets(archive: zipfile.ZipFile) -> dict[str, str]:
    """The workbook's related parts by their kind's last word (styles, sharedStrings)."""
    found: dict[str, str] = {}
    name = "xl/_rels/workbook.xml.rels"
    if name not in archive.namelist():
        return found
    for rel in ElementTree.fromstring(archive.read(name)).iter(f"{_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        kind = next((v for k, v in rel.attrib.items() if k.lower() == "type"), "")
        kind = kind.rpartition("/")[2]
        found[kind] = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join("xl", target))
        )
    return found


# ---------------------------------------------------------------- number formats


def _cell_formats(archive: zipfile.ZipFile, part: str | None) -> list[int]:
    """Per cell style (``s``): whether its number format is a date, a duration, or neither —
    calamine's rule: the custom formats first, then the built-in ids."""
    if part is None:
        return []
    root = ElementTree.fromstring(archive.read(part))
    custom: dict[str, int] = {}
    for element in root.iter(f"{_MAIN}numFmt"):
        code = element.get("formatCode", "")
        if "*" in code:  # calamine's versions differ on the fill character: not sure
            raise _Unsure
        custom[element.get("numFmtId", "")] = _custom_format(code)
    kinds: list[int] = []
    cell_xfs = root.find(f"{_MAIN}cellXfs")
    for xf in cell_xfs.iter(f"{_MAIN}xf") if cell_xfs is not None else ():
        number = xf.get("numFmtId", "0")
        kinds.append(custom[number] if number in custom else _builtin_format(number))
    return kinds


def _builtin_format(number: str) -> int:
    if number in ("14", "15", "16", "17", "18", "19", "20", "21", "22", "45", "47"):
        return _DATETIME
    return _TIMEDELTA if number == "46" else _OTHER


def _custom_format(code: str) -> int:
    """calamine's reading of a custom number format: a date, a duration, or a number."""
    escaped = quoted = hms = ap = False
    brackets = 0
    previous = " "
    for char in code:
        if escaped:
            escaped = False
        elif char in "_\\":
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == ";":
            return _OTHER
        elif char == "[":
            brackets += 1
        elif char == "]" and brackets == 1 and hms:
            return _TIMEDELTA
        elif char == "]":
            brackets = max(brackets - 1, 0)
        elif char in "aA" and not ap and brackets == 0:
            ap = True
        elif brackets == 0 and (char in "pm/PM" if ap else char in "dmhysDMHYS"):
            return _DATETIME
        elif not (hms and char.lower() == previous.lower()):
            hms = previous == "[" and char in "mhsMHS"
        previous = char
    return _OTHER


def _dated(value: float, kind: int) -> Any:
    """A number in a date or duration format, as python-calamine gives it: a date counts from
    30 December 1899 (before day 60, Excel's 29 February 1900 that never was, from the day
    after), the serial so shifted times the milliseconds of a day, rounded half away from zero
    (Rust's ``f64::round``); below 1 a time, a whole serial a date, any other a datetime, even
    one that rounds to midnight. A serial within a hair of half a millisecond is left to the full
    read: there calamine's own arithmetic decides, which this pass does not copy."""
    if not 0 <= value <= _LAST_SERIAL:
        raise _Unsure
    if kind == _TIMEDELTA:
        return dt.timedelta(milliseconds=_rounded(value * _DAY_MS))
    shifted = value if value >= 60 else value + 1
    moment = _EPOCH + dt.timedelta(milliseconds=_rounded(shifted * _DAY_MS))
    if value < 1:
        return moment.time()
    return moment.date() if value.is_integer() else moment  # calamine's rule: 45000.0 a date


def _rounded(ms: float) -> int:
    """``ms`` (never negative here) to the nearest millisecond; near a half, unsure."""
    whole = math.floor(ms)
    part = ms - whole
    if abs(part - 0.5) < max(_NEAR_HALF, 8 * math.ulp(ms)):  # (a float's step at big serials)
        raise _Unsure
    return whole + 1 if part > 0.5 else whole


# ---------------------------------------------------------------- shared strings


class _SharedStrings:
    """The shared strings, parsed only as far as the highest index asked for."""

    def __init__(self, archive: zipfile.ZipFile, part: str | None) -> None:
        self.texts: list[str] = []
        self._items = _string_items(archive, part) if part else iter(())

    def __getitem__(self, index: int) -> str:
        while len(self.texts) <= index:
            self.texts.append(next(self._items))  # StopIteration: no such string, not sure
        return self.texts[index]


def _string_items(archive: zipfile.ZipFile, part: str) -> Iterator[str]:
    with archive.open(part) as stream:
        for _, element in ElementTree.iterparse(stream, events=("end",)):
            if element.tag == f"{_MAIN}si":
                yield _text_of(element)
                element.clear()


def _text_of(element: ElementTree.Element) -> str:
    """An ``<si>`` or ``<is>``: its text, or its runs' texts joined (phonetic runs left out)."""
    parts: list[str] = []
    for child in element:
        if child.tag == f"{_MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{_MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{_MAIN}t"))
        elif child.tag != f"{_MAIN}rPh" and child.tag != f"{_MAIN}phoneticPr":
            raise _Unsure
    text = "".join(parts)
    if "_x" in text:  # an escaped character (``_x000D_``): not sure how it is read
        raise _Unsure
    return text


# ---------------------------------------------------------------- the sheet's rows


def _sheet_rows(
    archive: zipfile.ZipFile,
    part: str,
    limit: int,
    styles: list[int],
    strings: _SharedStrings,
    forced: bool,
) -> tuple[
    dict[int, dict[int, Any]],
    int,
    set[int],
    set[int],
    dict[tuple[int, int], str],
    dict[tuple[int, int], CellError],
    bool,
]:
    """The cells by row and column, the width, hidden rows and columns, the formulas without
    a result, the error cells, and whether the sheet goes on after ``limit``."""
    rows: dict[int, dict[int, Any]] = {}
    errors: dict[tuple[int, int], CellError] = {}
    more = False
    hidden_rows: set[int] = set()
    hidden_columns: set[int] = set()
    uncached: dict[tuple[int, int], str] = {}
    width = 0
    number = 0
    cells = 0
    row_tag, cell_tag, col_tag = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}col"
    with archive.open(part) as stream:
        for _, element in ElementTree.iterparse(stream):
            tag = element.tag
            if tag == row_tag:
                said = element.get("r")
                number = int(said) if said and said.isdigit() else number + 1
                if number > limit:
                    more = True
                    break
                if element.get("hidden") in ("1", "true"):
                    hidden_rows.add(number)
                for cell in element:
                    if cell.tag != cell_tag:
                        raise _Unsure
                    column, value, formula = _cell(cell, number, styles, strings, forced)
                    if formula is not None:
                        uncached[(number, column)] = formula
                    if isinstance(value, CellError):
                        errors[(number, column)] = value
                        value = ""
                    if value is not None:
                        rows.setdefault(number, {})[column] = value
                        width = max(width, column + 1)
                cells += len(element)
                if cells > _MOST_CELLS:  # a hostile row: the full read's checks decide
                    raise _Unsure
                element.clear()
            elif tag == col_tag and element.get("hidden") in ("1", "true"):
                first, last = int(element.get("min", "0")), int(element.get("max", "0"))
                hidden_columns.update(range(first - 1, min(last, 16_384)))
            elif tag == f"{_MAIN}sheetData":
                break
    return rows, width, hidden_rows, hidden_columns, uncached, errors, more


def _cell(
    cell: ElementTree.Element,
    row: int,
    styles: list[int],
    strings: _SharedStrings,
    forced: bool,
) -> tuple[int, Any, str | None]:
    """(column, value or None for no value, the formula when its result is not held)."""
    found = _REF.fullmatch(cell.get("r", ""))
    if found is None or int(found.group(2)) != row:
        raise _Unsure
    column = column_index(found.group(1))
    kind = cell.get("t", "n")
    v = f = inline = None
    for child in cell:
        if child.tag == f"{_MAIN}v":
            v = child
        elif child.tag == f"{_MAIN}f":
            f = child
        elif child.tag == f"{_MAIN}is":
            inline = child
        elif child.tag != f"{_MAIN}extLst":
            raise _Unsure
    formula: str | None = None
    if f is not None:
        has_result = v is not None and (bool(v.text) or kind == "str")
        if forced or not has_result:
            text = (f.text or "").strip()
            formula = f"={text}" if text else ""
    if kind == "inlineStr":
        return column, (_text_of(inline) if inline is not None else None), formula
    if v is None:
        return column, None, formula
    text = v.text or ""
    if kind == "s":
        return column, strings[int(text)], formula
    if kind == "str":
        if "_x" in text:
            raise _Unsure
        return column, text, formula
    if kind == "b":
        if text not in ("0", "1"):
            raise _Unsure
        return column, text == "1", formula
    if kind == "e":
        return column, (CellError(text.strip()) if text else ""), formula
    if kind != "n":
        raise _Unsure  # an ISO date (``t="d"``), or something unknown
    if not text:  # ``<v></v>``: no value (a formula's missing result)
        return column, None, formula
    number = float(text)
    if not math.isfinite(number):
        raise _Unsure
    style = int(cell.get("s", "0"))
    form = styles[style] if style < len(styles) else _OTHER
    return column, (_dated(number, form) if form != _OTHER else number), formula


def _uncached(raw: RawSheet, uncached: dict[tuple[int, int], str]) -> None:
    """What ``reader.apply_marks`` does with the formulas whose result the file does not hold."""
    place_uncached(raw, uncached, {number for number, _ in raw.rows})


def _too_large(raw: RawSheet) -> bool:
    limit = limits.MAX_READ_CELL_CHARS
    return any(type(v) is str and len(v) > limit for _, values in raw.rows for v in values)
