"""From the store's answer back to the sheet: which row (``rowIndex``) and which cell.

A field is found in this order (API.md §5): the error's ``details.field``, then a
``validationErrors`` key (``products[3].price``, ``products.3.price`` or ``price``), then the code
table of ``app.catalog.codes``, else the whole row (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.catalog.codes import field_for_code
from app.catalog.fields import field_by_key

#: ``products[3].price``, ``products.3.price``, ``products[3]``, ``ids[0]``; any other key is a
#: field path (``price``, ``warehouses[0].stock``: a part of a field names the field).
_ROW_KEY = re.compile(
    r"^(?P<list>products|ids|externalIds)(?:\[(?P<i1>\d+)\]|\.(?P<i2>\d+))"
    r"(?:\.(?P<rest>.*))?$"
)
_ALIASES = {"ids": "id", "productId": "id", "product_id": "id", "externalIds": "externalId"}


@dataclass(frozen=True, slots=True)
class FieldRef:
    position: int | None  # rowIndex named by the key, when it names one
    field: str | None  # API key of the field, None for the whole row


def known_field(name: str | None) -> str | None:
    """The catalogue key for an API field path, or None when it names none of ours."""
    if not name:
        return None
    head = re.split(r"[.\[]", name.strip(), maxsplit=1)[0]
    head = _ALIASES.get(head, head)
    try:
        return field_by_key(head).key
    except KeyError:
        return None


def parse_key(key: str) -> FieldRef:
    """Read a ``validationErrors`` key: the row position it names and the field."""
    match = _ROW_KEY.match(key.strip())
    if match is None:
        return FieldRef(None, known_field(key))
    position = int(match.group("i1") or match.group("i2"))
    if match.group("list") != "products":
        return FieldRef(position, _ALIASES[match.group("list")])
    return FieldRef(position, known_field(match.group("rest")))


def field_of(code: str | None, details_field: str | None = None) -> str | None:
    """The cell a row error belongs on: ``details.field``, else the code table, else None."""
    if details_field:
        ref = parse_key(details_field)
        if ref.field:
            return ref.field
    return field_for_code(code)


def group_validation_errors(
    field_errors: dict[str, str] | None, rows: int
) -> tuple[dict[int, list[tuple[str | None, str]]], list[tuple[str | None, str]]]:
    """Split a VAL_001's ``validationErrors`` into per-position and request-wide entries."""
    per_row: dict[int, list[tuple[str | None, str]]] = {}
    general: list[tuple[str | None, str]] = []
    for key, message in (field_errors or {}).items():
        ref = parse_key(key)
        text = message if isinstance(message, str) else str(message)
        if ref.position is not None and 0 <= ref.position < rows:
            per_row.setdefault(ref.position, []).append((ref.field, text))
        else:
            general.append((ref.field, text))
    return per_row, general
