"""Where the time of a heartbeat's worst gaps went, thread by thread (a diagnostic, not a figure).

``GapAccount.mark()``, called at each beat on the GUI thread, reads the kernel's own accounting
of every thread of this process and of its child processes (``/proc/.../schedstat``: the
nanoseconds each ran on a core and waited for one) and the whole machine's busy time
(``/proc/stat``). ``report(n)`` prints the ``n`` worst gaps: for each thread and child, how long
it ran and how long it waited for a core in the gap, and what was timed meanwhile (``events``:
each ``pickle.loads`` of a message from a child, each garbage collection, each re-check piece,
with its thread and duration). A gap where the GUI thread neither ran nor waited for a core is
the GUI thread asleep: in its event loop, or waiting for the interpreter lock another thread
held (that thread ran then). A gap where it waited for a core is the machine's.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

#: (run ns, wait ns) per thread id / child pid at one beat
Snapshot = dict[str, tuple[int, int]]


def _schedstat(path: str) -> tuple[int, int] | None:
    try:
        with open(path, "rb") as file:
            run, wait, _ = file.read().split()
    except (OSError, ValueError):
        return None
    return int(run), int(wait)


def _machine_busy() -> int:
    """The machine's busy CPU time in clock ticks (every core, every process)."""
    with open("/proc/stat", "rb") as file:
        fields = [int(v) for v in file.readline().split()[1:]]
    return sum(fields) - fields[3] - fields[4]  # less idle and iowait


