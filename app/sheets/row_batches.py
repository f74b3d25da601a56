"""A sheet's rows checked in batches, in sheet order: what the window's reading child sends.

``build_in_batches(raw, order)`` yields ``RowBatch``es (the first one small, so the first rows
show at once) and returns ``Built`` (the guidance rows left out, the rows a session restored).
Joined with ``ProductTable.append_rows(batch.rows, checked=True)`` the batches give the same
table, row for row and issue for issue, as ``load_rows`` builds in one go (the sheet-wide
duplicate checks run where the rows are joined). A restored session needs the whole table at
once: then the rows are built as ``load_rows`` builds them and sent afterwards.
"""

from __future__ import annotations

import copy
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

from app.catalog.issues import Issue
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow, ProductTable
from app.sheets.guidance import SkippedRow, skipped_rows
from app.sheets.issues_once import IssuesSent, received
from app.sheets.loading import Purpose, load_rows, table_cells
from app.sheets.mapping import ColumnMap
from app.sheets.raw import RawSheet
from app.sheets.read_back import restore_results
from app.sheets.session import restore

#: The first batch is small (it is on screen at once). The next ones stay small too: each batch
#: is unpickled in one piece in the window's process, holding its interpreter lock — 1,000 rows
#: took 46 ms there (the heartbeat stalled with it), 250 rows 6 ms. The child checks the rows
#: ``BUILD_ROWS`` at a time (the results columns are read back once per piece) and sends each
#: piece in batches of ``BATCH_ROWS``.
FIRST_BATCH_ROWS = 200
BATCH_ROWS = 250
BUILD_ROWS = 1_000
#: ``RowBatch.total`` of the first rows shown before the whole sheet is read (``first_batch``):
#: how many rows the table will have is not known until the sheet is read
TOTAL_UNKNOWN = -1


@dataclass(frozen=True, slots=True)
class BuildOrder:
    """What the merchant chose: the header, the columns, the rows to include; the store's data
    the rows are checked against; the autosaved session to lay over them (None: fresh)."""

    header_row: int
    colmap: ColumnMap
    purpose: Purpose = "upload"
    include_hidden: bool = False
    include: frozenset[int] = frozenset()
    header_top: int = 0
    store_data: StoreData | None = None
    session: dict[str, Any] | None = None
    #: the sheet's first rows already in the grid (``first_batch``): proved equal, or replaced
    shown: int = 0


@dataclass(slots=True)
class RowBatch:
    rows: list[ProductRow]
    total: int  # how many rows the whole table will have (``TOTAL_UNKNOWN``: not known yet)
    #: these rows replace every row shown so far (the first rows shown differed: ``first_batch``)
    restart: bool = False
    #: the build's issues already sent, and this batch's new ones (``issues_once``); None: the
    #: batch pickles plainly
    sent: tuple[IssuesSent, int, list[Issue]] | None = field(default=None, compare=False)
    #: the sheet's rows these rows were read from, each with its place in ``RawSheet.rows``:
    #: pickled with the rows, their texts are the cells' own objects, so the window keeps
    #: these instead of the copies it got when the sheet was read (``keep_sheet_rows``)
    sheet_rows: list[tuple[int, tuple[int, list[Any]]]] = field(default_factory=list)

    def __reduce__(self) -> tuple[Any, ...]:
        if self.sent is None:
            return RowBatch, (self.rows, self.total, self.restart, None, self.sheet_rows)
        sender, held, new = self.sent
        packed = sender.pack(held, new, (self.rows, self.total, self.restart, self.sheet_rows))
        return _unpacked, (sender.token, held, packed)

    def keep_sheet_rows(self, raw: RawSheet) -> int:
        """In the window: ``raw``'s rows that this batch carries again replaced by the batch's
        equal copies (the cells' texts then held once, not twice); returns how many. A row
        that is not the same (another sheet, rows changed since) is left as it is."""
        kept, rows = 0, raw.rows
        for place, again in self.sheet_rows:
            if place < len(rows) and rows[place] == again:
                rows[place] = again
                kept += 1
        self.sheet_rows = []
        return kept


def _unpacked(token: str, held: int, data: bytes) -> RowBatch:
    rows, total, restart, sheet_rows = received(token, held, data)
    return RowBatch(rows, total, restart, None, sheet_rows)


