"""The command line on hostile files: a clear message and exit 2, never a crash or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.cli import EXIT_INPUT
from tests.cli.test_cli_process import cli
from tests.sheets.books import rewrite_sheet, simple_workbook


def _far_cell_workbook(path: Path) -> Path:
    simple_workbook(path, [["SKU-1", "Kaos", 50_000]])
    rewrite_sheet(
        path,
        "Products",
        lambda xml: xml.replace(
            "</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
        ),
    )
    return path


@pytest.mark.parametrize("command", ["validate", "upload", "delete"])
def test_one_far_away_cell_is_refused_with_exit_2(tmp_path: Path, command: str) -> None:
    book = _far_cell_workbook(tmp_path / "jauh.xlsx")
    done = cli(command, str(book), "--lang", "id" if command == "validate" else "en")
    assert done.returncode == EXIT_INPUT, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "memory allocation" not in done.stderr
    if command == "validate":
        assert "1.048.576 baris × 16.384 kolom = 17 miliar sel" in done.stderr
    else:
        assert "spans 1,048,576 rows × 16,384 columns = 17 billion cells" in done.stderr


def test_a_fifo_named_csv_is_refused_with_exit_2(tmp_path: Path) -> None:
    fifo = tmp_path / "produk.csv"
    os.mkfifo(fifo)
    done = cli("validate", str(fifo), "--lang", "en", timeout=60)
    assert done.returncode == EXIT_INPUT, done.stderr[-2000:]
    assert "produk.csv is not a regular file (it is a pipe (FIFO))" in done.stderr
