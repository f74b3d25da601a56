"""How smoothly the window keeps working while it opens a 50,000-row workbook.

Opens the workbook in a real main window (offscreen unless a display is set) with a 10 ms
heartbeat timer running, and reports: the first rows in the grid, every row in the grid, the
worst gap between two heartbeats (while loading, while rows stream in, and at the end of the
opening: from the last rows in to 300 ms after the window's handlers of ``opened``, with the
GUI thread's CPU over that end), and the baseline of the same run — python-calamine's bare
read of the same sheet in a fresh process (what reading alone costs). A benchmark, not a
test: it reports, it does not judge (``benchmarks.common.figure``: one line and one JSON line
per figure). ``python benchmarks/bench_window_load.py [--rows N] [--path FILE] [--cold]``.

The window starts a spare reading child when it opens (``app.sheets.reading_child.SpareChild``);
a merchant takes a few seconds to pick a file, so by default the opening starts once that
child is ready (its start is reported as its own figure). ``--cold``: no spare child, the
opening starts its own (``TOCO_WARM_READER=0``).
"""

from __future__ import annotations

import argparse
import faulthandler
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.bench_results import store_data
from benchmarks.common import figure
from benchmarks.data import merchant_workbook

INTERVAL_MS = 10
AFTER_MS = 300  # the heartbeat runs on this long after each step
IDLE_MS = 3000  # the heartbeat of the window doing nothing, before the background re-check
_BARE_READ = (
    "import sys, python_calamine as c;"
    "b = c.CalamineWorkbook.from_path(sys.argv[1]);"
    "b.get_sheet_by_index(0).to_python()"
)


