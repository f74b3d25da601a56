"""Driving the real window as a merchant does: open a workbook, answer a modal dialog with
its own widgets, press keys on the grid, read what a cell shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.gui.window.main_window import MainWindow

D = TypeVar("D", bound=QWidget)


def open_in(window: MainWindow, qtbot: Any, path: Path, **kwargs: Any) -> None:
    with qtbot.waitSignal(window.opener.opened, timeout=20_000):
        window.open_path(path, **kwargs)


@contextmanager
def answering(kind: type[D], act: Callable[[D], None]) -> Iterator[list[D]]:
    """While inside, each modal dialog of ``kind`` that opens (through its real ``exec``) is
    handed to ``act``, which works its widgets and closes it; a dialog ``act`` leaves open is
    cancelled, so a failing ``act`` cannot hang the test. Yields the dialogs seen."""
    seen: list[D] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or any(d is dialog for d in seen):
            return
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(poll)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def at(window: MainWindow, row: int, key: str) -> QModelIndex:
    """The grid's index of a cell: ``row`` in view order, ``key`` the field."""
    return window.proxy.index(row, window.model.column_of(key))


def text(window: MainWindow, row: int, key: str) -> str:
    """What the cell shows (view order)."""
    return str(at(window, row, key).data(Qt.ItemDataRole.DisplayRole) or "")


def color(window: MainWindow, row: int, key: str) -> QColor | None:
    brush = at(window, row, key).data(Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color()


def counters(window: MainWindow) -> str:
    window.status.flush()
    return window.status.counters_label.text()


def row_labels(window: MainWindow) -> list[str]:
    """The row numbers in the grid's left margin ("+" for rows added in the app)."""
    proxy = window.proxy
    return [
        str(proxy.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole))
        for r in range(proxy.rowCount())
    ]


def edit_cell(window: MainWindow, qtbot: Any, index: QModelIndex | QPersistentModelIndex) -> None:
    """Make ``index`` the current cell and press F2, as a merchant starts editing."""
    grid = window.grid
    grid.setFocus()
    grid.setCurrentIndex(window.proxy.index(index.row(), index.column()))
    qtbot.keyClick(grid, Qt.Key.Key_F2)


def item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell of a dialog's table (there must be one)."""
    found = table.item(row, column)
    assert found is not None, (row, column)
    return found


def ok_button(dialog: QWidget) -> QPushButton:
    """The OK button of a dialog's button box."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)
