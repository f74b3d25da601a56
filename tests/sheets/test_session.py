"""The working session's file format: cell values through JSON, edits and store answers kept
and laid back over a fresh table. No Qt: the format lives in ``app.sheets.session``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.parsing import CellError
from app.catalog.status import Status
from app.catalog.table import ProductRow
from app.sheets.session import (
    SessionMeta,
    SessionStore,
    change_json,
    compact_json,
    decode,
    encode,
    restore,
    row_state,
    snapshot,
    state_json,
)
from tests.gui.samples import messy_table


def test_cell_values_survive_json() -> None:
    values = [
        None,
        True,
        3,
        2.5,
        "Rp 1.000",
        CellError("#N/A"),
        dt.datetime(2025, 1, 2, 3, 4),
        dt.date(2025, 1, 2),
        {"1": "https://a.b/c.jpg", "2": None},
    ]
    assert [decode(encode(v)) for v in values] == values


def test_session_keeps_edits_and_store_answers(tmp_path: Path) -> None:
    table = messy_table()
    table.set_cell(4, "condition", "Bekas")
    table.set_store_result(0, Status.LIVE, product_id="p-1", batch_id="b-1")
    meta = SessionMeta(str(tmp_path / "x.xlsx"), "Produk", 3)
    store = SessionStore(tmp_path / "sessions")
    store.save(meta.key, snapshot(meta, table, [table.rows[0], table.rows[4]], False))
    data = store.load(meta.key)
    assert data is not None
    back = restore(messy_table(), data)
    assert back.rows[4].cells["condition"] == "Bekas"
    assert back.rows[0].status is Status.LIVE
    assert back.rows[0].product_id == "p-1"
    assert not list((tmp_path / "sessions").glob("*.tmp"))


cell_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**40), 2**40),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=8),
        st.dates(),
        st.just(CellError("#DIV/0!")),
    ),
    lambda inner: st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None)
@given(cells=st.dictionaries(st.sampled_from(["name", "price", "photos", "stock"]), cell_values))
def test_a_rows_cells_read_back_from_the_file_as_they_were(cells: dict[str, Any]) -> None:
    """By type first (texts, numbers, parts) and json's way otherwise: a NaN, an infinity, a
    date, an error and nested parts come back as they were, through the file's very text."""
    row = ProductRow(7, dict(cells), status=Status.LIVE)
    text = compact_json({"rows": {"0": state_json(row_state(row))}})
    back = {k: decode(v) for k, v in json.loads(text)["rows"]["0"]["cells"].items()}
    assert _same(back, cells)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and a != a:
        return b != b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def test_a_rows_change_is_laid_over_the_row_the_session_holds(tmp_path: Path) -> None:
    """Only the cells that are not the very values held are logged, and the cells gone; laid
    over the held row when the session is read back (a 1 that became True included)."""
    held = {"name": "Kaos", "stock": 1, "price": "Rp 1.000", "photos": {"1": "https://a.b/1"}}
    row = ProductRow(5, {**held, "stock": True, "weight": "250 gr"}, status=Status.LIVE)
    del row.cells["price"]
    change = change_json(row_state(row), held)
    assert change["set"] == {"stock": True, "weight": "250 gr"}
    assert change["unset"] == ["price"]
    assert "cells" not in change and change["status"] == Status.LIVE.value

    store = SessionStore(tmp_path / "sessions")
    before = ProductRow(5, dict(held), status=Status.PENDING)
    store.save("k", {"version": 1, "rows": {"0": state_json(row_state(before))}})
    store.append("k", lambda: {}, {"changes": {"0": change, "9": change}})  # 9: not held
    back = store.load("k")
    assert back is not None and set(back["rows"]) == {"0"}
    cells = {k: decode(v) for k, v in back["rows"]["0"]["cells"].items()}
    assert _same(cells, row.cells)
    assert back["rows"]["0"]["status"] == Status.LIVE.value
    assert back["rows"]["0"]["sheet_row"] == 5
