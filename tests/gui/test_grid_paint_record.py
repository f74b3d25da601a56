"""The grid's paint records (``ProductModel.paint_record``, used while the grid paints) give
what each paint role's own ``data()`` gives — text, colours, fonts, alignment, check marks,
decorations (compare marks, photo thumbnails) — for every cell of a table holding problem
cells, duplicates, a hidden row, defaults, store names, store answers, a comparison with the
store and a checked photo; and the grid painted with them is the same picture, pixel for
pixel, as painted role by role. The flags the proxy gives per column are the model's own,
locked or not."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage

from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.model import PAINT_ROLES, ProductModel
from app.gui.grid.photo_cells import Picture
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid
from app.sync.plan import Action, Change, RowPlan, SyncPlan
from tests.gui.category_samples import sample_data
from tests.gui.samples import cells_of, messy_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _table() -> ProductTable:
    rows = [ProductRow(4 + i, cells_of(r)) for i, r in enumerate(messy_rows())]
    rows[6].hidden = True  # hidden in the workbook: greyed, "hidden — not sent"
    rows[7].cells["minOrder"] = None  # a blank cell standing for the default, in italics
    rows[7].cells["isPreorder"] = "Ya"
    rows[8].cells["isPreorder"] = "Mungkin"  # not a yes or a no: a problem, no check mark
    rows[9].cells["isPreorder"] = None
    rows.append(ProductRow(None, {}))  # a row added in the app
    table = ProductTable(rows, store_data=sample_data())
    table.set_store_result(0, Status.LIVE, product_id="p-0")
    table.set_store_result(
        9, Status.REJECTED, [Issue("price", "duplicate_in_sheet", Level.ERROR, {"value": 1})]
    )
    table.set_store_result(5, Status.UNCONFIRMED)
    return table


@pytest.fixture
def painted(qapp: Any) -> ProductModel:
    model = ProductModel(_table())
    plan = SyncPlan(
        [
            RowPlan(0, 4, Action.UPDATE, "p0", "SKU-00000", changes=(Change("price", 1, 2),)),
            RowPlan(
                2,
                6,
                Action.CONFLICT,
                "p2",
                "SKU-00002",
                changes=(Change("stock", 9, 12, exported=10), Change("name", "A", "B")),
            ),
            RowPlan(3, 7, Action.CREATE, None, "SKU-00003"),
            RowPlan(  # a compare mark on a cell with a thumbnail: the mark wins
                4, 8, Action.UPDATE, "p4", "SKU-00004", changes=(Change("photos", ["a"], ["b"]),)
            ),
        ]
    )
    model.announce(model.compare.show(plan, model.table, "Toko Uji"))
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    for row in (4, 5):
        link = model.table.rows[row].values["photos"][0]
        model.use_photo_checks({link: []}, {link: Picture(image, None, "20 × 20 PNG")})
    return model


def _plain(model: ProductModel, row: int, column: int) -> tuple[Any, ...]:
    return tuple(model.data_at(row, column, role) for role in PAINT_ROLES)


def test_every_cell_paints_what_each_role_gives(painted: ProductModel) -> None:
    rows, columns = painted.rowCount(), painted.columnCount()
    seen: set[str] = set()
    for row in range(rows):
        for column in range(columns):
            plain = _plain(painted, row, column)
            assert painted.paint_record(row, column) == plain, (row, painted.columns[column].key)
            with painted.painting():  # the way the grid asks: role by role, from the record
                assert _plain(painted, row, column) == plain
            seen.update(type(v).__name__ for v in plain if v is not None)
    # the sample holds every kind of value a cell paints with
    assert {"QFont", "QBrush", "str", "CheckState", "QIcon", "QImage", "int"} <= seen


def test_the_record_follows_an_edit_between_two_paints(painted: ProductModel) -> None:
    column = painted.column_of("price")
    with painted.painting():
        before = _plain(painted, 1, column)
    painted.edit([(1, "price", "Rp 150.000")], "Edit")
    with painted.painting():
        after = _plain(painted, 1, column)
    assert before != after  # the fraction's red is gone, the text is the new price
    assert after == _plain(painted, 1, column)


@contextlib.contextmanager
def _role_by_role(self: ProductModel) -> Iterator[None]:
    yield


def test_the_grid_looks_the_same_painted_from_records(
    painted: ProductModel, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = ProductGrid(ProductFilter(painted))
    qtbot.addWidget(grid)
    grid.resize(1400, 420)
    grid.show()
    qtbot.waitExposed(grid)
    grid.setCurrentIndex(grid.proxy.index(2, 3))
    grid.selectionModel().select(grid.proxy.index(3, 1), QItemSelectionModel.SelectionFlag.Select)
    fast = grid.grab().toImage()
    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum())
    fast_right = grid.grab().toImage()
    grid.horizontalScrollBar().setValue(0)
    monkeypatch.setattr(ProductModel, "painting", _role_by_role)
    plain = grid.grab().toImage()
    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum())
    plain_right = grid.grab().toImage()
    assert fast == plain
    assert fast_right == plain_right
    assert fast != fast_right  # the two halves of the grid were both painted


def test_the_proxys_flags_are_the_models_locked_or_not(painted: ProductModel) -> None:
    proxy = ProductFilter(painted)
    for read_only in (False, True, False):
        painted.read_only = read_only
        for column in range(painted.columnCount()):
            assert proxy.flags(proxy.index(3, column)) == painted.flags(painted.index(3, column))
    assert proxy.flags(proxy.index(99, 1)) == Qt.ItemFlag.NoItemFlags
    painted.read_only = True
    assert not proxy.flags(proxy.index(0, painted.column_of("name"))) & Qt.ItemFlag.ItemIsEditable
