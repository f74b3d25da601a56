"""The column-wise check gives exactly what ``check_row`` gives row by row (issue 16).

``check_rows`` reads a whole column at once (plain text and codes taken as they are, repeated
values read once per distinct value, store data resolved once per distinct category cells and
brand): on random rows, mixed with rows that break each fast path, the values (in the same key
order) and the issues (in the same order, with the same messages in both languages) must be the
ones ``check_row`` gives for each row alone, with and without the store's data.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import FIELDS, ProductTable
from app.catalog.column_check import check_rows
from app.catalog.issues import Issue
from app.catalog.store_data import StoreData
from app.catalog.validation import check_row
from tests.catalog.fast_cells import cell_rows
from tests.catalog.store_trees import CATALOGUE, STORE, row


def shown(result: tuple[dict[str, Any], list[Issue]]) -> tuple[list[Any], list[Any]]:
    values, issues = result
    return (
        [(k, repr(v)) for k, v in values.items()],
        [(i.field, i.key, i.level, i.params, i.message("en"), i.message("id")) for i in issues],
    )


def same_as_row_by_row(rows: list[dict[str, Any]], store: StoreData | None) -> None:
    plain = [shown(check_row(dict(cells), store)) for cells in rows]
    assert [shown(r) for r in check_rows([dict(c) for c in rows], store)] == plain


@settings(max_examples=250, deadline=None)
@given(rows=cell_rows, store=st.sampled_from([None, STORE, CATALOGUE]))
def test_random_rows_checked_by_column_match_check_row(
    rows: list[dict[str, Any]], store: StoreData | None
) -> None:
    same_as_row_by_row(rows, store)


@pytest.mark.parametrize(
    "odd",
    [
        {"name": " Kaos"},  # a space at one end: the text parser strips it
        {"name": ""},
        {"name": "x" * 300},  # beyond the name's limit
        {"name": 12.0},  # a number in a text column
        {"sku": "KAOS 01"},  # a space inside a code is tidied
        {"sku": "KAOS\u00a0\u00a001"},
        {"sku": "2.02511E+21"},  # mangled by Excel
        {"sku": 12345.0},
        {"price": "Rp 85.000,50"},
        {"price": True},
        {"condition": "rusak"},
        {"categoryId": "Fashion Pria > Kaos > Kaos Oblong"},
        {"brandId": "Nikee"},
        {"stock": -1},
    ],
)
def test_one_odd_cell_in_a_clean_column_is_read_as_check_row_reads_it(
    odd: dict[str, Any],
) -> None:
    clean = [row(name=f"Kaos {n}", sku=f"KAOS-{n}", brandId="Uniqlo") for n in range(5)]
    rows = [*clean[:2], {**clean[2], **odd}, *clean[3:]]
    for store in (None, STORE):
        same_as_row_by_row(rows, store)


def test_the_table_checks_by_column_as_each_row_is_checked() -> None:
    rows = [
        row(sku=f"KAOS-{n}", price=-5 if n == 1 else 85000, categoryId="Fashion Pria")
        for n in range(3)
    ]
    table = ProductTable.from_cells(list(enumerate(rows, start=2)), store_data=STORE)
    assert [r.sheet_row for r in table.rows] == [2, 3, 4]
    for got in table.rows:
        assert shown((got.values, got.local_issues)) == shown(check_row(dict(got.cells), STORE))
    assert ("price", "must_be_positive") in [(i.field, i.key) for i in table.rows[1].issues]
    assert table.rows[1].status.value == "invalid"


def test_every_field_is_read() -> None:
    """No field of the registry is left out of the column-wise reading."""
    cells = {f.key: "?" for f in FIELDS}
    assert shown(check_rows([cells])[0]) == shown(check_row(dict(cells)))
