"""The store's own data over the wire: the reference tree and brands (API.md §4.4, no auth) and
the store's warehouses (§4.5, signed).

Reference calls carry **no credentials and no signature** and none of the store's ``x-``
headers: the reference data is public, and a credential sent where it is not needed is a
credential that can leak. They go through the same transport as every other call (no proxy from
the environment, loopback-only plain HTTP, retries on 429/5xx, redacted logs).
"""

from __future__ import annotations

from typing import TypeVar
from urllib.parse import quote, urlencode

from pydantic import BaseModel, Field, ValidationError

from app.catalog.store_data import Entry, Warehouse
from app.partner.envelopes import Envelope, Text, WireModel
from app.partner.errors import PartnerError

REFERENCE_PATH = "/partner/reference"
CATEGORIES_PATH = REFERENCE_PATH + "/categories"
SUB_CATEGORIES_PATH = REFERENCE_PATH + "/sub-categories"
TYPES_PATH = REFERENCE_PATH + "/types"
BRANDS_PATH = REFERENCE_PATH + "/brands"
WAREHOUSES_PATH = "/partner/stores/warehouses"
#: API.md §4.4 [ours]: a brand search answers at most ``limit`` names (20 unless asked; 100 max)
DEFAULT_BRAND_LIMIT = 20
MAX_BRAND_LIMIT = 100
#: code of a success envelope whose ``data`` is not the documented list (ours)
UNEXPECTED_ANSWER = "UNEXPECTED_ANSWER"

_Item = TypeVar("_Item", bound=BaseModel)


class WireEntry(WireModel):
    id: Text = None
    name: Text = None


class WireWarehouse(WireModel):
    client_id: Text = Field(default=None, alias="clientId")
    name: Text = None
    is_default: bool | None = Field(default=None, alias="isDefault")


def with_query(path: str, **params: str | int) -> str:
    """``path?k=v&...``, every value percent-encoded (a space as ``%20``), in the given order."""
    return f"{path}?{urlencode(params, quote_via=quote)}" if params else path


class ReferenceCalls:
    """The five calls; `PartnerClient` provides ``_get`` (one GET, signed or not, with the
    client's retries) and inherits these."""

    def _get(self, path: str, *, signed: bool) -> Envelope:  # pragma: no cover - overridden
        raise NotImplementedError

    def categories(self) -> list[Entry]:
        return _entries(self._get(CATEGORIES_PATH, signed=False))

    def sub_categories(self, category_id: str) -> list[Entry]:
        """An unknown category answers an empty list (API.md §4.4 [ours])."""
        path = with_query(SUB_CATEGORIES_PATH, categoryId=category_id)
        return _entries(self._get(path, signed=False))

    def types(self, sub_category_id: str) -> list[Entry]:
        path = with_query(TYPES_PATH, subCategoryId=sub_category_id)
        return _entries(self._get(path, signed=False))

    def brands(self, q: str, limit: int = DEFAULT_BRAND_LIMIT) -> list[Entry]:
        """At most ``limit`` brands whose name contains ``q`` (case-insensitive)."""
        limit = max(1, min(int(limit), MAX_BRAND_LIMIT))
        path = with_query(BRANDS_PATH, q=q, limit=limit)
        return _entries(self._get(path, signed=False))

    def warehouses(self) -> list[Warehouse]:
        """The store's warehouses; ``[]`` for a store without any. A signed store call."""
        envelope = self._get(WAREHOUSES_PATH, signed=True)
        return [
            Warehouse(item.client_id or "", item.name or "", bool(item.is_default))
            for item in _items(envelope, WireWarehouse, ("client_id", "name"))
        ]


def _entries(envelope: Envelope) -> list[Entry]:
    return [
        Entry(item.id or "", item.name or "")
        for item in _items(envelope, WireEntry, ("id", "name"))
    ]


def _items(envelope: Envelope, model: type[_Item], required: tuple[str, ...]) -> list[_Item]:
    """``data`` as a list of ``model``; anything else (not a list, an item without its id or
    name) is an unreadable answer, never a half-read list."""
    data = envelope.data
    if not isinstance(data, list):
        raise _unreadable(envelope, "data is not a list")
    items: list[_Item] = []
    for position, raw in enumerate(data):
        try:
            item = model.model_validate(raw)
        except ValidationError:
            raise _unreadable(envelope, f"data[{position}]") from None
        if any(not getattr(item, name) for name in required):
            raise _unreadable(envelope, f"data[{position}] has no {'/'.join(required)}")
        items.append(item)
    return items


def _unreadable(envelope: Envelope, where: str) -> PartnerError:
    return PartnerError(
        f"the store's answer could not be read ({where})",
        code=UNEXPECTED_ANSWER,
        request_id=envelope.request_id,
    )
