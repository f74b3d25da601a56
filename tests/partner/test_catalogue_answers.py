"""Unit tests over MockTransport: what the catalogue calls send (path, query, method, body, a
signature over the query) and how they read answers another implementation of the contract
might give (no pagination, a short last page, numbers as ids)."""

from __future__ import annotations

import json

import pytest

from app.partner import PartnerError
from tests.partner.conftest import SleepRecorder
from tests.partner.test_reference_calls import ok, recording_client


def product(n: int) -> dict[str, object]:
    return {"id": f"id-{n}", "sku": f"S{n}", "price": 1000}


def test_a_page_is_asked_with_page_limit_and_q_in_the_signed_path(
    sleeps: SleepRecorder,
) -> None:
    page = {"items": [product(1)], "pagination": {"page": 2, "limit": 100, "total": 101}}
    client, seen = recording_client(sleeps, ok(page))
    found = client.list_products(page=2, limit=500, q="kaos merah")
    request = seen[0]
    assert request.method == "GET" and request.content == b""
    assert (
        request.url.raw_path == b"/api/v1/partner/stores/products?page=2&limit=100&q=kaos%20merah"
    )
    assert request.headers["x-signature"].startswith("sha256=")
    assert (found.page, found.limit, found.total, found.total_pages) == (2, 100, 101, 2)


def test_without_pagination_the_list_ends_at_its_first_page(sleeps: SleepRecorder) -> None:
    client, seen = recording_client(sleeps, ok({"items": [product(1), product(2)]}))
    assert [p["id"] for p in client.all_products()] == ["id-1", "id-2"]
    assert len(seen) == 1


def test_an_empty_page_ends_the_list_even_if_more_pages_are_announced(
    sleeps: SleepRecorder,
) -> None:
    pagination = {"page": 1, "limit": 100, "total": 300, "totalPages": 3}
    client, seen = recording_client(
        sleeps,
        ok({"items": [product(1)], "pagination": pagination}),
        ok({"items": [], "pagination": {**pagination, "page": 2}}),
    )
    assert [p["id"] for p in client.all_products()] == ["id-1"]
    assert len(seen) == 2


@pytest.mark.parametrize(
    "data", [{"items": [{"sku": "S1"}]}, {"items": "none"}, {"items": [["id-1"]]}]
)
def test_an_item_that_is_not_a_product_is_unreadable(sleeps: SleepRecorder, data: object) -> None:
    client, _ = recording_client(sleeps, ok(data))
    with pytest.raises(PartnerError) as caught:
        client.list_products()
    assert caught.value.code == "UNEXPECTED_ANSWER"


def test_updates_send_patch_with_only_the_given_items_and_fields(sleeps: SleepRecorder) -> None:
    queued = {"batchId": "pb_1", "summary": {"total": 1, "failed": 0, "pending": 1}}
    client, seen = recording_client(
        sleeps,
        ok({**queued, "acceptedRows": [{"rowIndex": 0, "id": 7, "sku": 480166}]}),
        ok({**queued, "acceptedRows": [{"rowIndex": 0, "externalId": "e"}]}),
        ok({"id": "id/1", "name": "Kaos"}),
    )
    prices = client.update_prices([{"id": "id-1", "price": 95000, "specialPrice": None}])
    assert [(a.id, a.sku) for a in prices.accepted] == [("7", "480166")]
    client.update_stock([{"externalId": "e", "warehouses": [{"clientId": "w", "stock": 3}]}])
    updated = client.update_product("id/1", {"name": "Kaos"})
    assert [(r.method, r.url.raw_path) for r in seen] == [
        ("PATCH", b"/api/v1/partner/stores/products/prices"),
        ("PATCH", b"/api/v1/partner/stores/inventory"),
        ("PATCH", b"/api/v1/partner/stores/products/id%2F1"),
    ]
    assert [json.loads(r.content) for r in seen] == [
        {"items": [{"id": "id-1", "price": 95000, "specialPrice": None}]},
        {"items": [{"externalId": "e", "warehouses": [{"clientId": "w", "stock": 3}]}]},
        {"name": "Kaos"},
    ]
    assert updated == {"id": "id/1", "name": "Kaos"}
