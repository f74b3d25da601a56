"""Which sheet holds the products: an instructions sheet that lists the column names across one
row must lose to the real ``Produk`` sheet after it; ``sheet=`` still chooses outright."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main
from app.sheets import open_table
from tests.cli.workbooks import HEADERS
from tests.jobs.rows import CATEGORY, SUB_CATEGORY, TYPE

ALL_NAMES = [*HEADERS, "Deskripsi", "Merek ID", "Dimensi (cm)", "Foto 2"]


def _product(k: int) -> list[object]:
    return [
        f"Kaos {k}",
        f"KAOS-{k:03d}",
        100_000,
        5,
        250,
        1,
        CATEGORY,
        SUB_CATEGORY,
        TYPE,
        "Baru",
        f"https://example.com/{k}.jpg",
    ]


def book_with_instructions(path: Path, *, prose_below: bool = True, hidden: bool = False) -> Path:
    """``Petunjuk`` first: a title, then every column name across row 3 (more than the product
    sheet has), prose under it; ``Produk`` second with the real table."""
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Petunjuk"
    notes.append(["Cara mengisi template"])
    notes.append([])
    notes.append(ALL_NAMES)
    if prose_below:
        notes.append(["Isi satu produk per baris di sheet Produk."])
        notes.append(["Kolom Harga dalam Rupiah tanpa titik."])
        notes.append(["Nama Produk", "maks 255 karakter"])
    products = book.create_sheet("Produk")
    products.append(HEADERS)
    for k in range(4):
        products.append(_product(k))
    if hidden:
        products.sheet_state = "hidden"
    book.save(path)
    return path


def test_the_product_sheet_after_an_instructions_sheet_is_chosen(tmp_path: Path) -> None:
    loaded = open_table(book_with_instructions(tmp_path / "t.xlsx"))
    assert loaded.raw.name == "Produk"
    assert [r.sheet_row for r in loaded.table.rows] == [2, 3, 4, 5]
    assert {r.status.value for r in loaded.table.rows} == {"ready"}


def test_an_instructions_sheet_with_nothing_below_its_names_loses_too(tmp_path: Path) -> None:
    loaded = open_table(book_with_instructions(tmp_path / "t.xlsx", prose_below=False))
    assert loaded.raw.name == "Produk"


def test_the_sheet_named_by_the_merchant_is_read_whatever_the_scores(tmp_path: Path) -> None:
    loaded = open_table(book_with_instructions(tmp_path / "t.xlsx"), "Petunjuk")
    assert loaded.raw.name == "Petunjuk" and loaded.header_row == 3


def test_a_hidden_product_sheet_does_not_beat_a_shown_sheet_with_a_table(tmp_path: Path) -> None:
    path = book_with_instructions(tmp_path / "t.xlsx", hidden=True)
    book = Workbook()
    shown = book.active
    assert shown is not None
    shown.title = "Stok Baru"
    shown.append(HEADERS[:4])
    shown.append(["Kaos", "K-1", 1000, 3])
    shown.append(["Topi", "T-1", 2000, 4])
    book.save(tmp_path / "two.xlsx")
    assert open_table(tmp_path / "two.xlsx").raw.name == "Stok Baru"
    assert open_table(path).raw.name == "Petunjuk"  # only a hidden sheet holds a table


def test_the_cli_validates_the_product_sheet_and_sheet_overrides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = book_with_instructions(tmp_path / "t.xlsx")
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "4 rows of t.xlsx (Produk): 4 ready"
    assert main(["validate", str(path), "--sheet", "Petunjuk"]) == 2
    err = capsys.readouterr().err
    assert "“Petunjuk” has no product rows" in err
