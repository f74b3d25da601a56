"""How smoothly the window keeps working while it compares a 50,000-row sheet with the store.

A real main window (offscreen unless a display is set) holds a checked table of 50,000 rows
(``bench_diff``'s: every tenth row a new price, every seventh a new stock); Store → Compare
with store is triggered with a 10 ms heartbeat timer running, and the figures are: the worst
gap between two heartbeats from the trigger until the plan is painted, the whole time, and the
time the GUI thread spent taking the plan in (``SyncMenu`` painting it). The store's product
list does not come over HTTP here: the window's fetcher is given the 50,000 products an upload
of the original rows would have stored (the download is not what this measures, and the
sandbox holds no such store), and the active store is a stand-in of that name. A benchmark,
not a test: ``python benchmarks/bench_compare_window.py [--rows N] [--quick]``.
"""

from __future__ import annotations

import argparse
import copy
import gc
import itertools
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.bench_diff import edited_sheet_and_store
from benchmarks.common import figure, quick

INTERVAL_MS = 10
STORE_ID = "bench-store"


class _Fetcher:
    """The product list, already downloaded."""

    def __init__(self, products: list[dict[str, Any]]) -> None:
        self.products = products

    def fetch(self, *_: Any) -> Any:
        from app.gui.window.store_products import StoreProducts

        return StoreProducts(self.products, STORE_ID)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000 if quick() else 50_000)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.stores.book import StoreChoice
    from app.gui.window.main_window import MainWindow
    from app.sync.plan import Action

    table, products, columns = edited_sheet_and_store(args.rows, STORE_ID)
    gc.collect()
    gc.freeze()  # as the window's opening leaves a table it built (``opener.collection_paused``)
    products = copy.deepcopy(products)  # new objects, as a download's are

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = folder  # no real settings
        window = MainWindow()
        window.show()
        window.model.set_table(table)
        window.loaded = SimpleNamespace(  # type: ignore[assignment]
            path=Path(folder) / "toko.xlsx", colmap=SimpleNamespace(fields=lambda: columns)
        )
        store = StoreChoice("Toko Bench", "http://127.0.0.1:9", "custom")
        window.send_flow.ready_store = lambda **_: store  # type: ignore[method-assign]
        menu = window.sync_menu
        menu.fetcher = _Fetcher(products)  # type: ignore[assignment]
        painting: list[float] = []
        paint = menu.model.compare.show

        def timed_show(*a: Any, **k: Any) -> Any:
            started = time.perf_counter()
            try:
                return paint(*a, **k)
            finally:
                painting.append(time.perf_counter() - started)

        menu.model.compare.show = timed_show  # type: ignore[method-assign]
        beats: list[float] = []
        cpu: list[float] = []  # the GUI thread's own CPU time at each beat

        def beat() -> None:
            cpu.append(time.thread_time())
            beats.append(time.perf_counter())

        heartbeat = QTimer()
        heartbeat.setInterval(INTERVAL_MS)
        heartbeat.timeout.connect(beat)
        collections: list[tuple[int, float, bool]] = []  # generation, seconds, on the GUI thread
        gui_thread = threading.get_ident()
        collecting: list[float] = []

        def collected(phase: str, info: dict[str, Any]) -> None:
            if phase == "start":
                collecting[:] = [time.perf_counter()]
            elif collecting:
                took = time.perf_counter() - collecting[0]
                collections.append((info["generation"], took, threading.get_ident() == gui_thread))

        gc.callbacks.append(collected)
        loop = QEventLoop()
        plans: list[Any] = []
        done_at: list[float] = []
        done_cpu: list[float] = []

        def finished(plan: Any) -> None:
            plans.append(plan)
            done_at.append(time.perf_counter())
            done_cpu.append(time.thread_time())
            QTimer.singleShot(0, loop.quit)

        menu.compared.connect(finished)

        def failed(*why: object) -> None:
            print("failed:", *why)
            loop.quit()

        window.send_flow.warn = failed  # type: ignore[assignment]
        heartbeat.start()
        app.processEvents()
        started = time.perf_counter()
        beats.append(started)
        cpu.append(time.thread_time())
        profile = None
        if args.profile:  # the GUI thread's own Python (a profiler is per thread)
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        if not menu.compare():  # what Store → Compare with store calls
            raise SystemExit("the window would not compare")
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
        if profile is not None:
            import pstats

            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        heartbeat.stop()
        gc.callbacks.remove(collected)
        window.close()
    updates = len(plans[0].with_action(Action.UPDATE))
    wanted = len({*range(0, args.rows, 10), *range(0, args.rows, 7)})
    assert updates == wanted, (updates, wanted)
    beats = [b for b in beats if b <= done_at[0]]  # the beats after the plan was painted out
    cpu = cpu[: len(beats)]
    ends = zip([*beats, done_at[0]], [*cpu, done_cpu[0]], strict=True)
    gaps = [(b - a, d - c) for (a, c), (b, d) in itertools.pairwise(ends)]
    worst = max(gaps)
    long = [g for g in gaps if g[0] > 0.05]
    full = [c for c in collections if c[0] == 2]
    figure(
        "window: worst gap of a 10 ms heartbeat while comparing",
        worst[0] * 1000,
        unit="ms",
        target=50,
        target_of="value",
        rows=args.rows,
        gui_cpu_in_worst_gap_ms=round(worst[1] * 1000, 1),
        gaps_over_50ms=len(long),
        gaps_over_50ms_wall_s=round(sum(g[0] for g in long), 3),
        gaps_over_50ms_gui_cpu_s=round(sum(g[1] for g in long), 3),
        full_collections=len(full),
        full_collections_s=round(sum(c[1] for c in full), 3),
        full_collections_on_gui_thread=sum(1 for c in full if c[2]),
    )
    print(
        f"  worst gap: GUI thread CPU {worst[1] * 1000:.0f} ms of it; {len(long)} gaps over "
        f"50 ms: {sum(g[0] for g in long):.2f} s, GUI thread CPU in them "
        f"{sum(g[1] for g in long):.2f} s; full collections {len(full)}: "
        f"{sum(c[1] for c in full):.2f} s ({sum(1 for c in full if c[2])} on the GUI thread)"
    )
    figure("window: Compare with store until painted", done_at[0] - started, rows=args.rows)
    figure(
        "window: the GUI thread taking the plan in (CompareMarks.show)",
        sum(painting) * 1000,
        unit="ms",
        rows=args.rows,
    )
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
