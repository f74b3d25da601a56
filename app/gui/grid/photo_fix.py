"""The one-click fix of a Google Drive or Dropbox share link: "Use the direct link" in the
cell's right-click menu and in the Problems list. The cell keeps its shape (one text, or one
part per column); the rewrite is one step of the grid's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.catalog.issues import Issue
from app.catalog.validation import PHOTO_FIELDS
from app.gui.grid.model import ProductModel
from app.gui.grid.view import ProductGrid
from app.photos.fixing import fixed_cell, share_fixes


def fix_text() -> str:
    return QCoreApplication.translate("PhotoFix", "Use the direct link")


def direct_links_fix(model: ProductModel, source_row: int, key: str) -> bool:
    """Rewrite every share link of one photos or banners cell to its direct link (one undo
    step); False when the cell has none."""
    if key not in PHOTO_FIELDS or not 0 <= source_row < model.rowCount():
        return False
    row = model.row(source_row)
    fixes = share_fixes(row.issues_for(key))
    if not fixes:
        return False
    new = fixed_cell(row.cells.get(key), fixes)
    return model.edit([(source_row, key, new)], fix_text())


def issue_has_fix(issue: Issue) -> bool:
    """Whether a Problems entry offers "Use the direct link"."""
    return bool(share_fixes([issue]))


class PhotoLinkFix(QObject):
    """Adds "Use the direct link" to the grid's cell menu when the current cell has a share
    link to rewrite (``add_to`` is one of ``GridMenus.extras``)."""

    def __init__(self, grid: ProductGrid, model: ProductModel) -> None:
        super().__init__(grid)
        self.grid, self.model = grid, model
        self.action = QAction(grid)
        self.action.setObjectName("use-direct-link")
        self.action.triggered.connect(self.fix_current)

    def _current(self) -> tuple[int, str] | None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return None
        source = self.grid.proxy.mapToSource(index)
        key = self.model.columns[source.column()].key
        return source.row(), key

    def available(self) -> bool:
        where = self._current()
        if where is None or where[1] not in PHOTO_FIELDS or self.model.read_only:
            return False
        return bool(share_fixes(self.model.row(where[0]).issues_for(where[1])))

    def add_to(self, menu: QMenu) -> None:
        if self.available():
            self.action.setText(fix_text())
            menu.addSeparator()
            menu.addAction(self.action)

    def fix_current(self) -> bool:
        where = self._current()
        return where is not None and direct_links_fix(self.model, *where)
