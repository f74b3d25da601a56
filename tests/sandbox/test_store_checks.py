"""The sandbox rejects a broken category chain, an unknown brand and a warehouse the store does
not have, on that row with ``details.field`` (API.md §5, §6)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from tests.catalog.seed_rows import SEED_PAYLOAD
from tests.sandbox.test_sandbox_http import BULK, call

BUKU = "4d7c2f5c-0000-5000-8000-000000000000"  # a UUID the tree does not have
ATASAN = "0e882586-c506-4792-a831-02767a6844e2"


def product(sku: str, **changes: Any) -> dict[str, Any]:
    item = copy.deepcopy(SEED_PAYLOAD["products"][0])
    item.update(sku=sku, externalId=f"ext-{sku}", **changes)
    return {k: v for k, v in item.items() if v is not None or k == "specialPrice"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"categoryId": BUKU}, "categoryId"),
        ({"subCategoryId": "0e882586-c506-4792-a831-000000000000"}, "subCategoryId"),
        ({"typeId": ATASAN}, "typeId"),  # an id of the tree, but not a type of Kaos
        ({"brandId": "00000000-0000-4000-8000-000000000000"}, "brandId"),
        ({"stock": None, "warehouses": [{"clientId": "Jakarta", "stock": 3}]}, "warehouses"),
    ],
)
def test_a_wrong_id_rejects_that_row_on_its_field(
    sandbox: RunningSandbox, changes: dict[str, Any], field: str
) -> None:
    body = {"products": [product("OK-1"), product("BAD-1", **changes)]}
    data = call(sandbox, "POST", BULK, body).json()["data"]
    assert [r["sku"] for r in data["acceptedRows"]] == ["OK-1"]
    (error,) = data["errors"]
    assert error["rowIndex"] == 1 and error["details"]["field"] == field
    assert error["code"] == "VAL_001"


def test_a_type_under_two_sub_categories_is_accepted_under_either(
    sandbox: RunningSandbox,
) -> None:
    data = call(sandbox, "POST", BULK, copy.deepcopy(SEED_PAYLOAD)).json()["data"]
    assert data["errors"] == [] and len(data["acceptedRows"]) == 2


def test_an_unknown_warehouse_names_the_stores_warehouses(sandbox: RunningSandbox) -> None:
    bad = product("W-1", stock=None, warehouses=[{"clientId": "Jakarta", "stock": 3}])
    (error,) = call(sandbox, "POST", BULK, {"products": [bad]}).json()["data"]["errors"]
    assert "Jakarta" in error["message"] and "wh_jkt-01" in error["message"]


def test_warehouses_for_a_store_without_any_are_refused_stock_is_fine(
    sandbox: RunningSandbox,
) -> None:
    sandbox.state.warehouses[DEMO_CREDENTIALS.store_client_id] = []
    wh = product("W-2", stock=None, warehouses=[{"clientId": "wh_jkt-01", "stock": 3}])
    body = {"products": [wh, product("S-2", stock=4)]}
    data = call(sandbox, "POST", BULK, body).json()["data"]
    assert [e["details"]["field"] for e in data["errors"]] == ["warehouses"]
    assert [r["sku"] for r in data["acceptedRows"]] == ["S-2"]


def test_stock_for_a_store_with_warehouses_is_accepted(sandbox: RunningSandbox) -> None:
    data = call(sandbox, "POST", BULK, {"products": [product("S-3", stock=7)]}).json()["data"]
    assert data["errors"] == []
