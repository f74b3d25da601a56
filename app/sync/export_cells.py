"""A store product as the cells of an exported sheet: which columns, and what each cell holds.

The columns are the template's (`app.sheets.template.SheetColumn`): the product id, the
externalId and the SKU first, then every field of the create payload in the registry's order.
Stock goes in one column per warehouse for a store with warehouses, headed so that the
registry's ``PartPattern`` reads it back as that warehouse (``Stok Gudang Jakarta``, else
``Stok <clientId>``), and in the plain stock column only for a store without warehouses.

Values are what the merchant types: prices as whole Rupiah numbers, choices as their words,
photos one per line, dimensions as ``12x12x10``; categories, sub-categories, types and brands
as their **names**, checked to read back to the same ids through the resolvers validation uses
(a name that would not is written ``Name (id)``). An id the store's data does not know stays an
id and is counted in `Namer.unnamed`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.catalog.category_names import BRAND_KEY, CATEGORY_KEYS, resolve_brand, resolve_categories
from app.catalog.fields import (
    EXTERNAL_ID_FIELD,
    PRODUCT_FIELDS,
    PRODUCT_ID_FIELD,
    Field,
    Kind,
    field_by_key,
)
from app.catalog.messages import Lang
from app.catalog.naming import index_of
from app.catalog.parsing import DIMENSION_PARTS
from app.catalog.reference_cells import CellRef, parse_reference
from app.catalog.store_data import StoreData, Warehouse
from app.catalog.warehouse_names import find_warehouse
from app.sheets.matching import match_header
from app.sheets.template import SheetColumn

STOCK_KEY = "stock"
WAREHOUSES_KEY = "warehouses"
#: The columns an export starts with (the keys a later sync matches rows by).
SKU_KEY = "sku"
LEADING_KEYS = (PRODUCT_ID_FIELD.key, EXTERNAL_ID_FIELD.key, SKU_KEY)
#: How a list of links is joined in one cell (a link may hold ``;``, never a line break).
LINK_JOIN = "\n"
TAG_JOIN = ", "


def warehouse_header(warehouse: Warehouse, warehouses: Sequence[Warehouse]) -> str:
    """The header of ``warehouse``'s stock column that the reader maps back to it alone: by
    name when the name reads back unambiguously (``Stok Gudang Jakarta``), else by clientId.
    The spellings are the registry's (``Field.part_headers``)."""
    stock = field_by_key(WAREHOUSES_KEY)
    by_id = stock.part_headers(warehouse.client_id)
    for header in dict.fromkeys((*stock.part_headers(warehouse.name), *by_id)):
        found = match_header(header)
        if found is None or found.field != WAREHOUSES_KEY or not found.part:
            continue
        if find_warehouse(found.part, warehouses) == warehouse:
            return header
    return by_id[0]


def _unknown_header(client_id: str) -> str:
    """A stock column for a clientId the store's list does not hold: by the clientId itself."""
    return field_by_key(WAREHOUSES_KEY).part_headers(client_id)[0]


def export_columns(
    products: Iterable[Mapping[str, Any]], store_data: StoreData | None, lang: Lang
) -> list[SheetColumn]:
    """The sheet's columns for these products (warehouse columns from the store's warehouses,
    plus one per clientId a product holds that the store's list does not)."""
    products = list(products)
    leading = [field_by_key(k) for k in LEADING_KEYS]
    columns = [SheetColumn(f, f.label(lang)) for f in leading]
    known = list(store_data.warehouses) if store_data and store_data.warehouses else []
    held: dict[str, None] = {}
    any_plain = False
    for product in products:
        entries = product.get(WAREHOUSES_KEY) or []
        if not entries:
            any_plain = True
        for entry in entries:
            if isinstance(entry, Mapping) and entry.get("clientId") is not None:
                held.setdefault(str(entry["clientId"]), None)
    known_ids = {w.client_id for w in known}
    none_there = store_data is not None and store_data.warehouses == []
    # a store without warehouses takes the plain stock (the product's total) whatever it lists
    stranger_ids = [] if none_there else [c for c in held if c not in known_ids]
    stock_field = field_by_key(WAREHOUSES_KEY)
    for f in PRODUCT_FIELDS:
        if f in leading:
            continue
        if f.key == STOCK_KEY:
            plain = none_there or (not known and (any_plain or not held))
            if plain:
                columns.append(SheetColumn(f, f.label(lang)))
            continue
        if f.key == WAREHOUSES_KEY:
            for w in known:
                columns.append(SheetColumn(stock_field, warehouse_header(w, known), w.client_id))
            for client_id in stranger_ids:
                columns.append(SheetColumn(stock_field, _unknown_header(client_id), client_id))
            continue
        columns.append(SheetColumn(f, f.label(lang)))
    return columns


