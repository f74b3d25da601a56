"""DeleteJob: chosen rows of a delete sheet remove their products from the store.

Each row needs a product id; a row with only a SKU is looked up first (get-by-SKU), a row with
neither is ``skipped``. A SKU the store does not hold is not an error: the row is ``skipped``
with the notice ``NOT_ON_STORE`` (no field, a warning), and the window leaves the row as it
was (``is_not_on_store``). Only those two columns are checked (``ProductTable(purpose="delete")``).
Errors come back by ``rowIndex``; ``successItems`` are matched by id. A send whose connection
dropped is sent again: a ``PRD_014`` for a row whose earlier send was ambiguous means that send
deleted it.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from app.catalog.fields import PRODUCT_ID_FIELD
from app.catalog.issues import Level, store_issue
from app.catalog.status import Status
from app.jobs.mapping import field_of
from app.jobs.outcome import RowOutcome, job_issue
from app.jobs.plan import Chunk, plan_delete, sendable
from app.jobs.runner import FATAL_ERRORS, ChunkAnswer, ChunkedJob
from app.partner import PartnerError

NOT_FOUND = "PRD_014"
#: the job's words for a row looked up by SKU that the store does not hold
NOT_ON_STORE = "not_on_store"


def is_not_on_store(outcome: RowOutcome) -> bool:
    """A row the store does not hold: nothing was deleted, nothing is wrong with the row."""
    return outcome.status is Status.SKIPPED and any(
        issue.params.get("words") == NOT_ON_STORE for issue in outcome.issues
    )


class DeleteJob(ChunkedJob):
    kind = "delete"

    def _plan(self) -> tuple[list[Chunk], list[RowOutcome]]:
        if self.rows.purpose != "delete":
            raise ValueError("DeleteJob needs a ProductTable built with purpose='delete'")
        send, skipped = sendable(self.rows, self.indexes)
        early = [self.outcome(i, Status.SKIPPED, list(self.rows[i].local_issues)) for i in skipped]
        ids: dict[int, str] = {}
        lookups: list[int] = []
        for i in send:
            product_id = self.rows[i].values.get(PRODUCT_ID_FIELD.key)
            if product_id:
                ids[i] = str(product_id)
            else:
                lookups.append(i)
        found, lookup_outcomes = self._look_up(lookups)
        ids.update(found)
        return plan_delete(self.rows, ids, self.chunk_size), early + lookup_outcomes

    def _look_up(self, indexes: list[int]) -> tuple[dict[int, str], list[RowOutcome]]:
        """Product ids of rows that have only a SKU."""
        if not indexes:
            return {}, []
        self._total = len(indexes)
        self._progress("checking")

        def one(i: int) -> tuple[int, Any]:
            if self.stopping:
                return i, None
            try:
                return i, self._call(self.client.get_product_by_sku, self.rows[i].sku)
            except PartnerError as exc:
                if isinstance(exc, FATAL_ERRORS):
                    self._stop_for(exc)
                return i, exc
            finally:
                with self._lock:
                    self._done += 1
                self._progress("checking")

        ids: dict[int, str] = {}
        outcomes: list[RowOutcome] = []
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="delete-lookup") as pool:
            for i, got in pool.map(one, indexes):
                if isinstance(got, PartnerError):
                    outcomes.extend(self.failed([i], got).values())
                elif got is not None and got.id:
                    ids[i] = got.id
                elif not self.stopping:
                    outcomes.append(
                        self.outcome(
                            i,
                            Status.SKIPPED,
                            [job_issue(NOT_ON_STORE, self.lang)],
                        )
                    )
        return ids, outcomes

    # ------------------------------------------------------------ one chunk
    def _request(self, items: list[Any]) -> Any:
        return self.client.delete_products(items)

    def _to_send(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, dropped: bool
    ) -> list[int] | None:
        """A dropped delete is sent again even when stopping: a re-send cannot delete twice."""
        return None if self.stopping and not dropped else remaining

    unsure_status = Status.DELETE_FAILED

    def _unsure(
        self, chunk: Chunk, remaining: list[int], answer: ChunkAnswer, exhausted: bool
    ) -> list[int]:
        return chunk.rows if exhausted else []

    def _read_answer(self, chunk: Chunk, sub: Chunk, result: Any) -> dict[int, RowOutcome]:
        rid = result.request_id
        # the client re-sent after a lost connection: an earlier attempt may have deleted ids
        after_drop = bool(getattr(result, "after_ambiguous_retry", False))
        got: dict[int, RowOutcome] = {}
        position_of = {product_id: p for p, product_id in enumerate(chunk.items)}
        for item in result.success_items:
            p = position_of.get(item.id)
            for i in chunk.groups[p] if p is not None else ():
                got[i] = self.outcome(i, Status.DELETED, product_id=item.id, request_id=rid)
        for err in result.errors:
            p = (
                err.row_index
                if err.row_index is not None
                and 0 <= err.row_index < len(chunk)
                and (not err.id or chunk.items[err.row_index] == err.id)
                else position_of.get(err.id or "")
            )
            if p is None:
                continue
            product_id = chunk.items[p]
            for i in chunk.groups[p]:
                if err.code == NOT_FOUND and (i in chunk.ambiguous or after_drop):
                    got[i] = self.outcome(i, Status.DELETED, product_id=product_id, request_id=rid)
                    continue
                issue = store_issue(
                    err.code, err.message, field_of(err.code, err.field), hint=err.hint or None
                )
                got[i] = self.outcome(
                    i, Status.DELETE_FAILED, [issue], product_id=product_id, request_id=rid
                )
        for p, group in enumerate(chunk.groups):
            for i in group:
                if i not in got:
                    got[i] = self.outcome(
                        i,
                        Status.DELETE_FAILED,
                        [job_issue("no_answer", self.lang, level=Level.ERROR)],
                        product_id=chunk.items[p],
                        request_id=rid,
                    )
        return got
