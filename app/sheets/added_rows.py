"""Rows the merchant added in the app, written into the results workbook below the sheet's rows.

Each cell goes back into the column the ColumnMap reads it from, so that opening the results
workbook gives the same row again. A multi-column field is split into its columns (``Foto 1``,
``Foto 2``; ``Panjang``, ``Lebar``, ``Tinggi``; ``Stok <warehouse>``): photos or hashtags beyond
the last numbered column join the last one (a cell may hold several, separated by ``;``), other
parts get a column of their own. A field the sheet has no column for gets a new column at the
right, headed with the field's label.

The rows go below the last row the sheet held when it was read, so writing the same table twice
into the same file puts them in the same place again. Cells of the sheet's own rows that the
merchant changed in the app are written back the same way (``write_edits``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.catalog.cell_text import cell_text
from app.catalog.fields import EXTERNAL_ID_FIELD, TEXT_FORMAT, Field, Kind, field_by_key
from app.catalog.messages import Lang
from app.catalog.parsing import DIMENSION_PARTS, CellError, is_blank
from app.catalog.table import ProductRow
from app.sheets.mapping import WHOLE_BEFORE_NUMBERED, ColumnBinding
from app.sheets.matching import match_part
from app.sheets.results_cells import same_header

if TYPE_CHECKING:
    from app.sheets.loading import LoadedSheet


class AddedRows:
    """Writes added rows into ``sheet``; ``placed`` maps table index → sheet row, ``extra``
    field key → the column added for it."""

    def __init__(
        self,
        sheet: Any,
        loaded: LoadedSheet,
        results: dict[str, int],
        homes: dict[str, int],
        lang: Lang,
    ) -> None:
        self.sheet = sheet
        self.loaded = loaded
        self.homes = homes  # fields whose column is a results column (External ID, Product ID)
        self.lang = lang
        self.placed: dict[int, int] = {}
        self.extra: dict[str, int] = {}
        self._last_column = max(results.values(), default=0)

    def write(self) -> dict[int, int]:
        loaded = self.loaded
        rows = loaded.table.rows
        below = max(
            [
                loaded.header_row,
                *(r for r, _ in loaded.raw.rows),
                *(row.sheet_row or 0 for row in rows),
            ]
        )
        for index, row in enumerate(rows):
            if row.sheet_row is None:
                below += 1
                self.placed[index] = below
                self._write_row(below, row)
        return self.placed

    def _write_row(self, r: int, row: ProductRow) -> None:
        for key, raw in row.cells.items():
            if not is_blank(raw):
                self._write_field(r, key, raw, row.values.get(key))

    def write_edits(self, r: int, row: ProductRow, original: Mapping[str, Any]) -> None:
        """Cells of a sheet row that the merchant changed in the app go back into its columns."""
        for key in dict.fromkeys([*row.cells, *original]):
            new, old = row.cells.get(key), original.get(key)
            generated = key == EXTERNAL_ID_FIELD.key and row.external_id_generated
            if same_cell(new, old) or generated:
                continue
            for b in self.loaded.colmap.mapped:
                if b.field == key and (r, b.index + 1) in self.sheet._cells:
                    self.sheet.cell(r, b.index + 1).value = None
            if not is_blank(new):
                self._write_field(r, key, new, row.values.get(key))

    def _write_field(self, r: int, key: str, raw: Any, value: Any) -> None:
        field = field_by_key(key)
        bindings = [b for b in self.loaded.colmap.mapped if b.field == key]
        if any(b.part is not None for b in bindings):
            self._write_parts(r, field, bindings, raw, value)
        elif bindings:
            unit = field.column_unit(bindings[0].header)
            if unit is not None and isinstance(value, int):
                raw = unit.of(value)  # a column in kg
            else:
                raw = _number_or(field, raw, value)
            self._put(r, bindings[0].index + 1, field, _scalar(field, raw))
        else:
            column = self.homes.get(key) or self._extra_column(field.label(self.lang))
            self.extra.setdefault(key, column)
            self._put(r, column, field, _scalar(field, _number_or(field, raw, value)))

    def _write_parts(
        self, r: int, field: Field, bindings: list[ColumnBinding], raw: Any, value: Any
    ) -> None:
        parts = _parts(field, raw, value)
        numbered = field.kind.numbered
        columns: dict[str, int] = {}
        for b in bindings:  # a whole column beside parts only exists for numbered fields
            columns[b.part or WHOLE_BEFORE_NUMBERED] = b.index + 1
        if parts is None:  # a value the catalog could not split: keep its text in one place
            column = (
                next(iter(columns.values()))
                if numbered
                else self._extra_column(field.label(self.lang))
            )
            self._put(r, column, field, cell_text(field, raw))
            return
        leftover: list[tuple[str, Any]] = []
        for part, item in parts.items():
            if is_blank(item):
                continue
            if part in columns:
                self._put(r, columns[part], field, item)
            else:
                leftover.append((part, item))
        if not leftover:
            return
        if numbered:  # more photos or tags than numbered columns: the last one holds the rest
            last = max(columns.values())
            held = [self.sheet.cell(r, last).value, *(item for _, item in leftover)]
            self._put(r, last, field, "; ".join(str(v) for v in held if not is_blank(v)))
            return
        for part, item in leftover:
            self._put(r, self._extra_column(_part_header(field, part, self.lang)), field, item)

    def _extra_column(self, header: str) -> int:
        """A column headed ``header`` at the right: one added by an earlier write, or new."""
        from openpyxl.styles import Font

        h = self.loaded.header_row
        first_new = len(self.loaded.colmap.bindings) + 1
        for (r, c), cell in list(self.sheet._cells.items()):
            if r == h and c >= first_new and same_header(cell.value, header):
                return int(c)
        last = max([self._last_column, *(c for (r, c) in self.sheet._cells if r == h)])
        self._last_column = last + 1
        self.sheet.cell(h, last + 1, header).font = Font(bold=True)
        return last + 1

    def _put(self, r: int, column: int, field: Field, value: Any) -> None:
        if isinstance(value, CellError):
            value = str(value)
        cell = self.sheet.cell(r, column, value)
        if isinstance(value, str) and (value.startswith("=") or field.kind.keeps_text):
            cell.data_type = "s"  # text stays text, never a formula
            cell.number_format = TEXT_FORMAT
        elif _is_number(value):  # a number shows as one (the kind's format, never text's)
            number_format = field.kind.facts.sheet_format
            if number_format and number_format != TEXT_FORMAT:
                cell.number_format = number_format
            elif cell.number_format == TEXT_FORMAT:
                cell.number_format = "General"


def _parts(field: Field, raw: Any, value: Any) -> dict[str, Any] | None:
    """The value of a multi-column field split by part, or None when it cannot be split;
    numbers as the catalog read them (a size or a stock typed as text goes back a number)."""
    if field.kind is Kind.DIMENSIONS and isinstance(value, Mapping):
        return {part: value.get(part) for part in DIMENSION_PARTS}
    if field.kind is Kind.WAREHOUSES and isinstance(value, list):
        return {str(w["clientId"]): w["stock"] for w in value}
    if isinstance(raw, Mapping):
        return {str(k): v for k, v in raw.items()}
    if field.kind.numbered and isinstance(value, list):
        return {str(n): item for n, item in enumerate(value, 1)}
    return None


def _part_header(field: Field, part: str, lang: Lang) -> str:
    """A header that reads back as this part of this field (``Stok WH-2``, ``length``), as the
    registry spells it; the field's label and the part when none does."""
    headers = field.part_headers(part, lang)
    for header in headers:
        found = match_part(header)
        if (
            found is not None
            and found.field == field.key
            and str(found.part).casefold() == part.casefold()
        ):
            return header
    return headers[-1]


def same_cell(a: Any, b: Any) -> bool:
    """Whether two raw cells hold the same thing (blank parts and ``''``/None count as equal)."""
    if is_blank(a) or is_blank(b):
        return is_blank(a) and is_blank(b)
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        keys = set(a) | set(b)
        return all(same_cell(a.get(k), b.get(k)) for k in keys)
    return bool(type(a) is type(b) and a == b)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number_or(field: Field, raw: Any, value: Any) -> Any:
    """A numeric field's value as the number the catalog read (``"79000"`` or ``"Rp 79.000"``
    typed in the grid is 79000 in the workbook); anything else as the merchant wrote it."""
    if field.kind.numeric and _is_number(value) and not _is_number(raw):
        return value
    return raw


def _scalar(field: Field, raw: Any) -> Any:
    """What goes into one cell: the merchant's value as it is, lists and parts as text."""
    return cell_text(field, raw) if isinstance(raw, Mapping | list | tuple) else raw
