"""How smoothly the window keeps working while it uploads, compares with the store and syncs.

A real main window (offscreen, fresh XDG folders) with a 10 ms heartbeat timer on its GUI
thread opens the merchant workbook (``data.merchant_workbook``), then, against the sandbox in
its own process (``common.sandbox_process``: the store's work does not share the window's
interpreter lock), in turn:

- uploads every ready row (Store → Upload all ready; the question answered yes),
- compares the sheet with the store (Store → Compare with store: the product list downloaded
  in a worker, then the diff and its marks),
- syncs (Store → Sync: compare afresh, then send the changes; the question answered yes).

For each step the figure is the worst gap between two heartbeats while the step ran; the
baseline of the same run is the worst gap of the same window left idle as long. The window's
photo check is off here (``bench_photos.py`` measures it, with its own photo servers).
A benchmark, not a test. ``python benchmarks/bench_window_heartbeat.py [--quick] [--rows N]``
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import figure, open_in_window, quick, sandbox_process
from benchmarks.data import merchant_workbook

INTERVAL_MS = 10
TARGET_MS = 50.0
IDLE_S = 5.0


class Stalls:
    """With ``--stalls``: a thread that samples the GUI thread's stack whenever no heartbeat
    came for 50 ms, and counts where it was (what blocks the window, to profile it)."""

    def __init__(self, beats: list[float]) -> None:
        import threading

        self.beats = beats
        self.main = threading.get_ident()
        self.counts: collections.Counter[str] = collections.Counter()
        #: each sample in a gap: when, the GUI thread's CPU then, where it was (``worst_gap``)
        self.samples: list[tuple[float, float, str]] = []
        #: each sample's CPU time of every Python thread, by name (the worst gap's per thread)
        self.threads: list[dict[str, float]] = []
        self.clock = time.pthread_getcpuclockid(self.main)
        self.on = True
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        import traceback

        while self.on:
            time.sleep(0.01)
            last = self.beats[-1] if self.beats else None
            if last is None or time.perf_counter() - last < TARGET_MS / 1000:
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = [
                f"{Path(f.filename).name}:{f.lineno} {f.name}"
                for f in traceback.extract_stack(frame)
                if "/app/" in f.filename
            ]
            where = " < ".join(reversed(stack[-4:])) or "(Qt, no Python frame)"
            self.counts[where] += 1
            self.samples.append((time.perf_counter(), time.clock_gettime(self.clock), where))
            self.threads.append(_thread_times())

    def worst_gap(self, start: float, end: float) -> None:
        """Where the GUI thread was through the worst gap, in order: runs of the same place,
        with their wall and the GUI thread's CPU."""
        inside = [s for s in self.samples if start <= s[0] <= end]
        print(f"  the worst gap, {(end - start) * 1000:.0f} ms, in order (10 ms samples):")
        pairs = zip(self.samples, self.threads, strict=False)  # (a clear between: one short)
        times = [t for s, t in pairs if start <= s[0] <= end]
        if len(times) >= 2:  # from its first sample to its last: which threads ran
            ran = {n: times[-1][n] - c for n, c in times[0].items() if n in times[-1]}
            busiest = sorted(ran.items(), key=lambda item: -item[1])[:6]
            print(
                "    threads' CPU from its first sample to its last: "
                + ", ".join(f"{n} {c * 1000:.0f} ms" for n, c in busiest if c >= 0.001)
            )
        runs: list[list[Any]] = []
        for at, cpu, where in inside:
            if runs and runs[-1][2] == where:
                runs[-1][1], runs[-1][4] = at, cpu
                runs[-1][5] += 1
            else:
                runs.append([at, at, where, cpu, cpu, 1])
        for first, last, where, cpu0, cpu1, count in runs[:40]:
            print(
                f"    +{(first - start) * 1000:6.0f} ms  {count:3} samples, "
                f"{(last - first) * 1000:5.0f} ms wall, {(cpu1 - cpu0) * 1000:5.0f} ms CPU  {where}"
            )

    def report(self, name: str) -> None:
        print(f"  where the GUI thread was during gaps over 50 ms ({name}), 10 ms samples:")
        for where, count in self.counts.most_common(8):
            print(f"    {count:5}  {where}")
        self.counts.clear()


