"""The Problems list repaints only the entries that moved when problems come or go
(``ProblemsView`` with ``MovedRows``): a row added far below the problems in sight repaints
none of them; one added among them repaints from its entries down; what is on the screen is
always what a full repaint shows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.model import ProductModel
from app.gui.grid.problems import ProblemsDock
from tests.gui.screen_pictures import Paints, Picture, on_screen, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _row(n: int) -> ProductRow:  # each row misses its required fields: problems in every row
    return ProductRow(n + 2, {"name": f"Kaos {n}", "sku": f"SKU-{n}", "price": "abc"})


@pytest.fixture
def dock(qapp: Any) -> Iterator[ProblemsDock]:
    model = ProductModel(ProductTable([_row(n) for n in range(300)]), undo_stack=QUndoStack())
    built = ProblemsDock(model)
    built.resize(700, 300)
    built.show()
    built.refresh()
    settle()
    yield built
    built.close()
    built.deleteLater()


def _repainted(dock: ProblemsDock) -> Picture:
    dock.view.viewport().repaint()
    return on_screen(dock)


def test_a_row_added_far_below_repaints_no_problem_in_sight(dock: ProblemsDock) -> None:
    paints = Paints()
    dock.view.viewport().installEventFilter(paints)
    entries = dock.model.rowCount()
    dock.model.products.insert_rows(250, [ProductRow(None, {"name": "Baru"})])
    shown = on_screen(dock)
    assert dock.model.rowCount() > entries  # its problems are in the list
    assert paints.rects == []
    assert shown == _repainted(dock)


def test_a_row_added_among_the_problems_in_sight_shows_its_own(dock: ProblemsDock) -> None:
    paints = Paints()
    dock.view.viewport().installEventFilter(paints)
    dock.model.products.insert_rows(1, [ProductRow(None, {"name": "Baru"})])
    shown = on_screen(dock)
    first = dock.model.index(0, 0).data()  # row 0's problems, then the new row's "+"
    assert first == "2"
    assert "+" in [dock.model.index(r, 0).data() for r in range(12)]
    view = dock.view
    top = view.rowViewportPosition(
        next(i for i, (r, _) in enumerate(dock.model.problems) if r == 1)
    )
    assert paints.rects == [(0, top, view.viewport().width(), view.viewport().height() - top)]
    assert shown == _repainted(dock)
    dock.model.products.remove_rows([1])  # its problems go: the entries below move up
    assert on_screen(dock) == _repainted(dock)
