"""The job panel's progress does not paint the grid in the slot that hears of it: a progress
bar repaints its window at once when its value changes (and with it the rows announced since
the last paint); the panel's is drawn with the window's next paint, showing the new count."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from app.gui.sending.progress import ProgressPanel
from app.jobs.outcome import Progress

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class _Rows(QAbstractTableModel):
    """A grid's rows, counting what the view reads of them."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 200

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 8

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        self.reads += 1
        return f"Kaos {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None


def test_progress_waits_for_the_next_paint(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    rows, grid, panel = _Rows(), QTableView(), ProgressPanel()
    grid.setModel(rows)
    layout.addWidget(panel)
    layout.addWidget(grid)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    panel.start("upload", "Toko Sinar", 2000)
    qtbot.wait(50)
    rows.dataChanged.emit(rows.index(0, 0), rows.index(199, 7))  # answers announced
    rows.reads = 0
    panel.set_progress(Progress(300, 2000, 3.0))
    assert rows.reads == 0  # the grid was not painted inside the slot
    assert panel.bar.value() == 300
    assert panel.detail.text().startswith("300 of 2000 row")
    qtbot.waitUntil(lambda: rows.reads > 0)  # the window's next paint: the grid with it
    assert panel.bar.value() == 300 and panel.bar.isVisible()
