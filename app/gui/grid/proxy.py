"""Sorting and filtering of the grid: all rows, rows with problems, rows the store rejected,
rows not yet sent, and a search text over the visible cells."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.catalog.issues import Level, Origin
from app.catalog.status import Status
from app.catalog.table import ProductRow
from app.gui.grid.cells import display_text
from app.gui.grid.model import ProductModel, SortRole

_REJECTED = frozenset({Status.REJECTED, Status.FAILED, Status.DELETE_FAILED})
_UNSENT = frozenset({Status.READY, Status.INVALID, Status.SKIPPED})


class RowFilter(StrEnum):
    ALL = "all"
    PROBLEMS = "problems"
    REJECTED = "rejected"
    UNSENT = "unsent"


def has_problems(row: ProductRow) -> bool:
    return row.has_errors or any(i.level is Level.ERROR for i in row.store_issues)


def rejected_by_store(row: ProductRow) -> bool:
    return row.status in _REJECTED or any(
        i.origin is Origin.STORE and i.level is Level.ERROR for i in row.store_issues
    )


def not_yet_sent(row: ProductRow) -> bool:
    return row.status in _UNSENT or row.edited_since_sent


_TESTS = {
    RowFilter.PROBLEMS: has_problems,
    RowFilter.REJECTED: rejected_by_store,
    RowFilter.UNSENT: not_yet_sent,
}


class ProductFilter(QSortFilterProxyModel):
    """Sorts by ``SortRole``; keeps rows passing the chosen filter and containing the text."""

    def __init__(self, source: ProductModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # an edit must not make the row jump away
        self._mode = RowFilter.ALL
        self._text = ""

    @property
    def products(self) -> ProductModel:
        model = self.sourceModel()
        assert isinstance(model, ProductModel)
        return model

    @property
    def mode(self) -> RowFilter:
        return self._mode

    def set_mode(self, mode: RowFilter) -> None:
        if mode != self._mode:
            self.beginFilterChange()
            self._mode = RowFilter(mode)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._text:
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._mode is RowFilter.ALL and not self._text:
            return True
        row = self.products.row(source_row)
        test = _TESTS.get(self._mode)
        if test is not None and not test(row):
            return False
        if self._text:
            return self._matches(row)
        return True

    def refilter(self) -> None:
        """Apply the filter again after edits (rows are not hidden while being edited)."""
        if self._mode is not RowFilter.ALL or self._text:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _matches(self, row: ProductRow) -> bool:
        needle = self._text
        if row.product_id and needle in row.product_id.casefold():
            return True
        for column in self.products.columns:
            if column.field is None:
                continue
            raw = row.cells.get(column.key)
            if raw is None:
                continue
            text = display_text(column.field, raw, row.values.get(column.key))
            if needle in text.casefold():
                return True
        return False
