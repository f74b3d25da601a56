"""A row's values and a store product's, as the store keeps them, and the fields that differ.

The sheet side is the very payload an upload would send (``ProductRow.payload``: names resolved
to ids, Rupiah and grams as integers, lists in order), so "unchanged" means "uploading this row
would store exactly what the store holds". The store side is the Product object of API.md §4.6.

[ours] decisions (docs/API.md, "Routine sync: what a sheet changes"):

- A field whose column the sheet does not have is never a change.
- An empty cell in a column the sheet has means the field's empty value, as the store shows a
  product created without it (``EMPTY``): no description, no brand, no dimensions, no hashtags,
  no banners, Tidak for a yes/no, 0 pre-order days, minimum order 1 (the upload's default).
  So an empty Harga Coret (``specialPrice``) cell is "no discount": a discount on the store is
  a change to ``null``. Required fields cannot be empty (the row is invalid).
- ``externalId`` is never a change: the store keeps its own (API.md §4.9).
- Stock: a row with warehouse stock is compared warehouse by warehouse, by ``clientId``, in no
  particular order; a warehouse the row does not name is not a change, and the change carries
  every warehouse of the product after the sync, sorted by ``clientId``. A row with a plain
  stock is compared with the product's ``stock`` when the product has no warehouses; when it has
  some, a plain stock is written to every warehouse (API.md §4.5), so it is compared with each,
  and a difference is a ``warehouses`` change (every warehouse at that stock).
- With the store's values at export time (``exported``), a field the sheet left as exported is
  no change even when the store has moved on since (the sheet never undoes the store's newer
  value); one changed on both sides to different values is a conflict (``Change.conflict``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from operator import itemgetter
from typing import Any

from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_FIELDS, Kind, field_by_key
from app.catalog.table import ProductRow
from app.sync.plan import MISSING, Change

Product = Mapping[str, Any]

STOCK = field_by_key("stock").key
WAREHOUSES = next(f.key for f in PRODUCT_FIELDS if f.kind is Kind.WAREHOUSES)
PRICE = field_by_key("price").key
#: The product's empty value for a field of each kind (API.md §4.6: how a product created
#: without the field shows it); a field's registry default wins (minimum order 1).
_KIND_EMPTY: dict[Kind, Any] = {
    Kind.TAGS: (),
    Kind.URLS: (),
    Kind.YES_NO: False,
    Kind.DAYS: 0,
}
#: [ours] Field key → the value an empty cell (or the store's null) stands for.
EMPTY: dict[str, Any] = {
    f.key: f.default if f.default is not None else _KIND_EMPTY.get(f.kind) for f in PRODUCT_FIELDS
}
#: The fields compared one by one, in the registry's order (stock and warehouses apart).
COMPARED: tuple[str, ...] = tuple(
    f.key for f in PRODUCT_FIELDS if f.key not in (EXTERNAL_ID_FIELD.key, STOCK, WAREHOUSES)
)


def wire(key: str, value: Any) -> Any:
    """A value as compared: the field's empty value for None or "", lists as lists, the three
    dimensions as a plain dict."""
    if value is None or value == "":
        value = EMPTY.get(key)
    kind = type(value)
    if kind is list or kind is tuple:
        return list(value)
    if kind is dict:
        return value
    if isinstance(value, Mapping):
        return dict(value)
    return value


def present_fields(rows: Collection[ProductRow]) -> frozenset[str]:
    """The fields a sheet has a column for, as far as its rows tell: a cell in some row (a
    column empty in every row reads as absent, which is never a change)."""
    return frozenset(key for row in rows for key in row.cells)


def field_changes(
    payload: Mapping[str, Any],
    product: Product,
    columns: Collection[str],
    exported: Product | None = None,
) -> list[Change]:
    """The fields whose sheet value (``payload``, a valid row's upload payload) differs from
    the store ``product``'s, for the fields in ``columns``; ``exported`` the product as it was
    at export time (None: not recorded)."""
    keys = columns if isinstance(columns, CompareKeys) else CompareKeys(columns)
    changes: list[Change] = []
    for key in keys.single:
        sheet, store = payload.get(key), product.get(key)
        if sheet == store:  # the common case, and equal values are equal once normalised
            continue
        change = _decide(key, wire(key, store), wire(key, sheet), _exported(exported, key))
        if change is not None:
            changes.append(change)
    if keys.stock:
        stock = _stock_change(payload, product, exported)
        if stock is not None:
            changes.append(stock)
    return changes


def unchanged_at_a_glance(values: Mapping[str, Any], product: Product, keys: CompareKeys) -> bool:
    """Whether a valid row's parsed ``values`` already equal the product's, field for field,
    before its payload is built (the payload is made of these very values: an int stays that
    int, a list that list). A shortcut for the common case of a routine sync, where most rows
    did not change: anything else (a warehouse, an empty cell, a difference) is left to
    ``field_changes`` over the payload."""
    try:  # both sides at once (in C) where each has every compared field, as most rows do
        if keys.getter(values) != keys.getter(product):
            return False
    except KeyError:
        for key in keys.single:
            if values.get(key) != product.get(key):
                return False
    if not keys.stock:
        return True
    stock = values.get(STOCK)
    return (
        stock is not None
        and not values.get(WAREHOUSES)
        and not product.get(WAREHOUSES)
        and stock == product.get(STOCK)
    )


class CompareKeys(frozenset[str]):
    """The sheet's fields, with the ones compared one by one worked out once for all rows."""

    single: tuple[str, ...]
    stock: bool
    #: the ``single`` fields' values of a row or product at once: a tuple, or the value of the
    #: one field (KeyError: it lacks one)
    getter: Callable[[Mapping[str, Any]], Any]

    def __new__(cls, columns: Collection[str]) -> CompareKeys:
        made = super().__new__(cls, columns)
        made.single = tuple(k for k in COMPARED if k in made)
        made.stock = STOCK in made or WAREHOUSES in made
        made.getter = itemgetter(*made.single) if made.single else _nothing
        return made


def _nothing(_: Mapping[str, Any]) -> tuple[Any, ...]:
    return ()


def _exported(exported: Product | None, key: str) -> Any:
    if exported is None or key not in exported:
        return MISSING
    return wire(key, exported.get(key))


def _decide(key: str, store: Any, sheet: Any, exported: Any) -> Change | None:
    if sheet == store:
        return None
    if exported is not MISSING and sheet == exported:
        return None  # the store moved since the export; the sheet did not
    return Change(key, store, sheet, exported)


def _stock_change(
    payload: Mapping[str, Any], product: Product, exported: Product | None
) -> Change | None:
    given, held = payload.get(WAREHOUSES), product.get(WAREHOUSES)
    stock = payload.get(STOCK)
    if not given and not held:  # a plain stock, a product without warehouses: its own stock
        if stock is None or stock == product.get(STOCK):
            return None
        return _decide(STOCK, wire(STOCK, product.get(STOCK)), stock, _exported(exported, STOCK))
    store_houses = _houses(held)
    if given:
        named = _houses(given)
    elif stock is not None:
        named = dict.fromkeys(store_houses, stock)  # written to every warehouse (API.md §4.5)
    else:
        return None
    after = {**store_houses, **named}
    if after == store_houses:
        return None
    before: Any = MISSING
    if exported is not None and WAREHOUSES in exported:
        then = _houses(exported.get(WAREHOUSES))
        # the warehouses the sheet does not name are as the store has them now
        view = {c: store_houses[c] for c in after if c not in named}
        view.update((c, then[c]) for c in named if c in then)
        before = _listed(view)
    return _decide(WAREHOUSES, _listed(store_houses), _listed(after), before)


def _houses(value: Any) -> dict[str, int]:
    """``[{clientId, stock}]`` → clientId → stock."""
    if not isinstance(value, list | tuple):
        return {}
    found: dict[str, int] = {}
    for entry in value:
        if isinstance(entry, Mapping) and entry.get("clientId") is not None:
            found[str(entry["clientId"])] = entry.get(STOCK)  # type: ignore[assignment]
    return found


def _listed(houses: Mapping[str, int]) -> list[dict[str, Any]]:
    return [{"clientId": c, STOCK: houses[c]} for c in sorted(houses)]
