"""UploadJob: chosen rows of a ProductTable go to the store's bulk-create endpoint.

Rows with errors are never sent (``skipped`` with their issues). The rest go out in chunks; each
answer comes back by ``rowIndex`` to its sheet row and cell (``app.jobs.mapping``). A send whose
connection dropped after the body went out is *ambiguous*: its rows are looked up by SKU before
any re-send, and a ``PRD_002`` on such a row means our own earlier attempt created it (pending,
never rejected). Every retry re-sends the same payload, so a generated externalId never changes.
"""

from __future__ import annotations

from typing import Any

from app.catalog.issues import Issue, Level, store_issue
from app.catalog.status import Status
from app.jobs.mapping import field_of, group_validation_errors
from app.jobs.outcome import RowOutcome, job_issue
from app.jobs.plan import Chunk, plan_upload, sendable
from app.jobs.runner import FATAL_ERRORS, ChunkAnswer, ChunkedJob
from app.partner import PartnerError, RequestValidationError

ALREADY_EXISTS = "PRD_002"
LIVE_WORDS = frozenset({"live", "active", "published"})


class UploadJob(ChunkedJob):
    kind = "upload"

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
        return self.client.create_products(items)

    def _to_send(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, dropped: bool
    ) -> list[int] | None:
        """Rows whose earlier send may have landed are looked up by SKU before a re-send."""
        maybe_sent = [p for p in remaining if chunk.groups[p][0] in chunk.ambiguous]
        if maybe_sent:
            try:
                found = self._check_by_sku(chunk, maybe_sent)
            except PartnerError as exc:
                if isinstance(exc, FATAL_ERRORS):
                    self._stop_for(exc)
                return None
            answer.outcomes.update(found)
            remaining = [p for p in remaining if chunk.groups[p][0] not in found]
        if not remaining or self.stopping:
            return None
        return remaining

    def _refused(self, sub: Chunk, exc: PartnerError) -> dict[int, RowOutcome]:
        if isinstance(exc, RequestValidationError):
            return self._refused_rows(sub, exc)
        return self.failed(sub.rows, exc)

    def _check_by_sku(self, chunk: Chunk, positions: list[int]) -> dict[int, RowOutcome]:
        """Rows whose earlier send may have landed: those found on the store are ours."""
        found: dict[int, RowOutcome] = {}
        for p in positions:
            index = chunk.groups[p][0]
            payload = chunk.items[p]
            info = self._call(self.client.get_product_by_sku, payload["sku"])
            if info is None:
                continue
            if info.external_id and info.external_id != payload["externalId"]:
                continue  # another product holds this SKU; the store will judge a re-send
            status = Status.LIVE if (info.status or "").lower() in LIVE_WORDS else Status.PENDING
            found[index] = self.outcome(index, status, product_id=info.id)
        return found

    # ------------------------------------------------------------ reading the answer
    def _read_answer(self, chunk: Chunk, sub: Chunk, result: Any) -> dict[int, RowOutcome]:
        ids = {"batch_id": result.batch_id, "request_id": result.request_id}
        got: dict[int, RowOutcome] = {}
        stray: list[Issue] = []
        for acc in result.accepted:
            index = _locate(sub, acc.row_index, acc.external_id, acc.sku)
            if index is not None:
                got[index] = self.outcome(index, Status.PENDING, **ids)
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
                else:
                    got[index] = self.outcome(
                        index,
                        Status.EXISTS,
                        [
                            Issue(
                                "externalId",
                                "already_exists",
                                Level.WARNING,
                                code=err.code,
                                server_message=err.message,
                            )
                        ],
                        **ids,
                    )
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
        return got

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
