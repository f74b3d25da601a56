"""The window's thread tells the workers when it is at work (``app.gui.kit.turns``): a worker
whose loop gives way makes no progress while a slot of the window runs, and goes on while
the window waits for events."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from app import giving_way
from app.gui.kit import turns
from app.gui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Worker:
    """A loop that gives way between its pieces and counts them."""

    def __init__(self) -> None:
        self.pieces = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            giving_way.give_way()
            self.pieces += 1
            sum(range(200))  # a piece of pure work: it wants the interpreter


def test_a_worker_stands_aside_while_a_slot_of_the_window_runs(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(giving_way, "LONGEST_WAIT", 30.0)  # only the window's idle ends it
    window = MainWindow()
    qtbot.addWidget(window)
    worker = Worker()
    worker.thread.start()
    try:
        qtbot.waitUntil(lambda: worker.pieces > 1_000, timeout=10_000)  # idle window: it runs
        during: list[tuple[bool, int]] = []
        filters: list[bool] = []  # the event filter on for the rest of the turn

        def slot() -> None:  # the window's thread at work: a dozen switch intervals of Python
            before = worker.pieces
            for _ in range(200):
                sum(range(20_000))
            during.append((giving_way.window_at_work(), worker.pieces - before))
            filters.append(turns._watching[-1][1].on)

        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(during), timeout=30_000)
        at_work, progress = during[0]
        assert at_work  # the event that ran the slot said so
        assert progress <= 1  # the worker waited (at most the piece it was in)
        assert filters == [False]  # the turn's other events cost no call into Python
        after = worker.pieces
        qtbot.waitUntil(lambda: worker.pieces > after + 1_000, timeout=10_000)  # idle: it runs
    finally:
        worker.stop.set()
        giving_way.window_idle()
        worker.thread.join(10)
