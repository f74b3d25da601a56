"""Checking every photo of a sheet: each distinct link once, ``CONCURRENCY`` at a time and
``PER_HOST`` at a time from one host, the disk cache first, with progress and cancel.

``PhotoChecker.check(links)`` returns ``{link: PhotoCheck}``; it touches no table. The owner
(the command line's main thread, the window's GUI thread) hands the result to
``ProductTable.use_photo_checks`` through ``issues_by_link``.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from urllib.parse import urlsplit

import httpx

from app.catalog.issues import Issue
from app.photos.cache import PhotoCache
from app.photos.fetching import download, photo_client
from app.photos.judging import PhotoCheck, before_download, judge
from app.photos.rules import CONCURRENCY, MAX_BYTES, PER_HOST, TIMEOUT_SECONDS

Progress = Callable[[int, int], None]
#: told of each link's check as soon as it is known (on the thread that called ``check``)
FoundOne = Callable[[str, PhotoCheck], None]


def issues_by_link(checks: Mapping[str, PhotoCheck]) -> dict[str, list[Issue]]:
    return {link: check.issues() for link, check in checks.items()}


class PhotoChecker:
    """Checks photo links; ``client`` is the checker's own (``photo_client``), never the
    store's; ``cache`` None keeps nothing on disk."""

    def __init__(
        self,
        cache: PhotoCache | None = None,
        *,
        client: httpx.Client | None = None,
        timeout: float = TIMEOUT_SECONDS,
        max_bytes: int = MAX_BYTES,
        concurrency: int = CONCURRENCY,
        per_host: int = PER_HOST,
    ) -> None:
        self.cache = cache
        self._own_client = client is None
        self._client = client  # made on the first download: a warm cache needs none
        self.timeout, self.max_bytes = timeout, max_bytes
        self.concurrency, self.per_host = concurrency, per_host
        self._cancel = threading.Event()

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = photo_client()
        return self._client

    def close(self) -> None:
        if self._own_client and self._client is not None:
            self._client.close()

    def __enter__(self) -> PhotoChecker:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def cancel(self) -> None:
        """Stop: links not started are left, downloads under way stop at their next read."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(
        self,
        links: Sequence[str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        found_one: FoundOne | None = None,
    ) -> dict[str, PhotoCheck]:
        """Check each distinct link once; returns what was found for every link checked (all
        of them unless cancelled). ``progress(done, total)`` and ``found_one(link, check)`` are
        called on this thread."""
        distinct = list(dict.fromkeys(links))
        stop = cancelled or (lambda: False)

        def stopped() -> bool:
            return self._cancel.is_set() or stop()

        found: dict[str, PhotoCheck] = {}
        pending: list[str] = []
        for link in distinct:
            early = before_download(link)
            if early is not None:
                found[link] = early
                if found_one is not None:
                    found_one(link, early)
                continue
            kept = self.cache.load(link) if self.cache is not None else None
            if kept is not None and kept[1]:
                found[link] = kept[0]
                if found_one is not None:
                    found_one(link, kept[0])
            else:
                pending.append(link)
        total = len(distinct)
        if progress is not None:
            progress(len(found), total)
        if not pending or stopped():
            return found
        self.client  # noqa: B018 - made here, on one thread
        hosts: dict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(self.per_host)
        )
        for link in pending:
            hosts[_host(link)]  # made here, on one thread
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="photo") as pool:
            futures: dict[Future[PhotoCheck | None], str] = {}
            for link in _by_host(pending):
                futures[pool.submit(self._one, link, hosts[_host(link)], stopped)] = link
            waiting = set(futures)
            try:
                self._collect(futures, waiting, found, total, progress, stopped, found_one)
            except KeyboardInterrupt:  # Ctrl-C: the downloads under way stop at their next read
                self._cancel.set()
                raise
        return found

    def _collect(
        self,
        futures: dict[Future[PhotoCheck | None], str],
        waiting: set[Future[PhotoCheck | None]],
        found: dict[str, PhotoCheck],
        total: int,
        progress: Progress | None,
        stopped: Callable[[], bool],
        found_one: FoundOne | None,
    ) -> None:
        while waiting:
            done, waiting = wait(waiting, timeout=0.2, return_when=FIRST_COMPLETED)
            if stopped():
                for future in waiting:
                    future.cancel()
            for future in done:
                if future.cancelled():
                    continue
                result = future.result()
                if result is not None:
                    found[futures[future]] = result
                    if found_one is not None:
                        found_one(futures[future], result)
            if done and progress is not None:
                progress(len(found), total)

    def _one(
        self, link: str, host: threading.BoundedSemaphore, stopped: Callable[[], bool]
    ) -> PhotoCheck | None:
        with host:
            if stopped():
                return None
            kept = self.cache.load(link) if self.cache is not None else None
            old = kept[0] if kept is not None else None
            got = download(
                self.client,
                link,
                etag=old.etag if old else None,
                last_modified=old.last_modified if old else None,
                timeout=self.timeout,
                max_bytes=self.max_bytes,
                cancelled=stopped,
            )
        if got.failure == "photo_cancelled":
            return None
        if got.not_modified and old is not None:
            if self.cache is not None:
                self.cache.touch(old)
            return old
        check = judge(got)
        if self.cache is not None:
            self.cache.save(check)
        return check


def _host(link: str) -> str:
    try:
        return (urlsplit(link).hostname or "").lower()
    except ValueError:
        return ""


def _by_host(links: Sequence[str]) -> list[str]:
    """The links taken in turn from each host, so that one host's limit does not hold up the
    others' downloads."""
    queues: dict[str, list[str]] = defaultdict(list)
    for link in links:
        queues[_host(link)].append(link)
    ordered: list[str] = []
    lists = list(queues.values())
    for i in range(max((len(q) for q in lists), default=0)):
        ordered.extend(q[i] for q in lists if i < len(q))
    return ordered
