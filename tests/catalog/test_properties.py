"""Property tests: any cell value parses or yields a Problem, never an exception."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import FIELDS, ProductTable
from app.catalog.parsing import CellError, parse_rupiah
from app.catalog.product import Product
from tests.catalog.seed_rows import SEED_CELLS

cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet="0123456789.,Rp -xX×:;#\n"),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
    st.sampled_from([CellError("#N/A"), CellError("#VALUE!")]),
    st.dictionaries(
        st.sampled_from(["1", "2", "length", "width", "height", "WH-1"]),
        st.one_of(st.none(), st.integers(), st.text(), st.floats()),
    ),
)


@settings(max_examples=300, deadline=None)
@given(value=cells)
def test_every_parser_gives_a_value_or_a_problem(value: Any) -> None:
    for field in FIELDS:
        got = field.parser(value)
        assert (got.value is None) or got.problem is None
        if got.problem is not None:
            assert got.value is None
            assert isinstance(got.problem.key, str)


@settings(max_examples=100, deadline=None)
@given(row=st.fixed_dictionaries({}, optional={f.key: cells for f in FIELDS}))
def test_any_row_validates_without_raising(row: dict[str, Any]) -> None:
    table = ProductTable.from_cells([(2, row)])
    r = table.rows[0]
    for issue in r.issues:
        assert issue.message("en") and issue.message("id")
    if not r.has_errors:
        assert r.payload()["externalId"]


@given(st.integers(min_value=1, max_value=10**12))
def test_rupiah_formats_round_trip(amount: int) -> None:
    dotted = f"{amount:,}".replace(",", ".")
    assert parse_rupiah(amount).value == amount
    assert parse_rupiah(f"Rp {dotted}").value == amount
    assert parse_rupiah(f"Rp{dotted},00").value == amount
    assert parse_rupiah(f"{amount:,}").value == amount
    assert parse_rupiah(float(amount)).value == amount


@settings(max_examples=100, deadline=None)
@given(
    price=st.integers(2, 10**9),
    stock=st.integers(0, 10**6),
    name=st.text(min_size=1).filter(lambda s: s.strip() == s and len(s) <= 255),
    wh=st.booleans(),
)
def test_serialise_then_parse_round_trips(price: int, stock: int, name: str, wh: bool) -> None:
    cells = dict(
        SEED_CELLS[0],
        price=price,
        specialPrice=price - 1,
        name=name,
        stock=None if wh else stock,
        warehouses=f"WH-1:{stock}" if wh else None,
    )
    row = ProductTable.from_cells([(2, cells)]).rows[0]
    assert not row.has_errors, row.issues
    payload = row.payload()
    assert Product.model_validate(payload).payload() == payload
    assert payload["price"] == price and payload["name"] == name
    assert ("stock" in payload) != ("warehouses" in payload)


def test_dates_in_number_fields_are_issues() -> None:
    row = ProductTable.from_cells([(2, dict(SEED_CELLS[0], stock=dt.date(2026, 1, 5)))]).rows[0]
    assert [i.key for i in row.issues_for("stock")] == ["date_not_allowed"]
