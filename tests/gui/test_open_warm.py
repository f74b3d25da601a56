"""The window starts a spare reading child before the merchant picks a file, so an opening
does not wait for an interpreter to start and import the reader and the checks. The spare
serves one opening (the same rows and issues as a plain load), a new one is warmed after it;
a spare started under another memory limit, or one that died, is never used."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.gui.window.main_window import MainWindow
from app.sheets import limits
from app.sheets.loading import open_table
from app.sheets.reading_child import SpareChild
from tests.gui import hostile_reading
from tests.gui.drive import open_in
from tests.gui.samples import big_rows, messy_rows, write_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def warm(window: MainWindow, qtbot: Any) -> SpareChild:
    """Turn the spare child on (the test suite runs without it) and wait until it is ready."""
    window.opener.warm = True
    window.opener.warm_up()
    spare = window.opener.spare
    assert spare is not None
    qtbot.waitUntil(spare.ready, timeout=30_000)
    return spare


def alive(pid: int | None) -> bool:
    assert pid is not None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def served_by(path: Path) -> int:
    return int(path.with_suffix(".pid").read_text())


def facts(table: Any) -> list[tuple[Any, ...]]:
    return [
        (r.sheet_row, r.status, sorted((i.field or "", i.key) for i in r.issues))
        for r in table.rows
    ]


def test_the_spare_child_serves_one_opening_and_another_is_warmed_after(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    rows = messy_rows() + big_rows(700)[10:]
    rows[-1][1] = rows[0][1]  # a duplicate SKU across batches
    path = write_workbook(tmp_path / "banyak.xlsx", rows)
    spare = warm(window, qtbot)
    window.opener.read = hostile_reading.notes_its_pid
    open_in(window, qtbot, path, ask_mapping=False)

    assert served_by(path) == spare.pid  # the warmed child read the workbook
    assert facts(window.model.table) == facts(open_table(path).table)
    assert window.opener.spare is None  # the next one starts once the opening's end is over
    qtbot.waitUntil(lambda: not alive(spare.pid), timeout=10_000)  # ended with its opening
    qtbot.waitUntil(lambda: window.opener.spare is not None, timeout=10_000)
    following = window.opener.spare
    assert following is not None and following.pid != spare.pid and alive(following.pid)

    second = write_workbook(tmp_path / "kecil.xlsx")
    qtbot.waitUntil(following.ready, timeout=30_000)
    open_in(window, qtbot, second, ask_mapping=False)
    assert served_by(second) == following.pid and window.model.rowCount() == 10


def test_a_spare_started_under_another_memory_limit_is_not_used(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    spare = warm(window, qtbot)  # under the default limit
    monkeypatch.setenv(limits.CHILD_MEMORY_ENV, "1024")
    path = write_workbook(tmp_path / "produk.xlsx")
    window.opener.read = hostile_reading.notes_its_pid
    window.opener.build = hostile_reading.eats_memory
    with qtbot.waitSignal(window.opener.failed, timeout=30_000):
        window.open_path(path, ask_mapping=False)

    assert served_by(path) != spare.pid and not alive(spare.pid)
    assert len(shown) == 1 and "1,024 MB of memory" in shown[0]
    assert window.isVisible() and window.model.rowCount() == 0


def test_a_spare_that_died_is_replaced_and_the_workbook_opens(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    spare = warm(window, qtbot)
    assert spare.pid is not None
    os.kill(spare.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not spare.usable(spare.bounds), timeout=10_000)
    path = write_workbook(tmp_path / "produk.xlsx")
    window.opener.read = hostile_reading.notes_its_pid
    open_in(window, qtbot, path, ask_mapping=False)
    assert served_by(path) != spare.pid and window.model.rowCount() == 10


def test_closing_the_window_ends_the_spare_child(window: MainWindow, qtbot: Any) -> None:
    spare = warm(window, qtbot)
    window.close()
    assert not alive(spare.pid) and window.opener.spare is None
