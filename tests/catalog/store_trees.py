"""Small reference trees, brand books and warehouses written for the store-data tests.

Built here, not taken from the sandbox's tree: names repeat under different parents
(``Aksesoris``, ``Topi``), one type sits under two sub-categories (``Kaos Oblong``), and one
category's name holds a path separator (``Pulsa / Token``).
"""

from __future__ import annotations

import uuid
from typing import Any

from app.catalog.store_data import BrandBook, Entry, ReferenceTree, StoreData, Warehouse
from tests.catalog.seed_rows import SEED_CELLS


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


FASHION_PRIA, FASHION_WANITA, PULSA = uid(1), uid(2), uid(3)
KAOS, AKSESORIS_PRIA, AKSESORIS_WANITA, DRESS, TOKEN_LISTRIK = (uid(n) for n in range(11, 16))
KAOS_OBLONG, KAOS_POLO, TOPI_PRIA, TOPI_WANITA, DRESS_PESTA, TOKEN_20 = (
    uid(n) for n in range(21, 27)
)
UNIQLO, UNIQUE, NIKE = uid(31), uid(32), uid(33)

TREE = ReferenceTree(
    categories=(
        Entry(FASHION_PRIA, "Fashion Pria"),
        Entry(FASHION_WANITA, "Fashion Wanita"),
        Entry(PULSA, "Pulsa / Token"),
    ),
    sub_categories={
        FASHION_PRIA: (Entry(KAOS, "Kaos"), Entry(AKSESORIS_PRIA, "Aksesoris")),
        FASHION_WANITA: (Entry(AKSESORIS_WANITA, "Aksesoris"), Entry(DRESS, "Dress")),
        PULSA: (Entry(TOKEN_LISTRIK, "Token Listrik"),),
    },
    types={
        KAOS: (Entry(KAOS_OBLONG, "Kaos Oblong"), Entry(KAOS_POLO, "Kaos Polo")),
        AKSESORIS_PRIA: (Entry(KAOS_OBLONG, "Kaos Oblong"), Entry(TOPI_PRIA, "Topi")),
        AKSESORIS_WANITA: (Entry(TOPI_WANITA, "Topi"),),
        DRESS: (Entry(DRESS_PESTA, "Dress Pesta"),),
        TOKEN_LISTRIK: (Entry(TOKEN_20, "Token 20rb"),),
    },
)


def brand_book() -> BrandBook:
    book = BrandBook()
    book.add("uniqlo", [Entry(UNIQLO, "Uniqlo")])
    book.add("uniq", [Entry(UNIQLO, "Uniqlo"), Entry(UNIQUE, "Unique Store")])
    book.add("nikee", [])
    return book


JAKARTA = Warehouse("wh_wh8-HpRcn3ZH", "Gudang Jakarta", is_default=True)
BANDUNG = Warehouse("2026012714314318226016", "Gudang Bandung")

STORE = StoreData(tree=TREE, brands=brand_book(), warehouses=(JAKARTA, BANDUNG))


def row(**cells: Any) -> dict[str, Any]:
    """The seed's first product (its stock as one number) with these cells changed."""
    base = dict(SEED_CELLS[0])
    base.update(categoryId=None, subCategoryId=None, typeId=None, brandId=None)
    base.update(cells)
    return base


#: The tree and the brands only (the store's warehouses not known): no stock warning.
CATALOGUE = StoreData(tree=TREE, brands=brand_book())
