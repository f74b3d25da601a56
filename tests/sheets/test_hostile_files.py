"""Out-of-bounds input refused before parsing: pipes and devices, oversized CSV, and .xlsx sheets
whose real extent (rows × columns) would make the reader allocate billions of cells."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.sheets import SheetError, limits, list_sheets, read_sheet
from tests.sheets.books import rewrite_sheet, simple_workbook
from tests.sheets.test_hostile import _fails

FAR_CELL = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'


def _refused(path: Path, key: str, *, call: str = "read") -> SheetError:
    error = _fails(path, key, call=call)
    assert path.name in error.message("en") and path.name in error.message("id")
    return error


def _small_book(path: Path) -> Path:
    return simple_workbook(path, [["SKU-1", "Kaos", 50_000], ["SKU-2", "Topi", 25_000]])


def test_a_fifo_named_csv_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "produk.csv"
    os.mkfifo(fifo)  # no writer: a plain open() would wait for one forever
    error = _refused(fifo, "not_a_file")
    assert "FIFO" in error.message("en")
    _refused(fifo, "not_a_file", call="open")


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    assert "device" in _refused(Path("/dev/zero"), "not_a_file").message("en")
    folder = tmp_path / "produk.xlsx"
    folder.mkdir()
    assert "folder" in _refused(folder, "not_a_file", call="list").message("en")


def test_a_csv_over_the_cap_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    with path.open("wb") as handle:
        handle.write(b"SKU,Nama Produk,Harga\n")
        handle.truncate(limits.MAX_CSV_BYTES + 5 * 2**20)  # sparse: nothing written to disk
    error = _refused(path, "csv_too_large")
    assert "105 MB" in error.message("en") and "100 MB" in error.message("en")
    assert "105 MB" in error.message("id")


def test_a_csv_under_the_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kecil.csv"
    path.write_text("SKU,Nama Produk,Harga\nA-1,Kaos,50000\n", encoding="utf-8")
    assert len(read_sheet(path).rows) == 2


def test_one_far_away_cell_is_refused_with_the_figure(tmp_path: Path) -> None:
    path = _small_book(tmp_path / "jauh.xlsx")
    rewrite_sheet(path, "Products", lambda xml: xml.replace("</sheetData>", FAR_CELL))
    assert path.stat().st_size < 10_000
    for call in ("read", "list", "open"):
        error = _refused(path, "too_many_cells", call=call)
    en, id_ = error.message("en"), error.message("id")
    assert "1,048,576 rows × 16,384 columns = 17 billion cells" in en
    assert "the limit is 2 million" in en
    assert "1.048.576 baris × 16.384 kolom = 17 miliar sel" in id_ and "2 juta" in id_


def test_a_far_cell_inside_a_near_row_is_found(tmp_path: Path) -> None:
    """The cell's own reference places it, not the row it is written in."""
    path = _small_book(tmp_path / "licik.xlsx")
    rewrite_sheet(
        path,
        "Products",
        lambda xml: xml.replace(
            "</sheetData>", '<row r="4"><c r="ZZ999999"><v>7</v></c></row></sheetData>'
        ),
    )
    error = _refused(path, "too_many_cells")
    assert "999,999 rows × 702 columns" in error.message("en")


def test_cells_without_references_in_a_far_row_are_found(tmp_path: Path) -> None:
    path = _small_book(tmp_path / "tanpa-ref.xlsx")
    cells = "<c><v>1</v></c>" * 40
    rewrite_sheet(
        path,
        "Products",
        lambda xml: xml.replace("</sheetData>", f'<row r="900000">{cells}</row></sheetData>'),
    )
    error = _refused(path, "too_many_cells")
    assert "900,000 rows × 40 columns" in error.message("en")


def test_a_declared_dimension_alone_is_no_reason_to_refuse(tmp_path: Path) -> None:
    path = _small_book(tmp_path / "dimensi.xlsx")
    rewrite_sheet(
        path,
        "Products",
        lambda xml: re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>', xml),
    )
    raw = read_sheet(path)
    assert len(raw.rows) == 3 and raw.width == 16


def test_a_far_cell_without_a_value_is_not_counted(tmp_path: Path) -> None:
    """The reader skips a formatted empty cell; so does the count (no false refusal)."""
    path = _small_book(tmp_path / "format.xlsx")
    rewrite_sheet(
        path,
        "Products",
        lambda xml: xml.replace(
            "</sheetData>", '<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>'
        ),
    )
    assert len(read_sheet(path).rows) == 3


@pytest.mark.parametrize(("limit", "refused"), [(3 * 16 - 1, True), (3 * 16, False)])
def test_the_cap_is_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, refused: bool
) -> None:
    """Three rows × sixteen columns: one cell over the limit is refused, at the limit read."""
    monkeypatch.setattr(limits, "MAX_SHEET_CELLS", limit)
    path = _small_book(tmp_path / "pas.xlsx")
    if refused:
        assert "3 rows × 16 columns = 48 cells" in _refused(path, "too_many_cells").message("en")
    else:
        assert len(read_sheet(path).rows) == 3


def test_a_wide_sheet_under_the_cap_is_read(tmp_path: Path) -> None:
    """3,000 rows × 30 columns: the quick bound (702 columns) is over the cap, the exact count
    is not."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Products")
    for r in range(3_000):
        sheet.append([f"r{r}c{c}" for c in range(30)])
    path = tmp_path / "lebar.xlsx"
    book.save(path)
    raw = read_sheet(path)
    assert len(raw.rows) == 3_000 and raw.width == 30


def test_a_file_name_that_is_not_utf8_is_opened_all_the_same(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"produk-\xff.xlsx")  # Latin-1 bytes from an old archive
    _small_book(path)
    assert len(read_sheet(path).rows) == 3
    assert [s.name for s in list_sheets(path)] == ["Products"]
