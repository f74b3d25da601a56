"""The photo and banner links of a sheet's rows, without the checker (no httpx, no Pillow:
the window gathers them while rows arrive).

``links_of(rows)``: every link of the rows, each once, in order. ``SheetLinks`` keeps each
row's links of one table as its rows are put in, changed and taken out, so that
``links(rows)`` — the same list as ``links_of(rows)`` — costs the links, not a pass over every
row's cells, at the moment a check starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain

from app.catalog.table import ProductRow
from app.catalog.validation import PHOTO_FIELDS

_NONE: tuple[str, ...] = ()


def row_links(row: ProductRow) -> tuple[str, ...]:
    """The links of one row that read as links, in the fields' order."""
    found: list[str] = []
    values = row.values
    for key in PHOTO_FIELDS:
        value = values.get(key)
        if isinstance(value, list):
            found.extend(link for link in value if isinstance(link, str))
    return tuple(found) if found else _NONE


def links_of(rows: Iterable[ProductRow]) -> list[str]:
    """Every photo and banner link of ``rows`` that reads as a link, each once, in order."""
    return list(dict.fromkeys(chain.from_iterable(map(row_links, rows))))


class SheetLinks:
    """The links of one table's rows, row by row (None until first asked for)."""

    def __init__(self) -> None:
        self._rows: list[tuple[str, ...]] | None = None
        #: how many times every row was read (a table not followed from its start)
        self.passes = 0

    def reset(self, rows: Sequence[ProductRow]) -> None:
        """Another table: its rows are read when first asked for (an empty one: as they come)."""
        self._rows = None if rows else []

    def put_in(self, rows: Sequence[ProductRow], first: int, last: int) -> None:
        if self._rows is not None:
            self._rows[first:first] = map(row_links, rows[first : last + 1])

    def taking_out(self, first: int, last: int) -> None:
        if self._rows is not None:
            del self._rows[first : last + 1]

    def update(self, rows: Sequence[ProductRow], indexes: Iterable[int]) -> None:
        """The rows at ``indexes`` changed (an edit may change their links)."""
        if self._rows is not None:
            for i in indexes:
                if 0 <= i < len(rows):
                    self._rows[i] = row_links(rows[i])

    def links(self, rows: Sequence[ProductRow]) -> list[str]:
        """``links_of(rows)``, from what was kept of them."""
        if self._rows is None or len(self._rows) != len(rows):
            self._rows = [row_links(row) for row in rows]
            self.passes += 1
        return list(dict.fromkeys(chain.from_iterable(self._rows)))
