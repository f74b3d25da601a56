"""The grid's cells painted from their paint records (``CellLooks``, the delegate's
``initStyleOption``: one call per cell) look exactly as Qt's own ``initStyleOption`` asking the
model role by role makes them look: every field of the style option is the same for every
cell of a table with errors, warnings, a duplicate, an edited cell, a hidden row, defaults,
check cells, store answers (a rejected row), compare marks and photo thumbnails — selected,
unselected and disabled — and the grid grabbed as an image is the same pixel for pixel, with a
selection and the current cell (focus), in English and in Indonesian."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.catalog.issues import Issue, Level
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.cell_looks import CellLooks
from app.gui.grid.model import ProductModel
from app.gui.grid.photo_cells import Picture
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid
from app.gui.kit.i18n import Translations
from app.sync.plan import Action, Change, RowPlan, SyncPlan
from tests.gui.category_samples import sample_data
from tests.gui.samples import cells_of, messy_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _model() -> ProductModel:
    rows = [ProductRow(4 + i, cells_of(r)) for i, r in enumerate(messy_rows())]
    rows[6].hidden = True  # hidden in the workbook: greyed, "hidden — not sent"
    rows[7].cells["minOrder"] = None  # a blank standing for the default: italics, grey
    rows[7].cells["isPreorder"] = "Ya"
    rows[8].cells["isPreorder"] = "Mungkin"  # neither yes nor no: no check mark
    rows[9].cells["isPreorder"] = None
    rows[3].cells["description"] = "Baris satu\nBaris dua"  # a line break in the text
    rows.append(ProductRow(None, {}))  # a row added in the app
    table = ProductTable(rows, store_data=sample_data())
    table.set_store_result(0, Status.LIVE, product_id="p-0")
    table.set_store_result(
        9, Status.REJECTED, [Issue("price", "duplicate_in_sheet", Level.ERROR, {"value": 1})]
    )
    table.set_store_result(5, Status.UNCONFIRMED)
    model = ProductModel(table)
    model.edit([(1, "name", "Kaos Polos Hitam (diubah)")], "Edit")  # an edited cell
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
            RowPlan(
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


def _fields(option: QStyleOptionViewItem) -> tuple[Any, ...]:
    """Everything of a style option that Qt's ``initStyleOption`` sets."""
    icon = option.icon
    return (
        option.text,
        option.features,
        option.font,
        option.font.resolveMask(),
        option.fontMetrics.height(),
        option.fontMetrics.averageCharWidth(),
        option.displayAlignment,
        option.palette.brush(QPalette.ColorGroup.Normal, QPalette.ColorRole.Text),
        option.palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
        option.palette.brush(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text),
        option.palette.currentColorGroup(),
        option.palette,
        option.checkState,
        icon.isNull(),
        icon.pixmap(option.decorationSize).toImage() if not icon.isNull() else None,
        option.decorationSize,
        option.backgroundBrush,
        option.index,
        option.styleObject,
    )


@pytest.fixture
def grid(qapp: Any, qtbot: Any) -> ProductGrid:
    grid = ProductGrid(ProductFilter(_model()))
    qtbot.addWidget(grid)
    grid.resize(1400, 420)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


@pytest.mark.parametrize(
    "state",
    [
        QStyle.StateFlag.State_Enabled,
        QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Selected,
        QStyle.StateFlag.State_None,  # a disabled cell
    ],
)
def test_every_cells_option_is_what_qts_own_questions_give(
    grid: ProductGrid, state: QStyle.StateFlag
) -> None:
    proxy, delegate = grid.proxy, grid.delegate
    assert delegate.looks is not None
    kinds: set[str] = set()
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            for alternate, group in ((False, QPalette.ColorGroup.Active), (True, None)):
                ours, qts = QStyleOptionViewItem(), QStyleOptionViewItem()
                for option in (ours, qts):
                    option.initFrom(grid)
                    option.state = state
                    option.decorationSize = grid.iconSize()
                    if group is None:  # as the view paints a disabled cell's
                        option.palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
                    if alternate:
                        option.features = QStyleOptionViewItem.ViewItemFeature.Alternate
                assert delegate.looks.fill(ours, index)
                QStyledItemDelegate.initStyleOption(delegate, qts, index)
                assert _fields(ours) == _fields(qts), (row, proxy.products.columns[column].key)
            kinds.update(type(v).__name__ for v in proxy.products.paint_record(row, column) if v)
    assert {"QFont", "QBrush", "str", "CheckState", "QIcon", "QImage", "int"} <= kinds


