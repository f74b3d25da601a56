"""How fast the photos of a sheet are checked, and how smoothly the window keeps working.

    .venv/bin/python benchmarks/bench_photos.py [--photos 500]

Two local photo servers (tests/photos/photo_server.py, each in its own process, on 127.0.0.1
and 127.0.0.2 so that the checker's four-per-host limit allows its eight at a time) serve
``--photos`` distinct 800 × 600 JPEGs drawn before the clock starts. Measured, each beside a
baseline taken in the same run:

- ``photos_cold_s``: ``PhotoChecker`` with an empty cache (download, Pillow, thumbnail, cache
  files) against a bare ``httpx`` loop fetching the same links, eight threads. Budget 10 s.
- ``photos_warm_s``: the same check again, every answer from the cache, against a bare loop
  reading the same cache files with ``json.loads``. Budget 0.5 s.
- ``photos_heartbeat_gap_ms``: the worst gap of a 10 ms heartbeat in a real main window while it
  opens a sheet of ``--photos`` rows and checks their photos (cold cache, in a child process),
  against the worst gap of the same window left idle as long. Budget 50 ms.
- ``photos_worst_drain_ms``: the longest the GUI thread spent applying one batch of results,
  beside one full repaint of the grid (the grid's own cost, which each batch's repaint pays).

One JSON line per figure. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
INTERVAL_MS = 10


@contextmanager
def photo_server(host: str, count: int) -> Iterator[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.photos.photo_server", host, str(count)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(10)


def links_for(bases: list[str], count: int) -> list[str]:
    return [f"{bases[i % len(bases)]}/pic/p{i}.jpg?w=800&h=600" for i in range(count)]


def line(measure: str, value: float, baseline: float, budget: float, **extra: object) -> bool:
    ok = value < budget
    print(
        json.dumps(
            {
                "measure": measure,
                "value": round(value, 4),
                "baseline": round(baseline, 4),
                "ratio": round(value / baseline, 2) if baseline else None,
                "budget": budget,
                "ok": ok,
                **extra,
            }
        ),
        flush=True,
    )
    return ok


def bare_fetch(links: list[str]) -> float:
    import httpx

    started = time.perf_counter()
    with httpx.Client(limits=httpx.Limits(max_connections=None)) as client:

        def get(link: str) -> int:
            return len(client.get(link).content)

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(get, links))
    return time.perf_counter() - started


def bare_read(folder: Path) -> float:
    started = time.perf_counter()
    for path in folder.glob("*.json"):
        json.loads(path.read_text("utf-8"))
        png = path.with_suffix(".png")
        if png.exists():
            png.read_bytes()
    return time.perf_counter() - started


def checks(links: list[str], folder: Path) -> tuple[float, float, int]:
    from app.photos import PhotoCache, PhotoChecker

    started = time.perf_counter()
    with PhotoChecker(PhotoCache(folder)) as checker:
        found = checker.check(links)
    cold = time.perf_counter() - started
    assert len(found) == len(links) and all(c.format == "JPEG" for c in found.values())
    started = time.perf_counter()
    with PhotoChecker(PhotoCache(folder)) as checker:
        again = checker.check(links)
    warm = time.perf_counter() - started
    assert all(c.from_cache for c in again.values())
    return cold, warm, len(found)


def heartbeat(links: list[str], folder: Path) -> tuple[float, float, float, float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.window.main_window import MainWindow
    from app.gui.window.photo_checker import in_child_process
    from app.gui.window.settings import WindowSettings
    from tests.cli.workbooks import product_workbook

    app = QApplication.instance() or QApplication([])
    os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = str(folder)
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    book = product_workbook(
        folder / "foto.xlsx",
        len(links),
        bad={i: ("Foto 1", link) for i, link in enumerate(links)},
        notes_sheet=False,
    )
    settings = WindowSettings()
    settings.check_photos = True
    window = MainWindow(settings=settings)
    window.photo_checks.check_run = in_child_process(folder / "photos")
    drains: list[float] = []
    drain = window.photo_checks.drain

    def timed_drain() -> set[int]:
        started = time.perf_counter()
        try:
            return drain()
        finally:
            drains.append(time.perf_counter() - started)

    window.photo_checks.drain = timed_drain  # type: ignore[method-assign]
    window.photo_checks._drain.timeout.disconnect()
    window.photo_checks._drain.timeout.connect(timed_drain)
    window.show()
    beats: list[float] = []
    timer = QTimer()
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    window.photo_checks.finished.connect(loop.quit)
    window.opener.opened.connect(lambda _: beats.clear())  # the check, not the opening
    window.open_path(book, ask_mapping=False)
    timer.start()
    loop.exec()
    spent = beats[-1] - beats[0] if len(beats) > 1 else 0.0
    busy = max((b - a for a, b in itertools.pairwise(beats)), default=0.0)
    assert len(window.model.table.photo_checks) == len(links)
    beats.clear()
    idle = QEventLoop()
    QTimer.singleShot(max(int(spent * 1000), 500), idle.quit)
    idle.exec()
    quiet = max((b - a for a, b in itertools.pairwise(beats)), default=0.0)
    started = time.perf_counter()
    for _ in range(5):
        window.grid.viewport().repaint()
    paint = (time.perf_counter() - started) / 5
    timer.stop()
    window.close()
    app.processEvents()
    return busy * 1000, quiet * 1000, spent, max(drains, default=0) * 1000, paint * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=500)
    args = parser.parse_args()
    ok = True
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        bases = [
            stack.enter_context(photo_server(host, args.photos))
            for host in ("127.0.0.1", "127.0.0.2")
        ]
        links = links_for(bases, args.photos)
        bare_fetch(links[:16])  # the servers' first connections, outside every figure
        baseline_cold = bare_fetch(links)
        cold, warm, n = checks(links, Path(tmp) / "photos")
        baseline_warm = bare_read(Path(tmp) / "photos")
        ok &= line("photos_cold_s", cold, baseline_cold, 10.0, photos=n, concurrency=8)
        ok &= line("photos_warm_s", warm, baseline_warm, 0.5, photos=n)
        window_links = [f"{link}&window=1" for link in links]  # distinct: a cold cache again
        busy, quiet, spent, worst_drain, paint = heartbeat(window_links, Path(tmp))
        ok &= line(
            "photos_heartbeat_gap_ms",
            busy,
            quiet,
            50.0,
            photos=n,
            check_s=round(spent, 2),
            beat_ms=INTERVAL_MS,
        )
        # what the GUI thread itself spends: the worst drain (results applied), beside one full
        # repaint of the grid (the same window, no check running)
        line("photos_worst_drain_ms", worst_drain, paint, 50.0, grid_repaint_ms=round(paint, 1))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
