"""A workbook whose file name is not valid UTF-8 opens all the same (issue 10, point 6): on
Linux such a name reaches Python as a surrogate-escaped str (``os.fsdecode``)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.cli.workbooks import product_workbook

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="bytes file names: Linux")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_validate_opens_a_file_whose_name_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    name = os.fsdecode(os.fsencode(tmp_path) + b"/produk-\xff" + suffix.encode())
    if suffix == ".xlsx":
        shutil.copy(book, name)
    else:
        import csv

        import openpyxl

        sheet = openpyxl.load_workbook(book)["Produk"]
        with open(name, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(sheet.values)
    code = main(["validate", name, "--json"])
    captured = capsys.readouterr()
    assert "No such file" not in captured.err
    assert code in (0, 1), captured.err
    assert len(json.loads(captured.out)["rows"]) == 3
