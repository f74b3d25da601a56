"""Opening a workbook: sheet → header row and column map → table, with the slow steps in a
worker process. Offers to restore an autosaved session of the same workbook and sheet.

Everything that reads the file or checks its rows runs in one child process per opening
(``app.sheets.reading_child``): no parse or check holds the window's interpreter lock, and a
hostile workbook that makes the reader crash, hang or allocate without end costs a clear
message, never the window. The runner's worker threads only wait on that child. The checked
rows come back in batches (the first one small): ``streaming`` hands over the table as it
starts to fill, ``rows_arrived`` each batch (the GUI thread appends it), ``opened`` once every
row is in."""

from __future__ import annotations

import gc
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow, ProductTable
from app.gui.kit.i18n import current_lang
from app.gui.kit.tasks import TaskRunner
from app.gui.workbook.import_dialog import ImportDialog, SheetPicker
from app.gui.workbook.restore import RestoreDialog
from app.sheets import (
    LoadedSheet,
    MappingMemory,
    RawSheet,
    SheetError,
)
from app.sheets.bounded import ReadCancelled
from app.sheets.first_batch import EarlyOrder, FirstRows
from app.sheets.header_rows import HeaderRows, find_header_rows, headers_for, two_row_around
from app.sheets.loading import map_columns
from app.sheets.reading_child import (
    WARM_ENV,
    ReadingChild,
    SpareChild,
    build_kept,
    read_and_keep,
)
from app.sheets.row_batches import BuildOrder, Built, RowBatch
from app.sheets.session import SessionMeta, SessionStore, colmap_from, edited_count

#: Rows handed to the grid at a time: appending them (and taking them into the sheet-wide
#: duplicate checks) stays well inside one heartbeat.
SLICE_ROWS = 250
#: The grid takes the rows that arrived ``HAND_OVER_MS`` after the first of them, all in one
#: turn of the event loop (up to ``HAND_OVER_SECONDS`` of appending; what is left goes in the
#: next turns at once): each turn that appends rows repaints the whole grid once (Qt lays the
#: view out again after an insert) — ≈ 21–28 ms, more than appending 250 rows (≈ 5 ms) — so a
#: turn per batch painted 40 times for 10,000 rows and the rows waited for the paints. The
#: first rows are handed over at once, and so is the rest once the child is done.
HAND_OVER_MS = 100
HAND_OVER_SECONDS = 0.020
#: After an opening, the next spare reading child is started this much later: the end of an
#: opening starts the photo check's process and repaints the grid, and on two cores a third
#: process starting up (an interpreter, the reader's imports: ≈ 0.5 s of CPU) takes turns with
#: the window's thread right then. The merchant does not pick the next file within a second.
SPARE_AFTER_MS = 1500