@dataclass(slots=True)
class Built:
    skipped: list[SkippedRow] = field(default_factory=list)
    header_top: int = 0
    #: positions of the rows that came back from the session
    restored: list[int] = field(default_factory=list)
    restored_structure: bool = False


def build_in_batches(raw: RawSheet, order: BuildOrder) -> Generator[RowBatch, None, Built]:
    if order.session is not None:
        return (yield from _restored(raw, order))
    skipped = skipped_rows(raw, order.header_row, order.colmap, order.include)
    skip = {s.sheet_row for s in skipped}
    hidden = (
        raw.hidden_rows if order.purpose == "upload" and not order.include_hidden else frozenset()
    )
    body = [(n, values) for n, values in raw.rows if n > order.header_row and n not in skip]
    total = _count_cells(raw, order, body)
    places = {n: at for at, (n, _) in enumerate(raw.rows)}
    table = ProductTable(purpose=order.purpose, store_data=order.store_data)
    sender = IssuesSent()
    start, size = 0, FIRST_BATCH_ROWS
    while start < len(body):
        # the sheet's rows become cells a piece at a time (the first rows wait for 200 of
        # them, not for the whole sheet); row by row, so the pieces join into table_cells'
        cells = table_cells(_part(raw, body[start : start + size]), order.header_row, order.colmap)
        first = len(table)
        rows = [
            ProductRow(sheet_row, row_cells, hidden=sheet_row in hidden)
            for sheet_row, row_cells in cells
        ]
        table.append_rows(rows)
        restore_results(raw, order.header_row, table, first)
        table.share(rows)  # here, not on the window's thread: a batch pickles each copy once
        for at in range(0, len(rows), BATCH_ROWS):
            batch = _batch(rows[at : at + BATCH_ROWS], total, sender)
            batch.sheet_rows = [
                (places[n], raw.rows[places[n]])
                for n in (r.sheet_row for r in batch.rows)
                if n is not None
            ]
            for _, (_, values) in batch.sheet_rows:
                table.share_sheet_texts(values)
            yield batch
        start, size = start + size, BUILD_ROWS
    return Built(skipped, _top(order))


def _batch(rows: list[ProductRow], total: int, sender: IssuesSent) -> RowBatch:
    """A batch that sends only the issues the window does not hold yet (numbered now, in the
    order the batches go, so a batch pickles the same however often it is pickled)."""
    held, new = sender.take(rows)
    return RowBatch(rows, total, sent=(sender, held, new))


def _part(raw: RawSheet, rows: list[tuple[int, list[Any]]]) -> RawSheet:
    part = copy.copy(raw)
    part.rows = rows
    return part


def _count_cells(raw: RawSheet, order: BuildOrder, body: list[tuple[int, list[Any]]]) -> int:
    """How many rows the table will have: the body's rows with a value in a mapped column
    (``table_cells`` leaves the blank ones out), counted without building their cells."""
    columns = [b.index for b in order.colmap.mapped if b.index not in raw.hidden_columns]
    return sum(1 for _, values in body if any(_filled(values, c) for c in columns))


def _filled(values: list[Any], index: int) -> bool:
    value = values[index] if index < len(values) else None
    return value is not None and not (type(value) is str and not value.strip())


def _restored(raw: RawSheet, order: BuildOrder) -> Generator[RowBatch, None, Built]:
    assert order.session is not None
    loaded = load_rows(
        raw,
        order.header_row,
        order.colmap,
        order.purpose,
        order.include_hidden,
        include=order.include,
        header_top=order.header_top,
        store_data=order.store_data,
    )
    table = restore(loaded.table, order.session)
    wanted = {int(p) for p in order.session.get("rows", {})}
    table.share(table.rows)
    sender = IssuesSent()
    for start in range(0, len(table.rows), BATCH_ROWS):
        yield _batch(table.rows[start : start + BATCH_ROWS], len(table.rows), sender)
    return Built(
        loaded.skipped,
        loaded.header_top,
        sorted(i for i in wanted if i < len(table.rows)),
        order.session.get("order") is not None,
    )


def _top(order: BuildOrder) -> int:
    return order.header_top if 0 < order.header_top < order.header_row else 0
