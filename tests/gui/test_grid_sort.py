"""The grid's own sort and filter (kept sort keys, an order held as a list): the same order the
Qt proxy gave through ``data(SortRole)`` — numbers and Rupiah as numbers, an empty number cell
first, text case-folded, stable, either direction — with the row texts, the selection and the
current cell following their rows, an added row where the merchant added it, and an edit that
touches one row's key and announces one row."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt

from app.catalog.fields import PRODUCT_FIELDS
from app.catalog.table import ProductTable
from app.gui.grid.model import ProductModel, SortRole
from app.gui.grid.proxy import ProductFilter, RowFilter
from app.gui.window.main_window import MainWindow
from tests.gui.drive import at, row_labels, text
from tests.gui.samples import cells_of, good_row

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def table_of(changes: list[dict[str, Any]]) -> ProductTable:
    rows = []
    for n, change in enumerate(changes):
        cells = cells_of(good_row(n))
        cells.update(change)
        rows.append((4 + n, cells))
    return ProductTable.from_cells(rows)


def shown(proxy: ProductFilter, key: str) -> list[Any]:
    column = proxy.products.column_of(key)
    return [
        proxy.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(proxy.rowCount())
    ]


def sources(proxy: Any) -> list[int]:
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]


def qt_order(model: ProductModel, steps: list[tuple[int, Qt.SortOrder]]) -> list[int]:
    """The order Qt's own proxy gives, comparing ``data(SortRole)`` per comparison."""
    plain = QSortFilterProxyModel()
    plain.setSourceModel(model)
    plain.setSortRole(SortRole)
    plain.setDynamicSortFilter(False)
    plain.rowCount()  # its rows mapped first, as under a view (unmapped, Qt sorts otherwise)
    for column, order in steps:
        plain.sort(column, order)
    return sources(plain)


@pytest.fixture
def sortable(qapp: Any, proxytester: Any) -> ProductFilter:
    model = ProductModel(
        table_of(
            [
                {"name": "kaos B", "price": "Rp 10.000", "stock": 5},
                {"name": "Kaos a", "price": 9000, "stock": None},
                {"name": None, "price": "Rp 9.500", "stock": 5},
                {"name": "Batik", "price": None, "stock": 12},
                {"name": "kaos b", "price": 100_000, "stock": 5},
                {"name": "Ábaya", "price": "tanya penjual", "stock": 3},
            ]
        )
    )
    proxy = ProductFilter(model)
    proxytester.check(proxy, force_py=True)
    return proxy


def test_numbers_and_rupiah_sort_as_numbers_and_an_empty_or_unread_price_comes_first(
    sortable: ProductFilter,
) -> None:
    proxy = sortable
    proxy.sort(proxy.products.column_of("price"), ASC)
    assert shown(proxy, "price")[2:] == ["Rp 9.000", "Rp 9.500", "Rp 10.000", "Rp 100.000"]
    assert set(sources(proxy)[:2]) == {3, 5}  # no price, and a price that is no number
    proxy.sort(proxy.products.column_of("price"), DESC)
    assert shown(proxy, "price")[:4] == ["Rp 100.000", "Rp 10.000", "Rp 9.500", "Rp 9.000"]


def test_text_sorts_case_folded_empty_first_and_equal_names_keep_their_order(
    sortable: ProductFilter,
) -> None:
    proxy = sortable
    name = proxy.products.column_of("name")
    proxy.sort(name, ASC)
    assert sources(proxy) == [2, 3, 1, 0, 4, 5]  # "", batik, kaos a, kaos b ×2, ábaya
    proxy.sort(name, DESC)
    assert sources(proxy) == [5, 0, 4, 1, 3, 2]  # the two "kaos b" still 0 before 4
    proxy.sort(-1)
    assert sources(proxy) == [0, 1, 2, 3, 4, 5]
    assert row_labels_of(proxy) == ["4", "5", "6", "7", "8", "9"]


