"""What a window shows, to compare with what a full repaint shows.

A picture is the window's pixels as they were last painted (the backing store), not a fresh
rendering: a cell the grid forgot to repaint shows there. Two pictures are the same when no
pixel differs by more than ``UNSEEN_LEVELS`` in a channel. Qt's own scrolling leaves such
differences: the current cell's focus frame, antialiased where the viewport's edge cut it and
then scrolled into sight, comes out one level lighter on three or four pixels than when it is
painted in place (measured on main, with the grid's repaint savings and without). A stale cell
differs by whole colours (white for red, one text for another) over hundreds of pixels.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid

#: the most a channel of a pixel may differ by between two pictures held the same
UNSEEN_LEVELS = 2


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@dataclass(eq=False)
class Picture:
    """A window's pixels; ``==`` holds when no pixel differs by more than a person can see."""

    image: QImage

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Picture):
            return NotImplemented
        return self.image == other.image or not self.differs_visibly(other)

    __hash__ = None  # type: ignore[assignment]

    def differs_visibly(self, other: Picture) -> bool:
        """Whether a pixel's colour differs by more than ``UNSEEN_LEVELS`` in a channel (or
        the sizes differ)."""
        mine, theirs = self.image, other.image
        if mine.size() != theirs.size():
            return True
        mine = mine.convertToFormat(QImage.Format.Format_RGB32)
        theirs = theirs.convertToFormat(QImage.Format.Format_RGB32)
        width, stride = mine.width(), mine.bytesPerLine()
        pixels, others = bytes(mine.constBits()), bytes(theirs.constBits())
        for y in range(mine.height()):
            a = pixels[y * stride : y * stride + 4 * width]
            b = others[y * stride : y * stride + 4 * width]
            if a != b and any(
                abs(a[i] - b[i]) > UNSEEN_LEVELS for i in range(4 * width) if i % 4 != 3
            ):
                return True
        return False

    def __repr__(self) -> str:
        size = self.image.size()
        return f"Picture({size.width()}×{size.height()})"


class Paints(QObject):
    """A widget's paint events, as an event filter (``installEventFilter``): how many
    (``count``), how many painted all of it (``whole``), the bounding rectangle of each
    (``rects``) and every rectangle of their regions (``regions``), as (x, y, width, height)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = self.whole = 0
        self.rects: list[tuple[int, int, int, int]] = []
        self.regions: list[tuple[int, int, int, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent) and isinstance(watched, QWidget):
            rect = event.rect()
            self.count += 1
            self.whole += rect.contains(watched.rect())
            self.rects.append((rect.x(), rect.y(), rect.width(), rect.height()))
            region = event.region()  # (iterable in PySide6, not in its stubs)
            self.regions += [(r.x(), r.y(), r.width(), r.height()) for r in region]  # type: ignore[attr-defined]
        return False


def on_screen(widget: QWidget) -> Picture:
    """The window's pixels as they were last painted, events handled."""
    settle()
    return Picture(widget.screen().grabWindow(widget.winId()).toImage())


def repainted(view: QTableView) -> Picture:
    """The same after every part of a table view is painted afresh (its cells, its row
    numbers and its column headers)."""
    view.viewport().repaint()
    for header in (view.verticalHeader(), view.horizontalHeader()):
        header.viewport().repaint()
    return on_screen(view)


@contextmanager
def grid_on_screen(rows: Sequence[ProductRow], width: int) -> Iterator[ProductGrid]:
    """A grid of ``rows``, shown at ``width`` × 420 and painted; closed and gone after."""
    model = ProductModel(ProductTable(list(rows)), undo_stack=QUndoStack())
    view = ProductGrid(ProductFilter(model))
    view.resize(width, 420)
    view.show()
    on_screen(view)
    try:
        yield view
    finally:
        view.close()
        view.deleteLater()
        settle()
