"""A big session is not written again at every pause: the edit log (fsynced) already holds each
change, so the timer compacts only once the log holds at least half as many rows as the session
— after an upload every row is in it, and each typed cell wrote all of them again. What the
session reads back as (file and log) is the table's, at every step; a small session is still
written at each pause."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.gui.workbook import autosave as autosave_module
from app.sheets.session import snapshot
from tests.gui.autosaved import watched
from tests.jobs.rows import product_cells

ROWS = 20


def _unclocked(data: dict[str, Any] | None) -> dict[str, Any]:
    assert data is not None
    return {k: v for k, v in data.items() if k not in ("saved_at", "closed")}


def _typed(value: Any) -> Any:
    """``value`` with every number and yes/no beside its type (1, True and 1.0 are equal)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def test_a_big_session_is_compacted_once_its_log_holds_half_of_it(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave_module, "SMALL_SESSION", 5)
    table, model, store, meta, autosave = watched(tmp_path, ROWS)
    saved: list[str] = []
    autosave.saved.connect(saved.append)
    file, log = store.file_for(meta.key), store.log_for(meta.key)

    def reads_back_as_the_table() -> bool:
        autosave.writer.wait()
        wanted = snapshot(meta, table, autosave._changed.values(), autosave._structure)
        return _unclocked(store.load(meta.key)) == _unclocked(wanted)

    def pause() -> None:  # the timer, as a pause in the changes fires it
        autosave._timer.timeout.emit()
        autosave.writer.wait()
        qtbot.wait(20)  # the writer's "saved" reaches this thread

    try:
        for row in table.rows:  # an upload's answers: every row in the session
            row.status, row.product_id = Status.LIVE, f"p-{row.sheet_row}"
        model.announce(set(range(ROWS)))
        pause()
        assert len(saved) == 1 and not log.exists()  # the log held all of it: compacted
        written = file.read_text("utf-8")

        for i in range(ROWS // 2 - 1):  # a typed cell at each pause: in the log only
            assert model.edit([(i, "name", f"Kaos Batik {i}")], "edit")
            pause()
            assert len(saved) == 1 and file.read_text("utf-8") == written
            assert log.exists() and reads_back_as_the_table()

        assert model.edit([(ROWS - 1, "name", "Sarung Tenun")], "edit")  # half the session
        pause()
        assert len(saved) == 2 and not log.exists()
        data = json.loads(file.read_text("utf-8"))
        assert data["rows"][str(ROWS - 1)]["cells"]["name"] == "Sarung Tenun"
        assert reads_back_as_the_table()
    finally:
        autosave.close()
    assert json.loads(file.read_text("utf-8"))["closed"] is True  # closing writes it all


def test_a_small_session_is_written_at_every_pause(qtbot: Any, tmp_path: Path) -> None:
    table, model, store, meta, autosave = watched(tmp_path, ROWS)
    try:
        for row in table.rows:
            row.status = Status.PENDING
        model.announce(set(range(ROWS)))
        for i in range(3):
            assert model.edit([(i, "name", f"Topi {i}")], "edit")
            with qtbot.waitSignal(autosave.saved, timeout=10_000):
                autosave._timer.timeout.emit()
            assert not store.log_for(meta.key).exists()
    finally:
        autosave.close()


#: ("edit", row, text) a typed name; ("stock", row, value) a stock of another type (equal
#: values of other types: 1, True, 1.0); ("answer", row, status) the store's answer, announced;
#: ("add", row, 0) a row added before ``row``; ("remove", row, 0); ("pause", 0, 0) the timer
steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 7), st.sampled_from(["Kaos", "Topi"])),
        st.tuples(st.just("stock"), st.integers(0, 7), st.sampled_from([1, True, 1.0, "1"])),
        st.tuples(
            st.just("answer"),
            st.integers(0, 7),
            st.sampled_from([Status.PENDING, Status.LIVE, Status.REJECTED]),
        ),
        st.tuples(st.just("add"), st.integers(0, 7), st.just(0)),
        st.tuples(st.just("remove"), st.integers(0, 7), st.just(0)),
        st.tuples(st.just("pause"), st.just(0), st.just(0)),
    ),
    min_size=1,
    max_size=14,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=steps, small=st.sampled_from([0, 3, 1_000]))
def test_the_session_reads_back_as_the_table_after_every_step(
    qtbot: Any, tmp_path_factory: pytest.TempPathFactory, steps: list[Any], small: int
) -> None:
    """Whole rows, answers laid over held rows, whole entries and compactions skipped or made:
    the file with its log laid over reads back as a fresh copy of the table would."""
    folder: Path = tmp_path_factory.mktemp("steps")
    old = autosave_module.SMALL_SESSION
    autosave_module.SMALL_SESSION = small
    table, model, store, meta, autosave = watched(folder, 8)
    try:
        for kind, at, value in steps:
            at = min(at, len(table) - 1)
            if kind == "edit":
                model.edit([(at, "name", f"{value} {at}")], "edit")
            elif kind == "stock":
                model.edit([(at, "stock", value)], "stock")
            elif kind == "answer":
                row = table.rows[at]
                row.status, row.product_id = value, f"p-{at}-{value.value}"
                model.announce({at})
            elif kind == "add":
                added = ProductTable.from_cells([(None, product_cells(1)[0])]).rows[0]
                model.insert_rows(at, [added])
            elif kind == "remove" and len(table) > 1:
                model.remove_rows([at])
            elif kind == "pause":
                autosave._timer.timeout.emit()
            autosave.writer.wait()
            if store.load(meta.key) is None:
                assert not autosave._changed and not autosave._structure
                continue
            wanted = snapshot(meta, table, autosave._changed.values(), autosave._structure)
            assert _typed(_unclocked(store.load(meta.key))) == _typed(_unclocked(wanted))
    finally:
        autosave.detach()
        autosave_module.SMALL_SESSION = old


def test_a_held_rows_answers_and_edits_are_logged_without_its_other_cells(
    qtbot: Any, tmp_path: Path
) -> None:
    table, model, store, meta, autosave = watched(tmp_path, ROWS)
    log = store.log_for(meta.key)
    try:
        for row in table.rows:
            row.status = Status.PENDING
        model.announce(set(range(ROWS)))  # first heard of: whole rows
        for row in table.rows:
            row.status, row.product_id = Status.LIVE, f"p-{row.sheet_row}"
        model.announce(set(range(ROWS)))  # the same cells: the answers only
        assert model.edit([(3, "price", "Rp 95.000")], "price")  # one cell of one row
        autosave.writer.wait()
        lines = log.read_text("utf-8").splitlines()[1:]
        first, second, third = (json.loads(line) for line in lines)
        assert set(first) == {"at", "rows"} and len(first["rows"]) == ROWS
        assert set(second) == {"at", "changes"} and len(second["changes"]) == ROWS
        assert all("cells" not in c and "set" not in c for c in second["changes"].values())
        assert third["changes"]["3"]["set"] == {"price": "Rp 95.000"}
        back = store.load(meta.key)
        assert back is not None
        assert {r["status"] for r in back["rows"].values()} == {Status.LIVE.value}
        assert back["rows"]["3"]["cells"] == {**first["rows"]["3"]["cells"], "price": "Rp 95.000"}
        assert back["rows"]["4"]["cells"] == first["rows"]["4"]["cells"]
    finally:
        autosave.close()
