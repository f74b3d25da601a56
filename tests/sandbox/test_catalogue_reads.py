"""The sandbox's product list and one product (API.md §4.6) over real HTTP, signed by hand."""

from __future__ import annotations

from typing import Any

from app.sandbox import RunningSandbox
from tests.sandbox.fixtures import seed_products as products
from tests.sandbox.test_sandbox_http import BULK, call

LIST = "/partner/stores/products"


def created(sandbox: RunningSandbox, *skus: str) -> list[dict[str, Any]]:
    """Create these products (100 a request); their accepted rows."""
    rows: list[dict[str, Any]] = []
    sent = products(*skus)
    for start in range(0, len(sent), 100):
        answer = call(sandbox, "POST", BULK, {"products": sent[start : start + 100]}).json()
        rows += answer["data"]["acceptedRows"]
    assert len(rows) == len(skus)
    return rows


def page(sandbox: RunningSandbox, query: str = "") -> dict[str, Any]:
    answer = call(sandbox, "GET", LIST + query)
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


def test_pages_hold_limit_products_oldest_first_and_count_them(sandbox: RunningSandbox) -> None:
    created(sandbox, *(f"P{n:03}" for n in range(205)))
    first = page(sandbox, "?page=1&limit=100")
    assert first["pagination"] == {"page": 1, "limit": 100, "total": 205, "totalPages": 3}
    assert [p["sku"] for p in first["items"]] == [f"P{n:03}" for n in range(100)]
    last = page(sandbox, "?page=3&limit=100")
    assert [p["sku"] for p in last["items"]] == ["P200", "P201", "P202", "P203", "P204"]
    assert page(sandbox, "?page=4&limit=100")["items"] == []
    default = page(sandbox)
    assert default["pagination"] == {"page": 1, "limit": 20, "total": 205, "totalPages": 11}
    assert len(default["items"]) == 20


def test_an_empty_store_has_no_page(sandbox: RunningSandbox) -> None:
    assert page(sandbox) == {
        "items": [],
        "pagination": {"page": 1, "limit": 20, "total": 0, "totalPages": 0},
    }


def test_q_and_is_archived_filter_the_list(sandbox: RunningSandbox) -> None:
    created(sandbox, "KAOS-1", "kaos-2", "TAS-1")
    assert [p["sku"] for p in page(sandbox, "?q=kaos")["items"]] == ["KAOS-1", "kaos-2"]
    assert page(sandbox, "?q=ext-TAS")["pagination"]["total"] == 1  # externalId matches too
    assert page(sandbox, "?isArchived=true")["items"] == []
    assert page(sandbox, "?isArchived=false")["pagination"]["total"] == 3


def test_a_limit_above_100_or_a_page_0_is_refused_on_its_name(sandbox: RunningSandbox) -> None:
    for query, key in (
        ("?limit=101", "limit"),
        ("?page=0", "page"),
        ("?isArchived=ya", "isArchived"),
    ):
        answer = call(sandbox, "GET", LIST + query)
        error = answer.json()["error"]
        assert answer.status_code == 400 and error["code"] == "VAL_001"
        assert list(error["details"]["context"]["validationErrors"]) == [key]


def test_the_product_object_carries_every_field_and_stock_is_the_warehouses_total(
    sandbox: RunningSandbox,
) -> None:
    created(sandbox, "S1", "W1")
    listed = {p["sku"]: p for p in page(sandbox)["items"]}
    shirt = listed["S1"]
    assert set(shirt) >= {"id", "status", "createdAt", "updatedAt", "externalId", "price"}
    assert shirt["status"] == "live" and shirt["createdAt"].endswith("Z")
    # the demo store has two warehouses: a plain stock of 900 went to each (API.md §4.5)
    assert shirt["warehouses"] == [
        {"clientId": "wh_jkt-01", "stock": 900},
        {"clientId": "2026012714314318226016", "stock": 900},
    ]
    assert shirt["stock"] == 1800
    bag = listed["W1"]
    assert bag["warehouses"] == [{"clientId": "2026012714314318226016", "stock": 23}]
    assert bag["stock"] == 23 and bag["brandId"] is None and bag["officialBanners"] == []
    assert bag["specialPrice"] == 150000 and bag["dimensions"] is None
    one = call(sandbox, "GET", f"{LIST}/{bag['id']}").json()
    assert one["data"] == bag
    by_sku = call(sandbox, "GET", f"{LIST}/sku/S1").json()["data"]
    assert by_sku == shirt


def test_a_store_without_warehouses_shows_the_plain_stock(sandbox: RunningSandbox) -> None:
    sandbox.state.warehouses.clear()
    call(sandbox, "POST", BULK, {"products": products("S1")})
    shirt = page(sandbox)["items"][0]
    assert shirt["stock"] == 900 and shirt["warehouses"] == []


def test_a_missing_product_is_prd_014_by_id_and_by_sku(sandbox: RunningSandbox) -> None:
    for path in (f"{LIST}/9d1b7c40-0000-4000-8000-000000000000", f"{LIST}/sku/NOPE"):
        answer = call(sandbox, "GET", path)
        assert answer.status_code == 404 and answer.json()["error"]["code"] == "PRD_014"


def test_the_catalogue_calls_are_signed_store_calls(sandbox: RunningSandbox) -> None:
    created(sandbox, "S1")
    shirt = page(sandbox)["items"][0]
    calls = [
        ("GET", LIST + "?page=1"),
        ("GET", f"{LIST}/{shirt['id']}"),
        ("PATCH", f"{LIST}/{shirt['id']}"),
        ("PATCH", LIST + "/prices"),
        ("PATCH", "/partner/stores/inventory"),
    ]
    forged_headers: dict[str, Any] = {"x-signature": "sha256=00"}
    for method, path in calls:
        body = None if method == "GET" else {"items": [{"sku": "S1", "price": 1}]}
        forged = call(sandbox, method, path, body, **forged_headers)
        assert forged.status_code == 401, path
        assert forged.json()["error"]["code"] == "SANDBOX_AUTH_BAD_SIGNATURE"
        blocked = call(sandbox, method, path, body, token="stkn_revoked")
        assert blocked.json()["error"]["code"] == "AUTH_014", path
    assert page(sandbox)["items"][0] == shirt
