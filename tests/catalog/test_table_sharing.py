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
