"""The grid's row numbers (the sheet's row, "+" for a row added in the app): Qt's own vertical
header of a table, with its width worked out without asking the model a thousand times.

Qt's ``QHeaderView.sizeHint`` is the widest of the first and the last 100 sections' sizes, each
measured from the model (``sectionSizeFromContents``: four ``headerData`` questions, each a
call into Python) — about 1,000 Python calls whenever rows come or go, a sort or a filter
changes the order, or a row number changes: 2 ms of an Edit → Add row at 50,000 rows. Here the
same 200 sections' numbers are read in one call (``numbers``) and each distinct number is
measured by Qt once (its size depends on its text, the font and the style only: the model's
row numbers have no font, icon or size of their own), so the width is Qt's, number for number
(a test compares it with Qt's own after every kind of change).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

#: the texts of some sections (the view's rows), read in one call
Numbers = Callable[[Sequence[int]], Sequence[Any]]
#: [ours] sizes of distinct numbers kept at most (then measured afresh)
MAX_SIZES = 4096
#: how many sections at each end Qt's own ``sizeHint`` measures
_ENDS = 100


class RowNumbers(QHeaderView):
    """A vertical header whose width is Qt's own, from numbers measured once each.
    ``numbers(sections)``: the texts of those sections in one call (None: ``headerData``)."""

    def __init__(self, parent: QWidget | None = None, numbers: Numbers | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)  # as QTableView's own vertical header
        self.setHighlightSections(True)
        self.numbers = numbers
        self._sizes: dict[Any, QSize] = {}  # a number's text → its size, as Qt measures it
        self._looks: tuple[Any, ...] | None = None  # what the sizes were measured with
        self._kept: QSize | None = None
        self._kept_texts: list[Any] = []  # the numbers the kept width is of
        self._stale = True  # rows came, went or moved since the width was kept

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in self._news(old):
                signal.disconnect(self._look_again)
        super().setModel(model)
        if model is not None:
            for signal in self._news(model):
                signal.connect(self._look_again)
        self._look_again()

    @staticmethod
    def _news(model: QAbstractItemModel) -> list[Any]:
        return [  # "about to": before any of Qt's own handlers could ask for the width
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.rowsAboutToBeMoved,
            model.layoutAboutToBeChanged,
            model.modelAboutToBeReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
            model.modelReset,
            model.headerDataChanged,
        ]

    def _look_again(self, *_: object) -> None:
        self._stale = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes, self._kept, self._stale = {}, None, True
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        if not self._stale and self._kept is not None:
            return QSize(self._kept)
        model = self.model()
        if model is None or self.hiddenSectionCount():  # Qt skips hidden sections: its own
            self._kept, self._stale = None, True
            return super().sizeHint()
        looks = (
            self.font().key(),
            self.style().name(),
            self.defaultAlignment(),
            self.isSortIndicatorShown(),
        )
        if looks != self._looks or len(self._sizes) > MAX_SIZES:
            self._sizes, self._looks, self._kept = {}, looks, None
        count = self.count()
        head = min(_ENDS, count)
        sections = [*range(head), *range(max(head, count - _ENDS), count)]
        texts = list(self._texts(model, sections))
        if texts == self._kept_texts and self._kept is not None:  # the same 200 numbers
            self._stale = False
            return QSize(self._kept)
        sizes, width, height = self._sizes, 0, 0
        for section, text in zip(sections, texts, strict=True):
            size = sizes.get(text)
            if size is None:
                size = sizes[text] = self.sectionSizeFromContents(section)
            width, height = max(width, size.width()), max(height, size.height())
        self._kept, self._kept_texts, self._stale = QSize(width, height), texts, False
        return QSize(width, height)

    def _texts(self, model: QAbstractItemModel, sections: list[int]) -> Sequence[Any]:
        if self.numbers is not None:
            return self.numbers(sections)
        vertical = Qt.Orientation.Vertical
        return [model.headerData(i, vertical) for i in sections]
