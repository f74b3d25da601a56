"""An edit of many rows at once — a paste, a fill, a price raised on a thousand rows — is checked
column by column (``ProductTable.set_cells``, issue 16): every row must end exactly as the same
changes made one cell at a time leave it (its cells, values, issues with their params,
duplicates, status, the store's issues kept or cleared, "edited since sent", the generated
externalIds), and every row whose problems changed must be among the rows it reports."""

from __future__ import annotations

import itertools
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import ProductTable, Status
from app.catalog import table as table_module
from app.catalog.issues import store_issue
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow
from tests.catalog.fast_cells import codes, numbers, odd, references, sheet_rows, warehouses
from tests.catalog.store_trees import (
    CATALOGUE,
    FASHION_PRIA,
    KAOS,
    KAOS_OBLONG,
    STORE,
    UNIQLO,
    row,
)

#: What an edit may write in each field: clean values, values that break a fast path, blanks.
NEW_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "sku": st.one_of(codes, st.sampled_from(["", None, "KAOS-1", "kaos-1"])),
    "externalId": st.one_of(codes, st.sampled_from(["", None])),
    "price": st.one_of(numbers, odd),
    "specialPrice": st.one_of(numbers, st.none()),
    "stock": st.one_of(numbers, st.none(), odd),
    "warehouses": st.one_of(warehouses, st.none()),
    "name": st.one_of(st.sampled_from(["Kaos Polos", " Kaos", "", "x" * 300]), odd),
    "categoryId": st.one_of(references, st.none()),
    "brandId": st.one_of(references, st.none()),
    "isPreorder": st.sampled_from(["Ya", "Tidak", None, "mungkin"]),
    "preorderPeriod": st.sampled_from([None, 0, 3, "x"]),
}
#: What the store may have said of a row before the edit.
ANSWERS = st.sampled_from(
    [
        None,
        (Status.LIVE, None),
        (Status.REJECTED, "price"),
        (Status.REJECTED, "name"),
        (Status.REJECTED, None),
        (Status.FAILED, None),
    ]
)


def built(
    rows: list[dict[str, Any]],
    store: StoreData | None,
    store_id: str | None,
    answers: list[Any],
) -> ProductTable:
    ids = (f"gen-{n}" for n in itertools.count())
    table = ProductTable(
        [ProductRow(n + 2, dict(cells)) for n, cells in enumerate(rows)],
        id_factory=lambda: next(ids),
        store_id=store_id,
        store_data=store,
    )
    for at, answer in enumerate(answers[: len(rows)]):
        if answer is not None:
            status, field = answer
            issues = [] if status is Status.LIVE else [store_issue("X_1", "Tidak boleh", field)]
            table.set_store_result(at, status, issues, product_id=f"p-{at}")
    return table


def seen(table: ProductTable) -> list[tuple[Any, ...]]:
    """Each row as the merchant sees it; a random generated id shown as generated (the two
    ways may draw the factory's ids in another order)."""
    shown = []
    for r in table.rows:
        generated = r.external_id_generated and str(r.cells.get("externalId")).startswith("gen-")
        mask = (lambda v: "<generated>") if generated else (lambda v: v)
        cells = {k: mask(v) if k == "externalId" else v for k, v in r.cells.items()}
        values = [(k, mask(v) if k == "externalId" else repr(v)) for k, v in r.values.items()]
        issues = [(i.field, i.key, i.level, i.origin, repr(i.params)) for i in r.issues]
        shown.append(
            (cells, values, issues, r.status, r.edited_since_sent, r.external_id_generated)
        )
    return shown


