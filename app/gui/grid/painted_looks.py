"""What each cell of the grid was last painted with, so a changed row repaints only the cells
whose looks changed.

An edit announces its whole row (any cell of it may change colour: a re-check, a duplicate
SKU), and Qt repaints every visible cell of it — 20 cells through the paint's call-backs for
the one or two whose text, colour or mark changed (≈ 1 ms of the 2 ms an edited cell may
take at 50,000 rows). ``PaintedLooks`` keeps, for each cell painted, the row it showed and its
paint record (``ProductModel.paint_record``: everything the model gives the paint; the rest —
the alternating colour, the selection — goes by the cell's place); when rows change, only the
cells whose record now differs are repainted. Pixels change only by painting, and a cell's
pixels move with its view row (a scroll moves them, rows that come or go are repainted from
the first moved row down: ``MovedRows``), so the record kept for a view row and column is
what that cell shows; a cell never painted is repainted. Kept only while the grid paints: the
same record asked for measuring or for a click records nothing. (It rests on what every Qt
view rests on: a change of what a cell shows is announced, ``dataChanged`` or a reset.)
"""

from __future__ import annotations

from app.gui.grid.model import PaintRecord

#: [ours] cells kept at most (a few screens' worth); then forgotten, each repainted once
MAX_CELLS = 8192


class PaintedLooks:
    """``painted(...)`` while the grid paints; ``changed(...)`` when its rows change."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], PaintRecord] = {}
        self.painting = False

    def start(self) -> None:
        """A paint of the grid begins: the cells it paints are recorded."""
        self.painting = True

    def finish(self) -> None:
        self.painting = False
        if len(self._cells) > MAX_CELLS:
            self._cells.clear()

    def painted(self, view_row: int, column: int, record: PaintRecord) -> None:
        """The cell at (view row, column) is being painted with ``record``."""
        if self.painting:
            self._cells[(view_row, column)] = record

    def changed(self, view_row: int, column: int, record: PaintRecord) -> bool:
        """Whether the cell would look different from what it was last painted with."""
        kept = self._cells.get((view_row, column))
        return kept is None or kept != record
