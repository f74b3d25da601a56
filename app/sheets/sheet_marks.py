"""What a sheet's XML says beyond its values: hidden rows and columns, and formulas whose result
the file does not hold.

python-calamine gives a sheet's values only. Which rows the merchant hid (by hand or with an
autofilter) and which cells are formulas without a trustworthy result are read here from the
file itself: the part is first scanned as bytes for the few marks that matter (usually there are
none, and that costs one streaming read); only when one is found is the XML parsed, streaming.

A formula's cached result is not trusted when the workbook asks for a full recalculation on
load (``<calcPr fullCalcOnLoad="1"/>``: XlsxWriter and openpyxl write it, and XlsxWriter caches 0
for every formula), or when the cell holds no result at all (``<f>`` without ``<v>``). Excel and
LibreOffice save a result for every formula and no such flag.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from app.catalog.parsing import CellError
from app.sheets.cell_errors import column_index, sheet_parts

_REF = re.compile(r"([A-Z]{1,3})(\d+)")
_NS = rb"(?:[\w.-]+:)?"
# The byte marks looked for before any parsing (plain substring tests: a 50,000-row part is
# scanned at memory speed); a prefixed namespace (``<x:f>``) falls back to a regular expression.
_HIDDEN_MARKS = (b'hidden="1"', b'hidden="true"')
_ERROR_MARK = b't="e"'
_FORMULA_MARKS = (b"</f>", b"<f ", b":f>", b":f ")
_UNCACHED_MARKS = (b"</f></c>", b"</f><v/>", b"</f><v />", b"</f><v></v>")
_UNCACHED_PREFIXED = re.compile(
    rb"</" + _NS + rb"f>\s*(?:</" + _NS + rb"c>|<" + _NS + rb"v\s*/>|<" + _NS + rb"v>\s*</)"
    rb"|<" + _NS + rb"f\b[^>]*/>\s*</" + _NS + rb"c>"
)
FULL_CALC = re.compile(rb'\s*fullCalcOnLoad="(?:1|true)"')
_OVERLAP = 512
_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_HIDDEN = (b'table:visibility="collapse"', b'table:visibility="filter"')


@dataclass(slots=True)
class SheetMarks:
    hidden_rows: set[int] = field(default_factory=set)  # sheet row numbers, 1-based
    hidden_columns: set[int] = field(default_factory=set)  # 0-based
    #: (sheet row, 0-based column) → the formula (``=D2+E2``; ``''`` for a shared formula's
    #: follower, which names none) of every cell whose result the file does not hold
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)
    #: .xlsx: (sheet row, 0-based column) → the Excel error value a cell shows (``#N/A``), which
    #: python-calamine reads as an empty cell
    errors: dict[tuple[int, int], CellError] = field(default_factory=dict)


def read_marks(path: Path, sheet: str, fmt: str, last_row: int) -> SheetMarks:
    """The marks of one sheet of an .xlsx or .ods file, up to row ``last_row`` (nothing for
    other formats, or when the part cannot be read: the values were read, only these marks are
    lost)."""
    try:
        if fmt == "xlsx":
            return _xlsx_marks(path, sheet)
        if fmt == "ods":
            return _ods_marks(path, sheet, last_row)
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError):
        pass
    return SheetMarks()


def recalculates_on_load(archive: zipfile.ZipFile) -> bool:
    """Whether the workbook asks the spreadsheet to recalculate every formula when opened."""
    return bool(FULL_CALC.search(archive.read("xl/workbook.xml")))


# ---------------------------------------------------------------- xlsx


def _xlsx_marks(path: Path, sheet: str) -> SheetMarks:
    marks = SheetMarks()
    with zipfile.ZipFile(path) as archive:
        part = sheet_parts(archive).get(sheet)
        if part is None:
            return marks
        forced = recalculates_on_load(archive)
        hidden, formulas, errors = _scan(archive, part, forced)
        if hidden or formulas or errors:
            _parse_xlsx(archive, part, marks, forced, formulas)
    return marks


def _formula_mark_in(text: bytes, forced: bool) -> bool:
    if forced:
        return any(m in text for m in _FORMULA_MARKS)
    if any(m in text for m in _UNCACHED_MARKS) or (b"/></c>" in text and b"<f " in text):
        return True
    return b":f" in text and bool(_UNCACHED_PREFIXED.search(text))


def _scan(archive: zipfile.ZipFile, part: str, forced: bool) -> list[bool]:
    """[any hidden mark, any formula mark, any error cell] in one streaming read of the part."""
    found = [False, False, False]
    tail = b""
    with archive.open(part) as stream:
        while not all(found) and (block := stream.read(1 << 20)):
            text = tail + block
            found[0] = found[0] or any(m in text for m in _HIDDEN_MARKS)
            found[1] = found[1] or _formula_mark_in(text, forced)
            found[2] = found[2] or _ERROR_MARK in text
            tail = text[-_OVERLAP:]
    return found


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _parse_xlsx(
    archive: zipfile.ZipFile, part: str, marks: SheetMarks, forced: bool, formulas: bool
) -> None:
    row_number = 0
    with archive.open(part) as stream:
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            name = _local(element.tag)
            if event == "start":
                if name == "row":
                    number = element.get("r")
                    row_number = int(number) if number and number.isdigit() else row_number + 1
                    if element.get("hidden") in ("1", "true"):
                        marks.hidden_rows.add(row_number)
                continue
            if name == "c":
                if formulas:
                    _formula_mark(element, forced, marks)
                if element.get("t") == "e":
                    _error_mark(element, marks)
                element.clear()
            elif name == "col":
                if element.get("hidden") in ("1", "true"):
                    first, last = int(element.get("min", "0")), int(element.get("max", "0"))
                    marks.hidden_columns.update(range(first - 1, min(last, 16_384)))
            elif name == "row":
                element.clear()


def _formula_mark(cell: ElementTree.Element, forced: bool, marks: SheetMarks) -> None:
    formula = value = None
    for child in cell:
        name = _local(child.tag)
        if name == "f":
            formula = child
        elif name == "v":
            value = child
    if formula is None:
        return
    has_result = value is not None and (bool(value.text) or cell.get("t") == "str")
    if has_result and not forced:
        return
    found = _REF.fullmatch(cell.get("r", ""))
    if found is None:
        return
    text = (formula.text or "").strip()
    key = (int(found.group(2)), column_index(found.group(1)))
    marks.uncached[key] = f"={text}" if text else ""


def _error_mark(cell: ElementTree.Element, marks: SheetMarks) -> None:
    found = _REF.fullmatch(cell.get("r", ""))
    value = next((c for c in cell if _local(c.tag) == "v"), None)
    if found and value is not None and value.text:
        key = (int(found.group(2)), column_index(found.group(1)))
        marks.errors[key] = CellError(value.text.strip())


# ---------------------------------------------------------------- ods


def _ods_marks(path: Path, sheet: str, last_row: int) -> SheetMarks:
    """Rows and columns with ``table:visibility`` collapse (hidden) or filter (autofilter)."""
    marks = SheetMarks()
    with zipfile.ZipFile(path) as archive:
        if not _ods_has_hidden(archive):
            return marks
        with archive.open("content.xml") as stream:
            _parse_ods(stream, sheet, marks, last_row)
    return marks


def _ods_has_hidden(archive: zipfile.ZipFile) -> bool:
    tail = b""
    with archive.open("content.xml") as stream:
        while block := stream.read(1 << 20):
            text = tail + block
            if any(mark in text for mark in _ODS_HIDDEN):
                return True
            tail = text[-_OVERLAP:]
    return False


def _parse_ods(stream: IO[bytes], sheet: str, marks: SheetMarks, last_row: int) -> None:
    inside, row, column = False, 0, 0
    name_key, visibility = f"{_ODS_TABLE}name", f"{_ODS_TABLE}visibility"
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = element.tag
        if tag == f"{_ODS_TABLE}table":
            if event == "start":
                inside = element.get(name_key) == sheet
            elif inside:
                return
            continue
        if event != "start" or not inside:
            if event == "end" and tag == f"{_ODS_TABLE}table-row":
                element.clear()
            continue
        if tag == f"{_ODS_TABLE}table-row":
            repeat = int(element.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
            if element.get(visibility) in ("collapse", "filter") and row < last_row:
                marks.hidden_rows.update(range(row + 1, min(row + repeat, last_row) + 1))
            row += repeat
        elif tag == f"{_ODS_TABLE}table-column":
            repeat = min(int(element.get(f"{_ODS_TABLE}number-columns-repeated", "1")), 16_384)
            if element.get(visibility) in ("collapse", "filter"):
                marks.hidden_columns.update(range(column, column + repeat))
            column += repeat
