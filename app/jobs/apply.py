"""The one way a job's results reach a ``ProductTable``, on the thread that owns the table.

Jobs and confirmations never touch a table: they return ``RowOutcome``s (in their report, and as
they come through ``on_outcomes``). The table's owner — the command line's main thread, the
window's GUI thread — hands them to ``apply_outcomes``: status, the store's problems, and the ids
the store gave (the product id also fills the row's Product ID cell). A resumed upload's
recorded externalIds go back into their cells through ``restore_external_ids``, before its
outcomes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from app.catalog.fields import EXTERNAL_ID_FIELD
from app.catalog.table import ProductTable
from app.jobs.outcome import RowOutcome

#: Where an outcome lands in the table: its index there, or None to leave it out.
Locate = Callable[[RowOutcome], "int | None"]


def apply_outcomes(
    table: ProductTable,
    outcomes: Iterable[RowOutcome],
    *,
    where: Locate | None = None,
    keep_edits: bool = False,
) -> set[int]:
    """Write each outcome onto its row; returns the indexes of the rows written.

    ``where`` finds the row (default: the outcome's own index; the window maps a delete
    table's rows onto its own, and finds rows being confirmed by identity). The row's own
    checks stay local issues: an outcome's issues that the row already holds locally (a row
    skipped for its errors) are not copied as the store's. ``keep_edits``: a confirmation of
    the same send keeps the "edited since sent" mark of a row edited meanwhile.
    """
    touched: set[int] = set()
    for o in outcomes:
        index = o.index if where is None else where(o)
        if index is None or not 0 <= index < len(table):
            continue
        row = table.rows[index]
        own = [i for i in o.issues if i not in row.local_issues and i not in row.duplicate_issues]
        edited = row.edited_since_sent
        table.set_store_result(
            index,
            o.status,
            own,
            product_id=o.product_id,
            batch_id=o.batch_id,
            request_id=o.request_id,
        )
        if keep_edits:
            row.edited_since_sent = edited
        touched.add(index)
    return touched


def restore_external_ids(table: ProductTable, external_ids: Mapping[int, str]) -> set[int]:
    """A resumed upload: the externalIds the journal recorded (perhaps generated) go back into
    their rows, still marked generated where they were. Returns the rows whose checks changed."""
    touched: set[int] = set()
    for index, recorded in external_ids.items():
        row = table.rows[index]
        if row.external_id == recorded:
            continue
        generated = row.external_id_generated
        touched |= table.set_cell(index, EXTERNAL_ID_FIELD.key, recorded)
        row.external_id_generated = generated
    return touched
