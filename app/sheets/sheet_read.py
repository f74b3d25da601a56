"""A sheet read and its header found, before its columns are mapped and its rows checked: what
the bounded reading child does and sends back (``bounded.read_with_header``).

``read_with_header`` imports the reader, the header detection and the field registry only,
never the table and its checks: the child that runs it starts sooner, and the command line's
own process imports the checks while the child reads (and never the reader).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from app.sheets.raw import RawSheet
    from app.sheets.reader import SheetRef

Purpose = Literal["upload", "delete"]


@dataclass(slots=True)
class SheetRead:
    """A sheet read and its header found, before its columns are mapped and its rows checked:
    what a reading child sends back (plain cells pickle in a fraction of a checked table's time)."""

    raw: RawSheet
    header_top: int  # the first row of the header (== header_row for a one-row header)
    header_row: int


def read_with_header(
    path: str | Path, sheet: SheetRef = None, purpose: Purpose = "upload"
) -> SheetRead:
    """The first half of ``loading.open_table``: the sheet read (the best scored one when
    ``sheet`` is None) and its header row(s) found. The reader is imported here, by the
    process that reads (importing this module for ``SheetRead`` costs nothing)."""
    from app.sheets.header_rows import two_row_around
    from app.sheets.sheet_choice import sheet_with_header

    min_fields = 1 if purpose == "delete" else 2
    raw, header_row = sheet_with_header(Path(path), sheet, min_fields)
    top, header_row = two_row_around(raw, header_row)
    return SheetRead(raw, top, header_row)
