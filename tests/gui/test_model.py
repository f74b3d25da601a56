"""The grid model and its filter proxy: colours, tooltips, edits, undo, filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.catalog.issues import store_issue
from app.catalog.status import Status
from app.gui.grid.model import ERROR_COLOR, IssueRole, ProductModel, SortRole
from app.gui.grid.proxy import ProductFilter, RowFilter


def _bg(model: ProductModel, row: int, key: str):
    brush = model.data(model.index(row, model.column_of(key)), Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color()


def test_bad_cells_are_red_with_reason(model: ProductModel) -> None:
    assert _bg(model, 0, "price") is None
    assert _bg(model, 1, "price") == ERROR_COLOR
    assert _bg(model, 2, "photos") == ERROR_COLOR
    assert _bg(model, 3, "sku") == ERROR_COLOR
    assert _bg(model, 0, "sku") == ERROR_COLOR  # both duplicates
    assert _bg(model, 4, "condition") == ERROR_COLOR
    assert _bg(model, 5, "specialPrice") == ERROR_COLOR
    tip = model.data(model.index(4, model.column_of("condition")), Qt.ItemDataRole.ToolTipRole)
    assert "Rusak" in tip
    assert model.data(model.index(4, 0), Qt.ItemDataRole.DisplayRole).endswith("invalid")
    assert model.data(model.index(4, model.column_of("condition")), IssueRole)


def test_edit_fixes_cell_and_undo_brings_it_back(model: ProductModel) -> None:
    index = model.index(4, model.column_of("condition"))
    assert model.setData(index, "Bekas")
    assert _bg(model, 4, "condition") is None
    assert model.row(4).status is Status.READY
    model.undo_stack.undo()
    assert _bg(model, 4, "condition") == ERROR_COLOR
    model.undo_stack.redo()
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Bekas"


def test_duplicate_fix_clears_both_rows(model: ProductModel) -> None:
    assert model.setData(model.index(3, model.column_of("sku")), "SKU-NEW")
    assert _bg(model, 0, "sku") is None
    assert _bg(model, 3, "sku") is None


def test_check_box_and_money(model: ProductModel) -> None:
    pre = model.index(0, model.column_of("isPreorder"))
    assert model.data(pre, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(pre, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.data(pre, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    price = model.index(1, model.column_of("price"))
    assert model.setData(price, "Rp 1.250.000")
    assert model.row(1).values["price"] == 1_250_000
    assert model.data(price, SortRole) == 1_250_000.0


def test_filters(proxy: ProductFilter) -> None:
    assert proxy.rowCount() == 10
    proxy.set_mode(RowFilter.PROBLEMS)
    assert proxy.rowCount() == 6  # rows 0,1,2,3,4,5
    proxy.set_text("kaos katun 4")
    assert proxy.rowCount() == 1
    proxy.set_text("")
    proxy.set_mode(RowFilter.UNSENT)
    assert proxy.rowCount() == 10
    proxy.products.table.set_store_result(7, Status.REJECTED)
    proxy.set_mode(RowFilter.REJECTED)
    assert proxy.rowCount() == 1
    proxy.set_mode(RowFilter.ALL)
    proxy.sort(proxy.products.column_of("price"), Qt.SortOrder.DescendingOrder)
    top = proxy.mapToSource(proxy.index(0, 0)).row()
    assert top == 9


def test_undo_after_a_job_answered_keeps_the_store_verdict(model: ProductModel) -> None:
    table = model.table
    rejection = store_issue("PRD_030", "Price too low", "price")
    table.set_store_result(7, Status.REJECTED, [rejection], request_id="r-1")
    price = model.index(7, model.column_of("price"))
    old = model.row(7).cells["price"]
    assert model.setData(price, "Rp 250.000")
    table.set_store_result(7, Status.LIVE, [], product_id="p-7", request_id="r-2")  # resent
    model.undo_stack.undo()
    row = model.row(7)
    assert row.cells["price"] == old  # the cell comes back ...
    # ... but the store's newer answer stays: the product is live, and the row differs now
    assert (row.status, row.product_id, row.store_issues) == (Status.LIVE, "p-7", [])
    assert row.edited_since_sent


def test_undo_without_a_job_between_brings_the_rejection_back(model: ProductModel) -> None:
    rejection = store_issue("PRD_030", "Price too low", "price")
    model.table.set_store_result(7, Status.REJECTED, [rejection], request_id="r-1")
    assert model.setData(model.index(7, model.column_of("price")), "Rp 250.000")
    assert model.row(7).status is not Status.REJECTED
    model.undo_stack.undo()
    assert model.row(7).status is Status.REJECTED
    assert _bg(model, 7, "price") == ERROR_COLOR
