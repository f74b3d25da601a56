"""Rows that arrive checked from the reading process keep their repeated short texts and equal
issues once (memory, issue 16): the table ends exactly as the plain one, only without copies."""

from __future__ import annotations

import pickle
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import FIELDS
from app.catalog.table import SHARED_TEXT_LENGTH, ProductRow, ProductTable
from tests.catalog.test_fast_paths import numbers, scalars, urls

cells = st.fixed_dictionaries(
    {},
    optional={
        **{f.key: scalars for f in FIELDS},
        "photos": st.dictionaries(st.sampled_from(["1", "2"]), urls),
        "dimensions": st.fixed_dictionaries(
            {"length": numbers, "width": numbers, "height": numbers}
        ),
    },
)


def shown(table: ProductTable) -> list[str]:
    """Everything the merchant sees of each row (repr: NaN equals NaN here)."""
    return [
        repr((r.sheet_row, r.cells, r.values, r.issues, r.status, r.has_errors)) for r in table.rows
    ]


def streamed(rows: list[ProductRow], batch: int) -> ProductTable:
    """As the window gets them: checked and shared in the reading child, each batch pickled
    on its own, appended in batches."""
    child: list[ProductRow] = pickle.loads(pickle.dumps(rows))  # the child's own rows
    ProductTable().share(child)
    table = ProductTable()
    for start in range(0, len(child), batch):
        sent: list[ProductRow] = pickle.loads(pickle.dumps(child[start : start + batch]))
        table.append_rows(sent, checked=True)
    return table


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(cells, min_size=1, max_size=8), batch=st.integers(1, 4))
def test_a_streamed_table_shows_exactly_what_the_plain_one_shows(
    rows: list[dict[str, Any]], batch: int
) -> None:
    plain = ProductTable.from_cells((n + 2, c) for n, c in enumerate(rows))
    assert shown(streamed(plain.rows, batch)) == shown(plain)


def test_repeated_short_texts_and_equal_issues_are_kept_once() -> None:
    row = {"name": "Kaos Polos", "condition": "Baru", "category": "Fashion Pria", "price": "x"}
    plain = ProductTable.from_cells((n + 2, dict(row)) for n in range(3))
    table = streamed(plain.rows, batch=3)  # one batch: one pickle keeps each shared object once
    first, *others = table.rows
    for other in others:
        assert other.cells["category"] is first.cells["category"]
        assert other.cells["condition"] is first.cells["condition"]
        price = [i for i in other.local_issues if i.field == "price"]
        assert price and price[0] is next(i for i in first.local_issues if i.field == "price")
    long = SHARED_TEXT_LENGTH + 1
    plain = ProductTable.from_cells((n + 2, {"description": "x" * long}) for n in range(2))
    a, b = streamed(plain.rows, batch=2).rows
    assert a.cells["description"] == b.cells["description"]
    assert a.cells["description"] is not b.cells["description"]  # long texts: not looked up


def test_equal_issues_are_shared_and_issues_of_other_params_are_not() -> None:
    """Each issue is looked up with its params (an issue's own hash leaves them out): equal
    issues from different rows become one object, issues of one kind with other params (another
    price, another category) stay apart, and params that do not hash are compared as before."""
    from app.catalog.issues import Issue

    def row(n: int, *issues: Issue) -> ProductRow:
        made = ProductRow(n, {"name": f"Kaos {n}"})
        made.local_issues = list(issues)
        return made

    low = [Issue("price", "too_low", params={"value": v}) for v in (100, 100, 200)]
    odd = [Issue("photos", "bad_url", params={"urls": ["a", "b"]}) for _ in range(2)]
    rows = [row(2, low[0], odd[0]), row(3, low[1], odd[1]), row(4, low[2])]
    ProductTable().share(rows)
    (a, a_odd), (b, b_odd), (c,) = (r.local_issues for r in rows)
    assert a is b and a.params == {"value": 100}  # equal: one object
    assert c is low[2] and c.params == {"value": 200}  # same kind, other params: its own
    assert a_odd is b_odd and a_odd.params == {"urls": ["a", "b"]}  # unhashable params
    assert [r.local_issues for r in rows] == [[low[0], odd[0]], [low[1], odd[1]], [low[2]]]
