"""Autosave: every accepted change goes into the session's edit log, and the working session is
written a moment later, and on close.

Edits arrive by the model's ``changed`` signal (rows touched) and its row insert/remove
signals. Each goes into the session's append-only edit log (fsynced); a short single-shot
timer gathers bursts into one write of the whole session, which compacts the log.

What a write needs is copied here, on the GUI thread (``session.row_state``: the rows' cells,
status and store answers; ``session.capture``); the encoding and the writing run in the
session's writer thread (``SessionWriter``), in the order handed over, so the files go through
the same states as if each ran here. An entry of the merchant's size (at most ``EDIT_ROWS``
rows: a typed cell, a paste, a row added) is written here, on disk before the slot returns, as
before, when nothing handed over is still being written (the merchant's edits: the grid is
locked while a job's answers arrive); otherwise, and for larger entries (the store's answers
for a batch of an upload or a sync, a fill of thousands of rows), the writer thread writes it
right after the writes before it, without holding the window. An explicit ``flush`` (and
``close``) waits for everything handed over and writes on this thread.

The timer's write takes each announced row as it was copied for its log entry (``_states``)
instead of copying every changed row again: so the session file holds what the log laid over
the last file holds. ``flush`` and ``close`` copy the rows afresh, as before.

A row the session already holds (``_held``: its cells as the last entry, or the last written
session, holds them) is logged as its change (``changes``: its status and answers, and only the
cells that are not the very values held): a store's answers for 10,000 rows were logged with
every row's 25 cells again, three and four times an upload, and a price raised in 1,000 rows
logged 1,000 whole rows (1.3 s of the writer's time in the heartbeat run, measured round 10).
A write that fails (a full disk) loses its entry from the log, not from the rows: the entries
made before the failure was heard of log their rows whole where a write failed since those
rows were held (``_failures``), and the next pause writes the session whole (``_repair``).

The timer's write only compacts: the log, fsynced, already holds every change. A session of
more than ``SMALL_SESSION`` changed rows is written again once the log holds at least half as
many rows as it (``_compact_due``), not at every pause: after an upload every row is in the
session, and each later pause — a typed cell, a 1,000-row fill — wrote all 10,000 of them
again, 0.25–0.47 s of the writer's time holding the interpreter while the window painted
(measured round 10), for a log entry of a row or a thousand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.catalog.table import ProductRow
from app.gui.grid.model import ProductModel
from app.sheets.session import (
    Capture,
    RowState,
    SessionMeta,
    SessionStore,
    capture,
    change_json,
    row_state,
    state_json,
)
from app.sheets.session_writer import SessionWriter

DELAY_MS = 300
#: [ours] An edit log entry of at most this many rows is on disk before the slot that hears of
#: it returns; a larger one is written by the writer thread, in order.
EDIT_ROWS = 64
#: [ours] a session of at most this many changed rows is written at each pause (cheap); a
#: larger one once its log holds half as many rows (each row written about twice at most)
SMALL_SESSION = 1_000


class _Bridge(QObject):
    """Lives on the GUI thread; the writer thread emits, Qt queues the calls across."""

    saved = Signal(str)
    failed = Signal(str)


class Autosave(QObject):
    saved = Signal(str)  # the session file
    failed = Signal(str)  # why it could not be written

    def __init__(self, store: SessionStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store or SessionStore()
        self.meta: SessionMeta | None = None
        self.model: ProductModel | None = None
        self._key = ""
        self._changed: dict[int, ProductRow] = {}
        #: the announced rows' states as copied for their log entry (row id → row, state): the
        #: timer's session file takes them as they are instead of copying every changed row
        #: again (10,000 after an upload, at each timer while its answers arrive)
        self._states: dict[int, tuple[ProductRow, RowState]] = {}
        self._structure = False
        #: whether the edit log was started since the session was last written (else the next
        #: entry carries the session without rows, to start it); ``_header`` the last one made
        self._log_started = False
        self._header: dict[str, Any] = {}
        #: the cells the session holds for each row, as last written (row id → the row, its
        #: cells, the writes failed so far then): such a row is logged as its change
        self._held: dict[int, tuple[ProductRow, dict[str, Any], int]] = {}
        #: one item per write that failed, in any thread (a list: appending is atomic). An
        #: entry made before a failure was heard of is written with whole rows instead of
        #: changes when a write failed since its rows were held (``_entry``)
        self._failures: list[None] = []
        #: a write failed, or the session was restored: the next timer writes it whole
        self._repair = False
        #: rows the log holds since the session was last written
        self._logged = 0
        self._bridge = _Bridge(self)
        self._bridge.saved.connect(self.saved)
        self._bridge.failed.connect(self.failed)
        self._bridge.failed.connect(self._forget_held)  # a write lost: whole rows again
        self.writer = SessionWriter(self._write_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._save_later)

    def attach(
        self,
        model: ProductModel,
        meta: SessionMeta,
        changed: list[ProductRow] | None = None,
        structure: bool = False,
    ) -> None:
        """Watch ``model`` for the workbook ``meta``; ``changed`` rows came from a restore."""
        self.detach()
        self.model, self.meta = model, meta
        self._key = meta.key
        self._changed = {id(r): r for r in changed or []}
        self._states = {}
        self._held.clear()
        self._structure = structure
        self._log_started = self.store.log_for(self._key).exists()
        self._logged = 0
        self._repair = bool(self._changed) or structure  # restored: written afresh first
        self._header = {}
        model.changed.connect(self._on_changed)
        model.rowsInserted.connect(self._on_structure)
        model.rowsRemoved.connect(self._on_structure)
        if self._changed or structure:
            self._timer.start()

    def detach(self) -> None:
        if self.model is not None:
            if self._timer.isActive():
                self.flush()
            for signal, slot in (
                (self.model.changed, self._on_changed),
                (self.model.rowsInserted, self._on_structure),
                (self.model.rowsRemoved, self._on_structure),
            ):
                signal.disconnect(slot)
        self.writer.wait()  # what was handed over for this workbook is on disk
        self.model = self.meta = None
        self._changed, self._states, self._structure = {}, {}, False
        self._held.clear()

    def _on_changed(self, touched: set[int]) -> None:
        if self.model is None or not touched:
            return
        rows = self.model.table.rows
        whole: list[tuple[str, RowState]] = []
        changes: list[tuple[str, RowState, dict[str, Any], int]] = []
        changed, states, held = self._changed, self._states, self._held
        failed = len(self._failures)
        for i in touched:
            if 0 <= i < len(rows):
                row = rows[i]
                state = row_state(row)
                changed[id(row)] = row
                states[id(row)] = (row, state)
                was = held.get(id(row))
                if was is not None and was[0] is row:
                    changes.append((str(i), state, was[1], was[2]))
                else:
                    whole.append((str(i), state))
                held[id(row)] = (row, state[1], failed)
        if whole or changes:
            failures = self._failures
            self._log(lambda: _entry(whole, changes, failures), len(whole) + len(changes))
        self._timer.start()

    def _on_structure(self, *_: object) -> None:
        self._structure = True
        if self.model is not None and self.meta is not None:
            full = capture(self.meta, self.model.table, self._changed.values(), True)
            self._hold(full)
            self._log(lambda: {"full": full.data()}, len(full.rows))
        self._timer.start()

    def _log(self, entry: Callable[[], dict[str, object]], rows: int) -> None:
        """Into the edit log beside the session: on disk before this returns for an entry of
        at most ``EDIT_ROWS`` rows, else by the writer thread (``entry()`` is made there)."""
        if self.model is None or self.meta is None:
            return
        if not self._log_started or not self._header:  # the session without rows: it starts
            self._header = capture(self.meta, self.model.table, (), False).data()  # the log
        header, key, store = self._header, self._key, self.store
        self._log_started = True
        self._logged += rows

        def write() -> None:
            store.append(key, lambda: header, entry())

        if rows > EDIT_ROWS or not self.writer.idle:
            self.writer.hand_over(write)  # after the writes before it
            return
        try:
            write()
        except OSError as error:
            self._log_started = self.store.log_for(key).exists()
            self._lost(str(error))

    def _capture(self, closed: bool, *, fresh: bool = True) -> Capture | None:
        """What the session file would hold now (None: nothing to write); not ``fresh``: the
        announced rows as they were copied when last announced."""
        if self.model is None or self.meta is None:
            return None
        if not self._changed and not self._structure and not closed:
            return None
        if not self._changed and not self._structure:
            self.writer.wait()
            if self.store.load(self._key) is None:
                return None
        return capture(
            self.meta,
            self.model.table,
            self._changed.values(),
            self._structure,
            closed=closed,
            copied=None if fresh else self._states,
        )

    def _hold(self, taken: Capture) -> None:
        """The session is ``taken`` from now on (a whole entry, or the file): its rows' cells,
        the copy made at the row's announcement kept where it is the same (one copy of a
        row's cells held, not two)."""
        if self.model is None:
            return
        rows, states, failed = self.model.table.rows, self._states, len(self._failures)
        held: dict[int, tuple[ProductRow, dict[str, Any], int]] = {}
        for i, state in taken.rows:
            row, cells = rows[i], state[1]
            announced = states.get(id(row))
            if (
                announced is not None
                and announced[0] is row
                and (announced[1][1] is cells or _same(announced[1][1], cells))
            ):  # the capture took the announced copy itself: no cell to compare
                cells = announced[1][1]
            held[id(row)] = (row, cells, failed)
        self._held = held

    def _write_failed(self, message: str) -> None:
        """In the writer's thread: a write failed (the entries after it see it at once)."""
        self._failures.append(None)
        self._bridge.failed.emit(message)

    def _lost(self, message: str) -> None:
        """On this thread: a write failed (``_write_failed``'s twin, told at once)."""
        self._failures.append(None)
        self._forget_held()
        self.failed.emit(message)

    def _forget_held(self) -> None:
        """A write failed: rows are logged whole again, and the next timer writes the session
        whole (what the failed write held is lost from the log, not from the rows)."""
        self._held = {}
        self._repair = True
        if self.model is not None:
            self._timer.start()

    def _compact_due(self) -> bool:
        """Whether the timer writes the session now (see the module's note)."""
        rows = len(self._changed)
        return self._repair or rows <= SMALL_SESSION or 2 * self._logged >= rows

    def _save_later(self) -> None:
        """The timer: the session written by the writer thread, when compacting is due."""
        if not self._compact_due():
            return  # every change is in the log, on disk
        taken = self._capture(False, fresh=False)
        if taken is None:
            return
        self._log_started = False  # the save compacts the log away
        self._logged = 0
        self._repair = False
        self._hold(taken)
        key, store, saved = self._key, self.store, self._bridge.saved

        def write() -> None:
            saved.emit(str(store.save(key, taken.data())))

        self.writer.hand_over(write)

    def flush(self, *, closed: bool = False) -> bool:
        """Write now if anything changed (after everything handed over before); True when a
        file was written."""
        self._timer.stop()
        taken = self._capture(closed)
        if taken is None:
            return False
        self.writer.wait()
        self._log_started = False
        self._logged = 0
        try:
            path = self.store.save(self._key, taken.data())
        except OSError as error:
            self._log_started = self.store.log_for(self._key).exists()
            self._lost(str(error))
            return False
        self._repair = False
        self._hold(taken)
        self.saved.emit(str(path))
        return True

    def close(self) -> None:
        """The window closes cleanly: write the last state and mark it so."""
        self.flush(closed=True)
        self.detach()


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same cells: the very same value objects (``change_json`` compares by identity)."""
    return len(a) == len(b) and all(b.get(k, b) is v for k, v in a.items())


def _entry(
    whole: list[tuple[str, RowState]],
    changes: list[tuple[str, RowState, dict[str, Any], int]],
    failures: list[None],
) -> dict[str, Any]:
    """An edit log entry (made where it is written): rows in whole, and the changes of rows
    the session holds — a row held before a write that failed since is written whole (what
    it was held as may be what was lost)."""
    failed = len(failures)
    rows = {k: state_json(state) for k, state in whole}
    changed: dict[str, Any] = {}
    for k, state, held, seen in changes:
        if seen == failed:
            changed[k] = change_json(state, held)
        else:
            rows[k] = state_json(state)
    entry: dict[str, Any] = {}
    if rows:
        entry["rows"] = rows
    if changed:
        entry["changes"] = changed
    return entry
