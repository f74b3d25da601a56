"""The product catalogue: the field registry, cell parsing, row validation and product models.

Pure Python: no Qt, no network, no files, no keyring.

The names below are imported when first asked for (PEP 562): importing one module of the
catalogue (``app.catalog.parsing`` for a reader, ``app.catalog.fields`` for the header) does not
build the table and its checks; the bounded reading child imports the reader alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_package import lazy_names

if TYPE_CHECKING:
    from app.catalog.fields import FIELDS, Field, field_by_key
    from app.catalog.issues import Issue, Level
    from app.catalog.status import Status
    from app.catalog.table import ProductRow, ProductTable

_HOMES = {
    "FIELDS": "app.catalog.fields",
    "Field": "app.catalog.fields",
    "field_by_key": "app.catalog.fields",
    "Issue": "app.catalog.issues",
    "Level": "app.catalog.issues",
    "Status": "app.catalog.status",
    "ProductRow": "app.catalog.table",
    "ProductTable": "app.catalog.table",
}

__all__ = [
    "FIELDS",
    "Field",
    "Issue",
    "Level",
    "ProductRow",
    "ProductTable",
    "Status",
    "field_by_key",
]


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
