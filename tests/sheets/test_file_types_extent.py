"""The size check every .xlsx pays before it is read: a plain sheet of ten thousand rows is
bounded by the cheap pass, its ``<dimension ref>`` (which names the last row before any row is
seen) does not send it to the exact count; a cell far below every row still does."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.sheets import limits
from app.sheets.bounds import _bound, sheet_extent
from tests.cli.workbooks import product_workbook
from tests.sheets.books import rewrite_sheet

PART = "xl/worksheets/sheet1.xml"


def test_the_dimension_ref_does_not_force_the_exact_count(tmp_path: Path) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 12_000, notes_sheet=False)
    with zipfile.ZipFile(book) as archive:
        assert b'<dimension ref="A1:K12001"' in archive.read(PART)
        assert archive.getinfo(PART).file_size > 1 << 20  # more than one block of the scan
        assert _bound(archive, PART) == (12_001, 26)  # the cheap bound: rows × up to column Z
        assert sheet_extent(archive, PART) == (12_001, 26)


def test_a_cell_below_every_row_still_gets_counted_exactly(tmp_path: Path) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 5, notes_sheet=False)
    rewrite_sheet(
        book,
        "Produk",
        lambda xml: xml.replace(
            "</sheetData>", '<row r="7"><c r="A7000000" t="n"><v>1</v></c></row></sheetData>'
        ),
    )
    with zipfile.ZipFile(book) as archive:
        assert _bound(archive, PART)[0] > limits.MAX_SHEET_CELLS  # "count exactly"
        assert sheet_extent(archive, PART) == (7_000_000, 11)
