"""A marketplace template through the CLI: the guidance and example rows are reported with their
row numbers and reasons, and an upload against the sandbox sends exactly the real products."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.sandbox import RunningSandbox
from tests.sheets.template_books import shopee_like, tiktok_like


def test_validate_says_which_rows_were_skipped_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = shopee_like(tmp_path / "shopee.xlsx", 3)
    assert main(["validate", str(book)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "3 rows of shopee.xlsx (Template): 3 ready",
        "  row 5 skipped: guidance row",
        "  row 6 skipped: example row (“Contoh: Kaos Polos”)",
    ]
    assert main(["validate", str(book), "--lang", "id"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:3] == [
        "  baris 5 dilewati: baris petunjuk",
        "  baris 6 dilewati: baris contoh (“Contoh: Kaos Polos”)",
    ]


def test_validate_json_lists_the_skipped_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tiktok_like(tmp_path / "tiktok.xlsx", 2)
    assert main(["validate", str(book), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["row"] for r in data["rows"]] == [4, 5]
    assert data["skipped"] == [
        {"row": 2, "reason": "guidance", "text": "", "message": "row 2 skipped: guidance row"},
        {
            "row": 3,
            "reason": "example",
            "text": "SAMPLE-000",
            "message": "row 3 skipped: example row (“SAMPLE-000”)",
        },
    ]


def test_upload_sends_exactly_the_real_products_never_the_example(
    store_env: RunningSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = shopee_like(tmp_path / "shopee.xlsx", 3)
    code = main(["upload", str(book), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0, data
    assert [r["row"] for r in data["rows"]] == [7, 8, 9]
    assert [s["row"] for s in data["skipped"]] == [5, 6]
    stored = sorted(p.sku for p in store_env.state.products())
    assert stored == ["SHP-001", "SHP-002", "SHP-003"]
    assert "Contoh: Kaos Polos" not in {p.name for p in store_env.state.products()}
