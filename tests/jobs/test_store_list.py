"""Reading the store's whole product list for a confirmation (``read_store_list``), over a
stand-in for the client's ``list_products``."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from app.jobs.store_list import read_store_list
from app.partner import PartnerError
from app.partner.catalogue import ProductPage


class Pages:
    """A store of ``n`` products, 100 a page; ``moved`` puts page 2's last product at the top
    of page 3 too (the list moved while it was read); ``failing`` pages raise."""

    def __init__(self, n: int, *, moved: bool = False, failing: frozenset[int] = frozenset()):
        self.products = [{"id": f"p{k}", "sku": f"SKU-{k}"} for k in range(n)]
        self.moved, self.failing = moved, failing
        self.asked: list[int] = []
        self.lock = threading.Lock()

    def list_products(self, page: int, limit: int) -> ProductPage:
        with self.lock:
            self.asked.append(page)
        if page in self.failing:
            raise PartnerError("the store failed", code="SRV_001")
        start = (page - 1) * limit
        items = self.products[start : start + limit]
        if self.moved and page == 3:
            items = [self.products[start - 1], *items]
        pages = -(-len(self.products) // limit)
        return ProductPage(items, page, limit, len(self.products), pages)


def read(pages: Pages, **options: Any) -> Any:
    settings: dict[str, Any] = {"worth": lambda n: True, "concurrency": 2, "cancelled": bool}
    return read_store_list(pages, **{**settings, **options})


def test_every_page_is_read_and_each_product_kept_once() -> None:
    pages = Pages(450, moved=True)
    listed = read(pages)
    assert sorted(pages.asked) == [1, 2, 3, 4, 5]
    assert [p["id"] for p in listed.items] == [f"p{k}" for k in range(450)]
    assert listed.complete and listed.pages == 5 and listed.requests == 5


def test_only_what_keep_returns_is_held() -> None:
    wanted = {"SKU-3", "SKU-250"}
    listed = read(Pages(300), keep=lambda p: p["sku"].lower() if p["sku"] in wanted else None)
    assert listed.items == ["sku-3", "sku-250"] and listed.complete


def test_a_list_not_worth_reading_whole_stops_after_page_1() -> None:
    pages = Pages(1_000)
    told: list[int] = []

    def worth(n: int) -> bool:
        told.append(n)
        return False

    listed = read(pages, worth=worth)
    assert pages.asked == [1] and told == [10]
    assert len(listed.items) == 100 and not listed.complete and listed.pages == 10


def test_cancelled_pages_are_not_asked_and_the_list_is_not_complete() -> None:
    pages = Pages(1_000)
    listed = read(pages, cancelled=lambda: len(pages.asked) >= 3, concurrency=1)
    assert sorted(pages.asked) == [1, 2, 3] and not listed.complete
    assert len(listed.items) == 300 and listed.requests == 3


def test_a_failing_page_is_raised_and_later_pages_are_not_asked() -> None:
    pages = Pages(2_000, failing=frozenset({3}))
    with pytest.raises(PartnerError):
        read(pages, concurrency=1)
    assert pages.asked == [1, 2, 3]  # the pages after the failed one are not asked


def test_an_empty_store_is_one_request() -> None:
    pages = Pages(0)
    listed = read(pages)
    assert pages.asked == [1] and listed.items == [] and listed.complete
