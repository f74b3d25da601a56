"""Excel error values (``#N/A``, ``#VALUE!`` ...) in an .xlsx sheet.

python-calamine reads an error cell as ``''``, the same as an empty cell, which would silently
drop data. So the sheet's XML is scanned for error cells (``t="e"``) as a stream of bytes — cheap,
and usually it finds none; only when it does is the XML parsed (streaming) to locate them.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from app.catalog.parsing import CellError

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MARK = b't="e"'
_REF = re.compile(r"([A-Z]{1,3})(\d+)")


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → path of its XML part inside the archive."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, str] = {}
    if rels_name in archive.namelist():
        for rel in ElementTree.fromstring(archive.read(rels_name)).iter(f"{_PKG_REL}Relationship"):
            target = rel.get("Target", "")
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            targets[rel.get("Id", "")] = path
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        rid = sheet.get(f"{_REL}id", "")
        if rid in targets:
            parts[sheet.get("name", "")] = targets[rid]
    return parts


def column_index(letters: str) -> int:
    """``A`` → 0, ``AB`` → 27."""
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number - 1


def column_letters(index: int) -> str:
    """0 → ``A``, 27 → ``AB``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(sheet_row: int, column: int) -> str:
    """The cell's name as Excel shows it, e.g. ``C7``."""
    return f"{column_letters(column)}{sheet_row}"


def find_cell_errors(path: Path, sheet: str) -> dict[tuple[int, int], CellError]:
    """(sheet row 1-based, column 0-based) → CellError for every error cell of ``sheet``."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_parts(archive).get(sheet)
            if part is None or not _contains_mark(archive, part):
                return {}
            return dict(_parse_errors(archive, part))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError):
        return {}  # calamine read the sheet; a part we cannot scan only loses error detection


def _contains_mark(archive: zipfile.ZipFile, part: str) -> bool:
    tail = b""
    with archive.open(part) as stream:
        while block := stream.read(1 << 20):
            if _MARK in block or _MARK in tail + block[:8]:
                return True
            tail = block[-8:]
    return False


def _parse_errors(
    archive: zipfile.ZipFile, part: str
) -> Iterator[tuple[tuple[int, int], CellError]]:
    with archive.open(part) as stream:
        for _, element in ElementTree.iterparse(stream, events=("end",)):
            if element.tag == f"{_MAIN}c":
                if element.get("t") == "e":
                    found = _REF.fullmatch(element.get("r", ""))
                    value = element.find(f"{_MAIN}v")
                    if found and value is not None and value.text:
                        key = (int(found.group(2)), column_index(found.group(1)))
                        yield key, CellError(value.text.strip())
                element.clear()
            elif element.tag == f"{_MAIN}row":
                element.clear()
