"""The client's three updates (API.md §4.7–4.9) against the sandbox over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from app.partner import NotFoundError, PartnerClient, RequestValidationError, ServerError
from app.sandbox import RunningSandbox
from tests.sandbox.fixtures import seed_products as products

SURABAYA, JAKARTA = "2026012714314318226016", "wh_jkt-01"


def on_store(client: PartnerClient, *skus: str) -> dict[str, dict[str, Any]]:
    client.create_products(products(*skus))
    return {p["sku"]: p for p in client.all_products()}


def test_a_price_update_is_pending_then_read_back_applied(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    shirt = on_store(client, "S1")["S1"]
    sandbox.state.live_after = 60.0
    result = client.update_prices([{"id": shirt["id"], "price": 95000, "specialPrice": 80000}])
    assert result.dispatch is True and result.errors == [] and result.request_id
    assert [(a.row_index, a.id, a.sku) for a in result.accepted] == [(0, shirt["id"], "S1")]
    assert (result.summary.total, result.summary.pending) == (1, 1)
    assert result.after_ambiguous_retry is False
    assert client.get_product(shirt["id"])["price"] == 200000  # type: ignore[index]
    sandbox.state.live_after = 0.0
    after = client.get_product(shirt["id"])
    assert after is not None and (after["price"], after["specialPrice"]) == (95000, 80000)


def test_price_errors_land_on_their_row_index_and_field(client: PartnerClient) -> None:
    on_store(client, "S1", "W1")
    result = client.update_prices(
        [
            {"sku": "S1", "price": 100000},
            {"sku": "W1", "price": 120000},  # below its specialPrice 150000
            {"id": "9d1b7c40-0000-4000-8000-000000000000", "price": 1000},
        ]
    )
    assert [a.row_index for a in result.accepted] == [0]
    assert [(e.row_index, e.code, e.field, e.sku) for e in result.errors] == [
        (1, "VAL_001", "specialPrice", "W1"),
        (2, "PRD_014", "id", None),
    ]
    assert result.errors[1].id == "9d1b7c40-0000-4000-8000-000000000000"


def test_stock_by_sku_id_external_id_and_warehouse(client: PartnerClient) -> None:
    store = on_store(client, "S1", "W1", "S3")
    result = client.update_stock(
        [
            {"sku": "S1", "stock": 55},
            {"id": store["S3"]["id"], "warehouses": [{"clientId": JAKARTA, "stock": 8}]},
            {"externalId": "ext-W1", "warehouses": [{"clientId": SURABAYA, "stock": 0}]},
            {"sku": "S1", "stock": -2},
            {"externalId": "ext-W1", "warehouses": [{"clientId": "wh_x", "stock": 1}]},
        ]
    )
    assert [(a.row_index, a.sku, a.id, a.external_id) for a in result.accepted] == [
        (0, "S1", None, None),
        (1, None, store["S3"]["id"], None),
        (2, None, None, "ext-W1"),
    ]
    assert [(e.row_index, e.field) for e in result.errors] == [(3, "stock"), (4, "warehouses")]
    assert result.errors[1].external_id == "ext-W1" and "wh_x" in result.errors[1].message
    now = {p["sku"]: p for p in client.all_products()}
    assert now["S1"]["stock"] == 110
    assert now["S3"]["warehouses"] == [
        {"clientId": JAKARTA, "stock": 8},
        {"clientId": SURABAYA, "stock": 900},
    ]
    assert now["W1"]["warehouses"] == [{"clientId": SURABAYA, "stock": 0}]
    assert now["W1"]["stock"] == 0


def test_an_update_whose_answer_was_lost_is_sent_again_and_says_so(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    on_store(client, "S1")
    sandbox.state.set_faults(drop_count=1)
    before = client.attempts
    result = client.update_stock([{"sku": "S1", "stock": 7}])
    assert client.attempts - before == 2 and result.after_ambiguous_retry is True
    assert [a.row_index for a in result.accepted] == [0]
    shirt = client.get_product_by_sku("S1")
    assert shirt is not None and shirt.raw["stock"] == 14


def test_a_partial_update_sends_only_the_given_fields(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    shirt = on_store(client, "S1")["S1"]
    after = client.update_product(shirt["id"], {"name": "Kaos Katun", "weight": 300})
    assert {k for k in after if after[k] != shirt[k]} == {"name", "weight", "updatedAt"}
    assert client.get_product(shirt["id"]) == after


def test_a_refused_partial_update_names_its_fields(client: PartnerClient) -> None:
    shirt = on_store(client, "S1")["S1"]
    with pytest.raises(RequestValidationError) as caught:
        client.update_product(shirt["id"], {"price": 5000, "specialPrice": 9000, "minOrder": 0})
    assert set(caught.value.field_errors) == {"specialPrice", "minOrder"}
    assert caught.value.code == "VAL_001"
    assert client.get_product(shirt["id"]) == shirt


def test_a_partial_update_of_a_missing_product_is_not_found(client: PartnerClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.update_product("9d1b7c40-0000-4000-8000-000000000000", {"name": "x"})
    assert caught.value.code == "PRD_014"


def test_the_external_id_is_never_sent_as_a_change(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    before = client.attempts
    with pytest.raises(ValueError, match="externalId"):
        client.update_product("any", {"externalId": "new", "name": "x"})
    assert client.attempts == before


def test_an_update_the_store_keeps_failing_is_retried_then_raised(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    on_store(client, "S1")
    sandbox.state.set_faults(server_error_count=10, retry_after=None)
    before = client.attempts
    with pytest.raises(ServerError):
        client.update_prices([{"sku": "S1", "price": 1000}])
    assert client.attempts - before == 5  # the policy's attempts
    sandbox.state.clear_faults()
    assert client.get_product_by_sku("S1").raw["price"] == 200000  # type: ignore[union-attr]


def test_a_5xx_after_the_update_was_handled_is_retried_to_the_same_values(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    on_store(client, "S1")
    sandbox.state.set_faults(
        server_error_count=1,
        server_error_after_processing=True,
        faulted_method="PATCH",
        retry_after=None,
    )
    before = client.attempts
    result = client.update_prices([{"sku": "S1", "price": 99000}])
    assert client.attempts - before == 2 and [a.row_index for a in result.accepted] == [0]
    shirt = client.get_product_by_sku("S1")
    assert shirt is not None and shirt.raw["price"] == 99000
    assert len(shirt.raw["warehouses"]) == 2  # nothing else moved