@settings(max_examples=120, deadline=None)
@given(
    rows=sheet_rows(),
    store=st.sampled_from([None, STORE]),
    store_id=st.sampled_from([None, "store-1"]),
    answers=st.lists(ANSWERS, max_size=30),
    data=st.data(),
)
def test_many_rows_edited_at_once_end_as_edited_one_cell_at_a_time(
    rows: list[dict[str, Any]],
    store: StoreData | None,
    store_id: str | None,
    answers: list[Any],
    data: st.DataObject,
) -> None:
    keys = st.sampled_from(sorted(NEW_VALUES))
    changes = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(rows) - 1), keys).flatmap(
                lambda at_key: st.tuples(
                    st.just(at_key[0]), st.just(at_key[1]), NEW_VALUES[at_key[1]]
                )
            ),
            min_size=1,
            max_size=40,
            unique_by=lambda change: change[:2],  # one edit sets a cell once
        )
    )
    by_cell = built(rows, store, store_id, answers)
    at_once = built(rows, store, store_id, answers)
    before = seen(at_once)
    for at, key, value in changes:
        by_cell.set_cell(at, key, value)
    with mock.patch.object(table_module, "MANY_ROWS", 1):  # every edit takes the column path
        reported = at_once.set_cells(changes)
    after = seen(at_once)
    assert after == seen(by_cell)
    changed = {at for at, (old, new) in enumerate(zip(before, after, strict=True)) if old != new}
    assert changed <= reported
    assert {at for at, _, _ in changes} <= reported


def product(n: int) -> dict[str, Any]:
    """A clean product of the store's tree and brands (no warning either)."""
    return row(
        name=f"Kaos {n}",
        sku=f"KAOS-{n}",
        externalId=None,
        categoryId=FASHION_PRIA,
        subCategoryId=KAOS,
        typeId=KAOS_OBLONG,
        brandId=UNIQLO,
    )


def test_a_price_raised_on_a_thousand_rows_is_checked_once_by_column() -> None:
    table = ProductTable([ProductRow(n + 2, product(n)) for n in range(1000)], store_data=CATALOGUE)
    changes = [(at, "price", "Rp 0" if at == 0 else 90000 + at) for at in range(0, 1000, 10)]
    with mock.patch.object(table_module, "check_rows", wraps=table_module.check_rows) as by_column:
        reported = table.set_cells(changes)
    assert by_column.call_count == 1
    assert len(by_column.call_args.args[0]) == 100  # the edited rows only
    assert reported == set(range(0, 1000, 10))
    assert table.rows[10].values["price"] == 90010
    assert [i.key for i in table.rows[7].issues] == []  # row 7 was not edited
    assert table.rows[0].status is Status.INVALID  # "Rp 0" is not a positive price
    assert [i.key for i in table.rows[0].issues_for("price")] == ["must_be_positive"]


def test_a_few_rows_edited_are_checked_row_by_row() -> None:
    table = ProductTable([ProductRow(n + 2, product(n)) for n in range(40)], store_data=CATALOGUE)
    with mock.patch.object(table_module, "check_rows", wraps=table_module.check_rows) as by_column:
        table.set_cells([(at, "price", 1000) for at in range(table_module.MANY_ROWS - 1)])
    assert by_column.call_count == 0


def test_two_rows_given_the_same_sku_in_one_paste_are_both_duplicates() -> None:
    table = ProductTable([ProductRow(n + 2, product(n)) for n in range(40)], store_data=CATALOGUE)
    changes = [(at, "sku", f"BARU-{at}") for at in range(40)]
    changes[39] = (39, "sku", "baru-0")  # the same SKU as row 0's, in other letters
    reported = table.set_cells(changes)
    assert [[i.key for i in r.issues] for r in (table.rows[0], table.rows[39])] == [
        ["duplicate_in_sheet"],
        ["duplicate_in_sheet"],
    ]
    assert table.rows[0].status is table.rows[39].status is Status.INVALID
    assert reported == set(range(40))


def test_rows_left_out_of_a_paste_gain_and_lose_their_duplicates() -> None:
    """Row 40 (not pasted over) takes a duplicate from the paste; row 41, the duplicate of row
    1's old SKU, loses it: both are refreshed and reported."""
    cells = [product(n) for n in range(42)]
    cells[41]["sku"] = "KAOS-1"
    table = ProductTable([ProductRow(n + 2, c) for n, c in enumerate(cells)], store_data=CATALOGUE)
    assert table.rows[41].status is Status.INVALID
    changes = [(at, "sku", f"BARU-{at}") for at in range(40)]
    changes[5] = (5, "sku", "KAOS-40")
    reported = table.set_cells(changes)
    assert [i.key for i in table.rows[40].issues] == ["duplicate_in_sheet"]
    assert table.rows[40].status is Status.INVALID
    assert table.rows[41].issues == []
    assert table.rows[41].status is Status.READY
    assert {5, 40, 41} <= reported
