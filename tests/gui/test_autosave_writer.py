"""The autosave's files written by its writer thread hold exactly what writing each entry on the
GUI thread held: the same lines in the same order, each row as it was when the entry was handed
over (not as it is when the thread gets to it), the session file the same; an edit of the
merchant's is on disk when the slot returns."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.gui.grid.model import ProductModel
from app.gui.workbook.autosave import EDIT_ROWS, Autosave
from app.sheets.session import (
    SessionMeta,
    SessionStore,
    change_json,
    row_json,
    row_state,
    snapshot,
)
from tests.jobs.rows import product_cells


def _lines(path: Path) -> list[dict[str, Any]]:
    """The log's entries without their clock ("at", and the header's "saved_at")."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        entry.pop("at", None)
        if "meta" in entry:
            entry["meta"].pop("saved_at")
        if "full" in entry:
            entry["full"].pop("saved_at")
        found.append(entry)
    return found


def _unclocked(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "saved_at"}


def test_the_writer_thread_writes_what_the_gui_thread_would_have(
    qtbot: Any, tmp_path: Path
) -> None:
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(150))])
    model = ProductModel(table)
    store = SessionStore(tmp_path / "sessions")
    meta = SessionMeta(str(tmp_path / "toko.xlsx"), "Produk", 1, [(0, "name", None)])
    autosave = Autosave(store)
    autosave.attach(model, meta)
    log = store.log_for(meta.key)
    expected: list[dict[str, Any]] = []
    gate = threading.Event()

    def busy() -> None:
        gate.wait(30)

    autosave.writer.hand_over(busy)  # the thread is busy: the entries queue
    try:
        # the store's answers for a batch of an upload (more rows than an edit): handed over
        answered = range(EDIT_ROWS + 36)
        for i in answered:
            table.rows[i].status, table.rows[i].product_id = Status.LIVE, f"p-{i}"
        expected.append({"meta": _unclocked(snapshot(meta, table, (), False))})
        expected.append({"rows": {str(i): row_json(table.rows[i]) for i in answered}})
        model.announce(set(answered))
        # the merchant edits a row of that batch: a small entry, after the batch
        held = dict(table.rows[5].cells)  # the batch's entry holds them: only the name goes
        assert model.edit([(5, "name", "Kaos Polos Baru")], "edit")
        change = change_json(row_state(table.rows[5]), held)
        assert change["set"] == {"name": "Kaos Polos Baru"}
        expected.append({"changes": {"5": change}})
        # a row added: the whole session, with the rows changed so far
        touched: list[set[int]] = []
        model.changed.connect(touched.append)
        added = ProductTable.from_cells([(None, product_cells(1)[0])]).rows[0]
        model.insert_rows(3, [added])
        full = snapshot(meta, table, [*table.rows[: len(answered) + 1]], True)
        expected.append({"full": _unclocked(full)})
        # the rows the added one's checks touched: the whole entry holds their cells already
        in_the_entry = range(len(answered) + 1)
        assert touched[-1] and set(touched[-1]) <= set(in_the_entry)
        changes = {
            str(i): change_json(row_state(table.rows[i]), table.rows[i].cells) for i in touched[-1]
        }
        assert all("set" not in c and "unset" not in c for c in changes.values())
        expected.append({"changes": changes})
        # none of them is on disk yet: the writer is still busy with the first write
        assert not log.exists()
        table.rows[6].status = Status.FAILED  # changed after it was handed over
    finally:
        gate.set()
    autosave.writer.wait()
    assert _lines(log) == expected
    assert '"name":"Kaos Polos Baru"' in log.read_text(encoding="utf-8")

    # the timer's write of the session, by the thread: the session as it was then
    table.rows[6].status = Status.LIVE
    wanted = _unclocked(snapshot(meta, table, autosave._changed.values(), True))
    with qtbot.waitSignal(autosave.saved, timeout=10_000) as saved:
        autosave._timer.timeout.emit()
        table.rows[6].status = Status.FAILED  # too late for that write
    assert saved.args == [str(store.file_for(meta.key))]
    assert _unclocked(json.loads(store.file_for(meta.key).read_text("utf-8"))) == wanted
    assert not log.exists()  # compacted into the session

    # an edit with nothing waiting: on disk when the slot returns, the log started afresh
    autosave.writer.wait()  # the save's write is over (its signal comes just before)
    held = dict(table.rows[7].cells)  # as the session file holds them
    assert model.edit([(7, "name", "Kemeja Batik")], "edit")
    lines = _lines(log)
    assert lines[-1] == {"changes": {"7": change_json(row_state(table.rows[7]), held)}}
    assert lines[-1]["changes"]["7"]["set"] == {"name": "Kemeja Batik"}
    assert [next(iter(e)) for e in lines] == ["meta", "changes"]
    autosave.close()
    data = store.load(meta.key)
    assert data is not None and data["closed"]
    assert data["rows"]["6"]["status"] == Status.FAILED.value
    assert data["rows"]["7"]["cells"]["name"] == "Kemeja Batik"