class LockProbe:
    """With ``--stalls``: how long another thread kept the interpreter lock in one piece. A
    thread sleeps 2 ms again and again; how late it wakes is the time it waited for the lock
    (plus the machine's scheduling): the longest wait is the longest piece any other thread —
    the GUI thread, the job's, the compare's — held the lock while this one wanted it. The
    collections each thread ran (``gc.callbacks``) are counted with their time: a collection
    holds the lock in one piece."""

    def __init__(self) -> None:
        import gc
        import threading

        self.waits: list[float] = []
        #: the longest piece of CPU one other thread ran while the probe waited: seconds, the
        #: thread's name, where it was when the probe woke
        self.held: tuple[float, str, str] = (0.0, "", "")
        self.collections: collections.Counter[str] = collections.Counter()
        self.collected: collections.defaultdict[str, float] = collections.defaultdict(float)
        self._gc_started = 0.0
        self.on = True
        gc.callbacks.append(self._gc)
        threading.Thread(target=self._probe, name="lock-probe", daemon=True).start()

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        import threading

        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        where = f"generation {info['generation']} in {threading.current_thread().name}"
        self.collections[where] += 1
        self.collected[where] += time.perf_counter() - self._gc_started

    def _probe(self) -> None:
        import threading
        import traceback

        me = threading.get_ident()
        while self.on:
            others = _cpu_clocks(me)
            started = time.perf_counter()
            time.sleep(0.002)
            self.waits.append(time.perf_counter() - started - 0.002)
            # the CPU another thread ran while this one waited: the piece it held the lock
            # for, without the machine's scheduling (which only adds wall time)
            for ident, (name, clock, before) in others.items():
                try:
                    ran = time.clock_gettime(clock) - before
                except OSError:  # the thread ended meanwhile
                    continue
                if ran > self.held[0]:
                    frame = sys._current_frames().get(ident)
                    where = [
                        f"{Path(f.filename).name}:{f.lineno} {f.name}"
                        for f in (traceback.extract_stack(frame) if frame is not None else [])
                        if "/app/" in f.filename
                    ]
                    self.held = (ran, name, " < ".join(reversed(where[-3:])) or "(no app frame)")

    def close(self) -> None:
        import gc

        self.on = False
        gc.callbacks.remove(self._gc)

    def report(self, name: str) -> None:
        waits = sorted(self.waits)
        self.waits.clear()
        if waits:
            at = waits[int(len(waits) * 0.99)]
            print(
                f"  the lock held elsewhere in one piece ({name}): longest {waits[-1] * 1000:.1f}"
                f" ms, 99th percentile {at * 1000:.1f} ms, {len(waits)} wake-ups"
            )
        ran, thread, where = self.held
        self.held = (0.0, "", "")
        print(
            f"  the longest piece of another thread's CPU while the probe waited ({name}):"
            f" {ran * 1000:.1f} ms, {thread} at {where}"
        )
        for where, count in self.collections.most_common():
            print(f"    {count:5} collections, {self.collected[where]:.3f} s: {where}")
        self.collections.clear()
        self.collected.clear()


def _thread_times() -> dict[str, float]:
    """Every Python thread's CPU time now, by name (the same name twice: numbered)."""
    import threading

    times: dict[str, float] = {}
    for thread in threading.enumerate():
        if thread.ident is None:
            continue
        try:
            cpu = time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
        except OSError:
            continue
        name = thread.name
        while name in times:
            name += "'"
        times[name] = cpu
    return times


def _gap_threads(
    times: list[dict[str, float]], gaps: list[tuple[float, float, float]]
) -> dict[str, float]:
    """Each thread's CPU in the gaps over the target, summed (``times[k]`` is at the start of
    gap ``k``: the run's start, then each beat)."""
    ran: collections.defaultdict[str, float] = collections.defaultdict(float)
    for k, gap in enumerate(gaps):
        if gap[0] * 1000 <= TARGET_MS or k + 1 >= len(times):
            continue
        before, after = times[k], times[k + 1]
        for name, cpu in after.items():
            ran[name] += cpu - before.get(name, cpu)
    return dict(sorted(ran.items(), key=lambda item: -item[1]))


