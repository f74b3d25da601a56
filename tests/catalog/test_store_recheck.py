"""Every row checked again against new store data in pieces (``app.catalog.store_recheck``)
ends exactly as the one-piece ``use_store_data`` leaves the table — with edits, undos, rows
added and taken out between the pieces: the same values, problems (both languages), duplicate
problems and statuses, row by row, in the same order."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import ProductTable
from app.catalog.issues import Issue
from app.catalog.store_data import BrandBook, StoreData
from app.catalog.store_recheck import StoreRecheck, begin, checks_every_row
from tests.catalog.fast_cells import cell_rows, references
from tests.catalog.store_trees import CATALOGUE, STORE, UNIQLO, row

#: (what the rows were checked with, what arrives): each checks every row again
CHANGES = [(None, STORE), (None, CATALOGUE), (CATALOGUE, STORE), (STORE, CATALOGUE), (STORE, None)]


def _fewer_brands() -> StoreData:
    """STORE before a brand search found Uniqlo: the same tree and warehouses."""
    book = BrandBook()
    book.add("nikee", [])
    return dataclasses.replace(STORE, brands=book)


#: brands added to the book: only the rows whose brand cell reads differently are checked,
#: split into pieces when there are ``split_from`` of them or more
BRANDS_FOUND = (_fewer_brands(), STORE)


def ids() -> Callable[[], str]:
    counter = itertools.count()
    return lambda: f"gen-{next(counter)}"


def shown(issues: list[Issue]) -> list[Any]:
    return [(i.field, i.key, i.level, i.params, i.message("en"), i.message("id")) for i in issues]


def state(table: ProductTable) -> list[Any]:
    return [
        (
            r.sheet_row,
            repr(r.cells),
            [(k, repr(v)) for k, v in r.values.items()],
            shown(r.local_issues),
            shown(r.duplicate_issues),
            r.status,
        )
        for r in table.rows
    ]


def table_of(rows: list[dict[str, Any]], store: StoreData | None) -> ProductTable:
    return ProductTable.from_cells(
        [(n + 2, cells) for n, cells in enumerate(rows)],
        store_data=store,
        store_id="toko-1",
        id_factory=ids(),
    )


edit_keys = st.sampled_from(["brandId", "categoryId", "sku", "externalId", "price", "stock"])
steps = st.lists(
    st.one_of(
        st.tuples(st.just("piece")),
        st.tuples(st.just("edit"), st.integers(0, 50), edit_keys, references),
        st.tuples(st.just("edit"), st.integers(0, 50), st.just("sku"), st.just("KAOS-1")),
        st.tuples(st.just("remove"), st.integers(0, 50)),
        st.tuples(st.just("insert"), st.integers(0, 50), st.just(row(brandId=UNIQLO))),
    ),
    max_size=12,
)


def run(table: ProductTable, step: tuple[Any, ...], recheck: StoreRecheck | None) -> None:
    kind = step[0]
    if kind == "piece":
        if recheck is not None and not recheck.done:
            start, stop = next(recheck.pieces(recheck.applied))
            recheck.apply(start, recheck.check(start, stop))
    elif not table.rows and kind != "insert":
        return
    elif kind == "edit":
        table.set_cell(step[1] % len(table.rows), step[2], step[3])
    elif kind == "remove":
        table.remove_rows([step[1] % len(table.rows)])
    else:
        table.insert_row(step[1] % (len(table.rows) + 1), step[2])


@settings(max_examples=150, deadline=None)
@given(
    rows=cell_rows,
    change=st.sampled_from([*CHANGES, BRANDS_FOUND]),
    steps=steps,
    piece=st.integers(1, 4),
    checked_ahead=st.booleans(),
)
def test_pieces_with_edits_between_them_end_as_the_one_piece_recheck(
    rows: list[dict[str, Any]],
    change: tuple[StoreData | None, StoreData | None],
    steps: list[tuple[Any, ...]],
    piece: int,
    checked_ahead: bool,
) -> None:
    old, new = change
    plain, pieces = table_of(rows, old), table_of(rows, old)
    assert state(plain) == state(pieces)
    plain.use_store_data(new)
    began = begin(pieces, new, piece=piece, split_from=1)
    if not isinstance(began, StoreRecheck):  # brands found that no row names: nothing to split
        assert change is BRANDS_FOUND and began == set()
        for step in steps:
            run(plain, step, None)
            run(pieces, step, None)
        assert state(pieces) == state(plain)
        return
    assert pieces.store_data is new
    # a worker may have checked every piece before any edit came (its results then stale)
    ahead = [(a, began.check(a, b)) for a, b in began.pieces()] if checked_ahead else None
    for step in steps:
        run(plain, step, None)
        if ahead is not None and step[0] == "piece":
            if ahead:
                start, results = ahead.pop(0)
                began.apply(start, results)
        else:
            run(pieces, step, began)
    for start, results in ahead or ():
        began.apply(start, results)
    began.finish()
    assert began.done
    assert state(pieces) == state(plain)


def test_an_edit_before_its_piece_is_applied_wins() -> None:
    """The piece was checked from the cells before the edit: its result for that row is
    dropped and the row is checked with the new data as edited."""
    rows = [row(sku=f"KAOS-{n}", brandId="Nikee") for n in range(4)]
    table = table_of(rows, None)
    recheck = begin(table, STORE, piece=2)
    assert isinstance(recheck, StoreRecheck)
    results = [(a, recheck.check(a, b)) for a, b in recheck.pieces()]
    table.set_cell(1, "brandId", "Uniqlo")  # after the worker copied and checked the row
    for start, checked in results:
        recheck.apply(start, checked)
    assert table.rows[1].values["brandId"] == UNIQLO
    assert not table.rows[1].issues_for("brandId")
    assert table.rows[0].issues_for("brandId")  # "Nikee" is no brand of the store


def test_a_brand_search_is_not_split_and_deletions_are_left_alone() -> None:
    table = table_of([row(brandId="Uniqlo")], STORE)
    assert not checks_every_row(table, STORE)
    assert begin(table, STORE) == set()
    deleting = ProductTable.from_cells([(2, row())], purpose="delete")
    assert not checks_every_row(deleting, STORE)
    assert begin(deleting, STORE) == set()


def test_pieces_are_applied_in_order() -> None:
    rows = [row(sku=f"KAOS-{n}", brandId="Uniqlo" if n else "Nikee") for n in range(3)]
    table, plain = table_of(rows, None), table_of(rows, None)
    recheck = begin(table, STORE, piece=1)
    assert isinstance(recheck, StoreRecheck)
    with pytest.raises(ValueError, match="out of order"):
        recheck.apply(1, recheck.check(1, 2))
    assert recheck.finish() == {0, 1, 2}
    plain.use_store_data(STORE)
    assert state(table) == state(plain)
    assert [bool(r.issues_for("brandId")) for r in table.rows] == [True, False, False]


def test_a_brand_search_that_changes_many_rows_is_split_into_those_rows() -> None:
    """A sheet naming a brand the search found: its rows (not the others) are checked in
    pieces, and end as the one-piece check leaves them."""
    rows = [row(sku=f"KAOS-{n}", brandId="Uniqlo" if n % 2 else "Nikee") for n in range(6)]
    old, new = BRANDS_FOUND
    table, plain = table_of(rows, old), table_of(rows, old)
    assert table.rows[1].issues_for("brandId")  # Uniqlo not in the book yet
    assert begin(table_of(rows, old), new, split_from=4) != set()  # 3 rows: at once
    recheck = begin(table, new, piece=2, split_from=3)
    assert isinstance(recheck, StoreRecheck)
    assert [r.cells["sku"] for r in recheck.rows] == ["KAOS-1", "KAOS-3", "KAOS-5"]
    recheck.finish()
    plain.use_store_data(new)
    assert state(table) == state(plain)
    assert table.rows[1].values["brandId"] == UNIQLO and not table.rows[1].issues_for("brandId")
