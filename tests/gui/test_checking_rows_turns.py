"""The background re-check's worker checks one short piece per turn the window's thread gives
it (at the end of each drain, after the repaint it asked for), so it does not hold the
interpreter through the window's paints; it ends at once when cancelled, even while it waits
for a turn; and the rows end as the one-piece check leaves them."""

from __future__ import annotations

import itertools
import pickle
import threading
from typing import Any

import pytest

from app.catalog.store_recheck import StoreRecheck
from app.gui.window.checking_rows import RowsChecker
from app.gui.window.main_window import MainWindow
from tests.gui.category_samples import sample_data
from tests.gui.test_checking_rows import arrive, state, without_the_type

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def turns(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int]]:
    """In order: ("drain", drains so far, 0) for each of the owner's drains, ("check", start,
    stop) for each piece the worker checks."""
    seen: list[tuple[str, int, int]] = []
    lock = threading.Lock()
    check, drain = StoreRecheck.check, RowsChecker._drain

    def checking(self: StoreRecheck, start: int, stop: int) -> Any:
        with lock:
            seen.append(("check", start, stop))
        return check(self, start, stop)

    def draining(self: RowsChecker) -> None:
        with lock:
            seen.append(("drain", 0, 0))
        drain(self)

    monkeypatch.setattr(StoreRecheck, "check", checking)
    monkeypatch.setattr(RowsChecker, "_drain", draining)
    return seen


def test_the_worker_checks_one_piece_per_turn_and_the_rows_end_as_in_one_piece(
    loaded: MainWindow, qtbot: Any, turns: list[tuple[str, int, int]]
) -> None:
    window = loaded
    checker = window.category_list.checking
    checker.sync_below, checker.piece = 0, 1  # ten pieces of one row: quick, many turns
    gone = without_the_type(sample_data())
    plain = pickle.loads(pickle.dumps(window.model.table))
    plain.use_store_data(gone)
    with qtbot.waitSignal(checker.finished, timeout=20_000):
        arrive(window, gone)
    assert state(window.model.table) == state(plain)
    checks = [(start, stop) for kind, start, stop in turns if kind == "check"]
    assert checks == [(n, n + 1) for n in range(10)]  # every row, in order, once
    # between two pieces the owner had a turn: never two pieces back to back
    kinds = [kind for kind, _, _ in turns]
    assert kinds[0] == "check"  # the first piece at once
    assert all(not (a == b == "check") for a, b in itertools.pairwise(kinds)), kinds


def test_a_worker_waiting_for_its_turn_ends_when_cancelled(
    loaded: MainWindow, qtbot: Any, turns: list[tuple[str, int, int]]
) -> None:
    window = loaded
    checker = window.category_list.checking
    checker.sync_below, checker.piece = 0, 1
    checker._timer.setInterval(60_000)  # the owner gives no second turn
    arrive(window, without_the_type(sample_data()))
    job = checker._job
    assert job is not None
    qtbot.waitUntil(lambda: job.waiting and not job.results.empty(), timeout=10_000)
    checker.cancel()
    job.thread.join(5)
    assert not job.thread.is_alive()
    assert [kind for kind, _, _ in turns] == ["check"]  # one piece: no turn came after it
