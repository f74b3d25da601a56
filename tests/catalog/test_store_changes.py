"""What is known of the store changes after an opening: only the rows it can change are checked
again, and they end exactly as a check of every row would leave them."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import ProductTable
from app.catalog.store_data import BrandBook, Entry, StoreData
from tests.catalog.store_trees import (
    FASHION_PRIA,
    JAKARTA,
    KAOS,
    KAOS_OBLONG,
    STORE,
    TREE,
    UNIQLO,
    brand_book,
    row,
    uid,
)

REXONA = uid(0xB7)


def with_rexona(book: BrandBook) -> BrandBook:
    more = copy.deepcopy(book)
    more.add("rexona", [Entry(REXONA, "Rexona")])
    return more


def sheet(*brands: Any, data: StoreData = STORE) -> ProductTable:
    cells = [
        (
            2 + i,
            row(
                sku=f"SKU-{i}",
                externalId=f"EXT-{i}",
                brandId=brand,
                categoryId="Fashion Pria > Kaos > Kaos Oblong",
            ),
        )
        for i, brand in enumerate(brands)
    ]
    return ProductTable.from_cells(cells, store_data=data)


def seen(table: ProductTable) -> list[tuple[Any, ...]]:
    """What the merchant sees of each row: its problems, its status and what would be sent."""
    return [
        (
            [(i.field, i.key, i.params) for i in r.issues],
            r.status,
            {k: v for k, v in r.values.items() if k != "externalId"},
        )
        for r in table.rows
    ]


def problems(table: ProductTable, index: int, field: str | None = None) -> list[str]:
    return [i.key for i in table.rows[index].issues if field is None or i.field == field]


def test_a_brand_found_after_the_opening_rechecks_only_its_rows() -> None:
    table = sheet("Rexona", "Uniqlo", "rexona ", "Nikee", None)
    assert problems(table, 0, "brandId") == ["brands_not_downloaded"]
    newer = StoreData(STORE.tree, with_rexona(brand_book()), STORE.warehouses)

    assert table.use_store_data(newer) == {0, 2}

    assert problems(table, 0, "brandId") == [] and table.rows[0].values["brandId"] == REXONA
    assert table.rows[2].values["brandId"] == REXONA
    assert table.rows[1].values["brandId"] == UNIQLO
    assert problems(table, 3, "brandId") == ["no_such_brand"]
    assert table.store_data is newer  # an edit is checked with the new lists too
    table.set_cell(1, "brandId", "Rexona")
    assert table.rows[1].values["brandId"] == REXONA


def test_the_same_lists_again_recheck_nothing() -> None:
    table = sheet("Rexona", "Uniqlo")
    again = StoreData(tree=copy.deepcopy(TREE), brands=brand_book(), warehouses=STORE.warehouses)
    assert table.use_store_data(again) == set()


def test_a_changed_tree_or_warehouses_or_a_first_list_rechecks_every_row() -> None:
    types = dict(TREE.types)
    types[KAOS] = tuple(e for e in types[KAOS] if e.id != KAOS_OBLONG)
    smaller = type(TREE)(TREE.categories, TREE.sub_categories, types)
    table = sheet("Uniqlo", "Uniqlo", "Uniqlo")
    assert table.use_store_data(StoreData(smaller, STORE.brands, STORE.warehouses)) == {0, 1, 2}
    assert problems(table, 0, "categoryId") == ["not_under_parent_suggest"]
    assert table.use_store_data(StoreData(smaller, STORE.brands, [JAKARTA])) == {0, 1, 2}
    unknown = sheet("Uniqlo", data=StoreData())
    assert unknown.use_store_data(STORE) == {0}


def test_a_deletion_sheet_is_not_checked_against_the_lists() -> None:
    table = ProductTable.from_cells([(2, {"sku": "480166"})], purpose="delete", store_data=None)
    assert table.use_store_data(STORE) == set()
    assert table.rows[0].issues == []


def test_a_duplicate_sku_row_still_says_so_after_its_brand_is_found() -> None:
    table = ProductTable.from_cells(
        [
            (2, row(sku="DUP", externalId="E1", brandId="Rexona", categoryId=FASHION_PRIA)),
            (3, row(sku="DUP", externalId="E2", brandId="Uniqlo", categoryId=FASHION_PRIA)),
        ],
        store_data=STORE,
    )
    newer = StoreData(STORE.tree, with_rexona(brand_book()), STORE.warehouses)
    table.use_store_data(newer)
    assert problems(table, 0, "brandId") == []
    assert problems(table, 0, "sku") == ["duplicate_in_sheet"]
    assert problems(table, 1, "sku") == ["duplicate_in_sheet"]


NAMES = ["Rexona", "rexona", "Uniqlo", "uniq", "Nikee", "Adidas", f"Rexona ({REXONA})", UNIQLO]
BRANDS = st.sampled_from([*NAMES, "", None, 7])


@settings(max_examples=60, deadline=None)
@given(
    brands=st.lists(BRANDS, min_size=1, max_size=8),
    skus=st.lists(st.sampled_from(["A", "B", "C"]), min_size=8, max_size=8),
    found=st.lists(st.sampled_from(["rexona", "adidas", "nikee"]), unique=True),
)
def test_rechecking_some_rows_ends_as_rechecking_every_row(
    brands: list[Any], skus: list[str], found: list[str]
) -> None:
    cells = [
        (2 + i, row(sku=skus[i], externalId=f"E{i % 3}", brandId=b, categoryId=FASHION_PRIA))
        for i, b in enumerate(brands)
    ]
    newer_book = brand_book()
    for name in found:
        newer_book.add(name, [Entry(REXONA, "Rexona")] if name == "rexona" else [])
    newer = StoreData(tree=STORE.tree, brands=newer_book, warehouses=STORE.warehouses)

    some = ProductTable.from_cells(copy.deepcopy(cells), store_data=STORE)
    some.use_store_data(newer)
    every = ProductTable.from_cells(copy.deepcopy(cells), store_data=STORE)
    every.store_data = newer
    every.validate_all()
    assert seen(some) == seen(every)
