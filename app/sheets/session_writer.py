"""The session's files written in a thread of their own, in the order they were handed over.

The window copies what a write needs on its own thread (``session.row_state``,
``session.capture``: plain copies, a few microseconds a row) and hands the write over; the
JSON encoding, the append with its fsync and the atomic rewrite of the session then run here,
one after another, so the files on disk go through exactly the states they would if each
write ran where it was handed over. ``wait()`` returns once everything handed over so far is
on disk (or failed): a write that must be durable before the caller goes on (an edit of the
merchant's, the session on close) waits for the ones before it, then runs.

A write that raises (``OSError``: the disk) is reported to ``on_error`` (in this thread) and
the next one runs; the writes themselves never leave a half-written file (``SessionStore``:
appends of whole lines, fsynced; the session replaced atomically).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from app.giving_way import waiting_for_workers
from app.sheets.gc_pause import paused_gc

Write = Callable[[], None]


class SessionWriter:
    """One thread writing what it is handed, in order (started on the first write)."""

    def __init__(self, on_error: Callable[[str], None]) -> None:
        self.on_error = on_error
        self._writes: deque[Write] = deque()
        self._busy = 0  # handed over and not yet done
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None

    def hand_over(self, write: Write) -> None:
        """``write()`` runs in the writer's thread after every write handed over before it."""
        with self._ready:
            self._writes.append(write)
            self._busy += 1
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="session-writer", daemon=True
                )
                self._thread.start()
            self._ready.notify_all()

    @property
    def idle(self) -> bool:
        with self._ready:
            return self._busy == 0

    def wait(self) -> None:
        """Until every write handed over so far is done (the writer gives way to no one
        meanwhile: ``waiting_for_workers``)."""
        with waiting_for_workers(), self._ready:
            while self._busy:
                self._ready.wait()

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._writes:
                    self._ready.wait()
                write = self._writes.popleft()
            try:
                with paused_gc():  # what a write makes is freed by its counts when it ends
                    write()
            except Exception as error:  # an unexpected value must not stop the thread
                self.on_error(str(error))
            finally:
                with self._ready:
                    self._busy -= 1
                    self._ready.notify_all()
