"""The command line with the store's data: ``categories``, and validate/upload of sheets that
name their categories, brands and warehouses, against the sandbox over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.cli import main
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from app.sandbox.state import DEMO_WAREHOUSES

FASHION = "2fde2994-28a8-4d09-a128-6d744b9e1323"
KAOS = "0e882586-c506-4792-a831-02767a68dae2"
KAOS_OBLONG = "d86db295-41c3-423d-a2c2-a59724f38316"
UNIQLO = "addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea"
STORE = DEMO_CREDENTIALS.store_client_id


def named_workbook(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Products whose category, sub-category, type and brand are written as names."""
    headers = ["Nama Produk", "SKU", "Harga", "Berat (gram)", "Min. Pembelian", "Kondisi", "Foto 1"]
    extra = [h for row in rows for h in row if h not in headers]
    headers += list(dict.fromkeys(extra))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    sheet.append(headers)
    for k, row in enumerate(rows):
        values = {
            "Nama Produk": f"Kaos Polos {k}",
            "SKU": f"NM-{k:03d}",
            "Harga": 85000,
            "Berat (gram)": 200,
            "Min. Pembelian": 1,
            "Kondisi": "Baru",
            "Foto 1": f"https://cdn.example.com/{k}.jpg",
            **row,
        }
        sheet.append([values.get(h) for h in headers])
    book.save(path)
    return path


NAMES = {"Kategori": "Fashion Pria", "Sub Kategori": "Kaos", "Tipe": "Kaos Oblong", "Stok": 5}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- categories ---------------------------------------------------------------------------------
def test_categories_prints_the_tree_indented_with_ids(
    store_env: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "categories")
    assert code == 0
    lines = out.splitlines()
    at = lines.index(f"Fashion Pria  {FASHION}")
    assert f"  Kaos  {KAOS}" in lines[at:]
    kaos = lines.index(f"  Kaos  {KAOS}")
    assert lines[kaos + 1] == f"    Kaos Oblong  {KAOS_OBLONG}"
    assert "types" in err and "categories" in err


def test_categories_search_lists_paths_with_their_ids(
    store_env: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "categories", "--search", "kaos ob")
    assert code == 0
    assert f"Fashion Pria › Kaos › Kaos Oblong  {FASHION} {KAOS} {KAOS_OBLONG}" in out.splitlines()
    code, out, err = run(capsys, "categories", "--search", "zzzz tidak ada")
    assert code == 1 and out == "" and "No type matches" in err


def test_categories_json_is_only_json_on_stdout(
    store_env: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "categories", "--json")
    data = json.loads(out)
    assert code == 0 and data["fetchedAt"]
    assert {"id": FASHION, "name": "Fashion Pria"} in data["categories"]
    assert {"id": KAOS_OBLONG, "name": "Kaos Oblong"} in data["types"][KAOS]
    code, out, _ = run(capsys, "categories", "--search", "kaos oblong", "--json")
    first = json.loads(out)["results"][0]
    assert first == {
        "path": "Fashion Pria › Kaos › Kaos Oblong",
        "categoryId": FASHION,
        "subCategoryId": KAOS,
        "typeId": KAOS_OBLONG,
    }


def test_categories_come_from_the_cache_until_refresh(
    store_env: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["categories"]) == 0
    calls = len(store_env.state.store_data_requests)
    assert calls > 100
    assert main(["categories"]) == 0  # only the warehouses asked again
    assert len(store_env.state.store_data_requests) == calls + 1
    assert main(["categories", "--refresh"]) == 0
    assert len(store_env.state.store_data_requests) == 2 * calls + 1


def test_categories_needs_a_store(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "categories")
    assert code == 2 and "--profile" in err


def test_categories_offline_without_a_cache_says_so_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], closed_port: str
) -> None:
    for name, value in (
        ("TOCO_BASE_URL", closed_port),
        ("TOCO_PARTNER_CLIENT_ID", DEMO_CREDENTIALS.partner_client_id),
        ("TOCO_PARTNER_SECRET", DEMO_CREDENTIALS.partner_secret),
        ("TOCO_STORE_CLIENT_ID", STORE),
        ("TOCO_STORE_TOKEN", DEMO_CREDENTIALS.store_token),
    ):
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("time.sleep", lambda seconds: None)  # the client's retry pauses
    code, out, err = run(capsys, "categories", "--lang", "id")
    assert code == 3 and out == ""
    assert "Daftar kategori belum pernah diunduh" in err


