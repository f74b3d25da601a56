"""Checking every row again against the store's new lists, piece by piece, the checks made off
the owner's thread.

A first store list (a workbook opened before the lists arrived, or with no store and then a
store chosen), a changed category tree or changed warehouses change what every row's check may
say: ≈ 85 µs a row, 0.84 s for 10,000 rows in one piece on the window's thread. ``begin`` splits
it: on the owner's thread the table takes the new data (edits and added rows are checked with
it at once); ``StoreRecheck.check(start, stop)`` copies one piece of rows' cells and runs
``check_rows`` over the copies (any thread: it reads only the copies and the store data);
``apply(start, piece)`` on the owner's thread hands the results to the table,
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
from typing import Any, NamedTuple

from app.catalog.column_check import check_rows
from app.catalog.issues import Issue
from app.catalog.store_changes import every_row_changes, rows_to_recheck
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow, ProductTable

#: [ours] rows a worker checks in one piece: the column-wise check's memos pay over a larger
#: piece (200 rows cost ≈ 1.4× the one-piece check, 1,000 ≈ 1.1×); the owner applies a piece
#: in parts (``Piece.part``), so its slices stay short whatever the piece
PIECE_ROWS = 1000

Checked = list[tuple[dict[str, Any], list[Issue]]]


class Piece(NamedTuple):
    """The copies of some rows' cells and what ``check_rows`` made of them."""

    cells: list[dict[str, Any]]
    checked: Checked

    def part(self, first: int, stop: int) -> Piece:
        return Piece(self.cells[first:stop], self.checked[first:stop])


@dataclass(eq=False)
class StoreRecheck:
    """Every row of ``table`` (``rows``: as it held them when it began) to check again
    against ``store_data``, by pieces of ``piece`` rows (``pieces()``: their (start, stop));
    ``applied``: the rows applied so far, in order."""

    table: ProductTable
    store_data: StoreData | None
    rows: list[ProductRow]
    piece: int = PIECE_ROWS
    applied: int = field(default=0)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def done(self) -> bool:
        return self.applied >= len(self.rows)

    def pieces(self, start: int = 0, size: int | None = None) -> Iterator[tuple[int, int]]:
        """The pieces from ``start`` on (of ``size`` rows; None: ``piece``)."""
        size = size or self.piece
        for first in range(start, len(self.rows), size):
            yield first, min(first + size, len(self.rows))

    def check(self, start: int, stop: int) -> Piece:
        """Rows ``start:stop`` checked from copies of their cells (any thread: each copy is
        made in one step — ``dict()`` of a plain dict runs no Python code, so no other thread
        runs in the middle of it — and an edit after the copy only makes the result stale,
        which ``apply`` sees)."""
        cells = [dict(row.cells) for row in self.rows[start:stop]]
        return Piece(cells, check_rows(cells, self.store_data))

    def apply(self, start: int, piece: Piece) -> set[int]:
        """On the owner's thread, in order: the checks of the rows from ``start`` on (a piece
        from ``check``, or a part of one) go into the table. Returns the positions of the rows
        touched."""
        if start != self.applied:
            raise ValueError(f"rows from {start} applied out of order (next: {self.applied})")
        stop = start + len(piece.checked)
        touched = self.table.take_checked(
            zip(self.rows[start:stop], piece.cells, piece.checked, strict=True)
        )
        self.applied = stop
        return touched

    def finish(self) -> set[int]:
        """The rows not applied yet, checked and applied here and now (the rows must be right
        before they are sent). Returns the positions of the rows touched."""
        touched: set[int] = set()
        # in big pieces whatever the worker's (its checks' memos pay over more rows)
        for start, stop in self.pieces(self.applied, max(self.piece, PIECE_ROWS)):
            touched |= self.apply(start, self.check(start, stop))
        return touched


def checks_every_row(table: ProductTable, store_data: StoreData | None) -> bool:
    """Whether ``table.use_store_data(store_data)`` would check every row again."""
    return table.purpose == "upload" and every_row_changes(table.store_data, store_data)


def rows_to_split(
    table: ProductTable, store_data: StoreData | None, at_least: int | None
) -> list[ProductRow] | None:
    """The rows ``begin`` checks in pieces: every row when every row is to be checked again;
    the rows a brand search changes when there are ``at_least`` of them (a sheet naming the
    brands the search found: most of its rows); otherwise None (checked at once)."""
    if table.purpose != "upload":
        return None
    again = rows_to_recheck(table.rows, _cells_of, table.store_data, store_data)
    if again is None:
        return list(table.rows)
    return again if at_least is not None and again and len(again) >= at_least else None


def begin(
    table: ProductTable,
    store_data: StoreData | None,
    *,
    piece: int = PIECE_ROWS,
    split_from: int | None = None,
) -> StoreRecheck | set[int]:
    """``table.use_store_data(store_data)``, split when every row is to be checked again, or
    when a brand search changes at least ``split_from`` rows: then a ``StoreRecheck`` to check
    and apply piece by piece; otherwise done at once, and the positions of the rows it
    touched."""
    rows = rows_to_split(table, store_data, split_from)
    if rows is None:
        return table.use_store_data(store_data)
    if table.store_data is not None and not every_row_changes(table.store_data, store_data):
        table.store_data = store_data  # brands added: the rows they change, as use_store_data
        return StoreRecheck(table, store_data, rows, piece)
    return StoreRecheck(table, store_data, table.take_store_data(store_data), piece)


def _cells_of(row: ProductRow) -> Any:
    return row.cells
