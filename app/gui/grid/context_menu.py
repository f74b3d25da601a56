"""Right-click menus on the grid's cells, row numbers and column headers, as in a spreadsheet.

The menus hold the window's own actions (cut, copy, paste, fill down, clear, add and remove a
row, upload or delete the selected rows, show the problems), so what is disabled there is
disabled here too. A right click outside the selection selects what was clicked first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.gui.grid.view import ProductGrid


class GridMenuActions(Protocol):
    """What the menus offer (``Actions`` has them)."""

    cut: QAction
    copy: QAction
    paste: QAction
    fill_down: QAction
    clear_cells: QAction
    add_row: QAction
    remove_rows: QAction
    upload: QAction
    delete: QAction
    show_problems: QAction


#: The menus' entries in order; None is a separator.
ENTRIES: tuple[str | None, ...] = (
    "cut",
    "copy",
    "paste",
    None,
    "fill_down",
    "clear_cells",
    None,
    "add_row",
    "remove_rows",
    None,
    "upload",
    "delete",
    None,
    "show_problems",
)


class GridMenus(QObject):
    """Installs the menus on ``grid``; ``last_menu`` is the one shown last (for tests)."""

    def __init__(self, grid: ProductGrid, acts: GridMenuActions) -> None:
        super().__init__(grid)
        self.grid, self.acts = grid, acts
        self.last_menu: QMenu | None = None
        #: entries that depend on the cell (e.g. the photo link fix): each adds its own
        self.extras: list[Callable[[QMenu], None]] = []
        policy = Qt.ContextMenuPolicy.CustomContextMenu
        grid.setContextMenuPolicy(policy)
        grid.customContextMenuRequested.connect(self._on_cell)
        for header in (grid.verticalHeader(), grid.horizontalHeader()):
            header.setContextMenuPolicy(policy)
        grid.verticalHeader().customContextMenuRequested.connect(self._on_row)
        grid.horizontalHeader().customContextMenuRequested.connect(self._on_column)

    def build(self) -> QMenu:
        menu = QMenu(self.grid)
        for name in ENTRIES:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(getattr(self.acts, name))
        for extra in self.extras:
            extra(menu)
        self.last_menu = menu
        return menu

    def _show(self, at: QPoint) -> None:
        menu = self.build()
        menu.popup(at)

    def _on_cell(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if index.isValid() and not self.grid.selectionModel().isSelected(index):
            self.grid.setCurrentIndex(index)
        self._show(self.grid.viewport().mapToGlobal(pos))

    def _on_row(self, pos: QPoint) -> None:
        header = self.grid.verticalHeader()
        row = header.logicalIndexAt(pos)
        if row >= 0 and not self.grid.selectionModel().isRowSelected(row):
            self.grid.selectRow(row)
        self._show(header.mapToGlobal(pos))

    def _on_column(self, pos: QPoint) -> None:
        header = self.grid.horizontalHeader()
        column = header.logicalIndexAt(pos)
        selection = self.grid.selectionModel()
        if column >= 0 and not selection.isColumnSelected(column):
            self.grid.selectColumn(column)
            selection.setCurrentIndex(
                self.grid.model().index(0, column), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._show(header.mapToGlobal(pos))
