"""Confirmation: pending rows are looked up by SKU until the store shows them live.

There is no batch-status endpoint (API.md §4.3), so each pending row is asked for by SKU, in
rounds that back off (0.5 s, 1 s, 2 s, ... up to ``max_delay``) until every row is live — its
product id learned — or until ``timeout``, when the rest stay ``pending``. When many rows wait —
at least ``ROWS_PER_PAGE`` for each page of the store's product list (§4.6) — a round reads the
whole list instead (``app.jobs.store_list``): 10,000 rows just uploaded are about 100 pages, not
10,000 look-ups. The list is trusted only while it agrees with look-ups: each such round first
asks ``PROBES`` rows one by one, and a product they found that the list then shows less of
(missing, another id, not live where the look-up said live) ends the list's use for this
confirmation.

It never touches a table: what it learned about each row comes back in its ``ConfirmReport``
and, round by round, through ``on_outcomes``; the table's owner applies it
(``app.jobs.apply.apply_outcomes`` with ``keep_edits``) on its own thread, where the merchant may
be editing or adding rows meanwhile.
"""

from __future__ import annotations

import dataclasses
import functools
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from app.catalog.issues import Level
from app.catalog.status import AWAITING_STATUSES, Status
from app.jobs.journal import Journal
from app.jobs.outcome import Progress, RowOutcome, job_issue
from app.jobs.plan import DEFAULT_CONCURRENCY
from app.jobs.runner import http_attempts, requests_since
from app.jobs.store_list import StoreList, read_store_list
from app.jobs.upload import LIVE_WORDS
from app.partner import AuthError, PartnerError, ProductInfo, StoreAccessError
from app.partner.results import listed_product_info

#: [ours] how long to wait for pending rows, and the back-off between rounds.
DEFAULT_TIMEOUT = 30.0
FIRST_DELAY = 0.5
MAX_DELAY = 8.0
#: [ours] the code on a row the store did not confirm within the confirmation window
NOT_CONFIRMED = "NOT_CONFIRMED"
#: [ours] a round reads the store's list instead of asking row by row only when at least this
#: many rows wait, and at least ``ROWS_PER_PAGE`` of them for each page (100 products) the list
#: has: a page stands in for that many look-ups
LIST_FROM = 20
ROWS_PER_PAGE = 10
#: [ours] rows still asked one by one before each reading of the list: what they found, the
#: list must show too
PROBES = 4


@dataclass(slots=True)
class ConfirmReport:
    """What a confirmation learned: the latest outcome of every row the store said something
    new about (a product id, or live), in the order asked; and the rows that went live."""

    outcomes: list[RowOutcome] = field(default_factory=list)
    live: list[RowOutcome] = field(default_factory=list)
    requests: int = 0
    error: PartnerError | None = None  # authentication or store access: asking stopped


