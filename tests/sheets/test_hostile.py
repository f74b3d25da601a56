"""Hostile and broken files: one clear, translated SheetError each, never a crash."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.sheets import SheetError, limits, list_sheets, open_table, read_sheet
from app.sheets.errors import SHEET_MESSAGES
from tests.sheets.books import messy_workbook, rewrite_sheet, simple_workbook
from tests.sheets.cfb import encrypted_workbook_bytes


def _fails(path: Path, key: str, *, call: str = "open") -> SheetError:
    with pytest.raises(SheetError) as caught:
        if call == "open":
            open_table(path)
        elif call == "list":
            list_sheets(path)
        else:
            read_sheet(path)
    error = caught.value
    assert error.key == key, error
    assert error.message("en") and error.message("id")
    assert error.message("en") != error.message("id")
    return error


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n",
        b"\x00\x01\x02 binary bytes, not a workbook",
    ],
)
def test_not_a_spreadsheet(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "produk.xlsx"
    path.write_bytes(content)
    error = _fails(path, "not_a_spreadsheet")
    assert "produk.xlsx" in error.message("id")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    _fails(path, "not_a_spreadsheet", call="list")


def test_corrupt_zip(tmp_path: Path) -> None:
    good = messy_workbook(tmp_path / "good.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good[: len(good) // 2])
    _fails(cut, "corrupt")
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    _fails(garbage, "corrupt", call="read")


def test_damaged_sheet_inside_a_valid_zip(tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "m.xlsx")
    members = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            members[name] = archive.read(name)
    members["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row r='1'><c r='A1'"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    _fails(path, "corrupt", call="read")


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.xlsx"
    path.write_bytes(encrypted_workbook_bytes())
    _fails(path, "password_protected")
    _fails(path, "password_protected", call="list")


def test_zip_with_encrypted_members(tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "m.xlsx")
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x03\x04")
    data[at + 6] |= 0x1  # the "encrypted" flag of the first member, local and central
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))
    _fails(path, "password_protected", call="read")


def test_empty_workbook_and_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xlsx"
    Workbook().save(path)
    _fails(path, "empty_workbook")
    zero = tmp_path / "nol.xlsx"
    zero.write_bytes(b"")
    _fails(zero, "empty_file")
    blank_csv = tmp_path / "kosong.csv"
    blank_csv.write_text("\n\n", encoding="utf-8")
    _fails(blank_csv, "empty_workbook")


def test_no_recognisable_header(tmp_path: Path) -> None:
    path = simple_workbook(tmp_path / "angka.xlsx", [[1, 2, 3]] * 5, headers=["a", "b", "c"])
    error = _fails(path, "no_header")
    assert "30" in error.message("en")


def test_missing_file(tmp_path: Path) -> None:
    _fails(tmp_path / "tidak-ada.xlsx", "not_found")


def test_megabyte_cells(tmp_path: Path) -> None:
    path = simple_workbook(
        tmp_path / "besar.xlsx", [["S1", "BIGCELL", 1000]], headers=["SKU", "Nama Produk", "Harga"]
    )
    # openpyxl cuts cells at Excel's 32,767 characters; a hostile writer does not
    rewrite_sheet(path, "Products", lambda xml: xml.replace("BIGCELL", "x" * 2_000_000))
    error = _fails(path, "cell_too_large", call="read")
    assert error.params["cell"] == "B2"
    csv = tmp_path / "besar.csv"
    csv.write_text("SKU,Nama Produk\nS1," + "y" * 2_000_000 + "\n", encoding="utf-8")
    _fails(csv, "cell_too_large", call="read")


def test_decompression_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(48):
                member.write(block)
    assert path.stat().st_size < 1_000_000
    error = _fails(path, "too_large", call="read")
    assert "bom.xlsx" in error.message("id")


def test_unpacked_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = messy_workbook(tmp_path / "m.xlsx")
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 1000)
    _fails(path, "too_large", call="read")


def test_every_message_is_translated() -> None:
    params = {
        "name": "a.xlsx",
        "reason": "r",
        "sheet": "S",
        "rows": 30,
        "size": 2,
        "limit": 1,
        "cell": "A1",
        "length": 5,
        "kind": "a pipe",
        "columns": 16,
        "cells": 480,
    }
    for key, (en, id_) in SHEET_MESSAGES.items():
        error = SheetError(key, **params)
        assert "{" not in error.message("en") and "{" not in error.message("id"), key
        assert en != id_, key
