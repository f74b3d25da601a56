"""The names the grid shows for ids: a cell holding a category, sub-category, type or brand id
that the store's data knows shows its name (the id goes in the tooltip). No Qt here.

Built once per ``StoreData`` (a dictionary per level), so the model's ``data()`` stays O(1).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalog.category_names import BRAND_KEY, CATEGORY_KEYS
from app.catalog.naming import index_of
from app.catalog.store_data import StoreData

__all__ = ["BRAND_KEY", "CATEGORY_KEYS", "NAMED_KEYS", "NameBook"]

#: The cells that show names for ids.
NAMED_KEYS = frozenset((*CATEGORY_KEYS, BRAND_KEY))


class NameBook:
    """id → name for each named field, from what is known of the store."""

    def __init__(self, data: StoreData | None = None) -> None:
        self.data = data
        self.names: dict[str, dict[str, str]] = {key: {} for key in NAMED_KEYS}
        tree = data.tree if data is not None else None
        if tree is not None:
            index = index_of(tree)  # ids casefolded, built once per tree
            for key, entries in zip(
                CATEGORY_KEYS, (index.categories_by_id, index.any_sub, index.any_type), strict=True
            ):
                self.names[key] = {k: e.name for k, e in entries.items()}
        if data is not None and data.brands is not None:
            self.names[BRAND_KEY] = {e.id.casefold(): e.name for e in data.brands.brands.values()}

    @property
    def has_tree(self) -> bool:
        return self.data is not None and self.data.tree is not None

    def name_of(self, key: str, raw: Any) -> str | None:
        """The name of the id a cell holds, or None (not an id, or not known)."""
        if not isinstance(raw, str):
            return None
        table: Mapping[str, str] | None = self.names.get(key)
        if not table:
            return None
        return table.get(raw.strip().casefold())

    def id_of(self, key: str, value: Any) -> str | None:
        """The id behind a cell, as validation resolved it (None when it did not)."""
        if not isinstance(value, str) or key not in NAMED_KEYS:
            return None
        return value if value.casefold() in self.names.get(key, {}) else None
