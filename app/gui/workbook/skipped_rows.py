"""The import dialog's list of guidance and example rows: "Row 5 — skipped: guidance row", each
with a tick box to load it like any row. Which rows they are is decided in ``app.sheets.guidance``;
this only shows the decision and reports the merchant's ticks."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.sheets.guidance import SkippedRow


class SkippedRowsBox(QWidget):
    """``show_rows(skipped, included)``; ``toggled(sheet_row, included)`` when one is ticked."""

    toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(
            self.tr(
                "Rows under the header that are not products are not sent. Tick one to"
                " load it like any row:"
            )
        )
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.list.itemChanged.connect(self._ticked)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        self.setVisible(False)

    def text_of(self, skipped: SkippedRow) -> str:
        if skipped.reason == "example":
            why = self.tr("skipped: example row (“%1”)").replace("%1", skipped.text)
        else:
            why = self.tr("skipped: guidance row")
        return self.tr("Row %1 — %2").replace("%1", str(skipped.sheet_row)).replace("%2", why)

    def show_rows(self, skipped: list[SkippedRow], included: Collection[int]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in skipped:
            item = QListWidgetItem(self.text_of(row))
            item.setData(Qt.ItemDataRole.UserRole, row.sheet_row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = row.sheet_row in included
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.setVisible(bool(skipped))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def tick(self, sheet_row: int, on: bool = True) -> None:
        """What a click on a row's box does (tests call it)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == sheet_row:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _ticked(self, item: QListWidgetItem) -> None:
        on = item.checkState() == Qt.CheckState.Checked
        self.toggled.emit(int(item.data(Qt.ItemDataRole.UserRole)), on)
