"""The results workbook's comments written as text (``app.sheets.comment_parts``) are the very
bytes openpyxl writes, and what Excel users open: LibreOffice and openpyxl read them back with
their text, author and place; the merchant's own comments stay theirs."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment

from app.catalog.issues import store_issue
from app.catalog.status import Status
from app.sheets import open_table, write_results
from app.sheets.comment_parts import save_book
from app.sheets.result_rows import ResultRows
from app.sheets.results_cells import COMMENT_AUTHOR, ERROR_FILL
from tests.sheets import file_kinds as kinds
from tests.sheets.books import cache_messy_formulas, messy_workbook

_texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t &<>\"'"),
    min_size=0,
    max_size=30,
)
_comments = st.lists(
    st.tuples(
        st.integers(1, 60),
        st.integers(1, 40),
        _texts,
        st.sampled_from([COMMENT_AUTHOR, "Budi", " Sari & <Co> ", ""]),
        st.integers(20, 400),
    ),
    max_size=12,
)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:  # the save's own time stamp aside
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _book(comments: list[tuple[int, int, str, str, int]], sheets: int) -> Workbook:
    book = Workbook()
    for k in range(sheets):
        sheet = book.active if k == 0 else book.create_sheet(f"Lembar {k}")
        assert sheet is not None
        sheet["A1"] = "Nama Produk"
        for row, column, text, author, height in comments[k::sheets]:
            comment = Comment(text, author)
            comment.width, comment.height = 320, height
            sheet.cell(row, column).comment = comment
    return book


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_comments, st.integers(1, 3))
@example([(2, 3, " di depan", "Budi", 70), (3, 3, "di belakang\n ", COMMENT_AUTHOR, 40)], 1)
@example([(2, 3, "   ", "Budi", 70), (9, 27, "a & b <c>", " Sari ", 100)], 2)
def test_the_same_bytes_as_openpyxl(
    tmp_path: Path, comments: list[tuple[int, int, str, str, int]], sheets: int
) -> None:
    _book(comments, sheets).save(tmp_path / "openpyxl.xlsx")
    save_book(_book(comments, sheets), tmp_path / "ours.xlsx")
    assert _parts(tmp_path / "ours.xlsx") == _parts(tmp_path / "openpyxl.xlsx")


@pytest.fixture
def results(tmp_path: Path) -> Path:
    """A merchant's workbook (with their own comment on B7) and its results: a refused price."""
    path = messy_workbook(tmp_path / "Produk Toko.xlsx")
    book = load_workbook(path)
    book["Produk"]["C7"] = "seratus ribu"  # a price the catalog cannot read
    book.save(path)
    cache_messy_formulas(path)
    loaded = open_table(path)
    loaded.table.set_store_result(
        0,
        Status.REJECTED,
        [store_issue("VAL_001", "Harga terlalu rendah & <di bawah> batas", "price")],
        batch_id="pb_1",
        request_id="req-1",
    )
    return write_results(loaded, tmp_path / "hasil.xlsx", lang="id")


def _comments_of(path: Path) -> dict[str, tuple[str, str]]:
    sheet = load_workbook(path)["Produk"]
    return {
        c.coordinate: (c.comment.author, c.comment.text)
        for row in sheet.iter_rows()
        for c in row
        if c.comment is not None
    }


def test_the_results_comments_read_back_with_openpyxl(results: Path) -> None:
    found = _comments_of(results)
    assert found["B7"][0] == "Budi"  # the merchant's own comment, kept
    author, text = found["C5"]
    assert author == COMMENT_AUTHOR
    assert text.startswith("Harga terlalu rendah & <di bawah> batas")
    assert load_workbook(results)["Produk"]["C5"].fill.fgColor.rgb == ERROR_FILL


def openpyxls_own_save(book: Any, path: Path, rows: ResultRows | None = None) -> None:
    """The plain way: every cell an openpyxl cell, the book saved by openpyxl itself."""
    if rows is not None:
        rows.write_as_cells()
    book.save(path)


@pytest.mark.libreoffice
@pytest.mark.skipif(kinds.SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_our_comments_as_it_reads_openpyxls(
    results: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.sheets.results as results_module

    monkeypatch.setattr(results_module, "save_book", openpyxls_own_save)
    loaded = open_table(tmp_path / "Produk Toko.xlsx")
    loaded.table.set_store_result(
        0,
        Status.REJECTED,
        [store_issue("VAL_001", "Harga terlalu rendah & <di bawah> batas", "price")],
        batch_id="pb_1",
        request_id="req-1",
    )
    plain = write_results(loaded, tmp_path / "openpyxl" / "hasil.xlsx", lang="id")
    ours = _comments_of(kinds.convert(results, "xlsx", tmp_path / "lo-ours"))
    theirs = _comments_of(kinds.convert(plain, "xlsx", tmp_path / "lo-openpyxl"))
    assert ours == theirs
    texts = {ref: text.strip() for ref, (_author, text) in _comments_of(results).items()}
    assert {ref: text.strip() for ref, (_author, text) in ours.items()} == texts
