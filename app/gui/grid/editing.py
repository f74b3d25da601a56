"""Editing the grid from the Edit menu: find and replace, add a row, remove added rows, and
going to a cell from the Problems list (clearing a filter that hides it)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from app.catalog.table import ProductRow
from app.gui.grid.commands import InsertRowsCommand, RemoveRowsCommand
from app.gui.grid.filter_bar import FilterBar
from app.gui.grid.find_replace import FindReplaceDialog
from app.gui.grid.lock import TableLock
from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid

translate = QCoreApplication.translate


class EditActions(Protocol):
    """The Edit menu's commands (``Actions`` has them)."""

    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    clear_cells: QAction
    fill_down: QAction
    find_replace: QAction
    add_row: QAction
    remove_rows: QAction


class GridEditing(QObject):
    """The Edit menu on the grid; its commands are off while the grid is locked.
    ``message(text, ms)``: a line for the status bar; ``row_added``: show the grid."""

    message = Signal(str, int)
    row_added = Signal()

    def __init__(
        self,
        acts: EditActions,
        grid: ProductGrid,
        filter_bar: FilterBar,
        lock: TableLock,
        undo_stack: QUndoStack,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.acts, self.grid, self.filter_bar = acts, grid, filter_bar
        self.lock, self.undo_stack, self.parent_widget = lock, undo_stack, parent
        self.find_dialog: FindReplaceDialog | None = None
        acts.undo.triggered.connect(undo_stack.undo)
        acts.redo.triggered.connect(undo_stack.redo)
        acts.cut.triggered.connect(grid.cut_selection)
        acts.copy.triggered.connect(grid.copy_selection)
        acts.clear_cells.triggered.connect(grid.clear_selection_cells)
        acts.paste.triggered.connect(lambda: grid.paste())
        acts.fill_down.triggered.connect(grid.fill_down)
        acts.find_replace.triggered.connect(self.show_find)
        acts.add_row.triggered.connect(self.add_row)
        acts.remove_rows.triggered.connect(self.remove_rows)
        undo_stack.canUndoChanged.connect(lambda can: acts.undo.setEnabled(can and not lock.locked))
        undo_stack.canRedoChanged.connect(lambda can: acts.redo.setEnabled(can and not lock.locked))
        lock.changed.connect(lambda _: self.update_actions())
        self.update_actions()

    def update_actions(self) -> None:
        """While a job runs or results are written the table must not change under it."""
        allowed, acts = not self.lock.locked, self.acts
        for action in (
            acts.cut,
            acts.paste,
            acts.fill_down,
            acts.clear_cells,
            acts.add_row,
            acts.remove_rows,
        ):
            action.setEnabled(allowed)
        acts.find_replace.setEnabled(allowed)
        acts.undo.setEnabled(allowed and self.undo_stack.canUndo())
        acts.redo.setEnabled(allowed and self.undo_stack.canRedo())

    @property
    def proxy(self) -> ProductFilter:
        return self.filter_bar.proxy

    @property
    def model(self) -> ProductModel:
        return self.proxy.products

    def show_find(self) -> None:
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.grid, self.parent_widget)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_edit.setFocus()

    def go_to_cell(self, source_row: int, column: int) -> None:
        if not self.grid.select_cell(source_row, column):
            self.filter_bar.set_mode(self.proxy.mode.ALL)
            self.filter_bar.search.clear()
            self.proxy.set_text("")
            self.grid.select_cell(source_row, column)
        self.grid.setFocus()

    def add_row(self) -> None:
        current = self.grid.currentIndex()
        position = (
            self.proxy.mapToSource(current).row() + 1
            if current.isValid()
            else len(self.model.table)
        )
        self.undo_stack.push(InsertRowsCommand(self.model, position, [ProductRow(None, {})]))
        self.row_added.emit()
        self.grid.select_cell(position, self.model.column_of("name"))

    def remove_rows(self) -> None:
        rows = self.grid.selected_source_rows()
        added = [i for i in rows if self.model.row(i).sheet_row is None]
        if added:
            self.undo_stack.push(RemoveRowsCommand(self.model, added))
        if len(added) < len(rows):
            self.message.emit(
                translate(
                    "MainWindow",
                    "Rows from your workbook stay in the grid; delete them in the workbook itself.",
                ),
                8000,
            )
