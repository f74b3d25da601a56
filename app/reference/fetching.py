"""Downloading the store's data: the whole reference tree a few calls at a time, and brands by
name (API.md §4.4).

The tree is one call for the categories, one per category for its sub-categories and one per
sub-category for its types, ``parallel`` at a time in worker threads. ``progress(done, total)``
is called from the calling thread; ``total`` grows as the tree unfolds (the sub-categories are
only known once their category answered). ``cancel()`` is asked between answers: when it says
yes, nothing more is sent and `FetchCancelled` is raised at once (calls already on the wire are
left to finish and their answers dropped). Nothing here touches a table: the caller gets a
`ReferenceTree` or a `BrandBook` back and applies it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from app.catalog.naming import normalise
from app.catalog.store_data import BrandBook, Entry, ReferenceTree, Warehouse

#: how many reference calls are on the wire at once
DEFAULT_PARALLEL = 4
#: brands asked for per searched name: the exact name must be among those "containing" it
BRAND_SEARCH_LIMIT = 100
#: seconds between two looks at ``cancel()`` while answers are awaited
CANCEL_POLL = 0.05

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ReferenceSource(Protocol):
    """What fetching needs of `app.partner.PartnerClient` (a fake in unit tests)."""

    def categories(self) -> list[Entry]: ...
    def sub_categories(self, category_id: str) -> list[Entry]: ...
    def types(self, sub_category_id: str) -> list[Entry]: ...
    def brands(self, q: str, limit: int = ...) -> list[Entry]: ...
    def warehouses(self) -> list[Warehouse]: ...


class FetchCancelled(Exception):
    """The merchant stopped the download; nothing was kept."""

    def __init__(self, done: int = 0, total: int = 0) -> None:
        super().__init__(f"download of the category list cancelled after {done} of {total} calls")
        self.done = done
        self.total = total


@dataclass(frozen=True, slots=True)
class _Job:
    kind: str  # "sub" or "types"
    parent: str


def fetch_tree(
    client: ReferenceSource,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    parallel: int = DEFAULT_PARALLEL,
    now: Callable[[], datetime] | None = None,
) -> ReferenceTree:
    """The whole tree; any `PartnerError` of a call is raised (after the rest is called off)."""
    cancelled = cancel or (lambda: False)
    report = progress or (lambda done, total: None)
    if cancelled():
        raise FetchCancelled(0, 1)
    categories = tuple(client.categories())
    done, total = 1, 1 + len(categories)
    report(done, total)
    sub_categories: dict[str, tuple[Entry, ...]] = {}
    types: dict[str, tuple[Entry, ...]] = {}
    pool = ThreadPoolExecutor(max(1, parallel), thread_name_prefix="reference")
    pending: dict[Future[list[Entry]], _Job] = {}

    def submit(job: _Job) -> None:
        call = client.sub_categories if job.kind == "sub" else client.types
        pending[pool.submit(call, job.parent)] = job

    try:
        for category in categories:
            if category.id not in sub_categories:
                sub_categories[category.id] = ()
                submit(_Job("sub", category.id))
        while pending:
            if cancelled():
                raise FetchCancelled(done, total)
            finished, _ = wait(list(pending), timeout=CANCEL_POLL, return_when=FIRST_COMPLETED)
            for future in finished:
                job = pending.pop(future)
                found = tuple(future.result())  # a PartnerError leaves here
                done += 1
                if job.kind == "sub":
                    sub_categories[job.parent] = found
                    for sub in found:
                        if sub.id not in types:
                            types[sub.id] = ()
                            total += 1
                            submit(_Job("types", sub.id))
                else:
                    types[job.parent] = found
            report(done, total)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    fetched_at = now() if now is not None else datetime.now(UTC)
    return ReferenceTree(categories, sub_categories, types, fetched_at)


def brand_key(name: str) -> str:
    """A brand name as it is searched and remembered (``BrandBook.searched``): the catalog's
    own normalised form, so validation finds what was searched."""
    return normalise(str(name))


def search_brands(
    client: ReferenceSource,
    names: Iterable[str],
    book: BrandBook | None = None,
    *,
    parallel: int = DEFAULT_PARALLEL,
    cancel: Cancel | None = None,
) -> BrandBook:
    """A new book: ``book``'s brands plus one search per distinct name not searched yet. The
    given book is not changed (it may be the one the table reads)."""
    found = BrandBook(dict(book.brands), set(book.searched)) if book else BrandBook()
    wanted = sorted({key for key in map(brand_key, names) if key and key not in found.searched})
    if not wanted:
        return found
    cancelled = cancel or (lambda: False)
    pool = ThreadPoolExecutor(max(1, parallel), thread_name_prefix="brands")
    futures = {pool.submit(client.brands, key, BRAND_SEARCH_LIMIT): key for key in wanted}
    try:
        for future in _as_they_come(futures, cancelled):
            found.add(futures[future], future.result())
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return found


def _as_they_come(
    futures: dict[Future[list[Entry]], str], cancelled: Cancel
) -> Iterable[Future[list[Entry]]]:
    waiting = set(futures)
    while waiting:
        if cancelled():
            raise FetchCancelled(len(futures) - len(waiting), len(futures))
        finished, waiting = wait(waiting, timeout=CANCEL_POLL, return_when=FIRST_COMPLETED)
        yield from finished
