"""Sorting and filtering of the grid: all rows, rows with problems, rows the store rejected,
rows not yet sent, rows a comparison with the store found changed ("Changes only"), and a
search text over the visible cells.

Sorting is not dynamic (an edit must not make a row jump away); the filter follows the rows:
after each batch of changes the model announces (an edit, a paste, a job's answers) it is
applied again once — and only when one of the touched rows now belongs on the other side of
it. Search matches are remembered per row, so applying it again on a big sheet re-reads only
the rows that changed; and each row's lower-case text is kept (until an edit touches the row),
so a new search text is one ``in`` per row, not a display text per cell.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.catalog.issues import Level, Origin
from app.catalog.status import Status
from app.catalog.table import ProductRow
from app.catalog.validation import is_photo_issue
from app.gui.grid.cells import display_text
from app.gui.grid.model import ProductModel, SortRole

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


class ProductFilter(QSortFilterProxyModel):
    """Sorts by ``SortRole``; keeps rows passing the chosen filter and containing the text."""

    def __init__(self, source: ProductModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)  # an edit must not make the row jump away
        self._mode = RowFilter.ALL
        self._text = ""
        #: id(row) → (row, matches the search text); kept while the text stays the same
        self._matches_text: dict[int, tuple[ProductRow, bool]] = {}
        #: id(row) → (row, its cells' display texts, lower-case); kept across search texts
        self._row_texts: dict[int, tuple[ProductRow, str]] = {}
        source.changed.connect(self._rows_changed)
        source.rechecked.connect(self._rows_changed)
        source.modelReset.connect(self._matches_text.clear)
        source.modelReset.connect(self._row_texts.clear)

    @property
    def products(self) -> ProductModel:
        model = self.sourceModel()
        assert isinstance(model, ProductModel)
        return model

    @property
    def mode(self) -> RowFilter:
        return self._mode

    def set_mode(self, mode: RowFilter) -> None:
        """Choose a filter; choosing the one already chosen applies it again."""
        if mode == self._mode:
            self.refilter()
            return
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
            self._matches_text.clear()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self._accepts(source_row)

    def _accepts(self, source_row: int) -> bool:
        if self._mode is RowFilter.ALL and not self._text:
            return True
        row = self.products.row(source_row)
        test = _TESTS.get(self._mode)
        if self._mode is RowFilter.CHANGES:
            test = self.products.compare.shows_change
        if test is not None and not test(row):
            return False
        if self._text:
            known = self._matches_text.get(id(row))
            if known is None or known[0] is not row:
                known = (row, self._matches(row))
                self._matches_text[id(row)] = known
            return known[1]
        return True

    def refilter(self) -> None:
        """Apply the filter again, over every row."""
        if self._mode is not RowFilter.ALL or self._text:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _rows_changed(self, touched: set[int]) -> None:
        """One batch of changes: apply the filter again if a touched row now passes it where
        it did not, or the other way round (once for the batch, never per cell)."""
        if not touched:
            self._row_texts.clear()  # a new table
            return
        products = self.products
        count = products.rowCount()
        for i in touched:
            if 0 <= i < count:
                self._matches_text.pop(id(products.row(i)), None)
                self._row_texts.pop(id(products.row(i)), None)
        if self._mode is RowFilter.ALL and not self._text:
            return
        if any(
            self._accepts(i) != self.mapFromSource(products.index(i, 0)).isValid()
            for i in touched
            if 0 <= i < count
        ):
            self.refilter()

    def _matches(self, row: ProductRow) -> bool:
        known = self._row_texts.get(id(row))
        if known is None or known[0] is not row:
            known = (row, self._row_text(row))
            self._row_texts[id(row)] = known
        return self._text in known[1]

    def _row_text(self, row: ProductRow) -> str:
        texts = [row.product_id.casefold()] if row.product_id else []
        for column in self.products.columns:
            if column.field is None:
                continue
            raw = row.cells.get(column.key)
            if raw is None:
                continue
            texts.append(display_text(column.field, raw, row.values.get(column.key)).casefold())
        return "\n".join(texts)
