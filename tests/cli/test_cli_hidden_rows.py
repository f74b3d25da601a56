"""``upload --include-hidden-rows``: rows hidden in the workbook are left out of a real upload
against the sandbox, and the command says which; with the flag they are sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.sandbox import RunningSandbox
from tests.cli.workbooks import product_workbook
from tests.sheets.test_hidden_rows import hide_rows


def test_cli_upload_leaves_hidden_rows_out_and_says_so(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = hide_rows(product_workbook(tmp_path / "produk.xlsx", 8), 5, 9, by_filter=True)
    code = main(["upload", str(book), "--json"])
    captured = capsys.readouterr()
    assert code == 0
    assert (
        "2 hidden rows were left out (rows 5, 9); --include-hidden-rows sends them" in captured.err
    )
    data = json.loads(captured.out)
    assert [r["row"] for r in data["rows"]] == [2, 3, 4, 6, 7, 8]
    sent = {p.sku for p in store_env.state.products()}
    assert sent == {f"SKU-{k:05d}" for k in (0, 1, 2, 4, 5, 6)}  # SKU-00003, -00007 hidden


def test_cli_upload_with_the_flag_sends_hidden_rows(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = hide_rows(product_workbook(tmp_path / "produk.xlsx", 3), 3)
    code = main(["upload", str(book), "--json", "--include-hidden-rows"])
    captured = capsys.readouterr()
    assert code == 0 and "hidden" not in captured.err
    assert {p.sku for p in store_env.state.products()} == {"SKU-00000", "SKU-00001", "SKU-00002"}
