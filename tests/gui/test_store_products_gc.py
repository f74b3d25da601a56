"""The store's products are downloaded (``ProductFetcher.fetch``) with the collector paused and
frozen out of later full collections after: a full pass started by the thousands of new
products walked every object while the window waited. What the fetch returns is unchanged."""

from __future__ import annotations

import gc
import threading
from typing import Any

from app.credentials import Credentials
from app.gui.stores.book import StoreBook, StoreChoice
from app.gui.window.settings import WindowSettings
from app.gui.window.store_products import ProductFetcher


class Client:
    collecting: list[bool] = []

    def __init__(self, values: Any) -> None:
        self.values = values

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_: object) -> None:
        pass

    def all_products(self, **_: Any) -> list[dict[str, str]]:
        Client.collecting.append(gc.isenabled())
        return [{"id": f"p{k}", "sku": f"SKU-{k}"} for k in range(50)]


def test_products_downloaded_with_the_collector_paused_then_frozen(qapp: Any) -> None:
    values = Credentials("http://127.0.0.1:9/api/v1", "pc", "ps", "toko-1", "tok")
    choice = StoreChoice("Toko", values.base_url, "demo", values)
    fetcher = ProductFetcher(StoreBook(WindowSettings()), lambda: Client)  # type: ignore[arg-type,return-value]
    frozen = gc.get_freeze_count()
    try:
        got = fetcher.fetch(choice, None, lambda *_: None, threading.Event())
        assert Client.collecting == [False]  # paused while the pages became products
        assert gc.isenabled()  # and on again after
        assert gc.get_freeze_count() >= frozen + 50  # the products: out of later passes
    finally:
        gc.unfreeze()
    assert got.products == [{"id": f"p{k}", "sku": f"SKU-{k}"} for k in range(50)]
    assert got.store_id == "toko-1" and got.exported is None
