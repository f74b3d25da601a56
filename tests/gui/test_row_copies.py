"""The job's rows copied in slices (``RowCopies``) make exactly ``take_snapshot``'s snapshot,
whatever the chosen rows; a wrong index still raises at once; ``finish()`` copies the rest now
(a cancel while copying); and a window's upload goes through it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog.table import ProductTable
from app.gui.sending import row_copies
from app.gui.sending.row_copies import RowCopies
from app.jobs import TableSnapshot, take_snapshot
from tests.jobs.rows import product_cells

TABLE = ProductTable.from_cells(
    [(2 + k, c) for k, c in enumerate(product_cells(60, external_ids=False, seed=3))]
)
TABLE.rows[5].cells["price"] = "murah"  # a row with its own problem: copied with it
TABLE.validate_all()


def copied(qtbot: Any, indexes: list[int] | None) -> tuple[TableSnapshot, RowCopies]:
    got: list[TableSnapshot] = []
    copies = RowCopies(TABLE, indexes, got.append)
    copies.start()
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert len(got) == 1 and not copies.copying
    return got[0], copies


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    indexes=st.one_of(st.none(), st.lists(st.integers(0, 59), max_size=80)),
    piece=st.integers(1, 7),
)
def test_the_same_snapshot_as_in_one_piece(
    qtbot: Any, indexes: list[int] | None, piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(row_copies, "BUDGET_S", 0.0)  # one piece a slice
    monkeypatch.setattr(row_copies, "PIECE", piece)
    snapshot, copies = copied(qtbot, indexes)
    plain = take_snapshot(TABLE, indexes)
    assert snapshot == plain
    assert list(snapshot.rows) == list(plain.rows)  # in the same order
    chosen = len(plain.chosen)
    assert copies.slices == max(1, -(-chosen // piece))


def test_a_wrong_index_raises_at_once() -> None:
    with pytest.raises(IndexError):
        RowCopies(TABLE, [3, 60], lambda _: None)


def test_finish_copies_the_rest_now(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # qtbot: the copies' timer needs the application's event dispatcher, whichever test ran before
    monkeypatch.setattr(row_copies, "BUDGET_S", 0.0)
    monkeypatch.setattr(row_copies, "PIECE", 4)
    got: list[TableSnapshot] = []
    copies = RowCopies(TABLE, None, got.append)
    copies.start()  # one slice: 4 of 60 rows
    assert not got and copies.copying
    copies.finish()
    assert got == [take_snapshot(TABLE)] and not copies.copying
    copies.finish()  # once only
    assert len(got) == 1


def test_a_job_freezes_what_is_alive_before_its_worker_starts(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Full collections during the job walk only what was made since (the autosave's writer
    and the job start several during an upload)."""
    import gc

    from app.gui.sending import runs

    started: list[int] = []
    run = runs.JobRun.__new__(runs.JobRun)
    run.runner = type("R", (), {"run": lambda *_a, **_k: started.append(gc.get_freeze_count())})()
    run._paused = None
    frozen = gc.get_freeze_count()
    try:
        run._copied(take_snapshot(TABLE))
        assert started and started[0] > frozen  # frozen before the worker was started
        assert run._rows == take_snapshot(TABLE)
        assert not gc.isenabled()  # paused while the job runs
        run._collecting()
        assert gc.isenabled()  # and on again once its answers are applied
        run._collecting()  # once only
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def _fresh() -> ProductTable:
    cells = product_cells(40, external_ids=False, seed=5)
    cells[7]["sku"] = cells[3]["sku"]  # two rows share a SKU: their duplicate issues follow
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(cells)])
    table.validate_all()
    return table


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(piece=st.integers(1, 9), finish_after=st.one_of(st.none(), st.integers(0, 6)))
def test_generated_ids_follow_the_store_in_slices_as_in_one_piece(
    qtbot: Any, piece: int, finish_after: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upload's rows take the store's generated External IDs in the copies' slices, before
    any row is copied: the same ids, issues and snapshot as ``use_store`` in one piece, the
    changed rows told once — also when the rest is finished at once (a cancel)."""
    monkeypatch.setattr(row_copies, "BUDGET_S", 0.0)
    monkeypatch.setattr(row_copies, "PIECE", piece)
    plain = _fresh()
    before = [r.external_id for r in plain.rows]
    touched_plain = plain.use_store("toko-7")
    assert [r.external_id for r in plain.rows] != before  # the ids did change
    sliced = _fresh()
    got: list[TableSnapshot] = []
    told: list[set[int]] = []
    copies = RowCopies(sliced, None, got.append, None, (sliced, "toko-7"), told.append)
    copies.start()
    for _ in range(finish_after or 0):
        qtbot.wait(1)
    if finish_after is not None:
        copies.finish()
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert got == [take_snapshot(plain)]
    assert told == [touched_plain]
    assert sliced.store_id == "toko-7"
    assert [r.issues for r in sliced.rows] == [r.issues for r in plain.rows]
