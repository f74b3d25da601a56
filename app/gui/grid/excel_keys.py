"""Where the cursor goes on the keys spreadsheet users know: Ctrl+arrow to the edge of the
filled block (Shift extends the selection there), Enter down after an edit.

``edge`` is pure over an "is this cell filled" function, so the rule is tested without a
window; ``SpreadsheetKeys`` mixes it into the grid (before its Qt class).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

Filled = Callable[[int, int], bool]

if TYPE_CHECKING:
    _Table = QTableView
else:
    _Table = object  # a plain mixin at run time: the Qt class comes after it


def edge(
    filled: Filled, row: int, column: int, d_row: int, d_col: int, rows: int, cols: int
) -> tuple[int, int]:
    """Excel's Ctrl+arrow from (row, column) in the direction (d_row, d_col): inside a filled
    block, to its last filled cell; from a filled cell before a gap or from an empty cell, to
    the next filled cell; to the sheet's edge when there is none."""

    def inside(r: int, c: int) -> bool:
        return 0 <= r < rows and 0 <= c < cols

    r, c = row + d_row, column + d_col
    if not inside(r, c):
        return row, column
    if filled(row, column) and filled(r, c):
        while inside(r + d_row, c + d_col) and filled(r + d_row, c + d_col):
            r, c = r + d_row, c + d_col
        return r, c
    while inside(r, c) and not filled(r, c):
        if not inside(r + d_row, c + d_col):
            return r, c
        r, c = r + d_row, c + d_col
    return r, c


class SpreadsheetKeys(_Table):
    _CTRL_MOVES = {
        QAbstractItemView.CursorAction.MoveUp: (-1, 0),
        QAbstractItemView.CursorAction.MoveDown: (1, 0),
        QAbstractItemView.CursorAction.MoveLeft: (0, -1),
        QAbstractItemView.CursorAction.MoveRight: (0, 1),
    }

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Ctrl+arrow goes to the edge of the filled block, as in a spreadsheet (with Shift
        the selection grows to there); every other move is Qt's."""
        step = self._CTRL_MOVES.get(cursorAction)
        current = self.currentIndex()
        if (
            step is None
            or not modifiers & Qt.KeyboardModifier.ControlModifier
            or not current.isValid()
        ):
            return super().moveCursor(cursorAction, modifiers)
        columns = [
            self.horizontalHeader().logicalIndex(v)
            for v in range(self.horizontalHeader().count())
            if not self.isColumnHidden(self.horizontalHeader().logicalIndex(v))
        ]
        if current.column() not in columns:
            return super().moveCursor(cursorAction, modifiers)
        proxy = self.model()

        def filled(row: int, position: int) -> bool:
            return bool(proxy.index(row, columns[position]).data())

        row, position = edge(
            filled,
            current.row(),
            columns.index(current.column()),
            *step,
            proxy.rowCount(),
            len(columns),
        )
        return proxy.index(row, columns[position])

    _EXTENDING_KEYS = frozenset(
        {
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        }
    )

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Ctrl+Shift+arrow (and Ctrl+Shift+Home/End) extend the selection, as in a
        spreadsheet; Qt alone leaves the selection as it was whenever Ctrl is held."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in self._EXTENDING_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return QItemSelectionModel.SelectionFlag.SelectCurrent
        return super().selectionCommand(index, event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter after an edit moves down, as in a spreadsheet."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)

    def move_down(self) -> None:
        current = self.currentIndex()
        below = self.model().index(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)
