"""Checking the grid's rows again when the store's lists change, without stopping the window.

A first store list, a changed category tree or changed warehouses check every row again
(``app.catalog.store_recheck``): 0.84 s at 10,000 rows, which in one piece on the GUI thread
froze the window for as long. ``RowsChecker.start(data)`` lets the table take the new data at
once (edits and added rows are checked with it from then on), checks the rows' copied cells in
a worker thread piece by piece, and applies each piece here on a short timer (the touched rows
repainted in runs, counted again), with "Checking rows against the store… n of N" in the status
bar. The rules a merchant expects:

- an edit made meanwhile wins: its row was checked with the new data when it was made, and the
  worker's result for it, made from the cells before, is dropped (the table compares them);
- a newer store list cancels the older re-check; rows it had not reached are checked against
  the newer list with the rest (every row, whatever changed between the two lists);
- a new workbook cancels it (its rows are another table's);
- before anything is sent the rows must be right: ``settle()`` (on ``ProductModel.settling``:
  the upload and Compare/Sync call ``ProductModel.settle()`` before they read the rows) checks
  what is left here and now.

Small tables (fewer than ``sync_below`` rows) and a brand search that changes fewer than
``sync_below`` rows are checked at once, as before (``ProductModel.use_store_data``): less than
one heartbeat. A brand search that changes more (a sheet naming the brands it found) is checked
in the background too, those rows only. The background
re-check announces its rows with ``rechecked`` (repainted, counted again), not as edits: the
autosave does not log them (their cells did not change) and the photo check is not started
again for them. The collector is paused while a re-check runs (its new values
would be walked again and again) and what it made is frozen out of later collections after, as
an opening does (``app.gui.workbook.opener.collection_paused``).
"""

from __future__ import annotations

import contextlib
import gc
import queue
import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from app.catalog.store_data import StoreData
from app.catalog.store_recheck import (
    Piece,
    StoreRecheck,
    begin,
    rows_to_split,
)
from app.gui.grid.model import ProductModel
from app.sheets.gc_pause import paused_gc

#: [ours] tables smaller than this are checked at once (≈ 85 µs a row: < 30 ms)
SYNC_BELOW = 300
#: [ours] how often the GUI thread takes the worker's pieces, and for how long at most
DRAIN_MS = 10
BUDGET_S = 0.008
#: [ours] rows applied at once (≈ 20 µs a row: 4 ms)
APPLY_ROWS = 200
#: [ours] rows the worker checks in one turn (≈ 40 µs a row: 4–7 ms holding the interpreter
#: that the window's thread may wait for; a piece of 1,000 rows held it 35–60 ms)
TURN_ROWS = 100


class _Job:
    """One re-check's worker: checks the pieces in order, one piece per turn the owner gives
    (``give_turn``), puts each result in ``results``. A worker thread that checks on without
    rest shares the interpreter lock with every Python call-back of the window's paints
    (≈ 200 a paint), and each waits its turn: paints of 20 ms took 110 ms. Given a turn at the
    end of each of the owner's drains, the worker checks while the window's thread rests, for
    one short piece (``TURN_ROWS``)."""

    def __init__(self, recheck: StoreRecheck) -> None:
        self.recheck = recheck
        self.results: queue.SimpleQueue[tuple[int, Piece]] = queue.SimpleQueue()
        self.rest: tuple[int, Piece] | None = None  # a piece partly applied (the GUI thread's)
        self.cancelled = threading.Event()
        self.turn = threading.Event()  # the owner's leave to check the next piece
        self.waiting = False  # the worker waits for a turn (its last piece is in ``results``)
        self.thread = threading.Thread(target=self._run, name="rows-recheck", daemon=True)

    def give_turn(self) -> None:
        """The owner is done with its turn: the worker may check its next piece (when it
        waits for one: a turn given while it checks would run two pieces back to back)."""
        if self.waiting:
            self.turn.set()

    def cancel(self) -> None:
        self.cancelled.set()
        self.turn.set()  # a worker waiting for a turn ends at once

    def _run(self) -> None:
        for start, stop in self.recheck.pieces():
            self.waiting = True
            self.turn.wait()
            self.waiting = False
            self.turn.clear()
            if self.cancelled.is_set():
                return
            self.results.put((start, self.recheck.check(start, stop)))


