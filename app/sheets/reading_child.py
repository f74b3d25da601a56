"""One child process that reads a workbook and checks its rows, for the window.

The window must never run the reader (C and Rust code fed untrusted files) nor the checks of
50,000 rows on its own interpreter: either would hold the lock its event loop needs, and a
hostile file could take it down. ``ReadingChild`` starts one process (``spawn``, never ``fork``:
the window has threads) under the same limits as ``app.sheets.bounded`` (``RLIMIT_AS`` where
the OS has it, a deadline per step, a cancel) and keeps it for the whole opening: it lists the
sheets, reads one (and keeps it), and — once the merchant has chosen the header and the
columns — checks the rows and sends them back in batches, the first one small, so the grid
fills while the rest is checked. Each batch is one pickle: its unpickling in the window's
worker thread is short, and the window's thread gets the interpreter between batches.

A crash, a memory blow-up or a hang ends the child, never the window: the caller gets one
translated ``SheetError`` (or ``ReadCancelled``), as from ``run_bounded``.

``SpareChild`` is such a child started before the merchant picks a file (its interpreter up,
the reader and the checks imported: about a second saved on the first rows); an opening takes
it over when it was started under the same memory limit, else starts its own.

Limits per OS: on Linux ``RLIMIT_AS`` bounds the child's address space; macOS does not enforce
it and Windows has no such limit, so there only the deadline and the reader's own checks
(file size, sheet extent, cell size) apply.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.sheets import first_batch, reader
from app.sheets.bounded import (
    Bounds,
    ReadCancelled,
    _crash_error,
    _memory_error,
    _precheck,
    computed,
    send_answer,
)
from app.sheets.errors import SheetError
from app.sheets.first_batch import EarlyOrder, FirstRows, check_first_rows, verified
from app.sheets.raw import RawSheet, SheetInfo
from app.sheets.row_batches import BuildOrder, Built, RowBatch, build_in_batches

if TYPE_CHECKING:
    from app.catalog.table import ProductRow

_POLL_SECONDS = 0.05
#: Raw rows travel back in pieces of this many rows (one short unpickling each: 2,000 rows of
#: 25 cells took 15 ms, holding the window's interpreter lock).
RAW_CHUNK_ROWS = 500

#: The sheet the child has read, kept for the build (the child's own global: one per process).
_KEPT: dict[str, RawSheet] = {}


def read_and_keep(
    path: Path, sheet: str | int | None, fallback: bool = True
) -> Generator[Any, None, RawSheet]:
    """In the child: read the sheet, keep it, send its rows in chunks; returns the sheet
    without its rows (the parent joins the chunks). ``fallback``: as ``reader.read_sheet``."""
    raw = reader.read_sheet(path, sheet, fallback=fallback)
    _KEPT["raw"] = raw
    for start in range(0, len(raw.rows), RAW_CHUNK_ROWS):
        yield raw.rows[start : start + RAW_CHUNK_ROWS]
    shell = RawSheet(raw.name, raw.path, [], raw.format, raw.merged)
    shell.hidden_rows, shell.hidden_columns = raw.hidden_rows, raw.hidden_columns
    shell.notices = raw.notices
    return shell


def read_first_then_keep(
    path: Path, sheet: str, fallback: bool, early: EarlyOrder
) -> Generator[Any, None, RawSheet]:
    """In the child: the sheet's first rows checked and sent at once (``FirstRows``, when the
    first pass is sure of them), then ``read_and_keep``."""
    _SHOWN.clear()
    first = check_first_rows(path, sheet, early)
    if first is not None:
        _SHOWN.extend(first.batch.rows)
        yield first
    return (yield from read_and_keep(path, sheet, fallback))


def build_kept(order: BuildOrder) -> Generator[RowBatch, None, Built]:
    """In the child: the kept sheet's rows, checked, in batches (less the first rows shown
    when they are proved equal: ``first_batch.verified``)."""
    gc.disable()  # nothing to collect while the table grows; the child ends soon after
    batches = build_in_batches(_KEPT["raw"], order)
    if order.shown and len(_SHOWN) == order.shown:
        return (yield from verified(batches, list(_SHOWN)))
    return (yield from batches)


#: The first rows the child sent before the whole sheet was read (``read_first_then_keep``).
_SHOWN: list[ProductRow] = []


class ReadingChild:
    """The child of one opening. ``list_sheets``, ``read_sheet``, ``build`` block the calling
    (worker) thread; ``close`` ends the child. Not thread-safe: one step at a time."""

    def __init__(
        self,
        path: str | Path,
        *,
        bounds: Bounds | None = None,
        spare: SpareChild | None = None,
    ) -> None:
        """``spare``: a child spawned (and its imports done) before the merchant picked the
        file; it is used when it is alive and was spawned under the same limits, else closed
        and a new child spawned."""
        self.path = _precheck(path)
        self.name = self.path.name
        self.bounds = bounds or Bounds.from_env()
        if spare is not None and spare.usable(self.bounds):
            self._conn, self._process, self._said_path = spare.take()
            return
        if spare is not None:
            spare.close()
        self._conn, self._process, self._said_path = _spawn(self.bounds, f"read {self.name}")

    # ---------------------------------------------------------------- the steps

    def list_sheets(self, cancel: threading.Event | None = None) -> list[SheetInfo]:
        sheets: list[SheetInfo] = self.call(reader.list_sheets, self.path, cancel=cancel)
        return sheets

    def only_sheet(self, cancel: threading.Event | None = None) -> str | None:
        """The name of the workbook's one worksheet, from its metadata alone (nothing parsed);
        None when it has several, or none, or is a CSV: then ``list_sheets`` says."""
        found: list[tuple[str, bool]] = self.call(
            reader.worksheet_visibility, self.path, cancel=cancel
        )
        return found[0][0] if len(found) == 1 else None

    def read_sheet(
        self,
        sheet: str | int | None = None,
        cancel: threading.Event | None = None,
        read: Callable[..., Any] = read_and_keep,
        *,
        fallback: bool = True,
        early: EarlyOrder | None = None,
        on_first: Callable[[FirstRows], None] | None = None,
    ) -> RawSheet:
        """``early`` (a sheet named, the plain reader): the first rows are checked and go to
        ``on_first`` before the whole sheet is read (``first_batch``)."""
        rows: list[tuple[int, list[Any]]] = []

        def part(value: Any) -> None:
            if isinstance(value, FirstRows):
                if on_first is not None:
                    on_first(value)
            else:
                rows.extend(value)

        if early is not None and isinstance(sheet, str) and read is read_and_keep:
            args: tuple[Any, ...] = (read_first_then_keep, self.path, sheet, fallback, early)
        else:
            args = (read, self.path, sheet, fallback)
        shell: RawSheet = self.call(*args, cancel=cancel, on_part=part)
        shell.rows = rows
        shell.path = Path(shell.path)
        return shell

    def build(
        self,
        order: BuildOrder,
        on_batch: Callable[[RowBatch], None],
        cancel: threading.Event | None = None,
        build: Callable[..., Any] = build_kept,
    ) -> Built:
        built: Built = self.call(build, order, cancel=cancel, on_part=on_batch)
        return built

    def close(self) -> None:
        """End the child (it also ends by itself when the pipe closes)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()
        if os.path.exists(self._said_path):
            os.unlink(self._said_path)

    # ---------------------------------------------------------------- the protocol

    def call(
        self,
        func: Callable[..., Any],
        *args: Any,
        cancel: threading.Event | None = None,
        on_part: Callable[[Any], None] | None = None,
    ) -> Any:
        """``func(*args)`` in the child (a generator's items go to ``on_part``), within the
        deadline; every way it can fail becomes a ``SheetError`` or ``ReadCancelled``."""
        try:
            self._conn.send((func, args))
        except (OSError, ValueError):
            self._fail(None)
        deadline = time.monotonic() + self.bounds.seconds
        while True:
            for kind, value in self._answers(deadline, cancel):
                if kind == "ready":  # the child's imports are done (see SpareChild)
                    continue
                if kind == "part":
                    if on_part is not None:
                        on_part(value)
                    deadline = time.monotonic() + self.bounds.seconds  # it is moving on
                    continue
                if kind == "ok":
                    return value
                if kind == "memory":
                    self.close()
                    raise _memory_error(self.name, self.bounds)
                if isinstance(value, SheetError | OSError):
                    raise value
                raise SheetError(
                    "read_failed", name=self.name, why="failed", detail=str(value).splitlines()[0]
                )

    def _answers(
        self, deadline: float, cancel: threading.Event | None
    ) -> Iterator[tuple[str, Any]]:
        ready = wait([self._conn, self._process.sentinel], timeout=_POLL_SECONDS)
        if self._conn in ready:
            try:
                yield self._conn.recv()
                return
            except (EOFError, OSError):
                self._fail(None)  # the child died while sending
        if ready:
            self._fail(None)
        if cancel is not None and cancel.is_set():
            self.close()
            raise ReadCancelled(self.name)
        if time.monotonic() > deadline:
            self.close()
            raise SheetError(
                "read_failed", name=self.name, why="timeout", seconds=f"{self.bounds.seconds:g}"
            )

    def _fail(self, _: object) -> None:
        self._process.join(5)
        code = self._process.exitcode
        said = b""
        try:
            with open(self._said_path, "rb") as said_file:
                said = said_file.read(1 << 16)
        except OSError:
            pass
        self.close()
        raise _crash_error(self.name, code, said, self.bounds)


