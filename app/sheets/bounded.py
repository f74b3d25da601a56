"""Reading a workbook in a child process with limits on memory and time, and a way to cancel.

The readers are C and Rust code fed untrusted files: a hostile workbook can make them allocate
hundreds of gigabytes, abort, or run for minutes. Here they run in a child process started with
``spawn`` (never ``fork``: the window has threads), under ``RLIMIT_AS`` (default 2 GB) and a
deadline (default 120 s; both overridable, see ``limits.CHILD_*``). The result comes back
pickled. Whatever happens in the child — an abort, a MemoryError, the OOM killer, a timeout, a
cancel — the caller gets one clear, translated ``SheetError`` (or ``ReadCancelled``), never a
traceback, and the caller's process lives on.

``open_table``, ``read_with_header``, ``read_sheet`` and ``list_sheets`` here take the same
arguments as those of ``app.sheets`` (plus ``cancel``) and are what the CLI and the window's
worker call. ``start_bounded`` (``start_read_with_header``) starts the child and lets the caller
work while it reads. This module imports the reader alone (never the table and its checks), so
the spawned child starts with nothing else to import.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from app.sheets import limits
from app.sheets.bounds import check_csv_size, open_regular
from app.sheets.errors import SheetError

if TYPE_CHECKING:  # the readers, the table and its checks: imported where they are called
    from app.sheets.loading import LoadedSheet, Override
    from app.sheets.memory import MappingMemory
    from app.sheets.raw import RawSheet, SheetInfo
    from app.sheets.reader import SheetRef
    from app.sheets.sheet_read import Purpose, SheetRead

T = TypeVar("T")
log = logging.getLogger(__name__)
_POLL_SECONDS = 0.1
#: What the reader writes when an allocation fails (Rust: "memory allocation of N bytes failed").
_OOM_WORDS = (b"memory allocation of", b"MemoryError", b"Cannot allocate memory")


class ReadCancelled(Exception):
    """The caller cancelled the read; the child was killed."""


@dataclass(frozen=True, slots=True)
class Bounds:
    memory_bytes: int | None  # None: no address-space limit
    seconds: float

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Bounds:
        env = os.environ if environ is None else environ
        memory: int | None = limits.CHILD_MEMORY_BYTES
        seconds = limits.CHILD_SECONDS
        if (raw := env.get(limits.CHILD_MEMORY_ENV, "").strip()) and raw.isdigit():
            memory = int(raw) * 2**20 or None  # 0: no limit
        with contextlib.suppress(ValueError):
            seconds = float(env.get(limits.CHILD_SECONDS_ENV, "") or seconds)
        return cls(memory, seconds if seconds > 0 else limits.CHILD_SECONDS)


def run_bounded(
    func: Callable[..., T],
    *args: Any,
    name: str,
    bounds: Bounds | None = None,
    cancel: threading.Event | None = None,
    **kwargs: Any,
) -> T:
    """``func(*args, **kwargs)`` in a bounded child process; ``name`` is the file's, for messages.

    ``func`` must be importable by name (a module-level function); its result must pickle.
    """
    with start_bounded(func, *args, name=name, bounds=bounds, cancel=cancel, **kwargs) as running:
        return running.result()


def start_bounded(
    func: Callable[..., T],
    *args: Any,
    name: str,
    bounds: Bounds | None = None,
    cancel: threading.Event | None = None,
    **kwargs: Any,
) -> Running[T]:
    """``run_bounded`` in two steps: the child starts now, and the caller does its own work
    (imports, say) while the child reads, then takes ``result()``. Use it as a context manager:
    leaving the block ends a child whose result was not taken. The deadline runs from now."""
    return Running(func, args, kwargs, name, bounds or Bounds.from_env(), cancel)


class ByName(Generic[T]):
    """A module-level function named by its module and name, imported where it is called: the
    caller starts the child without importing the function's module itself (the reader and
    the field registry are imported by the child alone, while this process does other work)."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __call__(self, *args: Any, **kwargs: Any) -> T:
        func: Callable[..., T] = getattr(importlib.import_module(self.module), self.name)
        return func(*args, **kwargs)


