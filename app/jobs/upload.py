"""UploadJob: chosen rows of a ProductTable go to the store's bulk-create endpoint.

Rows with errors are never sent (``skipped`` with their issues). The rest go out in chunks; each
answer comes back by ``rowIndex`` to its sheet row and cell (``app.jobs.mapping``). A send whose
connection dropped after the body went out is *ambiguous*: its rows are looked up by SKU before
any re-send (before a first send, the SKUs the store holds come from its product list when that
takes fewer requests: ``app.jobs.sku_directory``), and a ``PRD_002`` on such a row means our own
earlier attempt created it (pending, never rejected). Every retry re-sends the same payload, so
a generated externalId never changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from app.catalog.issues import Issue, Level, store_issue
from app.catalog.status import Status
from app.jobs.mapping import field_of, group_validation_errors
from app.jobs.outcome import RowOutcome, job_issue
from app.jobs.plan import Chunk, plan_upload, sendable
from app.jobs.runner import FATAL_ERRORS, ChunkAnswer, ChunkedJob
from app.jobs.sku_directory import SkuDirectory
from app.partner import (
    PartnerError,
    RequestValidationError,
    ServerError,
    TransportError,
)

ALREADY_EXISTS = "PRD_002"
#: [ours] the code on a row whose SKU the store already held before it was created
ALREADY_ON_STORE = "SKU_ON_STORE"
LIVE_WORDS = frozenset({"live", "active", "published"})
#: [ours] SKU look-ups in flight at once for one chunk (API.md has no batch look-up)
LOOKUP_CONCURRENCY = 8


class UploadJob(ChunkedJob):
    kind = "upload"
    #: A row whose create may have landed and that the store could not be asked about: we do
    #: not know, so it is not "failed" (it may be live) but "not confirmed — check the store";
    #: the journal keeps it unsettled, and a check or a resume asks the store again.
    unsure_status = Status.UNCONFIRMED

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: table indexes whose SKU the store was asked about in this run
        self._asked: set[int] = set()
        #: the store's SKUs from its product list, when that takes fewer requests
        self._directory = SkuDirectory(self.client, len(list(self.indexes)), _stops_job, self._call)

    def _plan(self) -> tuple[list[Chunk], list[RowOutcome]]:
        send, skipped = sendable(self.rows, self.indexes)
        early = [
            self.outcome(
                i,
                Status.SKIPPED,
                [*self.rows[i].local_issues, *self.rows[i].duplicate_issues],
            )
            for i in skipped
        ]
        return plan_upload(self.rows, send, self.chunk_size), early

    # ------------------------------------------------------------ one chunk
    def _request(self, items: list[Any]) -> Any:
        return self.client.create_products(items, plain=True)  # payloads: plain JSON values

    def _to_send(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, dropped: bool
    ) -> list[int] | None:
        """Before each attempt the store is asked which of the rows' SKUs it already holds
        (rows not asked yet, and rows whose earlier send may have landed): those are never
        created again."""
        if self.stopping:
            return None
        to_ask = [
            p
            for p in remaining
            if chunk.groups[p][0] not in self._asked or chunk.groups[p][0] in chunk.ambiguous
        ]
        if to_ask:
            try:
                found, errors = self._look_up(chunk, to_ask)
            except PartnerError as exc:  # the store cannot be reached or refuses us
                self._stop_for(exc)
                return None
            answer.outcomes.update(found)
            for p, unknown in errors.items():  # the store could not say about these rows
                index = chunk.groups[p][0]
                if index in chunk.ambiguous:  # maybe sent: never re-sent blindly
                    answer.settled = False
                    issue = job_issue("maybe_sent", self.lang, level=Level.ERROR)
                    answer.outcomes[index] = self.outcome(index, self.unsure_status, [issue])
                else:  # not sent: it may be sent again
                    answer.outcomes.update(self.failed([index], unknown))
            remaining = [
                p for p in remaining if chunk.groups[p][0] not in found and p not in errors
            ]
        if not remaining or self.fatal is not None:  # a cancel lets a chunk in flight finish
            return None
        return remaining

    def _refused(self, sub: Chunk, exc: PartnerError) -> dict[int, RowOutcome]:
        if isinstance(exc, RequestValidationError):
            return self._refused_rows(sub, exc)
        got = self.failed(sub.rows, exc)
        if isinstance(exc, ServerError):  # a 5xx may come after the store processed the rows
            sub.ambiguous.update(sub.rows)
            got.update(self._found_after(sub, range(len(sub))))
        return got

    def _unsure(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, exhausted: bool
    ) -> list[int]:
        """Rows whose sends all dropped are looked up before they are called failed."""
        unknown = super()._unsure(chunk, remaining, answer, exhausted)
        positions = [p for p in remaining if chunk.groups[p][0] in unknown]
        found = self._found_after(chunk, positions)
        answer.outcomes.update(found)
        return [i for i in unknown if i not in found]

    def _found_after(self, chunk: Chunk, positions: Iterable[int]) -> dict[int, RowOutcome]:
        """After a send that may have landed: the rows the store now holds (none when it
        cannot be asked)."""
        wanted = list(positions)
        if not wanted:
            return {}
        try:
            return self._look_up(chunk, wanted)[0]
        except PartnerError:
            return {}

    def _look_up(
        self, chunk: Chunk, positions: list[int]
    ) -> tuple[dict[int, RowOutcome], dict[int, PartnerError]]:
        """Ask the store for the rows' SKUs, a few at a time (there is no batch look-up in
        API.md). A product found with the row's externalId after a send of this job that may
        have landed is ours (pending or live); any other product found holding the SKU was
        already on the store: it is never created again.

        Returns what was found, and the rows the store could not say about (a lost
        connection, a 5xx, a 429 after the retries). Raises the error after which nothing is
        worth asking (credentials refused, the store unreachable)."""
        skus = [chunk.items[p]["sku"] for p in positions]
        infos: list[Any] = [None] * len(skus)
        to_ask: list[int] = []  # positions in ``skus`` the directory cannot answer
        ambiguous = chunk.ambiguous
        fresh = any(chunk.groups[p][0] not in ambiguous for p in positions)
        listed = self._directory.products() if fresh else None  # read once, on first need
        for k, (p, sku) in enumerate(zip(positions, skus, strict=True)):
            if listed is not None and chunk.groups[p][0] not in ambiguous:  # never sent
                infos[k] = listed.get(sku)  # the list read before any send still holds
            else:
                to_ask.append(k)

        def ask(sku: str) -> Any:
            try:
                return self._call(self.client.get_product_by_sku, sku)
            except PartnerError as exc:
                return exc

        if to_ask:
            # the first alone: a store that refuses the credentials costs one request, not 8
            infos[to_ask[0]] = ask(skus[to_ask[0]])
            if _stops_job(infos[to_ask[0]]):
                raise infos[to_ask[0]]
            rest = to_ask[1:]
            if rest:
                workers = min(LOOKUP_CONCURRENCY, len(rest))
                with ThreadPoolExecutor(workers, thread_name_prefix="upload-lookup") as pool:
                    for k, info in zip(rest, pool.map(ask, [skus[k] for k in rest]), strict=True):
                        infos[k] = info
        stop = next((i for i in infos if _stops_job(i)), None)
        if stop is not None:
            raise stop
        found: dict[int, RowOutcome] = {}
        errors: dict[int, PartnerError] = {}
        asked: list[int] = []
        for p, info in zip(positions, infos, strict=True):
            index = chunk.groups[p][0]
            if isinstance(info, PartnerError):
                errors[p] = info
                continue
            asked.append(index)
            if info is None:
                continue
            ours = info.external_id == chunk.items[p]["externalId"]
            if ours and index in chunk.ambiguous:
                live = (info.status or "").lower() in LIVE_WORDS
                status = Status.LIVE if live else Status.PENDING
                found[index] = self.outcome(index, status, product_id=info.id)
            elif ours:  # an earlier upload of the same row (same externalId)
                issue = Issue("externalId", "already_exists", Level.WARNING, code=ALREADY_EXISTS)
                found[index] = self.outcome(index, Status.EXISTS, [issue], product_id=info.id)
            else:  # another product holds the SKU
                issue = Issue("sku", "already_exists", Level.WARNING, code=ALREADY_ON_STORE)
                found[index] = self.outcome(index, Status.EXISTS, [issue], product_id=info.id)
        with self._lock:
            self._asked.update(asked)
        return found, errors

    # ------------------------------------------------------------ reading the answer
    def _read_answer(self, chunk: Chunk, sub: Chunk, result: Any) -> dict[int, RowOutcome]:
        ids = {"batch_id": result.batch_id, "request_id": result.request_id}
        got: dict[int, RowOutcome] = {}
        stray: list[Issue] = []
        taken: list[int] = []  # PRD_002 for rows the store did not hold before this send
        accepted = [_locate(sub, a.row_index, a.external_id, a.sku) for a in result.accepted]
        got.update(
            self.outcomes(
                (i for i in accepted if i is not None),
                Status.PENDING,
                batch_id=result.batch_id,
                request_id=result.request_id,
            )
        )
        for err in result.errors:
            index = _locate(sub, err.row_index, err.external_id, err.sku)
            issue = store_issue(
                err.code, err.message, field_of(err.code, err.field), hint=err.hint or None
            )
            if index is None:
                stray.append(issue)
                continue
            if err.code == ALREADY_EXISTS:
                if index in chunk.ambiguous:  # our own earlier, dropped attempt created it
                    got[index] = self.outcome(index, Status.PENDING, **ids)
                elif index in self._asked:  # absent when asked: perhaps our own attempt
                    taken.append(index)
                    got[index] = self._already_exists(index, err, ids)
                else:
                    got[index] = self._already_exists(index, err, ids)
                continue
            status = Status.FAILED if err.retryable else Status.REJECTED
            previous = got.get(index)
            if previous is not None and previous.status in (Status.REJECTED, Status.FAILED):
                previous.issues.append(issue)
            else:
                got[index] = self.outcome(index, status, [issue], **ids)
        for index in sub.rows:
            if index not in got:
                issues = [job_issue("no_answer", self.lang, level=Level.ERROR), *stray]
                got[index] = self.outcome(index, Status.FAILED, issues, **ids)
        if taken:
            # An earlier attempt of this very request (answered 5xx by a store that had
            # processed it, then re-sent) may have created them: the store knows.
            chunk.ambiguous.update(taken)
            positions = [p for p, group in enumerate(sub.groups) if group[0] in taken]
            for index, found in self._found_after(sub, positions).items():
                if found.status in (Status.PENDING, Status.LIVE):
                    got[index] = self.outcome(index, Status.PENDING, **ids)
        return got

    def _already_exists(self, index: int, err: Any, ids: dict[str, Any]) -> RowOutcome:
        issue = Issue(
            "externalId", "already_exists", Level.WARNING, code=err.code, server_message=err.message
        )
        return self.outcome(index, Status.EXISTS, [issue], **ids)

    def _refused_rows(self, sub: Chunk, exc: RequestValidationError) -> dict[int, RowOutcome]:
        """A VAL_001 for the whole request: put each message on its row and cell."""
        field_errors = {
            k: "; ".join(v) if isinstance(v, list | tuple) else str(v)
            for k, v in (exc.field_errors or {}).items()
        }
        per_row, general = group_validation_errors(field_errors, len(sub))
        ids = {"request_id": exc.request_id}
        general_issues = [
            store_issue(exc.code, msg, field, hint=exc.hint or None) for field, msg in general
        ]
        got: dict[int, RowOutcome] = {}
        for p, index in enumerate(sub.rows):
            mine = [
                store_issue(exc.code, msg, field, hint=exc.hint or None)
                for field, msg in per_row.get(p, [])
            ]
            if mine or (not per_row and general_issues):
                got[index] = self.outcome(index, Status.REJECTED, mine + general_issues, **ids)
            elif not per_row:
                got[index] = self.outcome(
                    index,
                    Status.REJECTED,
                    [store_issue(exc.code, exc.message, None, hint=exc.hint or None)],
                    **ids,
                )
            else:
                got[index] = self.outcome(
                    index,
                    Status.FAILED,
                    [
                        job_issue("other_rows", self.lang, level=Level.ERROR, code=exc.code),
                        *general_issues,
                    ],
                    **ids,
                )
        return got


def _stops_job(answer: Any) -> bool:
    """A look-up's error after which no request is worth sending: the credentials refused, or
    the store unreachable. A lost connection or a 5xx only leaves that row unknown."""
    if isinstance(answer, TransportError):
        return not answer.ambiguous
    return isinstance(answer, FATAL_ERRORS)


def _locate(
    sub: Chunk, row_index: int | None, external_id: str | None, sku: str | None
) -> int | None:
    """The table row an answer entry means: by rowIndex, cross-checked by externalId/SKU."""
    if row_index is not None and 0 <= row_index < len(sub):
        payload = sub.items[row_index]
        if (not external_id or payload.get("externalId") == external_id) and (
            not sku or payload.get("sku") == sku
        ):
            return sub.groups[row_index][0]
    for p, payload in enumerate(sub.items):
        if external_id and payload.get("externalId") == external_id:
            return sub.groups[p][0]
    for p, payload in enumerate(sub.items):
        if sku and payload.get("sku") == sku and not external_id:
            return sub.groups[p][0]
    return None
