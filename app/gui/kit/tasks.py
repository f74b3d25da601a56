"""A small task runner: run a callable in a thread pool, hear back on the GUI thread.

``TaskRunner.run(fn, on_done=..., on_failed=..., on_progress=...)`` calls ``fn(progress)`` in a
``QThreadPool`` worker, where ``progress(done, total)`` may be called any number of times. The
result, the exception or the progress arrive by queued signals on the thread that owns the
runner (the GUI thread). Worker code never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from app.giving_way import waiting_for_workers

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits its signals, Qt queues them across."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: the runner frees it once the pool is idle
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progress.emit)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Task(QObject):
    """One submitted piece of work. Lives on the GUI thread: the worker's relay signals reach its
    slots queued, and it re-emits them there, so callbacks always run on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    finished = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()  # Python-owned; the runner drops it a loop turn after it finished
        self.relay = _Relay()
        self.job: _Job | None = None
        self.work = work
        self.running = True
        self.relay.done.connect(self._on_done)
        self.relay.failed.connect(self._on_failed)
        self.relay.progress.connect(self._on_progress)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.done.emit(result)
        self._finish()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.failed.emit(exc)
        self._finish()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.running:
            self.progress.emit(done, total)

    def _finish(self) -> None:
        self.running = False
        self.finished.emit()


class TaskRunner(QObject):
    """Runs work off the GUI thread. One per window; ``busy`` tells whether work is running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self._tasks: set[Task] = set()
        # Finished tasks (with their relay and job) are kept until no worker runs: a worker may
        # still be inside its last emit when the result arrives, so nothing it touches is freed
        # under it, and a task is never freed inside its own signal.
        self._retired: list[object] = []

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(work)
        if on_progress is not None:
            task.progress.connect(on_progress)
        if on_done is not None:
            task.done.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        was_busy = self.busy
        self._tasks.add(task)
        task.finished.connect(lambda: self._forget(task))
        if not was_busy:
            self.busy_changed.emit(True)
        task.job = _Job(work, task.relay)
        self.pool.start(task.job)
        return task

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        self._retired.append(task)
        QTimer.singleShot(0, self, self._sweep)

    def _sweep(self) -> None:
        if self.pool.activeThreadCount() == 0:
            self._retired.clear()
        elif self._retired:
            QTimer.singleShot(20, self, self._sweep)
        if not self._tasks:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutdown and tests); its workers give way to
        no one meanwhile (``waiting_for_workers``)."""
        with waiting_for_workers():
            return self.pool.waitForDone(msecs)
