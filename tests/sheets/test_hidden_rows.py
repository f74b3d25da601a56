"""Rows the merchant hid in the workbook (by hand or with a filter): loaded, warned about, and
not sent unless included; hidden columns are left out. Real workbooks: openpyxl, XlsxWriter, and
an .ods that LibreOffice converted; real uploads against the sandbox."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.catalog.issues import Level
from app.catalog.status import Status
from app.jobs.selection import choose_upload, ready_rows
from app.sheets import open_table, read_sheet
from app.sheets.session import row_from_json, row_json
from tests.cli.workbooks import product_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def hide_rows(path: Path, *rows: int, by_filter: bool = False) -> Path:
    book = load_workbook(path)
    sheet = book["Produk"]
    for r in rows:
        sheet.row_dimensions[r].hidden = True
    if by_filter:  # what Excel saves for rows an autofilter hides: the rows are hidden too
        sheet.auto_filter.ref = sheet.dimensions
    book.save(path)
    return path


def test_hidden_rows_are_loaded_greyed_with_a_warning_and_not_chosen(tmp_path: Path) -> None:
    book = hide_rows(product_workbook(tmp_path / "produk.xlsx", 5), 3, 5)
    loaded = open_table(book)
    rows = loaded.table.rows
    assert [r.sheet_row for r in rows] == [2, 3, 4, 5, 6]  # loaded, shown
    assert [r.hidden for r in rows] == [False, True, False, True, False]
    warning = rows[1].issues[-1]
    assert (warning.field, warning.key, warning.level) == (None, "hidden_row", Level.WARNING)
    assert warning.message("en") == "Hidden in the workbook — not sent."
    assert warning.message("id") == "Disembunyikan di workbook — tidak dikirim."
    assert rows[1].status is Status.READY  # nothing wrong with it: it is left out, not invalid
    assert ready_rows(loaded.table) == [0, 2, 4]
    choice = choose_upload(loaded.table, range(5))
    assert choice.send == [0, 2, 4] and choice.hidden == [1, 3]


def test_included_hidden_rows_are_plain_rows(tmp_path: Path) -> None:
    book = hide_rows(product_workbook(tmp_path / "produk.xlsx", 3), 3)
    loaded = open_table(book, include_hidden=True)
    assert not any(r.hidden for r in loaded.table.rows)
    assert not any(r.issues for r in loaded.table.rows)
    assert ready_rows(loaded.table) == [0, 1, 2]
    assert loaded.rebuild().table.rows[1].hidden is False  # the choice survives a re-map


def test_the_hidden_flag_survives_the_session_file(tmp_path: Path) -> None:
    book = hide_rows(product_workbook(tmp_path / "produk.xlsx", 2), 3)
    row = open_table(book).table.rows[1]
    assert row_from_json(json.loads(json.dumps(row_json(row)))).hidden is True


def test_hidden_columns_are_left_out(tmp_path: Path) -> None:
    book = load_workbook(product_workbook(tmp_path / "produk.xlsx", 2))
    book["Produk"].column_dimensions["F"].hidden = True  # Min. Pembelian
    book["Produk"]["F2"] = 0  # would be an error if it were read
    book.save(tmp_path / "produk.xlsx")
    loaded = open_table(tmp_path / "produk.xlsx")
    assert loaded.raw.hidden_columns == frozenset({5})
    assert [r.status for r in loaded.table.rows] == [Status.READY] * 2
    assert "minOrder" not in loaded.table.rows[0].cells


@pytest.mark.libreoffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_an_ods_hidden_row_from_libreoffice(tmp_path: Path) -> None:
    source = hide_rows(product_workbook(tmp_path / "produk.xlsx", 4, notes_sheet=False), 4)
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = tmp_path / "out" / "produk.ods"
    assert read_sheet(converted).hidden_rows == frozenset({4})
    rows = open_table(converted).table.rows
    assert [r.sheet_row for r in rows if r.hidden] == [4]
