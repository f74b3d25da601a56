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

from collections.abc import Callable, Mapping
from typing import Any

from app.catalog.fields import FIELDS, PRODUCT_FIELDS, Kind

__all__ = ["payload_of", "plain_payload_of"]

_DIMENSIONS = ("length", "width", "height")
_WAREHOUSE_KEYS = ("clientId", "stock")
_SPECIAL_PRICE = "specialPrice"


def _text(v: Any) -> bool:
    return type(v) is str and v != ""


def _whole(v: Any) -> bool:
    return type(v) is int


def _above_zero(v: Any) -> bool:
    return type(v) is int and v > 0


def _not_negative(v: Any) -> bool:
    return type(v) is int and v >= 0


def _yes_no(v: Any) -> bool:
    return type(v) is bool


def _condition(v: Any) -> bool:
    return type(v) is str and (v == "NEW" or v == "USED")


def _texts(v: Any) -> bool:
    return type(v) is list and all(type(x) is str for x in v)


def _some_texts(v: Any) -> bool:
    return type(v) is list and len(v) > 0 and all(type(x) is str for x in v)


def _warehouses(v: Any) -> bool:
    if type(v) is not list or not v:
        return False
    for entry in v:
        if type(entry) is not dict or tuple(entry) != _WAREHOUSE_KEYS:
            return False
        if not _text(entry["clientId"]) or not _not_negative(entry["stock"]):
            return False
    return True


def _dimensions(v: Any) -> bool:
    return type(v) is dict and tuple(v) == _DIMENSIONS and all(_above_zero(x) for x in v.values())


#: What a plain valid value of each kind is, as the model accepts it unchanged.
_PLAIN: dict[Kind, Callable[[Any], bool]] = {
    Kind.TEXT: _text,
    Kind.CODE: _text,
    Kind.UUID: _text,
    Kind.REFERENCE: _text,
    Kind.PRICE: _above_zero,
    Kind.GRAMS: _above_zero,
    Kind.COUNT: _not_negative,
    Kind.DAYS: _not_negative,
    Kind.YES_NO: _yes_no,
    Kind.CONDITION: _condition,
    Kind.TAGS: _texts,
    Kind.URLS: _some_texts,
    Kind.WAREHOUSES: _warehouses,
    Kind.DIMENSIONS: _dimensions,
}

#: Fields whose plain value is copied (a fresh list or dict each time, as the model's dump is).
_COPIED = {Kind.TAGS, Kind.URLS, Kind.WAREHOUSES, Kind.DIMENSIONS}

#: Keys a row's values may hold that are never sent (the registry's ``sent=False``: the
#: product id, the sync's action).
_NOT_SENT = frozenset(f.key for f in FIELDS if not f.sent)


class _Model:
    """What the direct path reads of the pydantic model, once: its keys in its order, which
    are required, and the bounds the kinds do not say (``minOrder`` ≥ 1 where a count may be
    0). A sent field of the registry the model has no place for is never taken directly."""

    keys: tuple[str, ...] = ()
    #: key → (is a plain valid value, copied) for every sent field the model knows
    checks: dict[str, tuple[Callable[[Any], bool], bool]] = {}
    required: frozenset[str] = frozenset()
    at_least_one: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> None:
        from app.catalog.product import Product  # pydantic, once

        fields = Product.model_fields
        aliases = {name: (f.alias or name) for name, f in fields.items()}
        cls.required = frozenset(aliases[n] for n, f in fields.items() if f.is_required())
        cls.at_least_one = frozenset(
            aliases[n]
            for n, f in fields.items()
            if any(getattr(m, "ge", None) == 1 for m in f.metadata)
        )
        known = set(aliases.values())
        cls.checks = {
            f.key: (_PLAIN[f.kind], f.kind in _COPIED) for f in PRODUCT_FIELDS if f.key in known
        }
        cls.keys = tuple(aliases.values())


def plain_payload_of(values: Mapping[str, Any]) -> dict[str, Any] | None:
    """The payload built directly, or None when a value is not plainly valid for the direct
    path (then only the model can say what it makes of it)."""
    if not _Model.keys:
        _Model.load()
    checks = _Model.checks
    given: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        check = checks.get(key)
        if check is None:
            if key in _NOT_SENT:
                continue
            return None  # a key the model forbids
        if not check[0](value):
            return None
        given[key] = value
    for key in _Model.required:
        if key not in given:
            return None
    if ("stock" in given) == ("warehouses" in given):
        return None
    for key in _Model.at_least_one:
        if given.get(key, 1) < 1:
            return None
    special = given.get(_SPECIAL_PRICE)
    if special is not None and special >= given["price"]:
        return None
    out: dict[str, Any] = {}
    for key in _Model.keys:
        if key in given:
            value = given[key]
            if checks[key][1]:
                value = _copy(value)
            out[key] = value
    if special is None:
        out[_SPECIAL_PRICE] = None  # the model's dump drops it, then puts it back at the end
    return out


def _copy(value: Any) -> Any:
    if type(value) is dict:
        return dict(value)
    if value and type(value[0]) is dict:
        return [dict(entry) for entry in value]
    return list(value)


def payload_of(values: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object the bulk-create endpoint receives for a valid row's parsed values
    (keyed by API name; absent or None = not given): ``Product.from_values(values).payload()``,
    built directly whenever that gives the same object."""
    plain = plain_payload_of(values)
    if plain is not None:
        return plain
    from app.catalog.product import Product

    return Product.from_values(dict(values)).payload()