@dataclass(slots=True)
class Opened:
    loaded: LoadedSheet
    meta: SessionMeta
    restored: list[ProductRow]  # rows that came back from the session (empty: fresh)
    restored_structure: bool = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """No garbage collection while a big sheet becomes a table: a full collection over a
    million new objects holds the interpreter for a second and the window stops breathing.
    Afterwards the table is frozen out of future collections (it lives as long as the window)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # before enabling: no allocation in between can start a pass over them
        if was_enabled:
            gc.enable()


class WorkbookOpener(QObject):
    """``open(path)`` → ``streaming(Opened)``, ``rows_arrived(rows, total)``…, then
    ``opened(Opened)``; or ``failed(str)`` or ``cancelled()`` (also after ``streaming``: the
    half-filled table is then to be dropped)."""

    opened = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(str)
    #: the first batch is here: the Opened whose table the next batches fill
    streaming = Signal(object)
    rows_arrived = Signal(object, int)  # list[ProductRow], the total expected
    _batch = Signal(object)  # from the worker thread, queued to the GUI thread
    _first = Signal(object)  # the first rows (FirstRows), before the whole sheet is read

    def __init__(
        self,
        runner: TaskRunner,
        window: QWidget | None = None,
        sessions: SessionStore | None = None,
        memory: MappingMemory | None = None,
    ) -> None:
        super().__init__(window)
        self.runner, self.window = runner, window
        self.sessions = sessions or SessionStore()
        self.memory = memory or MappingMemory()
        self._stop = threading.Event()  # set by cancel(): the reading child is killed
        self._child: ReadingChild | None = None
        self._filling: Opened | None = None  # the opening whose rows are arriving
        self._paused: Any = None  # the garbage collection pause while rows arrive
        #: what is known of the store when a workbook opens: its rows are checked against it
        #: in the child (the window points this at its category list)
        self.store_data: Callable[[], StoreData | None] = lambda: None
        #: what the child runs to read the sheet and to check its rows (module-level
        #: functions: a test points them at a reader that crashes, hangs or hogs memory)
        self.read: Callable[..., Any] = read_and_keep
        self.build: Callable[..., Any] = build_kept
        self._batch.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._first.connect(self._show_first, Qt.ConnectionType.QueuedConnection)
        self._early: tuple[FirstRows, EarlyOrder] | None = None  # the first rows shown
        self._queue: deque[list[ProductRow]] = deque()  # arrived, not yet handed over
        self._restart = False  # the next batch starts the grid over (the first rows differed)
        self._total = 0
        self._finished: Built | None = None  # the child is done; rows may still be queued
        self._drain = QTimer(self)
        self._drain.setInterval(HAND_OVER_MS)
        self._drain.timeout.connect(self._hand_over)
        #: a reading child started ahead of the next opening (its imports done by the time the
        #: merchant picks a file); off with TOCO_WARM_READER=0
        self.warm = os.environ.get(WARM_ENV, "1").strip() != "0"
        self.spare: SpareChild | None = None
        if self.warm:
            QTimer.singleShot(0, self, self.warm_up)  # once the window's event loop runs

    def warm_up(self) -> None:
        """Start a spare reading child for the next opening, unless one is waiting."""
        if not self.warm or self._child is not None:
            return
        if self.spare is not None and self.spare.usable(self.spare.bounds):
            return
        self.spare = SpareChild()

    def shutdown(self) -> None:
        """The window is closing: no spare child is left behind."""
        self.warm = False
        spare, self.spare = self.spare, None
        if spare is not None:
            spare.close()

    @property
    def loading(self) -> bool:
        """An opening is under way (from ``open`` to ``opened``, ``failed`` or ``cancelled``)."""
        return self._child is not None

    def cancel(self) -> None:
        """Stop an opening in progress (Cancel, or the window closing): ``cancelled`` follows
        once the worker has noticed (the child is killed)."""
        self._stop.set()

    def _end_child(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.close()

    def _fail(self, error: BaseException) -> None:
        self._end_child()
        self._resume_collection()
        self._filling, self._finished, self._early = None, None, None
        self._restart = False
        self._queue.clear()
        self._drain.stop()
        if isinstance(error, ReadCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(
                error.message(current_lang())
                if isinstance(error, SheetError)
                else self.tr("Could not open the workbook: %1").replace("%1", str(error))
            )
        self.warm_up()

    def _give_up(self) -> None:
        """The merchant closed a question (sheet, import): nothing opens."""
        self._end_child()
        self.cancelled.emit()
        self.warm_up()

    def open(
        self,
        path: str | Path,
        sheet: str | None = None,
        *,
        ask_mapping: bool = True,
        restore_answer: bool | None = None,
    ) -> None:
        """``restore_answer`` skips the restore question (True: restore, False: start over)."""
        path = Path(path).resolve()
        if self._finished is not None:  # the last opening's rows are still being handed over:
            self._hand_over(None)  # that one ends first, whole, before this one starts
        self._end_child()
        self._stop = threading.Event()
        stop = self._stop
        spare, self.spare = self.spare, None  # one opening uses it; another is warmed after
        self.progress.emit(self.tr("Opening %1…").replace("%1", path.name))

        def start(_: Any) -> tuple[ReadingChild, list[Any] | str | None]:
            try:
                child = ReadingChild(path, spare=spare)
            except BaseException:
                if spare is not None:
                    spare.close()
                raise
            try:
                if sheet is not None:
                    return child, None
                # a workbook of one worksheet: that one is read, so it is not parsed a first
                # time only to be counted (reading it refuses what listing it would refuse)
                return child, child.only_sheet(stop) or child.list_sheets(stop)
            except BaseException:
                child.close()
                raise

        def started(got: tuple[ReadingChild, list[Any] | str | None]) -> None:
            self._child, sheets = got
            if sheets is None:
                self._read(path, sheet, ask_mapping, restore_answer)
                return
            if isinstance(sheets, str):
                early = self._early_order(path, sheets) if not ask_mapping else None
                self._read(path, sheets, ask_mapping, restore_answer, fallback=False, early=early)
                return
            usable = [s for s in sheets if s.rows > 0 and not s.hidden] or sheets
            name: str | None = usable[0].name if usable else None
            if len(usable) > 1:
                name = SheetPicker.ask(self.window, usable)
                if name is None:
                    self._give_up()
                    return
            self._read(path, name, ask_mapping, restore_answer)

        self.runner.run(start, on_done=started, on_failed=self._fail)

    def _read(
        self,
        path: Path,
        sheet: str | None,
        ask_mapping: bool,
        restore_answer: bool | None,
        *,
        fallback: bool = True,
        early: EarlyOrder | None = None,
    ) -> None:
        stop, child, read, first = self._stop, self._child, self.read, self._first.emit
        assert child is not None
        self._early = None

        def shown(rows: FirstRows) -> None:
            if early is not None:
                first((rows, early, stop))  # ``stop``: this opening's, not a later one's

        def work(_: Any) -> tuple[RawSheet, HeaderRows | None]:
            raw = child.read_sheet(
                sheet, stop, read=read, fallback=fallback, early=early, on_first=shown
            )
            try:
                return raw, find_header_rows(raw)
            except SheetError:
                return raw, None

        self.runner.run(
            work,
            on_done=lambda got: self._map(path, got[0], got[1], ask_mapping, restore_answer),
            on_failed=self._fail,
        )

    def _early_order(self, path: Path, sheet: str) -> EarlyOrder | None:
        """What the first rows are checked with before the whole sheet is read, when nothing
        will be asked: not when an autosaved session of this sheet may come back."""
        data = self.sessions.load(SessionMeta(str(path), sheet, 1).key)
        if data and edited_count(data):
            return None
        return EarlyOrder(self.memory, self.store_data())

    @Slot(object)
    def _show_first(self, got: tuple[FirstRows, EarlyOrder, threading.Event]) -> None:
        """On the GUI thread: the first rows, checked, before the whole sheet is read; shown
        at once (the full path's rows prove or replace them: ``app.sheets.first_batch``)."""
        first, early, opening = got
        if opening is not self._stop or opening.is_set() or self._filling is not None:
            return  # an opening cancelled, or replaced by another, since
        if self._child is None:
            return
        meta = SessionMeta(str(first.raw.path), first.raw.name, first.header_row)
        meta.bindings = [(b.index, b.field, b.part) for b in first.colmap.mapped]
        table = ProductTable(store_data=early.store_data)
        loaded = LoadedSheet(first.raw, first.header_row, first.colmap, table, [], first.header_top)
        self._filling, self._early = Opened(loaded, meta, []), (first, early)
        self._arrived(first.batch)

    def _map(
        self,
        path: Path,
        raw: RawSheet,
        found: HeaderRows | None,
        ask_mapping: bool,
        restore_answer: bool | None,
    ) -> None:
        if self._stop.is_set():  # cancelled while the sheet was read: nothing is built
            self._fail(ReadCancelled(path.name))
            return
        header_top, header_row = found or (0, None)
        included: set[int] = set()
        meta = SessionMeta(str(path), raw.name, header_row or 1)
        data = self.sessions.load(meta.key)
        session: dict[str, Any] | None = None
        if data and edited_count(data):
            wanted = (
                restore_answer
                if restore_answer is not None
                else RestoreDialog.ask(
                    self.window, path.name, edited_count(data), float(data.get("saved_at", 0))
                )
            )
            if wanted:
                session = data
            else:
                self.sessions.discard(meta.key)
        if session is not None:
            header_top, header_row = two_row_around(raw, int(session["header_row"]))
            meta.include_hidden = bool(session.get("include_hidden"))
            colmap = colmap_from(
                headers_for(raw, header_top, header_row), session.get("bindings", [])
            )
        else:
            if header_row is None and not ask_mapping:
                self._fail(SheetError("no_header", sheet=raw.name, rows=30))
                return
            header_row = header_row or 1
            headers = headers_for(raw, header_top, header_row)
            colmap = map_columns(headers, self.memory)
            if ask_mapping:
                answer = ImportDialog.ask(
                    self.window,
                    raw,
                    header_row,
                    colmap,
                    lang=current_lang(),
                    memory=self.memory,
                    header_top=header_top,
                )
                if answer is None:
                    self._give_up()
                    return
                header_row, colmap = answer.header_row, answer.colmap
                header_top, included = answer.header_top, answer.included
                meta.include_hidden = answer.include_hidden
            self.memory.remember(colmap)
        meta.header_row = header_row
        meta.bindings = [(b.index, b.field, b.part) for b in colmap.mapped]
        known = self.store_data()  # read here, on the GUI thread; the rows are checked there
        if self._early is None:  # (else the grid already says how many rows are in)
            self.progress.emit(
                self.tr("Checking %n row(s)…", "", sum(1 for r, _ in raw.rows if r > header_row))
            )
        order = BuildOrder(
            header_row,
            colmap,
            include_hidden=meta.include_hidden,
            include=frozenset(included),
            header_top=header_top,
            store_data=known,
            session=session,
        )
        table = ProductTable(store_data=known)
        loaded = LoadedSheet(
            raw, header_row, colmap, table, [], 0, frozenset(included), meta.include_hidden
        )
        early, self._early = self._early, None
        filling = self._filling
        if early is not None and filling is not None:
            first, asked = early
            if asked.store_data is known and first.matches(order, raw):
                # the rows shown were checked as these will be: the child proves them equal
                loaded.table = filling.loaded.table
                order = replace(order, shown=len(first.batch.rows))
            else:  # checked otherwise: the grid starts over with the full path's rows
                self._restart = True
        self._filling = Opened(loaded, meta, [])
        self._build(order)

    def _build(self, order: BuildOrder) -> None:
        stop, child, build, relay = self._stop, self._child, self.build, self._batch.emit
        assert child is not None

        def work(_: Any) -> Built:
            try:
                return child.build(order, relay, stop, build=build)
            finally:
                child.close()

        self.runner.run(work, on_done=self._built, on_failed=self._fail)

    @Slot(object)
    def _arrived(self, batch: RowBatch) -> None:
        """On the GUI thread: one batch of checked rows (the first one starts the filling and
        goes to the grid at once; the next ones are gathered for ``_hand_over``)."""
        filling = self._filling
        if filling is None:
            return  # the opening failed or was cancelled meanwhile
        rows, self._total = batch.rows, batch.total
        if batch.restart or self._restart:  # the first rows shown differed: start over
            self._restart = False
            self._queue.clear()
            filling.loaded.table = ProductTable(store_data=filling.loaded.table.store_data)
            self.streaming.emit(filling)
        batch.keep_sheet_rows(filling.loaded.raw)  # the sheet's texts held once, with the cells
        self._queue.extend(rows[i : i + SLICE_ROWS] for i in range(0, len(rows), SLICE_ROWS))
        if self._paused is None:
            self._paused = collection_paused()
            self._paused.__enter__()
            self.streaming.emit(filling)
            self.rows_arrived.emit(self._queue.popleft(), self._total)  # at once
        if self._queue and not self._drain.isActive():  # not restarted: it keeps its pace
            self._drain.start(HAND_OVER_MS)

    def _hand_over(self, budget: float | None = HAND_OVER_SECONDS) -> None:
        """The rows that arrived, a slice at a time, until none is left or ``budget`` seconds
        went by (None: every one, now); the opening ends once the last is in."""
        began = time.perf_counter()
        while self._queue:
            self.rows_arrived.emit(self._queue.popleft(), self._total)
            if budget is not None and time.perf_counter() - began >= budget:
                break
        if self._queue:
            self._drain.start(0)  # behind: the next turn at once
            return
        self._drain.stop()
        if self._finished is not None:
            self._finish()

    def _resume_collection(self) -> None:
        paused, self._paused = self._paused, None
        if paused is not None:
            paused.__exit__(None, None, None)

    def _built(self, built: Built) -> None:
        self._child = None  # closed by the worker
        if self._filling is None:
            return
        self._finished = built
        if not self._queue:
            self._finish()
        else:
            self._drain.start(0)  # the child is done: the rest is not held back

    def _finish(self) -> None:
        """Every row is in the grid: the opening is over."""
        filling, built = self._filling, self._finished
        self._filling, self._finished, self._restart = None, None, False
        if filling is None or built is None:
            return
        if self._paused is None:  # no row at all: the (empty) table is shown now
            self.streaming.emit(filling)
        self._resume_collection()
        loaded = filling.loaded
        loaded.skipped, loaded.header_top = built.skipped, built.header_top
        rows = loaded.table.rows
        filling.restored = [rows[i] for i in built.restored if i < len(rows)]
        filling.restored_structure = built.restored_structure
        self.opened.emit(filling)
        QTimer.singleShot(SPARE_AFTER_MS, self, self.warm_up)
