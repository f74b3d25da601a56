"""The autosave's timer writes the session from the rows' states copied when they were
announced (``Autosave._states``), not by copying every changed row again: the file is the same
as a fresh copy of the table would give (every change announced), and no announced row is
copied again at the timer (10,000 of them after an upload's answers, at every timer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.gui.grid.model import ProductModel
from app.gui.workbook.autosave import Autosave
from app.sheets import session
from app.sheets.session import SessionMeta, SessionStore, snapshot
from tests.jobs.rows import product_cells

ROWS = 8

#: one step: ("edit", row, text) a typed name; ("answer", row, status) the store's answer,
#: announced; ("add", row, 0) a row added in the app before ``row``
steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, ROWS - 1), st.sampled_from(["Kaos", "Topi"])),
        st.tuples(
            st.just("answer"),
            st.integers(0, ROWS - 1),
            st.sampled_from([Status.PENDING, Status.LIVE, Status.REJECTED]),
        ),
        st.tuples(st.just("add"), st.integers(0, ROWS - 1), st.just(0)),
    ),
    min_size=1,
    max_size=12,
)


def _unclocked(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "saved_at"}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=steps)
def test_the_timers_session_file_is_a_fresh_copys_without_copying_rows_again(
    qtbot: Any, tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int, Any]]
) -> None:
    folder: Path = tmp_path_factory.mktemp("kept")
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(ROWS))])
    model = ProductModel(table)
    store = SessionStore(folder / "sessions")
    meta = SessionMeta(str(folder / "toko.xlsx"), "Produk", 1, [(0, "name", None)])
    autosave = Autosave(store)
    autosave.attach(model, meta)
    try:
        for kind, at, value in steps:
            if kind == "edit":
                model.edit([(at, "name", f"{value} {at}")], "edit")  # False: the same text
            elif kind == "answer":
                row = table.rows[at]
                row.status, row.product_id = value, f"p-{at}"
                model.announce({at})
            else:
                added = ProductTable.from_cells([(None, product_cells(1)[0])]).rows[0]
                model.insert_rows(at, [added])
        autosave.writer.wait()
        wanted = _unclocked(snapshot(meta, table, autosave._changed.values(), autosave._structure))
        copies: list[object] = []
        real = session.row_state

        def counted(row: Any) -> Any:
            copies.append(row)
            return real(row)

        added_rows = sum(1 for r in table.rows if r.sheet_row is None)
        announced = {id(r) for r, _ in autosave._states.values()}
        session.row_state = counted
        try:
            with qtbot.waitSignal(autosave.saved, timeout=10_000):
                autosave._timer.timeout.emit()
        finally:
            session.row_state = real
        # only the rows added in the app and never announced are copied at the timer
        assert all(id(r) not in announced for r in copies)
        assert len(copies) <= added_rows
        assert _unclocked(json.loads(store.file_for(meta.key).read_text("utf-8"))) == wanted
    finally:
        autosave.detach()


def test_the_timer_writes_a_rows_last_announced_state(qtbot: Any, tmp_path: Path) -> None:
    """Announced twice: the second state is the one written (the first copy is replaced)."""
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(3))])
    model = ProductModel(table)
    store = SessionStore(tmp_path / "sessions")
    meta = SessionMeta(str(tmp_path / "toko.xlsx"), "Produk", 1, [(0, "name", None)])
    autosave = Autosave(store)
    autosave.attach(model, meta)
    table.rows[1].status = Status.PENDING
    model.announce({1})
    table.rows[1].status, table.rows[1].product_id = Status.LIVE, "p-1"
    model.announce({1})
    assert model.edit([(2, "name", "Sarung Tenun")], "edit")
    with qtbot.waitSignal(autosave.saved, timeout=10_000):
        autosave._timer.timeout.emit()
    data = json.loads(store.file_for(meta.key).read_text("utf-8"))
    assert data["rows"]["1"]["status"] == Status.LIVE.value
    assert data["rows"]["1"]["product_id"] == "p-1"
    assert data["rows"]["2"]["cells"]["name"] == "Sarung Tenun"
    assert set(data["rows"]) == {"1", "2"}
    autosave.close()
