"""Reading workbooks into RawSheets: python-calamine first, openpyxl only where it cannot serve.

``list_sheets(path)`` names the sheets with their row counts; ``read_sheet(path, sheet)`` reads one.
Every file goes through ``filetype.readable`` first, so a hostile file never reaches a reader, a
file is read as what its content is (whatever its name says; ``RawSheet.notices`` then says so),
an odd but valid package is read from a normalised copy, and every failure comes out as one
``SheetError``. The libraries' own warnings (openpyxl's, with their site-packages paths) never
reach the merchant: they go to the debug log.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import os
import warnings
from collections.abc import Iterator, Mapping
from itertools import chain
from pathlib import Path
from typing import Any

import python_calamine as calamine

from app.catalog.parsing import EXCEL_ERRORS, CellError, UncachedFormula
from app.sheets import limits
from app.sheets.cell_errors import cell_name
from app.sheets.csv_reader import read_csv
from app.sheets.errors import SheetError
from app.sheets.filetype import Format, readable
from app.sheets.gc_pause import paused_gc
from app.sheets.openpyxl_reader import read_with_openpyxl
from app.sheets.raw import (
    RawSheet,
    SheetInfo,
    pick_sheet,
    row_is_blank,
    trim_trailing_blank_rows,
)
from app.sheets.sheet_marks import SheetMarks, read_marks

SheetRef = str | int | None
log = logging.getLogger(__name__)


@contextlib.contextmanager
def quiet_libraries() -> Iterator[None]:
    """The readers' warnings (openpyxl: "no default style", "extension is not supported"…) go
    to the debug log, not to the merchant's screen: none of them asks the merchant to act."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                log.debug("a reader warned: %s: %s", warning.category.__name__, warning.message)


def list_sheets(path: str | Path) -> list[SheetInfo]:
    """The worksheets of a workbook (chart sheets left out) with their row counts."""
    path = Path(path)
    with quiet_libraries(), paused_gc(), readable(path) as (found, source):
        return _list_sheets(source, found.format, path.name)


def _list_sheets(path: Path, fmt: Format, file_name: str) -> list[SheetInfo]:
    if fmt is Format.CSV:
        raw = read_csv(path)
        return [SheetInfo(raw.name, raw.rows[-1][0] if raw.rows else 0)]
    with _open(path, fmt) as book:
        infos = []
        for meta in _worksheets(book):
            try:
                sheet = book.get_sheet_by_name(meta.name)
            except calamine.CalamineError:
                raise SheetError("corrupt", name=file_name) from None
            end = sheet.end
            infos.append(
                SheetInfo(
                    meta.name,
                    end[0] + 1 if end else 0,
                    meta.visible != calamine.SheetVisibleEnum.Visible,
                )
            )
    if not infos:
        raise SheetError("empty_workbook", name=file_name)
    return infos


def worksheet_visibility(path: str | Path) -> list[tuple[str, bool]]:
    """The worksheets' (name, hidden), from the workbook's metadata alone (no sheet is read);
    empty for a file only the slow reader opens or that has no sheets (CSV). Right after
    ``read_sheet`` read the same, unchanged file, what it saw of the metadata (the file is not
    examined and opened a second time: its checks guard the reading of a sheet's cells, and
    this reads none)."""
    path = Path(path)
    identity = _identity(path)
    seen = _seen_worksheets.get(identity) if identity is not None else None
    if seen is not None:
        return list(seen)
    with quiet_libraries(), paused_gc(), readable(path) as (found, source):
        if found.format == "csv":
            return []
        with _open(source, found.format) as book:
            metas = _worksheets(book)
    return [(m.name, m.visible != calamine.SheetVisibleEnum.Visible) for m in metas]


