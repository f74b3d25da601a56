"""The store's own data, as downloaded: the reference tree, the brands found so far, the warehouses.

Plain, picklable containers (no I/O): `app.reference` fetches and caches them, validation reads
them through `StoreData`. The raw shapes (`to_raw`/`from_raw`) are what the cache files hold and
mirror the API's answers (API.md §4.4, §4.5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Entry:
    """One category, sub-category, type or brand: its id and its name."""

    id: str
    name: str

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> Entry:
        return cls(str(raw["id"]), str(raw["name"]))

    def to_raw(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name}


def _entries(raw: Iterable[Mapping[str, Any]]) -> tuple[Entry, ...]:
    return tuple(Entry.from_raw(item) for item in raw)


@dataclass(frozen=True)
class ReferenceTree:
    """Categories → sub-categories → types (API.md §4.4). A type may sit under several
    sub-categories; a name is unique among its siblings only."""

    categories: tuple[Entry, ...]
    #: category id → its sub-categories
    sub_categories: Mapping[str, tuple[Entry, ...]]
    #: sub-category id → its types
    types: Mapping[str, tuple[Entry, ...]]
    fetched_at: datetime | None = None

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any], fetched_at: datetime | None = None) -> ReferenceTree:
        """``{"categories": [{id, name}], "subCategories": {categoryId: [{id, name}]},
        "types": {subCategoryId: [{id, name}]}}``; raises KeyError/TypeError/ValueError when
        the shape is wrong."""
        return cls(
            categories=_entries(raw["categories"]),
            sub_categories={str(k): _entries(v) for k, v in raw["subCategories"].items()},
            types={str(k): _entries(v) for k, v in raw["types"].items()},
            fetched_at=fetched_at,
        )

    def to_raw(self) -> dict[str, Any]:
        return {
            "categories": [e.to_raw() for e in self.categories],
            "subCategories": {k: [e.to_raw() for e in v] for k, v in self.sub_categories.items()},
            "types": {k: [e.to_raw() for e in v] for k, v in self.types.items()},
        }


@dataclass(frozen=True, slots=True)
class Warehouse:
    """One of the store's warehouses (API.md §4.5)."""

    client_id: str
    name: str
    is_default: bool = False

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> Warehouse:
        return cls(str(raw["clientId"]), str(raw["name"]), bool(raw.get("isDefault", False)))

    def to_raw(self) -> dict[str, Any]:
        return {"clientId": self.client_id, "name": self.name, "isDefault": self.is_default}


@dataclass
class BrandBook:
    """The brands found so far: brands are searched by name (``q``), one call per distinct
    name. ``searched`` holds the normalised names already asked about, so a name that was
    searched and is not in ``brands`` is known not to exist."""

    brands: dict[str, Entry] = field(default_factory=dict)  # id → brand
    searched: set[str] = field(default_factory=set)

    def add(self, query: str, found: Iterable[Entry]) -> None:
        self.searched.add(query)
        for brand in found:
            self.brands[brand.id] = brand

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> BrandBook:
        """``{"brands": [{id, name}], "searched": [name, ...]}``."""
        return cls(
            brands={e.id: e for e in _entries(raw["brands"])},
            searched={str(s) for s in raw["searched"]},
        )

    def to_raw(self) -> dict[str, Any]:
        return {
            "brands": [e.to_raw() for e in self.brands.values()],
            "searched": sorted(self.searched),
        }


@dataclass(frozen=True)
class StoreData:
    """What validation knows of the store: any part may be missing (not downloaded yet,
    offline, no store configured). ``None`` means unknown, never empty."""

    tree: ReferenceTree | None = None
    brands: BrandBook | None = None
    warehouses: Sequence[Warehouse] | None = None
