"""50,000 rows load while the window keeps working; the launcher renders a screenshot."""

from __future__ import annotations

import subprocess
import sys
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
def test_loading_50000_rows_leaves_the_window_working_meanwhile(qtbot: Any, tmp_path: Path) -> None:
    """The window's event loop keeps turning while the rows load (the work is in workers),
    and all rows arrive. How smoothly it turns is measured by benchmarks/bench_window_load.py."""
    path = write_big(tmp_path / "besar.xlsx")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(len(beats)))
    with qtbot.waitSignal(window.opener.opened, timeout=180_000):
        window.open_path(path, ask_mapping=False)
        heartbeat.start()  # from here on only the event loop can make it beat
    heartbeat.stop()
    assert beats  # the loop ran between the request and the loaded table
    assert window.model.rowCount() == ROWS
    assert window.proxy.rowCount() == ROWS
    assert window.model.row(ROWS - 1).cells["sku"] == f"SKU-{ROWS - 1:05d}"
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
