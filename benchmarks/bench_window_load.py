"""How smoothly the window keeps working while it loads a 50,000-row workbook.

Opens the workbook in a real main window (offscreen unless a display is set) with a 10 ms
heartbeat timer running, and reports the load time, the worst gap between two heartbeats and
the share of the expected heartbeats that came (1.00: the event loop never stalled). A
benchmark, not a test: it reports, it does not judge. Run it by hand:
``python benchmarks/bench_window_load.py [--rows N]``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
INTERVAL_MS = 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.window.main_window import MainWindow
    from tests.gui.samples import big_rows, write_workbook

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = folder  # no real settings
        path = write_workbook(Path(folder) / "besar.xlsx", big_rows(args.rows), title=None)
        window = MainWindow()
        window.show()
        beats: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(INTERVAL_MS)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        loop = QEventLoop()
        window.opener.opened.connect(lambda _: loop.quit())

        def failed(why: object) -> None:
            print(why)
            loop.quit()

        window.opener.failed.connect(failed)
        started = time.perf_counter()
        window.open_path(path, ask_mapping=False)
        heartbeat.start()
        loop.exec()
        loaded = time.perf_counter() - started
        heartbeat.stop()
        rows = window.model.rowCount()
        window.close()
    gaps = [b - a for a, b in itertools.pairwise(beats)] or [loaded]
    expected = loaded * 1000 / INTERVAL_MS
    print(f"{rows} rows loaded in {loaded:.1f} s")
    print(f"heartbeats: {len(beats)} of ~{expected:.0f} expected ({len(beats) / expected:.2f})")
    print(f"worst gap: {max(gaps) * 1000:.0f} ms ({max(gaps) * 1000 / INTERVAL_MS:.0f}× the beat)")
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
