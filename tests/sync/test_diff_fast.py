"""``compare``'s fast path (``StoreIndex.quick``, rows equal at a glance planned without a
payload, plans made without their frozen ``__init__``) against the plain comparison: every row
matched with ``StoreIndex.match``, the same-product rule applied to those matches, and every
matched valid row planned from its upload payload (``plan_row(..., glanced=True)``: no glance
at all). Same plans, same issues, same JSON, for sheets and stores where the two could part:
ids, External IDs and SKUs that agree, clash, differ in case or spaces or name another product;
generated External IDs, with and without a store (and a product holding one); two rows of
one product; two store products with one SKU; action words; rows with errors; prices, stock
and names changed on either side.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.catalog.issues import Issue
from app.catalog.table import ProductTable, stable_external_id
from app.sync.diff import _cell_of, compare, plan_row
from app.sync.matching import Match, StoreIndex
from app.sync.plan import Action, RowPlan, SyncPlan
from app.sync.plan_json import plan_json
from app.sync.values import CompareKeys, present_fields
from tests.catalog.seed_rows import SEED_CELLS
from tests.sync.store_products import pid, stored

_IDS = st.sampled_from(["same", "none", "none", "other", "unknown"])
_EXTERNAL = st.sampled_from(["same", "same", "none", "none", "other", "new", "spaced"])
_SKU = st.sampled_from(["same", "same", "case", "other", "new", "none"])
_ACTION = st.sampled_from([None, None, None, None, "baru", "ubah", "hapus", "lewati"])
_PRICE = st.sampled_from([None, None, "Rp 15.000", "Rp 190.000", "abc"])
_STOCK = st.sampled_from([None, None, 3, 900])

ROW = st.fixed_dictionaries(
    {
        "seed": st.integers(0, 1),
        "product": st.integers(0, 3),
        "id": _IDS,
        "externalId": _EXTERNAL,
        "sku": _SKU,
        "action": _ACTION,
        "price": _PRICE,
        "stock": _STOCK,
        "name": st.sampled_from([None, None, "Kaos Baru"]),
    }
)
STORE = st.fixed_dictionaries(
    {
        "products": st.integers(0, 4),
        "twin_sku": st.booleans(),  # a second store product with the first one's SKU
        "twin_external": st.booleans(),
        "generated_twin": st.booleans(),  # a product with the External ID generated for SKU-1
        "price_moved": st.booleans(),  # the store's first product changed since the export
        "exported": st.booleans(),
        "store_id": st.sampled_from([None, "toko-1"]),
        # the store's first product's External ID and SKU with spaces around; a product
        # without an id (never matched)
        "spaced_store": st.booleans(),
        "no_id": st.booleans(),
        # a field the store's first product lacks (the glance takes every field at once)
        "dropped": st.sampled_from([None, None, "weight", "name", "photos", "description"]),
    }
)


def _cells(spec: dict[str, Any]) -> dict[str, Any]:
    """A sheet row written from the seed rows: the ``product``-th store product's cells,
    then changed as ``spec`` says."""
    n = spec["product"]
    cells = copy.deepcopy(SEED_CELLS[spec["seed"]])
    cells["sku"] = f"SKU-{n}"
    cells["externalId"] = f"ext-{n}"
    choice = spec["id"]
    if choice != "none":
        cells["id"] = {"same": pid(n), "other": pid((n + 1) % 4), "unknown": "nope"}[choice]
    cells["externalId"] = {
        "same": f"ext-{n}",
        "none": None,
        "other": f"ext-{(n + 1) % 4}",
        "new": "ext-new",
        "spaced": f" ext-{n} ",
    }[spec["externalId"]]
    cells["sku"] = {
        "same": f"SKU-{n}",
        "case": f" sku-{n}",
        "other": f"SKU-{(n + 1) % 4}",
        "new": "SKU-NEW",
        "none": None,
    }[spec["sku"]]
    for key in ("action", "price", "stock", "name"):
        if spec[key] is not None:
            cells[key] = spec[key]
    return cells


def _store(sheet: list[dict[str, Any]], spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The store after uploading the seed rows as products 0.. (a product per seed row)."""
    base = [
        ProductTable.from_cells([(2, copy.deepcopy(SEED_CELLS[k % 2]))]).rows[0].payload()
        for k in range(spec["products"])
    ]
    products = [
        stored(payload, k, sku=f"SKU-{k}", externalId=f"ext-{k}") for k, payload in enumerate(base)
    ]
    if products and spec["twin_sku"]:
        products.append(stored(base[0], 7, sku="SKU-0", externalId="ext-7"))
    if products and spec["twin_external"]:
        products.append(stored(base[0], 8, sku="SKU-8", externalId="ext-0"))
    if products and spec["generated_twin"]:
        generated = stable_external_id("toko-1", "SKU-1")
        products.append(stored(base[0], 9, sku="SKU-9", externalId=generated))
    return products


