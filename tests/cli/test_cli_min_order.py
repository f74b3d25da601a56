"""A sheet without a min-order column uploads: the request carries minOrder 1 (API.md §4.1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.sandbox import RunningSandbox
from tests.cli.workbooks import product_workbook


def test_upload_without_a_min_order_column_sends_min_order_1(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = product_workbook(tmp_path / "produk.xlsx", 3)
    book = load_workbook(path)
    book["Produk"].delete_cols(6)  # Min. Pembelian
    book.save(path)
    assert main(["upload", str(path)]) == 0
    assert "required" not in capsys.readouterr().out
    sent = store_env.state.products()
    assert len(sent) == 3
    assert [p.payload["minOrder"] for p in sent] == [1, 1, 1]
