"""The template's category drop-downs as another spreadsheet program reads them: LibreOffice
opens the template and saves it again (.xlsx), and the list validations still name the hidden
Pilihan sheet's ranges — the formula is one Excel and LibreOffice both understand."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.sheets import write_template
from tests.gui.category_samples import sample_data
from tests.sheets.test_libreoffice import SOFFICE, _convert

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed"),
]


def test_libreoffice_keeps_the_category_drop_downs(tmp_path: Path) -> None:
    source = write_template(tmp_path / "template.xlsx", lang="id", store_data=sample_data())
    out = tmp_path / "out"
    out.mkdir()
    again = load_workbook(_convert(source, "xlsx", out))
    assert {"Daftar Kategori", "Daftar Gudang", "Pilihan"} <= set(again.sheetnames)
    formulas = {
        dv.formula1.replace("'", "")
        for dv in again["Products"].data_validations.dataValidation
        if "Pilihan" in (dv.formula1 or "")
    }
    assert formulas == {"Pilihan!$A$1:$A$2", "Pilihan!$B$1:$B$4", "Pilihan!$C$1:$C$5"}
    assert again["Daftar Kategori"].auto_filter.ref == "A1:G8"
