"""Planning: which chosen rows go out, in which request, at which ``rowIndex``.

A ``Chunk`` is one request's worth of rows (at most ``chunk_size``); position *p* of its list is
the ``rowIndex`` the store will answer with, and ``groups[p]`` the table rows it stands for (one
row for an upload; for a delete, every row naming the same product id).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.jobs.snapshot import TableSnapshot

#: [ours] API.md §4.1: the batch size limit is unknown; send at most this many rows per request.
DEFAULT_CHUNK_SIZE = 100
#: [ours] requests in flight at once.
DEFAULT_CONCURRENCY = 2


@dataclass(slots=True)
class Chunk:
    seq: int
    groups: list[tuple[int, ...]]  # position (rowIndex) -> table indexes
    items: list[Any]  # position -> product payload (upload) or product id (delete)
    #: table index -> (sheet row, externalId, SKU): the row's keys, kept in the journal
    keys: dict[int, tuple[int | None, str | None, str | None]] = field(default_factory=dict)
    #: table indexes whose earlier send may have reached the store (connection dropped)
    ambiguous: set[int] = field(default_factory=set)
    #: every item is plain JSON (texts, whole numbers, yes/no, None, lists and dicts of them),
    #: as product payloads are: written by orjson as they are (``serialise_plain``)
    plain: bool = False

    @property
    def rows(self) -> list[int]:
        return [i for group in self.groups for i in group]

    def __len__(self) -> int:
        return len(self.groups)

    def subset(self, positions: Sequence[int]) -> Chunk:
        """The same chunk with only these positions (re-numbered from 0), for a re-send."""
        return Chunk(
            self.seq,
            [self.groups[p] for p in positions],
            [self.items[p] for p in positions],
            self.keys,
            self.ambiguous,
            self.plain,
        )


def split(
    pairs: Iterable[tuple[tuple[int, ...], Any]], chunk_size: int, first_seq: int = 0
) -> list[Chunk]:
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    chunks: list[Chunk] = []
    for group, item in pairs:
        if not chunks or len(chunks[-1]) >= chunk_size:
            chunks.append(Chunk(first_seq + len(chunks), [], []))
        chunks[-1].groups.append(group)
        chunks[-1].items.append(item)
    return chunks


def sendable(rows: TableSnapshot, indexes: Iterable[int]) -> tuple[list[int], list[int]]:
    """Split chosen rows into (rows to send, rows skipped because they have errors)."""
    send: list[int] = []
    skipped: list[int] = []
    for i in indexes:
        (skipped if rows[i].has_errors else send).append(i)
    return send, skipped


def plan_upload(
    rows: TableSnapshot, indexes: Iterable[int], chunk_size: int = DEFAULT_CHUNK_SIZE
) -> list[Chunk]:
    """Chunks of product payloads; each row's externalId is fixed here for every retry."""
    chunks = split((((i,), rows[i].payload()) for i in indexes), chunk_size)
    for chunk in chunks:
        chunk.plain = True  # payload_of's or the model's JSON dump: plain JSON values
        for i in chunk.rows:
            row = rows[i]
            chunk.keys[i] = (row.sheet_row, row.external_id, row.sku)
    return chunks


def plan_delete(
    rows: TableSnapshot, ids: dict[int, str], chunk_size: int = DEFAULT_CHUNK_SIZE
) -> list[Chunk]:
    """Chunks of product ids; rows naming the same id share one position."""
    by_id: dict[str, list[int]] = {}
    for index, product_id in sorted(ids.items()):
        by_id.setdefault(product_id, []).append(index)
    chunks = split(((tuple(group), product_id) for product_id, group in by_id.items()), chunk_size)
    for chunk in chunks:
        for i in chunk.rows:
            chunk.keys[i] = (rows[i].sheet_row, None, rows[i].sku)
    return chunks
