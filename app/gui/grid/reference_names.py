"""The names the grid shows for ids: a cell holding a category, sub-category, type or brand id
that the store's data knows shows its name (the id goes in the tooltip). No Qt here.

Built once per ``StoreData`` (a dictionary per level), so the model's ``data()`` stays O(1).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalog.store_data import StoreData

#: The fields the category picker fills, top level first.
CATEGORY_KEYS = ("categoryId", "subCategoryId", "typeId")
BRAND_KEY = "brandId"
NAMED_KEYS = frozenset((*CATEGORY_KEYS, BRAND_KEY))


class NameBook:
    """id → name for each named field, from what is known of the store."""

    def __init__(self, data: StoreData | None = None) -> None:
        self.data = data
        self.names: dict[str, dict[str, str]] = {key: {} for key in NAMED_KEYS}
        tree = data.tree if data is not None else None
        if tree is not None:
            self.names["categoryId"] = {e.id: e.name for e in tree.categories}
            self.names["subCategoryId"] = {
                e.id: e.name for subs in tree.sub_categories.values() for e in subs
            }
            self.names["typeId"] = {e.id: e.name for types in tree.types.values() for e in types}
        if data is not None and data.brands is not None:
            self.names[BRAND_KEY] = {e.id: e.name for e in data.brands.brands.values()}

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
        return table.get(raw.strip().lower()) or table.get(raw.strip())

    def id_of(self, key: str, value: Any) -> str | None:
        """The id behind a cell, as validation resolved it (None when it did not)."""
        if not isinstance(value, str) or key not in NAMED_KEYS:
            return None
        return value if value in self.names.get(key, {}) else None
