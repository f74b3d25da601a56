"""A workbook that carries our results columns, read again: its rows get their state back.

``app.sheets.results`` writes each row's status (in the merchant's language), product id,
batch and request ids; reading that workbook again (the app's own results copy, or the
merchant's workbook written in place) gives a row on the store its status, so that a later
upload does not send it as new. A refused or failed row starts again from its own checks.
"""

from __future__ import annotations

from typing import Any

from app.catalog.fields import PRODUCT_ID_FIELD
from app.catalog.status import Status, status_of_word
from app.catalog.table import ProductTable
from app.sheets.header import header_text, headers_of
from app.sheets.matching import BATCH_ID, REQUEST_ID, STATUS, normalise
from app.sheets.raw import RawSheet

#: The statuses a results workbook gives back when it is read again: the row is on the store
#: (or was deleted from it). A refused or failed row starts again from its own checks.
REMEMBERED = frozenset(
    {Status.LIVE, Status.PENDING, Status.UNCONFIRMED, Status.EXISTS, Status.DELETED}
)


def restore_results(
    raw: RawSheet, header_row: int, table: ProductTable, start: int = 0
) -> set[int]:
    """Rows of a workbook that carries our results columns get their state back: the status
    (in either language), the product id (its own column, already read as a cell), the batch
    and request ids. Returns the indexes of the rows given a state. ``start``: only the rows
    from that position on (a table built in batches)."""
    columns: dict[str, int] = {}
    for index, header in enumerate(headers_of(raw, header_row)):
        for name in (STATUS, BATCH_ID, REQUEST_ID):
            if name not in columns and normalise(header_text(header)) == normalise(name):
                columns[name] = index
    if STATUS not in columns or table.purpose != "upload":
        return set()
    values = {sheet_row: cells for sheet_row, cells in raw.rows if sheet_row > header_row}

    def text(cells: list[Any], name: str) -> str | None:
        column = columns.get(name)
        value = cells[column] if column is not None and column < len(cells) else None
        return str(value).strip() or None if value not in (None, "") else None

    restored: set[int] = set()
    for i, row in enumerate(table.rows[start:], start):
        cells = values.get(row.sheet_row or 0)
        status = status_of_word(text(cells, STATUS)) if cells is not None else None
        if cells is None or status not in REMEMBERED:
            continue
        product_id = row.values.get(PRODUCT_ID_FIELD.key)
        table.set_store_result(
            i,
            status,
            product_id=str(product_id) if product_id else None,
            batch_id=text(cells, BATCH_ID),
            request_id=text(cells, REQUEST_ID),
        )
        restored.add(i)
    return restored