def test_a_second_sort_keeps_the_first_sorts_order_among_equal_keys(
    sortable: ProductFilter,
) -> None:
    proxy = sortable
    proxy.sort(proxy.products.column_of("price"), DESC)
    proxy.sort(proxy.products.column_of("stock"), ASC)
    assert sources(proxy) == [1, 5, 4, 0, 2, 3]  # stock 5: by price, high to low
    steps = [(proxy.products.column_of("price"), DESC), (proxy.products.column_of("stock"), ASC)]
    assert sources(proxy) == qt_order(proxy.products, steps)


def row_labels_of(proxy: ProductFilter) -> list[str]:
    return [
        str(proxy.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole))
        for r in range(proxy.rowCount())
    ]


_TEXTS = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from("aAbBkKsS 1Ééß\ue000\uff41😀"), max_size=4),
)
_PRICES = st.one_of(
    st.none(),
    st.integers(min_value=-5, max_value=200_000),
    st.sampled_from(["Rp 9.000", "Rp 10.000", "tanya", "9.000,5", "0"]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(_TEXTS, _PRICES, st.sampled_from([None, 1, 5, "7"]), st.sampled_from("AB")),
        max_size=12,
    ),
    first=st.sampled_from(["name", "price", "stock", "status"]),
    then=st.sampled_from(["name", "price", "sku", "status"]),
    orders=st.tuples(st.booleans(), st.booleans()),
)
def test_every_sort_gives_the_order_qts_own_sort_gave(
    qapp: Any,
    rows: list[tuple[Any, Any, Any, str]],
    first: str,
    then: str,
    orders: tuple[bool, bool],
) -> None:
    model = ProductModel(
        table_of([{"name": n, "price": p, "stock": s, "sku": k} for n, p, s, k in rows])
    )
    proxy = ProductFilter(model)
    steps = [
        (model.column_of(first), DESC if orders[0] else ASC),
        (model.column_of(then), DESC if orders[1] else ASC),
    ]
    for column, order in steps:
        proxy.sort(column, order)
    assert sources(proxy) == qt_order(model, steps)


def test_an_edit_leaves_the_row_in_place_and_the_next_sort_reads_only_its_key_again(
    sortable: ProductFilter,
) -> None:
    proxy = sortable
    products = proxy.products
    name = products.column_of("name")
    proxy.sort(name, ASC)
    computed = proxy.keys.computed
    assert products.edit([(3, "name", "Zebra")], "Edit")  # was "Batik", second in the grid
    assert sources(proxy) == [2, 3, 1, 0, 4, 5]  # not dynamic: it stays put
    proxy.sort(name, ASC)
    assert proxy.keys.computed == computed + 1
    assert sources(proxy) == [2, 1, 0, 4, 3, 5]
    products.undo_stack.undo()
    proxy.sort(name, ASC)
    assert proxy.keys.computed == computed + 2
    assert sources(proxy) == [2, 3, 1, 0, 4, 5]


def test_a_search_and_a_sort_together_and_clearing_the_search_keeps_the_sort(
    sortable: ProductFilter,
) -> None:
    proxy = sortable
    proxy.sort(proxy.products.column_of("price"), DESC)
    proxy.set_text("KAOS B")
    assert sources(proxy) == [4, 0]
    proxy.set_text("")
    assert sources(proxy) == [4, 0, 2, 1, 3, 5]
    proxy.set_text("rp 9.")  # what the cells show, Rupiah dressed
    assert sources(proxy) == [2, 1]
    proxy.set_mode(RowFilter.PROBLEMS)  # "tanya penjual" is no price
    proxy.set_text("")
    assert 5 in sources(proxy) and 0 not in sources(proxy)


def test_an_edit_announces_its_row_alone_and_only_that_row_is_checked_again(
    sortable: ProductFilter,
) -> None:
    proxy = sortable
    products = proxy.products
    proxy.sort(products.column_of("name"), ASC)
    issues = [row.local_issues for row in products.table.rows]
    told: list[tuple[int, int]] = []
    proxy.dataChanged.connect(lambda tl, br, *_: told.append((tl.row(), br.row())))
    assert proxy.setData(proxy.index(0, products.column_of("stock")), "8")  # source row 2
    assert told == [(0, 0)]
    after = [row.local_issues for row in products.table.rows]
    assert [a is b for a, b in zip(issues, after, strict=True)] == [
        True,
        True,
        False,
        True,
        True,
        True,
    ]


