"""Find and replace over the visible rows of the grid. Replace all is one undo step.

Find next looks over the table's rows, not through the proxy: a lower-case text per row
(``RowTexts``) says which rows could match, and only those are looked at cell by cell and
placed in the grid's order."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.grid import cells
from app.gui.grid.model import Change
from app.gui.grid.row_text import RowTexts
from app.gui.grid.view import ProductGrid
from app.gui.kit.retranslate import Retranslating


class Finder:
    """The search itself, over the grid's visible rows in view order (fields only)."""

    def __init__(self, grid: ProductGrid) -> None:
        self.grid = grid
        self.texts = RowTexts(grid.products, grid)

    def _pattern(self, needle: str, match_case: bool) -> re.Pattern[str]:
        return re.compile(re.escape(needle), 0 if match_case else re.IGNORECASE)

    def _text(self, row: int, column: int) -> str:
        return str(self.grid.proxy.index(row, column).data(Qt.ItemDataRole.EditRole) or "")

    def find_next(self, needle: str, match_case: bool = False) -> tuple[int, int] | None:
        if not needle:
            return None
        proxy, products = self.grid.proxy, self.grid.products
        rows, columns = proxy.rowCount(), proxy.columnCount()
        if not rows:
            return None
        pattern = self._pattern(needle, match_case)
        current = self.grid.currentIndex()
        start = current.row() * columns + current.column() + 1 if current.isValid() else 0
        total = rows * columns
        best: tuple[int, int, int] | None = None  # (distance from start, row, column)
        for source in self.texts.candidates(needle):
            row = proxy.mapFromSource(products.index(source, 0)).row()
            if row < 0:
                continue  # filtered out of the grid
            for column in range(columns):
                distance = (row * columns + column - start) % total
                if best is not None and distance >= best[0]:
                    continue
                if products.field_at(column) is None:
                    continue
                if pattern.search(self._text(row, column)):
                    best = (distance, row, column)
        if best is None:
            return None
        index = proxy.index(best[1], best[2])
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        return best[1], best[2]

    def _replacement(
        self, row: int, column: int, pattern: re.Pattern[str], replacement: str
    ) -> Change | None:
        field = self.grid.products.field_at(column)
        if field is None:
            return None
        text = self._text(row, column)
        new_text, count = pattern.subn(lambda _: replacement, text)
        if not count:
            return None
        source = self.grid.proxy.mapToSource(self.grid.proxy.index(row, column)).row()
        old = self.grid.products.row(source).cells.get(field.key)
        return (source, field.key, cells.from_text(field, new_text, old))

    def replace_current(self, needle: str, replacement: str, match_case: bool = False) -> bool:
        current = self.grid.currentIndex()
        if needle and current.isValid():
            change = self._replacement(
                current.row(), current.column(), self._pattern(needle, match_case), replacement
            )
            text = QCoreApplication.translate("Finder", "Replace")
            if change and self.grid.products.edit([change], text):
                return True
        return False

    def replace_all(self, needle: str, replacement: str, match_case: bool = False) -> int:
        if not needle:
            return 0
        pattern = self._pattern(needle, match_case)
        proxy = self.grid.proxy
        changes = [
            change
            for row in range(proxy.rowCount())
            for column in range(proxy.columnCount())
            if (change := self._replacement(row, column, pattern, replacement))
        ]
        self.grid.products.edit(changes, QCoreApplication.translate("Finder", "Replace all"))
        return len(changes)


class FindReplaceDialog(Retranslating, QDialog):
    def __init__(self, grid: ProductGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = Finder(grid)
        self.find_edit = QLineEdit()
        self.replace_edit = QLineEdit()
        self.match_case = QCheckBox()
        self.outcome = QLabel()
        self.find_button = QPushButton()
        self.replace_button = QPushButton()
        self.replace_all_button = QPushButton()
        self.close_button = QPushButton()
        self.find_label = QLabel()
        self.replace_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.find_label, self.find_edit)
        self.form.addRow(self.replace_label, self.replace_edit)
        self.form.addRow(self.match_case)
        buttons = QHBoxLayout()
        for button in (
            self.find_button,
            self.replace_button,
            self.replace_all_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find and replace"))
        self.find_label.setText(self.tr("Find:"))
        self.replace_label.setText(self.tr("Replace with:"))
        self.match_case.setText(self.tr("Match case"))
        self.find_button.setText(self.tr("Find next"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace all"))
        self.close_button.setText(self.tr("Close"))

    def _args(self) -> tuple[str, str, bool]:
        return self.find_edit.text(), self.replace_edit.text(), self.match_case.isChecked()

    def find_next(self) -> None:
        needle, _, case = self._args()
        found = self.finder.find_next(needle, case)
        self.outcome.setText("" if found else self.tr("Not found."))

    def replace(self) -> None:
        """Replace the current match and go to the next; say that it replaced (a successful
        replace is never followed by a bare "Not found.")."""
        needle, replacement, case = self._args()
        if not self.finder.replace_current(needle, replacement, case):
            self.find_next()
            return
        found = self.finder.find_next(needle, case)
        self.outcome.setText(
            self.tr("Replaced.") if found else self.tr("Replaced. No more matches.")
        )

    def replace_all(self) -> None:
        count = self.finder.replace_all(*self._args())
        self.outcome.setText(self.tr("%n cell(s) replaced.", "", count))
