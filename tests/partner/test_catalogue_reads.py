"""The client's product list and one product (API.md §4.6) against the sandbox over real HTTP."""

from __future__ import annotations

import pytest

from app.partner import ListingCancelled, PartnerClient, PartnerError, ProductPage
from app.sandbox import RunningSandbox
from tests.sandbox.fixtures import seed_products as products


def stocked(sandbox: RunningSandbox, count: int) -> list[str]:
    """``count`` products put straight into the sandbox's catalogue (the listing is what is
    tested, over HTTP); their SKUs, oldest first."""
    skus = [f"P{n:05}" for n in range(count)]
    for product in products(*skus):
        sandbox.state.add_product(product)
    return skus


def test_a_page_says_where_it_is_and_how_many_there_are(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    skus = stocked(sandbox, 205)
    first = client.list_products()
    assert isinstance(first, ProductPage) and first.request_id
    assert (first.page, first.limit, first.total, first.total_pages) == (1, 100, 205, 3)
    assert [p["sku"] for p in first.items] == skus[:100]
    last = client.list_products(page=3, limit=100)
    assert [p["sku"] for p in last.items] == skus[200:]
    small = client.list_products(page=2, limit=7, q="P001")
    assert (small.total, small.total_pages, [p["sku"] for p in small.items]) == (
        100,
        15,
        skus[107:114],
    )


def test_a_product_is_the_stores_object(client: PartnerClient, sandbox: RunningSandbox) -> None:
    client.create_products(products("S1", "W1"))
    shirt, bag = client.list_products().items
    assert shirt["stock"] == 1800 and len(shirt["warehouses"]) == 2
    assert bag["warehouses"] == [{"clientId": "2026012714314318226016", "stock": 23}]
    assert client.get_product(bag["id"]) == bag
    by_sku = client.get_product_by_sku("W1")
    assert by_sku is not None and by_sku.raw == bag


def test_a_missing_product_is_none(client: PartnerClient) -> None:
    assert client.get_product("9d1b7c40-0000-4000-8000-000000000000") is None


def test_every_product_of_5000_in_50_requests(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    skus = stocked(sandbox, 5000)
    seen: list[tuple[int, int]] = []
    before = client.attempts
    found = client.all_products(progress=lambda done, total: seen.append((done, total)))
    assert client.attempts - before == 50
    assert [p["sku"] for p in found] == skus
    assert seen[0] == (100, 5000) and seen[-1] == (5000, 5000) and len(seen) == 50


def test_an_empty_store_takes_one_request(client: PartnerClient) -> None:
    before = client.attempts
    assert client.all_products() == []
    assert client.attempts - before == 1


def test_cancel_stops_between_pages(client: PartnerClient, sandbox: RunningSandbox) -> None:
    stocked(sandbox, 250)
    before = client.attempts
    with pytest.raises(ListingCancelled) as caught:
        client.all_products(cancel=lambda: True)
    assert (caught.value.fetched, caught.value.total) == (100, 250)
    assert client.attempts - before == 1


def test_a_page_read_twice_keeps_each_product_once(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    stocked(sandbox, 150)

    def grow(done: int, total: int) -> None:
        if done == 100:  # the store's oldest product is deleted while the list is read
            oldest = sandbox.state.products()[0]
            sandbox.state.delete(oldest.id)

    found = client.all_products(progress=grow)
    assert len({p["id"] for p in found}) == len(found)


def test_reads_are_retried_after_a_server_error(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    stocked(sandbox, 3)
    sandbox.state.set_faults(server_error_count=1, retry_after=None)
    before = client.attempts
    assert client.list_products().total == 3
    assert client.attempts - before == 2


def test_a_product_without_an_id_is_an_unreadable_answer(
    client: PartnerClient, sandbox: RunningSandbox
) -> None:
    stocked(sandbox, 1)
    sandbox.state.products()[0].id = ""
    with pytest.raises(PartnerError) as caught:
        client.list_products()
    assert caught.value.code == "UNEXPECTED_ANSWER"
