"""50,000 rows load without freezing the window; the launcher renders a screenshot."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from app.gui.window.main_window import MainWindow
from tests.gui.samples import HEADERS, good_row

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ROWS = 50_000


def write_big(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Produk")
    sheet.append(HEADERS)
    for n in range(ROWS):
        sheet.append(good_row(n))
    book.save(path)
    return path


@pytest.mark.slow
def test_loading_50000_rows_keeps_the_window_responsive(qtbot: Any, tmp_path: Path) -> None:
    path = write_big(tmp_path / "besar.xlsx")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    started = time.perf_counter()
    with qtbot.waitSignal(window.opener.opened, timeout=180_000):
        window.open_path(path, ask_mapping=False)
    loaded = time.perf_counter()
    qtbot.wait(50)
    heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    worst = max(gaps) * 1000
    print(
        f"\n50,000 rows loaded in {loaded - started:.1f} s; {len(beats)} heartbeats;"
        f" worst gap {worst:.0f} ms"
    )
    assert window.model.rowCount() == ROWS
    assert len(beats) > 10
    assert worst < 2000  # a sanity bound, not a benchmark
    window.close()


def test_launch_demo_screenshot(tmp_path: Path) -> None:
    """``toco-uploader --demo --screenshot PATH`` in its own process, as the README runs it."""
    target = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--screenshot", str(target)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.exists() and target.stat().st_size > 10_000
