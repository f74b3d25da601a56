"""Where each row of a table is now, kept across rows added and removed — without a pass over
every row after each one (a merchant adding a row to 50,000 used to pay a dict of 50,000
positions rebuilt).

The places are remembered as they were when last counted, plus the log of the moves since (a
row or rows put in at a place, a row taken out); a place asked for is the remembered one with
the later moves applied, and it is only ever answered after checking that the row found there
*is* the row asked about. Anything that does not check out (a long log, rows changed behind
the table's back) counts every row again, as the table always did — so an answer is never
wrong, only sometimes as slow as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: [ours] moves remembered before the places are counted again from the rows themselves
#: (each lookup applies the moves made since its row was counted)
MOVES_KEPT = 64


class RowPlaces:
    """Positions of the rows of one list, by identity (``id(row)``)."""

    __slots__ = ("_counted", "_later", "_moves", "counts")

    def __init__(self) -> None:
        self._counted: dict[int, int] | None = None  # id → place when the rows were counted
        self._later: dict[int, tuple[int, int]] = {}  # id → (place, moves before it), since
        self._moves: list[tuple[int, int]] = []  # (place, +n rows put in | -1 row taken out)
        #: how many times every row was counted (a test reads it: a move does not count them)
        self.counts = 0

    def find(self, rows: Sequence[Any], row: Any) -> int | None:
        """Where ``row`` (this very object) is in ``rows``; None when it is not there."""
        key = id(row)
        if self._counted is not None:
            place = self._place(key)
            if place is not None and place < len(rows) and rows[place] is row:
                self._later[key] = (place, len(self._moves))  # the next lookup starts here
                return place
        self._count(rows)  # never counted, or the moves do not check out: count afresh
        assert self._counted is not None
        place = self._counted.get(key)
        return place if place is not None and rows[place] is row else None

    def _place(self, key: int) -> int | None:
        if key in self._later:
            place, seen = self._later[key]
        elif self._counted is not None and key in self._counted:
            place, seen = self._counted[key], 0
        else:
            return None
        for at, count in self._moves[seen:]:
            if count > 0:
                if place >= at:
                    place += count
            elif place > at:
                place -= 1  # (the row that was at ``at`` itself is no longer kept)
        return place

    def _count(self, rows: Sequence[Any]) -> None:
        self._counted = {id(r): i for i, r in enumerate(rows)}
        self.counts += 1
        self._later.clear()
        self._moves.clear()

    def forget(self) -> None:
        """Nothing known any more (the rows were replaced or reordered)."""
        self._counted = None
        self._later.clear()
        self._moves.clear()

    def inserted(self, at: int, rows: Sequence[Any]) -> None:
        """``rows`` were put in at ``at`` (the rows from ``at`` on moved down by as many)."""
        if self._counted is None:
            return
        if len(self._moves) >= MOVES_KEPT:
            self.forget()  # counted again at the next lookup
            return
        self._moves.append((at, len(rows)))
        seen = len(self._moves)
        for n, row in enumerate(rows):
            self._later[id(row)] = (at + n, seen)

    def appended(self, start: int, rows: Sequence[Any]) -> None:
        """``rows`` were put at the end, from ``start``: nothing else moved."""
        if self._counted is None:
            return
        if not self._moves:
            self._counted.update((id(r), start + n) for n, r in enumerate(rows))
            return
        seen = len(self._moves)
        self._later.update((id(r), (start + n, seen)) for n, r in enumerate(rows))

    def removed(self, at: int, row: Any) -> None:
        """``row`` was taken out of place ``at`` (the rows below it moved up by one)."""
        if self._counted is None:
            return
        if len(self._moves) >= MOVES_KEPT:
            self.forget()
            return
        self._counted.pop(id(row), None)
        self._later.pop(id(row), None)
        self._moves.append((at, -1))
