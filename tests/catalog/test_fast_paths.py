"""The validation fast paths give exactly what the plain parsers give (issue 16).

A repeated value read from a field's memo, plain text taken as it is, photo columns read
without splitting, three whole-number dimension columns: each must give the same values and
the same issues (the messages the merchant reads) as the parser on its own, in any order of
cells and whatever was read before.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog import FIELDS
from app.catalog.cell_memo import MEMO_KINDS, FieldReader, reader_for
from app.catalog.issues import Issue
from app.catalog.kinds import Kind
from app.catalog.parsing import parse_count, parse_dimensions, parse_urls
from app.catalog.validation import parse_cells

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=3),
    st.sampled_from([0.0, -0.0, 1.0, 2.5, -1.0, float("inf"), float("nan"), 250.0]),
    st.sampled_from(
        ["Ya", "tidak", "Baru", "bekas", " Baru", "Rp 85.000", "85.000,50", "1,2 kg", "250 gr"]
    ),
    st.sampled_from(
        [
            "2fde2994-28a8-4d09-a128-6d744b9e1323",
            "Fashion Pria",
            "Fashion Pria > Kaos",
            "12-34-56-78",
            "Kaos (0e882586-c506-4792-a831-02767a68dae2)",
            "",
            "  ",
            "x" * 33_000,
        ]
    ),
    st.text(max_size=12),
)
urls = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "",
            "https://cdn.tokoku.id/a/1.jpg",
            "HTTP://Toko.ID/foto.png?x=1#y",
            "http://localhost:8000/a.jpg",
            "https://a.id/1.jpg,https://a.id/2.jpg",
            "https://a.id/1.jpg;https://a.id/2.jpg",
            "https://a.id/1.jpg https://a.id/2.jpg",
            "https://a.id/x,y.jpg",
            "foto-produk.jpg",
            "https://nodot/a.jpg",
            " https://a.id/1.jpg",
            "https://a.id/" + "x" * 33_000,
        ]
    ),
    st.integers(),
    st.text(max_size=10),
)
numbers = st.one_of(
    st.none(),
    st.integers(min_value=-5, max_value=50),
    st.sampled_from([17.0, 2.5, -3.0, 0.0, float("inf"), True, "12", "1,5", ""]),
)


def plain_parse_cells(cells: Mapping[str, Any]) -> tuple[dict[str, Any], list[Issue]]:
    """``parse_cells`` as it was: every cell through its field's parser, no memo."""
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    for f in FIELDS:
        raw = cells.get(f.key)
        if raw is None:
            continue
        got = f.parser(raw)
        if got.problem is not None:
            issues.append(Issue(f.key, got.problem.key, params=dict(got.problem.params)))
            values[f.key] = "<invalid>"
            continue
        value = got.value
        if f.max_length and isinstance(value, str) and len(value) > f.max_length:
            issues.append(
                Issue(f.key, "too_long", params={"length": len(value), "limit": f.max_length})
            )
            values[f.key] = "<invalid>"
            continue
        if value is not None:
            values[f.key] = value
    return values, issues


def shown(result: tuple[dict[str, Any], list[Issue]]) -> tuple[dict[str, str], list[Any]]:
    values, issues = result
    return (
        {k: v if v == "<invalid>" else repr(v) for k, v in values.items()},
        [(i.field, i.key, i.params, i.message("en"), i.message("id")) for i in issues],
    )


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                **{f.key: scalars for f in FIELDS},
                "photos": st.dictionaries(st.sampled_from(["1", "2", "10", "x"]), urls),
                "dimensions": st.fixed_dictionaries(
                    {"length": numbers, "width": numbers, "height": numbers}
                ),
            },
        ),
        min_size=1,
        max_size=6,
    )
)
def test_rows_read_through_the_memo_match_the_plain_parsers(rows: list[dict[str, Any]]) -> None:
    for row in rows + rows:  # the second time every value comes from the memo
        assert shown(parse_cells(row)) == shown(plain_parse_cells(row))


def test_a_repeated_value_is_parsed_once() -> None:
    calls: list[Any] = []

    def parser(value: Any) -> Any:
        calls.append(value)
        return parse_count(value)

    read = FieldReader(parser, remembers=True, text=False)
    for _ in range(100):
        assert read.read("12").value == 12
    assert calls == ["12"]


def test_the_memo_keeps_types_apart() -> None:
    """``1``, ``1.0`` and ``True`` are three cells: a Ya/Tidak True is no count."""
    read = reader_for(Kind.COUNT, parse_count)
    assert read(1).value == 1
    assert read(1.0).value == 1
    got = read(True)
    assert got.problem is not None and got.problem.key == "bool_not_allowed"


def test_the_memo_is_bounded() -> None:
    read = FieldReader(parse_count, remembers=True, text=False, size=8)
    for n in range(100):
        assert read.read(str(n)).value == n
        assert len(read.memo) <= 8


def test_only_kinds_with_immutable_values_are_remembered() -> None:
    assert Kind.URLS not in MEMO_KINDS and Kind.TAGS not in MEMO_KINDS
    assert Kind.WAREHOUSES not in MEMO_KINDS and Kind.DIMENSIONS not in MEMO_KINDS


@settings(max_examples=300, deadline=None)
@given(parts=st.dictionaries(st.sampled_from(["1", "2", "3", "10", "utama"]), urls))
def test_photo_columns_read_without_splitting_match_the_full_reading(
    parts: dict[str, Any],
) -> None:
    slow = parse_urls(types.MappingProxyType(parts))  # not a dict: the full reading
    assert parse_urls(parts) == slow


@settings(max_examples=200, deadline=None)
@given(dims=st.fixed_dictionaries({"length": numbers, "width": numbers, "height": numbers}))
def test_whole_number_dimensions_match_the_full_reading(dims: dict[str, Any]) -> None:
    assert parse_dimensions(dims) == parse_dimensions(types.MappingProxyType(dims))


def test_photos_in_part_order_and_a_bad_one_named() -> None:
    got = parse_urls({"10": "https://a.id/10.jpg", "2": "https://a.id/2.jpg", "1": ""})
    assert got.value == ["https://a.id/2.jpg", "https://a.id/10.jpg"]
    bad = parse_urls({"1": "https://a.id/1.jpg", "2": "foto-produk.jpg"})
    assert bad.problem is not None and bad.problem.params == {"value": "foto-produk.jpg"}
