"""``sync FILE --dry-run [--json]`` against the sandbox over real HTTP: what would change, and
not one write request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.sandbox import RunningSandbox
from tests.cli.conftest import store_env  # noqa: F401  (the CLI's store fixture)
from tests.cli.workbooks import product_workbook


def _edit(book: Path, **cells: Any) -> None:
    """Change cells such as ``C3="Rp 75.000"`` in the product sheet and save."""
    workbook = load_workbook(book)
    sheet = workbook["Produk"]
    for ref, value in cells.items():
        sheet[ref] = value
    workbook.save(book)


def _store_state(sandbox: RunningSandbox) -> list[tuple[Any, ...]]:
    with sandbox.state.lock:
        return sorted(
            (p.id, json.dumps(p.payload, sort_keys=True), p.updated_ms)
            for p in sandbox.state.products()
        )


def _dry_run(
    sandbox: RunningSandbox, book: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    before, seen = _store_state(sandbox), sandbox.state.requests_seen
    code = main(["sync", str(book), "--dry-run", "--json", *extra])
    out = capsys.readouterr().out
    # reads only: one page of the product list (the store-data calls are not counted), and
    # the store exactly as it was
    assert sandbox.state.requests_seen - seen == 1
    assert _store_state(sandbox) == before
    return code, json.loads(out)


@pytest.fixture
def uploaded(store_env: RunningSandbox, tmp_path: Path) -> Path:  # noqa: F811
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    assert main(["upload", str(book)]) == 0
    return book


def test_the_sheet_just_uploaded_is_all_unchanged(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data = _dry_run(store_env, uploaded, capsys)
    assert code == 0
    assert data["summary"]["unchanged"] == 3 and data["summary"]["changes"] == 0
    assert [r["action"] for r in data["rows"]] == ["unchanged"] * 3
    assert all(r["productId"] for r in data["rows"])
    assert data["dryRun"] is True


def test_an_edited_price_is_one_update_with_exactly_that_change(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _edit(uploaded, C3="Rp 95.000")  # the second product (sheet row 3): Rp 101.000 before
    code, data = _dry_run(store_env, uploaded, capsys)
    assert code == 0
    row = data["rows"][1]
    assert (row["row"], row["sku"], row["action"]) == (3, "SKU-00001", "update")
    assert row["changes"] == [{"field": "price", "from": 101000, "to": 95000}]
    assert [r["action"] for r in data["rows"]] == ["unchanged", "update", "unchanged"]


def test_a_new_row_is_a_create(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workbook = load_workbook(uploaded)
    sheet = workbook["Produk"]
    new = [c.value for c in sheet[2]]
    new[0], new[1] = "Kaos Baru", "SKU-NEW"
    sheet.append(new)
    workbook.save(uploaded)
    code, data = _dry_run(store_env, uploaded, capsys)
    assert code == 0
    assert data["summary"]["create"] == 1
    last = data["rows"][-1]
    assert (last["row"], last["sku"], last["action"], last["productId"]) == (
        5,
        "SKU-NEW",
        "create",
        None,
    )


def test_the_human_output_says_row_by_row_what_would_change(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _edit(uploaded, C2="Rp 40.000", D4=9)  # a price cut by 60 %, a stock
    capsys.readouterr()
    assert main(["sync", str(uploaded), "--dry-run", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    counts = [line.split() for line in captured.out.splitlines()[:7]]
    assert counts[:3] == [["To", "create", "0"], ["To", "update", "2"], ["Unchanged", "1"]]
    assert "Row 2 (SKU SKU-00000): Price Rp 100.000 → Rp 40.000" in captured.out
    assert "  warning: Rp 100.000 → Rp 40.000: −60%, is that right?" in captured.out
    # a plain stock in a store with warehouses is every warehouse's stock (API.md §4.5)
    assert "Row 4 (SKU SKU-00002): Warehouses wh_jkt-01: 7 → wh_jkt-01: 9" in captured.out
    assert "Dry run: nothing was sent to the store." in captured.err
    assert main(["sync", str(uploaded), "--dry-run", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "Baris 2 (SKU SKU-00000): Harga Rp 100.000 → Rp 40.000" in out
    assert "sudah benar?" in out


def test_an_invalid_row_makes_the_dry_run_exit_1(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _edit(uploaded, C2="gratis")
    code, data = _dry_run(store_env, uploaded, capsys)
    assert code == 1
    assert data["rows"][0]["action"] == "invalid"
    assert data["rows"][0]["issues"][0]["field"] == "price"
