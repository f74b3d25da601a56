"""[sandbox] The reference tree and brands the sandbox serves (API.md §4.4, §6), built from
``reference_names`` with stable ids: UUIDv5 of the names' path, except the seed's own ids, which
are valid here as they are in the seeds (category ``Fashion Pria``, its sub-categories ``Kaos``
and ``Atasan``, the type ``Kaos Oblong`` listed under both, the brand ``Uniqlo``).

Also the chain check the store makes of every product it receives (§5): the category exists,
the sub-category is one of its sub-categories, the type one of the sub-category's types, the
brand exists.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from typing import Any

from app.sandbox.reference_names import BRANDS, SHARED_TYPES, TREE

#: the namespace of every generated id (a fixed UUID of this sandbox)
NAMESPACE = uuid.UUID("6b1f0c7e-5d2a-5f43-9c1e-7a0d3b8e2f61")
#: the seed's ids (seeds/000_…): their places in the tree
SEED_IDS: dict[tuple[str, ...], str] = {
    ("Fashion Pria",): "2fde2994-28a8-4d09-a128-6d744b9e1323",
    ("Fashion Pria", "Kaos"): "0e882586-c506-4792-a831-02767a68dae2",
    ("Fashion Pria", "Atasan"): "0e882586-c506-4792-a831-02767a6844e2",
    ("Fashion Pria", "Kaos", "Kaos Oblong"): "d86db295-41c3-423d-a2c2-a59724f38316",
}
SEED_BRANDS: dict[str, str] = {"Uniqlo": "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea"}

Raw = dict[str, str]


def _id(*path: str) -> str:
    return SEED_IDS.get(path) or str(uuid.uuid5(NAMESPACE, "/".join(path)))


@dataclass(frozen=True)
class SandboxTree:
    """The tree as the API answers it (``{id, name}`` dicts), and look-ups for the checks."""

    categories: list[Raw]
    sub_categories: dict[str, list[Raw]]  # category id → its sub-categories
    types: dict[str, list[Raw]]  # sub-category id → its types
    brands: list[Raw]

    @functools.cached_property
    def _sub_ids(self) -> dict[str, set[str]]:
        return {c: {s["id"] for s in subs} for c, subs in self.sub_categories.items()}

    @functools.cached_property
    def _type_ids(self) -> dict[str, set[str]]:
        return {s: {t["id"] for t in types} for s, types in self.types.items()}

    @functools.cached_property
    def brand_ids(self) -> set[str]:
        return {b["id"] for b in self.brands}

    def find_brands(self, q: str, limit: int) -> list[Raw]:
        """Brands whose name contains ``q``, case-insensitive, at most ``limit``; the names
        that start with ``q`` first (as a search box would list them)."""
        needle = " ".join(q.split()).casefold()
        found = [b for b in self.brands if needle in b["name"].casefold()]
        found.sort(key=lambda b: (not b["name"].casefold().startswith(needle), b["name"]))
        return found[:limit]

    def chain_problem(self, product: dict[str, Any]) -> tuple[str, str] | None:
        """``(field, message)`` of the first broken link of the product's chain, or None."""
        category, sub, kind = (product.get(k) for k in ("categoryId", "subCategoryId", "typeId"))
        if category not in self._sub_ids:
            return "categoryId", f"Category {category} not found"
        if sub not in self._sub_ids[category]:
            return "subCategoryId", f"Sub-category {sub} does not belong to category {category}"
        if kind not in self._type_ids.get(sub, ()):
            return "typeId", f"Type {kind} does not belong to sub-category {sub}"
        brand = product.get("brandId")
        if brand is not None and brand not in self.brand_ids:
            return "brandId", f"Brand {brand} not found"
        return None


def _sub_categories(text: str) -> list[tuple[str, list[str]]]:
    found = []
    for line in text.strip().splitlines():
        name, _, types = line.partition(":")
        found.append((name.strip(), [t.strip() for t in types.split(",") if t.strip()]))
    return found


@functools.cache
def sandbox_tree() -> SandboxTree:
    """The one tree of every sandbox (built once; never changed)."""
    categories: list[Raw] = []
    sub_categories: dict[str, list[Raw]] = {}
    types: dict[str, list[Raw]] = {}
    for category, text in TREE.items():
        category_id = _id(category)
        categories.append({"id": category_id, "name": category})
        subs = sub_categories.setdefault(category_id, [])
        for sub, names in _sub_categories(text):
            sub_id = _id(category, sub)
            subs.append({"id": sub_id, "name": sub})
            owner = {name: SHARED_TYPES.get((category, sub, name), sub) for name in names}
            types[sub_id] = [{"id": _id(category, owner[n], n), "name": n} for n in names]
    brands = [{"id": SEED_BRANDS.get(n) or _id("brand", n), "name": n} for n in BRANDS]
    return SandboxTree(categories, sub_categories, types, brands)
