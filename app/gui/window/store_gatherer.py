"""How the window reaches the store's data: in a worker, the active store's credentials (from
the keyring), a client, and ``app.reference.gather_store_data`` (the cache first, the store
when it is stale or a refresh is asked for). It returns what it found; it touches no widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from app.catalog.store_data import Entry
from app.gui.kit.tasks import Progress
from app.gui.sending.job_spec import ClientFactory
from app.gui.stores.book import StoreBook, StoreChoice, make_client
from app.reference import Gathered, gather_store_data

if TYPE_CHECKING:
    from app.partner import PartnerClient


class Gather(Protocol):
    """Gathers one store's data in a worker (reads the keyring; may use the network)."""

    def __call__(
        self,
        choice: StoreChoice,
        *,
        refresh: bool,
        brand_names: list[str],
        progress: Progress,
        cancel: Callable[[], bool],
    ) -> Gathered: ...


class StoreGatherer:
    """The window's way to the store's data: the active store's credentials (keyring, in the
    worker), a client, ``gather_store_data``. Also searches brands for the brand list."""

    def __init__(self, stores: StoreBook, client_factory: ClientFactory = make_client) -> None:
        self.stores, self.client_factory = stores, client_factory

    def _client(self, choice: StoreChoice) -> tuple[PartnerClient, str]:
        values = self.stores.credentials(choice)
        return self.client_factory(values), values.store_client_id

    def __call__(
        self,
        choice: StoreChoice,
        *,
        refresh: bool,
        brand_names: list[str],
        progress: Progress,
        cancel: Callable[[], bool],
    ) -> Gathered:
        client, store_client_id = self._client(choice)
        with client:
            return gather_store_data(
                client,
                choice.base_url,
                store_client_id,
                refresh=refresh,
                brand_names=brand_names,
                progress=progress,
                cancel=cancel,
            )

    def brands(self, choice: StoreChoice, text: str) -> list[Entry]:
        """Brands named like ``text`` (in a worker)."""
        client, _ = self._client(choice)
        with client:
            return client.brands(text)


def is_offline(found: Gathered) -> bool:
    """Whether the store could not be reached for the category list."""
    return any(n.key.startswith("tree_offline") or n.key == "tree_missing" for n in found.notes)
