"""The sandbox's three updates (API.md §4.7–4.9) over real HTTP, signed by hand."""

from __future__ import annotations

from typing import Any

import pytest

from app.sandbox import RowRejection, RunningSandbox
from tests.sandbox.test_catalogue_reads import LIST, created
from tests.sandbox.test_sandbox_http import call

PRICES = "/partner/stores/products/prices"
INVENTORY = "/partner/stores/inventory"
SURABAYA, JAKARTA = "2026012714314318226016", "wh_jkt-01"


def product(sandbox: RunningSandbox, sku: str) -> dict[str, Any]:
    data: dict[str, Any] = call(sandbox, "GET", f"{LIST}/sku/{sku}").json()["data"]
    return data


def test_a_price_update_is_pending_then_applied(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1", "W1")
    shirt = product(sandbox, "S1")
    sandbox.state.live_after = 60.0
    answer = call(
        sandbox,
        "PATCH",
        PRICES,
        {
            "items": [
                {"id": shirt["id"], "price": 95000, "specialPrice": 80000},
                {"sku": "W1", "price": 180000},
            ]
        },
    ).json()
    assert answer["meta"]["dispatch"] is True
    data = answer["data"]
    assert data["summary"] == {"total": 2, "failed": 0, "pending": 2}
    assert data["acceptedRows"] == [
        {"rowIndex": 0, "id": shirt["id"], "sku": "S1"},
        {"rowIndex": 1, "id": product(sandbox, "W1")["id"], "sku": "W1"},
    ]
    assert product(sandbox, "S1")["price"] == 200000  # queued, not applied yet
    sandbox.state.live_after = 0.0
    after = product(sandbox, "S1")
    assert (after["price"], after["specialPrice"]) == (95000, 80000)
    assert after["updatedAt"] >= shirt["updatedAt"]
    bag = product(sandbox, "W1")
    assert (bag["price"], bag["specialPrice"]) == (180000, 150000)  # specialPrice untouched


def test_refused_price_rows_name_their_row_and_field(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1", "W1")
    items = [
        {"sku": "W1", "price": 150000},  # not above its specialPrice 150000
        {"sku": "S1", "price": 90000},
        {"id": "9d1b7c40-0000-4000-8000-000000000000", "price": 1000},
        {"sku": "S1", "price": -5},
        {"sku": "S1", "stock": 5},
    ]
    data = call(sandbox, "PATCH", PRICES, {"items": items}).json()["data"]
    assert data["summary"] == {"total": 5, "failed": 4, "pending": 1}
    assert [r["rowIndex"] for r in data["acceptedRows"]] == [1]
    found = [(e["rowIndex"], e["code"], e["details"].get("field")) for e in data["errors"]]
    assert found == [
        (0, "VAL_001", "specialPrice"),
        (2, "PRD_014", "id"),
        (3, "VAL_001", "price"),
        (4, "VAL_001", "stock"),
    ]
    assert data["errors"][0]["sku"] == "W1" and data["errors"][1]["sku"] is None
    assert product(sandbox, "W1")["price"] == 190000 and product(sandbox, "S1")["price"] == 90000


@pytest.mark.parametrize("count", [0, 101])
def test_an_empty_or_too_long_list_is_refused_whole(sandbox: RunningSandbox, count: int) -> None:
    items = [{"sku": "S1", "price": 1000}] * count
    for path in (PRICES, INVENTORY):
        answer = call(sandbox, "PATCH", path, {"items": items})
        error = answer.json()["error"]
        assert answer.status_code == 400 and error["code"] == "VAL_001"
        assert list(error["details"]["context"]["validationErrors"]) == ["items"]


def test_stock_by_sku_id_and_external_id_and_by_warehouse(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1", "W1", "S3")  # S1 and S3 with a plain stock, W1 by warehouse
    s3 = product(sandbox, "S3")
    items = [
        {"sku": "S1", "stock": 55},
        {"id": s3["id"], "warehouses": [{"clientId": JAKARTA, "stock": 8}]},
        {"externalId": "ext-W1", "warehouses": [{"clientId": JAKARTA, "stock": 4}]},
    ]
    data = call(sandbox, "PATCH", INVENTORY, {"items": items}).json()["data"]
    assert data["acceptedRows"] == [
        {"rowIndex": 0, "sku": "S1"},
        {"rowIndex": 1, "id": s3["id"]},
        {"rowIndex": 2, "externalId": "ext-W1"},
    ]
    s1 = product(sandbox, "S1")
    assert s1["stock"] == 110 and [w["stock"] for w in s1["warehouses"]] == [55, 55]
    # a named warehouse changes, the others keep their stock
    assert product(sandbox, "S3")["warehouses"] == [
        {"clientId": JAKARTA, "stock": 8},
        {"clientId": SURABAYA, "stock": 900},
    ]
    w1 = product(sandbox, "W1")
    assert w1["warehouses"] == [
        {"clientId": SURABAYA, "stock": 23},
        {"clientId": JAKARTA, "stock": 4},
    ]
    assert w1["stock"] == 27


def test_refused_stock_rows_name_their_row_and_field(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1")
    items = [
        {"sku": "S1", "stock": -1},
        {"sku": "S1", "warehouses": [{"clientId": "wh_nowhere", "stock": 3}]},
        {"sku": "S1", "id": "x", "stock": 3},
        {"sku": "S1", "stock": 3, "warehouses": [{"clientId": JAKARTA, "stock": 3}]},
        {"externalId": "ext-none", "stock": 3},
        {"sku": "S1", "stock": 7},
    ]
    data = call(sandbox, "PATCH", INVENTORY, {"items": items}).json()["data"]
    found = [(e["rowIndex"], e["code"], e["details"].get("field")) for e in data["errors"]]
    assert found == [
        (0, "VAL_001", "stock"),
        (1, "VAL_001", "warehouses"),
        (2, "VAL_001", "id"),
        (3, "VAL_001", "stock"),
        (4, "PRD_014", "externalId"),
    ]
    assert "wh_nowhere" in data["errors"][1]["message"]
    assert data["errors"][4]["externalId"] == "ext-none"
    assert data["acceptedRows"] == [{"rowIndex": 5, "sku": "S1"}]
    assert product(sandbox, "S1")["stock"] == 14


def test_a_rejection_knob_refuses_the_update_row(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1")
    rejection = RowRejection(code="PRD_503", field="stock", message="busy", retryable=True)
    sandbox.state.set_faults(reject_skus={"S1": rejection})
    data = call(sandbox, "PATCH", INVENTORY, {"items": [{"sku": "S1", "stock": 2}]}).json()["data"]
    assert data["errors"][0]["code"] == "PRD_503"
    assert data["errors"][0]["details"] == {"field": "stock", "retryable": True}


def test_never_confirm_leaves_an_accepted_update_unapplied(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1")
    sandbox.state.set_faults(never_confirm_count=1)
    data = call(sandbox, "PATCH", PRICES, {"items": [{"sku": "S1", "price": 1000}]}).json()["data"]
    assert data["summary"]["pending"] == 1
    assert product(sandbox, "S1")["price"] == 200000


def test_a_partial_update_changes_only_the_given_fields(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1")
    before = product(sandbox, "S1")
    answer = call(
        sandbox, "PATCH", f"{LIST}/{before['id']}", {"name": "Kaos Baru", "hashtags": ["kaos"]}
    ).json()
    assert answer["meta"]["dispatch"] is False
    after = answer["data"]
    changed = {k for k in after if after[k] != before[k]}
    assert changed == {"name", "hashtags", "updatedAt"}
    assert after["name"] == "Kaos Baru" and product(sandbox, "S1") == after


def test_a_partial_update_can_switch_to_warehouse_stock(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1")
    shirt = product(sandbox, "S1")
    body = {"warehouses": [{"clientId": SURABAYA, "stock": 5}]}
    after = call(sandbox, "PATCH", f"{LIST}/{shirt['id']}", body).json()["data"]
    assert after["warehouses"] == body["warehouses"] and after["stock"] == 5


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ({"price": 0}, ["price"]),
        ({"externalId": "new"}, ["externalId"]),
        ({"colour": "red", "name": "x"}, ["colour"]),
        ({"price": 1000, "specialPrice": 2000}, ["specialPrice"]),
        ({"warehouses": [{"clientId": "wh_nowhere", "stock": 1}]}, ["warehouses"]),
        ({"name": "", "weight": -1}, ["name", "weight"]),
    ],
)
def test_a_refused_partial_update_is_val_001_keyed_by_field(
    sandbox: RunningSandbox, body: dict[str, Any], keys: list[str]
) -> None:
    created(sandbox, "S1")
    before = product(sandbox, "S1")
    answer = call(sandbox, "PATCH", f"{LIST}/{before['id']}", body)
    error = answer.json()["error"]
    assert answer.status_code == 400 and error["code"] == "VAL_001"
    assert sorted(error["details"]["context"]["validationErrors"]) == keys
    assert product(sandbox, "S1") == before


def test_a_partial_update_of_a_missing_product_is_prd_014(sandbox: RunningSandbox) -> None:
    answer = call(sandbox, "PATCH", f"{LIST}/9d1b7c40-0000-4000-8000-000000000000", {"name": "x"})
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "PRD_014"


def test_a_sku_another_product_holds_is_refused_when_skus_are_policed(
    sandbox: RunningSandbox,
) -> None:
    created(sandbox, "S1", "S2")
    s2 = product(sandbox, "S2")
    assert call(sandbox, "PATCH", f"{LIST}/{s2['id']}", {"sku": "S1"}).status_code == 200
    call(sandbox, "PATCH", f"{LIST}/{s2['id']}", {"sku": "S2"})
    sandbox.state.set_faults(police_skus=True)
    answer = call(sandbox, "PATCH", f"{LIST}/{s2['id']}", {"sku": "S1"})
    assert answer.status_code == 400
    assert list(answer.json()["error"]["details"]["context"]["validationErrors"]) == ["sku"]
    assert call(sandbox, "PATCH", f"{LIST}/{s2['id']}", {"sku": "S2"}).status_code == 200
