"""Undoable steps on the grid: cell edits (one or many, e.g. paste, fill down, replace all)
and rows added or removed in the app. Each step is one entry of the window's ``QUndoStack``."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.catalog.issues import Issue
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable

Change = tuple[int, str, Any]  # (row index, field key, new raw value)
_RowState = tuple[list[Issue], Status, bool]


def _verdict(row: ProductRow) -> tuple[Status, str | None, str | None, str | None]:
    """What the store last said about a row: a job answering it changes this."""
    return row.status, row.request_id, row.batch_id, row.product_id


class EditableRows(Protocol):
    """What a step needs of the grid's model: its rows, and setting / adding / removing them
    with the views told (``ProductModel`` is one)."""

    @property
    def table(self) -> ProductTable: ...

    def row(self, index: int) -> ProductRow: ...

    def apply(self, changes: Iterable[Change]) -> set[int]: ...

    def announce(self, touched: set[int]) -> None: ...

    def insert_rows(self, position: int, rows: Sequence[ProductRow]) -> None: ...

    def remove_rows(self, indexes: Iterable[int]) -> list[tuple[int, ProductRow]]: ...


class CellsCommand(QUndoCommand):
    """Set any number of cells in one step; undo puts back the cells and the store's verdicts
    as they were — unless a job has answered the row since, whose newer verdict stays."""

    def __init__(self, model: EditableRows, changes: Sequence[Change], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.rows = [model.row(i) for i, _, _ in changes]  # rows, not indexes: robust to moves
        self.places = [i for i, _, _ in changes]  # where they were: looked at first
        self.keys = [k for _, k, _ in changes]
        self.new = [v for _, _, v in changes]
        self.old = [copy.deepcopy(model.row(i).cells.get(k)) for i, k, _ in changes]
        self.states: dict[int, _RowState] = {
            id(r): (list(r.store_issues), r.status, r.edited_since_sent) for r in self.rows
        }
        self.after: dict[int, tuple[Status, str | None, str | None, str | None]] = {}

    def _changes(self, values: list[Any]) -> list[Change]:
        """The changes at the rows' places now: where they were, or else where the table's
        kept positions say (a row added or removed since moved them; a row gone is left)."""
        table = self.model.table
        rows, found = table.rows, []
        for i, r, k, v in zip(self.places, self.rows, self.keys, values, strict=True):
            if not (0 <= i < len(rows) and rows[i] is r):
                if not table.holds(r):
                    continue
                i = table.position(r)
            found.append((i, k, copy.deepcopy(v)))
        return found

    def redo(self) -> None:
        self.model.apply(self._changes(self.new))
        self.after = {id(r): _verdict(r) for r in self.rows}

    def undo(self) -> None:
        changes = self._changes(self.old)
        unanswered = [r for r in self.rows if self.after.get(id(r)) == _verdict(r)]
        for row in unanswered:
            issues, status, edited = self.states[id(row)]
            row.store_issues, row.status, row.edited_since_sent = list(issues), status, edited
        touched = self.model.apply(changes)
        for row in unanswered:  # set_cell refreshed the status from local checks; restore it
            issues, status, edited = self.states[id(row)]
            row.store_issues, row.status, row.edited_since_sent = list(issues), status, edited
        self.model.announce(touched)


class InsertRowsCommand(QUndoCommand):
    def __init__(self, model: EditableRows, position: int, rows: Sequence[ProductRow]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add row"))
        self.model = model
        self.position = position
        self.rows = list(rows)

    def redo(self) -> None:
        self.model.insert_rows(self.position, self.rows)

    def undo(self) -> None:
        self.model.remove_rows(range(self.position, self.position + len(self.rows)))


class RemoveRowsCommand(QUndoCommand):
    def __init__(self, model: EditableRows, indexes: Sequence[int]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove rows"))
        self.model = model
        self.indexes = sorted(set(indexes))
        self.removed: list[tuple[int, ProductRow]] = []

    def redo(self) -> None:
        self.removed = self.model.remove_rows(self.indexes)

    def undo(self) -> None:
        for position, row in self.removed:  # ascending: each lands where it was
            self.model.insert_rows(position, [row])
