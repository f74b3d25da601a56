"""CSV files: the encoding detected, the delimiter sniffed, values typed like a spreadsheet would.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), else cp1252
(what Excel on Windows writes for "CSV"). Delimiters: ``,`` ``;`` or tab, whichever splits the
first lines into the most consistent number of columns.

Typing follows Excel, except where Excel destroys data: ``123`` → 123, ``1.5`` → 1.5, ``TRUE`` →
True, ``2024-01-31`` → a date, ``#N/A`` → CellError; but ``00123`` (leading zero), numbers of
more than 15 digits and ``1.250`` (a dot before three digits: Indonesian thousands) stay text.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

from app.catalog.parsing import EXCEL_ERRORS, CellError
from app.sheets import limits
from app.sheets.errors import SheetError
from app.sheets.raw import RawSheet, trim_trailing_blank_rows

_INT = re.compile(rf"-?(?:0|[1-9]\d{{0,{limits.CSV_MAX_INT_DIGITS - 1}}})")
_FLOAT = re.compile(r"-?(?:0|[1-9]\d{0,14})(?:\.(?:\d{1,2}|\d{4,}))|-?\d+(?:\.\d+)?[eE][-+]?\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?")


def decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise SheetError("not_a_spreadsheet", name=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    lines = text.splitlines()[: limits.CSV_SNIFF_LINES]
    best, best_score = ",", (0, 0)
    for delimiter in limits.CSV_DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not counts:
            continue
        width, often = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (often, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def typed(text: str) -> Any:
    """A CSV field as a spreadsheet would type it, without losing digits."""
    if not text:
        return ""
    first = text[0]
    if first.isdigit() or first == "-":
        if _INT.fullmatch(text):
            return int(text)
        if _FLOAT.fullmatch(text):
            return float(text)
        if _DATE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                return text
        if _DATETIME.fullmatch(text):
            try:
                return dt.datetime.fromisoformat(text)
            except ValueError:
                return text
        return text
    if first == "#" and text in EXCEL_ERRORS:
        return CellError(text)
    upper = text.upper()
    if upper == "TRUE":
        return True
    if upper == "FALSE":
        return False
    return text


def read_csv(path: Path) -> RawSheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError("unreadable", name=path.name, reason=exc.strerror or str(exc)) from None
    text = decode(data, path.name)
    if not text.strip():
        raise SheetError("empty_workbook", name=path.name)
    delimiter = sniff_delimiter(text)
    previous = csv.field_size_limit(limits.MAX_READ_CELL_CHARS)
    rows: list[tuple[int, list[Any]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for values in reader:
            # a quoted field may span lines: rows are numbered by record, as Excel shows them
            rows.append((len(rows) + 1, [typed(v) for v in values]))
    except csv.Error as exc:
        if "field larger" not in str(exc):
            raise SheetError("corrupt", name=path.name) from None
        raise SheetError(
            "cell_too_large",
            sheet=path.stem,
            cell=f"A{len(rows) + 1}…",
            length=f"> {limits.MAX_READ_CELL_CHARS}",
            limit=limits.MAX_READ_CELL_CHARS,
        ) from None
    finally:
        csv.field_size_limit(previous)
    trim_trailing_blank_rows(rows)
    width = max((len(v) for _, v in rows), default=0)
    for _, values in rows:
        if len(values) < width:
            values.extend([""] * (width - len(values)))
    return RawSheet(path.stem, path, rows, "csv")
