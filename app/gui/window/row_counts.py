"""The status bar's counts of a table — rows ready to send, rows with problems — kept up to
date from what the product model announces, so that an edit costs the rows it touched, not
the table.

``RowCounts`` holds no Qt: the status bar feeds it the model's announcements (``reset`` for a
new table, ``put_in`` / ``taking_out`` for rows put in or about to be taken out, ``update``
for rows an edit, a job's answer or a re-check changed). Rows are known by identity, so rows
put in or taken out above others move nothing. ``count(rows)`` is the same count over the
whole table, done from scratch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.catalog.status import Status
from app.catalog.table import ProductRow
from app.gui.grid.proxy import has_problems


def count(rows: Iterable[ProductRow]) -> tuple[int, int]:
    """(ready, with problems) of ``rows``, each row looked at."""
    ready = problems = 0
    for row in rows:
        ready += row.status is Status.READY
        problems += has_problems(row)
    return ready, problems


class RowCounts:
    """(ready, with problems) of one table's rows, kept from its announcements."""

    def __init__(self) -> None:
        self._ready: set[int] = set()  # id() of the rows ready to send
        self._problems: set[int] = set()  # id() of the rows with an error

    @property
    def ready(self) -> int:
        return len(self._ready)

    @property
    def problems(self) -> int:
        return len(self._problems)

    def reset(self, rows: Sequence[ProductRow]) -> None:
        """Another table: every row counted afresh."""
        self._ready = {id(row) for row in rows if row.status is Status.READY}
        self._problems = {id(row) for row in rows if has_problems(row)}

    def update(self, rows: Sequence[ProductRow], indexes: Iterable[int]) -> None:
        """The rows at ``indexes`` changed (their status, their problems)."""
        for i in indexes:
            if 0 <= i < len(rows):
                self._one(rows[i])

    def put_in(self, rows: Sequence[ProductRow], first: int, last: int) -> None:
        """Rows ``first``–``last`` are new in the table."""
        for row in rows[first : last + 1]:
            self._one(row)

    def taking_out(self, rows: Sequence[ProductRow], first: int, last: int) -> None:
        """Rows ``first``–``last`` are about to leave the table."""
        for row in rows[first : last + 1]:
            self._ready.discard(id(row))
            self._problems.discard(id(row))

    def _one(self, row: ProductRow) -> None:
        key = id(row)
        if row.status is Status.READY:
            self._ready.add(key)
        else:
            self._ready.discard(key)
        if has_problems(row):
            self._problems.add(key)
        else:
            self._problems.discard(key)
