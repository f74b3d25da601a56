"""The links a sheet check starts with: kept row by row (``SheetLinks``) they are exactly
``links_of`` over the table, whatever rows were put in, changed and taken out meanwhile."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.table import ProductRow
from app.photos.links import SheetLinks, links_of, row_links

_LINK = st.sampled_from(
    ["https://a.example/1.jpg", "https://a.example/2.jpg", "https://b.example/x.png", 7, None]
)
_VALUE = st.one_of(st.none(), st.just("not a list"), st.lists(_LINK, max_size=3))
_ROW = st.fixed_dictionaries({"photos": _VALUE, "officialBanners": _VALUE, "name": _VALUE})
_STEP = st.one_of(
    st.tuples(st.just("put"), st.integers(0, 30), st.lists(_ROW, min_size=1, max_size=4)),
    st.tuples(st.just("take"), st.integers(0, 30), st.integers(1, 3)),
    st.tuples(st.just("change"), st.integers(0, 30), _ROW),
    st.tuples(
        st.just("ask"),
    ),
    st.tuples(st.just("table"), st.lists(_ROW, max_size=4)),
)


def _row(values: dict[str, Any]) -> ProductRow:
    return ProductRow(None, {}, dict(values))


def _plain(rows: list[ProductRow]) -> list[str]:
    """Every row's cells looked at, one link at a time (what the check used to do)."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in ("photos", "officialBanners"):
            value = row.values.get(key)
            if isinstance(value, list):
                for link in value:
                    if isinstance(link, str):
                        seen.setdefault(link, None)
    return list(seen)


def test_a_rows_links_in_the_fields_order_only_texts() -> None:
    row = _row({"photos": ["p1", 3, "p2"], "officialBanners": ["b1"], "name": ["n"]})
    assert row_links(row) == ("p1", "p2", "b1")
    assert row_links(_row({"photos": "p1"})) == ()
    assert links_of([row, _row({"photos": ["b1", "p3"]})]) == ["p1", "p2", "b1", "p3"]


@settings(max_examples=300, deadline=None)
@given(start=st.lists(_ROW, max_size=6), streamed=st.booleans(), steps=st.lists(_STEP, max_size=20))
def test_kept_links_are_the_links_of_the_table(
    start: list[dict[str, Any]], streamed: bool, steps: list[tuple[Any, ...]]
) -> None:
    rows = [] if streamed else [_row(v) for v in start]
    kept = SheetLinks()
    kept.reset(rows)
    if streamed:  # an opening: an empty table, then its rows as they arrive
        rows.extend(_row(v) for v in start)
        kept.put_in(rows, 0, len(rows) - 1)
    for step in steps:
        kind = step[0]
        if kind == "put":
            at = step[1] % (len(rows) + 1)
            rows[at:at] = [_row(v) for v in step[2]]
            kept.put_in(rows, at, at + len(step[2]) - 1)
        elif kind == "take" and rows:
            at = step[1] % len(rows)
            last = min(len(rows) - 1, at + step[2] - 1)
            kept.taking_out(at, last)
            del rows[at : last + 1]
        elif kind == "change" and rows:
            at = step[1] % len(rows)
            rows[at].values = dict(step[2])
            kept.update(rows, {at})
        elif kind == "ask":
            assert kept.links(rows) == links_of(rows) == _plain(rows)
        elif kind == "table":
            rows = [_row(v) for v in step[1]]
            kept.reset(rows)
    assert kept.links(rows) == links_of(rows) == _plain(rows)
    tables = sum(1 for step in steps if step[0] == "table")
    assert kept.passes <= (0 if streamed else 1) + tables  # followed, not read again