def test_the_selection_and_the_current_cell_follow_their_rows_across_a_sort(
    loaded: MainWindow,
) -> None:
    window = loaded
    grid, proxy = window.grid, window.proxy
    selection = grid.selectionModel()
    for row in (1, 2, 7):
        selection.select(
            proxy.index(row, 1),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        proxy.index(7, window.model.column_of("name")),
        QItemSelectionModel.SelectionFlag.NoUpdate,
    )
    current = text(window, 7, "name")
    assert grid.selected_source_rows() == [1, 2, 7]
    proxy.sort(window.model.column_of("name"), DESC)
    assert grid.selected_source_rows() == [1, 2, 7]
    assert text(window, grid.currentIndex().row(), "name") == current
    assert row_labels(window)[0] == "13"  # "Kaos Katun 9", sheet row 13
    proxy.set_text("katun 2")  # the selected row 2 alone stays
    assert grid.selected_source_rows() == [2]


def test_an_added_row_shows_below_the_current_row_sorted_or_not_and_undo_takes_it_away(
    loaded: MainWindow,
) -> None:
    window = loaded
    grid, proxy = window.grid, window.proxy
    proxy.sort(window.model.column_of("name"), DESC)
    grid.setCurrentIndex(at(window, 3, "name"))
    before = row_labels(window)
    window.acts.add_row.trigger()
    assert row_labels(window) == [*before[:4], "+", *before[4:]]
    assert grid.currentIndex().row() == 4
    window.acts.undo.trigger()
    assert row_labels(window) == before
    proxy.sort(-1)
    grid.setCurrentIndex(at(window, 0, "name"))
    window.acts.add_row.trigger()
    assert row_labels(window)[:3] == ["4", "+", "5"]
    assert grid.currentIndex().row() == 1
    assert proxy.mapFromSource(window.model.index(1, 0)).row() == 1
    assert proxy.mapToSource(proxy.index(1, 0)) != QModelIndex()


def test_an_emoji_sorts_before_a_full_width_letter_as_qt_compares_texts(qapp: Any) -> None:
    """Qt compares UTF-16 code units: an emoji (a surrogate pair, 0xD83D…) comes before "ａ"
    (0xFF41), where Python's code points would put it after."""
    model = ProductModel(table_of([{"name": "\uff41 kaos"}, {"name": "😀 kaos"}, {"name": "b"}]))
    proxy = ProductFilter(model)
    name = model.column_of("name")
    proxy.sort(name, ASC)
    assert sources(proxy) == [2, 1, 0]
    assert sources(proxy) == qt_order(model, [(name, ASC)])


def test_an_edits_undo_finds_its_row_after_a_row_was_put_in_above_it(
    sortable: ProductFilter,
) -> None:
    from app.catalog.table import ProductRow

    products = sortable.products
    assert products.edit([(3, "name", "Zebra")], "Edit")
    products.insert_rows(0, [ProductRow(None, {})])  # not an undo step: row 3 is now row 4
    products.undo_stack.undo()
    assert [products.row(i).cells.get("name") for i in (0, 4)] == [None, "Batik"]
    products.undo_stack.redo()
    assert products.row(4).cells["name"] == "Zebra"


@settings(max_examples=300, deadline=None)
@given(
    raw=st.one_of(
        st.text(alphabet=st.sampled_from("aB \n\t\r\xa0ß😀\uff41É"), max_size=6),
        st.none(),
        st.integers(),
        st.floats(allow_nan=False),
        st.booleans(),
    ),
    key=st.sampled_from([f.key for f in PRODUCT_FIELDS]),
)
def test_a_plain_text_cells_direct_sort_key_is_the_plain_one(raw: Any, key: str) -> None:
    from app.catalog.fields import field_by_key
    from app.gui.grid.cells import sort_key
    from app.gui.grid.sort_keys import _text_key

    field = field_by_key(key)
    assert _text_key(field, raw, None) == sort_key(field, raw, None)
