"""The template workbook: headers from the registry, drop-downs, text columns, instructions."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.catalog.fields import PRODUCT_FIELDS
from app.catalog.messages import Lang
from app.catalog.status import Status
from app.sheets import open_table, write_template
from tests.catalog.seed_rows import SEED_PAYLOAD


@pytest.mark.parametrize("lang", ["id", "en"])
def test_template_reads_back_as_the_seed_products(tmp_path: Path, lang: Lang) -> None:
    path = write_template(tmp_path / f"template-{lang}.xlsx", lang=lang)
    loaded = open_table(path)
    assert loaded.raw.name == "Products"
    assert loaded.header_row == 1
    assert all(b.confidence == 1.0 for b in loaded.colmap.bindings)
    assert [r.status for r in loaded.table.rows] == [Status.READY, Status.READY]
    assert [r.issues for r in loaded.table.rows] == [[], []]
    for row, seed in zip(loaded.table.rows, SEED_PAYLOAD["products"], strict=True):
        payload = row.payload()
        for key, value in seed.items():
            if value is not None:
                assert payload[key] == value, key


def test_template_layout(tmp_path: Path) -> None:
    book = load_workbook(write_template(tmp_path / "t.xlsx", lang="id"))
    assert book.sheetnames == ["Products", "Instructions"]
    sheet = book["Products"]
    headers = [c.value for c in sheet[1]]
    assert headers == [f.label("id") for f in PRODUCT_FIELDS]
    assert sheet.freeze_panes == "A2"
    sku = headers.index("SKU") + 1
    letter = sheet.cell(1, sku).column_letter
    assert sheet.cell(2, sku).number_format == "@"
    assert sheet.cell(2, sku).value == "480166"
    assert sheet.column_dimensions[letter].number_format == "@"
    assert sheet.column_dimensions["B"].width >= 30
    lists = {dv.formula1: str(dv.sqref) for dv in sheet.data_validations.dataValidation}
    assert '"Baru,Bekas"' in lists and '"Ya,Tidak"' in lists
    condition = sheet.cell(1, headers.index("Kondisi") + 1).column_letter
    assert lists['"Baru,Bekas"'].startswith(f"{condition}2:")
    instructions = book["Instructions"]
    assert instructions.max_row == len(PRODUCT_FIELDS) + 1
    assert [c.value for c in instructions[2]][:2] == ["External ID", "Tidak"]
    rows = {r[0].value: r for r in instructions.iter_rows(min_row=2)}
    assert "Rupiah" in rows["Harga"][2].value
    assert rows["Harga"][3].value == "200000"


def test_english_template(tmp_path: Path) -> None:
    sheet = load_workbook(write_template(tmp_path / "t.xlsx", lang="en"))["Products"]
    headers = [c.value for c in sheet[1]]
    assert "Product name" in headers and "Condition" in headers
    assert sheet.cell(2, headers.index("Condition") + 1).value == "NEW"
    assert sheet.cell(2, headers.index("COD") + 1).value == "No"