class Running(Generic[T]):
    """A bounded child at work (``start_bounded``): ``result()`` waits for its one answer."""

    def __init__(
        self,
        func: Callable[..., T],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        name: str,
        bounds: Bounds,
        cancel: threading.Event | None,
    ) -> None:
        self._name, self._bounds, self._cancel = name, bounds, cancel
        context = multiprocessing.get_context("spawn")
        self._receiver, sender = context.Pipe(duplex=False)
        handle, self._said_path = tempfile.mkstemp(prefix="toco-read-", suffix=".txt")
        os.close(handle)
        self._deadline = time.monotonic() + bounds.seconds
        self._child: Any = None
        try:
            self._child = context.Process(
                target=_child,
                args=(sender, self._said_path, bounds.memory_bytes, func, args, kwargs),
                name=f"read {name}",
                daemon=True,
            )
            self._child.start()
        except BaseException:
            self.close()
            raise
        finally:
            sender.close()

    def __enter__(self) -> Running[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the child if it still runs and clean up (again: nothing)."""
        child, self._child = self._child, None
        if child is not None and child.pid is not None:  # None: it never started
            if child.is_alive():
                child.kill()
            child.join()
        self._receiver.close()
        if self._said_path:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._said_path)
            self._said_path = ""

    def result(self) -> T:
        """The child's result, or its failure as one ``SheetError`` (``ReadCancelled``)."""
        name, bounds, child = self._name, self._bounds, self._child
        try:
            try:
                answer = _wait(child, self._receiver, bounds, self._cancel, name, self._deadline)
            finally:
                if child.is_alive():
                    child.kill()
                child.join()
                self._receiver.close()
            if answer is None:
                with open(self._said_path, "rb") as said_file:
                    said = said_file.read(1 << 16)  # the reason comes first, a backtrace after it
                if said:
                    log.debug("the reading child said: %s", said[:4000].decode("utf-8", "replace"))
                raise _crash_error(name, child.exitcode, said, bounds)
        finally:
            self.close()
        kind, value = answer
        if kind == "ok":
            result: T = value
            return result
        if kind == "memory":
            raise _memory_error(name, bounds)
        if isinstance(value, SheetError | OSError):
            raise value
        log.debug("the reading child failed: %s", value)
        raise SheetError("read_failed", name=name, why="failed", detail=str(value).splitlines()[0])


def _wait(
    child: Any,
    receiver: Connection,
    bounds: Bounds,
    cancel: threading.Event | None,
    name: str,
    deadline: float,
) -> tuple[str, Any] | None:
    while True:
        ready = wait([receiver, child.sentinel], timeout=_POLL_SECONDS)
        if receiver in ready:
            try:
                answer: tuple[str, Any] = receiver.recv()
                return answer
            except (EOFError, OSError):
                return None  # the child died while sending
        if ready:  # the child ended without an answer
            return None
        if cancel is not None and cancel.is_set():
            child.kill()
            raise ReadCancelled(name)
        if time.monotonic() > deadline:
            child.kill()
            raise SheetError("read_failed", name=name, why="timeout", seconds=f"{bounds.seconds:g}")


def _crash_error(name: str, code: int | None, said: bytes, bounds: Bounds) -> SheetError:
    if any(words in said for words in _OOM_WORDS):
        return _memory_error(name, bounds)
    if code is not None and code < 0:
        return SheetError("read_failed", name=name, why="crashed", signal=-code)
    return SheetError("read_failed", name=name, why="failed", detail=f"exit code {code}")


def _memory_error(name: str, bounds: Bounds) -> SheetError:
    limit = f"{bounds.memory_bytes // 2**20:,}" if bounds.memory_bytes else "?"
    return SheetError("read_failed", name=name, why="memory", limit=limit)


def _child(
    sender: Connection,
    said_path: str,
    memory_bytes: int | None,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    """The child's whole life: limits, the call, one answer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    # what the reader says before it dies (on fd 2, below Python) is read back by the parent
    said = os.open(said_path, os.O_WRONLY | os.O_APPEND)
    os.dup2(said, 2)
    os.close(said)
    if memory_bytes is not None:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        except (ImportError, ValueError, OSError):  # no such limit here (Windows, macOS)
            pass
    send_answer(sender, computed(lambda: func(*args, **kwargs)))
    sender.close()


def computed(work: Callable[[], Any]) -> tuple[str, Any]:
    """A child's answer for ``work()``: ("ok", result), ("memory", None) when it ran out of
    memory, or ("error", a SheetError, an OSError or a one-line text for a reader's bug)."""
    try:
        return ("ok", work())
    except MemoryError:
        return ("memory", None)
    except (SheetError, OSError) as exc:
        return ("error", exc)
    except Exception as exc:  # a bug in a reader: said in one line, never a dead parent
        return ("error", f"{type(exc).__name__}: {exc}")


def send_answer(sender: Connection, answer: tuple[str, Any]) -> None:
    """Send a child's answer to the parent; one it cannot send (memory, a result that does not
    pickle) is said as such instead."""
    try:
        sender.send(answer)
    except MemoryError:
        sender.send(("memory", None))
    except Exception as exc:  # the result did not pickle
        sender.send(("error", f"the result could not be sent back: {type(exc).__name__}: {exc}"))


def _precheck(path: str | Path) -> Path:
    """What the parent can refuse itself, at no cost: a FIFO or device, an oversized CSV."""
    path = Path(path)
    size = open_regular(path)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        check_csv_size(path.name, size)
    return path


def open_table(
    path: str | Path,
    sheet: SheetRef = None,
    purpose: Purpose = "upload",
    overrides: Mapping[int, Override] | None = None,
    memory: MappingMemory | None = None,
    *,
    include_hidden: bool = False,
    cancel: threading.Event | None = None,
    bounds: Bounds | None = None,
) -> LoadedSheet:
    """``app.sheets.open_table`` in a bounded child process."""
    from app.sheets import loading
    from app.sheets.memory import MappingMemory

    path = _precheck(path)
    return run_bounded(
        loading.open_table,
        path,
        sheet,
        purpose,
        dict(overrides) if overrides else None,
        memory if memory is not None else MappingMemory(),
        include_hidden=include_hidden,
        name=path.name,
        bounds=bounds,
        cancel=cancel,
    )


def read_with_header(
    path: str | Path,
    sheet: SheetRef = None,
    purpose: Purpose = "upload",
    *,
    cancel: threading.Event | None = None,
    bounds: Bounds | None = None,
) -> SheetRead:
    """``sheet_read.read_with_header`` in a bounded child process: the sheet's cells and its
    header come back, the mapping and the checks are the caller's (``loading.table_from``)."""
    with start_read_with_header(path, sheet, purpose, cancel=cancel, bounds=bounds) as running:
        return running.result()


def start_read_with_header(
    path: str | Path,
    sheet: SheetRef = None,
    purpose: Purpose = "upload",
    *,
    cancel: threading.Event | None = None,
    bounds: Bounds | None = None,
) -> Running[SheetRead]:
    """``read_with_header`` started (``start_bounded``): the command line imports the checks
    while the child reads."""
    path = _precheck(path)
    read: ByName[SheetRead] = ByName("app.sheets.sheet_read", "read_with_header")
    return start_bounded(
        read,
        path,
        sheet,
        purpose,
        name=path.name,
        bounds=bounds,
        cancel=cancel,
    )


def read_sheet(
    path: str | Path,
    sheet: SheetRef = None,
    *,
    cancel: threading.Event | None = None,
    bounds: Bounds | None = None,
) -> RawSheet:
    """``app.sheets.read_sheet`` in a bounded child process."""
    path = _precheck(path)
    from app.sheets import reader

    return run_bounded(reader.read_sheet, path, sheet, name=path.name, bounds=bounds, cancel=cancel)


def list_sheets(
    path: str | Path,
    *,
    cancel: threading.Event | None = None,
    bounds: Bounds | None = None,
) -> list[SheetInfo]:
    """``app.sheets.list_sheets`` in a bounded child process."""
    path = _precheck(path)
    from app.sheets import reader

    return run_bounded(reader.list_sheets, path, name=path.name, bounds=bounds, cancel=cancel)
