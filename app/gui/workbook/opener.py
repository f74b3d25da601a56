"""Opening a workbook: sheet → header row and column map → table, with the slow steps in
workers. Offers to restore an autosaved session of the same workbook and sheet.

The file itself is read as the CLI reads it: in a bounded child process (``app.sheets.bounded``),
so a hostile workbook that makes the reader abort or allocate without end costs a clear message,
never the window. Building the table from the sheet is the CLI's ``load_rows`` too."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow
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
from app.sheets.bounded import ReadCancelled, list_sheets, read_sheet
from app.sheets.header_rows import HeaderRows, find_header_rows, headers_for, two_row_around
from app.sheets.loading import load_rows, map_columns
from app.sheets.session import SessionMeta, SessionStore, colmap_from, edited_count, restore


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
        if was_enabled:
            gc.enable()
        gc.freeze()


class WorkbookOpener(QObject):
    """``open(path)`` → ``opened(Opened)``, ``failed(str)`` or ``cancelled()``."""

    opened = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(str)

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
        #: what is known of the store when a workbook opens: its rows are checked against it
        #: in the worker (the window points this at its category list)
        self.store_data: Callable[[], StoreData | None] = lambda: None

    def cancel(self) -> None:
        """Stop a read in progress (the window is closing): ``cancelled`` follows."""
        self._stop.set()

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, ReadCancelled):
            self.cancelled.emit()
            return
        text = (
            error.message(current_lang())
            if isinstance(error, SheetError)
            else self.tr("Could not open the workbook: %1").replace("%1", str(error))
        )
        self.failed.emit(text)

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
        self._stop = threading.Event()
        self.progress.emit(self.tr("Opening %1…").replace("%1", path.name))
        if sheet is not None:
            self._read(path, sheet, ask_mapping, restore_answer)
            return

        def chosen(sheets: list[Any]) -> None:
            usable = [s for s in sheets if s.rows > 0 and not s.hidden] or sheets
            name: str | None = usable[0].name if usable else None
            if len(usable) > 1:
                name = SheetPicker.ask(self.window, usable)
                if name is None:
                    self.cancelled.emit()
                    return
            self._read(path, name, ask_mapping, restore_answer)

        stop = self._stop
        self.runner.run(
            lambda _: list_sheets(path, cancel=stop), on_done=chosen, on_failed=self._fail
        )

    def _read(
        self, path: Path, sheet: str | None, ask_mapping: bool, restore_answer: bool | None
    ) -> None:
        stop = self._stop

        def work(_: Any) -> tuple[RawSheet, HeaderRows | None]:
            raw = read_sheet(path, sheet, cancel=stop)
            try:
                return raw, find_header_rows(raw)
            except SheetError:
                return raw, None

        self.runner.run(
            work,
            on_done=lambda got: self._map(path, got[0], got[1], ask_mapping, restore_answer),
            on_failed=self._fail,
        )

    def _map(
        self,
        path: Path,
        raw: RawSheet,
        found: HeaderRows | None,
        ask_mapping: bool,
        restore_answer: bool | None,
    ) -> None:
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
                self.failed.emit(
                    SheetError("no_header", sheet=raw.name, rows=30).message(current_lang())
                )
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
                    self.cancelled.emit()
                    return
                header_row, colmap = answer.header_row, answer.colmap
                header_top, included = answer.header_top, answer.included
                meta.include_hidden = answer.include_hidden
            self.memory.remember(colmap)
        meta.header_row = header_row
        meta.bindings = [(b.index, b.field, b.part) for b in colmap.mapped]
        self.progress.emit(
            self.tr("Checking %n row(s)…", "", sum(1 for r, _ in raw.rows if r > header_row))
        )
        final_row, final_top = header_row, header_top

        def build(_: Any) -> Opened:
            with collection_paused():
                return _build()

        known = self.store_data()  # read here, on the GUI thread; the rows are checked there

        def _build() -> Opened:
            # the CLI's open_table ends the same way
            loaded = load_rows(
                raw,
                final_row,
                colmap,
                include_hidden=meta.include_hidden,
                include=included,
                header_top=final_top,
                store_data=known,
            )
            restored: list[ProductRow] = []
            structure = False
            if session is not None:
                loaded.table = restore(loaded.table, session)
                wanted = {int(p) for p in session.get("rows", {})}
                restored = [r for i, r in enumerate(loaded.table.rows) if i in wanted]
                structure = session.get("order") is not None
            return Opened(loaded, meta, restored, structure)

        self.runner.run(build, on_done=self.opened.emit, on_failed=self._fail)
