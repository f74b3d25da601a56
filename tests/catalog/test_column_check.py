"""The column-wise check gives exactly what ``check_row`` gives row by row (issue 16).

``check_rows`` reads a whole column at once (plain text and codes taken as they are, repeated
values read once per distinct value, store data resolved once per distinct category cells and
brand): on random rows, mixed with rows that break each fast path, the values (in the same key
order) and the issues (in the same order, with the same messages in both languages) must be the
ones ``check_row`` gives for each row alone, with and without the store's data.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import FIELDS, ProductTable
from app.catalog.column_check import check_rows
from app.catalog.issues import Issue, Level
from app.catalog.parsing import is_blank
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow, uuid4_text
from app.catalog.validation import check_row
from tests.catalog.fast_cells import cell_rows, sheet_rows
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


@settings(max_examples=100, deadline=None)
@given(rows=sheet_rows(), store=st.sampled_from([None, STORE, CATALOGUE]))
def test_sheets_of_photos_dimensions_and_warehouses_match_check_row(
    rows: list[dict[str, Any]], store: StoreData | None
) -> None:
    """Columns that mostly take the column-wide readers (photos joined, dimensions at once,
    warehouses per distinct words, the rules by column), with odd cells among them."""
    same_as_row_by_row(rows, store)


@pytest.mark.parametrize(
    "odd",
    [
        {"photos": {"1": "https://a.id/1.jpg", "2": "foto-produk.jpg"}},
        {"photos": {"1": "https://a.id/x?u=https://b.id/2.jpg"}},  # a second scheme
        {"photos": {"1": "https://a.id/1.jpg,https://a.id/2.jpg"}},  # two links split by a comma
        {"photos": {"1": "https://a.id/1.jpg\nhttps://a.id/2.jpg"}},  # two links, one part
        {"photos": {"2": "https://a.id/2.jpg", "1": "https://a.id/1.jpg"}},  # parts unordered
        {"photos": {"1": "https://a.id/1.jpg", "10": "https://a.id/10.jpg", "2": ""}},
        {"photos": {"1": 7}},
        {"photos": {"1": "", "2": None}},  # no link at all
        {"dimensions": {"length": 17.5, "width": 10, "height": 2}},
        {"dimensions": {"length": None, "width": 10, "height": 2}},
        {"dimensions": {"length": "17", "width": 10, "height": 2}},
        {"dimensions": {"length": True, "width": 10, "height": 2}},
        {"dimensions": {"length": 0, "width": 10.0, "height": 2}},  # not positive
        {"dimensions": "30x20x5"},
        {"warehouses": {"Jakarta": 5.0, "Gudang Bandung": ""}, "stock": None},
        {"warehouses": {"Surabaya": 5}, "stock": None},  # no such warehouse
        {"warehouses": {"Jakarta": -1}, "stock": None},
        {"warehouses": {"Jakarta": 2, "wh_wh8-HpRcn3ZH": 3}, "stock": None},  # the same twice
        {"categoryId": "Fashion Pria > Kaos > Kaos Oblong"},  # a path: levels added at the end
        {"categoryId": "Fashion Pria > Kaos > Topi Pesta"},
        {"minOrder": None},  # the default goes in at the end
        {"isPreorder": "Ya", "preorderPeriod": None},
        {"isPreorder": "Ya", "preorderPeriod": "x"},  # the period's own problem, not "needed"
        {"isPreorder": "Tidak", "preorderPeriod": 5},
        {"specialPrice": 99000, "price": 85000},
        {"sku": None, "name": None},  # required
    ],
)
def test_one_odd_cell_among_column_wide_cells_is_read_as_check_row_reads_it(
    odd: dict[str, Any],
) -> None:
    clean = [
        row(
            name=f"Kaos {n}",
            sku=f"KAOS-{n}",
            brandId="Uniqlo",
            categoryId="Fashion Pria",
            subCategoryId="Kaos",
            typeId="Kaos Oblong",
            photos={"1": f"https://a.id/{n}/1.jpg", "2": f"https://a.id/{n}/2.jpg", "3": ""},
            dimensions={"length": 10 + n, "width": 12.0, "height": 3},
            warehouses={"Jakarta": float(n), "Gudang Bandung": 4} if n % 2 else None,
            stock=None if n % 2 else 5,
        )
        for n in range(5)
    ]
    rows = [*clean[:2], {**clean[2], **odd}, *clean[3:]]
    for store in (None, STORE, CATALOGUE):
        same_as_row_by_row(rows, store)


@settings(max_examples=60, deadline=None)
@given(rows=sheet_rows(), hidden=st.sets(st.integers(0, 29)), store=st.sampled_from([None, STORE]))
def test_the_tables_duplicates_and_statuses_are_the_ones_each_row_gets(
    rows: list[dict[str, Any]], hidden: set[int], store: StoreData | None
) -> None:
    """The table's checks of a whole sheet at once (ids given, duplicates, statuses) against
    each row refreshed on its own as an edit refreshes it."""
    table = ProductTable(
        [ProductRow(n + 2, dict(c), hidden=n in hidden) for n, c in enumerate(rows)],
        store_data=store,
    )
    for got, cells in zip(table.rows, rows, strict=True):
        values, issues = check_row({**cells, "externalId": got.cells["externalId"]}, store)
        if got.hidden:
            issues.append(Issue(None, "hidden_row", Level.WARNING))
        assert shown((got.values, got.local_issues)) == shown((values, issues))
        assert got.external_id_generated == is_blank(cells.get("externalId"))
    fast = [(r.duplicate_issues, r.status) for r in table.rows]
    for got in table.rows:
        table._refresh(got)  # the plain path, one row at a time
    assert [(r.duplicate_issues, r.status) for r in table.rows] == fast


@given(bits=st.integers(min_value=0, max_value=2**128 - 1))
def test_a_generated_external_id_is_the_uuid4_of_its_bits(bits: int) -> None:
    assert uuid4_text(bits) == str(uuid.UUID(int=bits, version=4))
