"""``validate FILE --json`` (and the plain summary) print exactly what they printed before the
command was made faster: a workbook with every kind of mistake a merchant makes, its output
compared byte for byte with the committed expectation (written by the code before the change).

Regenerate the expectations only for a change meant to alter what the merchant sees:
``TOCO_WRITE_EXPECTED=1 pytest tests/cli/test_validate_output.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.cli import main
from app.profiles.credentials import ENV_VARS
from app.sandbox import RunningSandbox
from app.sandbox.reference_tree import sandbox_tree

EXPECTED = Path(__file__).parent / "expected"

HEADERS = [
    "External ID",
    "Nama Produk",
    "Deskripsi",
    "SKU",
    "Harga",
    "Harga Coret",
    "Stok",
    "Stok Gudang Jakarta",
    "Stok Gudang Surabaya",
    "Berat (gram)",
    "Dimensi (cm)",
    "Min. Pembelian",
    "Kategori",
    "Sub Kategori",
    "Tipe",
    "Merek",
    "Kondisi",
    "Foto 1",
    "Foto 2",
    "Tagar",
    "Pre-order",
    "Lama Pre-order (hari)",
    "COD",
    "Diarsipkan",
    "Wajib Asuransi",
    "Banner",
]

#: (column, a value a merchant got wrong), one per row, then mixed at random.
MISTAKES: list[tuple[str, Any]] = [
    ("Harga", "Rp 85.000,50"),
    ("Harga", "delapan puluh ribu"),
    ("Harga", -5000),
    ("Harga", dt.date(2024, 5, 1)),
    ("Harga", True),
    ("Harga", None),
    ("Harga Coret", 999_999_999),
    ("Stok", -3),
    ("Stok", 2.5),
    ("Stok", "banyak"),
    ("Stok Gudang Jakarta", "sepuluh"),
    ("Berat (gram)", "1,2 ton"),
    ("Berat (gram)", 0),
    ("Dimensi (cm)", "20 x 10"),
    ("Dimensi (cm)", "a x b x c"),
    ("Min. Pembelian", 0),
    ("Kategori", "Kategori Tidak Ada"),
    ("Sub Kategori", "Bukan Sub"),
    ("Tipe", "00000000-0000-0000-0000-000000000000"),
    ("Merek", "Merek Antah Berantah"),
    ("Kondisi", "Baru banget"),
    ("Foto 1", "foto-produk.jpg"),
    ("Foto 1", "https://drive.google.com/file/d/abc/view"),
    ("Foto 2", "ftp://cdn.tokoku.id/a.jpg"),
    ("Tagar", "#" + "x" * 80),
    ("Pre-order", "Mungkin"),
    ("Lama Pre-order (hari)", 400),
    ("COD", "iya dong"),
    ("Diarsipkan", 3),
    ("Wajib Asuransi", "?"),
    ("Banner", "bukan url"),
    ("Nama Produk", None),
    ("Nama Produk", "K"),
    ("Nama Produk", "Kaos " * 60),
    ("SKU", None),
    ("SKU", "TK 0001"),
    ("SKU", "TK-000003"),  # a duplicate of row 3's
    ("External ID", "ext-000002"),  # a duplicate
    ("Deskripsi", "x" * 6000),
    ("Nama Produk", "=A1"),
]


def merchant_rows(rows: int) -> list[list[Any]]:
    tree = sandbox_tree()
    paths = [
        (c["name"], s["name"], k["name"], c["id"], s["id"], k["id"])
        for c in tree.categories
        for s in tree.sub_categories[c["id"]]
        for k in tree.types[s["id"]]
    ]
    brands = [(b["name"], b["id"]) for b in tree.brands]
    rnd = random.Random(16)
    out = []
    for k in range(rows):
        cat, sub, kind, cat_id, sub_id, kind_id = paths[rnd.randrange(len(paths))]
        brand, brand_id = brands[rnd.randrange(len(brands))]
        by_name = k % 4 != 0
        preorder = k % 9 == 0
        cells: dict[str, Any] = {
            "External ID": f"ext-{k:06d}",
            "Nama Produk": f"{kind} Premium {brand} {k}",
            "Deskripsi": "Bahan adem dan nyaman dipakai seharian.",
            "SKU": f"TK-{k:06d}",
            "Harga": (85000 + k, f"Rp {15 + k}.000", f"{20 + k}.000")[k % 3],
            "Harga Coret": 50_000 if k % 7 == 0 else None,
            "Stok": None if k % 5 == 0 else rnd.randint(0, 500),
            "Stok Gudang Jakarta": rnd.randint(0, 50) if k % 5 == 0 else None,
            "Stok Gudang Surabaya": rnd.randint(0, 50) if k % 5 == 0 else None,
            "Berat (gram)": rnd.choice((150, 250, "300 gr", "1,2 kg")),
            "Dimensi (cm)": f"{rnd.randint(10, 40)} x {rnd.randint(10, 30)} x 5",
            "Min. Pembelian": 1,
            "Kategori": cat if by_name else cat_id,
            "Sub Kategori": sub if by_name else sub_id,
            "Tipe": kind if by_name else kind_id,
            "Merek": (brand if by_name else brand_id) if k % 6 else None,
            "Kondisi": "Baru" if k % 11 else "Bekas",
            "Foto 1": f"https://cdn.tokoku.id/produk/{k:06d}/1.jpg",
            "Foto 2": f"https://cdn.tokoku.id/produk/{k:06d}/2.jpg" if k % 2 else None,
            "Tagar": "#murah, #promo",
            "Pre-order": "Ya" if preorder else "Tidak",
            "Lama Pre-order (hari)": 7 if preorder else None,
            "COD": "Ya" if k % 2 else "Tidak",
            "Diarsipkan": "Tidak",
            "Wajib Asuransi": "Tidak" if k % 3 else "Ya",
            "Banner": None,
        }
        if 2 <= k < 2 + len(MISTAKES):
            column, value = MISTAKES[k - 2]
            cells[column] = value
        elif k % 13 == 5:  # mistakes mixed at random further down
            for column, value in rnd.sample(MISTAKES, 2):
                cells[column] = value
        out.append([cells[h] for h in HEADERS])
    return out


def every_issue_workbook(path: Path, rows: int = 160) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    sheet.append(HEADERS)
    sheet.append(["Wajib diisi", "Nama produk, maks. 255 huruf"] + [None] * (len(HEADERS) - 2))
    for values in merchant_rows(rows):
        sheet.append(values)
    last = sheet.max_row
    sheet.row_dimensions[10].hidden = True  # a row the merchant hid
    sheet.cell(row=12, column=HEADERS.index("Harga") + 1, value="=B2*2")  # no result held
    sheet.cell(row=14, column=HEADERS.index("Stok") + 1, value="#N/A")
    sheet.cell(row=14, column=HEADERS.index("Stok") + 1).data_type = "e"
    sheet.append([None] * len(HEADERS))
    sheet.append(["Total", None, None, None, "=SUM(E3:E10)"])  # a total line under the products
    assert last > 100
    book.save(path)
    return path


def _run(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, bytes, str]:
    code = main(["validate", str(path), *extra])
    out, err = capsys.readouterr()
    return code, out.encode("utf-8"), err


def _compare(name: str, code: int, out: bytes, err: str) -> None:
    """The exit code, stdout byte for byte, and what stderr said (notes, hidden rows)."""
    expected = EXPECTED / name
    text = f"exit {code}\n".encode() + out + b"--- stderr\n" + err.encode("utf-8")
    if os.environ.get("TOCO_WRITE_EXPECTED"):
        expected.parent.mkdir(exist_ok=True)
        expected.write_bytes(text)
    assert text == expected.read_bytes()


@pytest.mark.parametrize(
    ("extra", "name"),
    [
        (("--json",), "validate_every_issue.json"),
        (("--json", "--lang", "id"), "validate_every_issue_id.json"),
        ((), "validate_every_issue.txt"),
        (("--lang", "id", "--rows", "2-30,40"), "validate_every_issue_id_rows.txt"),
    ],
)
def test_output_without_a_store(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extra: tuple[str, ...],
    name: str,
) -> None:
    for variable in ENV_VARS:
        monkeypatch.delenv(variable, raising=False)
    path = every_issue_workbook(tmp_path / "produk.xlsx")
    code, out, err = _run(capsys, path, *extra)
    _compare(name, code, out, err)


@pytest.mark.parametrize(
    ("extra", "name"),
    [
        (("--json",), "validate_every_issue_store.json"),
        (("--lang", "id"), "validate_every_issue_store_id.txt"),
    ],
)
def test_output_against_the_store(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    store_env: RunningSandbox,
    extra: tuple[str, ...],
    name: str,
) -> None:
    from app.sandbox import DEMO_CREDENTIALS
    from app.sandbox.state import DEMO_WAREHOUSES

    # two warehouses: stock per warehouse is checked against their names
    store_env.state.warehouses[DEMO_CREDENTIALS.store_client_id] = [
        dict(w) for w in DEMO_WAREHOUSES
    ]
    path = every_issue_workbook(tmp_path / "produk.xlsx")
    code, out, err = _run(capsys, path, *extra)
    _compare(name, code, out, err)
