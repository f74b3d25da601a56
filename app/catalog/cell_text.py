"""A cell as text: what the grid shows, what an editor starts with, what a workbook gets back.

Raw cells keep what the workbook holds (text, numbers, booleans, dates, Excel errors, and for a
field spread over several columns a dict of parts). ``cell_text`` turns any of them into one
text that the field's parser reads back to the same value; ``display_text`` is the same text
dressed for the grid.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from app.catalog.choices import YES_NO
from app.catalog.fields import Field, Kind
from app.catalog.parsing import DIMENSION_PARTS, CellError, is_blank, ordered_parts


def rupiah(amount: int) -> str:
    """``1250000`` → ``Rp 1.250.000``."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp " + f"{abs(amount):,}".replace(",", ".")


def scalar_text(value: Any) -> str:
    """One plain cell value as text (whole floats without ``.0``, booleans as Ya/Tidak)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES_NO[0].id if value else YES_NO[1].id
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return (
            value.strftime("%Y-%m-%d %H:%M")
            if value.time() != dt.time()
            else value.strftime("%Y-%m-%d")
        )
    if isinstance(value, CellError):
        return value.code
    return str(value)


def cell_text(field: Field, raw: Any) -> str:
    """The whole value of a field as one cell's text, which the field's parser reads back: what
    an editor starts with and what a workbook cell gets back."""
    return _text(field, raw, None, shown=False)


def display_text(field: Field, raw: Any, value: Any = None) -> str:
    """The text the grid shows: what the merchant wrote, dimensions as ``12 × 12 × 10`` (a
    missing part as ``?``), prices the parser read as Rupiah (``Rp 79.000``), line breaks as
    ``⏎``."""
    return _text(field, raw, value, shown=True)


def _text(field: Field, raw: Any, value: Any, *, shown: bool) -> str:
    if is_blank(raw):
        return ""
    if isinstance(raw, Mapping):
        if field.kind is Kind.DIMENSIONS:
            if shown:
                return " × ".join(scalar_text(raw.get(p)) or "?" for p in DIMENSION_PARTS)
            return "x".join(scalar_text(raw.get(p)) for p in DIMENSION_PARTS)
        if field.kind is Kind.WAREHOUSES:
            pair = ": " if shown else ":"
            return "; ".join(
                f"{k}{pair}{scalar_text(v)}" for k, v in raw.items() if not is_blank(v)
            )
        raw = [v for _, v in ordered_parts(raw) if not is_blank(v)]
        if shown:  # the grid joins numbered parts with ; whatever the field
            return "; ".join(scalar_text(v) for v in raw)
    if isinstance(raw, list | tuple):
        joiner = ", " if field.kind is Kind.TAGS else "; "
        return joiner.join(scalar_text(v) for v in raw)
    if (
        shown
        and field.kind is Kind.PRICE
        and isinstance(value, int)
        and not isinstance(value, bool)
    ):
        return rupiah(value)  # typed 79000 or read 79000.0: shown as Rp 79.000
    text = scalar_text(raw)
    return text.replace("\n", " ⏎ ") if shown and "\n" in text else text
