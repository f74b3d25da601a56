"""The create payload of a valid row, built straight from its checked values.

``payload_of(values)`` gives exactly what ``Product.from_values(values).payload()`` gives (the
same keys in the same order, the same values, ``specialPrice: null`` when there is none), for a
fraction of the time: a valid row's values already have the payload's form (whole numbers,
plain strings, lists of strings, ``[{clientId, stock}]``, ``{length, width, height}``), so the
object is assembled directly. Which keys are sent and what form each takes come from the field
registry (``Field.sent``, ``Field.kind``); the order of the keys is the pydantic model's (API.md
§4.1), read once from it. Anything the direct path does not recognise as a plain valid value of
its field (another type, a bound the model enforces, a key the payload has no place for, stock
and warehouses both or neither) goes through ``Product`` itself, so the answer — or the
``ValidationError`` — is always the model's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalog.fields import FIELDS, PRODUCT_FIELDS, Kind
from app.giving_way import give_way

__all__ = ["payload_of", "plain_payload_of"]

_DIMENSIONS = ("length", "width", "height")
_WAREHOUSE_KEYS = ("clientId", "stock")
_SPECIAL_PRICE = "specialPrice"
#: Keys a row's values may hold that are never sent (the registry's ``sent=False``: the
#: product id, the sync's action).
_NOT_SENT = frozenset(f.key for f in FIELDS if not f.sent)


class _Model:
    """What the direct path reads of the pydantic model and the registry, once.

    Each sent field the model knows, by the form its plain valid value takes (from the field's
    kind): a non-empty text (or one of a choice's words), a whole number from a lowest value
    (the model's bound: ``price`` > 0, ``stock`` ≥ 0, ``minOrder`` ≥ 1), a yes/no, a list of
    texts (at least one where the model says so), the warehouses' ``[{clientId, stock}]``, the
    dimensions' ``{length, width, height}``. A sent field of the registry the model has no
    place for is never taken directly (the model refuses it).
    """

    keys: tuple[str, ...] = ()
    required: frozenset[str] = frozenset()
    texts: dict[str, frozenset[str] | None] = {}  # key -> its only words (None: any text)
    wholes: dict[str, int] = {}  # key -> the lowest value
    yes_no: frozenset[str] = frozenset()
    lists: dict[str, int] = {}  # key -> the fewest items
    #: the key order of the payload for each order of keys a row's values come in
    orders: dict[tuple[str, ...], tuple[str, ...]] = {}

    @classmethod
    def load(cls) -> None:
        from app.catalog.product import Product  # pydantic, once

        fields = Product.model_fields
        by_key = {(f.alias or name): f for name, f in fields.items()}

        def bound(key: str, name: str) -> Any:
            return next((getattr(m, name) for m in by_key[key].metadata if hasattr(m, name)), None)

        texts: dict[str, frozenset[str] | None] = {}
        wholes: dict[str, int] = {}
        lists: dict[str, int] = {}
        yes_no: set[str] = set()
        for f in PRODUCT_FIELDS:
            if f.key not in by_key:
                continue
            kind = f.kind
            if kind in _TEXT_KINDS:
                words = {c.value for c in f.choices if isinstance(c.value, str)}
                texts[f.key] = frozenset(words) if words else None
            elif kind in _WHOLE_KINDS:
                gt, ge = bound(f.key, "gt"), bound(f.key, "ge")
                wholes[f.key] = gt + 1 if gt is not None else ge if ge is not None else 1
            elif kind is Kind.YES_NO:
                yes_no.add(f.key)
            elif kind in _LIST_KINDS:
                lists[f.key] = bound(f.key, "min_length") or 0
        cls.texts, cls.wholes, cls.lists, cls.yes_no = texts, wholes, lists, frozenset(yes_no)
        cls.required = frozenset(k for k, f in by_key.items() if f.is_required())
        cls.keys = tuple(by_key)


_TEXT_KINDS = frozenset({Kind.TEXT, Kind.CODE, Kind.UUID, Kind.REFERENCE, Kind.CONDITION})
_WHOLE_KINDS = frozenset({Kind.PRICE, Kind.GRAMS, Kind.COUNT, Kind.DAYS})
_LIST_KINDS = frozenset({Kind.TAGS, Kind.URLS, Kind.WAREHOUSES})
_WAREHOUSES = next(f.key for f in PRODUCT_FIELDS if f.kind is Kind.WAREHOUSES)
_DIMENSIONS_KEY = next(f.key for f in PRODUCT_FIELDS if f.kind is Kind.DIMENSIONS)
_STOCK = "stock"
_PRICE = "price"


def plain_payload_of(values: Mapping[str, Any]) -> dict[str, Any] | None:
    """The payload built directly, or None when a value is not plainly valid for the direct
    path (then only the model can say what it makes of it)."""
    if not _Model.keys:
        _Model.load()
    texts, wholes, lists = _Model.texts, _Model.wholes, _Model.lists
    given: dict[str, Any] = {}
    for key, value in values.items():
        t = type(value)
        if t is str:
            if key not in texts:
                if key in _NOT_SENT:
                    continue
                return None
            words = texts[key]
            if not value or (words is not None and value not in words):
                return None
        elif t is int:
            low = wholes.get(key)
            if low is None or value < low:
                if key in _NOT_SENT:
                    continue
                return None
        elif t is bool:
            if key not in _Model.yes_no:
                if key in _NOT_SENT:
                    continue
                return None
        elif value is None or key in _NOT_SENT:
            continue
        elif t is list:
            fewest = lists.get(key)
            if fewest is None or len(value) < fewest:
                return None
            if key == _WAREHOUSES:
                value = _warehouses(value)
                if value is None:
                    return None
            else:
                for item in value:
                    if type(item) is not str:
                        return None
                value = list(value)
        elif t is dict and key == _DIMENSIONS_KEY:
            if tuple(value) != _DIMENSIONS:
                return None
            for number in value.values():
                if type(number) is not int or number < 1:
                    return None
            value = dict(value)
        else:
            return None
        given[key] = value
    if not _Model.required <= given.keys() or (_STOCK in given) == (_WAREHOUSES in given):
        return None
    special = given.get(_SPECIAL_PRICE)
    if special is not None and special >= given[_PRICE]:
        return None
    shape = tuple(given)
    order = _Model.orders.get(shape)
    if order is None:
        order = _Model.orders[shape] = tuple(k for k in _Model.keys if k in given)
    out = {key: given[key] for key in order}
    if special is None:
        out[_SPECIAL_PRICE] = None  # the model's dump drops it, then puts it back at the end
    return out


def _warehouses(entries: list[Any]) -> list[dict[str, Any]] | None:
    """Fresh copies of plain ``{clientId, stock}`` entries, or None."""
    copied = []
    for entry in entries:
        if type(entry) is not dict or tuple(entry) != _WAREHOUSE_KEYS:
            return None
        client_id, stock = entry["clientId"], entry["stock"]
        if type(client_id) is not str or not client_id or type(stock) is not int or stock < 0:
            return None
        copied.append({"clientId": client_id, "stock": stock})
    return copied


def payload_of(values: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object the bulk-create endpoint receives for a valid row's parsed values
    (keyed by API name; absent or None = not given): ``Product.from_values(values).payload()``,
    built directly whenever that gives the same object."""
    give_way()  # a row at a time: the window's thread first
    plain = plain_payload_of(values)
    if plain is not None:
        return plain
    from app.catalog.product import Product

    return Product.from_values(dict(values)).payload()
