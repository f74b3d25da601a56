"""The export's hidden record of the store's values: read back as written, refused (with a
notice, never a crash) when the merchant deleted, edited or cut it, kept by LibreOffice, and
never taken for the product sheet."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from app.catalog.status import Status
from app.partner import PartnerClient
from app.sandbox import RunningSandbox
from app.sheets import SheetError, open_table
from app.sheets.bulk_rows import splice
from app.sheets.results import save_atomically
from app.sheets.template_sheets import RECORD_SHEET
from app.sync.export import export_products, write_export
from app.sync.exported import add_record_sheet, read_exported, read_record
from tests.sheets.test_libreoffice import SOFFICE, _convert
from tests.sync.export_store import STORE, client, fill_store, store

__all__ = ["client", "store"]  # the fixtures

MOMENT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def product(k: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"00000000-0000-4000-8000-{k:012d}",
        "sku": f"SKU-{k}",
        "name": f"Produk {k}",
        "price": 10000 + k,
        "updatedAt": f"2026-03-01T10:00:{k % 60:02d}.000Z",
        **extra,
    }


def exported(tmp_path: Path, products: list[dict[str, Any]], name: str = "e.xlsx") -> Path:
    return write_export(
        tmp_path / name,
        products,
        None,
        "id",
        exported_at=MOMENT,
        store_id=STORE,
        base_url="https://user:pw@partners.example.com/api/v1/?token=x",
    ).path


def test_the_record_reads_back_as_written(tmp_path: Path) -> None:
    products = [product(k) for k in range(3)]
    long_text = 'Deskripsi panjang — ünïcode, "kutip" & <tag>\n' * 2000  # over one cell's limit
    products.append(product(3, description=long_text, photos=["https://a.example/1.jpg"]))
    record = read_exported(exported(tmp_path, products))
    assert record is not None
    assert record.products == {p["id"]: p for p in products}
    assert record.store_id == STORE and record.exported_at == MOMENT
    assert record.base_url == "https://partners.example.com/api/v1"  # no user part, no query
    assert record.updated_at[products[1]["id"]] == products[1]["updatedAt"]
    assert record.of_store(STORE, "https://partners.example.com/api/v1/")
    assert not record.of_store("another-store")


def test_a_deleted_record_is_no_record_and_says_so(tmp_path: Path) -> None:
    path = exported(tmp_path, [product(1)])
    book = load_workbook(path)
    del book[RECORD_SHEET]
    book.save(path)
    reading = read_record(path)
    assert reading.record is None and reading.notice is not None
    assert reading.notice.key == "record_missing"
    assert "e.xlsx holds no record" in reading.notice.message("en")
    assert "tidak menyimpan catatan" in reading.notice.message("id")


def edit_record(path: Path, cell: str, value: Any) -> None:
    book = load_workbook(path)
    book[RECORD_SHEET][cell] = value
    book.save(path)


@pytest.mark.parametrize(
    ("cell", "value", "reason"),
    [
        ("C8", '{"id": "00000000-0000-4000-8000-000000000001", "price": 1}', "digest"),
        ("C8", "not json", "product"),
        ("A8", None, "product"),  # a product row emptied: fewer products than written
        ("B5", "7", "of 7 products"),
        ("A1", "my notes", "not an export record"),
        ("B4", "yesterday", "exportedAt"),
    ],
)
def test_an_edited_record_is_not_used(tmp_path: Path, cell: str, value: Any, reason: str) -> None:
    path = exported(tmp_path, [product(1), product(2)])
    edit_record(path, cell, value)
    reading = read_record(path)
    assert reading.record is None and reading.notice is not None
    assert reading.notice.key == "record_damaged"
    assert reason in reading.notice.message("en")
    assert "sudah berubah atau terpotong" in reading.notice.message("id")


def test_a_record_cut_short_is_not_used(tmp_path: Path) -> None:
    path = exported(tmp_path, [product(k) for k in range(5)])
    book = load_workbook(path)
    book[RECORD_SHEET].delete_rows(10, 2)
    book.save(path)
    reading = read_record(path)
    assert reading.record is None and reading.notice is not None
    assert "3 of 5 products" in reading.notice.message("en")


def test_a_file_that_is_no_workbook_gives_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "bukan.xlsx"
    path.write_bytes(b"PK\x03\x04 broken")
    reading = read_record(path)
    assert reading.record is None and reading.notice is not None


def test_the_reader_never_takes_the_record_for_the_product_sheet(tmp_path: Path) -> None:
    """A workbook whose only visible sheet holds a note: the record's rows (productId,
    product…) are not read as products."""
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Catatan"
    notes["A1"] = "Produk toko kami"
    rows = add_record_sheet(
        book,
        [product(k) for k in range(20)],
        store_id=STORE,
        base_url="http://x",
        exported_at=MOMENT,
    )
    path = tmp_path / "catatan.xlsx"
    save_atomically(book, path, after_save=lambda saved: splice(saved, [rows]))
    assert read_exported(path) is not None
    with pytest.raises(SheetError) as caught:
        open_table(path)
    assert caught.value.key == "no_header"


def test_an_export_opens_on_its_product_sheet_without_reading_the_record(
    store: RunningSandbox,
    client: PartnerClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.sheets import sheet_choice

    fill_store(store, 3)
    path = export_products(
        client, None, tmp_path / "e.xlsx", "id", store_id=STORE, base_url=store.base_url
    ).path
    read: list[object] = []
    real = sheet_choice.read_sheet

    def spy(source: Path, sheet: object = None) -> object:
        read.append(sheet)
        return real(source, sheet)  # type: ignore[arg-type]

    monkeypatch.setattr(sheet_choice, "read_sheet", spy)
    loaded = open_table(path)
    assert loaded.raw.name == "Products" and len(loaded.table.rows) == 3
    assert RECORD_SHEET not in read  # thousands of JSON rows are never read to choose a sheet


@pytest.mark.libreoffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_keeps_the_record_and_the_rows(
    store: RunningSandbox, client: PartnerClient, tmp_path: Path
) -> None:
    from app.reference import gather_store_data

    fill_store(store, 4)
    data = gather_store_data(client, store.base_url, STORE, brand_names=["uniqlo"]).data
    path = export_products(
        client, data, tmp_path / "e.xlsx", "id", store_id=STORE, base_url=store.base_url
    ).path
    out = tmp_path / "out"
    out.mkdir()
    again = _convert(path, "xlsx", out)
    assert load_workbook(again)[RECORD_SHEET].sheet_state == "hidden"  # LibreOffice's word
    record = read_exported(again)
    assert record is not None and record == read_exported(path)
    loaded = open_table(again)
    loaded.table.use_store_data(data)
    assert loaded.raw.name == "Products"
    assert [r.status for r in loaded.table.rows] == [Status.READY] * 4
    assert [r.issues for r in loaded.table.rows] == [[]] * 4
