"""The results columns' cells written into the saved sheet as text, not as openpyxl cells.

A results workbook adds six columns to every row (status, code, message, product id, batch id,
request id): tens of thousands of cells that openpyxl would make an object of, bind, and then
serialise one by one through its XML writer. They are plain texts without a style, to the right
of every other cell of their row, so ``ResultRows`` keeps them as values and writes them into
each ``<row>`` of the worksheet's XML as openpyxl saves it (``save_book(..., rows=...)``): the
same values in the same cells, read back alike by openpyxl, Excel and LibreOffice (as inline
strings rather than entries of the shared strings list); every other part of the workbook is
openpyxl's own save, unchanged.

A row's results go through openpyxl as before whenever the text way could differ: a cell of the
row already exists at or right of the first results column (a mark, an edit written into a
results column, a column added for a field, a formatted empty cell), the row has no element in
the saved sheet (no other cell), or a value openpyxl would treat otherwise (a formula's ``=``,
a character XML cannot hold, a text beyond a cell's limit).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from app.sheets.bulk_rows import ILLEGAL

#: The longest text openpyxl keeps in a cell (it cuts longer ones).
MAX_TEXT = 32767
_ROW_START = re.compile(rb'<row r="(\d+)"[^>]*?(/?)>')


class ResultRows:
    """The results cells of one worksheet, by sheet row, written as text when it is saved."""

    def __init__(self, sheet: Any, columns: list[int]) -> None:
        from openpyxl.utils import get_column_letter

        self.sheet = sheet
        self.first = min(columns)
        self._letters = {c: get_column_letter(c) for c in columns}
        self._rows: dict[int, list[tuple[int, str]]] = {}

    def takes(self, values: list[tuple[int, str]]) -> bool:
        """Whether these (column, text) cells can be written as text (columns ascending)."""
        return all(
            c in self._letters
            and type(v) is str
            and not v.startswith("=")
            and len(v) <= MAX_TEXT
            and not ILLEGAL.search(v)
            for c, v in values
        )

    def add(self, row: int, values: list[tuple[int, str]]) -> None:
        """A row's results cells (non-empty texts, columns ascending)."""
        self._rows[row] = values

    def settle(self) -> None:
        """Right before saving: the rows the text way cannot take get openpyxl cells, as the
        plain path writes them (a cell at or right of the first results column, or none)."""
        present: set[int] = set()
        blocked: set[int] = set()
        first = self.first
        for r, c in self.sheet._cells:
            present.add(r)
            if c >= first:
                blocked.add(r)
        self.write_as_cells([r for r in self._rows if r in blocked or r not in present])

    def write_as_cells(self, rows: Iterable[int] | None = None) -> None:
        """These rows' results (all when None) as openpyxl cells: the plain way."""
        for r in list(self._rows) if rows is None else rows:
            for column, value in self._rows.pop(r):
                self.sheet.cell(r, column).value = value

    def splice(self, xml: bytes) -> bytes:
        """The worksheet's XML as openpyxl wrote it, with the rows' results cells in it."""
        if not self._rows:
            return xml
        rows = self._rows
        letters = self._letters
        parts: list[bytes] = []
        done = 0
        at = 0
        for match in _ROW_START.finditer(xml):
            r = int(match.group(1))
            values = rows.get(r)
            if values is None:
                continue
            cells = "".join(_cell(letters[c], r, v) for c, v in values).encode("utf-8")
            if match.group(2):  # <row r="5"/>: no cell written
                parts += [xml[at : match.end() - 2], b">", cells, b"</row>"]
                at = match.end()
            else:
                end = xml.index(b"</row>", match.end())
                parts += [xml[at:end], cells]
                at = end
            done += 1
        if done != len(rows):
            missing = sorted(set(rows) - {int(m.group(1)) for m in _ROW_START.finditer(xml)})
            raise ValueError(f"rows {missing[:5]} are not in the saved sheet")
        parts.append(xml[at:])
        return b"".join(parts)


def _cell(letter: str, row: int, value: str) -> str:
    """A text cell as openpyxl's writer writes it (``etree_write_cell``): an inline string,
    ``xml:space="preserve"`` when spaces at an end would otherwise be lost."""
    stripped = value.strip()
    space = ' xml:space="preserve"' if stripped and value != stripped else ""
    return f'<c r="{letter}{row}" t="inlineStr"><is><t{space}>{element_text(value)}</t></is></c>'


def element_text(value: str) -> str:
    """Element text escaped as ElementTree escapes it (``&``, ``<``, ``>``)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value
