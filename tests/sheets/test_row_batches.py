"""The window's child checks a sheet's rows a piece at a time and sends them in batches; joined
in the window (``append_rows(checked=True)``) they must be the table ``load_rows`` builds in one
go: the same rows in the same order, no row twice, the same values, issues (duplicates across
pieces included), statuses read back from a results column, hidden marks — and every batch
announces the final row count. The piece and batch sizes are made tiny here so that a few
dozen rows cross every boundary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.table import ProductTable
from app.sheets import MappingMemory, RawSheet, row_batches
from app.sheets.header_rows import headers_for
from app.sheets.loading import load_rows, map_columns
from app.sheets.matching import STATUS
from app.sheets.row_batches import BuildOrder, build_in_batches
from tests.gui.samples import HEADERS, good_row

BLANKS = (None, "", "   ")
#: what a cell of a generated row may be changed to (a blank, a clashing SKU, a bad price)
_CHANGE = st.one_of(
    st.tuples(st.just("blank"), st.sampled_from(BLANKS)),
    st.tuples(st.just("sku"), st.sampled_from(["SKU-1", "SKU-2", " sku-1 "])),
    st.tuples(st.just("price"), st.sampled_from(["gratis", "-5", "Rp 12.500"])),
    st.tuples(st.just("status"), st.sampled_from(["Tayang", "live", "Gagal", ""])),
)
_ROW = st.one_of(
    st.just("empty"),  # a blank line between products
    st.lists(_CHANGE, max_size=3),
)


def sheet(specs: list[Any], hidden: set[int]) -> RawSheet:
    rows: list[tuple[int, list[Any]]] = [(1, [*HEADERS, STATUS])]
    for n, spec in enumerate(specs, start=2):
        values: list[Any] = [*good_row(n), ""]
        if spec == "empty":
            values = [None] * len(values)
        else:
            for what, value in spec:
                if what == "blank":
                    values[0] = values[1] = value  # no name, no SKU
                    if value is None:
                        values = [None] * len(values)
                elif what == "sku":
                    values[1] = value
                elif what == "price":
                    values[2] = value
                else:
                    values[-1] = value
        rows.append((n, values))
    raw = RawSheet("Produk", Path("produk.xlsx"), rows)
    raw.hidden_rows = frozenset(hidden)
    return raw


def generated(values: dict[str, Any], row: Any) -> dict[str, Any]:
    """A generated externalId is random: only that it was generated is compared."""
    if row.external_id_generated:
        return {**values, "externalId": "<generated>"}
    return values


def facts(table: ProductTable) -> list[tuple[Any, ...]]:
    return [
        (
            r.sheet_row,
            generated(r.cells, r),
            generated(r.values, r),
            r.status,
            r.hidden,
            [(i.field, i.key, sorted(i.params.items(), key=str)) for i in r.issues],
        )
        for r in table.rows
    ]


@pytest.fixture(autouse=True)
def tiny_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(row_batches, "FIRST_BATCH_ROWS", 3)
    monkeypatch.setattr(row_batches, "BUILD_ROWS", 5)
    monkeypatch.setattr(row_batches, "BATCH_ROWS", 2)


@settings(max_examples=60, deadline=None)
@given(
    specs=st.lists(_ROW, max_size=30),
    hidden=st.sets(st.integers(2, 31), max_size=5),
    include_hidden=st.booleans(),
)
def test_batches_joined_are_the_table_built_in_one_go(
    specs: list[Any], hidden: set[int], include_hidden: bool
) -> None:
    raw = sheet(specs, hidden)
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory())
    expected = load_rows(raw, 1, colmap, include_hidden=include_hidden).table

    joined = ProductTable()
    batches = build_in_batches(raw, BuildOrder(1, colmap, include_hidden=include_hidden))
    totals: list[int] = []
    for batch in batches:
        assert 0 < len(batch.rows) <= 3
        joined.append_rows(batch.rows, checked=True)
        totals.append(batch.total)

    assert facts(joined) == facts(expected)
    assert set(totals) <= {len(expected)}  # every batch says how many rows will come


def test_a_sheet_whose_rows_are_all_blank_sends_no_batch() -> None:
    raw = sheet(["empty", [("blank", None)], "empty"], set())
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory())
    assert list(build_in_batches(raw, BuildOrder(1, colmap))) == []


def test_a_batch_arrives_with_its_repeated_texts_and_issues_held_once() -> None:
    """The child shares them before it sends: one pickled batch carries each once, so the
    window's rows share them without hashing anything on the window's thread."""
    import pickle

    raw = sheet([[("price", "gratis")], [("price", "gratis")]], set())
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory())
    (batch,) = list(build_in_batches(raw, BuildOrder(1, colmap)))  # 2 rows: one batch
    first, second = pickle.loads(pickle.dumps(batch)).rows
    shared = [k for k, v in first.cells.items() if isinstance(v, str) and v == second.cells[k]]
    assert shared and all(first.cells[k] is second.cells[k] for k in shared)
    price = next(i for i in first.local_issues if i.field == "price")
    assert any(i is price for i in second.local_issues)
