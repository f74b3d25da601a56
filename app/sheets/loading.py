"""From a workbook file to a checked ProductTable: ``open_table`` is the one call the CLI and the
GUI use; ``build_table`` redoes the last step after the merchant changes the column map.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.catalog.fields import ColumnUnit, field_by_key
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow, ProductTable
from app.sheets.gc_pause import paused_gc
from app.sheets.guidance import SkippedRow, skipped_rows
from app.sheets.header_rows import headers_for
from app.sheets.mapping import WHOLE_BEFORE_NUMBERED, ColumnMap, clashes, match_columns
from app.sheets.memory import MappingMemory
from app.sheets.raw import RawSheet
from app.sheets.read_back import restore_results
from app.sheets.sheet_read import Purpose, SheetRead, read_with_header

if TYPE_CHECKING:
    from app.sheets.reader import SheetRef

#: An override: a field key, (field key, part), or None to leave the column out.
Override = str | tuple[str, str | None] | None


@dataclass(frozen=True, slots=True)
class RowsToCheck:
    """The rows about to be checked, before any is: each its sheet row and cells, in the
    table's order; the sheet rows hidden in the workbook (marked ``hidden``: not sent); the
    guidance rows skipped. Enough for the CLI's refusals (no such rows, only hidden ones)."""

    raw: RawSheet
    rows: Sequence[tuple[int, Mapping[str, Any]]]
    hidden: frozenset[int]
    skipped: Sequence[SkippedRow]

    @property
    def cells(self) -> list[Mapping[str, Any]]:
        return [cells for _, cells in self.rows]


#: What the store knows about the rows about to be checked (the CLI refuses a sheet without
#: rows to work on, then gathers the store's data, searching the brands the cells name, before
#: the rows are checked once).
StoreDataFor = Callable[[RowsToCheck], StoreData | None]


@dataclass(slots=True)
class LoadedSheet:
    raw: RawSheet
    header_row: int
    colmap: ColumnMap
    table: ProductTable
    #: Guidance and example rows under the header: not in the table, never sent.
    skipped: list[SkippedRow] = field(default_factory=list)
    #: The first row of a two-row header (``header_row`` is its last); 0: a one-row header.
    header_top: int = 0
    #: Rows found as guidance/examples that the merchant chose to load as products.
    included: frozenset[int] = frozenset()
    include_hidden: bool = False  # rows hidden in the workbook are loaded as plain rows

    @property
    def path(self) -> Path:
        return self.raw.path

    @property
    def headers(self) -> list[str]:
        return self.colmap.headers

    def rebuild(self, colmap: ColumnMap | None = None) -> LoadedSheet:
        """A new table after the column map changed (the raw cells are kept)."""
        colmap = colmap or self.colmap
        return load_rows(
            self.raw,
            self.header_row,
            colmap,
            self.table.purpose,
            self.include_hidden,
            include=self.included,
            header_top=self.header_top,
            store_data=self.table.store_data,
        )


def build_table(
    raw: RawSheet,
    header_row: int,
    colmap: ColumnMap,
    purpose: Purpose = "upload",
    include_hidden: bool = False,
    skip: Collection[int] = (),
    store_data: StoreData | None = None,
    *,
    store_data_for: StoreDataFor | None = None,
    skipped: Sequence[SkippedRow] = (),
) -> ProductTable:
    """One table row per non-blank sheet row below the header (but the ``skip`` rows); parts
    grouped into dicts, checked against what is known of the store (``store_data``, or what
    ``store_data_for`` gives for the rows' cells before any row is checked). Rows hidden in the
    workbook are marked ``hidden`` for an upload (not sent) unless included."""
    hidden = raw.hidden_rows if purpose == "upload" and not include_hidden else frozenset()
    with paused_gc():  # millions of new objects, none garbage: no collector passes over them
        rows = table_cells(raw, header_row, colmap, skip)
        if store_data_for is not None:
            store_data = store_data_for(RowsToCheck(raw, rows, hidden, skipped))
        return ProductTable(
            (ProductRow(sheet_row, cells, hidden=sheet_row in hidden) for sheet_row, cells in rows),
            purpose=purpose,
            store_data=store_data,
        )