@contextlib.contextmanager
def _role_by_role(self: ProductModel) -> Iterator[None]:
    yield


def _grabs(grid: ProductGrid) -> tuple[QImage, QImage]:
    bar = grid.horizontalScrollBar()
    bar.setValue(0)
    left = grid.grab().toImage()
    bar.setValue(bar.maximum())
    right = grid.grab().toImage()
    bar.setValue(0)
    return left, right


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_grid_looks_the_same_as_painted_role_by_role(
    grid: ProductGrid, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    translations = Translations()
    assert translations.switch(lang)  # type: ignore[arg-type]
    try:
        grid.products.set_lang(lang)  # type: ignore[arg-type]
        grid.fit_header_widths()
        grid.setCurrentIndex(grid.proxy.index(2, 3))  # the focused cell
        selection, select = grid.selectionModel(), QItemSelectionModel.SelectionFlag.Select
        for row, column in ((3, 1), (4, grid.products.column_of("photos")), (9, 0), (6, 2)):
            selection.select(grid.proxy.index(row, column), select)
        looks = grid.delegate.looks
        fast = _grabs(grid)
        grid.delegate.looks = None  # Qt's own initStyleOption: seven data() calls a cell
        monkeypatch.setattr(ProductModel, "painting", _role_by_role)  # and no records
        plain = _grabs(grid)
        grid.delegate.looks = looks
        assert fast[0] == plain[0]
        assert fast[1] == plain[1]
        assert fast[0] != fast[1]  # both halves of the grid were painted
        shown = {grid.proxy.index(r, 0).data() for r in range(grid.proxy.rowCount())}
        english = {"✔ ready", "✖ invalid", "● live"}
        assert bool(shown & english) == (lang == "en"), shown  # the words were translated
    finally:
        translations.switch("en")
        grid.products.set_lang("en")


def test_painting_does_not_eat_references_to_none(grid: ProductGrid) -> None:
    """PySide6 6.12 loses a reference to ``None`` on each ``QPalette.setBrush`` made from
    Python; per painted cell that frees ``None`` itself after a while (CPython 3.11 aborts:
    "none_dealloc", at the latest when the window closes). The looks call it once per new
    palette and colour, not per cell: a repaint of ~120 cells costs at most a couple."""
    viewport = grid.viewport()
    viewport.repaint()
    before = sys.getrefcount(None)
    for _ in range(20):
        viewport.repaint()
    assert sys.getrefcount(None) - before > -20 * 5


def test_a_record_less_cell_is_asked_qts_own_way(grid: ProductGrid) -> None:
    """Outside the grid's rows (or with a value a record never holds) Qt's own way runs."""
    looks = CellLooks(lambda index: None)
    option = QStyleOptionViewItem()
    assert not looks.fill(option, grid.proxy.index(0, 1))
    odd = CellLooks(lambda index: (None, None, None, None, QColor("red"), "x", None))
    assert not odd.fill(option, grid.proxy.index(0, 1))
    number = CellLooks(lambda index: (None, None, None, None, None, 1250000, None))
    assert not number.fill(option, grid.proxy.index(0, 1))
    assert option.text == ""  # nothing was half filled


def test_a_line_break_is_shown_as_qt_shows_it(grid: ProductGrid) -> None:
    """The grid's texts have no line breaks (``display_text`` joins lines), but a record's
    text is shown as Qt's own ``displayText`` shows a string: each break a line separator."""
    text = "Baris satu\nBaris dua\r\nBaris tiga"
    looks = CellLooks(lambda index: (None, None, None, None, None, text, None))
    option = QStyleOptionViewItem()
    assert looks.fill(option, grid.proxy.index(0, 1))
    assert option.text == grid.delegate.displayText(text, option.locale)
    assert "\n" not in option.text


def test_the_status_cells_bold_font_follows_the_grids_font(grid: ProductGrid) -> None:
    index = grid.proxy.index(0, 0)
    for size in (9, 14, 9):
        font = QFont(grid.font())
        font.setPointSize(size)
        ours, qts = QStyleOptionViewItem(), QStyleOptionViewItem()
        for option in (ours, qts):
            option.initFrom(grid)
            option.font = font
        assert grid.delegate.looks is not None
        assert grid.delegate.looks.fill(ours, index)
        QStyledItemDelegate.initStyleOption(grid.delegate, qts, index)
        assert _fields(ours) == _fields(qts)
        assert ours.font.bold() and ours.font.pointSize() == size
