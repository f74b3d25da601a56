"""A workbook read by the command line is examined and opened once: the other sheets' names come
from what ``read_sheet`` saw of the same, unchanged file; a file written again in between is
looked at afresh. The longest-cell check finds the same cell as the row-by-row walk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.sheets import limits, reader
from app.sheets.errors import SheetError
from app.sheets.raw import RawSheet
from app.sheets.sheet_read import read_with_header


def _book(path: Path, sheets: list[tuple[str, bool]]) -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    for n, (name, hidden) in enumerate(sheets):
        sheet = first if n == 0 else book.create_sheet(name)
        sheet.title = name
        sheet.append(["Nama Produk", "SKU", "Harga"])
        sheet.append([f"Kaos {name}", f"SKU-{n}", 85000 + n])
        if hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def test_the_other_sheets_come_from_the_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _book(tmp_path / "produk.xlsx", [("Produk", False), ("Arsip", True), ("Lain", False)])
    fresh = reader.worksheet_visibility(path)
    assert fresh == [("Produk", False), ("Arsip", True), ("Lain", False)]
    reader.read_sheet(path)
    opened: list[Path] = []
    real = reader.readable

    def readable(p: Path) -> object:
        opened.append(p)
        return real(p)

    monkeypatch.setattr(reader, "readable", readable)
    assert reader.worksheet_visibility(path) == fresh
    assert opened == []  # not examined a second time


def test_a_file_written_again_is_looked_at_afresh(tmp_path: Path) -> None:
    path = _book(tmp_path / "produk.xlsx", [("Produk", False), ("Arsip", True)])
    reader.read_sheet(path)
    _book(path, [("Produk", False), ("Baru", False), ("Lagi", True)])
    stamp = path.stat().st_mtime_ns + 1_000_000  # another modification time, whatever the disk
    os.utime(path, ns=(stamp, stamp))
    assert reader.worksheet_visibility(path) == [("Produk", False), ("Baru", False), ("Lagi", True)]


def test_another_file_is_not_answered_from_the_read(tmp_path: Path) -> None:
    one = _book(tmp_path / "satu.xlsx", [("Produk", False), ("Arsip", True)])
    two = _book(tmp_path / "dua.xlsx", [("Barang", False)])
    reader.read_sheet(one)
    assert reader.worksheet_visibility(two) == [("Barang", False)]


def test_the_product_sheet_is_still_chosen_by_score(tmp_path: Path) -> None:
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Catatan"
    notes.append(["Daftar produk toko kami"])
    sheet = book.create_sheet("Produk")
    sheet.append(["Nama Produk", "SKU", "Harga", "Stok"])
    for k in range(5):
        sheet.append([f"Kaos {k}", f"SKU-{k}", 85000, 3])
    book.save(tmp_path / "dua-sheet.xlsx")
    read = read_with_header(tmp_path / "dua-sheet.xlsx")
    assert read.raw.name == "Produk"
    assert read.header_row == 1


def _raw(rows: list[list[object]]) -> RawSheet:
    return RawSheet("Produk", Path("x.xlsx"), list(enumerate(rows, 1)))


class _Text(str):
    """A str subclass: the row-by-row check counts plain str cells only."""


def test_the_longest_cell_check_finds_the_first_too_long_cell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_READ_CELL_CHARS", 10)
    reader.check_cell_sizes(_raw([["a" * 10, 5, 2.5], [None, "b" * 10]]))  # at the limit: fine
    reader.check_cell_sizes(_raw([[_Text("c" * 50), 1]]))  # not a plain str: as before, fine
    with pytest.raises(SheetError) as caught:
        reader.check_cell_sizes(_raw([["ok", 1], [_Text("d" * 50), 2, "e" * 11], ["f" * 12]]))
    assert caught.value.key == "cell_too_large"
    assert caught.value.params["cell"] == "C2"
    assert caught.value.params["length"] == 11
