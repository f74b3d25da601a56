"""Which rows a change in what is known of the store can change.

A row's check depends on the store only through its categories (the tree), its brand (the
brand book) and its warehouses (``validation._use_store_data``). After an opening the window
searches the store for the sheet's brand names, and the book that comes back differs from the
one the rows were checked with only by those brands: checking every row again (≈ 0.15 ms a
row, all on the window's thread) is wasted on the rows whose brand cell reads the same under
both books. ``rows_to_recheck`` names the rows that may read differently; None means every row
(nothing was known before, or the tree or the warehouses changed).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from app.catalog.category_names import BRAND_KEY, resolve_brand
from app.catalog.reference_cells import CellRef, parse_reference
from app.catalog.store_data import BrandBook, ReferenceTree, StoreData, Warehouse

R = TypeVar("R")


def _same_tree(old: ReferenceTree | None, new: ReferenceTree | None) -> bool:
    """The same categories, sub-categories and types (when they were fetched does not count)."""
    if old is new:
        return True
    if old is None or new is None:
        return False
    return (old.categories, old.sub_categories, old.types) == (
        new.categories,
        new.sub_categories,
        new.types,
    )


def _same_warehouses(old: Sequence[Warehouse] | None, new: Sequence[Warehouse] | None) -> bool:
    if old is new:
        return True
    if old is None or new is None:
        return False
    return tuple(old) == tuple(new)


def every_row_changes(old: StoreData | None, new: StoreData | None) -> bool:
    """Whether going from ``old`` to ``new`` checks every row again (``rows_to_recheck`` gives
    None): nothing was known before or nothing is now, or the tree or the warehouses changed."""
    if old is None or new is None:
        return True
    return not (_same_tree(old.tree, new.tree) and _same_warehouses(old.warehouses, new.warehouses))


def rows_to_recheck(
    rows: Iterable[R],
    cells_of: Callable[[R], Mapping[str, Any]],
    old: StoreData | None,
    new: StoreData | None,
) -> list[R] | None:
    """The rows (of ``rows``, ``cells_of(row)`` giving each one's cells) whose check may come
    out differently with ``new`` than with ``old``; None: every row."""
    if old is None or new is None or every_row_changes(old, new):
        return None
    if old.brands == new.brands:
        return []
    changed: dict[Hashable, bool] = {}
    found: list[R] = []
    for row in rows:
        raw = cells_of(row).get(BRAND_KEY)
        if raw is None:
            continue
        key = (type(raw), raw) if isinstance(raw, Hashable) else None
        differs = changed.get(key) if key is not None else None
        if differs is None:
            differs = _reads_differently(raw, old.brands, new.brands)
            if key is not None:
                changed[key] = differs
        if differs:
            found.append(row)
    return found


def _reads_differently(raw: Any, old: BrandBook | None, new: BrandBook | None) -> bool:
    """Whether the brand cell ``raw`` resolves to another id or another problem."""
    ref = parse_reference(raw).value
    if not isinstance(ref, CellRef):
        return False  # empty or unreadable: the same problem whatever the book
    return resolve_brand(ref, old) != resolve_brand(ref, new)