class Namer:
    """Ids → the names the merchant reads, from the store's tree and brand book; every id left
    as an id is counted in ``unnamed`` ((field, id) → products)."""

    def __init__(self, store_data: StoreData | None) -> None:
        self.tree = store_data.tree if store_data is not None else None
        self.book = store_data.brands if store_data is not None else None
        self.unnamed: Counter[tuple[str, str]] = Counter()
        self._chains: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self._brands: dict[str, Any] = {}

    def categories(self, product: Mapping[str, Any]) -> tuple[Any, ...]:
        """The category, sub-category and type cells (top first)."""
        ids = tuple(product.get(k) for k in CATEGORY_KEYS)
        cells = self._chains.get(ids)
        if cells is None:
            cells = self._chains[ids] = self._name_chain(ids)
        for key, value, cell in zip(CATEGORY_KEYS, ids, cells, strict=True):
            if value is not None and cell == value:
                self.unnamed[(key, str(value))] += 1
        return cells

    def _name_chain(self, ids: tuple[Any, ...]) -> tuple[Any, ...]:
        if self.tree is None or not all(isinstance(v, str) and v for v in ids):
            return ids
        index = index_of(self.tree)
        category_id, sub_id, type_id = ids
        category = index.category(id=category_id)
        sub = index.sub_category(category_id, id=sub_id) if category else None
        kind = index.type(sub_id, id=type_id) if sub else None
        found = (category, sub, kind)
        cells = tuple(e.name if e else v for e, v in zip(found, ids, strict=True))
        if self._reads_back(cells, ids, found):
            return cells
        # a name that would resolve elsewhere (or not at all) keeps its id beside it
        return tuple(_with_id(e.name, v) if e else v for e, v in zip(found, ids, strict=True))

    def _reads_back(
        self, cells: tuple[Any, ...], ids: tuple[Any, ...], found: tuple[Any, ...]
    ) -> bool:
        """Whether the named levels resolve to their ids again (an id the tree does not know
        is the resolver's issue on its own cell, whatever the names above it say)."""
        refs = {}
        for key, cell in zip(CATEGORY_KEYS, cells, strict=True):
            ref = parse_reference(cell).value
            if not isinstance(ref, CellRef):
                return False
            refs[key] = ref
        resolved = resolve_categories(refs, self.tree)
        for key, value, entry in zip(CATEGORY_KEYS, ids, found, strict=True):
            if entry is not None and str(resolved.ids.get(key, "")).lower() != str(value).lower():
                return False
        return True

    def brand(self, product: Mapping[str, Any]) -> Any:
        """The brand cell: its name when the book knows it, else the id (counted)."""
        brand_id = product.get(BRAND_KEY)
        if brand_id is None or brand_id == "":
            return None
        key = str(brand_id)
        cell = self._brands.get(key)
        if cell is None:
            cell = self._brands[key] = self._name_brand(key)
        if cell == key:
            self.unnamed[(BRAND_KEY, key)] += 1
        return cell

    def _name_brand(self, brand_id: str) -> str:
        if self.book is None:
            return brand_id
        entry = self.book.brands.get(brand_id) or next(
            (e for e in self.book.brands.values() if e.id.casefold() == brand_id.casefold()), None
        )
        if entry is None:
            return brand_id
        ref = parse_reference(entry.name).value
        if isinstance(ref, CellRef):
            found, _ = resolve_brand(ref, self.book)
            if found is not None and found.casefold() == brand_id.casefold():
                return entry.name
        return _with_id(entry.name, brand_id)


def _with_id(name: str, value: str) -> str:
    """``Name (id)``, which the reader takes for the id; the bare id when it would not."""
    text = f"{name} ({value})"
    ref = parse_reference(text).value
    if isinstance(ref, CellRef) and ref.id is not None and ref.id == value.lower():
        return text
    return value


_SCALARS = frozenset({str, int, float, bool})


def _joined(values: Any, joiner: str) -> Any:
    if isinstance(values, list | tuple):
        return joiner.join(str(v) for v in values if v is not None) or None
    return values


def _dimensions(value: Any) -> Any:
    if isinstance(value, Mapping):
        parts = [value.get(p) for p in DIMENSION_PARTS]
        if all(p is None for p in parts):
            return None
        return "x".join("" if p is None else str(p) for p in parts)
    return value


def cell_value(f: Field, value: Any) -> Any:
    """A stored value of a one-column field as the cell holds it (before choice words)."""
    if value is None or type(value) in _SCALARS:
        return value
    if f.kind is Kind.URLS:
        return _joined(value, LINK_JOIN)
    if f.kind is Kind.TAGS:
        return _joined(value, TAG_JOIN)
    if f.kind is Kind.DIMENSIONS:
        return _dimensions(value)
    if isinstance(value, Mapping | list | tuple):  # a shape the registry does not know
        return str(value)
    return value


def product_cells(
    product: Mapping[str, Any], columns: Sequence[SheetColumn], namer: Namer
) -> list[Any]:
    """One product's values, column by column (choices still as values: True, NEW)."""
    categories = dict(zip(CATEGORY_KEYS, namer.categories(product), strict=True))
    stock = {
        str(e.get("clientId")): e.get("stock")
        for e in product.get(WAREHOUSES_KEY) or []
        if isinstance(e, Mapping)
    }
    per_warehouse = bool(stock) and any(c.part is not None for c in columns)
    out: list[Any] = []
    for column in columns:
        key = column.field.key
        if column.part is not None:
            out.append(stock.get(column.part))
        elif key in categories:
            out.append(categories[key])
        elif key == BRAND_KEY:
            out.append(namer.brand(product))
        elif key == STOCK_KEY and per_warehouse:  # never also as a plain stock
            out.append(None)
        else:
            out.append(cell_value(column.field, product.get(key)))
    return out
