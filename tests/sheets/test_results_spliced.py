"""The results columns written as text give openpyxl's own file, part for part (issue 16).

``ResultRows`` writes the results columns' cells (status, code, message, ids) into the saved
sheet's XML instead of as openpyxl cells. Against the plain way (every cell an openpyxl cell,
the book saved by openpyxl itself), every part of the package must be the same bytes — the
sheet's rows, the merchant's styles, comments, other sheets, formulas and their cached values —
but the save time in ``docProps/core.xml``: on a first write, on a write into a results
workbook (its results columns reused), with rows added in the app, fixes typed in the grid,
messages of every kind (a leading ``=``, spaces at an end, ``&<>``, line breaks), and on random
results. LibreOffice reads the same cells from both.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

import app.sheets.results as results_module
from app.catalog.issues import Issue, Level, store_issue
from app.catalog.status import Status
from app.sheets import open_table, write_results
from app.sheets.loading import LoadedSheet
from app.sheets.matching import MESSAGE, STATUS
from app.sheets.result_rows import ResultRows
from tests.sheets import file_kinds as kinds
from tests.sheets.books import messy_workbook, product


def plain_save(book: Any, path: Path, rows: ResultRows | None = None) -> None:
    """The plain way: every cell an openpyxl cell, the book saved by openpyxl itself."""
    if rows is not None:
        rows.write_as_cells()
    book.save(path)


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def both_ways(
    loaded_of: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str = "hasil"
) -> tuple[Path, Path]:
    """The results written our way and the plain way, each from a freshly opened table."""
    ours = write_results(loaded_of(), tmp_path / "ours" / f"{name}.xlsx")
    with monkeypatch.context() as m:
        m.setattr(results_module, "save_book", plain_save)
        plain = write_results(loaded_of(), tmp_path / "plain" / f"{name}.xlsx")
    return ours, plain


MESSAGES = [
    "Harga terlalu rendah & <di bawah> batas",
    "=1+1 bukan rumus",
    "  spasi di depan",
    "baris satu\nbaris dua",
    "tab\tdi tengah",
    "😀 emoji",
    "",
]


def results_of(loaded: LoadedSheet, k: int) -> LoadedSheet:
    """Each row a result as an upload leaves it, the messages above in turn."""
    table = loaded.table
    for i, row in enumerate(table.rows):
        message = MESSAGES[(i + k) % len(MESSAGES)]
        if row.has_errors:
            continue
        if i % 3 == 0:
            table.set_store_result(
                i, Status.REJECTED, [store_issue("VAL_001", message or "x", "price")]
            )
        elif i % 3 == 1:
            table.set_store_result(
                i,
                Status.FAILED,
                [Issue(None, "server", Level.ERROR, {"message": message}, "HTTP_500")],
                request_id=f"req {message}".strip(),
            )
        else:
            table.set_store_result(
                i, Status.PENDING, batch_id=f"pb_{i}", request_id=message or None, product_id=None
            )
    return loaded


def opened(path: Path) -> LoadedSheet:
    """The workbook opened for the demo store (generated externalIds derive from it, so two
    openings give the same ones)."""
    loaded = open_table(path)
    loaded.table.use_store("638765489981529612855")
    return loaded


def column_of(sheet: Any, header: str) -> str:
    """The letter of the column headed ``header`` in the header row (row 4)."""
    return next(c.column_letter for c in sheet[4] if c.value == header)


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = messy_workbook(tmp_path / "Produk Toko.xlsx")
    book = load_workbook(path)
    sheet = book["Produk"]
    for k in range(12):
        sheet.append(product(f"B-{k}", f"Barang {k} & <lain>", 10_000 + k, k))
    book.save(path)
    return path


def test_a_first_write_is_openpyxls_own_file(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, plain = both_ways(lambda: results_of(opened(workbook), 0), tmp_path, monkeypatch)
    assert parts(ours) == parts(plain)
    sheet = load_workbook(ours)["Produk"]
    message = column_of(sheet, MESSAGE)
    texts = [c.value for c in sheet[message]]
    # a server message starting with "=" is written as the plain way writes it; the text way
    # leaves such a row to openpyxl, which writes it as text, not as a formula Excel refuses
    assert "=1+1 bukan rumus" in texts
    formula_like = [c for c in sheet[message] if c.value == "=1+1 bukan rumus"]
    assert formula_like and all(c.data_type == "s" for c in formula_like)
    assert "Price: Harga terlalu rendah & <di bawah> batas" in texts
    assert "Price: baris satu\nbaris dua" in texts


def test_the_text_way_is_taken(workbook: Path, tmp_path: Path) -> None:
    """Most rows' results go as text (else the test above compares the plain way with itself)."""
    taken: list[int] = []
    real = ResultRows.splice

    def counting(self: ResultRows, xml: bytes) -> bytes:
        taken.append(len(self._rows))
        return real(self, xml)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(ResultRows, "splice", counting)
        loaded = results_of(opened(workbook), 0)
        write_results(loaded, tmp_path / "out.xlsx")
    rows = loaded.table.rows
    pending = [r for r in rows if r.status is Status.PENDING]
    # a failed or rejected row's status cell is marked, a "=…" would be a formula: openpyxl's
    plain_texts = [r for r in pending if not (r.request_id or "").startswith("=")]
    assert len(pending) > len(plain_texts) >= 4
    assert taken == [len(plain_texts)]