# -- validate and upload with names ------------------------------------------------------------
def test_validate_against_the_store_puts_a_misspelt_type_on_its_cell(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = named_workbook(
        tmp_path / "nama.xlsx",
        [NAMES, {**NAMES, "Tipe": "Kaos Oblongg"}, {**NAMES, "Merek": "uniqlo"}],
    )
    code, out, _ = run(capsys, "validate", str(book), "--json")
    data = json.loads(out)
    assert code == 1 and data["summary"] == {"ready": 2, "invalid": 1}
    (issue,) = data["rows"][1]["issues"]
    assert issue["field"] == "typeId" and issue["column"] == "Tipe"
    assert "Kaos Oblongg" in issue["message"] and "Kaos Oblong”?" in issue["message"]
    code, out, _ = run(capsys, "validate", str(book), "--lang", "id")
    assert "maksud Anda “Kaos Oblong”?" in out


def test_validate_without_a_store_says_the_list_is_not_downloaded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = named_workbook(tmp_path / "nama.xlsx", [NAMES])
    code, out, _ = run(capsys, "validate", str(book), "--json")
    issues = json.loads(out)["rows"][0]["issues"]
    assert code == 1
    assert {i["field"] for i in issues} <= {"categoryId", "subCategoryId", "typeId"}
    assert any("has not been downloaded yet" in i["message"] for i in issues)


def test_an_unknown_brand_name_is_red_on_the_brand_cell(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = named_workbook(tmp_path / "merek.xlsx", [{**NAMES, "Merek": "Uniqlooo"}])
    code, out, _ = run(capsys, "validate", str(book), "--json")
    (issue,) = json.loads(out)["rows"][0]["issues"]
    assert code == 1 and issue["field"] == "brandId" and issue["column"] == "Merek"
    brand_calls = [r for r in store_env.state.store_data_requests if r.path.endswith("/brands")]
    assert [r.query for r in brand_calls] == ["q=uniqlooo&limit=100"]


def test_upload_by_names_sends_the_ids_and_the_warehouse_by_name(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_env.state.warehouses[STORE] = [dict(w) for w in DEMO_WAREHOUSES]
    row = {**NAMES, "Merek": "Uniqlo", "Stok": None, "Stok Gudang Surabaya": 7}
    book = named_workbook(tmp_path / "kirim.xlsx", [row])
    code, out, _ = run(capsys, "upload", str(book), "--json")
    assert code == 0, out
    (product,) = store_env.state.products()
    sent = product.payload
    assert (sent["categoryId"], sent["subCategoryId"], sent["typeId"]) == (
        FASHION,
        KAOS,
        KAOS_OBLONG,
    )
    assert sent["brandId"] == UNIQLO
    assert sent["warehouses"] == [{"clientId": "2026012714314318226016", "stock": 7}]


def test_a_plain_stock_in_a_store_with_two_warehouses_is_a_warning(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_env.state.warehouses[STORE] = [dict(w) for w in DEMO_WAREHOUSES]
    book = named_workbook(tmp_path / "stok.xlsx", [NAMES])
    code, out, _ = run(capsys, "validate", str(book), "--json")
    (issue,) = json.loads(out)["rows"][0]["issues"]
    assert code == 0 and issue["level"] == "warning" and issue["field"] == "stock"
    assert "2 warehouses" in issue["message"]


def test_an_unknown_warehouse_is_red_before_anything_is_sent(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_env.state.warehouses[STORE] = [dict(w) for w in DEMO_WAREHOUSES]
    row = {**NAMES, "Stok": None, "Stok Gudang Medan": 3}
    book = named_workbook(tmp_path / "medan.xlsx", [row])
    code, out, _ = run(capsys, "upload", str(book), "--json")
    data = json.loads(out)
    assert code == 1 and store_env.state.products() == []
    (issue,) = data["rows"][0]["issues"]
    assert issue["field"] == "warehouses" and "Gudang Jakarta" in issue["message"]


def test_resume_of_a_sheet_by_names_resolves_them_as_the_upload_did(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import subprocess
    import sys

    rows = [{**NAMES, "Merek": "Uniqlo"} for _ in range(6)]
    book = named_workbook(tmp_path / "lanjut.xlsx", rows)
    env = {**os.environ, "TOCO_TEST_KILL_AT": "sending:2"}  # killed after the first chunk
    cmd = [sys.executable, "-m", "app", "upload", str(book), "--chunk-size", "3"]
    subprocess.run([*cmd, "--concurrency", "1"], env=env, timeout=120, check=False)
    assert len(store_env.state.products()) == 3
    code, out, err = run(capsys, "resume", "--json")
    assert code == 0, err
    assert [row["issues"] for row in json.loads(out)["rows"]] == [[]] * 6  # names resolved
    products = store_env.state.products()
    assert len(products) == 6
    assert {(p.payload["typeId"], p.payload["brandId"]) for p in products} == {
        (KAOS_OBLONG, UNIQLO)
    }