def _cpu_clocks(me: int) -> dict[int, tuple[str, int, float]]:
    """Every other Python thread's CPU clock and its time now."""
    import threading

    clocks: dict[int, tuple[str, int, float]] = {}
    for thread in threading.enumerate():
        ident = thread.ident
        if ident is None or ident == me:
            continue
        try:
            clock = time.pthread_getcpuclockid(ident)
            clocks[ident] = (thread.name, clock, time.clock_gettime(clock))
        except OSError:
            continue
    return clocks


class Heartbeat:
    """A 10 ms timer on the GUI thread; the gaps between its beats, and the GUI thread's own
    CPU time in each gap (``time.thread_time`` at each beat): a gap whose CPU is near its
    length is the GUI thread working (painting, a slot), one with little CPU is the thread
    waiting (for a core on the loaded machine, or for the interpreter lock a worker holds)."""

    def __init__(self, stalls: bool = False, threads: bool = False) -> None:
        from PySide6.QtCore import QTimer

        self.beats: list[float] = []
        #: with ``--threads``: every Python thread's CPU time at each beat (read on the GUI
        #: thread, no thread of its own that would want the interpreter lock too)
        self.thread_cpu: list[dict[str, float]] | None = [] if threads else None
        self.cpu: list[float] = []
        self.process: list[float] = []  # the whole process's CPU time (every thread) at each beat
        self.timer = QTimer()
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._beat)
        self.stalls = Stalls(self.beats) if stalls else None
        #: with ``--dumps FILE``: every thread's stack each 100 ms without a beat
        self.dumps: Any = None
        self.probe = LockProbe() if stalls else None
        self.worst_cpu_ms = 0.0  # of the last run: the GUI thread's CPU in its worst gap
        self.worst_process_ms = 0.0  # and the whole process's
        #: of the last run: gaps over 50 ms, their wall, the GUI thread's CPU and the process's
        #: (its workers too) in them: a gap with little of either is the machine's load
        self.long_gaps = (0, 0.0, 0.0, 0.0)
        self.gap_threads: dict[str, float] = {}  # with ``--threads``: of the last run

    def _beat(self) -> None:
        if self.dumps is not None:  # C's watchdog: it needs no interpreter lock to look
            import faulthandler

            faulthandler.dump_traceback_later(0.1, repeat=True, file=self.dumps)
        self.cpu.append(time.thread_time())
        self.process.append(time.process_time())
        if self.thread_cpu is not None:
            self.thread_cpu.append(_thread_times())
        self.beats.append(time.perf_counter())

    def run(self, start: Callable[[], object], done: Any, timeout_s: float) -> tuple[float, float]:
        """Starts the timer and ``start()``, waits for the ``done`` signal: (seconds, worst gap
        in ms)."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        done.connect(loop.quit)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        self.beats.clear()
        self.cpu.clear()
        self.process.clear()
        if self.thread_cpu is not None:
            self.thread_cpu.clear()
            self.thread_cpu.append(_thread_times())
        if self.stalls is not None:
            self.stalls.samples.clear()
            self.stalls.threads.clear()
        if self.probe is not None:
            self.probe.waits.clear()
            self.probe.held = (0.0, "", "")
            self.probe.collections.clear()
            self.probe.collected.clear()
        started, cpu, process = time.perf_counter(), time.thread_time(), time.process_time()
        self.timer.start()
        start()
        loop.exec()
        self.timer.stop()
        if self.dumps is not None:
            import faulthandler

            faulthandler.cancel_dump_traceback_later()
        done.disconnect(loop.quit)
        seconds = time.perf_counter() - started
        marks = [(started, cpu, process), *zip(self.beats, self.cpu, self.process, strict=True)]
        gaps = [(b[0] - a[0], b[1] - a[1], b[2] - a[2]) for a, b in itertools.pairwise(marks)]
        worst = max(gaps, default=(seconds, 0.0, 0.0))
        if self.stalls is not None and gaps:
            at = gaps.index(worst)
            self.stalls.worst_gap(marks[at][0], marks[at + 1][0])
        if self.stalls is not None:
            self.stalls.samples.clear()
            self.stalls.threads.clear()
        self.worst_cpu_ms = worst[1] * 1000
        self.worst_process_ms = worst[2] * 1000
        if self.thread_cpu is not None:
            self.gap_threads = _gap_threads(self.thread_cpu, gaps)
        long = [g for g in gaps if g[0] * 1000 > TARGET_MS]
        wall, gui, everything = (sum(g[k] for g in long) for k in range(3))
        self.long_gaps = (len(long), wall, gui, everything)
        return seconds, worst[0] * 1000

    def idle(self, seconds: float) -> float:
        from PySide6.QtCore import QTimer

        done = _ending()
        return self.run(
            lambda: QTimer.singleShot(int(seconds * 1000), done.over.emit), done.over, seconds + 5
        )[1]


def _ending() -> Any:
    """A Qt object with an ``over`` signal (the end of a timed step)."""
    from PySide6.QtCore import QObject, Signal

    class Done(QObject):
        over = Signal()

    return Done()


def settle(window: Any) -> None:
    """Until the opened window has nothing left to do: the store's lists gathered and the rows
    checked against them (the brand search's re-check too), its session written (the
    autosave's writer idle, no save pending), then a second of events with the GUI thread
    idle. (Round 3's idle baseline still sampled the brand search's re-check.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    autosave, lists = window.autosave, window.category_list
    for _ in range(60):
        loop = QEventLoop()
        QTimer.singleShot(1000, loop.quit)
        loop.exec()
        writer = getattr(autosave, "writer", None)
        if (
            not autosave._timer.isActive()
            and (writer is None or writer.idle)
            and not lists.loading
            and not lists.checking.pending
        ):
            return


def price_edit(window: Any, over: Any) -> None:
    """The merchant raises the price of one row in ten since the upload (one undo command:
    1,000 rows at 10,000); ``over`` is emitted 1.5 s later (its re-check, Problems list and
    autosave included)."""
    from PySide6.QtCore import QTimer

    model = window.model
    changes = []
    for i in range(0, model.rowCount(), 10):
        price = model.table.rows[i].values.get("price")
        if isinstance(price, int):
            changes.append((i, "price", price + 1000))
    model.edit(changes, "price up")
    QTimer.singleShot(1500, over.emit)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=2_000 if quick() else 10_000)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--stalls", action="store_true", help="sample the GUI thread's stack")
    parser.add_argument(
        "--threads",
        action="store_true",
        help="each thread's CPU in the gaps over 50 ms (read at each beat, no sampling thread)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the GUI thread through each step"
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        help="sys.setswitchinterval for the whole process (seconds; Python's default 0.005)",
    )
    parser.add_argument(
        "--dumps",
        help="write every thread's stack to this file each 100 ms without a heartbeat "
        "(faulthandler's watchdog: it looks while another thread holds the interpreter lock)",
    )
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = merchant_workbook(args.rows)
    with (
        tempfile.TemporaryDirectory(prefix="toco-bench-beat-") as folder,
        sandbox_process(live_after=0.5) as sandbox,
    ):
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[var] = str(Path(folder) / var.lower())
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from app.credentials import Credentials
        from app.gui.sending.dialogs import UploadConfirmDialog
        from app.gui.sending.sync_dialogs import SyncConfirmDialog
        from app.gui.window.main_window import MainWindow
        from app.gui.window.settings import WindowSettings
        from app.sandbox import DEMO_CREDENTIALS as D

        UploadConfirmDialog.ask = classmethod(lambda cls, parent, question: True)  # type: ignore[assignment]
        SyncConfirmDialog.ask = classmethod(lambda cls, parent, question: True)  # type: ignore[assignment]
        app = QApplication.instance() or QApplication([])
        settings = WindowSettings()
        settings.check_photos = False
        window = MainWindow(settings=settings)
        window.show()
        window.stores.set_demo(
            sandbox.base_url,
            Credentials(
                sandbox.base_url,
                D.partner_client_id,
                D.partner_secret,
                D.store_client_id,
                D.store_token,
            ),
        )
        rows = open_in_window(window, path)
        if not window.category_list.data:  # the store's categories: applied to every row first
            loaded = QEventLoop()
            window.category_list.applied.connect(lambda _: loaded.quit())
            QTimer.singleShot(120_000, loaded.quit)
            loaded.exec()
        app.processEvents()
        # the questions and notes a merchant would read: printed, not shown as modal boxes
        window.send_flow.inform = lambda text, *_: print(f"  note: {text}")
        window.send_flow.warn = lambda title, text="", *_: print(f"  warning: {title} {text}")
        beat = Heartbeat(stalls=args.stalls, threads=args.threads)
        if args.dumps:
            beat.dumps = open(args.dumps, "w")  # noqa: SIM115 (open for the whole run)
        flow = window.send_flow
        edited = _ending()
        # Until round 7 the price edit and the sync were one step, and the edit's gap (≈ 120 ms
        # of the GUI thread at 10,000 rows) was the sync's worst: now the edit is its own step,
        # and the sync starts once the window has settled after it, as a merchant's would.
        # (name, start, its end, the window settled first)
        steps: list[tuple[str, Callable[[], object], Any, bool]] = [
            ("uploading every ready row", window.acts.upload_ready.trigger, flow.finished, False),
            (
                "comparing with the store",
                window.sync_menu.compare,
                window.sync_menu.compared,
                False,
            ),
            (
                "editing 1 row in 10 (one price edit, before the sync)",
                lambda: price_edit(window, edited.over),
                edited.over,
                False,
            ),
            ("syncing (compare afresh, then send)", window.sync_menu.sync, flow.finished, True),
        ]
        settle(window)  # the opening's tail (the store's lists applied, the session written)
        idle = beat.idle(IDLE_S)  # before any step: nothing runs in the background yet
        idle_cpu = beat.worst_cpu_ms
        if beat.stalls is not None:
            beat.stalls.report("idle")
        if beat.probe is not None:
            beat.probe.report("idle")
        for name, start, done, settled_first in steps:
            if settled_first:
                settle(window)  # the edit's autosave written, nothing left running
            if beat.dumps is not None:
                beat.dumps.write(f"=== {name}\n")
                beat.dumps.flush()
            profile = None
            if args.profile:  # the GUI thread's own Python (a profiler is per thread)
                import cProfile

                profile = cProfile.Profile()
                profile.enable()
            seconds, worst = beat.run(start, done, timeout_s=600)
            if profile is not None:
                import pstats

                profile.disable()
                print(f"  the GUI thread's Python while {name}:")
                pstats.Stats(profile).sort_stats("tottime").print_stats(18)
            if beat.stalls is not None:
                beat.stalls.report(name)
            if beat.probe is not None:
                beat.probe.report(name)
            figure(
                f"window heartbeat, worst gap while {name}",
                worst,
                unit="ms",
                baseline=idle,
                baseline_name="the same window idle",
                target=TARGET_MS,
                target_of="value",
                rows=rows,
                step_seconds=round(seconds, 3),
                gui_cpu_in_worst_gap_ms=round(beat.worst_cpu_ms, 1),
                idle_gui_cpu_in_worst_gap_ms=round(idle_cpu, 1),
                gaps_over_50ms=beat.long_gaps[0],
                gaps_over_50ms_wall_s=round(beat.long_gaps[1], 3),
                gaps_over_50ms_gui_cpu_s=round(beat.long_gaps[2], 3),
                gaps_over_50ms_process_cpu_s=round(beat.long_gaps[3], 3),
                process_cpu_in_worst_gap_ms=round(beat.worst_process_ms, 1),
            )
            print(
                f"  worst gap: GUI thread CPU {beat.worst_cpu_ms:.0f} ms of it, the process's "
                f"{beat.worst_process_ms:.0f} ms; {beat.long_gaps[0]} gaps over 50 ms: "
                f"{beat.long_gaps[1]:.2f} s, GUI thread CPU in them {beat.long_gaps[2]:.2f} s, "
                f"the process's {beat.long_gaps[3]:.2f} s"
            )
            if beat.thread_cpu is not None:
                ran = ", ".join(
                    f"{name} {cpu * 1000:.0f} ms"
                    for name, cpu in beat.gap_threads.items()
                    if cpu >= 0.001
                )
                print(f"  each thread's CPU in the gaps over 50 ms: {ran or 'none'}")
        if beat.probe is not None:
            beat.probe.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
