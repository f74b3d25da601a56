"""Sorting and filtering of the grid: all rows, rows with problems, rows the store rejected,
rows not yet sent, rows a comparison with the store found changed ("Changes only"), and a
search text over the visible cells.

The order is a Python list (``RowOrder``): a sort is one ``list.sort`` over the column's kept
sort keys (``SortKeys``), a filter one pass over the rows with each row's kept search text
(``RowTexts``), and either is told to the views as one layout change (selection and current
cell follow their rows). Sorting is not dynamic (an edit must not make a row jump away); the
filter follows the rows: after each batch of changes the model announces (an edit, a paste, a
job's answers) it is applied again once — and only when one of the touched rows now belongs
on the other side of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.catalog.issues import Level, Origin
from app.catalog.status import Status
from app.catalog.table import ProductRow
from app.catalog.validation import is_photo_issue
from app.gui.grid.model import ProductModel
from app.gui.grid.row_order import Accepts, RowOrder, runs
from app.gui.grid.row_text import RowTexts, shown_text
from app.gui.grid.sort_keys import SortKeys

_REJECTED = frozenset({Status.REJECTED, Status.FAILED, Status.DELETE_FAILED})
_UNSENT = frozenset({Status.READY, Status.INVALID, Status.SKIPPED})


class RowFilter(StrEnum):
    ALL = "all"
    PROBLEMS = "problems"
    REJECTED = "rejected"
    UNSENT = "unsent"
    PHOTOS = "photos"
    CHANGES = "changes"  # after Compare with store: rows that would change on the store


def has_problems(row: ProductRow) -> bool:
    return row.has_errors or any(i.level is Level.ERROR for i in row.store_issues)


def rejected_by_store(row: ProductRow) -> bool:
    return row.status in _REJECTED or any(
        i.origin is Origin.STORE and i.level is Level.ERROR for i in row.store_issues
    )


def not_yet_sent(row: ProductRow) -> bool:
    return row.status in _UNSENT or row.edited_since_sent


def has_photo_problems(row: ProductRow) -> bool:
    """A photo or banner the photo check found wrong (an error or a warning)."""
    return any(is_photo_issue(i) for i in row.local_issues)


_TESTS = {
    RowFilter.PROBLEMS: has_problems,
    RowFilter.REJECTED: rejected_by_store,
    RowFilter.UNSENT: not_yet_sent,
    RowFilter.PHOTOS: has_photo_problems,
}


_ROOT = QModelIndex()
_SORT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_NO_HINT = QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint
_WITH_HINT = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
#: a change to more rows than this is told as one rectangle over the grid, not row by row
_FEW = 64
Index = QModelIndex | QPersistentModelIndex


class ProductFilter(QAbstractProxyModel):
    """The rows passing the chosen filter and containing the search text, in the order of
    the last sort (a header click)."""

    def __init__(self, source: ProductModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._mode = RowFilter.ALL
        self._text = ""
        self._column = -1
        self._descending = False
        self.order = RowOrder(source.rowCount())
        self.keys = SortKeys()
        #: each row's search text, kept until an edit touches the row
        self.texts = RowTexts(source, self, text_of=shown_text)
        super().setSourceModel(source)
        source.changed.connect(self._rows_changed)
        source.rechecked.connect(self.texts._forget)
        source.rechecked.connect(self._rows_changed)
        source.marked.connect(self._rows_changed)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_data_changed)
        source.headerDataChanged.connect(self._source_header_changed)
        source.rowsInserted.connect(self._source_rows_inserted)
        source.rowsAboutToBeRemoved.connect(self._source_rows_leaving)
        source.rowsRemoved.connect(self._source_rows_removed)
        source.layoutChanged.connect(self.refilter)

    @property
    def products(self) -> ProductModel:
        return self._source

    @property
    def mode(self) -> RowFilter:
        return self._mode

    def set_mode(self, mode: RowFilter) -> None:
        """Choose a filter; choosing the one already chosen applies it again."""
        self._mode = RowFilter(mode)
        self.refilter()

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self._text = text
            self.refilter()

    def sort_column(self) -> int:
        return self._column

    # ---------------------------------------------------------------- filter and sort

    def _accepting(self) -> Accepts:
        """A test of one table row against the filter and the search text (None: all pass)."""
        rows, text = self._source.table.rows, self._text
        test: Callable[[ProductRow], bool] | None = _TESTS.get(self._mode)
        if self._mode is RowFilter.CHANGES:
            test = self._source.compare.shows_change
        texts = self.texts.text
        if test is None:
            return (lambda i: text in texts(rows[i])) if text else None
        if not text:
            return lambda i: test(rows[i])
        return lambda i: test(rows[i]) and text in texts(rows[i])

    def refilter(self) -> None:
        """Apply the filter again, over every row (one layout change when rows come or go)."""
        shown = self.order.passing(self._accepting())
        if shown != self.order.shown:
            self._relayout(self.order.every, shown, _NO_HINT)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: the workbook's order), stable, as one layout change."""
        columns = self._source.columns
        self._column = column if 0 <= column < len(columns) else -1
        self._descending = order == Qt.SortOrder.DescendingOrder
        keys = None
        if self._column >= 0:
            rows = self._source.table.rows
            keys = self.keys.column(self._column, columns[self._column], rows)
        every, shown = self.order.sorted_by(keys, self._descending)
        self._relayout(every, shown, _SORT)

    def _relayout(self, every: list[int], shown: list[int], hint: Any) -> None:
        self.layoutAboutToBeChanged[_WITH_HINT].emit([], hint)  # type: ignore[index]
        before = self.persistentIndexList()
        old = self.order.shown
        rows = [old[i.row()] for i in before]
        self.order.take(every, shown)
        after = [
            self.createIndex(p, i.column()) if p >= 0 else _ROOT
            for p, i in zip(self.order.places(rows), before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged[_WITH_HINT].emit([], hint)  # type: ignore[index]

    def _rows_changed(self, touched: set[int]) -> None:
        """One batch of changes: their sort keys go stale (the rows stay where they are until
        the next sort); the filter is applied again if a touched row now passes it where it
        did not, or the other way round (once for the batch, never per cell)."""
        self.keys.forget(touched)
        if not touched:  # a new table
            return
        accepts = self._accepting()
        if accepts is None and len(self.order.shown) == len(self.order.every):
            return
        where, count = self.order.where(), len(self.order.every)
        if any(
            (accepts is None or accepts(i)) != (where[i] >= 0) for i in touched if 0 <= i < count
        ):
            self.refilter()

    # ---------------------------------------------------------------- the source's news

    def _source_reset(self) -> None:
        self.order = RowOrder(self._source.rowCount())
        self.keys.clear()
        self.texts.clear()
        accepts = self._accepting()
        if accepts is not None:
            self.order.take(self.order.every, self.order.passing(accepts))
        if self._column >= 0:
            column = self._source.columns[self._column]
            keys = self.keys.column(self._column, column, self._source.table.rows)
            self.order.take(*self.order.sorted_by(keys, self._descending))
        self.endResetModel()

    def _places(self, first: int, last: int) -> list[tuple[int, int]] | None:
        """Runs of the shown places of table rows ``first``…``last`` (None: too many rows to
        map one by one — the whole grid is told)."""
        if last - first >= _FEW:
            return None
        return runs(self.order.places_of(first, last))

    def _source_data_changed(self, top_left: Index, bottom_right: Index, roles: Any) -> None:
        if not self.order.shown:
            return
        left, right = top_left.column(), bottom_right.column()
        found = self._places(top_left.row(), bottom_right.row())
        for top, bottom in found if found is not None else [(0, len(self.order.shown) - 1)]:
            self.dataChanged.emit(self.index(top, left), self.index(bottom, right), roles)

    def _source_header_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        if orientation == Qt.Orientation.Horizontal:
            self.headerDataChanged.emit(orientation, first, last)
            return
        if not self.order.shown:
            return
        found = self._places(first, last)
        for top, bottom in found if found is not None else [(0, len(self.order.shown) - 1)]:
            self.headerDataChanged.emit(orientation, top, bottom)

    def _source_rows_inserted(self, parent: Index, first: int, last: int) -> None:
        count = last - first + 1
        self.keys.inserted(first, count)
        place, shown, commit = self.order.inserted(first, count, self._accepting())
        if not shown:
            commit()
            return
        self.beginInsertRows(_ROOT, place, place + len(shown) - 1)
        commit()  # the views learn of the rows before they see them
        self.endInsertRows()

    def _source_rows_leaving(self, parent: Index, first: int, last: int) -> None:
        for top, bottom in reversed(runs(self.order.places_of(first, last))):
            self.beginRemoveRows(_ROOT, top, bottom)
            self.order.drop_shown(top, bottom)
            self.endRemoveRows()

    def _source_rows_removed(self, parent: Index, first: int, last: int) -> None:
        self.keys.removed(first, last)
        self.order.removed(first, last)

    # ---------------------------------------------------------------- the model itself

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        row = proxy_index.row()
        if not proxy_index.isValid() or not 0 <= row < len(self.order.shown):
            return QModelIndex()
        return self._source.index(self.order.shown[row], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        where = self.order.where()
        if not 0 <= row < len(where) or where[row] < 0:
            return QModelIndex()
        return self.createIndex(where[row], source_index.column())

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if (
            parent.isValid()
            or not 0 <= row < len(self.order.shown)
            or not 0 <= column < len(self._source.columns)
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:
            return QObject.parent(self)  # the QObject's parent
        return QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.order.shown)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._source.columns)

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and bool(self.order.shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._source.data_at(self.order.shown[index.row()], index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return self._source.setData(self.mapToSource(index), value, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The model's flags of the cell (they depend on its column only: no source index
        made for each cell the grid paints)."""
        column = index.column()
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.order.shown)
            or not 0 <= column < len(self._source.columns)
        ):
            return Qt.ItemFlag.NoItemFlags
        return self._source.flags_at(column)

    def row_numbers(self, places: Sequence[int]) -> list[str]:
        """The vertical header's texts of some shown rows, in one call (``RowNumbers``)."""
        shown = self.order.shown
        return self._source.row_numbers(shown[p] for p in places)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.order.shown):
                return None
            section = self.order.shown[section]
        return self._source.headerData(section, orientation, role)