class Confirmation:
    def __init__(
        self,
        client: Any,
        outcomes: Iterable[RowOutcome],
        *,
        timeout: float = DEFAULT_TIMEOUT,
        first_delay: float = FIRST_DELAY,
        max_delay: float = MAX_DELAY,
        concurrency: int = DEFAULT_CONCURRENCY,
        journal: Journal | None = None,
        job_id: int | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_outcomes: Callable[[list[RowOutcome]], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.client = client
        self._given = list(outcomes)  # copied at the first look (``outcomes``), where it runs
        self.timeout = timeout
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.concurrency = concurrency
        self.journal = journal
        self.job_id = job_id
        self.on_progress = on_progress
        self.on_outcomes = on_outcomes
        self._clock = clock
        self._cancel = threading.Event()
        self._sleep = sleep or self._wait
        self.requests = 0
        self.error: PartnerError | None = None
        self._list_pages: int | None = None  # the pages of the store's list, once read
        self._list_trusted = True  # no look-up has found what the list did not show

    @functools.cached_property
    def outcomes(self) -> list[RowOutcome]:
        """The rows to confirm, copied at the first look — in ``run``, in the worker, not
        where the confirmation is made (the window's thread: 10,000 copies took 33–48 ms in
        one piece there). Copies: the outcomes given stay as the job reported them (another
        thread reads them); a row not confirmed earlier is asked about again like a pending
        one."""
        return [
            dataclasses.replace(
                o, status=Status.PENDING, issues=[i for i in o.issues if i.code != NOT_CONFIRMED]
            )
            for o in self._given
            if o.status in AWAITING_STATUSES and o.sku
        ]

    def cancel(self) -> None:
        self._cancel.set()

    def _wait(self, seconds: float) -> None:
        self._cancel.wait(seconds)

    def run(self) -> ConfirmReport:
        """Poll until all are live or the time is up."""
        started = self._clock()
        attempts_before = http_attempts(self.client)
        waiting = list(self.outcomes)
        went_live: list[RowOutcome] = []
        learned: dict[int, RowOutcome] = {}
        delay = self.first_delay
        total = len(waiting)
        while waiting and not self._cancel.is_set():
            self._sleep(min(delay, max(0.0, self.timeout - (self._clock() - started))))
            if self._cancel.is_set():
                break
            live, news = self._round(waiting)
            went_live.extend(live)
            learned.update((o.index, o) for o in news)
            waiting = [o for o in waiting if o.status is Status.PENDING]
            if self.on_progress is not None:
                self.on_progress(
                    Progress(total - len(waiting), total, self._clock() - started, "confirming")
                )
            if self.error is not None:
                break
            if self._clock() - started >= self.timeout:
                learned.update((o.index, o) for o in self._not_confirmed(waiting))
                break
            delay = min(delay * 2, self.max_delay)
        order = [o.index for o in self.outcomes]
        requests = requests_since(self.client, attempts_before, self.requests)
        return ConfirmReport(
            [learned[i] for i in order if i in learned], went_live, requests, self.error
        )

    def _not_confirmed(self, waiting: list[RowOutcome]) -> list[RowOutcome]:
        """The window is over: rows still pending are "not confirmed — check the store"."""
        if not waiting:
            return []
        marked = []
        for o in waiting:
            issue = job_issue(
                "not_confirmed",
                o.lang,
                level=Level.WARNING,
                code=NOT_CONFIRMED,
                batch=o.batch_id or "?",
                seconds=self.timeout,
            )
            o.status = Status.UNCONFIRMED
            o.issues = [issue]
            marked.append(dataclasses.replace(o, issues=list(o.issues)))
        if self.journal is not None and self.job_id is not None:
            self.journal.record_outcomes(self.job_id, marked)
        if self.on_outcomes is not None:
            self.on_outcomes(marked)
        return marked

    def _asked(
        self, waiting: list[RowOutcome], fetch: Callable[[RowOutcome], Any], name: str
    ) -> Iterator[tuple[RowOutcome, Any]]:
        """Each waiting row with what ``fetch(row)`` got from the store (None: nothing this
        round), ``concurrency`` at a time; credentials refused or the store unreachable end
        the questions (``error``), any other failure is asked again next round."""

        def ask(o: RowOutcome) -> tuple[RowOutcome, Any]:
            if self._cancel.is_set() or self.error is not None:
                return o, None
            try:
                self.requests += 1
                return o, fetch(o)
            except (AuthError, StoreAccessError) as exc:
                self.error = exc
            except PartnerError:
                pass  # try again next round
            return o, None

        with ThreadPoolExecutor(self.concurrency, thread_name_prefix=name) as pool:
            yield from pool.map(ask, waiting)

    def _round(self, waiting: list[RowOutcome]) -> tuple[list[RowOutcome], list[RowOutcome]]:
        """One round of questions: the rows that went live, and every row with news."""
        live: list[RowOutcome] = []
        learned: list[RowOutcome] = []
        for o, info in self._answers(waiting):
            if not _ours(o, info):
                continue
            learned_id = bool(info.id) and info.id != o.product_id
            if info.id:
                o.product_id = info.id
            if (info.status or "").lower() in LIVE_WORDS:
                o.status = Status.LIVE
                live.append(o)
            elif not learned_id:
                continue  # nothing new: leave the row (and any edit made since) alone
            learned.append(dataclasses.replace(o, issues=list(o.issues)))
        if live and self.journal is not None and self.job_id is not None:
            self.journal.record_outcomes(self.job_id, live)
        if learned and self.on_outcomes is not None:
            self.on_outcomes(learned)
        return live, learned

    # -- asking: row by row, or the store's whole list ---------------------------------------
    #: the name of the look-up's threads
    asking = "confirm"

    def _look_up(self, o: RowOutcome) -> Any:
        """One row's look-up (§4.3): its product, or None."""
        return self.client.get_product_by_sku(o.sku)

    def _keeper(self, waiting: list[RowOutcome]) -> Callable[[dict[str, Any]], Any]:
        """What to hold of each listed product: here a product with a waiting row's SKU, as
        its look-up answers it (without the whole product: a list may hold 50,000)."""
        skus = {o.sku for o in waiting}

        def keep(product: dict[str, Any]) -> ProductInfo | None:
            info = listed_product_info(product, raw=False)
            return info if info.sku in skus else None

        return keep

    def _list_index(self, listed: StoreList) -> Any:
        """What the list kept, indexed for ``_in_list``: here by SKU."""
        by_sku: dict[str | None, list[ProductInfo]] = {}
        for info in listed.items:
            by_sku.setdefault(info.sku, []).append(info)
        return by_sku

    def _in_list(self, o: RowOutcome, index: Any) -> Any:
        """What the list says of the row, as its look-up would (None: not in the list): of
        the products with its SKU, the one with its externalId, or one with none."""
        for info in index.get(o.sku, ()):
            if _ours(o, info):
                return info
        return None

    def _behind(self, o: RowOutcome, looked: Any, listed: Any) -> bool:
        """The list shows less of the row than its look-up, made just before, found: the
        product missing, another one, or not live where the look-up said live."""
        if not _ours(o, looked):
            return False  # the look-up found nothing of ours: nothing to miss
        live = (looked.status or "").lower() in LIVE_WORDS
        return (
            listed is None
            or listed.id != looked.id
            or (live and (listed.status or "").lower() not in LIVE_WORDS)
        )

    def _list_pays(self, waiting: int) -> bool:
        if not self._list_trusted or waiting < LIST_FROM:
            return False
        if not hasattr(self.client, "list_products"):
            return False
        return self._list_pages is None or _list_worth(waiting, self._list_pages)

    def _answers(self, waiting: list[RowOutcome]) -> Iterator[tuple[RowOutcome, Any]]:
        """Each waiting row with what the store says of it this round (None: nothing), in
        order: looked up row by row, or — when the list pays — ``PROBES`` rows looked up and
        the rest read off the store's list (the rows it does not show are looked up when the
        list was not read whole or is no longer trusted; else they wait for the next round)."""
        if not self._list_pays(len(waiting)):
            yield from self._asked(waiting, self._look_up, self.asking)
            return
        probed = list(self._asked(waiting[:PROBES], self._look_up, self.asking))
        rest = waiting[PROBES:]
        listed = self._read_list(waiting)
        if listed is None:
            yield from probed
            yield from self._asked(rest, self._look_up, self.asking)
            return
        index = self._list_index(listed)
        if listed.complete and any(
            self._behind(o, info, self._in_list(o, index)) for o, info in probed
        ):
            self._list_trusted = False  # a look-up found what the list does not show
        yield from probed
        answers = [self._in_list(o, index) for o in rest]
        if not listed.complete or not self._list_trusted:
            missing = [at for at, info in enumerate(answers) if info is None]
            asked = self._asked([rest[at] for at in missing], self._look_up, self.asking)
            for at, (_, info) in zip(missing, asked, strict=True):
                answers[at] = info
        yield from zip(rest, answers, strict=True)

    def _read_list(self, waiting: list[RowOutcome]) -> StoreList | None:
        """The store's list, read whole when its pages are few enough for the waiting rows;
        None when the store refused it (look-ups then, and for the rest of the confirmation)."""
        try:
            listed = read_store_list(
                self.client,
                worth=lambda pages: _list_worth(len(waiting), pages),
                concurrency=self.concurrency,
                cancelled=lambda: self._cancel.is_set() or self.error is not None,
                keep=self._keeper(waiting),
            )
        except (AuthError, StoreAccessError) as exc:
            self.error = exc
            return None
        except PartnerError:
            self._list_trusted = False
            return None
        self.requests += listed.requests
        self._list_pages = listed.pages
        return listed


def _ours(o: RowOutcome, info: ProductInfo | None) -> bool:
    """A look-up's product is the row's: found, and with its externalId or none."""
    return info is not None and (not info.external_id or info.external_id == o.external_id)


def _list_worth(waiting: int, pages: int) -> bool:
    """Reading ``pages`` of the list is cheaper than looking ``waiting`` rows up."""
    return waiting >= ROWS_PER_PAGE * pages
