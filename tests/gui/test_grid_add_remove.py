"""Rows added and removed through the grid's model: a removal repaints only the rows whose
duplicate problems went with it, and a row added to a filtered grid, undone and redone, leaves
the grid showing what it showed (the table's kept positions and the grid's order shifted, not
rebuilt)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.commands import InsertRowsCommand, RemoveRowsCommand
from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

_SKUS = ["SKU-A", "SKU-1", "SKU-2", "SKU-A", "SKU-3", "SKU-B", "SKU-B", "SKU-4"]


def _model() -> ProductModel:
    table = ProductTable.from_cells(
        (2 + n, {"name": f"Kaos {sku}", "sku": sku, "price": 10_000 + n})
        for n, sku in enumerate(_SKUS)
    )
    return ProductModel(table, undo_stack=QUndoStack())


def test_a_removal_repaints_the_duplicate_it_cleared_and_no_other_row(qapp: Any) -> None:
    model = _model()
    first, other_pair = model.row(0), [model.row(5), model.row(6)]
    assert first.duplicate_issues and all(r.duplicate_issues for r in other_pair)
    told: list[set[int]] = []
    model.changed.connect(told.append)
    model.remove_rows([3])  # the second SKU-A
    assert told == [{0}]
    assert not first.duplicate_issues
    assert all(r.duplicate_issues for r in other_pair)  # the other pair is still red
    model.undo_stack.push(RemoveRowsCommand(model, [0]))  # no duplicate left with it
    assert told[-1] == set()
    model.undo_stack.undo()
    assert model.row(0) is first
    assert [model.table.position(r) for r in other_pair] == [4, 5]


def test_a_row_added_to_a_filtered_grid_undone_and_redone(qapp: Any) -> None:
    model = _model()
    proxy = ProductFilter(model)
    proxy.set_text("sku-b")
    shown = [proxy.index(i, model.column_of("sku")).data() for i in range(proxy.rowCount())]
    assert shown == ["SKU-B", "SKU-B"]
    added = ProductRow(None, {})
    model.undo_stack.push(InsertRowsCommand(model, 5, [added]))
    assert model.table.position(added) == 5
    assert [proxy.mapToSource(proxy.index(i, 0)).row() for i in range(proxy.rowCount())] == [6, 7]
    assert [proxy.index(i, model.column_of("sku")).data() for i in range(2)] == shown
    model.undo_stack.undo()
    assert not model.table.holds(added)
    assert [proxy.mapToSource(proxy.index(i, 0)).row() for i in range(proxy.rowCount())] == [5, 6]
    model.undo_stack.redo()
    assert model.table.position(added) == 5
    proxy.set_text("")
    assert proxy.rowCount() == len(_SKUS) + 1
    assert proxy.mapToSource(proxy.index(5, 0)).row() == 5  # unsorted: where it was put
