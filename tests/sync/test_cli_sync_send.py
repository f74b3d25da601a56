"""``toco-uploader sync FILE`` for real, against the sandbox over HTTP: only the changes are
sent, each through its endpoint; deletions wait for a yes; the results land in the JSON and the
results workbook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.sandbox import RowRejection, RunningSandbox
from tests.cli.conftest import store_env  # noqa: F401  (the CLI's store fixture)
from tests.cli.workbooks import product_workbook

PRICES = "/partner/stores/products/prices"
INVENTORY = "/partner/stores/inventory"


def edit(book: Path, **cells: Any) -> None:
    """Change cells such as ``C3="Rp 75.000"`` of the product sheet, as Excel would."""
    workbook = load_workbook(book)
    for ref, value in cells.items():
        workbook["Produk"][ref] = value
    workbook.save(book)


def add_column(book: Path, header: str, values: dict[int, str]) -> None:
    """A new last column: ``values`` by sheet row."""
    workbook = load_workbook(book)
    sheet = workbook["Produk"]
    column = sheet.max_column + 1
    sheet.cell(1, column, header)
    for row, value in values.items():
        sheet.cell(row, column, value)
    workbook.save(book)


def writes(sandbox: RunningSandbox) -> list[tuple[str, str, Any]]:
    return [(w.method, w.path, w.body) for w in sandbox.state.writes]


def sync(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any], str]:
    capsys.readouterr()
    code = main(["sync", *args, "--json"])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


@pytest.fixture
def uploaded(store_env: RunningSandbox, tmp_path: Path) -> Path:  # noqa: F811
    book = product_workbook(tmp_path / "produk.xlsx", 3)
    assert main(["upload", str(book)]) == 0
    store_env.state.writes.clear()
    return book


def test_edits_are_sent_each_to_its_endpoint_with_only_the_changed_fields(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit(uploaded, C3="Rp 95.000", A2="Kaos Hitam", D4=9)
    ids = {p.sku: p.id for p in store_env.state.products()}
    code, data, err = sync(capsys, str(uploaded))
    assert code == 0, err
    sent = sorted(writes(store_env), key=lambda w: w[1])
    assert sent == sorted(
        [
            ("PATCH", PRICES, {"items": [{"id": ids["SKU-00001"], "price": 95000}]}),
            ("PATCH", f"/partner/stores/products/{ids['SKU-00000']}", {"name": "Kaos Hitam"}),
            (
                "PATCH",
                INVENTORY,
                {
                    "items": [
                        {
                            "id": ids["SKU-00002"],
                            "warehouses": [{"clientId": "wh_jkt-01", "stock": 9}],
                        }
                    ]
                },
            ),
        ],
        key=lambda w: w[1],
    )
    rows = data["rows"]
    assert [r["action"] for r in rows] == ["update", "update", "update"]
    assert rows[1]["changes"] == [{"field": "price", "from": 101000, "to": 95000}]
    assert [r["status"] for r in rows] == ["live"] * 3  # read back: the store shows them
    assert data["summary"]["statuses"] == {"live": 3} and data["summary"]["job"]
    product = store_env.state.by_sku("SKU-00001")
    assert product is not None and product.payload["price"] == 95000


def test_an_untouched_sheet_sends_nothing(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, data, _ = sync(capsys, str(uploaded))
    assert code == 0
    assert writes(store_env) == []
    assert data["summary"]["unchanged"] == 3 and data["summary"]["statuses"] == {"live": 3}
    assert data["summary"]["job"] is None  # nothing to journal


def test_new_rows_are_created_and_the_results_workbook_says_so(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workbook = load_workbook(uploaded)
    sheet = workbook["Produk"]
    new = [c.value for c in sheet[2]]
    new[0], new[1] = "Kaos Baru", "SKU-NEW"
    sheet.append(new)
    workbook.save(uploaded)
    out = tmp_path / "hasil.xlsx"
    code, data, err = sync(capsys, str(uploaded), "--results", str(out))
    assert code == 0, err
    assert [(m, p) for m, p, _ in writes(store_env)] == [("POST", "/partner/stores/products/bulk")]
    assert data["rows"][-1]["action"] == "create" and data["rows"][-1]["status"] == "live"
    created = store_env.state.by_sku("SKU-NEW")
    assert created is not None
    results = load_workbook(out)["Produk"]
    header = [c.value for c in results[1]]
    status, product = header.index("Upload status") + 1, header.index("Product ID") + 1
    assert results.cell(5, status).value == "live"
    assert results.cell(5, product).value == created.id
    assert results.cell(2, status).value == "live"  # unchanged rows: on the store as they are


def test_a_delete_in_the_action_column_needs_a_yes(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_column(uploaded, "Aksi", {3: "hapus"})
    edit(uploaded, C2="Rp 90.000")
    capsys.readouterr()
    assert main(["sync", str(uploaded)]) == 2  # no terminal to ask: nothing at all is sent
    assert "Run again with --yes" in capsys.readouterr().err
    assert writes(store_env) == []
    gone = store_env.state.by_sku("SKU-00001")
    assert gone is not None
    code, data, err = sync(capsys, str(uploaded), "--yes")
    assert code == 0, err
    assert ("POST", "/partner/stores/products/deletions", {"ids": [gone.id]}) in writes(store_env)
    assert store_env.state.by_sku("SKU-00001") is None
    assert [r["status"] for r in data["rows"]] == ["live", "deleted", "live"]


def test_a_rejected_change_lands_on_its_cell_in_the_json_and_the_workbook(
    store_env: RunningSandbox,  # noqa: F811
    uploaded: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit(uploaded, E2=0, C3="Rp 50.000", C4="Rp 99.000")  # weight 0 g: refused by the row itself
    store_env.state.set_faults(
        reject_skus={"SKU-00001": RowRejection(field="price", message="Harga di bawah modal")}
    )
    out = tmp_path / "hasil.xlsx"
    code, data, _ = sync(capsys, str(uploaded), "--lang", "en", "--results", str(out))
    assert code == 1
    first, second, third = data["rows"]
    assert (first["action"], first["status"]) == ("invalid", "skipped")
    assert [i["field"] for i in first["issues"]] == ["weight"]
    assert (second["action"], second["status"]) == ("update", "rejected")
    assert next((i["field"], i["message"]) for i in second["issues"]) == (
        "price",
        "Harga di bawah modal",
    )
    assert third["status"] == "live"
    assert [(m, p) for m, p, _ in writes(store_env)] == [("PATCH", PRICES)]  # one request
    results = load_workbook(out)["Produk"]
    header = [c.value for c in results[1]]
    assert results.cell(3, header.index("Upload status") + 1).value == "rejected"
    assert results.cell(3, header.index("Error message") + 1).value == "Price: Harga di bawah modal"
    assert results.cell(3, header.index("Harga") + 1).comment is not None  # the refused cell
