"""``toco-uploader export`` against the sandbox over real HTTP: products uploaded from a
merchant's workbook (names, warehouses, brands, special prices, dimensions, several photos),
exported, and the export validated again against the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.sandbox import RunningSandbox
from app.sheets import open_table
from app.sheets.template_sheets import RECORD_SHEET
from app.sync.exported import read_exported
from tests.sync.export_store import (
    FASHION,
    KAOS,
    KAOS_OBLONG,
    STORE,
    SURABAYA,
    UNIQLO,
    client,
    merchant_workbook,
    store,
)

__all__ = ["client", "store"]  # the fixtures


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def uploaded(store: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> int:
    """Six products sent by the command line from a merchant's workbook."""
    code, out, _ = run(capsys, "upload", str(merchant_workbook(tmp_path / "kirim.xlsx", 6)))
    assert code == 0, out
    assert len(store.state.products()) == 6
    return 6


def test_an_export_validates_again_with_every_row_ready_and_no_warning(
    store: RunningSandbox, uploaded: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "toko.xlsx"
    code, out, err = run(capsys, "export", str(target), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["products"] == uploaded and report["requests"] == 1
    assert report["unnamed"] == []
    code, out, _ = run(capsys, "validate", str(target), "--json")
    data = json.loads(out)
    assert code == 0 and data["summary"] == {"ready": uploaded}
    assert [row["issues"] for row in data["rows"]] == [[]] * uploaded
    assert data["skipped"] == []


def test_the_export_reads_back_as_what_the_store_holds(
    store: RunningSandbox, uploaded: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "toko.xlsx"
    assert run(capsys, "export", str(target))[0] == 0
    assert run(capsys, "validate", str(target))[0] == 0  # the brand names searched, cached
    loaded = open_table(target)
    assert loaded.raw.name == "Products"
    by_id = {p.id: p for p in store.state.products()}
    from app.cli.store_data import use_store_data
    from app.partner import PartnerClient
    from tests.sync.export_store import credentials

    values = credentials(store)
    with PartnerClient(values) as made:
        use_store_data(loaded, made, values, "en")
    from app.sandbox.catalogue import product_json

    assert len(loaded.table.rows) == uploaded
    for row in loaded.table.rows:
        stored = by_id[row.cells["id"]]
        shown = product_json(store.state, stored)
        sent = row.payload()
        for key, value in stored.payload.items():  # every field the merchant sent comes back
            assert sent.get(key) == value, (row.sku, key)
        for key, value in sent.items():  # and nothing the store does not hold
            assert shown[key] == value, (row.sku, key)
        assert "stock" not in sent


def test_the_visible_sheet_holds_names_and_a_stock_column_per_warehouse(
    store: RunningSandbox, uploaded: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "toko.xlsx"
    assert run(capsys, "export", str(target), "--lang", "id")[0] == 0
    book = load_workbook(target)
    assert book.sheetnames[0] == "Products"
    assert book[RECORD_SHEET].sheet_state == "veryHidden"
    assert book["Products"].sheet_state == "visible"
    sheet = book["Products"]
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["ID Produk", "External ID", "SKU"]
    assert "Stok Gudang Jakarta" in headers and "Stok Gudang Surabaya" in headers
    assert "Stok" not in headers and "Gudang" not in headers
    rows = [dict(zip(headers, (c.value for c in r), strict=True)) for r in sheet.iter_rows(2)]
    first = next(r for r in rows if r["SKU"] == "KP-000")
    assert (first["Kategori ID"], first["Sub Kategori ID"], first["Tipe ID"]) == (
        "Fashion Pria",
        "Kaos",
        "Kaos Oblong",
    )
    assert first["Merek ID"] == "Uniqlo"
    everything = {str(v) for r in rows for v in r.values()}
    assert not everything & {FASHION, KAOS, KAOS_OBLONG, UNIQLO, SURABAYA}
    assert first["Harga"] == 85000 and first["Harga Coret"] == 79000
    price = sheet.cell(2, headers.index("Harga") + 1)
    assert price.number_format == "#,##0" and isinstance(price.value, int)
    assert first["Stok Gudang Jakarta"] == 5 and first["Stok Gudang Surabaya"] == 0
    assert first["Kondisi"] == "Bekas" and first["Diarsipkan"] == "Tidak"
    assert first["Dimensi (cm)"] == "30x20x2"
    assert first["Foto"].splitlines() == [
        "https://cdn.example.com/0/depan.jpg",
        "https://cdn.example.com/0/belakang.jpg?w=800&h=600",
    ]
    second = next(r for r in rows if r["SKU"] == "KP-001")
    assert len(second["Foto"].splitlines()) == 3
    assert second["Nama Produk"] == "Kaos Polos 1 & Co"
    assert second["Deskripsi"] == "Kaos katun.\nUkuran 1: pas badan."
    assert second["Merek ID"] is None and second["Harga Coret"] is None
    assert {"Daftar Kategori", "Daftar Gudang"} <= set(book.sheetnames)


def test_the_record_holds_the_store_s_products_and_no_secret(
    store: RunningSandbox, uploaded: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    from app.sandbox import DEMO_CREDENTIALS

    target = tmp_path / "toko.xlsx"
    assert run(capsys, "export", str(target))[0] == 0
    record = read_exported(target)
    assert record is not None
    assert record.store_id == STORE and record.base_url == store.base_url
    ids = {p.id for p in store.state.products()}
    assert set(record.products) == ids
    from app.sandbox.catalogue import product_json

    for product in store.state.products():
        assert record.products[product.id] == product_json(store.state, product)
        assert record.updated_at[product.id] == record.products[product.id]["updatedAt"]
    with zipfile.ZipFile(target) as archive:
        text = b"".join(archive.read(name) for name in archive.namelist())
    assert DEMO_CREDENTIALS.store_token.encode() not in text
    assert DEMO_CREDENTIALS.partner_secret.encode() not in text


# -- the merchant's file is kept safe -----------------------------------------------------------
def test_an_existing_file_is_replaced_only_with_force_and_a_backup_is_kept(
    store: RunningSandbox, uploaded: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "toko.xlsx"
    target.write_bytes(b"the merchant's edits")
    seen = store.state.requests_seen
    code, out, err = run(capsys, "export", str(target), "--json")
    assert code == 2 and "already exists" in err and "--force" in err
    assert json.loads(out)["error"]["code"] == "exists"
    assert target.read_bytes() == b"the merchant's edits"
    assert store.state.requests_seen == seen  # refused before anything was asked
    code, _, err = run(capsys, "export", str(target), "--force", "--lang", "id")
    assert code == 0, err
    (kept,) = tmp_path.glob("toko.backup-*.xlsx")
    assert kept.read_bytes() == b"the merchant's edits"
    assert "disimpan sebagai" in err
    assert read_exported(target) is not None


def test_a_workbook_open_in_excel_is_never_replaced(
    store: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "toko.xlsx"
    target.write_bytes(b"open")
    (tmp_path / "~$toko.xlsx").write_bytes(b"owner")
    code, _, err = run(capsys, "export", str(target), "--force")
    assert code == 2 and "open in Excel or LibreOffice" in err
    assert target.read_bytes() == b"open"


@pytest.mark.parametrize("name", ["toko.xls", "toko.csv", "toko"])
def test_export_writes_only_xlsx(
    store: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, _, err = run(capsys, "export", str(tmp_path / name), "--lang", "id")
    assert code == 2 and "berakhiran .xlsx" in err
    assert list(tmp_path.iterdir()) == []


def test_export_needs_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", str(tmp_path / "toko.xlsx"))
    assert code == 2 and "--profile" in err
    assert not (tmp_path / "toko.xlsx").exists()


def test_an_unreachable_store_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    from app.sandbox import DEMO_CREDENTIALS

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for name, value in (
        ("TOCO_BASE_URL", f"http://127.0.0.1:{port}/api/v1"),
        ("TOCO_PARTNER_CLIENT_ID", DEMO_CREDENTIALS.partner_client_id),
        ("TOCO_PARTNER_SECRET", DEMO_CREDENTIALS.partner_secret),
        ("TOCO_STORE_CLIENT_ID", STORE),
        ("TOCO_STORE_TOKEN", DEMO_CREDENTIALS.store_token),
    ):
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("time.sleep", lambda seconds: None)  # the client's retry pauses
    code, _, _ = run(capsys, "export", str(tmp_path / "toko.xlsx"))
    assert code == 3
    assert list(tmp_path.iterdir()) == []
