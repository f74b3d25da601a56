"""Thousands of rows into an openpyxl workbook without a cell object each.

openpyxl builds an object per cell and serialises each through its XML library: fine for a
template's two example rows, seconds for an export of 5,000 products × 25 columns. Here the rows
are kept as plain values and written as the worksheet's ``<row>`` elements in one pass, after
openpyxl has saved everything else of the book (headers, widths, drop-downs, styles, the other
sheets): ``save_atomically(book, path, after_save=bulk.splice)``.

Cells are written as Excel writes them: numbers as ``<v>``, text as inline strings (never a
formula, whatever it starts with), each with a style made through openpyxl (so the style sheet
holds it). Characters XML cannot carry (control characters) are dropped, as openpyxl refuses
them; everything else is kept exactly, line breaks and spaces included.
"""

from __future__ import annotations

import math
import os
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: Characters an XML 1.0 document cannot hold (openpyxl refuses them in a cell).
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPECIAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff&<>\r]")
#: One pass over a text: the illegal characters dropped, the markup ones escaped.
_TEXT = str.maketrans(
    {
        **{chr(c): None for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))},
        "\ufffe": None,
        "\uffff": None,
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "\r": "&#13;",
    }
)
_SHEET_DATA_END = b"</sheetData>"
_SHEET_DATA_EMPTY = b"<sheetData />"
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def text_xml(value: str) -> str:
    """A text cell's content: illegal characters dropped, the rest escaped."""
    return value.translate(_TEXT) if _SPECIAL.search(value) else value


class BulkRows:
    """Rows for one worksheet, written below the rows openpyxl holds (``first_row`` on)."""

    def __init__(self, sheet: Any, first_row: int) -> None:
        self.sheet = sheet
        self.first_row = first_row
        self._chunks: list[str] = []
        self._row = first_row
        self._width = 0
        self._styles: dict[tuple[str | None, bool], int] = {}
        self._letters: list[str] = []

    @property
    def last_row(self) -> int:
        return self._row - 1

    def style(self, number_format: str | None = None, wrap: bool = False) -> int:
        """The style id of cells with this number format (and wrapped text), made through
        openpyxl so that its style sheet holds it."""
        key = (number_format, wrap)
        found = self._styles.get(key)
        if found is None:
            from openpyxl.styles import Alignment

            probe = self.sheet.cell(self.sheet.max_row + 1, 1)
            if number_format:
                probe.number_format = number_format
            if wrap:
                probe.alignment = Alignment(wrap_text=True, vertical="top")
            found = self._styles[key] = probe.style_id
            del self.sheet._cells[(probe.row, probe.column)]
        return found

    def add(self, values: Sequence[Any], styles: Sequence[int] | None = None) -> None:
        """One row: a value per column (None or ``""`` for an empty cell) and its style id."""
        number = self._row
        cells: list[str] = []
        letters = self._letters
        if len(letters) < len(values):
            from openpyxl.utils import get_column_letter

            letters.extend(get_column_letter(n) for n in range(len(letters) + 1, len(values) + 1))
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            ref = f"{letters[column]}{number}"
            style = styles[column] if styles is not None else 0
            s = f' s="{style}"' if style else ""
            if isinstance(value, bool):
                cells.append(f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float) and math.isfinite(value):
                cells.append(f'<c r="{ref}"{s}><v>{value!r}</v></c>')
            else:
                text = text_xml(str(value))
                cells.append(
                    f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
                )
            self._width = max(self._width, column + 1)
        self._chunks.append(f'<row r="{number}">{"".join(cells)}</row>')
        self._row += 1

    def xml(self) -> bytes:
        return "".join(self._chunks).encode("utf-8")

    def dimension(self) -> bytes:
        from openpyxl.utils import get_column_letter

        width = max(self._width, self.sheet.max_column, 1)
        last = max(self.last_row, self.sheet.max_row, 1)
        return f'<dimension ref="A1:{get_column_letter(width)}{last}"/>'.encode()


def splice(path: Path, bulks: Sequence[BulkRows]) -> None:
    """Put each ``BulkRows``' rows into its worksheet of the workbook openpyxl saved at
    ``path`` (its ``after_save`` step): the file is rewritten beside itself, then replaced."""
    parts = {bulk.sheet.path.lstrip("/"): bulk for bulk in bulks}
    spliced = path.with_name(path.name + ".rows")
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(spliced, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for info in source.infolist():
                data = source.read(info)
                bulk = parts.pop(info.filename, None)
                if bulk is not None:
                    data = _with_rows(data, bulk, info.filename)
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        if parts:
            raise ValueError(f"no worksheet part {sorted(parts)} in the saved workbook")
        os.replace(spliced, path)
    finally:
        if spliced.exists():
            spliced.unlink()


def _with_rows(data: bytes, bulk: BulkRows, part: str) -> bytes:
    rows = bulk.xml()
    if _SHEET_DATA_END in data:
        data = data.replace(_SHEET_DATA_END, rows + _SHEET_DATA_END, 1)
    elif _SHEET_DATA_EMPTY in data:
        data = data.replace(_SHEET_DATA_EMPTY, b"<sheetData>" + rows + _SHEET_DATA_END, 1)
    else:
        raise ValueError(f"{part} has no sheetData")
    return _DIMENSION.sub(bulk.dimension(), data, count=1)
