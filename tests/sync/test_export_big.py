"""A store of 5,000 products exports in 50 list requests (counted at the sandbox); a cancelled
export writes nothing and leaves an earlier file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.partner import PartnerClient
from app.sandbox import RunningSandbox
from app.sync.export import ExportCancelled, export_products
from app.sync.exported import read_exported
from tests.sync.export_store import STORE, client, fill_store, store

__all__ = ["client", "store"]  # the fixtures


@pytest.mark.slow
def test_five_thousand_products_in_fifty_list_requests(
    store: RunningSandbox, client: PartnerClient, tmp_path: Path
) -> None:
    fill_store(store, 5000)
    seen = store.state.requests_seen
    pages: list[tuple[int, int]] = []
    report = export_products(
        client,
        None,
        tmp_path / "besar.xlsx",
        "id",
        store_id=STORE,
        base_url=store.base_url,
        progress=lambda fetched, total: pages.append((fetched, total)),
    )
    assert store.state.requests_seen - seen == 50
    assert len(pages) == 50 and pages[-1] == (5000, 5000) and pages[0] == (100, 5000)
    assert report.products == 5000
    record = read_exported(report.path)
    assert record is not None and len(record.products) == 5000
    book = load_workbook(report.path, read_only=True)
    try:
        skus = [row[2] for row in book["Products"].iter_rows(min_row=2, values_only=True)]
    finally:
        book.close()
    assert skus == [f"BIG-{k:05d}" for k in range(5000)]


def test_a_cancelled_export_writes_nothing(
    store: RunningSandbox, client: PartnerClient, tmp_path: Path
) -> None:
    fill_store(store, 250)
    target = tmp_path / "toko.xlsx"
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) >= 2  # after the second page

    with pytest.raises(ExportCancelled) as caught:
        export_products(client, None, target, "id", store_id=STORE, base_url="x", cancel=cancel)
    assert (caught.value.fetched, caught.value.total) == (200, 250)
    assert list(tmp_path.iterdir()) == []


def test_a_cancel_after_the_last_page_keeps_the_old_file(
    store: RunningSandbox, client: PartnerClient, tmp_path: Path
) -> None:
    fill_store(store, 3)
    target = tmp_path / "toko.xlsx"
    target.write_bytes(b"last week's export")
    with pytest.raises(ExportCancelled):
        export_products(
            client, None, target, "id", store_id=STORE, base_url="x", cancel=lambda: True
        )
    assert target.read_bytes() == b"last week's export"
    assert [p.name for p in tmp_path.iterdir()] == ["toko.xlsx"]


def test_an_empty_store_exports_a_sheet_with_headers_only(
    store: RunningSandbox, client: PartnerClient, tmp_path: Path
) -> None:
    report = export_products(
        client, None, tmp_path / "kosong.xlsx", "en", store_id=STORE, base_url=store.base_url
    )
    assert report.products == 0
    sheet = load_workbook(report.path)["Products"]
    assert sheet.max_row == 1 and sheet["A1"].value == "Product ID"
    record = read_exported(report.path)
    assert record is not None and record.products == {}


def test_a_failure_while_writing_leaves_the_old_file_whole(
    store: RunningSandbox,
    client: PartnerClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.sync import export

    fill_store(store, 120)
    target = tmp_path / "toko.xlsx"
    target.write_bytes(b"last week's export")

    def full_disk(path: Path, bulks: object) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "splice", full_disk)
    with pytest.raises(Exception, match="No space left"):
        export_products(client, None, target, "id", store_id=STORE, base_url="x")
    assert target.read_bytes() == b"last week's export"
    assert [p.name for p in tmp_path.iterdir()] == ["toko.xlsx"]