class GapAccount:
    def __init__(self) -> None:
        self.marks: list[tuple[float, Snapshot, int]] = []
        #: (start, end, what, thread name)
        self.events: list[tuple[float, float, str, str]] = []
        self.names: dict[str, str] = {}
        self._gc_started: dict[int, float] = {}
        self._tick = os.sysconf("SC_CLK_TCK")
        self._unpatch: list[Callable[[], None]] = []
        gc.callbacks.append(self._gc)
        self._time_loads()

    # ---------------------------------------------------------------- recording

    def mark(self) -> None:
        at = time.perf_counter()
        snap: Snapshot = {}
        for tid in os.listdir("/proc/self/task"):
            got = _schedstat(f"/proc/self/task/{tid}/schedstat")
            if got is not None:
                snap[tid] = got
                if tid not in self.names:
                    self.names[tid] = self._name(tid)
        for child in multiprocessing.active_children():
            got = _schedstat(f"/proc/{child.pid}/schedstat")
            if got is not None:
                key = f"child {child.pid}"
                snap[key] = got
                self.names.setdefault(key, f"child process {child.name}")
        self.marks.append((at, snap, _machine_busy()))

    def _name(self, tid: str) -> str:
        for thread in threading.enumerate():
            if str(thread.native_id) == tid:
                return "GUI thread" if thread is threading.main_thread() else thread.name
        try:
            return Path(f"/proc/self/task/{tid}/comm").read_text().strip() + f" {tid}"
        except OSError:
            return tid

    def timed(self, what: str, owner: Any, name: str) -> None:
        """Record each call of ``owner.name`` as an event."""
        plain = getattr(owner, name)
        events = self.events

        @wraps(plain)
        def timing(*args: Any, **kwargs: Any) -> Any:
            began, cpu = time.perf_counter(), time.thread_time()
            try:
                return plain(*args, **kwargs)
            finally:
                took = (time.thread_time() - cpu) * 1000
                label = f"{what}, {took:.1f} ms CPU"
                events.append((began, time.perf_counter(), label, _thread_name()))

        setattr(owner, name, timing)
        self._unpatch.append(lambda: setattr(owner, name, plain))

    def _time_loads(self) -> None:
        """Each unpickling of a message from a child (``Connection.recv``), with its size."""
        from multiprocessing import connection

        pickler = connection._ForkingPickler  # type: ignore[attr-defined]
        plain = pickler.loads
        events = self.events

        def loads(data: Any, *args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return plain(data, *args, **kwargs)
            finally:
                size = len(data) if hasattr(data, "__len__") else 0
                events.append(
                    (began, time.perf_counter(), f"pickle.loads {size // 1024} KiB", _thread_name())
                )

        pickler.loads = loads
        self._unpatch.append(lambda: setattr(pickler, "loads", plain))

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        me = threading.get_ident()
        if phase == "start":
            self._gc_started[me] = time.perf_counter()
            return
        began = self._gc_started.pop(me, None)
        if began is not None:
            what = f"gc generation {info['generation']} ({info.get('collected', 0)} freed)"
            if info["generation"] == 2:
                what += f", {len(gc.get_objects(2))} objects in generation 2"
            self.events.append((began, time.perf_counter(), what, _thread_name()))

    def close(self) -> None:
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)
        for undo in self._unpatch:
            undo()
        self._unpatch.clear()

    def clear(self) -> None:
        self.marks.clear()
        self.events.clear()

    # ---------------------------------------------------------------- the report

    def gaps(self, until: float | None = None) -> list[tuple[float, int]]:
        """(gap seconds, index of the mark that ends it), longest first; ``until``: only the
        gaps that end by then."""
        found = [
            (b[0] - a[0], i + 1)
            for i, (a, b) in enumerate(itertools.pairwise(self.marks))
            if until is None or b[0] <= until
        ]
        return sorted(found, reverse=True)

    def own_gaps(self, until: float | None = None) -> list[tuple[float, float, float]]:
        """Each gap less the GUI thread's waits for a core in it (what the gap would have been
        had the machine given the GUI thread a core whenever it asked: the window's own part,
        with the other threads' hold of the interpreter), with the gap and the GUI thread's
        time on a core in it; longest first, in seconds."""
        gui = str(threading.main_thread().native_id)
        found = []
        for a, b in itertools.pairwise(self.marks):
            if until is not None and b[0] > until:
                continue
            run0, wait0 = a[1].get(gui, (0, 0))
            run1, wait1 = b[1].get(gui, (0, 0))
            gap = b[0] - a[0]
            found.append((gap - (wait1 - wait0) / 1e9, gap, (run1 - run0) / 1e9))
        return sorted(found, reverse=True)

    def report(self, title: str, worst: int = 3, until: float | None = None) -> None:
        print(f"  where the worst gaps went ({title}):")
        for gap, end in self.gaps(until)[:worst]:
            start_at, before, busy0 = self.marks[end - 1]
            end_at, after, busy1 = self.marks[end]
            machine = (busy1 - busy0) / self._tick * 1000
            print(
                f"    gap {gap * 1000:.0f} ms at +{start_at - self.marks[0][0]:.2f} s"
                f" (the machine's cores busy {machine:.0f} ms in it,"
                f" of {2 * gap * 1000:.0f} ms on 2 cores):"
            )
            rows = []
            for key, (run1, wait1) in after.items():
                run0, wait0 = before.get(key, (run1, wait1))
                ran, waited = (run1 - run0) / 1e6, (wait1 - wait0) / 1e6
                if ran >= 0.5 or waited >= 0.5:
                    rows.append((ran, waited, self.names.get(key, key)))
            for ran, waited, name in sorted(rows, reverse=True):
                print(f"      {ran:6.1f} ms ran, {waited:6.1f} ms waited for a core: {name}")
            inside = [e for e in self.events if e[1] > start_at and e[0] < end_at]
            for began, ended, what, thread in sorted(inside)[:24]:
                print(
                    f"      +{(began - start_at) * 1000:6.1f} ms {(ended - began) * 1000:6.1f} ms"
                    f"  {what} ({thread})"
                )


def _thread_name() -> str:
    thread = threading.current_thread()
    if thread is threading.main_thread():
        return "GUI thread"
    return f"{thread.name} {threading.get_native_id()}"