#: ``TOCO_WARM_READER=0``: the window starts no spare child (each opening starts its own).
WARM_ENV = "TOCO_WARM_READER"
#: What a child imports before it says it is ready: the reader and the row checks (pydantic
#: and the field registry included), so a spare child answers its first call at once.
WARM_MODULES = (
    "app.sheets.reader",
    "app.sheets.row_batches",
    "app.sheets.header_rows",
    "app.sheets.first_batch",
)


def _spawn(bounds: Bounds, name: str) -> tuple[Connection, Any, str]:
    """A started child: the parent's end of its pipe, the process, the file its stderr goes to."""
    context = multiprocessing.get_context("spawn")
    conn, child_end = context.Pipe(duplex=True)
    handle, said_path = tempfile.mkstemp(prefix="toco-read-", suffix=".txt")
    os.close(handle)
    process = context.Process(
        target=_child_main,
        args=(child_end, said_path, bounds.memory_bytes),
        name=name,
        daemon=True,
    )
    process.start()
    child_end.close()
    return conn, process, said_path


class SpareChild:
    """A reading child started ahead of an opening (the window starts one when it opens and
    after each opening): its interpreter is up and the reader and checks are imported when
    the merchant picks a file, so the first rows do not wait for them. ``ReadingChild(path,
    spare=...)`` takes it over for one opening; a spare is never used twice."""

    def __init__(self, bounds: Bounds | None = None) -> None:
        self.bounds = bounds or Bounds.from_env()
        self._conn, self._process, self._said_path = _spawn(self.bounds, "read (spare)")
        self._ready = False
        self._taken = False

    @property
    def pid(self) -> int | None:
        pid: int | None = self._process.pid
        return pid

    def ready(self) -> bool:
        """Whether its imports are done (never blocks)."""
        if not self._ready and not self._taken:
            try:
                if self._conn.poll(0):
                    self._ready = self._conn.recv()[0] == "ready"
            except (EOFError, OSError):
                return False
        return self._ready

    def usable(self, bounds: Bounds) -> bool:
        """Alive, not taken, and started under the memory limit an opening now asks for."""
        return (
            not self._taken
            and self._process.is_alive()
            and self.bounds.memory_bytes == bounds.memory_bytes
        )

    def take(self) -> tuple[Connection, Any, str]:
        self._taken = True
        return self._conn, self._process, self._said_path

    def close(self) -> None:
        """End it (unless an opening took it over: then that opening ends it)."""
        if self._taken:
            return
        self._taken = True
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()
        if os.path.exists(self._said_path):
            os.unlink(self._said_path)


def _child_main(conn: Connection, said_path: str, memory_bytes: int | None) -> None:
    """The child's whole life: limits, imports, "ready", then one call after another until the
    pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    said = os.open(said_path, os.O_WRONLY | os.O_APPEND)
    os.dup2(said, 2)  # what a reader says before it dies is read back by the parent
    os.close(said)
    if memory_bytes is not None:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        except (ImportError, ValueError, OSError):  # no such limit here (Windows, macOS)
            pass
    for module in WARM_MODULES:
        importlib.import_module(module)
    first_batch.warm_up()  # the checks' first-call costs, before any workbook
    try:
        conn.send(("ready", None))
    except (EOFError, OSError):
        return
    while True:
        try:
            func, args = conn.recv()
        except (EOFError, OSError):
            return
        _answer(conn, func, args)


def _answer(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    def work() -> Any:
        result = func(*args)
        if isinstance(result, Generator):
            while True:
                try:
                    part = next(result)
                except StopIteration as end:
                    return end.value
                conn.send(("part", part))
        return result

    send_answer(conn, computed(work))
