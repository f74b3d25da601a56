"""Issue 13, point 6: an edit accepted in the grid is on disk before the next event is handled.
A real child process (the real window and session code) is killed with SIGKILL 50 ms after the
edit was accepted; the next window restores the edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.gui.window.main_window import MainWindow
from app.gui.workbook.restore import RestoreDialog
from tests.gui.drive import answering
from tests.gui.samples import big_rows, write_workbook

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]
ROOT = Path(__file__).resolve().parents[2]


def test_an_edit_survives_a_kill_50_ms_after_it_was_accepted(qtbot: Any, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "toko sinar.xlsx", big_rows(5))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.crash_child", str(path), "Kaos baru sebelum crash"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "EDITED", line
        time.sleep(0.05)  # the crash comes 50 ms after the edit was accepted
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()

    window = MainWindow()
    qtbot.addWidget(window)
    yes = QMessageBox.StandardButton.Yes
    with answering(RestoreDialog, lambda box: box.button(yes).click()) as asked:
        offered = window.offer_crash_restore()  # the crashed window's work is offered
    assert offered and len(asked) == 1
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20_000)
    assert window.model.row(0).cells["name"] == "Kaos baru sebelum crash"
    window.close()
