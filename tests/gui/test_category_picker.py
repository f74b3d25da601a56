"""The category picker and the named cells on the real grid: type-ahead over the store's tree,
one pick filling category, sub-category and type in one undo step, names shown for ids (the id
in the tooltip), the brand list, and the plain editor when no category list is downloaded."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.catalog.naming import search
from app.gui.grid.brand_picker import BrandPicker
from app.gui.grid.category_picker import CategoryPicker
from app.gui.window.main_window import MainWindow
from tests.gui.category_samples import OBLONG, sample_data, sample_tree
from tests.gui.drive import answering, at, edit_cell, text
from tests.gui.samples import CATEGORY, SUBCATEGORY, TYPE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_typing_kaos_ob_finds_the_oblong_path_first(qtbot: Any) -> None:
    picker = CategoryPicker(sample_tree())
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "kaos ob")
    first = picker.view.model().index(0, 0)
    assert first.data() == "Fashion Pria › Kaos › Kaos Oblong"
    assert picker.view.model().rowCount() == 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    pick = picker.picked()
    assert pick is not None and pick.type.id == OBLONG
    assert (pick.category.id, pick.sub_category.id) == (CATEGORY, SUBCATEGORY)


def test_arrows_in_the_search_line_move_the_highlight(qtbot: Any) -> None:
    picker = CategoryPicker(sample_tree())
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "kaos")
    shown = [picker.view.model().index(r, 0).data() for r in range(3)]
    assert shown[0].endswith("Kaos Oblong") or shown[0].endswith("Kaos Polo")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    pick = picker.picked()
    assert pick is not None and pick.text() == shown[1]


def test_a_repeated_name_is_found_under_each_parent() -> None:
    found = [p.text() for p in search(sample_tree(), "gelang")]
    assert found == ["Fashion Pria › Aksesoris › Gelang", "Fashion Wanita › Aksesoris › Gelang"]
    assert search(sample_tree(), "zzz") == []


def test_cells_show_names_with_the_id_in_the_tooltip(loaded: MainWindow) -> None:
    window = loaded
    assert text(window, 0, "categoryId") == CATEGORY  # no category list yet: the id
    window.model.use_store_data(sample_data())
    assert text(window, 0, "categoryId") == "Fashion Pria"
    assert text(window, 0, "subCategoryId") == "Kaos"
    assert text(window, 0, "typeId") == "Kaos Lengan Panjang"
    tip = at(window, 0, "typeId").data(Qt.ItemDataRole.ToolTipRole)
    assert TYPE in tip
    assert at(window, 0, "typeId").data(Qt.ItemDataRole.EditRole) == TYPE  # the cell keeps it


def test_picking_a_type_fills_three_cells_in_one_undo_step(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.model.use_store_data(sample_data())
    before = [window.model.row(0).cells.get(k) for k in ("categoryId", "subCategoryId", "typeId")]
    steps = window.undo_stack.count()

    def pick(dialog: CategoryPicker) -> None:
        qtbot.keyClicks(dialog.search, "kaos ob")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    with answering(CategoryPicker, pick) as seen:
        edit_cell(window, qtbot, at(window, 0, "subCategoryId"))
        qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    row = window.model.row(0)
    assert [row.cells[k] for k in ("categoryId", "subCategoryId", "typeId")] == [
        "Fashion Pria",
        "Kaos",
        "Kaos Oblong",
    ]
    assert text(window, 0, "typeId") == "Kaos Oblong"
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert [row.cells.get(k) for k in ("categoryId", "subCategoryId", "typeId")] == before


def test_without_a_category_list_the_editor_is_a_line_that_says_why(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    edit_cell(window, qtbot, at(window, 0, "typeId"))
    line = window.grid.viewport().findChild(QLineEdit)
    assert line is not None
    assert "not been downloaded" in line.toolTip()
    assert line.text() == TYPE
    qtbot.keyClick(line, Qt.Key.Key_Escape)


def test_the_brand_list_writes_the_brand_name(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.model.use_store_data(sample_data())

    def pick(dialog: BrandPicker) -> None:
        qtbot.keyClicks(dialog.line, "kids")
        assert dialog.shown.rowCount() == 1
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)

    window.acts.all_columns.setChecked(True)
    with answering(BrandPicker, pick) as seen:
        edit_cell(window, qtbot, at(window, 0, "brandId"))
        qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert window.model.row(0).cells["brandId"] == "Eiger Kids"


def test_a_picked_type_resolves_to_its_ids_in_the_payload(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.model.use_store_data(sample_data())
    assert window.grid.pick_category(0, search(sample_tree(), "kaos ob")[0])
    row = window.model.row(0)
    assert row.cells["typeId"] == "Kaos Oblong"  # the sheet keeps the name
    assert (row.values["categoryId"], row.values["subCategoryId"], row.values["typeId"]) == (
        CATEGORY,
        SUBCATEGORY,
        OBLONG,
    )
    assert row.issues_for("typeId") == []
    assert OBLONG in at(window, 0, "typeId").data(Qt.ItemDataRole.ToolTipRole)
