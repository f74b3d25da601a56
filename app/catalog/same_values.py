"""The rows holding each value of one unique field (SKU, External ID), for the sheet-wide
duplicate checks.

A value held by one row — nearly every value of a sheet — keeps the row itself, not a dict of
one entry: at 50,000 rows the index of both fields was 28 MB of one-entry dicts, their id keys
and the folded SKUs. A value held by several rows keeps them in a dict by identity (inserting
or removing rows renumbers nothing), in the order they were added; ``rows`` gives them in that
order either way, so the duplicate issues name the same other row as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

Row = TypeVar("Row")


class SameValues(Generic[Row]):
    """value → the rows holding it (by identity, in the order they were added)."""

    __slots__ = ("_held",)

    def __init__(self) -> None:
        self._held: dict[str, Row | dict[int, Row]] = {}

    def clear(self) -> None:
        self._held.clear()

    def add(self, value: str, row: Row) -> None:
        held = self._held.get(value)
        if held is None:
            self._held[value] = row
        elif type(held) is dict:
            held[id(row)] = row
        elif held is not row:
            self._held[value] = {id(held): held, id(row): row}  # type: ignore[dict-item]

    def remove(self, value: str, row: Row) -> list[Row]:
        """Take ``row`` out of ``value``'s rows; returns the rows still holding it."""
        held = self._held.get(value)
        if held is None:
            return []
        if type(held) is not dict:
            if held is row:
                del self._held[value]
                return []
            return [held]  # type: ignore[list-item]
        held.pop(id(row), None)
        left = list(held.values())
        if len(left) == 1:
            self._held[value] = left[0]
        elif not left:
            del self._held[value]
        return left

    def rows(self, value: str) -> list[Row]:
        held = self._held.get(value)
        if held is None:
            return []
        if type(held) is dict:
            return list(held.values())
        return [held]  # type: ignore[list-item]

    def groups(self) -> Iterator[list[Row]]:
        """The rows of each value held by two rows or more."""
        for held in self._held.values():
            if type(held) is dict:
                yield list(held.values())

    def __len__(self) -> int:
        return len(self._held)
