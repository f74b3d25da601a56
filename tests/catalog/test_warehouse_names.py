"""Warehouse stock by name or clientId, against the store's warehouses (API.md §4.5)."""

from __future__ import annotations

from typing import Any

import pytest

from app.catalog import ProductTable
from app.catalog.issues import Level
from app.catalog.store_data import StoreData, Warehouse
from app.catalog.validation import check_row
from app.sheets.matching import match_header
from tests.catalog.store_trees import BANDUNG, JAKARTA, STORE, row

TWO = StoreData(warehouses=(JAKARTA, BANDUNG))
ONE = StoreData(warehouses=(JAKARTA,))
NONE = StoreData(warehouses=())
PATH = "Fashion Pria > Kaos > Kaos Oblong"


def stock_row(warehouses: Any) -> dict[str, Any]:
    return row(stock=None, warehouses=warehouses)


def sent(cells: dict[str, Any], store: StoreData | None) -> Any:
    values, issues = check_row(cells, store)
    assert [i for i in issues if i.field in ("warehouses", "stock")] == []
    return values["warehouses"]


def wh_issues(cells: dict[str, Any], store: StoreData | None) -> list[Any]:
    return [i for i in check_row(cells, store)[1] if i.field in ("warehouses", "stock")]


def test_by_client_id_the_case_is_kept() -> None:
    cells = stock_row("wh_wh8-HpRcn3ZH:5; 2026012714314318226016:7")
    want = [
        {"clientId": "wh_wh8-HpRcn3ZH", "stock": 5},
        {"clientId": BANDUNG.client_id, "stock": 7},
    ]
    assert sent(cells, TWO) == want
    assert sent(cells, None) == want  # ids pass on form when the warehouses are not known


def test_a_client_id_in_another_case_is_sent_as_the_store_spells_it() -> None:
    assert sent(stock_row("WH_WH8-hprcn3zh:5"), TWO) == [
        {"clientId": "wh_wh8-HpRcn3ZH", "stock": 5}
    ]


def test_two_client_ids_differing_by_case_only_need_the_exact_one() -> None:
    store = StoreData(warehouses=(Warehouse("WH-a", "Satu"), Warehouse("wh-A", "Dua")))
    assert sent(stock_row("wh-A:2"), store) == [{"clientId": "wh-A", "stock": 2}]
    (issue,) = wh_issues(stock_row("WH-A:2"), store)
    assert issue.key == "no_such_warehouse"


@pytest.mark.parametrize("word", ["Gudang Jakarta", "gudang   JAKARTA", "Jakarta"])
def test_by_name_any_case_gudang_optional(word: str) -> None:
    assert sent(stock_row(f"{word}:4"), TWO) == [{"clientId": JAKARTA.client_id, "stock": 4}]


def test_a_column_stok_gudang_name_resolves_to_the_client_id() -> None:
    candidate = match_header("Stok Gudang Jakarta")
    assert candidate is not None and candidate.field == "warehouses"
    cells = stock_row({candidate.part: 9, "Gudang Bandung": 1})
    assert sent(cells, TWO) == [
        {"clientId": JAKARTA.client_id, "stock": 9},
        {"clientId": BANDUNG.client_id, "stock": 1},
    ]


def test_headers_with_a_warehouse_name_and_headers_that_are_no_warehouse() -> None:
    assert match_header("Stok wh_wh8-HpRcn3ZH").part == "wh_wh8-HpRcn3ZH"  # type: ignore[union-attr]
    multi = match_header("Stok Gudang Jakarta Pusat")
    assert multi is not None and (multi.field, multi.part) == ("warehouses", "Jakarta Pusat")
    for header in ("Stok Jakarta Pusat", "Stok Awal"):
        got = match_header(header)
        assert got is None or got.field != "warehouses", header
    assert match_header("Stok Tersedia").field == "stock"  # type: ignore[union-attr]


def test_a_warehouse_the_store_does_not_have_names_the_store_s_warehouses() -> None:
    (issue,) = wh_issues(stock_row("Gudang Surabaya:3"), TWO)
    assert (issue.field, issue.key, issue.level) == ("warehouses", "no_such_warehouse", Level.ERROR)
    assert issue.message("en") == (
        "The store has no warehouse “Gudang Surabaya”; its warehouses: Gudang Jakarta"
        " (wh_wh8-HpRcn3ZH), Gudang Bandung (2026012714314318226016)."
    )
    assert issue.message("id").startswith("Toko tidak punya gudang “Gudang Surabaya”; gudangnya:")
    assert "warehouses" not in check_row(stock_row("Gudang Surabaya:3"), TWO)[0]


def test_the_same_warehouse_by_name_and_by_id_is_listed_twice() -> None:
    (issue,) = wh_issues(stock_row("Jakarta:3; wh_wh8-HpRcn3ZH:2"), TWO)
    assert issue.key == "duplicate_warehouse"


def test_plain_stock_in_a_store_with_two_warehouses_is_a_warning_on_the_stock_cell() -> None:
    (issue,) = wh_issues(row(stock=10), TWO)
    assert (issue.field, issue.key, issue.level) == (
        "stock",
        "stock_to_every_warehouse",
        Level.WARNING,
    )
    assert issue.message("en").startswith("This stock is written to each of your 2 warehouses")
    assert issue.message("id").startswith("Stok ini dicatat di setiap gudang Anda (2 gudang")
    table = ProductTable.from_cells([(2, row(stock=10, categoryId=PATH))], store_data=STORE)
    assert not table.rows[0].has_errors  # a warning: the row can still be sent
    assert table.rows[0].payload()["stock"] == 10
    assert wh_issues(row(stock=10), ONE) == []
    assert wh_issues(row(stock=10), None) == []


def test_warehouses_for_a_store_without_any_are_an_error() -> None:
    (issue,) = wh_issues(stock_row("WH-1:3"), NONE)
    assert (issue.field, issue.key) == ("warehouses", "store_has_no_warehouses")
    assert wh_issues(row(stock=3), NONE) == []


def test_a_name_is_never_sent_as_a_client_id_before_the_warehouses_are_known() -> None:
    for store in (None, StoreData(tree=None)):
        values, issues = check_row(stock_row({"Jakarta": 5, "WH-2": 1}), store)
        (issue,) = [i for i in issues if i.field == "warehouses"]
        assert issue.key == "warehouses_not_known"
        assert "“Jakarta”" in issue.message("en") and "“Jakarta”" in issue.message("id")
        assert "warehouses" not in values


def test_payload_carries_the_store_s_client_ids_while_the_cell_keeps_the_name() -> None:
    cells = dict(stock_row("Gudang Jakarta:5"), categoryId=PATH)
    table = ProductTable.from_cells([(2, cells)], store_data=STORE)
    got = table.rows[0]
    assert [i for i in got.issues if i.field == "warehouses"] == []
    assert got.cells["warehouses"] == "Gudang Jakarta:5"
    assert got.payload()["warehouses"] == [{"clientId": "wh_wh8-HpRcn3ZH", "stock": 5}]