def bare_read(path: Path) -> float:
    """calamine's bare read of the sheet, the whole process (start, import, read), seconds."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _BARE_READ, str(path)], check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--path", type=Path, help="an existing workbook (else one is written)")
    parser.add_argument("--cold", action="store_true", help="no spare reading child")
    parser.add_argument(
        "--no-timeline", action="store_true", help="without the timeline of one more opening"
    )
    parser.add_argument(
        "--gaps",
        action="store_true",
        help="where the worst gaps went, thread by thread (benchmarks/gap_account.py)",
    )
    parser.add_argument(
        "--dumps",
        help="write every thread's stack to this file each 100 ms without a heartbeat "
        "(faulthandler's watchdog: it looks while another thread holds the interpreter lock)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TOCO_WARM_READER"] = "0" if args.cold else "1"

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.catalog.store_recheck import StoreRecheck
    from app.gui.grid.view import ProductGrid
    from app.gui.window.checking_rows import RowsChecker
    from app.gui.window.main_window import MainWindow
    from app.gui.workbook.opener import WorkbookOpener
    from app.gui.workbook.row_stream import RowStream

    pieces, piece_cpus = gui_pieces(RowsChecker)  # the GUI thread in the background re-check
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = folder  # no real settings
        path = args.path or merchant_workbook(args.rows)
        baseline = bare_read(path)
        window = MainWindow()
        window.show()
        shown_at = time.perf_counter()
        spare_ready: float | None = None
        if not args.cold:  # the merchant picks a file meanwhile
            while (spare := window.opener.spare) is None or not spare.ready():
                app.processEvents()
                time.sleep(0.005)
            spare_ready = time.perf_counter() - shown_at
        beats: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(INTERVAL_MS)
        account = None
        if args.gaps:
            from benchmarks.gap_account import GapAccount

            account = GapAccount()
            account.timed("re-check piece", StoreRecheck, "check")
            account.timed("re-check apply", RowsChecker, "_drain")
            account.timed("grid takes rows", RowStream, "_add")
            account.timed("a batch arrives", WorkbookOpener, "_arrived")
            account.timed("hand-over", WorkbookOpener, "_hand_over")
            account.timed("grid paints", ProductGrid, "paintEvent")
            account.timed("grid lays out", ProductGrid, "doItemsLayout")
        #: with --gaps: each phase's gaps less the GUI thread's waits for a core
        own: dict[str, list[tuple[float, float, float]]] = {}
        dumps = open(args.dumps, "w") if args.dumps else None  # noqa: SIM115 (the whole run)

        def beat() -> None:
            if dumps is not None:  # C's watchdog: it needs no interpreter lock to look
                faulthandler.dump_traceback_later(0.1, repeat=True, file=dumps)
            if account is not None:
                account.mark()
            beats.append(time.perf_counter())

        heartbeat.timeout.connect(beat)
        loop = QEventLoop()
        arrivals: list[float] = []
        done: list[float] = []
        end_cpu: list[float] = []  # the GUI thread's CPU clock: the last rows in, opened handled

        def arrived(_: object, total: int) -> None:  # after the grid took the rows in
            arrivals.append(time.perf_counter())
            if window.model.rowCount() >= total:
                end_cpu[:] = [time.thread_time()]

        window.opener.rows_arrived.connect(arrived)

        def opened(_: object) -> None:  # after the window's own handlers of the opening
            done.append(time.perf_counter())
            end_cpu.append(time.thread_time())
            QTimer.singleShot(AFTER_MS, loop.quit)  # the heartbeat sees what follows too

        def failed(why: object) -> None:
            print(why)
            loop.quit()

        window.opener.opened.connect(opened)
        window.opener.failed.connect(failed)
        started = time.perf_counter()
        window.open_path(path, ask_mapping=False)
        heartbeat.start()
        loop.exec()
        loaded = (done[0] if done else time.perf_counter()) - started
        rows = window.model.rowCount()
        opening_beats, beats[:] = list(beats), []
        if account is not None:
            until = arrivals[-1] if arrivals else None
            account.report("while rows stream in", until=until)
            own["while rows stream in"] = account.own_gaps(until)
            account.clear()
        if dumps is not None:
            dumps.write("=== the re-check\n")

        # the store's data arrive after the opening: every row is checked again (GUI thread)
        rechecked: list[float] = []

        def recheck() -> None:
            began = time.perf_counter()
            window.model.use_store_data(store_data())
            rechecked.append(time.perf_counter() - began)
            QTimer.singleShot(AFTER_MS, loop.quit)

        QTimer.singleShot(AFTER_MS, recheck)
        loop.exec()
        recheck_beats, beats[:] = list(beats), []

        # the same first list again, checked in the background (RowsChecker): the GUI thread
        # only copies the cells, then applies the worker's pieces on a timer
        background: list[float] = []
        checker = window.category_list.checking

        def recheck_in_background() -> None:
            window.model.table.store_data = None  # a first list again
            pieces.clear()
            piece_cpus.clear()
            began = time.perf_counter()
            checker.finished.connect(lambda: background.append(time.perf_counter() - began))
            checker.finished.connect(lambda: QTimer.singleShot(AFTER_MS, loop.quit))
            checker.start(store_data())

        def idle_then_recheck() -> None:  # the window doing nothing: what the machine adds
            idle_beats[:] = list(beats)
            beats.clear()
            if account is not None:
                account.report("the window doing nothing")
                own["the window doing nothing"] = account.own_gaps()
                account.clear()
            if dumps is not None:
                dumps.write("=== the background re-check\n")
            recheck_in_background()

        idle_beats: list[float] = []

        def idle_begins() -> None:
            beats.clear()
            if account is not None:
                account.clear()

        QTimer.singleShot(AFTER_MS, idle_begins)
        QTimer.singleShot(AFTER_MS + IDLE_MS, idle_then_recheck)
        loop.exec()
        heartbeat.stop()
        if dumps is not None:
            faulthandler.cancel_dump_traceback_later()
            dumps.close()
        if account is not None:
            account.report("while re-checking in the background")
            own["while re-checking in the background"] = account.own_gaps()
            account.close()
        window.close()
    background_gaps = [b - a for a, b in itertools.pairwise(beats)] or [0.0]
    beats[:] = recheck_beats  # from here on: the beats of the re-check in one piece
    last = arrivals[-1] if arrivals else 0.0
    streaming = [b - a for a, b in itertools.pairwise(opening_beats) if b <= last]
    ending = [b - a for a, b in itertools.pairwise(opening_beats) if b > last]
    gaps = [b - a for a, b in itertools.pairwise(opening_beats)] or [loaded]
    shown = (arrivals[0] - started) if arrivals else loaded
    figure(
        "window: open until all rows are in the grid",
        loaded,
        baseline=baseline,
        baseline_name="calamine bare read, whole process",
        target=2.0,
        rows=rows,
    )
    figure("window: first rows visible", shown, target=0.5, target_of="value", rows=rows)
    if spare_ready is not None:
        figure("window: spare reading child ready, after the window shows", spare_ready)
    figure(
        "window: worst gap of a 10 ms heartbeat while loading",
        max(gaps) * 1000,
        unit="ms",
        target=50,
        target_of="value",
        rows=rows,
    )
    figure(
        "window: worst gap of a 10 ms heartbeat while rows stream in (before the last batch)",
        max(streaming or [0.0]) * 1000,
        unit="ms",
        target=50,
        target_of="value",
        rows=rows,
    )
    figure(
        "window: worst gap of a 10 ms heartbeat at the end of an opening (last rows in, + 300 ms)",
        max(ending or [0.0]) * 1000,
        unit="ms",
        target=50,
        target_of="value",
        rows=rows,
    )
    if len(end_cpu) == 2:
        figure(
            "window: GUI thread CPU at the end of an opening (last rows in → opened handled)",
            (end_cpu[1] - end_cpu[0]) * 1000,
            unit="ms",
            target=50,
            target_of="value",
            rows=rows,
        )
    recheck_gaps = [b - a for a, b in itertools.pairwise(beats)] or [0.0]
    figure(
        "window: re-check of every row when the store's data arrive (GUI thread)",
        rechecked[0] if rechecked else float("nan"),
        rows=rows,
    )
    figure(
        "window: worst gap of a 10 ms heartbeat while re-checking",
        max(recheck_gaps) * 1000,
        unit="ms",
        target=50,
        target_of="value",
        rows=rows,
    )
    figure(
        "window: re-check of every row in the background (first store list), until all applied",
        background[0] if background else float("nan"),
        baseline=rechecked[0] if rechecked else None,
        baseline_name="the same re-check in one piece on the GUI thread",
        rows=rows,
    )
    figure(
        "window: background re-check, the GUI thread's longest piece (copy, or one slice applied)",
        max(pieces or [float("nan")]) * 1000,
        unit="ms",
        baseline=(rechecked[0] * 1000) if rechecked else None,
        baseline_name="the re-check in one piece",
        target=50,
        target_of="value",
        rows=rows,
    )
    figure(
        "window: background re-check, the GUI thread's longest piece, its CPU",
        max(piece_cpus or [float("nan")]) * 1000,
        unit="ms",
        target=50,
        target_of="value",
        rows=rows,
    )
    idle_gaps = [b - a for a, b in itertools.pairwise(idle_beats)] or [0.0]
    figure(
        "window: worst gap of a 10 ms heartbeat, the window doing nothing (3 s, the machine's own)",
        max(idle_gaps) * 1000,
        unit="ms",
        rows=rows,
    )
    figure(
        "window: worst gap of a 10 ms heartbeat while re-checking in the background",
        max(background_gaps) * 1000,
        unit="ms",
        baseline=max(recheck_gaps) * 1000,
        baseline_name="the same gap, re-checked in one piece",
        target=50,
        target_of="value",
        rows=rows,
    )
    for phase, gaps_less in own.items():
        if not gaps_less:
            continue
        less, gap, ran = gaps_less[0]
        figure(
            f"window: worst gap of a 10 ms heartbeat {phase}, less the GUI thread's waits for"
            " a core (--gaps)",
            less * 1000,
            unit="ms",
            target=50,
            target_of="value",
            rows=rows,
            gap_ms=round(gap * 1000, 1),
            gui_on_a_core_ms=round(ran * 1000, 1),
            gaps_over_50ms=sum(1 for _, g, _ in gaps_less if g > 0.05),
            own_gaps_over_50ms=sum(1 for g, _, _ in gaps_less if g > 0.05),
        )
        print(
            f"  ({phase}: that gap {gap * 1000:.0f} ms, the GUI thread on a core {ran * 1000:.1f}"
            f" ms of it; gaps over 50 ms: {sum(1 for _, g, _ in gaps_less if g > 0.05)}, less"
            f" the waits: {sum(1 for g, _, _ in gaps_less if g > 0.05)})"
        )
    app.processEvents()
    if not args.no_timeline:
        timeline_figures(path, cold=args.cold, baseline=baseline)
    return 0


def timeline_figures(path: Path, *, cold: bool, baseline: float) -> None:
    """One more opening of the same workbook, in a fresh process, every step timed
    (``benchmarks/opening_timeline.py``): when each step ends (from the opening's start) and
    what each kind of work costs in CPU, in the child and in the window — where "all rows in
    the grid" goes. Its all-rows figure is a second sample of the main one (the timing wraps
    cost a little)."""
    script = Path(__file__).resolve().parent / "opening_timeline.py"
    command = [sys.executable, str(script), "--path", str(path), "--json"]
    got = subprocess.run(
        [*command, *(["--cold"] if cold else [])], check=True, capture_output=True, text=True
    )
    line = [text for text in got.stdout.splitlines() if text.startswith("{")][-1]
    found = json.loads(line)
    rows = int(found["figures"]["rows"])
    for step, value in found["steps"].items():
        if step.endswith("count"):
            figure(f"window timeline: {step}", value, unit="paints", rows=rows)
        else:
            figure(f"window timeline: {step}", value, rows=rows)
    figure(
        "window timeline: all rows in the grid (the timed opening)",
        found["figures"]["all rows"],
        baseline=baseline,
        baseline_name="calamine bare read, whole process",
        target=2.0,
        rows=rows,
    )


def gui_pieces(checker: type) -> tuple[list[float], list[float]]:
    """The seconds (wall, and the GUI thread's CPU) of each call the GUI thread makes into
    ``RowsChecker`` (its start and each drain of the worker's pieces), recorded by wrapping the
    two methods."""
    pieces: list[float] = []
    cpus: list[float] = []
    for name in ("start", "_drain"):
        plain = getattr(checker, name)

        def timed(self: object, *args: object, _plain: Any = plain) -> None:
            began, cpu = time.perf_counter(), time.thread_time()
            try:
                _plain(self, *args)
            finally:
                pieces.append(time.perf_counter() - began)
                cpus.append(time.thread_time() - cpu)

        setattr(checker, name, timed)
    return pieces, cpus


if __name__ == "__main__":
    raise SystemExit(main())
