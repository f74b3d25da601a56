"""The photo check in a child process, its results streamed back as they come.

Downloading is Python work (httpx and h11 parse every answer in Python): eight threads of it in
the window's own process take the interpreter lock from the GUI thread, whose grid paints by
calling Python for every cell, and the window stutters. In a child process the downloads,
Pillow and the cache files never touch the window's lock; only the results cross, pickled, on
a pipe. The same rule as reading a workbook (DESIGN.md: parsing runs in a worker process).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path

from app.photos.cache import PhotoCache
from app.photos.checking import FoundOne, PhotoChecker, Progress
from app.photos.rules import TIMEOUT_SECONDS

#: a stopped child is given this long to finish its downloads before it is ended
STOP_GRACE_SECONDS = 2.0


class PhotoCheckFailed(RuntimeError):
    """The child process failed (its words), or ended without saying why."""


def check_in_child(
    links: Sequence[str],
    *,
    cache_folder: Path | None,
    found_one: FoundOne,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    timeout: float = TIMEOUT_SECONDS,
) -> None:
    """Check ``links`` in a child process; ``found_one`` and ``progress`` are called on this
    thread as results arrive. ``cancelled()`` is asked between messages."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=False)
    stop = context.Event()
    child = context.Process(
        target=_child,
        args=(list(links), str(cache_folder) if cache_folder else None, timeout, theirs, stop),
        daemon=True,
        name="photo-check",
    )
    child.start()
    theirs.close()
    try:
        _listen(ours, child, stop, found_one, progress, cancelled)
    finally:
        stop.set()
        child.join(STOP_GRACE_SECONDS + timeout if not cancelled() else STOP_GRACE_SECONDS)
        if child.is_alive():
            child.terminate()
            child.join(STOP_GRACE_SECONDS)
        ours.close()


def _listen(
    ours: Connection,
    child: multiprocessing.process.BaseProcess,
    stop: Event,
    found_one: FoundOne,
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> None:
    while True:
        if cancelled():
            stop.set()
            return
        if not ours.poll(0.1):
            if not child.is_alive() and not ours.poll(0):
                raise PhotoCheckFailed(f"the photo check ended (exit code {child.exitcode})")
            continue
        try:
            message = ours.recv()
        except EOFError:
            raise PhotoCheckFailed("the photo check ended without an answer") from None
        kind = message[0]
        if kind == "found":
            found_one(message[1], message[2])
        elif kind == "progress" and progress is not None:
            progress(message[1], message[2])
        elif kind == "failed":
            raise PhotoCheckFailed(message[1])
        elif kind == "done":
            return


def _child(
    links: list[str], folder: str | None, timeout: float, conn: Connection, stop: Event
) -> None:
    try:
        cache = PhotoCache(Path(folder)) if folder else PhotoCache()
        with PhotoChecker(cache, timeout=timeout) as checker:
            checker.check(
                links,
                progress=lambda done, total: conn.send(("progress", done, total)),
                cancelled=stop.is_set,
                found_one=lambda link, check: conn.send(("found", link, check)),
            )
        conn.send(("done",))
    except Exception as exc:  # said to the parent, in words: it shows them
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
