"""The brand names to search come out the same from one row per distinct brand cell as from
every row (``store_data.distinct_brand_cells``, a fast path of ``validate``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.catalog.category_names import brand_names_to_search
from app.catalog.store_data import BrandBook, Entry
from app.cli.store_data import distinct_brand_cells

NAMES = ["Erigo", "erigo ", "ERIGO", "Eiger", "Uniqlo", "Merek Baru", "", " ", "-", "Tidak Ada"]
IDS = ["addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea", "43635dcb-2c2b-509d-a575-ccb7edd25a07"]
VALUES = st.one_of(
    st.sampled_from(NAMES + IDS),
    st.text(max_size=12),
    st.integers(-3, 3),
    st.sampled_from([0.0, -0.0, 1.0, 2.5, float("nan"), True, False, None]),
    st.just(dt.date(2024, 5, 1)),
)
UNIQLO = Entry("addcaa1b-8cdb-4c9a-9e5d-8b0fbbacfaea", "Uniqlo")
BOOK = BrandBook({UNIQLO.id: UNIQLO}, searched={"merek baru"})


@given(st.lists(st.one_of(VALUES, st.none()), max_size=60), st.booleans())
def test_the_names_are_those_of_every_row(values: list[Any], with_book: bool) -> None:
    rows = [{"brandId": v, "name": "Kaos"} if v is not None else {"name": "Kaos"} for v in values]
    book = BOOK if with_book else None
    assert brand_names_to_search(distinct_brand_cells(rows), book) == brand_names_to_search(
        rows, book
    )


def test_one_row_per_distinct_cell() -> None:
    rows = [{"brandId": v} for v in ["Erigo", "Erigo", 1, 1.0, True, "1", None]] + [{}]
    assert [r.get("brandId") for r in distinct_brand_cells(rows)] == [
        "Erigo",
        1,
        1.0,
        True,
        "1",
        None,
    ]
