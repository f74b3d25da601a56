"""The results writer's fast paths say what the plain ones say: a row is left alone exactly
when ``same_cell`` finds each of its cells unchanged, and a cell's fill is ours exactly when
its colour (read through openpyxl's own ``cell.fill``) is one of ours."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from app.catalog.fields import EXTERNAL_ID_FIELD
from app.sheets.added_rows import same_cell
from app.sheets.results import _unedited
from app.sheets.results_cells import ERROR_FILL, OUR_FILLS, WARNING_FILL, CellMarker

_scalars = (
    st.none()
    | st.sampled_from(["", " ", "  x ", "Kaos", "1", "Baru"])
    | st.integers(-2, 2)
    | st.floats(allow_infinity=False)
    | st.sampled_from([math.nan, 1.0, 0.0, -0.0])
    | st.booleans()
)
_cells = _scalars | st.dictionaries(st.sampled_from(["1", "2", "Gudang A"]), _scalars, max_size=3)
_keys = st.sampled_from(["name", "price", "photos", "stock", EXTERNAL_ID_FIELD.key])


@dataclass
class _Row:
    cells: dict[str, Any] = field(default_factory=dict)
    external_id_generated: bool = False


@given(
    st.dictionaries(_keys, _cells, max_size=4),
    st.dictionaries(_keys, _cells, max_size=4),
    st.booleans(),
    st.booleans(),
)
def test_a_row_is_unedited_exactly_when_same_cell_says_so(
    cells: dict[str, Any], original: dict[str, Any], generated: bool, shared: bool
) -> None:
    if shared:  # the very objects the sheet was read as, as an unedited row holds them
        original = {**original, **cells}
    row = _Row(cells, generated)
    plain = all(
        same_cell(cells.get(k), original.get(k)) or (k == EXTERNAL_ID_FIELD.key and generated)
        for k in dict.fromkeys([*cells, *original])
    )
    assert _unedited(row, original) is plain


def test_a_nan_or_a_changed_part_is_an_edit() -> None:
    assert not _unedited(_Row({"weight": math.nan}), {"weight": math.nan})
    assert not _unedited(_Row({"photos": {"1": "a.jpg"}}), {"photos": {"1": "b.jpg"}})
    assert not _unedited(_Row({"stock": 1}), {"stock": 1.0})  # typed again as another kind
    assert _unedited(_Row({"photos": {"1": "a.jpg", "2": ""}}), {"photos": {"1": "a.jpg"}})


def test_our_fills_are_found_by_the_books_fill_list_as_cell_fill_shows_them() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    fills = [
        PatternFill("solid", fgColor=ERROR_FILL),
        PatternFill("solid", fgColor=WARNING_FILL),
        PatternFill("solid", fgColor="FFFFFF00"),  # the merchant's yellow
        PatternFill("darkGrid", fgColor=ERROR_FILL),  # our colour, not our pattern
        PatternFill(fill_type=None),
    ]
    for column, fill in enumerate(fills, 1):
        sheet.cell(1, column, "x").fill = fill
    sheet.cell(1, len(fills) + 1, "no style at all")
    marker = CellMarker(sheet)
    for cell in sheet[1]:
        fill = cell.fill
        colour = fill.fgColor.rgb if fill.fill_type == "solid" else None
        assert marker._has_our_fill(cell) is (colour in OUR_FILLS), cell.coordinate
    marker._set_fill(sheet.cell(2, 1), WARNING_FILL)
    marker._set_fill(sheet.cell(2, 2, "kept"), ERROR_FILL)
    assert sheet.cell(2, 1).fill == PatternFill("solid", fgColor=WARNING_FILL)
    assert sheet.cell(2, 2).fill == PatternFill("solid", fgColor=ERROR_FILL)
    assert sheet.cell(2, 2).value == "kept"
    assert marker._has_our_fill(sheet.cell(2, 1)) and marker._has_our_fill(sheet.cell(2, 2))
    marker.clear_row(2, {1, 2})
    assert sheet.cell(2, 1).fill.fill_type is None and sheet.cell(2, 2).fill.fill_type is None
    marker.clear_row(1, set(range(1, len(fills) + 2)))
    assert sheet.cell(1, 3).fill == fills[2] and sheet.cell(1, 4).fill == fills[3]
