"""Rows added below the ones in sight repaint nothing the merchant sees but the scroll bar.

After any insert Qt lays the whole view out again a moment later (``doItemsLayout``): the
scroll bar's range, then a repaint of every visible cell. While a workbook opens, its rows
arrive in batches at the end of the grid, below the rows on screen: each turn that took rows
in painted the same visible cells again (21–40 ms each, 23–34 times for 10,000 rows: half the
window's share of an opening). Those cells did not change, so here the layout that follows
only such inserts updates the geometry (the scroll bar's range, the headers) and does not
repaint the viewport. Anything else since the last layout — rows inserted in sight or while
the viewport is not full, rows removed or moved, a new order or filter (``layoutChanged``), a
reset, columns — lays out and repaints as Qt does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    _Table = QTableView
else:
    _Table = object  # a plain mixin at run time: the Qt class comes after it

#: the layout Qt will do next: none asked, only for rows added out of sight, or a full one
NONE, BELOW, FULL = 0, 1, 2


class RowsBelowSight(_Table):
    """Mixed into the grid (before ``QTableView``): see the module's note."""

    _wanted = NONE

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._wanted = FULL
        if model is None:
            return
        for signal in (
            model.layoutChanged,
            model.modelReset,
            model.rowsRemoved,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
        ):
            signal.connect(self._lay_out_fully)

    def _lay_out_fully(self, *_: Any) -> None:
        self._wanted = FULL

    def rowsInserted(
        self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int
    ) -> None:
        last = self.rowAt(self.viewport().height() - 1)  # -1: the viewport is not full
        below = not parent.isValid() and last >= 0 and start > last
        self._wanted = BELOW if below and self._wanted != FULL else FULL
        super().rowsInserted(parent, start, end)

    def doItemsLayout(self) -> None:
        wanted, self._wanted = self._wanted, NONE
        if wanted != BELOW:
            super().doItemsLayout()
            return
        self.updateGeometries()  # the scroll bar's range and the row numbers; no repaint
        header = self.verticalHeader()
        if not header.updatesEnabled():  # (as Qt's own layout after removed rows)
            header.setUpdatesEnabled(True)
