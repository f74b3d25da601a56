"""LibreOffice as a foreign writer: its .xlsx, .ods and .xls of the messy workbook read the same.

Skipped where ``soffice`` is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.catalog.status import Status
from app.sheets import list_sheets, open_table
from tests.sheets.books import messy_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed"),
]


def _convert(source: Path, target_ext: str, out_dir: Path) -> Path:
    assert SOFFICE is not None
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target_ext,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = out_dir / f"{source.stem}.{target_ext}"
    assert converted.exists()
    return converted


@pytest.mark.parametrize("ext", ["xlsx", "ods", "xls"])
def test_foreign_writer(tmp_path: Path, ext: str) -> None:
    source = messy_workbook(tmp_path / "messy.xlsx")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    converted = _convert(source, ext, out_dir)
    assert [i.name for i in list_sheets(converted)] == ["Produk", "Catatan"]
    loaded = open_table(converted)
    assert loaded.header_row == 4
    assert [r.status for r in loaded.table.rows] == [Status.READY] * 3
    assert loaded.table.rows[0].values["sku"] == "00123"
    assert loaded.table.rows[0].values["price"] == 1_250_000
