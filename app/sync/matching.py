"""Which store product a sheet row is: by product id, else External ID, else SKU.

One download of the store's product list (``CatalogueCalls.all_products``) is indexed once
(``StoreIndex``); every row is then matched by dictionary look-ups, never a request per row.
What cannot be decided without guessing becomes an issue on the row's cell instead:

- a product id the store does not know (error on the product id);
- two store products with the row's External ID or SKU, and no product id to choose (error);
- a row whose product id (or External ID) names one product while its SKU (or External ID)
  belongs to another (error on the cell that disagrees).

[ours] SKUs are matched as the sheet's duplicate check compares them (``table._dup_key``):
without surrounding spaces and case-insensitively. A SKU that differs from the matched
product's but belongs to no other product is a rename: a change of ``sku``, with a warning. An
External ID never changes (API.md §4.9): a matched product whose External ID differs from the
row's keeps its own, with a warning. A row's External ID that the app generated at random (the
row had none) is not warned about, and is looked up only when it follows the store and the SKU
(``table.stable_external_id``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any

from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD
from app.catalog.issues import Issue, Level
from app.catalog.table import ProductRow
from app.giving_way import give_way

Product = Mapping[str, Any]

_ID = PRODUCT_ID_FIELD.key
_EXTERNAL = EXTERNAL_ID_FIELD.key
_SKU = "sku"  # the API key of the store product's SKU (API.md §4.6)


class MatchedBy(StrEnum):
    """Which of the row's cells found its store product."""

    ID = "id"
    EXTERNAL_ID = "externalId"
    SKU = "sku"


@dataclass(frozen=True, slots=True)
class Match:
    """The store product a row is (None: none), how it was found, and what could not be
    decided (errors: the row cannot be synced as it is; warnings: it can)."""

    product: Product | None = None
    by: MatchedBy | None = None
    issues: tuple[Issue, ...] = ()

    @property
    def product_id(self) -> str | None:
        return None if self.product is None else str(self.product.get(_ID))

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.issues)


def sku_key(sku: str) -> str:
    """A SKU as matching compares it."""
    return sku.strip().casefold()


