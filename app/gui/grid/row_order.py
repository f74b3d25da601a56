"""Which of the table's rows the grid shows, and in which order — plain lists, no Qt.

``every`` holds every row of the table (its index in the table) in the order of the last sort;
``shown`` the rows passing the filter, in the same order. A new filter is one pass over
``every``; a sort is one ``list.sort`` of ``every`` with the column's kept sort keys; and a
row added or removed in the table shifts the numbers once. The proxy (``ProductFilter``)
tells the views; this only keeps the numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

Accepts = Callable[[int], bool] | None  # None: every row passes


def runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted, distinct numbers as (first, last) runs of consecutive ones."""
    found: list[tuple[int, int]] = []
    for n in numbers:
        if found and found[-1][1] == n - 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found


class RowOrder:
    def __init__(self, count: int = 0) -> None:
        self.every: list[int] = list(range(count))
        self.shown: list[int] = list(self.every)
        self._where: list[int] | None = None  # table row → its place in ``shown``, or -1
        self._coming = 0  # rows in the table, not yet here (between ``inserted`` and commit)
        self._in_order = True  # ``every`` is 0, 1, 2, … (unsorted): numbers shift in C

    def where(self) -> list[int]:
        """For each table row, its place among the shown rows (-1: filtered out)."""
        if self._where is None and self._plain():
            self._where = list(self.every)  # every row shown, in the table's order
        if self._where is None:
            where = [-1] * (len(self.every) + self._coming)
            for place, row in enumerate(self.shown):
                where[row] = place
            self._where = where
        return self._where

    def places(self, rows: list[int]) -> list[int]:
        """The shown places of a few table rows (-1: filtered out), without building
        ``where()`` for every row when there are only a few (a sort or a filter moving the
        current cell and the selection)."""
        wanted = set(rows)
        if self._where is not None or len(wanted) > 8:
            where = self.where()
            return [where[r] for r in rows]
        found = {r: self.shown.index(r) if r in self.shown else -1 for r in wanted}
        return [found[r] for r in rows]

    def take(self, every: list[int], shown: list[int]) -> None:
        if every is not self.every:
            self._in_order = every == list(range(len(every)))
        self.every, self.shown, self._where = every, shown, None

    def _plain(self) -> bool:
        """Unsorted, unfiltered: ``every`` and ``shown`` are both 0, 1, 2, …"""
        return self._in_order and not self._coming and len(self.shown) == len(self.every)

    def _shifted(self, rows: list[int], first: int, count: int) -> list[int]:
        """``rows`` with every number from ``first`` on moved by ``count``."""
        if (rows is self.every and self._in_order) or (rows is self.shown and self._plain()):
            if count > 0:
                return [*range(first), *range(first + count, len(rows) + count)]
            return list(range(len(rows) + count))  # the removed rows' numbers are gone
        if count > 0:
            return [r + count if r >= first else r for r in rows]
        last = first - count - 1
        return [r + count if r > last else r for r in rows if not first <= r <= last]

    # ---------------------------------------------------------------- filter and sort

    def passing(self, accepts: Accepts) -> list[int]:
        """The rows a filter lets through, in the current order."""
        if accepts is None:
            return list(self.every)
        return [row for row in self.every if accepts(row)]

    def sorted_by(
        self, keys: Sequence[Any] | None, descending: bool
    ) -> tuple[list[int], list[int]]:
        """(every, shown) sorted by ``keys`` (one per table row; None: the table's order).
        Stable: rows with equal keys keep the order they had, as Qt's sort does."""
        if keys is None:
            every = list(range(len(self.every)))
        else:
            every = sorted(self.every, key=keys.__getitem__, reverse=descending)
        if len(self.shown) == len(every):
            return every, list(every)
        where = self.where()
        return every, [row for row in every if where[row] >= 0]

    # ---------------------------------------------------------------- rows in and out

    def inserted(
        self, first: int, count: int, accepts: Accepts
    ) -> tuple[int, list[int], Callable[[], None]]:
        """Rows ``first``…``first + count - 1`` were put into the table: they go just after
        the row before them (appended rows: at the end), so a row added below the current
        one shows below it, sorted or not. The rows already here take their new numbers at
        once (so they still show what they showed); returns the new rows' place among the
        shown ones, the ones shown, and what puts them in (once the views were warned)."""
        new = range(first, first + count)
        passing = [r for r in new if accepts is None or accepts(r)]
        if first == len(self.every):  # appended (a workbook streaming in): nothing moves
            place = len(self.shown)
            return place, passing, lambda: self._appended(new, passing)
        if self._plain() and 0 <= first < len(self.every):
            return self._inserted_in_order(first, count, passing)
        visible = self.where()
        after = self.every.index(first - 1) + 1 if first > 0 else self.every.index(0)
        before = after - 1
        while before >= 0 and visible[self.every[before]] < 0:
            before -= 1
        place = visible[self.every[before]] + 1 if before >= 0 else 0
        in_order = self._in_order
        every, shown = (
            self._shifted(self.every, first, count),
            self._shifted(self.shown, first, count),
        )
        self.every, self.shown, self._where, self._coming = every, shown, None, count

        def commit() -> None:
            self.every[after:after] = new
            self.shown[place:place] = passing
            self._where, self._coming = None, 0
            self._in_order = in_order and after == first

        return place, passing, commit

    def _inserted_in_order(
        self, first: int, count: int, passing: list[int]
    ) -> tuple[int, list[int], Callable[[], None]]:
        """``inserted`` when every row shows in the table's order (0, 1, 2, …): the new rows
        show at ``first``. The lists are shifted in place, not rebuilt number by number: the
        numbers from ``first + count`` on are already in them, so taking out the ones before
        and putting the missing ones at the end is the shift."""
        size = len(self.every)
        for rows in (self.every, self.shown):
            del rows[first : first + count]
            rows.extend(range(max(first + count, size), size + count))
        self._where, self._coming = None, count
        new = range(first, first + count)

        def commit() -> None:
            self.every[first:first] = new
            self.shown[first:first] = passing
            self._where, self._coming = None, 0

        return first, passing, commit

    def _appended(self, new: range, passing: list[int]) -> None:
        place = len(self.shown)
        self.every.extend(new)
        self.shown.extend(passing)
        if self._where is not None:
            self._where.extend([-1] * len(new))
            for n, row in enumerate(passing):
                self._where[row] = place + n

    def places_of(self, first: int, last: int) -> list[int]:
        """The shown places of table rows ``first``…``last``, ascending."""
        where = self.where()
        return sorted(p for row in range(first, last + 1) if (p := where[row]) >= 0)

    def drop_shown(self, first_place: int, last_place: int) -> None:
        del self.shown[first_place : last_place + 1]
        self._where = None

    def removed(self, first: int, last: int) -> None:
        """Table rows ``first``…``last`` went (their shown places were dropped before)."""
        count = last - first + 1
        if self._in_order and len(self.shown) == len(self.every) - count:
            shown = list(range(len(self.shown)))  # every row left is shown, unsorted
        else:
            shown = self._shifted(self.shown, first, -count)
        self.every, self.shown, self._where = self._shifted(self.every, first, -count), shown, None
