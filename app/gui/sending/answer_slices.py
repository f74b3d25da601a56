"""A job's answers applied to the window's rows a slice at a time, announced together.

The job reports its answers in batches from its own threads; ``JobRun``'s bridge queues them to
the GUI thread. Applied there in one piece, a burst of batches that queued up while the GUI
thread was busy — and the report's every row once more at the end of the job — held the window
as long, and each batch announced on its own repainted the grid once more (round 3: 0.9 s of
the upload's worst heartbeat gap at 10,000 rows was the GUI thread applying and painting).

``AnswerSlices`` keeps what arrives in arrival order — batches of answers and calls that must
come between them (a resumed upload's restored externalIds, the job's end) — and works through
it on a zero timer: at most ``BUDGET_S`` of applying per slice, in pieces of ``PIECE`` answers,
so the window's events run between two slices. The rows touched are announced together, at
most every ``ANNOUNCE_S`` (one repaint for many batches), and always before a queued call runs:
the job's end sees every answer applied and announced. The rows end exactly as applying every
batch at once would leave them: the same function on the same answers, in the same order.

An announcement is itself work on the GUI thread that grows with its rows (the autosave's copy,
the Compare marks, the photo links, the counts: ≈ 60 ms for the ≈ 900 rows a sync's 100 ms
brought, measured round 7), so at most ``ANNOUNCE_ROWS`` rows are announced at once, the rest
in the next slices, in row order. Rows that other work changed are announced the same way
(``touch``): at a store's first upload, every row's generated External ID follows the store
(10,000 rows announced at once held the window 120–280 ms, its longest wait while uploading).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer

#: [ours] the longest a slice applies answers before the window's events run again
BUDGET_S = 0.008
#: [ours] answers applied at once inside a slice (≈ 20–40 µs an answer with its bookkeeping)
PIECE = 50
#: [ours] touched rows are announced (repainted, counted, logged) at most this often
ANNOUNCE_S = 0.1
#: [ours] the most rows announced in one slice (a larger set: in the next slices, in row order)
ANNOUNCE_ROWS = 250

Apply = Callable[[Sequence[Any]], set[int]]


class AnswerSlices(QObject):
    """``apply(items)`` writes answers onto the rows and returns the rows it touched;
    ``announce(rows)`` tells the window about them. Both run on the GUI thread only."""

    def __init__(
        self,
        apply: Apply,
        announce: Callable[[set[int]], None],
        parent: QObject | None = None,
        *,
        budget_s: float | None = None,
        piece: int | None = None,
        announce_s: float | None = None,
        announce_rows: int | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        super().__init__(parent)
        self._apply, self._announce = apply, announce
        self.budget_s = BUDGET_S if budget_s is None else budget_s
        self.piece = max(1, PIECE if piece is None else piece)
        self.announce_s = ANNOUNCE_S if announce_s is None else announce_s
        self.announce_rows = max(1, ANNOUNCE_ROWS if announce_rows is None else announce_rows)
        self._clock = clock
        #: (answers, how many of them are applied) or a call, in arrival order
        self._queue: deque[list[Any] | Callable[[], None]] = deque()
        self._done = 0  # answers of the first queued batch already applied
        self._touched: set[int] = set()  # applied, not yet announced
        self._announced = -float("inf")
        self.slices = 0  # slices run (for the tests and the benchmark)
        self.announcements = 0  # announcements made (at most one a slice)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def pending(self) -> bool:
        """Answers or calls are still queued, or touched rows not yet announced."""
        return bool(self._queue or self._touched)

    def put(self, answers: Sequence[Any]) -> None:
        """One batch, applied after everything queued before it."""
        if answers:
            self._queue.append(list(answers))
            self._wake()

    def touch(self, rows: set[int]) -> None:
        """Rows changed by other means (generated ids that follow the store, restored ids),
        announced with the answers' rows: at most ``announce_rows`` at once, before the calls
        queued after this."""
        if rows:
            self._touched |= rows
            self._wake()

    def then(self, call: Callable[[], None]) -> None:
        """``call()`` once everything queued before is applied and announced."""
        self._queue.append(call)
        self._wake()

    def drain(self) -> None:
        """Everything queued, now, in order (the window closes)."""
        self._timer.stop()
        while self._queue:
            self._step(float("inf"))
        while self._touched:
            self._flush()

    def _wake(self) -> None:
        if not self._timer.isActive() or self._timer.interval() > 0:
            self._timer.start(0)  # also ends a wait for the announcing pause: work came

    def _slice(self) -> None:
        if not self._queue:  # the announcing pause is over: the last rows
            self._flush()
            if self._touched:  # more than one announcement's rows: the rest next turn
                self._timer.start(0)
            return
        self.slices += 1
        deadline = self._clock() + self.budget_s
        announced = self.announcements
        while self._queue:  # at least one step a slice: it always gets on
            self._step(deadline)
            if self._clock() >= deadline or self.announcements != announced:
                break
        pause_over = self._clock() - self._announced >= self.announce_s
        if self._touched and pause_over and self.announcements == announced:
            self._flush()
        if self._queue:
            self._timer.start(0)
        elif self._touched:  # nothing left: the last rows once the announcing pause is over
            wait = max(0.0, self.announce_s - (self._clock() - self._announced))
            self._timer.start(max(1, int(wait * 1000) + 1))

    def _step(self, deadline: float) -> None:
        """Applies from the first queued item until ``deadline`` (a call: at once)."""
        first = self._queue[0]
        if callable(first):
            if self._touched:  # the call sees every answer before it announced
                self._flush()
                if self._touched:  # more than one announcement's rows: the rest first
                    return
            self._queue.popleft()
            first()
            return
        while self._done < len(first):
            piece = first[self._done : self._done + self.piece]
            self._done += len(piece)
            self._touched |= self._apply(piece)
            if self._clock() >= deadline:
                break
        if self._done >= len(first):
            self._queue.popleft()
            self._done = 0

    def _flush(self) -> None:
        """Announces the touched rows, at most ``announce_rows`` of them (the first in row
        order); the rest stay for the next slice, which may announce them at once."""
        if not self._touched:
            return
        touched, self._touched = self._touched, set()
        if len(touched) > self.announce_rows:
            ordered = sorted(touched)
            touched = set(ordered[: self.announce_rows])
            self._touched = set(ordered[self.announce_rows :])
        else:
            self._announced = self._clock()  # the pause counts from the last piece announced
        self.announcements += 1
        self._announce(touched)
