"""A lower-case search text per row, kept with the row until an edit touches it.

Find next asks every row "could the text be in you?" — 50,000 times when nothing matches. Asked
through the proxy's ``data()`` per row and column that is a million calls into Qt; asked here it
is one ``in`` per row over a text built once (the cells as their editors show them, lower-cased,
one line per cell). Only the rows that could match are then looked at cell by cell. The model's
``changed`` signal (every edit, paste, replace, store answer) drops the touched rows' texts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.catalog.table import ProductRow
from app.gui.grid.cells import edit_text
from app.gui.grid.model import ProductModel


class RowTexts(QObject):
    def __init__(self, model: ProductModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._fields = [c.field for c in model.columns if c.field is not None]
        #: id(row) → (row, its text): the row itself is kept so a reused id is not mistaken
        self._texts: dict[int, tuple[ProductRow, str]] = {}
        model.changed.connect(self._forget)
        model.modelReset.connect(self._texts.clear)

    def text(self, row: ProductRow) -> str:
        known = self._texts.get(id(row))
        if known is not None and known[0] is row:
            return known[1]
        cells = row.cells
        text = "\n".join(
            edit_text(f, cells[f.key]).lower() for f in self._fields if cells.get(f.key) is not None
        )
        self._texts[id(row)] = (row, text)
        return text

    def candidates(self, needle: str) -> list[int]:
        """Source rows whose cells may hold ``needle`` (case aside), in table order."""
        needle = needle.lower()
        text = self.text
        return [i for i, row in enumerate(self.model.table.rows) if needle in text(row)]

    def _forget(self, touched: set[int]) -> None:
        if not touched:  # a new table
            self._texts.clear()
            return
        rows = self.model.table.rows
        for i in touched:
            if 0 <= i < len(rows):
                self._texts.pop(id(rows[i]), None)
