"""The Problems list's entries — (table row, issue) in the table's order — held so that rows
put in or taken out above many problems cost a few additions, not a renumbering of every
problem below (no Qt).

The entries sit in a few segments, each with an offset added to the row numbers it stores:
``shift(row, by)`` splits the segment where ``row`` begins and moves the offsets of the
segments below; when there are more than ``MAX_SEGMENTS``, the smallest one joins its
neighbour (its entries renumbered: a small share of the list). ``entries()`` is the flat list.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

from app.catalog.issues import Issue

Problem = tuple[int, Issue]  # (table row index, issue)
_ROW = itemgetter(0)
#: [ours] segments kept apart at most (each place looked up walks them)
MAX_SEGMENTS = 32


class ProblemList:
    """Entries sorted by table row; places are the list's own (the Problems view's rows)."""

    def __init__(self, entries: Iterable[Problem] = ()) -> None:
        self.reset(entries)

    def reset(self, entries: Iterable[Problem]) -> None:
        first = list(entries)
        self._segments: list[list[Problem]] = [first] if first else []
        self._offsets: list[int] = [0] * len(self._segments)
        self._count()

    def _count(self) -> None:
        """Empty segments dropped; where each segment starts in the list."""
        if not all(self._segments):
            kept = [(s, o) for s, o in zip(self._segments, self._offsets, strict=True) if s]
            self._segments = [s for s, _ in kept]
            self._offsets = [o for _, o in kept]
        self._starts: list[int] = []
        total = 0
        for segment in self._segments:
            self._starts.append(total)
            total += len(segment)
        self._len = total

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, place: int) -> Problem:
        if not 0 <= place < self._len:
            raise IndexError(place)
        s = bisect_right(self._starts, place) - 1
        row, issue = self._segments[s][place - self._starts[s]]
        return row + self._offsets[s], issue

    def __iter__(self) -> Iterator[Problem]:
        for segment, offset in zip(self._segments, self._offsets, strict=True):
            for row, issue in segment:
                yield row + offset, issue

    def entries(self) -> list[Problem]:
        return list(self)

    def between(self, start: int, end: int) -> list[Problem]:
        """The entries at places ``start``…``end - 1``."""
        return [self[place] for place in range(start, end)]

    def find(self, row: int, *, after: bool = False) -> int:
        """The place of the first entry of table row ``row`` or below (``after``: below)."""
        for s, segment in enumerate(self._segments):
            offset = self._offsets[s]
            last = segment[-1][0] + offset
            if last > row or (last == row and not after):
                look = bisect_right if after else bisect_left
                return self._starts[s] + look(segment, row - offset, key=_ROW)
        return self._len

    def replace(self, start: int, end: int, new: Sequence[Problem]) -> None:
        """The entries at places ``start``…``end - 1`` become ``new`` (in the table's order,
        between the entries before and after them)."""
        if end > start:
            for s, segment in enumerate(self._segments):
                top = self._starts[s]
                a, b = max(start, top) - top, min(end, top + len(segment)) - top
                if a < b:
                    del segment[a:b]
            self._count()
        if new:
            if not self._segments:
                self._segments, self._offsets, self._starts = [[]], [0], [0]
            s = max(bisect_right(self._starts, start) - 1, 0)
            offset, at = self._offsets[s], start - self._starts[s]
            self._segments[s][at:at] = [(row - offset, issue) for row, issue in new]
            self._count()

    def shift(self, row: int, by: int) -> None:
        """Table rows from ``row`` on moved by ``by`` (rows put in or taken out above)."""
        place = self.find(row)
        if place == self._len:
            return
        s = bisect_right(self._starts, place) - 1
        cut = place - self._starts[s]
        if cut:
            segment = self._segments[s]
            self._segments.insert(s + 1, segment[cut:])
            del segment[cut:]
            self._offsets.insert(s + 1, self._offsets[s])
            s += 1
        for t in range(s, len(self._segments)):
            self._offsets[t] += by
        while len(self._segments) > MAX_SEGMENTS:
            self._join_smallest()
        self._count()

    def _join_smallest(self) -> None:
        """The smallest segment (but the first) joins the one above it."""
        t = min(range(1, len(self._segments)), key=lambda n: len(self._segments[n]))
        moved = self._offsets[t] - self._offsets[t - 1]
        self._segments[t - 1].extend((row + moved, issue) for row, issue in self._segments[t])
        del self._segments[t], self._offsets[t]
