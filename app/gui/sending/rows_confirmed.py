"""The window's rows a confirmation is about, found where they are now.

A confirmation learns about the rows that were sent, by the job's index; meanwhile the merchant
may add, remove or move rows, so each is found by identity in the window's table. Taking every
row's position afresh for each piece of answers was a pass over the table a piece (10,000 rows
confirmed in pieces of 50: two million look-ups on the GUI thread). The positions are kept, and
trusted while the row at a kept position is the very row; when it is not, they are taken afresh,
at most once a call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.catalog.table import ProductRow, ProductTable
from app.jobs.outcome import RowOutcome

Locate = Callable[[RowOutcome], "int | None"]


class RowsBeingConfirmed:
    """``rows``: the job's index → the window's row it sent (kept by reference, so a row's
    identity stays its own while it is confirmed, even once removed from the table)."""

    def __init__(self, table: ProductTable, rows: Mapping[int, ProductRow] | None = None) -> None:
        self.table = table
        self._rows = dict(rows or {})
        self._at: dict[int, int] = {}  # id(row) -> where it was when the positions were taken

    def __bool__(self) -> bool:
        return bool(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def _take(self) -> None:
        self._at = {id(row): i for i, row in enumerate(self.table.rows)}

    def _kept(self, row: ProductRow) -> int | None:
        """The row's kept position, if the row is still there."""
        i = self._at.get(id(row))
        rows = self.table.rows
        return i if i is not None and i < len(rows) and rows[i] is row else None

    def finder(self) -> Locate:
        """Where each outcome's row is now: its position in the table, or None (removed from
        it, or never sent by this run). For one piece of answers: the table does not change
        while it is applied."""
        where = self._where()
        return lambda o: where(o.index)

    def positions(self) -> set[int]:
        """Where every row still being confirmed is in the table now."""
        where = self._where()
        found = (where(index) for index in self._rows)
        return {i for i in found if i is not None}

    def clear(self) -> None:
        self._rows.clear()
        self._at.clear()

    def _where(self) -> Callable[[int], int | None]:
        """The job's index → the row's position now; the positions taken afresh at most once."""
        taken = False

        def where(index: int) -> int | None:
            nonlocal taken
            row = self._rows.get(index)
            if row is None:
                return None
            i = self._kept(row)
            if i is None and not taken:
                taken = True
                self._take()
                i = self._kept(row)
            return i

        return where
