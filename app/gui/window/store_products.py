"""The store's product list for the window, fetched in a worker: the active store's
credentials (keyring), a client, every page of the list (with progress and cancel), and the
record of the store's values the workbook kept when it was downloaded. It returns what it
found and touches no table and no widget; the owner compares on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.gui.kit.tasks import Progress
from app.gui.sending.runs import ClientFactory
from app.gui.stores.book import StoreBook, StoreChoice


@dataclass(frozen=True, slots=True)
class StoreProducts:
    """Every product of the store (API.md §4.6) and, when the workbook is an export, the
    store's values when it was downloaded (``{product id: product}``)."""

    products: list[dict[str, Any]]
    store_id: str  # the store's client id (not a secret): generated externalIds follow it
    exported: dict[str, dict[str, Any]] | None = None
    notes: tuple[str, ...] = field(default=())


class ProductFetcher:
    """``fetch(choice, workbook, progress, cancel)`` in a worker."""

    def __init__(self, stores: StoreBook, client_factory: Callable[[], ClientFactory]) -> None:
        self.stores = stores
        self.client_factory = client_factory  # read when called: tests set the flow's

    def fetch(
        self,
        choice: StoreChoice,
        workbook: Path | None,
        progress: Progress,
        cancel: Callable[[], bool],
    ) -> StoreProducts:
        exported = read_record(workbook) if workbook is not None else None
        values = self.stores.credentials(choice)
        with self.client_factory()(values) as client:
            products = client.all_products(progress=progress, cancel=cancel)
        return StoreProducts(products, values.store_client_id, exported)


def read_record(workbook: Path) -> dict[str, dict[str, Any]] | None:
    """The store's values the workbook recorded when it was downloaded (None: not an export,
    or the record is gone)."""
    return None
