"""CSV files: encodings, delimiters, and values typed like a spreadsheet would type them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.catalog.parsing import CellError
from app.catalog.status import Status
from app.sheets import open_table, read_sheet
from app.sheets.csv_reader import sniff_delimiter, typed
from tests.sheets.books import CAT, SUB, TYPE

HEADER = [
    "SKU",
    "Nama Produk",
    "Harga",
    "Stok",
    "Berat (gram)",
    "Kategori ID",
    "Sub Kategori ID",
    "Tipe ID",
    "Kondisi",
    "Foto",
    "Min. Pembelian",
]


def _line(sku: str, name: str, price: str, sep: str) -> str:
    return sep.join(
        [sku, name, price, "10", "250", CAT, SUB, TYPE, "Baru", "https://example.com/a.jpg", "1"]
    )


def test_semicolon_cp1252_as_excel_saves_it(tmp_path: Path) -> None:
    text = "\r\n".join(
        [
            ";".join(HEADER),
            _line("00123", "Kaos Café – hitam", '"Rp 1.250.000"', ";"),
            _line("480166", "Kemeja Batik", "Rp 200.000", ";"),
            "",
        ]
    )
    path = tmp_path / "produk.csv"
    path.write_bytes(text.encode("cp1252"))
    raw = read_sheet(path)
    assert raw.format == "csv"
    assert raw.values_of(2)[:3] == ["00123", "Kaos Café – hitam", "Rp 1.250.000"]
    assert raw.values_of(3)[0] == 480166
    loaded = open_table(path)
    assert [r.status for r in loaded.table.rows] == [Status.READY, Status.READY]
    assert loaded.table.rows[0].values["sku"] == "00123"
    assert loaded.table.rows[0].values["price"] == 1_250_000
    assert [r.sheet_row for r in loaded.table.rows] == [2, 3]


@pytest.mark.parametrize(
    ("encoding", "sep"), [("utf-8-sig", ","), ("utf-8", ","), ("utf-16", "\t"), ("utf-8", "\t")]
)
def test_encodings_and_delimiters(tmp_path: Path, encoding: str, sep: str) -> None:
    text = "\n".join([sep.join(HEADER), _line("A1", "Tas “Kulit” ñ", "150000", sep)])
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode(encoding))
    raw = read_sheet(path)
    assert raw.values_of(1)[0] == "SKU"
    assert raw.values_of(2)[1] == "Tas “Kulit” ñ"
    assert raw.values_of(2)[2] == 150000


def test_sniffs_the_delimiter_that_splits_consistently() -> None:
    assert sniff_delimiter("a;b;c\n1,5;2;3\n") == ";"
    assert sniff_delimiter("a,b,c\n1,2,3\n") == ","
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"


def test_quoted_fields_span_lines(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('SKU,Deskripsi\nA,"baris satu\nbaris dua"\nB,x\n', encoding="utf-8")
    raw = read_sheet(path)
    assert raw.values_of(2) == ["A", "baris satu\nbaris dua"]
    assert raw.values_of(3) == ["B", "x"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123", 123),
        ("-7", -7),
        ("0", 0),
        ("1.5", 1.5),
        ("2.25", 2.25),
        ("1e3", 1000.0),
        ("00123", "00123"),
        ("1.250", "1.250"),
        ("1.250.000", "1.250.000"),
        ("2025112012475048491498", "2025112012475048491498"),
        ("Rp 10.000", "Rp 10.000"),
        ("TRUE", True),
        ("false", False),
        ("2024-01-31", dt.date(2024, 1, 31)),
        ("2024-01-31 10:30", dt.datetime(2024, 1, 31, 10, 30)),
        ("2024-02-30", "2024-02-30"),
        ("#N/A", CellError("#N/A")),
        ("#hashtag", "#hashtag"),
        ("", ""),
    ],
)
def test_values_typed_like_a_spreadsheet_without_losing_digits(text: str, expected: object) -> None:
    assert typed(text) == expected
    assert type(typed(text)) is type(expected)
