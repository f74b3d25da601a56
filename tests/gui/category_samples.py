"""A small reference tree for the grid's category tests: the seed's ids are in it, names repeat
under different parents (``Aksesoris``), and one type sits under two sub-categories."""

from __future__ import annotations

from datetime import UTC, datetime

from app.catalog.store_data import BrandBook, Entry, ReferenceTree, StoreData, Warehouse
from tests.gui.samples import CATEGORY, SUBCATEGORY, TYPE

SECOND_SUB = "0e882586-c506-4792-a831-02767a6844e2"
OBLONG = "6f1c1a52-3b1e-4c55-9a0e-000000000001"
POLO = "6f1c1a52-3b1e-4c55-9a0e-000000000002"
WANITA = "7a2d0000-0000-4000-8000-000000000001"
BLOUSE = "7a2d0000-0000-4000-8000-000000000002"
BLOUSE_TYPE = "7a2d0000-0000-4000-8000-000000000003"
AKS_PRIA = "7a2d0000-0000-4000-8000-000000000004"
AKS_WANITA = "7a2d0000-0000-4000-8000-000000000005"
GELANG = "7a2d0000-0000-4000-8000-000000000006"
BRAND = "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea"


def e(id_: str, name: str) -> Entry:
    return Entry(id_, name)


def sample_tree(fetched_at: datetime | None = None) -> ReferenceTree:
    return ReferenceTree(
        categories=(e(CATEGORY, "Fashion Pria"), e(WANITA, "Fashion Wanita")),
        sub_categories={
            CATEGORY: (e(SUBCATEGORY, "Kaos"), e(SECOND_SUB, "Kemeja"), e(AKS_PRIA, "Aksesoris")),
            WANITA: (e(BLOUSE, "Atasan"), e(AKS_WANITA, "Aksesoris")),
        },
        types={
            SUBCATEGORY: (
                e(OBLONG, "Kaos Oblong"),
                e(POLO, "Kaos Polo"),
                e(TYPE, "Kaos Lengan Panjang"),
            ),
            SECOND_SUB: (e(TYPE, "Kaos Lengan Panjang"),),
            AKS_PRIA: (e(GELANG, "Gelang"),),
            BLOUSE: (e(BLOUSE_TYPE, "Blus"),),
            AKS_WANITA: (e(GELANG, "Gelang"),),
        },
        fetched_at=fetched_at or datetime.now(UTC),
    )


def sample_data(fetched_at: datetime | None = None) -> StoreData:
    brands = BrandBook()
    brands.add(
        "eiger", [e(BRAND, "Eiger"), e("b0000000-0000-4000-8000-000000000001", "Eiger Kids")]
    )
    return StoreData(
        tree=sample_tree(fetched_at),
        brands=brands,
        warehouses=(Warehouse("WH-1", "Gudang Jakarta", True), Warehouse("WH-2", "Gudang Bandung")),
    )