def table_cells(
    raw: RawSheet, header_row: int, colmap: ColumnMap, skip: Collection[int] = ()
) -> list[tuple[int, dict[str, Any]]]:
    whole: list[tuple[int, str]] = []
    parts: list[tuple[int, str, str]] = []
    units: dict[int, ColumnUnit] = {}  # column → the unit its header names (Berat (kg))
    for b in colmap.mapped:
        assert b.field is not None
        if b.index in raw.hidden_columns:
            continue  # a column hidden in the workbook is left out (the import dialog says so)
        numbered_with_whole = b.part is None and any(
            o.field == b.field and o.part is not None and not clashes(o.part, None, b.field)
            for o in colmap.mapped
        )
        if b.part is not None or numbered_with_whole:
            parts.append((b.index, b.field, b.part or WHOLE_BEFORE_NUMBERED))
        else:
            whole.append((b.index, b.field))
            unit = field_by_key(b.field).column_unit(b.header)
            if unit is not None:
                units[b.index] = unit
    part_fields = list(dict.fromkeys(f for _, f, _ in parts))
    out: list[tuple[int, dict[str, Any]]] = []
    for sheet_row, values in raw.rows:
        if sheet_row <= header_row or sheet_row in skip:
            continue
        width = len(values)
        cells: dict[str, Any] = {}
        blank = True
        for index, key in whole:
            value = values[index] if index < width else None
            if value is None or (type(value) is str and not value.strip()):
                continue
            if index in units:
                value = units[index].tagged(value)
            cells[key] = value
            blank = False
        for key in part_fields:
            cells[key] = {}
        for index, key, part in parts:
            value = values[index] if index < width else None
            cells[key][part] = value
            if value is not None and not (type(value) is str and not value.strip()):
                blank = False
        if blank:  # nothing in any mapped column: a blank row, a note or a total line
            continue
        out.append((sheet_row, cells))
    return out


def open_table(
    path: str | Path,
    sheet: SheetRef = None,
    purpose: Purpose = "upload",
    overrides: Mapping[int, Override] | None = None,
    memory: MappingMemory | None = None,
    include_hidden: bool = False,
) -> LoadedSheet:
    """Read a sheet, find its header row, map its columns (remembered or matched), check rows.

    With ``sheet=None`` the sheet whose header names most fields over a table of rows is used
    (``sheet_choice``). A two-row header is read as one; guidance and example rows under it
    are skipped (``LoadedSheet.skipped``). Overrides (column index → field) are applied on top
    and remembered for the next workbook.
    """
    return table_from(
        read_with_header(path, sheet, purpose), purpose, overrides, memory, include_hidden
    )


def mapped_columns(
    read: SheetRead,
    overrides: Mapping[int, Override] | None = None,
    memory: MappingMemory | None = None,
) -> ColumnMap:
    """The column map of a sheet read (``map_columns`` of its header)."""
    return map_columns(headers_for(read.raw, read.header_top, read.header_row), memory, overrides)


def table_from(
    read: SheetRead,
    purpose: Purpose = "upload",
    overrides: Mapping[int, Override] | None = None,
    memory: MappingMemory | None = None,
    include_hidden: bool = False,
    *,
    colmap: ColumnMap | None = None,
    store_data_for: StoreDataFor | None = None,
) -> LoadedSheet:
    """The second half of ``open_table``: columns mapped (or ``colmap``), rows checked once
    against what ``store_data_for`` gives for their cells (None: nothing of the store)."""
    colmap = colmap if colmap is not None else mapped_columns(read, overrides, memory)
    return load_rows(
        read.raw,
        read.header_row,
        colmap,
        purpose,
        include_hidden,
        header_top=read.header_top,
        store_data_for=store_data_for,
    )


def map_columns(
    headers: list[str],
    memory: MappingMemory | None = None,
    overrides: Mapping[int, Override] | None = None,
) -> ColumnMap:
    """The columns' fields: as remembered for these headers, else matched by name; overrides
    (column index → field) on top, and then remembered for the next workbook."""
    memory = memory if memory is not None else MappingMemory()
    colmap = memory.recall(headers) or match_columns(headers)
    if overrides:
        for index, choice in overrides.items():
            if isinstance(choice, tuple):
                colmap.override(index, choice[0], choice[1])
            else:
                colmap.override(index, choice)
        memory.remember(colmap)
    return colmap


def load_rows(
    raw: RawSheet,
    header_row: int,
    colmap: ColumnMap,
    purpose: Purpose = "upload",
    include_hidden: bool = False,
    *,
    include: Collection[int] = (),
    header_top: int | None = None,
    store_data: StoreData | None = None,
    store_data_for: StoreDataFor | None = None,
) -> LoadedSheet:
    """The last step of opening: every row under the header becomes a table row checked
    against ``store_data`` (in the caller's worker), but the guidance and example rows (unless
    the merchant included them); a workbook that carries our results columns gives its rows
    their state back."""
    skipped = skipped_rows(raw, header_row, colmap, include)
    skip = {s.sheet_row for s in skipped}
    table = build_table(
        raw,
        header_row,
        colmap,
        purpose,
        include_hidden,
        skip,
        store_data,
        store_data_for=store_data_for,
        skipped=skipped,
    )
    restore_results(raw, header_row, table)
    top = header_top if header_top is not None and header_top < header_row else 0
    return LoadedSheet(
        raw,
        header_row,
        colmap,
        table,
        skipped,
        top,
        frozenset(include),
        include_hidden,
    )
