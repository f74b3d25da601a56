"""``TOCO_QUIT_AFTER_PAINT=1``: the window says when it was first painted, then quits.

For the start-up benchmark (``benchmarks/bench_startup.py``): the real start (``launch.main``,
the real window, the real event loop) up to the moment the main window's first paint is done.
It prints ``first-paint: <seconds since the epoch>`` on standard output, so the benchmark
subtracts the moment it started the process, then quits the event loop.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "TOCO_QUIT_AFTER_PAINT"


class FirstPaint(QObject):
    """Watches ``window`` for its first paint event; prints the time once it is done."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._report)  # after this paint has been handled
        return False

    def _report(self) -> None:
        print(f"first-paint: {time.time():.6f}", flush=True)
        QApplication.quit()


def watch(window: QWidget) -> FirstPaint | None:
    """With ``TOCO_QUIT_AFTER_PAINT`` set: a watcher of the window's first paint."""
    return FirstPaint(window) if os.environ.get(ENV) else None
