"""Min order (API.md §4.1): always sent; no column or an empty cell → 1, the marketplace default,
described once in the field registry. A value the merchant typed is still checked."""

from __future__ import annotations

from typing import Any

from app.catalog import ProductTable, Status
from app.catalog.fields import PRODUCT_FIELDS, field_by_key
from app.catalog.validation import DEFAULTS, REQUIRED, check_row
from tests.catalog.seed_rows import SEED_CELLS

GOOD: dict[str, Any] = dict(SEED_CELLS[0])


def test_the_registry_is_where_the_default_is_described() -> None:
    field = field_by_key("minOrder")
    assert field.default == 1 and not field.required
    assert "minOrder" not in REQUIRED
    assert {f.key: f.default for f in PRODUCT_FIELDS if f.default is not None} == DEFAULTS
    assert "1" in field.description("en") and "1" in field.description("id")


def test_no_column_means_min_order_1_and_no_error() -> None:
    cells = {k: v for k, v in GOOD.items() if k != "minOrder"}
    values, issues = check_row(cells)
    assert issues == []
    assert values["minOrder"] == 1
    table = ProductTable.from_cells([(2, cells)])
    assert table.rows[0].status is Status.READY
    assert table.rows[0].payload()["minOrder"] == 1
    assert "minOrder" not in table.rows[0].cells  # the sheet is not changed: only what is sent


def test_an_empty_cell_means_min_order_1() -> None:
    for empty in (None, "", "   "):
        values, issues = check_row(dict(GOOD, minOrder=empty))
        assert issues == [] and values["minOrder"] == 1


def test_a_typed_min_order_is_kept_and_still_checked() -> None:
    values, issues = check_row(dict(GOOD, minOrder=3))
    assert values["minOrder"] == 3 and issues == []
    _, issues = check_row(dict(GOOD, minOrder=0))
    assert [(i.field, i.key) for i in issues] == [("minOrder", "min_order_at_least_one")]
    values, issues = check_row(dict(GOOD, minOrder="banyak"))
    assert [(i.field, i.key) for i in issues] == [("minOrder", "not_a_number")]
    assert "minOrder" not in values  # an unreadable cell is never replaced by the default
