"""Out-of-bounds input, refused before any reader parses it.

- Anything that is not a regular file (a FIFO, a device, a directory, a socket) is refused from
  its ``fstat``, opened with ``O_NONBLOCK`` so that a FIFO with no writer never blocks.
- A CSV larger than ``limits.MAX_CSV_BYTES`` is refused with its size.
- An .xlsx sheet whose real extent (last row × last column holding a value) exceeds
  ``limits.MAX_SHEET_CELLS`` is refused with the figure. python-calamine builds the whole
  rectangle from the sheet's cells (``Range::from_sparse``), so a single value at XFD1048576
  makes it ask for 549 GB and abort the process. The declared ``<dimension ref>`` is not trusted
  either way: calamine does not allocate from it, and neither do we.

The extent scan streams the sheet's XML from the zip (1 MB at a time, never the whole part in
memory). A cheap pass bounds the extent from the ``<row r=…>`` numbers and the *length* of cell
references (found by literal search after mapping letters and digits to one shape); only when that
bound exceeds the limit does an exact pass walk every row and cell tag.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

from app.sheets import limits
from app.sheets.cell_errors import column_index, sheet_parts
from app.sheets.errors import SheetError

_BLOCK = 1 << 20
#: Letters become ``A`` and digits ``0``: ``<c r="AB123">`` reads `` r="AA000"``.
_SHAPE = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"A" * 26 + b"0" * 10)
_ROW_NUMBER = re.compile(rb'<(?:[\w.-]+:)?row\b[^>]*?\sr="([0-9]{1,9})"')
_PLAIN_ROW_NUMBER = re.compile(rb'<row r="([0-9]{1,9})"')
_ROW_TAG = re.compile(rb"<(?:[\w.-]+:)?row[\s>/]")
_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(\s[^>]*?)?(/?)>")
_R_ATTR = re.compile(rb'\sr="([A-Z]{0,3})([0-9]{0,9})"')
_COLUMNS_FOR_LETTERS = {1: 26, 2: 702, 3: 16_384}


def open_regular(path: Path) -> int:
    """The size of ``path`` if it is a regular file; else a SheetError, without ever blocking."""
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise SheetError("not_found", name=name) from None
    except IsADirectoryError:
        raise SheetError("not_a_file", name=name, kind=_kind(stat.S_IFDIR)) from None
    except OSError as exc:
        raise SheetError("unreadable", name=name, reason=exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
    finally:
        os.close(fd)
    if not stat.S_ISREG(info.st_mode):
        raise SheetError("not_a_file", name=name, kind=_kind(info.st_mode))
    return info.st_size


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_csv_size(name: str, size: int) -> None:
    if size > limits.MAX_CSV_BYTES:
        raise SheetError(
            "csv_too_large",
            name=name,
            size=f"{size / 2**20:,.0f}",
            limit=f"{limits.MAX_CSV_BYTES // 2**20:,}",
        )


def check_xlsx_extent(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse the workbook if one of its sheets spans more than ``MAX_SHEET_CELLS`` cells.

    The same file, unchanged since it last passed (the window's first rows, then its whole
    sheet, in one reading process), is not scanned a second time."""
    identity = _identity(path)
    if identity is not None and (*identity, limits.MAX_SHEET_CELLS) in _PASSED:
        return
    try:
        parts = sheet_parts(archive)
    except (KeyError, SyntaxError):
        return  # no readable workbook part: the reader says "damaged"
    names = set(archive.namelist())
    for sheet, part in parts.items():
        if part not in names:
            continue
        rows, columns = sheet_extent(archive, part)
        if rows * columns > limits.MAX_SHEET_CELLS:
            raise SheetError(
                "too_many_cells",
                name=path.name,
                sheet=sheet,
                rows=rows,
                columns=columns,
                cells=rows * columns,
                limit=limits.MAX_SHEET_CELLS,
            )
    if identity is not None and identity == _identity(path):
        _PASSED.clear()  # only the last file is kept
        _PASSED.add((*identity, limits.MAX_SHEET_CELLS))


#: The file that last passed ``check_xlsx_extent``: (device, inode, size, modification time,
#: the limit it passed under).
_PASSED: set[tuple[int, int, int, int, int]] = set()


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def sheet_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """(rows, columns) of one sheet: an upper bound (or an impossible figure that asks for an
    exact count), exact when it matters."""
    rows, columns = _bound(archive, part)
    if rows * columns <= limits.MAX_SHEET_CELLS:
        return rows, columns
    return _exact(archive, part)


def _blocks(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part's XML in blocks that each end just before a ``<`` (no tag is cut in two)."""
    carry = b""
    with archive.open(part) as stream:
        while block := stream.read(_BLOCK):
            block = carry + block
            cut = block.rfind(b"<")
            if cut <= 0 or len(block) - cut > _BLOCK:
                carry = b""
                yield block
            else:
                carry = block[cut:]
                yield block[:cut]
    if carry:
        yield carry


def _bound(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    last_row = 0  # the highest <row r=…>
    rows_tagged = rows_numbered = 0
    letters = 1  # the most letters in a cell reference's column
    digits = 0  # the most digits in a cell reference's row (or the <dimension ref>)
    for block in _blocks(archive, part):
        tagged = block.count(b"<row")
        numbers = _PLAIN_ROW_NUMBER.findall(block)
        if len(numbers) < tagged or b":row" in block:  # attributes in another order, prefixes
            numbers = _ROW_NUMBER.findall(block)
            tagged = len(_ROW_TAG.findall(block))
        if numbers:
            last_row = max(last_row, max(map(int, numbers)))
        rows_numbered += len(numbers)
        rows_tagged += tagged
        shape = block.translate(_SHAPE)
        letters = next(
            (n for n in range(3, letters, -1) if b' r="' + b"A" * n + b"0" in shape), letters
        )
        digits = next((n for n in range(9, digits, -1) if b"A" + b"0" * n + b'"' in shape), digits)
    if rows_tagged > rows_numbered:  # rows without a number follow the previous one
        last_row += rows_tagged
    # a reference with more digits than every row number: a cell below every row (or text that
    # looks like one; either way the exact pass decides). Compared once at the end, with the
    # highest row of the whole sheet: the <dimension ref> that opens the part names the last
    # row long before the blocks reach it, and must not send every large sheet to the exact pass.
    if digits > len(str(last_row)):
        return limits.MAX_SHEET_CELLS + 1, 1
    return max(last_row, 1), _COLUMNS_FOR_LETTERS[letters]


def _exact(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """Every row and cell tag, positioned as the reader positions them (a cell's own reference
    first, else the next column of the current row); cells that cannot hold a value (``<c/>``)
    do not count."""
    row = 0
    column = -1
    last_row = last_column = 0
    for block in _blocks(archive, part):
        for tag, attrs, closed in _TAG.findall(block):
            ref = _R_ATTR.search(attrs) if attrs else None
            if tag == b"row":
                row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                column = -1
                continue
            if ref and ref.group(1) and ref.group(2):
                column = column_index(ref.group(1).decode())
                cell_row = int(ref.group(2))
            else:
                column += 1
                cell_row = row
            if not closed:
                last_row = max(last_row, cell_row)
                last_column = max(last_column, column + 1)
    return last_row, last_column