class StoreIndex:
    """The store's products by id, External ID and SKU (built once, then looked up per row)."""

    def __init__(self, products: Iterable[Product]) -> None:
        #: the products with an id, in the list's order; each look-up is built when first
        #: needed (a sheet matched by External ID never needs the SKUs', nor one with product
        #: ids the others, unless a row's cells disagree)
        self.products = [p for p in products if p.get(_ID) is not None]

    @cached_property
    def by_id(self) -> dict[str, Product]:
        return {str(p[_ID]): p for p in self.products}

    @cached_property
    def by_external_id(self) -> dict[str, list[Product]]:
        found: defaultdict[str, list[Product]] = defaultdict(list)
        for product in self.products:
            external = product.get(_EXTERNAL)
            if isinstance(external, str) and (external := external.strip()):
                found[external].append(product)
        return found

    @cached_property
    def by_sku(self) -> dict[str, list[Product]]:
        found: defaultdict[str, list[Product]] = defaultdict(list)
        for product in self.products:
            sku = product.get(_SKU)
            if isinstance(sku, str) and (sku := sku.strip()):
                found[sku.casefold()].append(product)
        return found

    def __len__(self) -> int:
        return len(self.by_id)

    def match(self, row: ProductRow, *, stable_ids: bool = True) -> Match:
        """The store product of ``row``: by its product id, else External ID, else SKU.

        ``stable_ids``: External IDs the app generated follow the store and the SKU
        (``ProductTable.store_id`` is set), so they may name a product this sheet created
        before; otherwise a generated one is random and not looked up."""
        product_id = _text(row.values.get(_ID))
        generated = row.external_id_generated
        written = None if generated else _text(row.external_id)  # the merchant's own
        external = written if not generated or not stable_ids else _text(row.external_id)
        sku = _text(row.sku)
        if product_id is not None:
            found = self.by_id.get(product_id)
            if found is None:
                return Match(issues=(Issue(_ID, "sync_no_product_with_id", params=_v(product_id)),))
            issues = [*self._external_agrees(found, written), *self._sku_agrees(found, sku)]
            return Match(found, MatchedBy.ID, tuple(issues))
        if external is not None:
            candidates = self.by_external_id.get(external, [])
            if len(candidates) > 1:
                issue = _twice(_EXTERNAL, "sync_external_id_twice_on_store", external, candidates)
                return Match(issues=(issue,))
            if candidates:
                found = candidates[0]
                return Match(found, MatchedBy.EXTERNAL_ID, tuple(self._sku_agrees(found, sku)))
        if sku is not None:
            candidates = self.by_sku.get(sku_key(sku), [])
            if len(candidates) > 1:
                return Match(issues=(_twice(_SKU, "sync_sku_twice_on_store", sku, candidates),))
            if candidates:
                found = candidates[0]
                return Match(found, MatchedBy.SKU, tuple(self._external_agrees(found, written)))
        return Match()

    def quick(self, row: ProductRow, stable_ids: bool) -> Product | Match:
        """``match`` for the common case, without a ``Match``: the store product found when
        nothing about it needs saying (every cell that names a product names this one), else
        the row's ``Match`` (no product, an issue: ``match`` decides). The same answer as
        ``match``: the product is the one ``match`` finds, with no issue."""
        give_way()  # a row at a time: the window's thread first
        values = row.values
        product_id = _text(values.get(_ID))
        external = values.get(_EXTERNAL)
        external = external.strip() if isinstance(external, str) else None
        sku = values.get(_SKU)
        sku = sku.strip() if isinstance(sku, str) else None
        generated = row.external_id_generated
        written = None if generated else external or None  # the merchant's own
        if generated and not stable_ids:
            external = None
        found: Product | None
        if product_id is not None:
            found = self.by_id.get(product_id)
            if found is not None and _agrees(found, written, sku):
                return found
            return self.match(row, stable_ids=stable_ids)
        if external:
            candidates = self.by_external_id.get(external)
            if candidates:
                found = candidates[0]
                if len(candidates) == 1 and _agrees(found, None, sku):
                    return found
                return self.match(row, stable_ids=stable_ids)
        if sku:
            candidates = self.by_sku.get(sku.casefold())
            if candidates:
                found = candidates[0]
                if len(candidates) == 1 and _agrees(found, written, None):
                    return found
                return self.match(row, stable_ids=stable_ids)
        return NO_MATCH

    def _sku_agrees(self, found: Product, sku: str | None) -> list[Issue]:
        store_sku = found.get(_SKU)
        if sku is None or sku == store_sku:
            return []
        store_sku = _text(store_sku)
        if store_sku is None or sku_key(sku) == sku_key(store_sku):
            return []
        others = [p for p in self.by_sku.get(sku_key(sku), []) if p is not found]
        if others:
            return [_other(_SKU, "sync_sku_of_other_product", sku, others[0], found)]
        return [Issue(_SKU, "sync_sku_renamed", Level.WARNING, {"before": store_sku, "after": sku})]

    def _external_agrees(self, found: Product, external: str | None) -> list[Issue]:
        store_external = _text(found.get(_EXTERNAL))
        if external is None or external == store_external:
            return []
        others = [p for p in self.by_external_id.get(external, []) if p is not found]
        if others:
            return [
                _other(_EXTERNAL, "sync_external_id_of_other_product", external, others[0], found)
            ]
        if store_external is None:
            return []  # the store has none (made by another tool): nothing to keep
        return [Issue(_EXTERNAL, "sync_external_id_kept", Level.WARNING, {"store": store_external})]


def match_rows(
    rows: Iterable[ProductRow], products: Iterable[Product], *, stable_ids: bool = True
) -> list[Match]:
    """Every row's match against one download of the product list, in order."""
    index = StoreIndex(products)
    return [index.match(row, stable_ids=stable_ids) for row in rows]


#: A row that names no store product (nothing to say about it).
NO_MATCH = Match()


def _agrees(found: Product, external: str | None, sku: str | None) -> bool:
    """Whether the row's own External ID and SKU (stripped, None: none) are the product's
    exactly: then ``match`` finds nothing to say about them."""
    return (not external or external == found.get(_EXTERNAL)) and (
        not sku or sku == found.get(_SKU)
    )


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _v(value: str) -> dict[str, Any]:
    return {"value": value}


def _twice(key: str, message: str, value: str, candidates: list[Product]) -> Issue:
    return Issue(key, message, params={"value": value, "count": len(candidates)})


def _other(key: str, message: str, value: str, other: Product, found: Product) -> Issue:
    return Issue(
        key, message, params={"value": value, "other": other.get(_ID), "product": found.get(_ID)}
    )
