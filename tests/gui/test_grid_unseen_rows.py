"""A job's answers for rows out of sight do not repaint the grid (Qt repaints the whole viewport
for any change of more than one cell); rows in sight are repainted; and rows scrolled to later
show what they hold then, exactly as a full repaint draws them."""

from __future__ import annotations

from typing import Any

import pytest

from app.catalog.status import Status
from app.catalog.table import ProductTable
from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid
from tests.gui.screen_pictures import Paints
from tests.jobs.rows import product_cells

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def grid(qtbot: Any) -> ProductGrid:
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(300))])
    grid = ProductGrid(ProductFilter(ProductModel(table)))
    qtbot.addWidget(grid)
    grid.resize(1000, 400)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def answer(grid: ProductGrid, rows: range, status: Status) -> None:
    model = grid.products
    for i in rows:
        model.table.set_store_result(i, status)
    model.announce(set(rows))


def test_rows_out_of_sight_are_not_repainted_rows_in_sight_are(
    grid: ProductGrid, qtbot: Any
) -> None:
    paints = Paints()
    grid.viewport().installEventFilter(paints)
    qtbot.wait(50)
    paints.count = 0
    answer(grid, range(200, 250), Status.PENDING)  # far below the visible rows
    qtbot.wait(50)
    assert paints.count == 0
    answer(grid, range(0, 3), Status.PENDING)  # the first rows: on screen
    qtbot.wait(50)
    assert paints.count >= 1


def test_rows_scrolled_to_show_their_new_status_as_a_full_repaint_does(
    grid: ProductGrid, qtbot: Any
) -> None:
    answer(grid, range(200, 250), Status.REJECTED)
    qtbot.wait(20)
    grid.scrollTo(grid.proxy.index(220, 0))
    qtbot.wait(20)
    seen = grid.viewport().grab().toImage()
    grid.viewport().update()  # everything painted afresh
    qtbot.wait(20)
    assert grid.viewport().grab().toImage() == seen
    status = grid.proxy.index(220, grid.products.column_of("status"))
    assert status.data() == grid.products.data(grid.products.index(220, status.column()))
    assert grid.products.table.rows[220].status is Status.REJECTED
