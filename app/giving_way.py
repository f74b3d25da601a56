"""Background threads give way to the window while its thread is at work.

The window's thread needs the interpreter lock far more often than its Python code shows:
Qt calls back into Python for every visible cell it paints (the delegate, the model), for
every header section, every event filter and every virtual call on a widget subclassed in
Python. While a worker thread runs Python (the compare's diff, the autosave's encoding), each
of those waits for the lock up to the switch interval (5 ms). Measured on a bare loop: a
heartbeat whose slot took and released the lock 100 times went from 9 ms to 530 ms beside one
busy worker; with the worker giving way, 20 ms.

So the window says when its thread is at work and when it waits for events again
(``window_busy`` at its first event after a wait, ``window_idle`` before the next wait:
``app.gui.kit.turns``), and the long loops of workers call ``give_way()`` between small pieces
of their work (a row): while the window's thread is at work, a worker waits for it to be idle,
holding no lock. It waits at most ``LONGEST_WAIT`` for one spell of work, and only once for
it: a window that stays at work (a long piece of its own, or waiting for this very worker)
holds a worker back for at most that long, never for good; a wait of the window's thread
for its workers (``waiting_for_workers``) is no work at all. The window's thread never
waits.

Nothing here imports Qt: the loops below the window (``app.sync``, ``app.sheets``,
``app.catalog``, ``app.partner``) call ``give_way()``, and it costs one attribute read when
the window is idle or absent (the command line).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: [ours] the longest a worker waits for one spell of the window's work (its pieces are
#: 1–20 ms; a longer one shares the interpreter as before)
LONGEST_WAIT = 0.05

_idle = threading.Event()
_idle.set()
_window: int | None = None  # the window's thread (it never waits for itself)
_spell = 0  # counts the window thread's spells of work
_waited = threading.local()  # per worker: the spell it has already waited for


def give_way() -> None:
    """Wait, holding no lock, while the window's thread is at work (at most
    ``LONGEST_WAIT``, once per spell of work); return at once when it is idle, or when
    called on that thread."""
    if _idle.is_set():
        return
    spell = _spell
    if threading.get_ident() == _window or getattr(_waited, "spell", None) == spell:
        return
    _waited.spell = spell
    _idle.wait(LONGEST_WAIT)


def window_busy() -> None:
    """On the window's thread: it is at work (workers give way until it is idle)."""
    global _window, _spell
    if _idle.is_set():
        _window = threading.get_ident()
        _spell += 1
        _idle.clear()


def window_idle() -> None:
    """On the window's thread: it waits for events again (workers go on)."""
    _idle.set()


@contextmanager
def waiting_for_workers() -> Iterator[None]:
    """Around a wait of the window's thread for workers (the autosave's writer, the task
    pool): it is idle meanwhile, so the worker it waits for does not first wait for it; at
    work again after. On any other thread: nothing."""
    if threading.get_ident() != _window or _idle.is_set():
        yield
        return
    window_idle()
    try:
        yield
    finally:
        window_busy()


def window_at_work() -> bool:
    """Whether the window's thread said it is at work and not yet that it is idle."""
    return not _idle.is_set()
