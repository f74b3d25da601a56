"""The rows that arrive while a workbook opens go to the grid in turns of the event loop, all
that arrived at a time (each turn that appends repaints the grid once): the grid ends with
every row in sheet order and the issues a build in one go finds, however the batches fall into
turns; a cancel drops rows that arrived but were not handed over yet; a second workbook opened
while the first one's last rows are still handed over starts only after the first is whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.gui.window.main_window import MainWindow
from app.gui.workbook import opener as opener_module
from app.gui.workbook.opener import SLICE_ROWS
from app.sheets.loading import open_table
from app.sheets.row_batches import FIRST_BATCH_ROWS
from tests.gui import hostile_reading
from tests.gui.drive import open_in
from tests.gui.samples import write_workbook
from tests.gui.test_open_streaming import ROWS, facts, many_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("pace_ms, budget", [(0, 0.0), (400, 10.0)])
def test_batches_handed_over_in_any_turns_give_the_whole_table(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pace_ms: int,
    budget: float,
) -> None:
    """A slice per turn (no pace, no budget) or every batch gathered into one turn (a long
    pace, a budget that never runs out): the same grid, row for row."""
    monkeypatch.setattr(opener_module, "HAND_OVER_MS", pace_ms)
    monkeypatch.setattr(opener_module, "HAND_OVER_SECONDS", budget)
    path = write_workbook(tmp_path / "banyak.xlsx", many_rows())
    handed: list[tuple[int, int]] = []  # (rows in the grid before, rows handed over)
    window.opener.rows_arrived.connect(
        lambda rows, _: handed.append((window.model.rowCount() - len(rows), len(rows)))
    )
    open_in(window, qtbot, path, ask_mapping=False)

    assert handed[0] == (0, FIRST_BATCH_ROWS)  # the first rows at once, alone
    assert all(n <= SLICE_ROWS for _, n in handed) and sum(n for _, n in handed) == ROWS
    assert [before for before, _ in handed] == [
        sum(n for _, n in handed[:i]) for i in range(len(handed))
    ]
    assert facts(window.model.table) == facts(open_table(path).table)
    assert window.proxy.rowCount() == ROWS and window.problems.model.problems
    assert not window.model.read_only


def test_a_cancel_drops_the_rows_that_arrived_but_were_not_handed_over(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opener_module, "HAND_OVER_MS", 60_000)  # the second batch waits
    small = write_workbook(tmp_path / "kecil.xlsx")
    open_in(window, qtbot, small, ask_mapping=False)
    big = write_workbook(tmp_path / "banyak.xlsx", many_rows())
    window.opener.build = hostile_reading.slow_after_two_batches
    window.open_path(big, ask_mapping=False)
    qtbot.waitUntil(lambda: len(window.opener._queue) > 0, timeout=30_000)
    assert window.model.rowCount() == FIRST_BATCH_ROWS  # the second batch is not in the grid
    with qtbot.waitSignal(window.opener.cancelled, timeout=30_000):
        window.row_stream.cancel_button.click()
    assert not window.opener._queue and not window.opener._drain.isActive()
    qtbot.wait(100)
    assert window.model.rowCount() == 10  # the workbook open before, and nothing else
    assert window.loaded is not None and window.loaded.path.name == "kecil.xlsx"
    assert not window.model.read_only


def test_a_second_workbook_opened_while_the_first_is_handed_over_waits_for_it(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opener_module, "HAND_OVER_MS", 60_000)
    monkeypatch.setattr(opener_module, "HAND_OVER_SECONDS", 0.0)  # a slice per turn
    first = write_workbook(tmp_path / "banyak.xlsx", many_rows())
    second = write_workbook(tmp_path / "kecil.xlsx")
    opened: list[tuple[str, int, list[Any]]] = []
    window.opener.opened.connect(
        lambda o: opened.append(
            (o.loaded.path.name, window.model.rowCount(), facts(o.loaded.table))
        )
    )
    # the child is done while rows still wait for their turn: hold the turns back
    window.opener._drain.timeout.disconnect()
    window.open_path(first, ask_mapping=False)
    qtbot.waitUntil(
        lambda: window.opener._finished is not None and not window.runner.busy, timeout=30_000
    )
    assert window.opener._queue and window.model.rowCount() < ROWS and not opened
    window.open_path(second, ask_mapping=False)  # the first ends here, at once
    assert [(name, n) for name, n, _ in opened] == [("banyak.xlsx", ROWS)]
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=30_000)

    assert [(name, n) for name, n, _ in opened] == [("banyak.xlsx", ROWS), ("kecil.xlsx", 10)]
    assert opened[0][2] == facts(open_table(first).table)  # the first, whole, first
    assert facts(window.model.table) == facts(open_table(second).table)
    assert window.loaded is not None and window.loaded.path.name == "kecil.xlsx"
