"""Row rules of API.md §4.1 and the sheet-wide checks."""

from __future__ import annotations

from typing import Any

import pytest

from app.catalog import Level, ProductTable, Status
from app.catalog.validation import check_delete_row, check_row
from tests.catalog.seed_rows import SEED_CELLS

GOOD: dict[str, Any] = dict(SEED_CELLS[0])


def keys(cells: dict[str, Any]) -> set[tuple[str | None, str]]:
    _, issues = check_row(cells)
    return {(i.field, i.key) for i in issues}


def test_good_row_has_no_issues() -> None:
    assert keys(GOOD) == set()


@pytest.mark.parametrize(
    "field",
    [
        "name",
        "sku",
        "price",
        "weight",
        "categoryId",
        "subCategoryId",
        "typeId",
        "condition",
        "photos",
    ],
)
def test_required_fields(field: str) -> None:
    assert (field, "required") in keys(dict(GOOD, **{field: None}))


def test_stock_or_warehouses_exactly_one() -> None:
    assert ("stock", "stock_or_warehouses") in keys(dict(GOOD, stock=None))
    both = dict(GOOD, warehouses="WH-1:3")
    assert ("warehouses", "stock_and_warehouses") in keys(both)
    only_wh = dict(GOOD, stock=None, warehouses="WH-1:3")
    assert keys(only_wh) == set()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"price": 0}, ("price", "must_be_positive")),
        ({"specialPrice": "Rp 250.000"}, ("specialPrice", "special_price_not_lower")),
        ({"specialPrice": "Rp 200.000"}, ("specialPrice", "special_price_not_lower")),
        ({"stock": -1}, ("stock", "must_not_be_negative")),
        ({"weight": 0}, ("weight", "must_be_positive")),
        ({"minOrder": 0}, ("minOrder", "min_order_at_least_one")),
        ({"dimensions": "0x1x1"}, ("dimensions", "must_be_positive")),
        (
            {"dimensions": {"length": 1, "width": None, "height": None}},
            ("dimensions", "dimensions_incomplete"),
        ),
        ({"isPreorder": "Ya", "preorderPeriod": 0}, ("preorderPeriod", "preorder_period_needed")),
        ({"categoryId": "sepatu"}, ("categoryId", "categories_not_downloaded")),
        ({"categoryId": "2fde2994-28a8-4d09"}, ("categoryId", "not_a_uuid")),
        ({"photos": "foto.jpg"}, ("photos", "not_a_url")),
        ({"condition": "Rusak"}, ("condition", "not_a_condition")),
        ({"name": "x" * 300}, ("name", "too_long")),
    ],
)
def test_rules(change: dict[str, Any], expected: tuple[str, str]) -> None:
    assert expected in keys(dict(GOOD, **change))


def test_preorder_period_without_preorder_is_a_warning_only() -> None:
    _, issues = check_row(dict(GOOD, isPreorder="Tidak", preorderPeriod=5))
    assert [(i.field, i.level) for i in issues] == [("preorderPeriod", Level.WARNING)]


def test_a_bad_cell_is_not_also_reported_missing() -> None:
    found = keys(dict(GOOD, price="gratis"))
    assert ("price", "not_a_price") in found and ("price", "required") not in found


def test_messages_in_both_languages_with_hints() -> None:
    _, issues = check_row(dict(GOOD, price="Rp 12,5"))
    (issue,) = issues
    assert "Rupiah" in issue.message("en") and "pecahan" in issue.message("id")
    assert issue.hint("en") and issue.hint("id") and issue.hint("en") != issue.hint("id")
    _, issues = check_row(dict(GOOD, name=None))
    assert issues[0].message("en") == "Product name is required."
    assert issues[0].message("id") == "Nama Produk wajib diisi."


def test_delete_rows_need_only_id_or_sku() -> None:
    values, issues = check_delete_row(
        {"id": "946b3ffa-5f9e-412e-acf4-eea306736e63", "price": "nonsense"}
    )
    assert issues == [] and values == {"id": "946b3ffa-5f9e-412e-acf4-eea306736e63"}
    values, issues = check_delete_row({"sku": 480166.0})
    assert values == {"sku": "480166"} and issues == []
    _, issues = check_delete_row({"name": "x"})
    assert [i.key for i in issues] == ["no_product_id"]


def test_duplicates_inside_the_sheet_mark_both_rows() -> None:
    table = ProductTable.from_cells(
        [
            (2, GOOD),
            (3, dict(GOOD, externalId="other")),
            (4, dict(GOOD, sku="480167", externalId="third")),
        ]
    )
    first, second, third = table.rows
    assert [i.params["other"] for i in first.issues if i.field == "sku"] == [3]
    assert [i.params["other"] for i in second.issues if i.field == "sku"] == [2]
    assert third.status is Status.READY
    assert first.status is Status.INVALID and second.status is Status.INVALID


def test_fixing_a_duplicate_clears_both_rows() -> None:
    table = ProductTable.from_cells([(2, GOOD), (3, dict(GOOD, externalId="other"))])
    touched = table.set_cell(1, "sku", "480999")
    assert touched == {0, 1}
    assert table.rows[0].issues == [] and table.rows[1].issues == []
    assert table.counts() == {"ready": 2}
    table.set_cell(1, "sku", "480166")  # and back
    assert table.counts() == {"invalid": 2}


def test_duplicate_sku_ignores_case_and_spaces() -> None:
    table = ProductTable.from_cells(
        [(2, dict(GOOD, sku="ab-1")), (3, dict(GOOD, sku=" AB-1", externalId="x"))]
    )
    assert table.counts() == {"invalid": 2}


def test_generated_external_id_is_fixed_once_and_marked() -> None:
    ids = iter(["gen-1", "gen-2"])
    table = ProductTable.from_cells(
        [(2, dict(GOOD, externalId=None))], id_factory=lambda: next(ids)
    )
    row = table.rows[0]
    assert row.external_id == "gen-1" and row.external_id_generated
    table.set_cell(0, "price", "Rp 210.000")
    table.validate_all()
    assert row.external_id == "gen-1"  # re-validation never changes it
    assert row.payload()["externalId"] == "gen-1"
