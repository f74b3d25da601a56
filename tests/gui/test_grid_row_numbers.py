"""The grid's row numbers keep their width (``RowNumbers``) between the times it can change: the
width is Qt's own after rows come and go, a sort, a filter or another table — and a row added
in the middle of a long sheet is not measured again over 200 rows' numbers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter, RowFilter
from app.gui.grid.view import ProductGrid, RowNumbers

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _table(count: int, first_row: int = 2) -> ProductTable:
    return ProductTable.from_cells(
        (first_row + n, {"name": f"Kaos {n % 7}", "sku": f"SKU-{n}", "price": 1000 + n})
        for n in range(count)
    )


class _Counting(ProductFilter):
    asked = 0
    roles: dict[int, int] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            _Counting.asked += 1
            _Counting.roles[int(role)] = _Counting.roles.get(int(role), 0) + 1
        return super().headerData(section, orientation, role)


@pytest.fixture
def grid(qapp: Any, qtbot: Any) -> ProductGrid:
    built = ProductGrid(_Counting(ProductModel(_table(250))))
    qtbot.addWidget(built)
    built.resize(900, 500)
    built.show()
    qtbot.waitExposed(built)
    return built


def _qts_own(header: QHeaderView) -> Any:
    return QHeaderView.sizeHint(header)


def test_the_width_is_qts_own_after_every_change(grid: ProductGrid, qapp: Any) -> None:
    header, model, proxy = grid.verticalHeader(), grid.products, grid.proxy
    assert isinstance(header, RowNumbers)

    def same(laid_out: bool = True) -> None:
        for _ in range(3):
            qapp.processEvents()
        assert header.sizeHint() == _qts_own(header)
        if laid_out:  # the grid makes room for what the header asks
            assert header.width() == _qts_own(header).width()

    same()
    model.insert_rows(0, [ProductRow(None, {})])  # a "+" at the top
    same()
    model.insert_rows(120, [ProductRow(None, {})])
    same()
    model.remove_rows([0, 1, 2])
    same()
    proxy.sort(model.column_of("name"), Qt.SortOrder.DescendingOrder)
    same()
    proxy.set_text("kaos 3")
    same()
    proxy.set_text("")
    proxy.set_mode(RowFilter.PROBLEMS)
    same()
    proxy.set_mode(RowFilter.ALL)
    proxy.sort(-1)
    narrow = header.sizeHint().width()
    model.set_table(_table(len(model.table), first_row=1_000_000))  # as many rows, wider numbers
    same()
    assert header.sizeHint().width() > narrow
    model.set_table(_table(3))
    same()
    font = header.font()
    font.setPointSize(font.pointSize() + 6)
    header.setFont(font)
    same(laid_out=False)  # (Qt's grid does not lay itself out again for a header's font)


def test_a_row_added_in_the_middle_is_not_measured_over_200_rows(
    grid: ProductGrid, qapp: Any
) -> None:
    grid.products.set_table(_table(1000))
    for _ in range(3):  # laid out and painted
        qapp.processEvents()
    grid.verticalHeader().sizeHint()  # measured by Qt for this table
    _Counting.asked = 0
    _Counting.roles.clear()
    grid.products.insert_rows(500, [ProductRow(None, {})])
    for _ in range(3):
        qapp.processEvents()
    ours = grid.verticalHeader().sizeHint()
    # the 200 numbers read once and the shown ones painted; Qt measuring them asks ≈ 1,000 times
    assert _Counting.asked < 600, _Counting.roles
    assert ours == _qts_own(grid.verticalHeader())


def test_it_is_set_up_as_qts_own_vertical_header(qapp: Any) -> None:
    table = QTableView()
    own = table.verticalHeader()
    ours = RowNumbers()
    assert ours.sectionsClickable() == own.sectionsClickable()
    assert ours.highlightSections() == own.highlightSections()
    assert ours.orientation() == own.orientation()


class _Measuring(RowNumbers):
    """Counts the sections Qt is asked to measure (``sectionSizeFromContents``)."""

    measured: list[int] = []

    def sectionSizeFromContents(self, logicalIndex: int) -> Any:
        _Measuring.measured.append(logicalIndex)
        return super().sectionSizeFromContents(logicalIndex)


def _laid_out(qapp: Any) -> None:
    for _ in range(3):
        qapp.processEvents()


def test_each_number_is_measured_once_and_the_width_stays_qts_own(qapp: Any, qtbot: Any) -> None:
    grid = ProductGrid(ProductFilter(ProductModel(_table(1000))))
    header = _Measuring(grid, numbers=grid.proxy.row_numbers)
    grid.setVerticalHeader(header)
    qtbot.addWidget(grid)
    grid.resize(900, 500)
    grid.show()
    qtbot.waitExposed(grid)
    _laid_out(qapp)
    assert header.sizeHint() == _qts_own(header)
    _Measuring.measured.clear()
    grid.products.insert_rows(10, [ProductRow(None, {})])  # in view: 100 numbers move down
    _laid_out(qapp)
    hint = header.sizeHint()
    # only the one new text, the "+" of row 10 (the numbers that moved were measured before)
    assert _Measuring.measured == [10]
    assert hint == _qts_own(header)  # (Qt's own measures all 200 again)


def test_the_widest_number_is_shown_in_full_where_it_is_among_the_last_rows(
    qapp: Any, qtbot: Any
) -> None:
    """The first rows' numbers are short, the last ones long (a filtered workbook's bottom
    rows): the column takes the longest, and a row added in view shows its "+"."""
    short = [(2 + n, {"name": f"Kaos {n}", "sku": f"S-{n}"}) for n in range(300)]
    long = [(1_000_000 + n, {"name": f"Kaos {n}", "sku": f"L-{n}"}) for n in range(50)]
    grid = ProductGrid(ProductFilter(ProductModel(ProductTable.from_cells([*short, *long]))))
    qtbot.addWidget(grid)
    grid.resize(900, 500)
    grid.show()
    qtbot.waitExposed(grid)
    _laid_out(qapp)
    header = grid.verticalHeader()
    widest = header.sectionSizeFromContents(header.count() - 1).width()  # "1000049"
    assert widest > header.sectionSizeFromContents(0).width()  # wider than "2"
    assert header.width() == widest == _qts_own(header).width()
    grid.products.insert_rows(3, [ProductRow(None, {})])
    _laid_out(qapp)
    assert grid.proxy.headerData(3, Qt.Orientation.Vertical) == "+"
    assert header.width() == widest == _qts_own(header).width()
    grid.products.remove_rows(range(300, 351))  # the long numbers go
    _laid_out(qapp)
    assert header.width() == _qts_own(header).width() < widest
