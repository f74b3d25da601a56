"""``upload``, ``sync`` and ``resume`` check their rows once, against the store's data gathered
before the check (``store_data.StoreFirst``): the same rows, issues, statuses and generated
ids as checking without the store and again with it (the way before); and the sheet's own
refusals (no such ``--rows``, only hidden rows) still come before credentials and the network."""

from __future__ import annotations

import argparse
import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

import app.catalog.table as table_module
from app.catalog.table import ProductTable
from app.cli import main
from app.cli.credentials import credentials
from app.cli.store_data import StoreFirst, use_store_data
from app.cli.workbook import load
from app.partner import PartnerClient
from app.profiles.credentials import ENV_VARS
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox
from app.sandbox.state import DEMO_WAREHOUSES
from tests.cli.test_validate_output import every_issue_workbook
from tests.cli.workbooks import product_workbook


def _args(path: Path, **extra: Any) -> argparse.Namespace:
    values: dict[str, Any] = {
        "file": str(path),
        "sheet": None,
        "rows": None,
        "map": [],
        "lang": "en",
    }
    values |= {"profile": None, "include_hidden_rows": False}
    return argparse.Namespace(**(values | extra))


def _seen(table: ProductTable) -> list[tuple[Any, ...]]:
    """What the merchant sees of each row, and what would be sent (a generated id of a row
    without a SKU is random: only that it is one)."""
    out = []
    for row in table.rows:
        random_id = row.external_id_generated and not row.sku
        values = row.values | ({"externalId": "random"} if random_id else {})
        out.append(
            (
                row.sheet_row,
                row.status,
                row.hidden,
                "random" if random_id else row.cells.get("externalId"),
                row.external_id_generated,
                sorted(values.items(), key=repr),
                [(i.field, i.code, i.level, sorted(i.params.items())) for i in row.issues],
            )
        )
    return out


def _without_some_ids(path: Path) -> Path:
    """Every third product without an External ID (one is generated, from the SKU if any)."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book["Produk"]
    for row in range(3, sheet.max_row + 1, 3):
        sheet.cell(row=row, column=1).value = None
    book.save(path)
    return path


@pytest.mark.parametrize("include_hidden", [False, True])
@pytest.mark.parametrize("two_warehouses", [False, True])
def test_checked_once_is_what_checking_twice_gave(
    tmp_path: Path, store_env: RunningSandbox, include_hidden: bool, two_warehouses: bool
) -> None:
    """Every kind of mistake, names to resolve, a hidden row, duplicates, generated ids."""
    if two_warehouses:
        store_env.state.warehouses[DEMO_CREDENTIALS.store_client_id] = [
            dict(w) for w in DEMO_WAREHOUSES
        ]
    path = _without_some_ids(every_issue_workbook(tmp_path / "produk.xlsx"))
    args = _args(path, include_hidden_rows=include_hidden)

    twice, chosen_twice = load(args, "upload")  # the way before: without the store, then with
    values = credentials(None)
    twice.table.use_store(values.store_client_id)
    with PartnerClient(values) as client:
        use_store_data(twice, client, values, "en")

    with ExitStack() as stack:
        store = StoreFirst(args, stack)
        once, chosen_once = load(args, "upload", store)
        once.table.use_store(store.store()[0].store_client_id)

    assert chosen_once == chosen_twice
    assert _seen(once.table) == _seen(twice.table)
    generated = [row for row in once.table.rows if row.external_id_generated]
    assert len(generated) > 40 and any(row.sku for row in generated)
    assert any(row.hidden for row in once.table.rows) is not include_hidden


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of rows each whole-sheet check took (the real check, counted)."""
    counts: list[int] = []
    real = table_module.check_rows

    def counted(rows: Any, store_data: Any) -> Any:
        counts.append(len(rows))
        return real(rows, store_data)

    monkeypatch.setattr(table_module, "check_rows", counted)
    return counts


def test_upload_checks_its_rows_once(
    tmp_path: Path,
    store_env: RunningSandbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    counts = _counting(monkeypatch)
    book = product_workbook(tmp_path / "produk.xlsx", 4, notes_sheet=False)
    assert main(["upload", str(book), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"] == {"pending": 4}
    assert counts == [4]


def test_sync_dry_run_checks_its_rows_once(
    tmp_path: Path,
    store_env: RunningSandbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    book = product_workbook(tmp_path / "produk.xlsx", 3, notes_sheet=False)
    counts = _counting(monkeypatch)
    assert main(["sync", str(book), "--dry-run", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert counts == [3]
    assert plan["summary"]["rows"] == 3 and plan["summary"]["create"] == 3


@pytest.mark.parametrize("command", [["upload"], ["sync", "--dry-run"]])
def test_the_sheets_refusals_come_before_credentials(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    """No store configured at all: a sheet without the asked rows says so, not "no credentials"."""
    for variable in ENV_VARS:
        monkeypatch.delenv(variable, raising=False)
    book = product_workbook(tmp_path / "produk.xlsx", 3, notes_sheet=False)
    assert main([*command, str(book), "--rows", "90-95", "--json", "--lang", "en"]) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error == {
        "code": "rows_not_found",
        "message": "--rows 90-95: none of those rows holds a product (products are in rows 2-4).",
    }


def test_only_hidden_rows_refused_before_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    for variable in ENV_VARS:
        monkeypatch.delenv(variable, raising=False)
    book = product_workbook(tmp_path / "produk.xlsx", 3, notes_sheet=False)
    workbook = load_workbook(book)
    workbook.active.row_dimensions[3].hidden = True
    workbook.save(book)
    assert main(["upload", str(book), "--rows", "3", "--json", "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out)["error"]["code"] == "only_hidden_rows"
    assert "1 hidden row was left out (row 3); --include-hidden-rows sends it" in err