class RowsChecker(QObject):
    """``finished()``: every row of the re-check is checked (not after a cancel)."""

    finished = Signal()

    def __init__(self, model: ProductModel, status: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self.model, self.status = model, status
        self.sync_below = SYNC_BELOW
        self.piece = TURN_ROWS  # rows the worker checks in one piece (one turn)
        self.apply_rows = APPLY_ROWS  # rows applied in one part
        self.budget = BUDGET_S  # seconds of applying pieces a timer turn
        self._job: _Job | None = None
        self._note = ""
        self._gc: contextlib.ExitStack | None = None  # the collector paused while one runs
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._drain)
        model.modelReset.connect(self.cancel)  # another table: this one's checks are moot
        model.settling.connect(self.settle, Qt.ConnectionType.DirectConnection)

    @property
    def pending(self) -> bool:
        """Rows are still to be checked against the store's lists."""
        return self._job is not None

    @property
    def progress(self) -> tuple[int, int]:
        """(rows checked, rows to check) of the re-check running; (0, 0) when none runs."""
        job = self._job
        return (job.recheck.applied, job.recheck.total) if job is not None else (0, 0)

    def start(self, data: StoreData | None) -> None:
        """The grid now checks against ``data``: the rows are checked again (every row in the
        background, or the few a brand search changed at once)."""
        unfinished = self._job is not None
        self._stop()
        table = self.model.table
        if unfinished:  # rows it did not reach hold checks of older lists: every row goes
            table.store_data = None
        if len(table) < self.sync_below or rows_to_split(table, data, self.sync_below) is None:
            self.model.use_store_data(data)  # a few rows: at once, as it always was
            self._end()
            return
        began = begin(table, data, piece=self.piece, split_from=self.sync_below)
        assert isinstance(began, StoreRecheck)
        self.model.show_names(data)
        job = _Job(began)
        self._job = job
        if self._gc is None:
            self._gc = contextlib.ExitStack()
            self._gc.enter_context(paused_gc())
        job.thread.start()
        job.turn.set()  # the first piece at once
        self._timer.start()
        self._show_progress()

    def settle(self) -> None:
        """Every row checked now, here (before the rows are sent): what the worker finished is
        applied, the rest is checked on this thread."""
        job = self._job
        if job is None:
            return
        job.cancel()
        touched = self._take(job, deadline=None)
        touched |= job.recheck.finish()
        self.model.announce_rechecked(touched)
        self._end(finished=True)

    def cancel(self) -> None:
        """Stop (a new table, the window closing); the rows applied so far stay."""
        self._stop()
        self._end()

    def shutdown(self, secs: float = 10.0) -> bool:
        """Closing the window: stop, and wait for the worker's piece to end."""
        job = self._job
        self.cancel()
        if job is not None:
            job.thread.join(secs)
            return not job.thread.is_alive()
        return True

    # ---------------------------------------------------------------- on the timer

    def _drain(self) -> None:
        job = self._job
        if job is None:
            self._timer.stop()
            return
        touched = self._take(job, deadline=time.perf_counter() + self.budget)
        self.model.announce_rechecked(touched)
        if job.recheck.done:
            self._end(finished=True)
        else:
            self._show_progress()
            # after the repaint this drain asked for (posted before this): the worker's piece
            # then runs while this thread rests, not under the paint's call-backs
            QTimer.singleShot(0, self, job.give_turn)

    def _take(self, job: _Job, deadline: float | None) -> set[int]:
        """Apply the worker's pieces in order, a part of ``apply_rows`` rows at a time, until
        ``deadline`` (None: all it finished); at least one part when one is there."""
        touched: set[int] = set()
        while True:
            if job.rest is None:
                try:
                    job.rest = job.results.get_nowait()
                except queue.Empty:
                    break
            start, piece = job.rest
            count = min(self.apply_rows, len(piece.checked))
            touched |= job.recheck.apply(start, piece.part(0, count))
            left = piece.part(count, len(piece.checked))
            job.rest = (start + count, left) if left.checked else None
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return touched

    def _stop(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
        self._timer.stop()

    def _end(self, *, finished: bool = False) -> None:
        self._job = None
        self._timer.stop()
        if self._note and self.status.currentMessage() == self._note:
            self.status.clearMessage()
        self._note = ""
        paused, self._gc = self._gc, None
        if paused is not None:
            # frozen first: re-enabled with half a million young objects, the collector's
            # first pass would walk them all on this thread (0.26 s at 10,000 rows, measured);
            # the rows' new checks live as long as the table anyway
            gc.freeze()
            paused.close()
        if finished:
            self.finished.emit()

    def _show_progress(self) -> None:
        done, total = self.progress
        self._note = (
            self.tr("Checking rows against the store… %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.status.showMessage(self._note)