def test_a_write_into_a_results_workbook_is_openpyxls_own_file(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write_results(results_of(opened(workbook), 0), tmp_path / "first.xlsx")
    ours, plain = both_ways(lambda: results_of(opened(first), 3), tmp_path, monkeypatch)
    assert parts(ours) == parts(plain)


def test_added_rows_and_fixes_in_the_grid_are_openpyxls_own_file(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def loaded_of() -> LoadedSheet:
        loaded = results_of(opened(workbook), 1)
        table = loaded.table
        table.set_cell(1, "name", "Kemeja Batik Tulis")  # a fix typed in the grid
        table.set_cell(2, "id", "c0ffee00-0000-4000-8000-000000000001")  # no column: a home
        table.insert_row(len(table), {"sku": "BARU-1", "name": "Baru", "price": 5000})
        table.insert_row(len(table), {"sku": "BARU-2", "brandId": "Merek"})  # a column added
        return loaded

    ours, plain = both_ways(loaded_of, tmp_path, monkeypatch)
    assert parts(ours) == parts(plain)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],  # no tracing: slow here
)
@given(
    results=st.lists(
        st.tuples(
            st.sampled_from([Status.PENDING, Status.REJECTED, Status.FAILED, Status.LIVE]),
            st.text(
                alphabet=st.characters(
                    blacklist_categories=["Cs"], blacklist_characters="\x00\x0b\x0c"
                ),
                max_size=12,
            ),
            st.sampled_from([None, "", " pb_1 ", "=A1", "a&b"]),
        ),
        min_size=15,
        max_size=15,
    )
)
def test_random_results_are_openpyxls_own_file(
    workbook: Path, tmp_path_factory: pytest.TempPathFactory, results: list[Any]
) -> None:
    tmp = tmp_path_factory.mktemp("random")

    def loaded_of() -> LoadedSheet:
        loaded = opened(workbook)
        for i, (status, message, batch) in enumerate(results[: len(loaded.table)]):
            issues = [store_issue("VAL_001", message, "name")] if message.strip() else []
            loaded.table.set_store_result(i, status, issues, batch_id=batch, request_id=message)
        return loaded

    with pytest.MonkeyPatch.context() as m:
        try:
            ours, plain = both_ways(loaded_of, tmp, m)
        except Exception as error:  # a character openpyxl refuses: the same refusal both ways
            with pytest.raises(type(error)):
                m.setattr(results_module, "save_book", plain_save)
                write_results(loaded_of(), tmp / "again.xlsx")
            return
    assert parts(ours) == parts(plain)


@pytest.mark.libreoffice
@pytest.mark.skipif(kinds.SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_the_same_cells_from_both(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, plain = both_ways(lambda: results_of(opened(workbook), 2), tmp_path, monkeypatch)
    read_ours = kinds.convert(ours, "xlsx", tmp_path / "lo-ours")
    read_plain = kinds.convert(plain, "xlsx", tmp_path / "lo-plain")

    def cells(path: Path) -> list[Any]:
        sheet = load_workbook(path)["Produk"]
        return [[c.value for c in row] for row in sheet.iter_rows()]

    assert cells(read_ours) == cells(read_plain)
    sheet = load_workbook(read_ours)["Produk"]
    statuses = [c.value for c in sheet[column_of(sheet, STATUS)]]
    assert statuses.count("pending") >= 4


def test_a_sheet_without_our_marks_skips_clearing_and_gives_the_same_file(
    workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no fill of our colours in the book and no comment of ours, ``clear_row`` skips
    every row: the file is the one the row-by-row clearing writes."""
    from app.sheets.results_cells import CellMarker

    real_init = CellMarker.__init__
    seen: list[bool] = []

    def init(self: CellMarker, sheet: Any) -> None:
        real_init(self, sheet)
        seen.append(self._may_clear)

    monkeypatch.setattr(CellMarker, "__init__", init)
    ours = write_results(results_of(opened(workbook), 4), tmp_path / "ours.xlsx")

    def clearing(self: CellMarker, sheet: Any) -> None:
        real_init(self, sheet)
        self._may_clear = True

    monkeypatch.setattr(CellMarker, "__init__", clearing)
    plain = write_results(results_of(opened(workbook), 4), tmp_path / "plain.xlsx")
    assert seen == [False]
    assert parts(ours) == parts(plain)
    monkeypatch.setattr(CellMarker, "__init__", init)
    write_results(results_of(opened(ours), 5), tmp_path / "again.xlsx")
    assert seen == [False, True]  # a results workbook carries our marks: cleared row by row
