"""The duplicate index keeps a value held by one row as the row itself (memory, issue 16):
after any edits, insertions and removals the duplicate problems are those of a table built
from scratch from the same cells, naming the same other row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.same_values import SameValues
from app.catalog.table import ProductTable

skus = st.sampled_from(["TK-1", "tk-1", " TK-1 ", "TK-2", "", "TK-3"])
ids = st.sampled_from(["a", "b", " a", "c"])
ops = st.lists(
    st.one_of(
        st.tuples(st.just("sku"), st.integers(0, 30), skus),
        st.tuples(st.just("externalId"), st.integers(0, 30), ids),
        st.tuples(st.just("insert"), st.integers(0, 30), skus),
        st.tuples(st.just("remove"), st.integers(0, 30), st.just("")),
    ),
    max_size=12,
)


def duplicates(table: ProductTable) -> list[list[tuple[str | None, object, object]]]:
    return [
        [(i.field, i.params["value"], i.params["other"]) for i in r.duplicate_issues]
        for r in table.rows
    ]


@settings(max_examples=80, deadline=None)
@given(first=st.lists(st.tuples(skus, ids), min_size=1, max_size=6), steps=ops)
def test_duplicates_after_edits_are_those_of_a_fresh_table(
    first: list[tuple[str, str]], steps: list[tuple[str, int, str]]
) -> None:
    table = ProductTable.from_cells(
        (n + 2, {"name": "Kaos", "sku": s, "externalId": e}) for n, (s, e) in enumerate(first)
    )
    made = len(first) + 2
    for what, at, value in steps:
        if what == "insert":
            made += 1  # a distinct sheet row: "the other row" is never a tie
            table.insert_row(at % (len(table) + 1), {"name": "Kaos", "sku": value}, made)
        elif what == "remove":
            if len(table) > 1:
                table.remove_rows([at % len(table)])
        else:
            table.set_cell(at % len(table), what, value)
    fresh = ProductTable.from_cells((r.sheet_row, dict(r.cells)) for r in table.rows)
    assert duplicates(table) == duplicates(fresh)
    assert [r.status for r in table.rows] == [r.status for r in fresh.rows]


def test_one_row_is_kept_as_itself_and_several_in_the_order_added() -> None:
    held: SameValues[object] = SameValues()
    a, b, c = object(), object(), object()
    held.add("x", a)
    held.add("x", a)
    assert held.rows("x") == [a] and list(held.groups()) == []
    held.add("x", b)
    held.add("x", c)
    assert held.rows("x") == [a, b, c] and list(held.groups()) == [[a, b, c]]
    assert held.remove("x", b) == [a, c]
    assert held.remove("x", a) == [c] and list(held.groups()) == []
    assert held.remove("x", b) == [c]  # not held: the others are still named
    assert held.remove("x", c) == [] and held.rows("x") == [] and len(held) == 0
