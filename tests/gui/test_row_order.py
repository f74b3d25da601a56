"""The grid's order as plain lists: after any mix of rows put in, rows taken out, filters and
sorts, ``every``, ``shown`` and ``where()`` say what a plain recomputation says (the shortcuts
for an unsorted, unfiltered grid included)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.gui.grid.row_order import RowOrder, runs

_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.integers(0, 40), st.integers(1, 3)),
        st.tuples(st.just("remove"), st.integers(0, 40), st.integers(1, 3)),
        st.tuples(st.just("filter"), st.integers(0, 3), st.just(0)),
        st.tuples(st.just("sort"), st.integers(-1, 2), st.booleans()),
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(start=st.integers(0, 12), steps=_STEPS)
def test_the_order_keeps_up_with_rows_filters_and_sorts(
    start: int, steps: list[tuple[str, int, int]]
) -> None:
    labels = itertools.count()
    table = [next(labels) for _ in range(start)]  # a label per table row
    order = RowOrder(len(table))
    expected = list(table)  # every row's label, in the grid's order
    hidden_every = 0  # filter: labels divisible by this are hidden (0: none)

    def accepts(row: int) -> bool:
        return not hidden_every or table[row] % hidden_every != 0

    for action, a, b in steps:
        if action == "insert":
            first = min(a, len(table))
            new = [next(labels) for _ in range(b)]
            table[first:first] = new
            if first == len(table) - b:
                expected += new
            else:
                neighbour = expected.index(table[first - 1]) + 1 if first else None
                at = neighbour if neighbour is not None else expected.index(table[b])
                expected[at:at] = new
            place, passing, commit = order.inserted(first, b, accepts if hidden_every else None)
            assert [table[r] for r in order.shown] == [
                x for x in expected if x not in new and (not hidden_every or x % hidden_every)
            ]  # the rows already shown still show what they showed
            commit()
            assert order.shown[place : place + len(passing)] == passing
        elif action == "remove" and table:
            first = min(a, len(table) - 1)
            last = min(first + b - 1, len(table) - 1)
            for top, bottom in reversed(runs(order.places_of(first, last))):
                order.drop_shown(top, bottom)
            gone = table[first : last + 1]
            del table[first : last + 1]
            expected = [x for x in expected if x not in gone]
            order.removed(first, last)
        elif action == "filter":
            hidden_every = a
            order.take(order.every, order.passing(accepts if hidden_every else None))
        elif action == "sort":
            if a < 0:
                expected = list(table)
                order.take(*order.sorted_by(None, False))
            else:
                keys = [label % (a + 2) for label in table]
                by_label = dict(zip(table, keys, strict=True))
                expected.sort(key=by_label.__getitem__, reverse=bool(b))
                order.take(*order.sorted_by(keys, bool(b)))
        assert [table[r] for r in order.every] == expected
        shown = [x for x in expected if not hidden_every or x % hidden_every]
        assert [table[r] for r in order.shown] == shown
        where = order.where()
        assert len(where) == len(table)
        assert all(
            where[r] == (order.shown.index(r) if r in order.shown else -1)
            for r in range(len(table))
        )
        assert order.places(list(range(len(table)))) == where
