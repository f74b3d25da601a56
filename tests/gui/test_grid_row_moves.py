"""Rows added or removed repaint only the rows that moved (``ProductGrid.doItemsLayout`` with
``MovedRows``): what the merchant sees on the screen — the window's pixels as painted, not a
fresh rendering — is, after every insert and removal, pixel for pixel what a full repaint
shows; a row added below the visible rows repaints none of them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel

from app.catalog.table import ProductRow
from app.gui.grid.commands import InsertRowsCommand
from app.gui.grid.view import ProductGrid
from tests.gui.screen_pictures import Paints, grid_on_screen, on_screen, repainted, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROWS = 300


def _row(n: int) -> ProductRow:
    sku = f"SKU-{n % 40}"  # duplicates: red cells that move with their rows
    price = "abc" if n % 7 == 0 else str(10_000 + n)  # a cell that cannot be read
    return ProductRow(n + 2, {"name": f"Kaos {n}", "sku": sku, "price": price})


def _new_grid() -> AbstractContextManager[ProductGrid]:
    return grid_on_screen([_row(n) for n in range(ROWS)], 760)


@pytest.fixture
def grid(qapp: Any) -> Iterator[ProductGrid]:
    with _new_grid() as view:
        yield view


def test_a_row_added_below_the_visible_rows_repaints_none_of_them(grid: ProductGrid) -> None:
    paints = Paints()
    grid.viewport().installEventFilter(paints)
    scrolls = grid.verticalScrollBar().maximum()
    grid.products.insert_rows(200, [ProductRow(None, {"name": "Baru"})])
    shown = on_screen(grid)
    assert paints.rects == []
    assert grid.verticalScrollBar().maximum() == scrolls + 1  # the scroll bar knows of it
    assert shown == repainted(grid)


def test_a_row_added_in_view_repaints_from_its_place_down(grid: ProductGrid) -> None:
    paints = Paints()
    grid.viewport().installEventFilter(paints)
    grid.products.insert_rows(5, [ProductRow(None, {"name": "Baru"})])
    shown = on_screen(grid)
    height, width = grid.viewport().height(), grid.viewport().width()
    top = grid.rowViewportPosition(5)
    assert paints.rects == [(0, top, width, height - top)]
    assert grid.model().index(5, grid.products.column_of("name")).data() == "Baru"
    assert shown == repainted(grid)


def test_a_sort_after_an_added_row_repaints_everything(grid: ProductGrid) -> None:
    paints = Paints()
    grid.viewport().installEventFilter(paints)
    grid.products.insert_rows(200, [ProductRow(None, {"name": "Aaa"})])
    grid.proxy.sort(grid.products.column_of("name"))  # "Aaa" comes to the top
    shown = on_screen(grid)
    assert (0, 0, grid.viewport().width(), grid.viewport().height()) in paints.rects
    assert grid.model().index(0, grid.products.column_of("name")).data() == "Aaa"
    assert shown == repainted(grid)


def test_edit_add_row_below_a_current_row_in_the_middle(grid: ProductGrid) -> None:
    """The merchant's own action, scrolled down: the new row is scrolled to the centre."""
    undo = grid.products.undo_stack
    grid.scrollTo(grid.model().index(150, 0))
    grid.setCurrentIndex(grid.model().index(150, 1))
    settle()
    position = 151  # as GridEditing.add_row: below the current row, then selected
    undo.push(InsertRowsCommand(grid.products, position, [ProductRow(None, {})]))
    grid.select_cell(position, grid.products.column_of("name"))
    shown = on_screen(grid)
    assert grid.currentIndex().row() == position
    assert shown == repainted(grid)
    undo.undo()  # the added row goes: the rows below it move up again
    assert on_screen(grid) == repainted(grid)


_STEP = st.tuples(
    st.sampled_from(["insert", "remove", "scroll", "select"]),
    st.integers(min_value=0, max_value=ROWS - 1),
    st.integers(min_value=1, max_value=3),
    st.booleans(),  # events handled after this step (else the next one joins its layout)
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_STEP, min_size=1, max_size=10))
def test_the_screen_is_a_full_repaint_after_any_rows_come_or_go(
    qapp: Any, steps: list[tuple[str, int, int, bool]]
) -> None:
    """Each example on a grid of its own, so that a failing one replays alone."""
    with _new_grid() as grid:
        _come_and_go(grid, steps)


def _come_and_go(grid: ProductGrid, steps: list[tuple[str, int, int, bool]]) -> None:
    model = grid.products
    for kind, at, count, handled in steps:
        size = model.rowCount()
        at = min(at, size - 1)
        if kind == "insert":
            model.insert_rows(at, [ProductRow(None, {"name": f"Baru {n}"}) for n in range(count)])
        elif kind == "remove" and size > count + 1:
            model.remove_rows(range(at, min(at + count, size)))
        elif kind == "scroll":
            grid.scrollTo(grid.model().index(at, 0), grid.ScrollHint.PositionAtTop)
        else:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            grid.selectionModel().setCurrentIndex(grid.model().index(at, 2), flags)
        if handled:
            settle()
    shown = on_screen(grid)
    assert grid.verticalHeader().updatesEnabled()  # Qt holds them while rows go
    assert shown == repainted(grid)
    assert grid.model().rowCount() == model.rowCount()
