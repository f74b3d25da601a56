"""The table's kept row positions (``RowPlaces``): after any mix of rows added, appended and
removed, every position it gives is the row's real place — what a plain search of the rows
says — and a row taken out is no longer held."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.row_places import MOVES_KEPT, RowPlaces
from app.catalog.table import ProductRow, ProductTable

_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.integers(0, 30), st.integers(1, 3)),
        st.tuples(st.just("append"), st.just(0), st.integers(1, 3)),
        st.tuples(st.just("remove"), st.integers(0, 30), st.just(1)),
        st.tuples(st.just("ask"), st.integers(0, 30), st.just(0)),
    ),
    max_size=MOVES_KEPT + 20,
)


class _Row:
    """A row: only its identity counts (two rows may be equal and still two rows)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Row)

    __hash__ = object.__hash__


def _plain(rows: list[_Row], row: _Row) -> int | None:
    return next((i for i, r in enumerate(rows) if r is row), None)


@settings(max_examples=300, deadline=None)
@given(start=st.integers(0, 10), steps=_STEPS)
def test_kept_places_are_where_the_rows_are(start: int, steps: list[tuple[str, int, int]]) -> None:
    rows = [_Row() for _ in range(start)]
    places = RowPlaces()
    few = len(steps) < MOVES_KEPT  # fewer moves than it keeps: the rows are counted once
    gone: list[_Row] = []
    for action, a, b in steps:
        if action == "insert":
            at = min(a, len(rows))
            new = [_Row() for _ in range(b)]
            rows[at:at] = new
            places.inserted(at, new)
        elif action == "append":
            new = [_Row() for _ in range(b)]
            places.appended(len(rows), new)
            rows.extend(new)
        elif action == "remove" and rows:
            at = min(a, len(rows) - 1)
            gone.append(rows.pop(at))
            places.removed(at, gone[-1])
        elif action == "ask" and rows:
            row = rows[min(a, len(rows) - 1)]
            assert places.find(rows, row) == _plain(rows, row)
    for row in rows:
        assert places.find(rows, row) == _plain(rows, row)
    if few:
        assert places.counts <= 1
    for row in gone:
        assert places.find(rows, row) is None


def test_a_row_added_in_the_app_is_found_where_it_went_and_not_after_it_left() -> None:
    table = ProductTable.from_cells((n + 2, {"sku": f"SKU-{n}", "name": "Kaos"}) for n in range(6))
    first, last = table.rows[0], table.rows[-1]
    assert table.position(last) == 5  # counted
    added = ProductRow(None, {"sku": "SKU-BARU"})
    table.insert_rows(2, [added])
    assert [table.position(r) for r in (first, added, last)] == [0, 2, 6]
    removed, _ = table.take_rows([0])
    assert removed == [(0, first)]
    assert [table.position(r) for r in (added, last)] == [1, 5]
    assert table.position(table.rows[3]) == 3
    assert table._where().counts == 1  # the moves were followed, the rows not counted again
    assert not table.holds(first)


def test_rows_changed_behind_the_tables_back_are_counted_again() -> None:
    table = ProductTable.from_cells((n + 2, {"sku": f"SKU-{n}"}) for n in range(4))
    row = table.rows[3]
    assert table.position(row) == 3
    table.rows.reverse()  # not through the table: the kept places are wrong now
    assert table.position(row) == 0
    assert table.holds(table.rows[2])
