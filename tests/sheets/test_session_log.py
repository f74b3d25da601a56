"""The session's edit log: each edit on disk at once, laid over the last written session,
compacted away when the session is written, torn last lines left out, discarded with it."""

from __future__ import annotations

from pathlib import Path

from app.catalog.table import ProductTable
from app.sheets.session import SessionMeta, SessionStore, restore, row_json, snapshot
from tests.jobs.rows import product_cells


def test_the_edit_log_is_replayed_compacted_and_discarded(tmp_path: Path) -> None:
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(3))])
    store = SessionStore(tmp_path / "sessions")
    meta = SessionMeta(str(tmp_path / "toko.xlsx"), "Produk", 1)

    def header() -> dict[str, object]:
        return snapshot(meta, table, (), False)

    table.set_cell(1, "name", "Sebelum crash")
    store.append(meta.key, header, {"rows": {"1": row_json(table.rows[1])}})
    assert not store.file_for(meta.key).exists()  # no session written yet: the log alone
    found = store.latest_unclosed()
    assert found is not None and found[0] == meta.key
    fresh = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(3))])
    assert restore(fresh, found[1]).rows[1].cells["name"] == "Sebelum crash"

    store.save(meta.key, snapshot(meta, table, [table.rows[1]], False, closed=True))
    assert not store.log_for(meta.key).exists()  # compacted into the session
    table.set_cell(2, "name", "Sesudah simpan")
    store.append(meta.key, header, {"rows": {"2": row_json(table.rows[2])}})
    with store.log_for(meta.key).open("a", encoding="utf-8") as log:
        log.write('{"rows": {"0": {"sheet')  # the crash cut the last line
    data = store.load(meta.key)
    assert data is not None and not data["closed"] and sorted(data["rows"]) == ["1", "2"]
    fresh = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(3))])
    names = [r.cells["name"] for r in restore(fresh, data).rows]
    assert names[1:] == ["Sebelum crash", "Sesudah simpan"]

    store.discard(meta.key)
    assert store.load(meta.key) is None and not store.log_for(meta.key).exists()


def test_an_entry_after_a_line_a_crash_cut_short_is_kept(tmp_path: Path) -> None:
    """The crash cut the log's last line; the restored window's next edit starts a line of
    its own instead of being glued to the torn one (and dropped with it on replay)."""
    store = SessionStore(tmp_path / "sessions")
    first = {"sheet_row": 2, "cells": {"name": "Kaos"}}
    store.append("k", lambda: {"version": 1, "rows": {}}, {"rows": {"0": first}})
    log = store.log_for("k")
    with log.open("a", encoding="utf-8") as torn:
        torn.write('{"at":1,"rows":{"1":{"sheet_')
    later = {"sheet_row": 4, "cells": {"name": "Topi"}}
    store.append("k", lambda: {}, {"rows": {"2": later}})
    back = store.load("k")
    assert back is not None and back["rows"] == {"0": first, "2": later}
