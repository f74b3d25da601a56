"""What a hostile workbook can make the window's reading child do, as module-level functions
(``spawn`` imports them by name): crash, hang, eat memory — and a slow build that sends its
first rows and then takes its time (to cancel an opening while rows arrive)."""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

from app.sheets.reading_child import build_kept, read_and_keep
from app.sheets.row_batches import BuildOrder, Built, RowBatch


def crashes(path: Path, sheet: Any, fallback: bool = True) -> Generator[Any, None, Any]:
    os.abort()
    yield from read_and_keep(path, sheet, fallback)


def hangs(path: Path, sheet: Any, fallback: bool = True) -> Generator[Any, None, Any]:
    time.sleep(600)
    return (yield from read_and_keep(path, sheet, fallback))


def eats_memory(order: BuildOrder) -> Generator[RowBatch, None, Built]:
    hog = [bytearray(2**20) for _ in range(4096)]  # 4 GB, past the child's limit
    yield RowBatch([], len(hog))
    return Built()


def slow_after_first_rows(order: BuildOrder) -> Generator[RowBatch, None, Built]:
    built = build_kept(order)
    yield next(built)
    time.sleep(600)
    return (yield from built)


def notes_its_pid(path: Path, sheet: Any, fallback: bool = True) -> Generator[Any, None, Any]:
    """The plain read, which first writes the child's process id next to the workbook (which
    child served the opening: the spare one, or one started for it)."""
    path.with_suffix(".pid").write_text(str(os.getpid()))
    return (yield from read_and_keep(path, sheet, fallback))


def slow_after_two_batches(order: BuildOrder) -> Generator[RowBatch, None, Built]:
    """Sends two batches (the second waits in the window for its hand-over), then takes its
    time: to cancel an opening while rows that arrived are not yet in the grid."""
    built = build_kept(order)
    yield next(built)
    yield next(built)
    time.sleep(600)
    return (yield from built)
