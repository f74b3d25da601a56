"""The product catalogue: the field registry, cell parsing, row validation and product models.

Pure Python: no Qt, no network, no files, no keyring.
"""

from app.catalog.fields import FIELDS, Field, field_by_key
from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable

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
