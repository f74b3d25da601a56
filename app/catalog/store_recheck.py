"""Checking every row again against the store's new lists, piece by piece, the checks made off
the owner's thread.

A first store list (a workbook opened before the lists arrived, or with no store and then a
store chosen), a changed category tree or changed warehouses change what every row's check may
say: ≈ 85 µs a row, 0.84 s for 10,000 rows in one piece on the window's thread. ``begin`` splits
it: on the owner's thread the table takes the new data (edits and added rows are checked with
it at once) and each row's cells are copied; ``StoreRecheck.check(piece)`` runs
``check_rows`` over one piece of the copies (any thread: it reads only the copies and the
store data); ``apply(piece, results)`` on the owner's thread hands the results to the table,
which drops a stale one (the row was edited since the copy: it is checked again there, with
the new data) and skips a row taken out. Applied in order, every piece, the table ends as
``use_store_data`` leaves it in one piece: the same values, issues, statuses (the hypothesis
test ``tests/catalog/test_store_recheck.py``).

When only a few rows can read differently (brands added to the book), or for a deletion table,
``begin`` does what ``use_store_data`` does, at once, and returns the rows it touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.catalog.column_check import check_rows
from app.catalog.issues import Issue
from app.catalog.store_changes import every_row_changes
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow, ProductTable

#: [ours] rows checked in one piece: ≈ 17 ms of a worker's time at 85 µs a row (idle), so the
#: owner's slice that applies it stays a few milliseconds
PIECE_ROWS = 200

Checked = list[tuple[dict[str, Any], list[Issue]]]


@dataclass(eq=False)
class StoreRecheck:
    """Every row of ``table`` to check again against ``store_data``, by pieces of ``piece``
    rows (``pieces()``: their (start, stop)); ``applied``: the rows applied so far, in order."""

    table: ProductTable
    store_data: StoreData | None
    rows: list[ProductRow]
    cells: list[dict[str, Any]]
    piece: int = PIECE_ROWS
    applied: int = field(default=0)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def done(self) -> bool:
        return self.applied >= len(self.rows)

    def pieces(self, start: int = 0) -> Iterator[tuple[int, int]]:
        """The pieces from ``start`` on (a multiple of ``piece``, or ``applied``)."""
        for first in range(start, len(self.rows), self.piece):
            yield first, min(first + self.piece, len(self.rows))

    def check(self, start: int, stop: int) -> Checked:
        """The checks of rows ``start:stop`` from their copied cells (any thread: pure)."""
        return check_rows(self.cells[start:stop], self.store_data)

    def apply(self, start: int, results: Checked) -> set[int]:
        """On the owner's thread, in order: the results of the piece at ``start`` (from
        ``check``) go into the table. Returns the positions of the rows touched."""
        if start != self.applied:
            raise ValueError(f"piece at {start} applied out of order (next: {self.applied})")
        stop = start + len(results)
        touched = self.table.take_checked(
            zip(self.rows[start:stop], self.cells[start:stop], results, strict=True)
        )
        self.applied = stop
        return touched

    def finish(self) -> set[int]:
        """The pieces not applied yet, checked and applied here and now (the rows must be
        right before they are sent). Returns the positions of the rows touched."""
        touched: set[int] = set()
        for start, stop in self.pieces(self.applied):
            touched |= self.apply(start, self.check(start, stop))
        return touched


def checks_every_row(table: ProductTable, store_data: StoreData | None) -> bool:
    """Whether ``table.use_store_data(store_data)`` would check every row again."""
    return table.purpose == "upload" and every_row_changes(table.store_data, store_data)


def begin(
    table: ProductTable, store_data: StoreData | None, *, piece: int = PIECE_ROWS
) -> StoreRecheck | set[int]:
    """``table.use_store_data(store_data)``, split when every row is to be checked again: then
    a ``StoreRecheck`` to check and apply piece by piece; otherwise done at once, and the
    positions of the rows it touched."""
    if not checks_every_row(table, store_data):
        return table.use_store_data(store_data)
    rows = table.take_store_data(store_data)
    return StoreRecheck(table, store_data, rows, [dict(row.cells) for row in rows], piece)
