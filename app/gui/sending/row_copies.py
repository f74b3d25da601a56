"""The job's rows copied on the GUI thread a slice at a time, before the job's worker starts.

A job works on copies of its rows (``app.jobs.snapshot``), taken where the table lives. In one
piece that copy held the window ≈ 25 µs a row: a quarter of a second at 10,000 rows, at every
upload and every Sync. ``RowCopies`` makes the very same ``TableSnapshot`` as ``take_snapshot``
— each row copied whole by ``RowSnapshot.of`` — in slices of at most ``BUDGET_S`` on a zero
timer, then hands it to ``done``. The grid is locked from the moment the job was asked for, so
no edit lands between two slices; ``finish()`` copies the rest at once (a cancel, the window
closing: the job then starts and stops as it did before).

An upload or a Sync first makes its rows' generated External IDs follow the store
(``ProductTable.use_store``): at the first upload to a store that is every row of a sheet
without an External ID column, ≈ 50 µs a row in one piece (half a second at 10,000 rows, the
window's longest wait while uploading). ``derive`` does it in the same slices, over every row of
that table and before any row is copied, so each copy holds the row's final id and duplicate
status; ``derived(touched)`` then says which rows changed, once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from types import MappingProxyType

from PySide6.QtCore import QObject, QTimer

from app.catalog.table import ProductTable
from app.jobs import TableSnapshot
from app.jobs.snapshot import RowSnapshot, chosen_rows

#: [ours] the longest a slice copies rows before the window's events run again
BUDGET_S = 0.008
#: [ours] rows copied between two looks at the clock
PIECE = 100


class RowCopies(QObject):
    """Copies ``indexes`` of ``table`` (every row when None), then calls ``done(snapshot)``
    once. A wrong index raises here, at once, as ``take_snapshot`` does."""

    def __init__(
        self,
        table: ProductTable,
        indexes: Iterable[int] | None,
        done: Callable[[TableSnapshot], None],
        parent: QObject | None = None,
        derive: tuple[ProductTable, str] | None = None,
        derived: Callable[[set[int]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._table, self._done = table, done
        self._deriving, self._derived = derive, derived
        self._derive_next = 0
        self._touched: set[int] = set()
        if derive is not None:
            derive[0].use_store(derive[1], ())  # the table knows its store from now on
        self._chosen = chosen_rows(len(table), indexes)
        self._rows: dict[int, RowSnapshot] = {}
        self._next = 0
        self._over = False
        self.slices = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def copying(self) -> bool:
        return not self._over

    def start(self) -> None:
        self._slice()  # the first slice at once: a small job starts without waiting

    def finish(self) -> None:
        """The rest copied now, and ``done`` called."""
        self._timer.stop()
        if self.copying:
            self._derive(None)
            self._copy(len(self._chosen))
            self._end()

    def _slice(self) -> None:
        self.slices += 1
        deadline = time.perf_counter() + BUDGET_S
        while self._deriving is not None:
            self._derive(self._derive_next + PIECE)
            if time.perf_counter() >= deadline:
                self._timer.start(0)
                return
        while self._next < len(self._chosen):
            self._copy(self._next + PIECE)
            if time.perf_counter() >= deadline:
                break
        if self._next < len(self._chosen):
            self._timer.start(0)
        else:
            self._end()

    def _derive(self, stop: int | None) -> None:
        """The generated ids of the deriving table's rows up to ``stop`` (None: all) follow
        the store; past the last row, ``derived`` is told what changed."""
        if self._deriving is None:
            return
        table, store_id = self._deriving
        rows = table.rows
        end = len(rows) if stop is None else min(stop, len(rows))
        self._touched |= table.use_store(store_id, rows[self._derive_next : end])
        self._derive_next = end
        if end >= len(rows):
            self._deriving = None
            if self._touched and self._derived is not None:
                self._derived(self._touched)

    def _copy(self, stop: int) -> None:
        rows, table_rows, of = self._rows, self._table.rows, RowSnapshot.of
        for i in self._chosen[self._next : stop]:
            rows[i] = of(i, table_rows[i])
        self._next = min(stop, len(self._chosen))

    def _end(self) -> None:
        table, self._over = self._table, True
        rows = MappingProxyType(self._rows)
        self._done(TableSnapshot(table.purpose, len(table), rows, tuple(self._chosen)))
