"""The routine loop for real: export the store, edit the workbook, ``sync`` it — exactly the
edits reach the store, each through its endpoint; a conflict is sent only when chosen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.sandbox import RunningSandbox
from tests.sync.export_store import SURABAYA, client, merchant_workbook, store

__all__ = ["client", "store"]  # the fixtures


@pytest.fixture
def exported(store: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["upload", str(merchant_workbook(tmp_path / "kirim.xlsx", 4))]) == 0
    target = tmp_path / "toko.xlsx"
    assert main(["export", str(target), "--lang", "en"]) == 0
    store.state.writes.clear()
    capsys.readouterr()
    return target


def set_cell(book: Path, sku: str, header_starts: str, value: Any) -> None:
    """The cell of the product ``sku`` under the first header starting with ``header_starts``."""
    workbook = load_workbook(book)
    sheet = workbook["Products"]
    headers = [str(c.value or "") for c in sheet[1]]
    column = next((i for i, h in enumerate(headers) if h.startswith(header_starts)), None)
    assert column is not None, " | ".join(headers)
    row = next(r for r in sheet.iter_rows(min_row=2) if r[headers.index("SKU")].value == sku)
    row[column].value = value
    workbook.save(book)


def sync(capsys: pytest.CaptureFixture[str], book: Path, *extra: str) -> tuple[int, dict, str]:
    capsys.readouterr()
    code = main(["sync", str(book), "--json", "--lang", "en", *extra])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def test_an_untouched_export_synced_sends_nothing(
    store: RunningSandbox, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data, err = sync(capsys, exported)
    assert code == 0, err
    assert store.state.writes == type(store.state.writes)()  # not one write
    assert data["summary"]["unchanged"] == 4 and data["summary"]["statuses"] == {"live": 4}


def test_edits_of_an_export_reach_the_store_and_nothing_else(
    store: RunningSandbox, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_cell(exported, "KP-001", "Price", 79000)
    set_cell(exported, "KP-002", "Stok Gudang Surabaya", 40)
    set_cell(exported, "KP-003", "Product name", "Kaos Polos Tiga")
    ids = {p.sku: p.id for p in store.state.products()}
    code, data, err = sync(capsys, exported)
    assert code == 0, err
    by_path = {w.path: w.body for w in store.state.writes}
    assert len(store.state.writes) == 3
    assert by_path["/partner/stores/products/prices"] == {
        "items": [{"id": ids["KP-001"], "price": 79000}]
    }
    (stock,) = by_path["/partner/stores/inventory"]["items"]
    assert stock["id"] == ids["KP-002"] and set(stock) == {"id", "warehouses"}
    assert {"clientId": SURABAYA, "stock": 40} in stock["warehouses"]
    assert by_path[f"/partner/stores/products/{ids['KP-003']}"] == {"name": "Kaos Polos Tiga"}
    assert [r["action"] for r in data["rows"]] == ["unchanged", "update", "update", "update"]
    assert data["summary"]["statuses"] == {"live": 4}


def test_a_conflict_is_sent_only_with_prefer(
    store: RunningSandbox, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.state.lock:  # the merchant changed the price on the store's pages meanwhile
        product = store.state.by_sku("KP-001")
        assert product is not None
        product.apply({"price": 99000}, store.state.now_ms())
    set_cell(exported, "KP-001", "Price", 90000)
    code, data, _ = sync(capsys, exported)
    assert code == 1
    assert list(store.state.writes) == []
    row = data["rows"][1]
    assert (row["action"], row["status"]) == ("conflict", "skipped")
    assert any(i["field"] == "price" and "--prefer sheet" in i["message"] for i in row["issues"])
    code, data, err = sync(capsys, exported, "--prefer", "sheet")
    assert code == 0, err
    assert [(w.path, w.body) for w in store.state.writes] == [
        ("/partner/stores/products/prices", {"items": [{"id": product.id, "price": 90000}]})
    ]
    assert data["rows"][1]["status"] == "live"
