"""How an edited value goes back into a raw cell, and how a cell sorts. No Qt here (the text a
cell shows is ``catalog.cell_text.display_text``).

Raw cells keep what the workbook holds: text, numbers, booleans, Excel errors, and for fields
spread over several columns a dict of parts (photos ``{"1": url, ...}``, dimensions
``{"length": .., ...}``, warehouses ``{clientId: stock}``). Editors give back the same shape the
cell had, so the results workbook can write each part to its own column again.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from app.catalog.cell_text import cell_text, display_text, scalar_text
from app.catalog.fields import Field, Kind
from app.catalog.parsing import (
    DIMENSION_PARTS,
    DIMENSIONS_PATTERN,
    LIST_SPLIT,
    URL_SPLIT,
    is_blank,
    ordered_parts,
)


def default_text(field: Field, raw: Any) -> str | None:
    """The field's default that a blank cell stands for (the grid shows it greyed), or None."""
    if field.default is None or not is_blank(raw):
        return None
    return scalar_text(field.default)


def edit_text(field: Field, raw: Any) -> str:
    """The text a line editor starts with (no thousands formatting, line breaks kept)."""
    return cell_text(field, raw)


_LIST_SPLIT = {Kind.TAGS: LIST_SPLIT, Kind.URLS: URL_SPLIT}


def list_items(field: Field, raw: Any) -> list[str]:
    """The items of a photos/hashtags cell, one string each."""
    if is_blank(raw):
        return []
    if isinstance(raw, Mapping):
        return [scalar_text(v) for _, v in ordered_parts(raw) if not is_blank(v)]
    splitter = _LIST_SPLIT.get(field.kind, _LIST_SPLIT[Kind.TAGS])
    return [p for p in splitter.split(scalar_text(raw).strip()) if p]


def list_raw(field: Field, items: list[str], like: Any) -> Any:
    """Items back into a cell, in the shape ``like`` had (numbered parts or one text)."""
    items = [i.strip() for i in items if i.strip()]
    if isinstance(like, Mapping):
        keys = [k for k, _ in ordered_parts(like)]
        out: dict[str, Any] = {}
        for n, item in enumerate(items):
            out[keys[n] if n < len(keys) else str(n + 1)] = item
        for key in keys[len(items) :]:
            out[key] = None
        return out
    if not items:
        return None
    return "; ".join(items) if field.kind is Kind.URLS else ", ".join(items)


def warehouse_rows(raw: Any) -> list[tuple[str, str]]:
    """(client id, stock) pairs of a warehouses cell, for its editor."""
    if is_blank(raw):
        return []
    if isinstance(raw, Mapping):
        return [(str(k), scalar_text(v)) for k, v in raw.items()]
    rows: list[tuple[str, str]] = []
    for part in re.split(r"\s*[;\n\r]+\s*", scalar_text(raw).strip()):
        if not part:
            continue
        client, sep, stock = part.partition(":") if ":" in part else part.partition("=")
        rows.append((client.strip(), stock.strip() if sep else ""))
    return rows


def warehouses_raw(rows: list[tuple[str, str]], like: Any) -> Any:
    rows = [(c.strip(), s.strip()) for c, s in rows if c.strip() or s.strip()]
    if isinstance(like, Mapping):
        out: dict[str, Any] = dict.fromkeys(like)
        for client, stock in rows:
            out[client] = stock
        return out
    return "; ".join(f"{c}:{s}" for c, s in rows) or None


def dimensions_parts(raw: Any) -> tuple[str, str, str]:
    if isinstance(raw, Mapping):
        a, b, c = (scalar_text(raw.get(p)) for p in DIMENSION_PARTS)
        return a, b, c
    found = DIMENSIONS_PATTERN.match(scalar_text(raw))
    if found:
        a, b, c = found.groups()
        return a, b, c
    return "", "", ""


def dimensions_raw(parts: tuple[str, str, str], like: Any) -> Any:
    if isinstance(like, Mapping):
        return {p: (v or None) for p, v in zip(DIMENSION_PARTS, parts, strict=True)}
    if not any(parts):
        return None
    return "x".join(parts)


def from_text(field: Field, text: str, like: Any) -> Any:
    """A typed or pasted text into a cell of this field, keeping a multi-column shape."""
    if isinstance(like, Mapping):
        if field.kind is Kind.DIMENSIONS:
            return dimensions_raw(dimensions_parts(text), like)
        if field.kind is Kind.WAREHOUSES:
            return warehouses_raw(warehouse_rows(text), like)
        return list_raw(field, list_items(field, text), like)
    return text if text.strip() else None


def sort_key(field: Field, raw: Any, value: Any) -> Any:
    """A sort value of one type per column: numbers for numeric fields, folded text otherwise."""
    if field.kind.numeric:
        return (
            float(value)
            if isinstance(value, int | float) and not isinstance(value, bool)
            else -math.inf
        )
    return display_text(field, raw, value).casefold()
