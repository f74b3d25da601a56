"""An edit repaints only the cells whose looks changed (``ProductGrid.dataChanged`` with
``PaintedLooks``): what the merchant sees — the window's pixels as painted, not a fresh
rendering — is after every edit, undo, scroll, insert and sort pixel for pixel what a full
repaint shows, and an edited name repaints that one cell."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from app.catalog.table import ProductRow
from app.gui.grid.model import ERROR_BRUSH
from app.gui.grid.view import ProductGrid
from tests.gui.samples import cells_of, good_row
from tests.gui.screen_pictures import Paints, grid_on_screen, on_screen, repainted, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROWS = 120


def _row(n: int) -> ProductRow:
    return ProductRow(n + 2, cells_of(good_row(n)))  # a good row: its status is "ready"


def _new_grid() -> AbstractContextManager[ProductGrid]:
    # 1,100 px: status, name, SKU, price and stock in view
    return grid_on_screen([_row(n) for n in range(ROWS)], 1100)


@pytest.fixture
def grid(qapp: Any) -> Iterator[ProductGrid]:
    with _new_grid() as view:
        yield view


def _cell(grid: ProductGrid, row: int, key: str) -> tuple[int, int, int, int]:
    rect = grid.visualRect(grid.model().index(row, grid.products.column_of(key)))
    return (rect.x(), rect.y(), rect.width(), rect.height())


def _edit(grid: ProductGrid, row: int, key: str, text: str) -> None:
    grid.model().setData(grid.model().index(row, grid.products.column_of(key)), text)


def _watched(grid: ProductGrid) -> Paints:
    paints = Paints()
    grid.viewport().installEventFilter(paints)
    return paints


def test_an_edited_name_repaints_that_cell_alone(grid: ProductGrid) -> None:
    paints = _watched(grid)
    _edit(grid, 3, "name", "Kemeja Batik Baru")
    shown = on_screen(grid)
    assert paints.regions == [_cell(grid, 3, "name")]
    assert grid.model().index(3, grid.products.column_of("name")).data() == "Kemeja Batik Baru"
    assert shown == repainted(grid)


def test_an_unreadable_price_turns_red_with_its_status(grid: ProductGrid) -> None:
    paints = _watched(grid)
    _edit(grid, 4, "price", "dua ribu")
    shown = on_screen(grid)
    price = grid.model().index(4, grid.products.column_of("price"))
    assert price.data(_background()) == ERROR_BRUSH  # what the merchant sees: red
    assert sorted(paints.regions) == sorted([_cell(grid, 4, "status"), _cell(grid, 4, "price")])
    assert shown == repainted(grid)
    paints.regions.clear()
    grid.products.undo_stack.undo()  # back to a readable price, the status ready again
    shown = on_screen(grid)
    assert sorted(paints.regions) == sorted([_cell(grid, 4, "status"), _cell(grid, 4, "price")])
    assert shown == repainted(grid)


def test_a_duplicate_sku_turns_both_rows_red(grid: ProductGrid) -> None:
    paints = _watched(grid)
    _edit(grid, 6, "sku", "SKU-00002")  # row 2 holds it: both rows have the problem
    shown = on_screen(grid)
    for row in (2, 6):
        sku = grid.model().index(row, grid.products.column_of("sku"))
        assert sku.data(_background()) == ERROR_BRUSH
        assert _cell(grid, row, "sku") in paints.regions
    assert shown == repainted(grid)


def test_an_edit_after_a_scroll_and_an_insert_in_view(grid: ProductGrid) -> None:
    grid.verticalScrollBar().setValue(3)  # three rows up: pixels scrolled, not repainted
    on_screen(grid)
    _edit(grid, 8, "name", "Celana")
    assert on_screen(grid) == repainted(grid)
    grid.products.insert_rows(5, [ProductRow(None, {"name": "Baru"})])  # rows 5– move down
    on_screen(grid)
    _edit(grid, 9, "price", "x")  # the row that was at 8 before the insert
    assert on_screen(grid) == repainted(grid)


def _background() -> int:
    from PySide6.QtCore import Qt

    return int(Qt.ItemDataRole.BackgroundRole)


_steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("edit"),
            st.integers(0, 40),
            st.sampled_from(["name", "sku", "price", "stock"]),
            st.sampled_from(["Kaos", "SKU-00001", "SKU-00003", "abc", "12000", "", "7"]),
        ),
        st.tuples(st.just("undo"), st.just(0), st.just(""), st.just("")),
        st.tuples(st.just("scroll"), st.integers(0, 30), st.just(""), st.just("")),
        st.tuples(st.just("insert"), st.integers(0, 30), st.just(""), st.just("")),
        st.tuples(st.just("remove"), st.integers(0, 30), st.just(""), st.just("")),
        st.tuples(st.just("sort"), st.integers(-1, 3), st.just(""), st.just("")),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None)
@given(steps=_steps, settled=st.lists(st.booleans(), min_size=6, max_size=6))
def test_any_edits_scrolls_inserts_and_sorts_show_what_a_full_repaint_shows(
    qapp: Any, steps: list[tuple[str, int, str, str]], settled: list[bool]
) -> None:
    """Each example on a grid of its own (one example's rows, sort and current cell would
    otherwise be the next one's start, and a failure could not be replayed alone)."""
    with _new_grid() as grid:
        _take_steps(grid, steps, settled)
        assert on_screen(grid) == repainted(grid)


def _take_steps(
    grid: ProductGrid, steps: list[tuple[str, int, str, str]], settled: list[bool]
) -> None:
    products = grid.products
    for (kind, number, key, text), events in zip(steps, settled, strict=False):
        if kind == "edit":
            _edit(grid, min(number, grid.model().rowCount() - 1), key, text)
        elif kind == "undo":
            products.undo_stack.undo()
        elif kind == "scroll":
            grid.verticalScrollBar().setValue(number)
        elif kind == "insert":
            products.insert_rows(number, [ProductRow(None, {"name": "Baru", "sku": "SKU-00003"})])
        elif kind == "remove":
            added = [i for i, row in enumerate(products.table.rows) if row.sheet_row is None]
            if added:
                products.remove_rows(added[:1])
        else:
            grid.proxy.sort(number)
        if events:
            QApplication.processEvents()


def test_a_row_added_in_view_with_the_sku_of_a_row_above_turns_that_row_red(
    grid: ProductGrid,
) -> None:
    """The row above the new one does not move, yet its SKU turns red in the same turn."""
    grid.products.insert_rows(10, [ProductRow(None, {"name": "Baru", "sku": "SKU-00003"})])
    shown = on_screen(grid)
    sku = grid.model().index(3, grid.products.column_of("sku"))
    assert sku.data(_background()) == ERROR_BRUSH
    assert shown == repainted(grid)


def test_many_rows_changed_in_the_turn_a_row_came_below_are_repainted(grid: ProductGrid) -> None:
    """A row added below the visible ones, then in the same turn an edit of nine rows in view
    (more than a few rows: Qt's own repaint, which it leaves to the coming layout)."""
    products = grid.products
    products.insert_rows(60, [ProductRow(None, {"name": "Baru"})])
    products.edit([(r, "price", "x") for r in range(9)], "Paste")
    shown = on_screen(grid)
    price = grid.model().index(0, products.column_of("price"))
    assert price.data(_background()) == ERROR_BRUSH
    assert shown == repainted(grid)


def test_a_name_typed_into_its_editor_repaints_that_cell_alone(
    grid: ProductGrid, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    index = grid.model().index(5, grid.products.column_of("name"))
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = grid.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    on_screen(grid)
    paints = _watched(grid)
    editor.setText("Kemeja Flanel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the merchant's Enter: commit, editor closes
    shown = on_screen(grid)
    assert index.data() == "Kemeja Flanel"
    assert _cell(grid, 5, "name") in paints.regions  # (Qt repaints all on the focus's return)
    assert shown == repainted(grid)


def test_an_open_editor_is_told_when_its_cell_changes(grid: ProductGrid) -> None:
    from PySide6.QtWidgets import QLineEdit

    index = grid.model().index(6, grid.products.column_of("name"))
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = grid.findChild(QLineEdit)
    assert editor is not None
    grid.products.edit([(6, "name", "Kaos Lengan Panjang")], "Paste")  # from elsewhere
    assert editor.text() == "Kaos Lengan Panjang"
    bar = grid.horizontalScrollBar()
    bar.setValue(bar.maximum())  # the name column out of sight, its editor still open
    settle()
    assert grid.columnAt(0) > grid.products.column_of("name")
    grid.products.edit([(6, "name", "Kaos Polo")], "Paste")
    assert editor.text() == "Kaos Polo"
