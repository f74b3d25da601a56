"""What a job knows of the rows it sends: a copy taken on the table's own thread.

A job is built where the ``ProductTable`` lives (the window's GUI thread, the command line's main
thread) and copies what it needs of each chosen row into a ``RowSnapshot``: the row's place, its
keys, its parsed values and its own problems. Planning, sending, reading answers and resuming
work on these copies only, so no worker thread ever reads or writes the table or its rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from app.catalog.fields import EXTERNAL_ID_FIELD
from app.catalog.issues import Issue
from app.catalog.payload import payload_of
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable, Purpose


@dataclass(frozen=True, slots=True)
class RowSnapshot:
    """One chosen row as it stood when the job was built."""

    index: int  # position in the ProductTable
    sheet_row: int | None
    sku: str | None
    external_id: str | None
    product_id: str | None  # the id the store gave the row earlier
    values: Mapping[str, Any]  # parsed values by API key (a read-only copy)
    local_issues: tuple[Issue, ...] = ()
    duplicate_issues: tuple[Issue, ...] = ()

    @classmethod
    def of(cls, index: int, row: ProductRow) -> RowSnapshot:
        return cls(
            index,
            row.sheet_row,
            row.sku,
            row.external_id,
            row.product_id,
            MappingProxyType(dict(row.values)),
            tuple(row.local_issues),
            tuple(row.duplicate_issues),
        )

    @property
    def has_errors(self) -> bool:
        return any(i.is_error for i in self.local_issues) or any(
            i.is_error for i in self.duplicate_issues
        )

    def local_status(self) -> Status:
        return Status.INVALID if self.has_errors else Status.READY

    def payload(self) -> dict[str, Any]:
        """The JSON object to send; only for rows without errors."""
        return payload_of(self.values)

    def with_external_id(self, external_id: str) -> RowSnapshot:
        values = MappingProxyType({**self.values, EXTERNAL_ID_FIELD.key: external_id})
        return dataclasses.replace(self, external_id=external_id, values=values)


@dataclass(frozen=True, slots=True)
class TableSnapshot:
    """The chosen rows of one table, by table index, and what the table was for."""

    purpose: Purpose
    size: int  # how many rows the table had
    rows: Mapping[int, RowSnapshot]
    chosen: tuple[int, ...]  # the chosen table indexes, each once, in table order

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index: int) -> RowSnapshot:
        return self.rows[index]

    def __contains__(self, index: object) -> bool:
        return index in self.rows

    def with_external_ids(self, external_ids: Mapping[int, str]) -> TableSnapshot:
        """The same rows, with these externalIds (a resumed job's recorded ones)."""
        if not external_ids:
            return self
        rows = dict(self.rows)
        for index, external_id in external_ids.items():
            rows[index] = rows[index].with_external_id(external_id)
        return dataclasses.replace(self, rows=MappingProxyType(rows))


def chosen_rows(size: int, indexes: Iterable[int] | None) -> list[int]:
    """The chosen table indexes, each once, in table order (all rows when None)."""
    if indexes is None:
        return list(range(size))
    picked = sorted(set(indexes))
    for i in picked:
        if not 0 <= i < size:
            raise IndexError(f"row index {i} is outside the table")
    return picked


def take_snapshot(table: ProductTable, indexes: Iterable[int] | None = None) -> TableSnapshot:
    """Copy the chosen rows (all rows when None). Call it on the thread that owns ``table``."""
    chosen = chosen_rows(len(table), indexes)
    rows = {i: RowSnapshot.of(i, table.rows[i]) for i in chosen}
    return TableSnapshot(table.purpose, len(table), MappingProxyType(rows), tuple(chosen))
