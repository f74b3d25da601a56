"""Rows added below the ones in sight (a workbook's rows streaming in) repaint no visible cell:
the scroll bar grows and the new rows are there when scrolled to; rows added in sight, into a
grid not yet full, or followed by a new filter in the same turn repaint as Qt does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid
from tests.gui.screen_pictures import Paints
from tests.jobs.rows import product_cells

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def checked_rows(count: int, first_sheet_row: int, prefix: str) -> list[ProductRow]:
    """Rows checked as the reading child sends them (their own table's checks done)."""
    cells = product_cells(count, prefix=prefix, seed=first_sheet_row)  # ids of their own
    return ProductTable.from_cells([(first_sheet_row + k, c) for k, c in enumerate(cells)]).rows


def shown_grid(qtbot: Any, rows: int) -> tuple[ProductGrid, Paints]:
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(rows))])
    grid = ProductGrid(ProductFilter(ProductModel(table)))
    qtbot.addWidget(grid)
    grid.resize(1000, 400)
    grid.show()
    qtbot.waitExposed(grid)
    paints = Paints()
    grid.viewport().installEventFilter(paints)
    qtbot.wait(50)
    paints.count = paints.whole = 0
    return grid, paints


def test_rows_added_below_the_visible_ones_repaint_nothing_and_can_be_scrolled_to(
    qtbot: Any,
) -> None:
    grid, paints = shown_grid(qtbot, 300)
    bar = grid.verticalScrollBar()
    before = bar.maximum()
    # as a workbook's batches arrive, each in its own turn (sheet rows of three digits, as
    # the rows shown: the row numbers keep their width)
    for batch in range(3):
        grid.products.append_rows(checked_rows(100, 400 + 100 * batch, f"NEW{batch}"))
        qtbot.wait(30)
    assert paints.count == 0
    assert grid.proxy.rowCount() == 600
    assert bar.maximum() == before + 300  # the scroll bar reaches the new rows
    assert grid.verticalHeader().count() == 600
    bar.setValue(bar.maximum())
    qtbot.wait(30)
    assert paints.count >= 1  # scrolled: painted
    last = grid.rowAt(grid.viewport().height() - 1)
    assert last == 599
    sku = grid.proxy.index(last, grid.products.column_of("sku"))
    assert sku.data() == "NEW2-00099"


def test_rows_added_into_a_grid_not_yet_full_are_painted(qtbot: Any) -> None:
    grid, paints = shown_grid(qtbot, 3)
    grid.products.append_rows(checked_rows(5, 100, "NEW"))
    qtbot.wait(50)
    assert paints.whole >= 1
    assert grid.rowAt(grid.viewport().height() // 2) >= 3  # the new rows are on screen


def test_a_new_filter_in_the_same_turn_as_rows_added_below_still_repaints(
    qtbot: Any,
) -> None:
    grid, paints = shown_grid(qtbot, 300)
    grid.products.append_rows(checked_rows(200, 1000, "NEW"))
    grid.proxy.set_text("-001")  # before Qt's layout of the insert runs
    qtbot.wait(50)
    assert grid.proxy.rowCount() == 200  # SKU-00100…199 and NEW-00100…199
    assert paints.whole >= 1  # the visible rows changed: all of them painted


def test_rows_added_below_after_a_new_filter_in_the_same_turn_still_repaint(
    qtbot: Any,
) -> None:
    grid, paints = shown_grid(qtbot, 300)
    grid.proxy.set_text("-001")  # SKU-00100…199: the visible rows change
    grid.products.append_rows(checked_rows(200, 1000, "NEW"))  # NEW-00100…199 pass, below
    qtbot.wait(50)
    assert grid.proxy.rowCount() == 200
    assert paints.whole >= 1  # the visible rows changed: all of them painted


def test_rows_added_below_with_the_ids_of_rows_in_sight_turn_those_rows_red(
    qtbot: Any,
) -> None:
    """A batch below the visible rows repeats the External IDs of rows in sight: those rows
    now have a duplicate and turn red on the screen (Qt leaves changed rows to the layout of
    the insert, which repaints no row above the new ones)."""
    from app.gui.grid.model import ERROR_BRUSH
    from tests.gui.screen_pictures import on_screen, repainted

    grid, paints = shown_grid(qtbot, 300)
    repeated = checked_rows(5, 400, "NEW")
    for row, cells in zip(repeated, product_cells(5), strict=True):
        row.cells["externalId"] = cells["externalId"]  # rows 0–4's ids
    grid.products.append_rows(
        ProductTable.from_cells((r.sheet_row, r.cells) for r in repeated).rows
    )
    shown = on_screen(grid)
    assert paints.whole == 0  # the changed cells, not the whole viewport
    external_id = grid.proxy.index(2, grid.products.column_of("externalId"))
    assert external_id.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert shown == repainted(grid)