def _eager(products: list[dict[str, Any]]) -> StoreIndex:
    """The index as it was built before its look-ups were made when first needed: all three
    at once, in one pass over the products."""
    index = StoreIndex([])
    by_id: dict[str, Any] = {}
    by_external_id: dict[str, list[Any]] = defaultdict(list)
    by_sku: dict[str, list[Any]] = defaultdict(list)
    for product in products:
        product_id = product.get("id")
        if product_id is None:
            continue
        by_id[str(product_id)] = product
        external = product.get("externalId")
        if isinstance(external, str) and (external := external.strip()):
            by_external_id[external].append(product)
        sku = product.get("sku")
        if isinstance(sku, str) and (sku := sku.strip()):
            by_sku[sku.casefold()].append(product)
    vars(index).update(by_id=by_id, by_external_id=by_external_id, by_sku=by_sku)
    return index


def _plain(table: ProductTable, products: list[dict[str, Any]], exported: Any) -> SyncPlan:
    """The comparison the plain way (what ``compare`` was before its fast path)."""
    index = _eager(products)
    stable = table.store_id is not None
    matched = [(row, index.match(row, stable_ids=stable)) for row in table.rows]
    seen: dict[str, list[int]] = {}
    for n, (row, match) in enumerate(matched):
        if match.product is not None and row.values.get("action") != "skip":
            seen.setdefault(str(match.product_id), []).append(n)
    found = [m for _, m in matched]
    for product_id, twice in seen.items():
        for n in twice if len(twice) > 1 else ():
            other = next(matched[m][0].sheet_row for m in twice if m != n)
            issue = Issue(
                _cell_of(found[n]),
                "sync_same_product_twice",
                params={"other": other or "—", "product": product_id},
            )
            found[n] = replace(found[n], issues=(*found[n].issues, issue))
    keys = CompareKeys(present_fields(table.rows))
    return SyncPlan(
        [
            plan_row(i, row, match, keys, exported or {}, glanced=match.product is not None)
            for i, (row, match) in enumerate(zip(table.rows, found, strict=True))
        ]
    )


def _same(fast: RowPlan, plain: RowPlan) -> None:
    assert type(fast) is RowPlan
    assert fast == plain
    assert fast.store is plain.store
    assert [(i.field, i.key, i.level, i.params) for i in fast.issues] == [
        (i.field, i.key, i.level, i.params) for i in plain.issues
    ]


_GENERATED = {"seed": 0, "product": 1, "id": "none", "externalId": "none", "sku": "same"}
_NAMED_BY_ITS_GENERATED_ID = {
    **{"products": 2, "twin_sku": False, "twin_external": False, "generated_twin": True},
    **{"price_moved": False, "exported": False, "store_id": "toko-1", "dropped": None},
    **{"spaced_store": False, "no_id": False},
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ROW, min_size=1, max_size=6), STORE)
@example(  # the row's generated External ID names product 9, its SKU product 1: an error
    [{**_GENERATED, "action": None, "price": None, "stock": None, "name": None}],
    _NAMED_BY_ITS_GENERATED_ID,
)
def test_the_fast_path_plans_every_row_as_the_plain_comparison(
    rows: list[dict[str, Any]], spec: dict[str, Any]
) -> None:
    sheet = [_cells(r) for r in rows]
    products = _store(sheet, spec)
    exported = {pid(0): copy.deepcopy(products[0])} if products and spec["exported"] else None
    if products and spec["price_moved"]:
        products[0]["price"] = 333_000
    if products and spec["dropped"]:
        products[0].pop(spec["dropped"], None)
    if products and spec["spaced_store"]:
        products[0].update(externalId=" ext-0 ", sku="SKU-0 ")
    if products and spec["no_id"]:
        products.insert(0, {**copy.deepcopy(products[-1]), "id": None, "sku": "SKU-1"})
    table = ProductTable.from_cells(
        [(2 + k, c) for k, c in enumerate(sheet)], store_id=spec["store_id"]
    )
    fast = compare(table, products, exported=exported)
    plain = _plain(table, products, exported)
    assert len(fast) == len(plain)
    for f, p in zip(fast, plain, strict=True):
        _same(f, p)
    for lang in ("en", "id"):
        assert plan_json(fast, table, lang) == plan_json(plain, table, lang)


def test_the_fast_path_takes_the_common_rows_and_still_finds_what_changed() -> None:
    """A sheet just uploaded, one price edited: the quick match finds each product without a
    ``Match``, the unchanged rows are planned without a payload, the edited one the long way."""
    sheet = [{**copy.deepcopy(SEED_CELLS[k % 2]), "sku": f"SKU-{k}"} for k in range(4)]
    for k, cells in enumerate(sheet):
        cells["externalId"] = f"ext-{k}"
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(sheet)])
    products = [
        stored(row.payload(), k, sku=f"SKU-{k}", externalId=f"ext-{k}")
        for k, row in enumerate(table.rows)
    ]
    index = StoreIndex(products)
    assert all(index.quick(row, False) is products[k] for k, row in enumerate(table.rows))
    table.set_cell(2, "price", "Rp 15.000")
    plan = compare(table, products)
    assert [r.action for r in plan] == [Action.UNCHANGED] * 2 + [Action.UPDATE, Action.UNCHANGED]
    assert [c.as_json() for c in plan.rows[2].changes] == [
        {"field": "price", "from": 200000, "to": 15000}
    ]
    assert [i.key for i in plan.rows[2].issues] == ["price_jump"]
    assert isinstance(index.quick(table.rows[2], False), dict)
    table.set_cell(1, "sku", "SKU-0")  # now names another row's product: the long way
    assert isinstance(index.quick(table.rows[1], False), Match)