def read_sheet(path: str | Path, sheet: SheetRef = None, *, fallback: bool = True) -> RawSheet:
    """One sheet's values (by name or 0-based index; by default the first visible worksheet).

    ``fallback=False``: a sheet python-calamine cannot parse is "corrupt", as ``list_sheets``
    says of it, rather than read again with openpyxl (the window reads a workbook's only sheet
    without listing it first: one parse instead of two, the same answer)."""
    path = Path(path)
    _seen_worksheets.clear()
    with quiet_libraries(), paused_gc(), readable(path) as (found, source):
        before = _identity(path)
        raw = _read_sheet(source, found.format, sheet, None if fallback else path.name)
        metas = _last_metas.pop(source, None)
        if metas is not None and before is not None and _identity(path) == before:
            _seen_worksheets[before] = [
                (m.name, m.visible != calamine.SheetVisibleEnum.Visible) for m in metas
            ]
    raw.path = path  # the merchant's file, also when a normalised copy was read
    raw.notices = list(found.notices) + raw.notices
    return raw


#: The worksheets the last ``read_sheet`` saw, by the file's identity (``_identity``): what
#: ``worksheet_visibility`` answers for the same file unchanged. Only the last file is kept.
_seen_worksheets: dict[tuple[int, int, int, int], list[tuple[str, bool]]] = {}
#: The metadata ``_read_calamine`` saw, by the path it opened, for ``read_sheet`` to take.
_last_metas: dict[Path, list[calamine.SheetMetadata]] = {}


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    """(device, inode, size, modification time in ns) of the file: another file, or the same
    file written again, has another."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _read_sheet(
    path: Path, fmt: Format, sheet: SheetRef, strict_name: str | None = None
) -> RawSheet:
    if fmt is Format.CSV:
        return read_csv(path)
    try:
        raw = _read_calamine(path, fmt, sheet)
    except _CalamineFailed:
        if strict_name is not None:
            raise SheetError("corrupt", name=strict_name) from None
        if fmt is not Format.XLSX:
            raise SheetError("corrupt", name=path.name) from None
        raw = read_with_openpyxl(path, sheet)
    if fmt in (Format.XLSX, Format.ODS):
        marks = read_marks(path, raw.name, fmt.value, raw.rows[-1][0] if raw.rows else 0)
        _put_errors(raw.rows, marks.errors)
        apply_marks(raw, marks)
    check_cell_sizes(raw)
    return raw


def apply_marks(raw: RawSheet, marks: SheetMarks) -> None:
    """Hidden rows and columns noted on the sheet; every formula whose result the file does not
    hold becomes an ``UncachedFormula`` in its cell, never a 0 or an empty cell. A row holding
    nothing but such formulas (a formula dragged down past the products) is a blank row."""
    present = {number for number, _ in raw.rows}
    raw.hidden_rows = frozenset(marks.hidden_rows & present)
    raw.hidden_columns = frozenset(marks.hidden_columns)
    place_uncached(raw, marks.uncached, present)


def place_uncached(
    raw: RawSheet, uncached: Mapping[tuple[int, int], str], present: set[int]
) -> None:
    """Each formula whose result the file does not hold (``(sheet row, column) → formula``)
    put in its cell as an ``UncachedFormula``, on the rows ``present`` in the sheet; a row
    holding nothing else is blank, and trailing blank rows go."""
    by_row: dict[int, list[int]] = {}
    for sheet_row, column in uncached:
        by_row.setdefault(sheet_row, []).append(column)
    for sheet_row, columns in by_row.items():
        values = raw.values_of(sheet_row)
        if not values and sheet_row not in present:
            continue
        inside = [c for c in columns if c < limits.MAX_FORMULA_COLUMN]
        values.extend([""] * (max(inside, default=-1) + 1 - len(values)))
        if row_is_blank([v for i, v in enumerate(values) if i not in inside]):
            for column in inside:
                values[column] = ""
            continue
        for column in inside:
            values[column] = UncachedFormula(uncached[(sheet_row, column)])
    trim_trailing_blank_rows(raw.rows)


class _CalamineFailed(Exception):
    pass


def _calamine_book(path: Path, fmt: Format) -> calamine.CalamineWorkbook:
    """The Rust reader opens a path only when its name is valid UTF-8, and picks its format by
    the name's extension; a name that is not UTF-8 (on Linux it arrives surrogate-escaped) or
    that names another format (an .xls saved as .xlsx) is read from the file's bytes instead,
    where the reader goes by the content."""
    try:
        str(path).encode("utf-8")
        named = path.suffix.lower().lstrip(".") in _SUFFIXES[fmt]
    except UnicodeEncodeError:
        named = False
    if not named:
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
    return calamine.CalamineWorkbook.from_path(str(path))


#: The extensions under which python-calamine reads each format from a path.
_SUFFIXES = {
    Format.XLSX: ("xlsx", "xlsm", "xltx", "xltm"),
    Format.XLS: ("xls", "xla"),
    Format.ODS: ("ods",),
    Format.CSV: (),
}


def _open(path: Path, fmt: Format) -> calamine.CalamineWorkbook:
    try:
        return _calamine_book(path, fmt)
    except calamine.PasswordError:
        raise SheetError("password_protected", name=path.name) from None
    except calamine.CalamineError:
        raise SheetError("corrupt", name=path.name) from None


def _worksheets(book: calamine.CalamineWorkbook) -> list[calamine.SheetMetadata]:
    return [m for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]


def _read_calamine(path: Path, fmt: Format, sheet: SheetRef) -> RawSheet:
    try:
        book = _calamine_book(path, fmt)
    except calamine.PasswordError:
        raise SheetError("password_protected", name=path.name) from None
    except calamine.CalamineError:
        raise _CalamineFailed from None
    with book:
        metas = _worksheets(book)
        _last_metas.clear()
        _last_metas[path] = metas
        name = pick_sheet(
            [m.name for m in metas],
            [m.visible == calamine.SheetVisibleEnum.Visible for m in metas],
            sheet,
            path.name,
        )
        try:
            data = book.get_sheet_by_name(name)
            values = data.to_python(skip_empty_area=False)
            merged = data.merged_cell_ranges or []
        except calamine.CalamineError:
            raise _CalamineFailed from None
    rows: list[tuple[int, list[Any]]] = list(enumerate(values, 1))
    trim_trailing_blank_rows(rows)
    if fmt is not Format.XLSX:  # .xlsx: the error cells are read with the sheet's marks
        _errors_from_text(rows)
    return RawSheet(name, path, rows, fmt.value, merged)


def _put_errors(
    rows: list[tuple[int, list[Any]]], errors: dict[tuple[int, int], CellError]
) -> None:
    for (sheet_row, column), error in errors.items():
        if 0 < sheet_row <= len(rows) and column < len(rows[sheet_row - 1][1]):
            rows[sheet_row - 1][1][column] = error


def _errors_from_text(rows: list[tuple[int, list[Any]]]) -> None:
    """.xls and .ods: an error value arrives as its text (or as ``''``, which cannot be told)."""
    for _, values in rows:
        for i, value in enumerate(values):
            if type(value) is str and value in EXCEL_ERRORS:
                values[i] = CellError(value)


_is_text = functools.partial(type.__instancecheck__, str)


def check_cell_sizes(raw: RawSheet) -> None:
    """A cell of megabytes is not a merchant's data: refuse the sheet with one clear error."""
    limit = limits.MAX_READ_CELL_CHARS
    # first the longest text of the sheet, in C (any str, subclasses too: an upper bound of
    # the plain texts below); only a sheet holding one that long is walked row by row
    cells = chain.from_iterable(values for _, values in raw.rows)
    if max(map(len, filter(_is_text, cells)), default=0) <= limit:
        return
    for sheet_row, values in raw.rows:
        if any(type(v) is str and len(v) > limit for v in values):
            column = next(i for i, v in enumerate(values) if type(v) is str and len(v) > limit)
            raise SheetError(
                "cell_too_large",
                sheet=raw.name,
                cell=cell_name(sheet_row, column),
                length=len(values[column]),
                limit=limit,
            )
