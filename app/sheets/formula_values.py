"""Cached formula results put back after openpyxl saved a workbook.

openpyxl keeps formulas but drops the values Excel cached for them, so a results workbook read
back before Excel recalculates it would show empty cells where the merchant's formulas are
(a price computed by a formula would become "required"). The values read from the source are
still known, so they are written back as the cached values of the product sheet's formulas, and
the workbook's "recalculate everything on load" flag openpyxl sets is taken out again: with it,
every cached value would be untrustworthy (``sheet_marks``), and Excel recalculates a workbook
saved by an older calculation engine on open anyway.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from app.catalog.parsing import CellError, UncachedFormula
from app.sheets.cell_errors import column_index, sheet_parts
from app.sheets.raw import RawSheet
from app.sheets.sheet_marks import FULL_CALC

_FORMULA_CELL = re.compile(
    r'<c r="([A-Z]{1,3})(\d+)"([^>]*?)><f([^>]*)>(.*?)</f>(?:<v\s*/>|<v></v>)?</c>', re.DOTALL
)
_EPOCH = dt.datetime(1899, 12, 30)
_WORKBOOK = "xl/workbook.xml"


def cached(value: Any) -> tuple[str, str] | None:
    """(cell type, value text) as Excel caches it, or None when nothing is known."""
    if value is None or value == "" or isinstance(value, UncachedFormula):
        return None
    if isinstance(value, CellError):
        return "e", escape(value.code)
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if isinstance(value, int | float):
        return "n", repr(float(value)) if isinstance(value, float) else str(value)
    if isinstance(value, dt.datetime | dt.date):
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        return "n", repr((moment - _EPOCH).total_seconds() / 86400)
    if isinstance(value, str):
        return "str", escape(value)
    return None


def restore_cached_values(path: Path, raw: RawSheet, sheet_name: str) -> None:
    """Rewrite the saved file at ``path`` with cached values for the formulas of one sheet."""
    try:
        _restore(path, raw, sheet_name)
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return  # the workbook openpyxl saved stays as it is: Excel recalculates on open


def _restore(path: Path, raw: RawSheet, sheet_name: str) -> None:
    with zipfile.ZipFile(path) as archive:
        part = sheet_parts(archive).get(sheet_name)
        if part is None:
            return
        xml = archive.read(part).decode("utf-8")

        def fill(match: re.Match[str]) -> str:
            letters, row, attrs, f_attrs, formula = match.groups()
            values = raw.values_of(int(row))
            column = column_index(letters)
            found = cached(values[column]) if column < len(values) else None
            if found is None:
                return match.group(0)
            kind, text = found
            attrs = re.sub(r'\s+t="[^"]*"', "", attrs)
            return (
                f'<c r="{letters}{row}"{attrs} t="{kind}"><f{f_attrs}>{formula}</f>'
                f"<v>{text}</v></c>"
            )

        patched, count = _FORMULA_CELL.subn(fill, xml)
        if not count or patched == xml:
            return
        workbook = FULL_CALC.sub(b"", archive.read(_WORKBOOK))
        tmp = path.with_name(path.name + ".cached")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
            for info in archive.infolist():
                if info.filename == part:
                    data = patched.encode("utf-8")
                elif info.filename == _WORKBOOK:
                    data = workbook
                else:
                    data = archive.read(info.filename)
                out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    shutil.move(tmp, path)
