"""Each issue of an opening reaches the window once (memory, issue 16): the batches, each
pickled on its own as the reading child sends them, joined in another process's way
(``pickle.loads`` of each, in order) give the table ``load_rows`` builds in one go, and an
issue repeated down the sheet is one object across batches, not a copy per batch."""

from __future__ import annotations

import pickle
from multiprocessing.reduction import ForkingPickler
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.table import ProductTable
from app.sheets import MappingMemory, row_batches
from app.sheets.header_rows import headers_for
from app.sheets.loading import load_rows, map_columns
from app.sheets.row_batches import BuildOrder, RowBatch, build_in_batches
from tests.sheets.test_row_batches import _ROW, facts, sheet


@pytest.fixture(autouse=True)
def tiny_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(row_batches, "FIRST_BATCH_ROWS", 3)
    monkeypatch.setattr(row_batches, "BUILD_ROWS", 5)
    monkeypatch.setattr(row_batches, "BATCH_ROWS", 2)


def sent(raw: Any, order: BuildOrder) -> list[bytes]:
    """The batches as the child's connection pickles them."""
    return [bytes(ForkingPickler.dumps(b)) for b in build_in_batches(raw, order)]


@settings(max_examples=60, deadline=None)
@given(specs=st.lists(_ROW, max_size=30), hidden=st.sets(st.integers(2, 31), max_size=5))
def test_batches_pickled_one_by_one_join_into_the_plain_table(
    specs: list[Any], hidden: set[int]
) -> None:
    raw = sheet(specs, hidden)
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory())
    expected = load_rows(raw, 1, colmap).table
    joined = ProductTable()
    for data in sent(raw, BuildOrder(1, colmap)):
        batch: RowBatch = pickle.loads(data)
        joined.append_rows(batch.rows, checked=True)
    assert facts(joined) == facts(expected)
    # and pickled again (the session, the undo): plain rows, the same facts
    assert facts(pickle.loads(pickle.dumps(joined))) == facts(expected)


def test_an_issue_repeated_down_the_sheet_is_one_object_in_the_window() -> None:
    raw = sheet([[("price", "gratis")] for _ in range(9)], set())
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory())
    rows = [r for data in sent(raw, BuildOrder(1, colmap)) for r in pickle.loads(data).rows]
    assert len(rows) == 9  # five batches of at most two rows
    prices = [next(i for i in r.local_issues if i.field == "price") for r in rows]
    assert prices[0].key and all(p is prices[0] for p in prices)
    assert prices[0].params == {"value": "gratis"}


def test_a_batch_whose_earlier_batch_was_lost_is_refused_not_misread() -> None:
    raw = sheet([[("price", "gratis")], [("price", "-5")]] * 3, set())
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory())
    first, second, *_ = sent(raw, BuildOrder(1, colmap))
    with pytest.raises(pickle.UnpicklingError, match="issues"):
        pickle.loads(second)  # it names the first batch's issues by number
    pickle.loads(first)
    assert pickle.loads(second).rows  # in order: read


def test_the_window_keeps_the_sheet_rows_that_came_with_the_cells() -> None:
    """The sheet's rows reach the window twice (read, then with their checked rows): the
    window keeps the second copy, whose texts are the cells' own objects, and the sheet reads
    exactly as before; a row that is not the same is left alone."""
    raw = sheet([[], [("price", "gratis")], "empty", []], set())
    # each text its own object, as a reader makes them (literals would be one already)
    raw.rows = [
        (n, [(v + ".")[:-1] if isinstance(v, str) else v for v in vs]) for n, vs in raw.rows
    ]
    colmap = map_columns(headers_for(raw, 0, 1), MappingMemory())
    window = pickle.loads(pickle.dumps(raw))  # what the window got when the sheet was read
    window.rows[4] = (5, ["changed since", *window.rows[4][1][1:]])
    before = list(window.rows)
    rows = []
    for data in sent(raw, BuildOrder(1, colmap)):
        batch: RowBatch = pickle.loads(data)
        batch.keep_sheet_rows(window)
        rows.extend(batch.rows)
    assert window.rows == before
    assert [r.sheet_row for r in rows] == [2, 3, 5]
    name = colmap.mapped[0].index  # the name column
    for row in rows[:2]:
        place = (row.sheet_row or 0) - 1  # the header is the first of the sheet's rows
        assert row.cells["name"] is window.rows[place][1][name]
    assert rows[2].cells["name"] is not window.rows[4][1][name]  # not the same row: left
    first, second = window.rows[1][1], window.rows[2][1]  # sheet rows 2 and 3, kept
    repeated = [c for c, v in enumerate(first) if isinstance(v, str) and v == second[c]]
    assert repeated and all(first[c] is second[c] for c in repeated)  # short texts: once
