"""``sync --dry-run`` of an exported workbook (its hidden record of the store's values): an
untouched export changes nothing; the store and the sheet changing one field is a conflict;
the store alone changing it is no change (the sheet never undoes the store's newer value)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.sandbox import RunningSandbox
from tests.sync.export_store import client, merchant_workbook, store

__all__ = ["client", "store"]  # the fixtures


@pytest.fixture
def exported(store: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["upload", str(merchant_workbook(tmp_path / "kirim.xlsx", 4))]) == 0
    target = tmp_path / "toko.xlsx"
    assert main(["export", str(target)]) == 0
    capsys.readouterr()
    return target


def _dry_run(
    store: RunningSandbox, book: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, Any], str]:
    seen = store.state.requests_seen
    code = main(["sync", str(book), "--dry-run", "--json", "--lang", "en"])
    captured = capsys.readouterr()
    assert store.state.requests_seen - seen == 1  # the product list, one page; no write
    return code, json.loads(captured.out), captured.err


def _set_price(book: Path, sku: str, price: int) -> None:
    workbook = load_workbook(book)
    sheet = workbook["Products"]
    headers = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[headers.index("SKU")].value == sku)
    column = headers.index("Price" if "Price" in headers else "Harga")  # the export's language
    row[column].value = price
    workbook.save(book)


def _store_price(store: RunningSandbox, sku: str, price: int) -> None:
    """The merchant changed the price on the store's own pages since the export."""
    with store.state.lock:
        product = store.state.by_sku(sku)
        assert product is not None
        product.apply({"price": price}, store.state.now_ms())


def test_an_untouched_export_changes_nothing(
    store: RunningSandbox, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data, err = _dry_run(store, exported, capsys)
    assert code == 0, err
    assert data["summary"]["unchanged"] == 4 and data["summary"]["changes"] == 0
    assert "Note" not in err  # the record was read and used


def test_a_price_changed_on_the_store_and_in_the_sheet_is_a_conflict(
    store: RunningSandbox, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_price(store, "KP-001", 99000)  # Rp 86.000 at export time
    _set_price(exported, "KP-001", 90000)
    code, data, _ = _dry_run(store, exported, capsys)
    assert code == 1  # a conflict waits for the merchant
    row = next(r for r in data["rows"] if r["sku"] == "KP-001")
    assert row["action"] == "conflict"
    assert row["changes"] == [{"field": "price", "from": 99000, "to": 90000, "exported": 86000}]
    assert any(
        i["field"] == "price" and "choose which one wins" in i["message"] for i in row["issues"]
    )


def test_a_price_changed_only_on_the_store_is_no_change(
    store: RunningSandbox, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_price(store, "KP-002", 99000)
    code, data, _ = _dry_run(store, exported, capsys)
    assert code == 0
    assert [r["action"] for r in data["rows"]] == ["unchanged"] * 4
