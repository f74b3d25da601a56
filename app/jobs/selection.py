"""Which grid rows a send takes, and what a finished job amounts to. No Qt here.

Upload: rows with errors are not sent (counted as skipped), rows hidden in the workbook are not
sent (the merchant includes them when importing, and then they are plain rows), rows already on
the store (pending, live, exists) are never sent again, even when edited since (an upload only
creates); a row not confirmed is sent again (looked up by SKU first) only when edited since.
"Retry failed" takes rows the store rejected or that failed, rows that failed in an earlier job
and were fixed since, and rows edited after they were sent. "Check pending rows" takes pending
rows that have a SKU.
Delete: a row needs a product id (the Product ID column) or a SKU (the job looks the id up);
the job runs on a small delete table built from those two cells.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.catalog.fields import DELETE_FIELDS, PRODUCT_ID_FIELD
from app.catalog.status import AWAITING_STATUSES, SENT_STATUSES, Status
from app.catalog.table import ProductRow, ProductTable
from app.jobs import RowOutcome
from app.jobs.delete import is_not_on_store

_ID_FIELD = PRODUCT_ID_FIELD
_ID_KEY, _SKU_KEY = DELETE_FIELDS  # what a delete row holds: the product id, else its SKU
RETRY_STATUSES = frozenset({Status.REJECTED, Status.FAILED})
SUMMARY_ORDER = (
    Status.LIVE,
    Status.PENDING,
    Status.UNCONFIRMED,
    Status.EXISTS,
    Status.DELETED,
    Status.REJECTED,
    Status.FAILED,
    Status.DELETE_FAILED,
    Status.SKIPPED,
    Status.READY,
)


@dataclass(slots=True)
class UploadChoice:
    send: list[int] = field(default_factory=list)  # table indexes to send
    problems: list[int] = field(default_factory=list)  # chosen, but they have errors
    already: list[int] = field(default_factory=list)  # chosen, but already on the store
    hidden: list[int] = field(default_factory=list)  # chosen, but hidden in the workbook


#: Rows the store holds: an upload creates products and never changes these, even when
#: edited since (a create would be refused or found as "exists"; changing them is sync's job).
ON_STORE_STATUSES = frozenset({Status.LIVE, Status.EXISTS, Status.PENDING})


def choose_upload(table: ProductTable, indexes: Iterable[int]) -> UploadChoice:
    choice = UploadChoice()
    for i in sorted(set(indexes)):
        row = table.rows[i]
        if row.hidden:
            choice.hidden.append(i)
        elif row.status in ON_STORE_STATUSES:
            choice.already.append(i)
        elif row.has_errors:
            choice.problems.append(i)
        elif row.status in SENT_STATUSES and not row.edited_since_sent:
            choice.already.append(i)
        else:
            choice.send.append(i)
    return choice


def ready_rows(table: ProductTable) -> list[int]:
    return [i for i, row in enumerate(table.rows) if row.status is Status.READY and not row.hidden]


def leave_out_hidden(table: ProductTable, indexes: Iterable[int]) -> tuple[list[int], list[int]]:
    """(rows to send, rows left out because they are hidden in the workbook)."""
    kept: list[int] = []
    hidden: list[int] = []
    for i in indexes:
        (hidden if table.rows[i].hidden else kept).append(i)
    return kept, hidden


def pending_rows(table: ProductTable) -> list[int]:
    """Rows the store accepted but did not show live yet (pending, or not confirmed in an
    earlier check), that can be asked about by SKU."""
    return [i for i, row in enumerate(table.rows) if row.status in AWAITING_STATUSES and row.sku]


def pending_outcomes(table: ProductTable, indexes: Iterable[int]) -> list[RowOutcome]:
    """Pending rows as a confirmation starts from them: as they stand now (the store's external
    id is compared with the row's; the row's own batch and request ids stay as they are)."""
    outcomes = []
    for i in indexes:
        row = table.rows[i]
        outcomes.append(
            RowOutcome(
                i,
                row.sheet_row,
                Status.PENDING,
                list(row.store_issues),
                external_id=row.external_id,
                sku=row.sku,
                product_id=row.product_id,
                batch_id=row.batch_id,
            )
        )
    return outcomes


def needs_retry(row: ProductRow, failed_before: set[int]) -> bool:
    return (
        row.status in RETRY_STATUSES
        or row.edited_since_sent
        or (id(row) in failed_before and row.status is Status.READY)
    )


def retry_rows(table: ProductTable, failed_before: set[int]) -> list[int]:
    """Rows to send again; ``failed_before`` holds ``id(row)`` of rows a job left failed."""
    return [i for i, row in enumerate(table.rows) if needs_retry(row, failed_before)]


# ---------------------------------------------------------------- delete


@dataclass(slots=True)
class DeleteChoice:
    rows: list[int] = field(default_factory=list)  # table indexes that can be deleted
    by_sku: int = 0  # of those, rows with a SKU but no product id (looked up first)
    live: int = 0  # of those, rows this window shows live or pending
    missing: list[int] = field(default_factory=list)  # chosen, but neither id nor SKU
    deleted: list[int] = field(default_factory=list)  # chosen, but already deleted


def product_id_of(row: ProductRow) -> str | None:
    """The Product ID cell as the merchant sees it (a cleared cell means: find it by SKU)."""
    if _ID_KEY not in row.cells:
        return row.product_id
    raw = row.cells[_ID_KEY]
    value = _ID_FIELD.parser(raw).value if raw not in (None, "") else None
    return str(value) if value else None


def choose_delete(table: ProductTable, indexes: Iterable[int]) -> DeleteChoice:
    choice = DeleteChoice()
    for i in sorted(set(indexes)):
        row = table.rows[i]
        if row.status is Status.DELETED:
            choice.deleted.append(i)
            continue
        product_id = product_id_of(row)
        if not product_id and not row.sku:
            choice.missing.append(i)
            continue
        choice.rows.append(i)
        choice.by_sku += 0 if product_id else 1
        choice.live += row.status in (
            Status.LIVE,
            Status.PENDING,
            Status.EXISTS,
            Status.UNCONFIRMED,
        )
    return choice


def delete_table(table: ProductTable, indexes: list[int]) -> ProductTable:
    """A delete table of these rows, in this order (position k stands for ``indexes[k]``)."""
    return ProductTable.from_cells(
        (
            (
                table.rows[i].sheet_row,
                {_ID_KEY: product_id_of(table.rows[i]), _SKU_KEY: table.rows[i].sku},
            )
            for i in indexes
        ),
        purpose="delete",
    )


# ---------------------------------------------------------------- the end of a job


@dataclass(slots=True)
class RunSummary:
    """Counts per status and the ids support asks for, updated as answers come in."""

    kind: str
    statuses: dict[int, Status] = field(default_factory=dict)  # table index -> status
    request_ids: list[str] = field(default_factory=list)
    batch_ids: list[str] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None  # why a fatal error stopped the job
    #: a delete's rows the store does not hold (looked up by SKU): no status, only a notice
    not_on_store: set[int] = field(default_factory=set)

    def add(self, outcomes: Iterable[RowOutcome], mapping: list[int] | None = None) -> None:
        for o in outcomes:
            index = mapping[o.index] if mapping is not None else o.index
            if is_not_on_store(o):
                self.not_on_store.add(index)
                continue
            self.statuses[index] = o.status
            for ids, value in ((self.request_ids, o.request_id), (self.batch_ids, o.batch_id)):
                if value and value not in ids:
                    ids.append(value)

    def counts(self) -> list[tuple[Status, int]]:
        found: dict[Status, int] = {}
        for status in self.statuses.values():
            found[status] = found.get(status, 0) + 1
        return [(s, found[s]) for s in SUMMARY_ORDER if found.get(s)]

    def support_text(self) -> str:
        lines = [f"request id {r}" for r in self.request_ids]
        lines += [f"batch id {b}" for b in self.batch_ids]
        return "\n".join(lines)
