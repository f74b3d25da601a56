"""A lower-case search text per row, kept with the row until an edit touches it.

Find next asks every row "could the text be in you?" — 50,000 times when nothing matches. Asked
through the proxy's ``data()`` per row and column that is a million calls into Qt; asked here it
is one ``in`` per row over a text built once (the cells as their editors show them, lower-cased,
one line per cell). Only the rows that could match are then looked at cell by cell. The model's
``changed`` signal (every edit, paste, replace, store answer) drops the touched rows' texts.

The search box keeps its own: what the cells show (``shown_text``: Rupiah dressed, names of
ids as written, the product id), case-folded — the text it always matched against.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from app.catalog.fields import Field
from app.catalog.table import ProductRow
from app.gui.grid.cells import display_text, edit_text
from app.gui.grid.model import ProductModel


def edited_text(row: ProductRow, fields: Sequence[Field]) -> str:
    """The cells as their editors show them, lower-case, one line per cell (Find next)."""
    cells = row.cells
    return "\n".join(
        edit_text(f, cells[f.key]).lower() for f in fields if cells.get(f.key) is not None
    )


def shown_text(row: ProductRow, fields: Sequence[Field]) -> str:
    """The product id and the cells as the grid shows them, case-folded (the search box)."""
    texts = [row.product_id.casefold()] if row.product_id else []
    cells, values = row.cells, row.values
    for field in fields:
        raw = cells.get(field.key)
        if raw is not None:
            texts.append(display_text(field, raw, values.get(field.key)).casefold())
    return "\n".join(texts)


class RowTexts(QObject):
    def __init__(
        self,
        model: ProductModel,
        parent: QObject | None = None,
        text_of: Callable[[ProductRow, Sequence[Field]], str] = edited_text,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._fields = [c.field for c in model.columns if c.field is not None]
        self._text_of = text_of
        #: id(row) → (row, its text): the row itself is kept so a reused id is not mistaken
        self._texts: dict[int, tuple[ProductRow, str]] = {}
        model.changed.connect(self._forget)
        model.modelReset.connect(self._texts.clear)

    def text(self, row: ProductRow) -> str:
        known = self._texts.get(id(row))
        if known is not None and known[0] is row:
            return known[1]
        text = self._text_of(row, self._fields)
        self._texts[id(row)] = (row, text)
        return text

    def candidates(self, needle: str) -> list[int]:
        """Source rows whose cells may hold ``needle`` (case aside), in table order."""
        needle = needle.lower()
        text = self.text
        return [i for i, row in enumerate(self.model.table.rows) if needle in text(row)]

    def clear(self) -> None:
        self._texts.clear()

    def _forget(self, touched: set[int]) -> None:
        if not touched:  # a new table
            self._texts.clear()
            return
        rows = self.model.table.rows
        for i in touched:
            if 0 <= i < len(rows):
                self._texts.pop(id(rows[i]), None)
