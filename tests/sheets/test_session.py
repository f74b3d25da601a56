"""The working session's file format: cell values through JSON, edits and store answers kept
and laid back over a fresh table. No Qt: the format lives in ``app.sheets.session``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.catalog.parsing import CellError
from app.catalog.status import Status
from app.sheets.session import SessionMeta, SessionStore, decode, encode, restore, snapshot
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
