"""The window reads a workbook as the CLI does: in a bounded child process. A read that goes past
its limits, or a file that is no file, ends in a plain message; the window lives on and opens the
next workbook."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.gui.window.main_window import MainWindow
from app.sheets import limits
from tests.gui.drive import open_in
from tests.gui.samples import write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_a_read_past_its_time_limit_is_a_message_and_the_next_open_works(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings_shown: list[str],
) -> None:
    path = write_workbook(tmp_path / "produk.xlsx")
    monkeypatch.setenv(limits.CHILD_SECONDS_ENV, "0.001")  # no child can start that fast
    with qtbot.waitSignal(window.opener.failed, timeout=20_000):
        window.open_path(path, ask_mapping=False)
    assert len(warnings_shown) == 1
    assert "produk.xlsx" in warnings_shown[0] and "longer than" in warnings_shown[0]
    assert window.model.rowCount() == 0  # nothing half-opened

    monkeypatch.delenv(limits.CHILD_SECONDS_ENV)
    open_in(window, qtbot, path, ask_mapping=False)
    assert window.model.rowCount() > 0


def test_a_pipe_named_like_a_workbook_is_refused_without_waiting(
    window: MainWindow, qtbot: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    fifo = tmp_path / "produk.csv"
    os.mkfifo(fifo)
    with qtbot.waitSignal(window.opener.failed, timeout=20_000):
        window.open_path(fifo, ask_mapping=False)
    assert len(warnings_shown) == 1 and "produk.csv" in warnings_shown[0]
    assert "regular file" in warnings_shown[0]
