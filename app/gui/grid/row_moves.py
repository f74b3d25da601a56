"""Rows coming or going repaint only the rows that moved.

Qt lays a table view out again after any row is inserted or removed, anywhere — on a zero timer
(``QTableView::rowCountChanged`` → the delayed items layout → ``doItemsLayout``) — and that
layout repaints the whole viewport: adding one row at row 25,000 of 50,000 while the merchant
looks at the first rows repainted every visible cell (≈ 20 ms of Python at the grid's size, the
largest piece of Edit → Add row). The rows above the first row that came or went are where
they were, text for text and colour for colour (the alternating colours go by position);
only the rows from there down moved. ``MovedRows`` follows the grid's model's row news between
two layouts and tells the grid what the next layout must repaint: everything (anything else
happened: a reset, a layout change, columns, a font or a style), or the viewport from the top
of the first moved row down — nothing, when that row is below the visible rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QTableView

Index = QModelIndex | QPersistentModelIndex
#: events after which a layout repaints everything (the rows' looks may have changed)
_LOOKS = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LocaleChange,
    }
)


class MovedRows:
    """Between two layouts of a view: the first view row that came or went (``first``), or
    ``whole`` when something else called for the layout. A new model, a reset, a layout
    change (sort, filter), rows moved or columns changed: ``whole``."""

    def __init__(self) -> None:
        self.first: int | None = None
        self.whole = True
        self._model: QAbstractItemModel | None = None

    def follow(self, model: QAbstractItemModel | None) -> None:
        """The view's model from now on (the view calls this from its ``setModel``)."""
        old, self._model = self._model, model
        if old is not None:
            for signal, slot in self._news(old):
                signal.disconnect(slot)
        if model is not None:
            for signal, slot in self._news(model):
                signal.connect(slot)
        self.whole = True

    def _news(self, model: QAbstractItemModel) -> list[tuple[Any, Any]]:
        return [
            (model.rowsInserted, self._rows),
            (model.rowsRemoved, self._rows),
            (model.rowsMoved, self._everything),
            (model.layoutChanged, self._everything),
            (model.modelReset, self._everything),
            (model.columnsInserted, self._everything),
            (model.columnsRemoved, self._everything),
            (model.columnsMoved, self._everything),
        ]

    def _rows(self, parent: Index, first: int, _last: int) -> None:
        if parent.isValid():  # a table has no child rows: not ours to reason about
            self.whole = True
        elif self.first is None or first < self.first:
            self.first = first

    def _everything(self, *_: object) -> None:
        self.whole = True

    def looks_changed(self, event: QEvent) -> None:
        """A change event of the view (its ``changeEvent``): a font, a style, a palette."""
        if event.type() in _LOOKS:
            self.whole = True

    @property
    def due(self) -> bool:
        """A layout that repaints only the moved rows is due: until it runs, Qt repaints no
        changed row (``QAbstractItemView.dataChanged`` leaves it to the layout)."""
        return self.first is not None and not self.whole

    def take(self) -> int | None:
        """What the layout starting now repaints: the first moved row (None: everything);
        forgotten, as the layout is done."""
        first = None if self.whole else self.first
        self.first, self.whole = None, False
        return first


def lay_out_moved_rows(view: QTableView, first: int) -> None:
    """A table view's layout after rows came or went from view row ``first`` on (what
    ``MovedRows.take`` gave; the view's ``doItemsLayout`` calls this instead of Qt's own when
    it is not None and no row is hidden): Qt's own steps — the scroll bars and the headers —
    and a repaint of the viewport from that row's top down, none when it is below sight."""
    view.updateGeometries()
    header = view.verticalHeader()
    if not header.updatesEnabled():  # Qt holds them while rows go (QTableView's own)
        header.setUpdatesEnabled(True)
    viewport = view.viewport()
    top = 0 if first <= 0 else view.rowViewportPosition(first - 1) + view.rowHeight(first - 1)
    if top < viewport.height():
        top = max(top, 0)
        viewport.update(0, top, viewport.width(), viewport.height() - top)
