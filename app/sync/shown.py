"""A compared value as a merchant reads it: ``Rp 79.000``, ``Ya``, ``12×12×10``, ``wh_1: 8``.

Used by the dry run's lines ("Row 7 (SKU X): price Rp 79.000 → Rp 75.000"), a conflict's
message and the window's tooltips. Values are in the store's form (``plan.Change``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalog.cell_text import rupiah
from app.catalog.fields import Kind, field_by_key
from app.catalog.messages import Lang
from app.catalog.parsing import DIMENSION_PARTS

#: What an empty value shows.
NOTHING = "—"


def shown(key: str, value: Any, lang: Lang = "id") -> str:
    """``value`` of the field ``key`` as text (an empty value as ``—``)."""
    try:
        kind = field_by_key(key).kind
    except KeyError:
        kind = None
    if value is None or value == "" or value == [] or value == ():
        return NOTHING
    if isinstance(value, bool):
        return field_by_key(key).choice_word(value, lang) or str(value)
    if kind is Kind.PRICE and isinstance(value, int):
        return rupiah(value)
    if kind is Kind.DIMENSIONS and isinstance(value, Mapping):
        return "×".join(str(value.get(p, "?")) for p in DIMENSION_PARTS)
    if kind is Kind.WAREHOUSES and isinstance(value, list):
        return "; ".join(
            f"{w.get('clientId')}: {w.get('stock')}" for w in value if isinstance(w, Mapping)
        )
    if isinstance(value, list | tuple):
        return ("; " if kind is Kind.URLS else ", ").join(str(v) for v in value)
    return str(value)
