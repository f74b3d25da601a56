"""One entry point for the command line and the window: the store's data, fresh or cached.

`gather_store_data` downloads what is missing or stale, keeps it in the cache, and falls back
on the cache when the store cannot be reached; what the merchant should know about that comes
back as `Note`s. It runs in a worker (the window) or the main thread (the command line); it
never touches a table: the caller applies ``Gathered.data`` with ``table.use_store_data``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from app.catalog.store_data import BrandBook, Entry, ReferenceTree, StoreData, Warehouse
from app.partner.errors import PartnerError, TransportError
from app.reference import cache
from app.reference.fetching import (
    Cancel,
    Progress,
    ReferenceSource,
    fetch_tree,
    search_brands,
)
from app.reference.notes import Note, offline_note

log = logging.getLogger(__name__)
_T = TypeVar("_T")


@dataclass(frozen=True)
class Gathered:
    """The store's data and what the merchant should be told about it. ``downloaded`` says
    whether the tree came fresh from the store in this call (else from the cache, or None)."""

    data: StoreData
    notes: list[Note] = field(default_factory=list)
    downloaded: bool = False

    @property
    def tree_fetched_at(self) -> datetime | None:
        return self.data.tree.fetched_at if self.data.tree else None


def gather_store_data(
    client: ReferenceSource,
    base_url: str,
    store_client_id: str | None,
    *,
    refresh: bool = False,
    brand_names: Iterable[str] = (),
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    now: Callable[[], datetime] | None = None,
    folder: Path | None = None,
) -> Gathered:
    """Tree (cached unless stale or ``refresh``), the store's warehouses (asked every time,
    the cache only when the store cannot be reached; skipped without ``store_client_id``) and
    the brands named in ``brand_names``. `FetchCancelled` is raised when ``cancel()`` says so;
    no other failure is raised: it becomes a note and the cache (or None) is used."""
    clock = now or (lambda: datetime.now(UTC))
    notes: list[Note] = []
    client = _Reachable(client)
    tree, downloaded = _tree(client, base_url, refresh, progress, cancel, clock, folder, notes)
    warehouses = (
        _warehouses(client, base_url, store_client_id, clock, folder, notes)
        if store_client_id
        else None
    )
    brands = _brands(client, base_url, refresh, brand_names, cancel, clock, folder, notes)
    return Gathered(StoreData(tree, brands, warehouses), notes, downloaded)


def _tree(
    client: ReferenceSource,
    base_url: str,
    refresh: bool,
    progress: Progress | None,
    cancel: Cancel | None,
    clock: Callable[[], datetime],
    folder: Path | None,
    notes: list[Note],
) -> tuple[ReferenceTree | None, bool]:
    cached = cache.load_tree(base_url, folder=folder)
    if cached is not None and not refresh and not cache.is_stale(cached, clock()):
        return cached, False
    try:
        tree = fetch_tree(client, progress=progress, cancel=cancel, now=clock)
    except PartnerError as exc:
        log.warning("the category list could not be downloaded: %s", exc)
        if cached is None:
            notes.append(Note("tree_missing", {"reason": str(exc)}))
            return None, False
        notes.append(offline_note("tree", cache.age_days(cached.fetched_at, clock())))
        return cached, False
    cache.save_tree(base_url, tree, folder=folder)
    notes.append(Note("tree_downloaded", {"types": count_types(tree)}))
    return tree, True


def _warehouses(
    client: ReferenceSource,
    base_url: str,
    store_client_id: str,
    clock: Callable[[], datetime],
    folder: Path | None,
    notes: list[Note],
) -> list[Warehouse] | None:
    try:
        found = client.warehouses()
    except PartnerError as exc:
        log.warning("the store's warehouses could not be fetched: %s", exc)
        cached = cache.load_warehouses(base_url, store_client_id, folder=folder)
        if cached is None:
            notes.append(Note("warehouses_missing", {"reason": exc.store_said()}))
            return None
        warehouses, fetched_at = cached
        notes.append(offline_note("warehouses", cache.age_days(fetched_at, clock())))
        return warehouses
    cache.save_warehouses(base_url, store_client_id, found, clock(), folder=folder)
    return found


def _brands(
    client: ReferenceSource,
    base_url: str,
    refresh: bool,
    names: Iterable[str],
    cancel: Cancel | None,
    clock: Callable[[], datetime],
    folder: Path | None,
    notes: list[Note],
) -> BrandBook:
    """The remembered brands (forgotten when stale or on ``refresh``) plus the new names."""
    book, since = BrandBook(), clock()
    cached = None if refresh else cache.load_brands(base_url, folder=folder)
    if cached is not None:
        old_book, old_since = cached
        if old_since is not None and clock() - old_since <= cache.MAX_AGE:
            book, since = old_book, old_since
    try:
        found = search_brands(client, names, book, cancel=cancel)
    except PartnerError as exc:
        log.warning("brand names could not be looked up: %s", exc)
        notes.append(Note("brands_missing", {"reason": exc.store_said()}))
        return book
    if found.searched != book.searched:
        cache.save_brands(base_url, found, since, folder=folder)
    return found


class _Reachable:
    """The client, until one call finds the store unreachable: later calls of this gathering
    fail at once with the same error (the cache is used), instead of each waiting out its own
    retries."""

    def __init__(self, client: ReferenceSource) -> None:
        self._client = client
        self._unreachable: TransportError | None = None

    def _ask(self, call: Callable[[], _T]) -> _T:
        if self._unreachable is not None:
            raise self._unreachable
        try:
            return call()
        except TransportError as exc:
            self._unreachable = exc
            raise

    def categories(self) -> list[Entry]:
        return self._ask(self._client.categories)

    def sub_categories(self, category_id: str) -> list[Entry]:
        return self._ask(lambda: self._client.sub_categories(category_id))

    def types(self, sub_category_id: str) -> list[Entry]:
        return self._ask(lambda: self._client.types(sub_category_id))

    def brands(self, q: str, limit: int = 20) -> list[Entry]:
        return self._ask(lambda: self._client.brands(q, limit))

    def warehouses(self) -> list[Warehouse]:
        return self._ask(self._client.warehouses)


def count_types(tree: ReferenceTree) -> int:
    """Distinct types of the tree (a type under two sub-categories counts once)."""
    return len({t.id for types in tree.types.values() for t in types})


def vanished_ids(old: ReferenceTree | None, new: ReferenceTree) -> set[str]:
    """Category, sub-category and type ids the old tree had and the new one has not: rows
    using them are flagged when the table is checked again against the new tree."""
    return _ids(old) - _ids(new) if old is not None else set()


def _ids(tree: ReferenceTree) -> set[str]:
    found = {c.id for c in tree.categories}
    found |= {s.id for subs in tree.sub_categories.values() for s in subs}
    found |= {t.id for types in tree.types.values() for t in types}
    return found
