"""The compare view's painting, from plans built by hand: the blue of a changed cell, the
conflict's deeper blue and warning mark, the tooltip in Rupiah, the Changes only filter, a
stale row after an edit, and the merchant's choice for a conflict."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.catalog.table import ProductTable
from app.gui.grid.compare_bar import CompareBar
from app.gui.grid.compare_paint import CHANGE_COLOR, CONFLICT_COLOR, CREATE_COLOR, repaint_rows
from app.gui.grid.model import ERROR_COLOR, ProductModel
from app.gui.grid.proxy import ProductFilter, RowFilter
from app.gui.kit.i18n import Translations
from app.sync.plan import Action, Change, RowPlan, SyncPlan, Winner
from tests.gui.samples import big_rows, cells_of

D = Qt.ItemDataRole
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def table() -> ProductTable:
    return ProductTable.from_cells((4 + i, cells_of(r)) for i, r in enumerate(big_rows(4)))


@pytest.fixture
def compared(qapp: Any, qtmodeltester: Any, table: ProductTable) -> ProductModel:
    model = ProductModel(table)
    qtmodeltester.check(model, force_py=True)
    plan = SyncPlan(
        [
            RowPlan(
                0, 4, Action.UPDATE, "p0", "SKU-00000", changes=(Change("price", 79000, 75000),)
            ),
            RowPlan(1, 5, Action.UNCHANGED, "p1", "SKU-00001"),
            RowPlan(
                2,
                6,
                Action.CONFLICT,
                "p2",
                "SKU-00002",
                changes=(Change("stock", 9, 12, exported=10), Change("name", "A", "B")),
            ),
            RowPlan(3, 7, Action.CREATE, None, "SKU-00003"),
        ]
    )
    model.announce(model.compare.show(plan, table, "Toko Uji"))
    return model


def data(model: ProductModel, row: int, key: str, role: int) -> Any:
    return model.index(row, model.column_of(key)).data(role)


def test_a_changed_cell_is_blue_with_store_and_sheet_values_in_rupiah(
    compared: ProductModel,
) -> None:
    assert data(compared, 0, "price", D.BackgroundRole).color() == CHANGE_COLOR
    assert data(compared, 0, "price", D.ToolTipRole).startswith(
        "store: Rp 79.000 → sheet: Rp 75.000"
    )
    assert data(compared, 0, "price", D.DecorationRole) is not None  # seen when selected too
    assert data(compared, 0, "stock", D.BackgroundRole) is None  # unchanged cells stay plain
    assert data(compared, 1, "price", D.BackgroundRole) is None
    assert CHANGE_COLOR not in (ERROR_COLOR, CONFLICT_COLOR)


def test_a_conflict_cell_is_deeper_blue_with_the_three_values(compared: ProductModel) -> None:
    assert data(compared, 2, "stock", D.BackgroundRole).color() == CONFLICT_COLOR
    tip = data(compared, 2, "stock", D.ToolTipRole)
    assert "it was 10" in tip and "store: 9 → sheet: 12" in tip
    assert "until you choose" in tip
    assert data(compared, 2, "name", D.BackgroundRole).color() == CHANGE_COLOR
    status_tip = data(compared, 2, "status", D.ToolTipRole)
    assert "Conflict in: Stock" in status_tip


def test_a_row_to_create_shows_on_its_status_cell(compared: ProductModel) -> None:
    assert data(compared, 3, "status", D.BackgroundRole).color() == CREATE_COLOR
    assert "will be created" in data(compared, 3, "status", D.ToolTipRole)


def test_changes_only_keeps_created_updated_and_conflict_rows(
    compared: ProductModel, proxytester: Any
) -> None:
    proxy = ProductFilter(compared)
    proxytester.check(proxy, force_py=True)
    proxy.set_mode(RowFilter.CHANGES)
    shown = [proxy.mapToSource(proxy.index(i, 0)).row() for i in range(proxy.rowCount())]
    assert shown == [0, 2, 3]


def test_a_new_comparison_refilters_changes_only_without_a_recount(
    compared: ProductModel, proxytester: Any
) -> None:
    """With Changes only on, the next comparison's rows are filtered again as it is painted;
    it changes no status and no problem, so nothing is announced as checked again (the status
    bar's counts and the Problems list follow ``rechecked``)."""
    proxy = ProductFilter(compared)
    proxytester.check(proxy, force_py=True)
    proxy.set_mode(RowFilter.CHANGES)
    rechecked: list[set[int]] = []
    compared.rechecked.connect(rechecked.append)
    plan = SyncPlan(
        [
            RowPlan(0, 4, Action.UNCHANGED, "p0", "SKU-00000"),
            RowPlan(1, 5, Action.UPDATE, "p1", "SKU-00001", changes=(Change("price", 1, 2),)),
            RowPlan(2, 6, Action.UNCHANGED, "p2", "SKU-00002"),
            RowPlan(3, 7, Action.UNCHANGED, "p3", "SKU-00003"),
        ]
    )
    repaint_rows(compared, compared.compare.show(plan, compared.table, "Toko Uji"))
    shown = [proxy.mapToSource(proxy.index(i, 0)).row() for i in range(proxy.rowCount())]
    assert shown == [1]
    assert rechecked == []


def test_an_edit_clears_that_rows_marks_and_counts_it_stale(compared: ProductModel) -> None:
    proxy = ProductFilter(compared)
    proxy.set_mode(RowFilter.CHANGES)
    assert compared.setData(compared.index(0, compared.column_of("price")), "Rp 70.000")
    assert data(compared, 0, "price", D.BackgroundRole) is None
    assert compared.compare.counts()["stale"] == 1
    assert compared.compare.counts()["update"] == 0
    assert proxy.rowCount() == 2  # the edited row left the Changes only filter
    assert data(compared, 2, "stock", D.BackgroundRole).color() == CONFLICT_COLOR  # others stay


def test_an_answer_on_a_row_does_not_clear_its_marks(compared: ProductModel) -> None:
    compared.announce({0, 1, 2, 3})  # statuses repainted, cells untouched
    assert data(compared, 0, "price", D.BackgroundRole).color() == CHANGE_COLOR


def test_choosing_who_wins_a_conflict_is_reversible(
    compared: ProductModel, table: ProductTable
) -> None:
    marks = compared.compare
    row = table.rows[2]
    assert marks.resolved(table).at(2).action is Action.CONFLICT  # type: ignore[union-attr]
    assert marks.choose(row, Winner.SHEET)
    sheet = marks.resolved(table).at(2)
    assert sheet is not None and sheet.action is Action.UPDATE
    assert {c.field: c.sheet for c in sheet.changes} == {"stock": 12, "name": "B"}
    assert not any(c.conflict for c in sheet.changes)
    assert "the sheet's value is sent" in data(compared, 2, "stock", D.ToolTipRole)
    assert marks.choose(row, Winner.STORE)
    store = marks.resolved(table).at(2)
    assert store is not None and [c.field for c in store.changes] == ["name"]
    assert marks.counts()["conflict"] == 0 and marks.counts()["chosen"] == 1
    assert marks.choose(row, None)
    assert marks.resolved(table).at(2).action is Action.CONFLICT  # type: ignore[union-attr]
    assert not marks.choose(table.rows[0], Winner.SHEET)  # not a conflict: nothing to choose


def test_resolved_plan_follows_rows_moved_by_an_insert(
    compared: ProductModel, table: ProductTable
) -> None:
    compared.insert_rows(0, [table.rows[0].__class__(None, {"name": "baru"})])
    plan = compared.compare.resolved(table)
    assert [(r.position, r.sku) for r in plan][:2] == [(1, "SKU-00000"), (2, "SKU-00001")]


def test_opening_another_table_forgets_the_comparison(compared: ProductModel) -> None:
    compared.set_table(ProductTable.from_cells([(4, cells_of(big_rows(1)[0]))]))
    assert not compared.compare
    assert data(compared, 0, "price", D.BackgroundRole) is None


def test_the_compare_view_speaks_indonesian(compared: ProductModel, qtbot: Any) -> None:
    translations = Translations()
    assert translations.switch("id")
    try:
        compared.set_lang("id")
        assert data(compared, 0, "price", D.ToolTipRole).startswith(
            "toko: Rp 79.000 → sheet: Rp 75.000"
        )
        assert "Konflik: toko sudah mengubahnya sejak diunduh (waktu itu 10)" in data(
            compared, 2, "stock", D.ToolTipRole
        )
        assert data(compared, 3, "status", D.ToolTipRole) == "Belum ada di toko: akan dibuat."
        bar = CompareBar()
        qtbot.addWidget(bar)
        bar.show_counts(compared.compare.counts(), "Toko Uji")
        assert bar.text() == (
            "Dibandingkan dengan Toko Uji: 1 akan dibuat  ·  1 akan diubah  ·  1 tidak berubah"
            "  ·  1 konflik"
        )
        assert bar.sync_button.text() == "Sinkronkan dengan toko…"
    finally:
        translations.switch("en")
