"""The first rows checked and shown before the whole sheet is read; then proved or corrected.

When the window opens a workbook of one worksheet without asking (the columns are matched as
they would be), its reading child first reads the sheet's first rows straight from the package
(``first_rows.read_first_rows``), finds the header and the columns there, checks those rows and
sends them (``FirstRows``) — before calamine reads the whole sheet. The full path then runs as
before and stays the truth:

- the window compares the header, the columns and the store's data it would check with against
  the ones the first rows were checked with; where any differs, the rows shown are dropped and
  the grid starts over with the full path's rows (``BuildOrder.shown`` stays 0);
- else the child builds every row as before and compares its first rows with the ones shown,
  cell, value, issue and mark (``verified``): equal, they are not sent again; different, the
  first batch comes with ``restart`` and replaces everything shown.

Editing and sending wait until every row is in (the grid is locked while rows arrive), so a
correction never meets a merchant's edit.
"""

from __future__ import annotations

import copy
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_FIELDS
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow
from app.sheets.errors import SheetError
from app.sheets.first_rows import read_first_rows
from app.sheets.header_rows import find_header_rows, headers_for
from app.sheets.loading import map_columns
from app.sheets.mapping import ColumnMap, match_columns
from app.sheets.memory import MappingMemory
from app.sheets.raw import RawSheet
from app.sheets.row_batches import (
    TOTAL_UNKNOWN,
    BuildOrder,
    Built,
    RowBatch,
    build_in_batches,
)


@dataclass(frozen=True, slots=True)
class EarlyOrder:
    """What the first rows are checked with before the whole sheet is read: the columns the
    merchant's earlier choices remember, the store's data known when the opening began."""

    memory: MappingMemory
    store_data: StoreData | None = None


@dataclass(slots=True)
class FirstRows:
    """The first rows of the sheet, checked: what the grid shows until the full path's rows."""

    raw: RawSheet  # the first rows' cells only
    header_top: int
    header_row: int
    colmap: ColumnMap
    batch: RowBatch

    def matches(self, order: BuildOrder, raw: RawSheet) -> bool:
        """Whether the full path checks the rows as these were checked: the same header, the
        same columns bound the same way, no restored session, nothing chosen otherwise."""
        return (
            order.session is None
            and not order.include
            and not order.include_hidden
            and order.purpose == "upload"
            and order.header_row == self.header_row
            and order.header_top == self.header_top
            and raw.name == self.raw.name
            and same_columns(order.colmap, self.colmap)
        )


def same_columns(one: ColumnMap, other: ColumnMap) -> bool:
    return one.bindings == other.bindings and one.conflicts == other.conflicts


def same_row(shown: ProductRow, built: ProductRow) -> bool:
    """Equal in all the merchant sees and sends; an external id the app generated for each
    (a random one, drawn anew for every build) counts as the same."""
    if shown == built:
        return True
    if not (shown.external_id_generated and built.external_id_generated):
        return False
    key = EXTERNAL_ID_FIELD.key
    mine, theirs = shown.values.get(key), built.values.get(key)
    if shown.cells.get(key) != mine or built.cells.get(key) != theirs:
        return False
    same = copy.copy(built)
    same.cells = {**built.cells, key: mine}
    same.values = {**built.values, key: mine}
    return shown == same


def check_first_rows(path: Path, sheet: str, early: EarlyOrder) -> FirstRows | None:
    """The first rows read, their header found, their columns matched and the rows checked;
    None when the first pass is not sure of them or finds no header there."""
    raw = read_first_rows(path, sheet)
    if raw is None or not raw.rows:
        return None
    try:
        found = find_header_rows(raw)
    except SheetError:
        return None
    if found is None:
        return None
    header_top, header_row = found
    colmap = map_columns(headers_for(raw, header_top, header_row), early.memory)
    order = BuildOrder(header_row, colmap, header_top=header_top, store_data=early.store_data)
    # the first batch only (as the full path's first batch: ``FIRST_BATCH_ROWS`` rows)
    rows = next(build_in_batches(raw, order), RowBatch([], 0)).rows
    if not rows:
        return None
    # how many rows the sheet holds is known once the full path has read it
    return FirstRows(raw, header_top, header_row, colmap, RowBatch(rows, TOTAL_UNKNOWN))


def verified(
    batches: Generator[RowBatch, None, Built], shown: list[ProductRow]
) -> Generator[RowBatch, None, Built]:
    """The full path's batches, less the rows already shown when they are equal to them; when
    any differs, the first batch restarts the grid with the full path's rows. Every batch
    still goes, emptied of the rows shown if need be: it carries the issues the later batches
    name by number (``issues_once``)."""
    held: list[RowBatch] = []
    count = 0
    while count < len(shown):
        try:
            batch = next(batches)
        except StopIteration as end:
            yield from _compared(held, shown)
            built: Built = end.value
            return built
        held.append(batch)
        count += len(batch.rows)
    yield from _compared(held, shown)
    return (yield from batches)


def _compared(held: list[RowBatch], shown: list[ProductRow]) -> Iterator[RowBatch]:
    rows = [row for batch in held for row in batch.rows]
    if not held:  # the full path found no rows at all: the grid starts over, empty
        yield RowBatch([], 0, restart=True)
    elif len(rows) >= len(shown) and all(map(same_row, shown, rows)):
        skip = len(shown)
        for batch in held:
            drop = min(skip, len(batch.rows))
            skip -= drop
            batch.rows = batch.rows[drop:]
            yield batch
    else:
        held[0].restart = True
        yield from held


def warm_up() -> None:
    """In a reading child before its first workbook: the header matching and the row checks
    run once over a made-up sheet (the fields' labels as headers, a row of values), so the
    first rows of the first workbook do not pay their first-call costs (about a third of a
    second on the loaded machine). Whatever goes wrong here is no workbook's business."""
    try:
        headers = [f.label("id") for f in PRODUCT_FIELDS]
        values = ["Kaos 1", "SKU-1", "Rp 10.000", 5.0, 250.0]
        row = [values[i % len(values)] for i in range(len(headers))]
        raw = RawSheet("warm", Path("warm.xlsx"), [(1, list(headers)), (2, row)])
        top, header_row = find_header_rows(raw) or (0, 1)
        order = BuildOrder(header_row, match_columns(headers_for(raw, top, header_row)))
        for _ in build_in_batches(raw, order):
            pass
    except Exception:
        pass
