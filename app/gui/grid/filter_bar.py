"""The bar above the grid: which rows to show (all, with problems, rejected, not yet sent,
photo problems, and after a comparison with the store the changes only) and a search box,
applied to the filter proxy (the search waits for a pause in typing)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.gui.grid.proxy import ProductFilter, RowFilter
from app.gui.kit.retranslate import Retranslating


class FilterBar(Retranslating, QWidget):
    def __init__(self, proxy: ProductFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        self.group = QButtonGroup(self)
        self.buttons: dict[RowFilter, QPushButton] = {}
        for mode in RowFilter:
            button = QPushButton()
            button.setCheckable(True)
            button.setFlat(False)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.group.addButton(button)
            self.buttons[mode] = button
            layout.addWidget(button)
        self.buttons[RowFilter.ALL].setChecked(True)
        self.buttons[RowFilter.CHANGES].hide()  # shown once the grid was compared with the store
        layout.addStretch(1)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        layout.addWidget(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.proxy.set_text(self.search.text()))
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.retranslate()

    def set_mode(self, mode: RowFilter) -> None:
        self.buttons[mode].setChecked(True)
        self.proxy.set_mode(mode)

    def retranslate(self) -> None:
        texts = {
            RowFilter.ALL: self.tr("All rows"),
            RowFilter.PROBLEMS: self.tr("With problems"),
            RowFilter.REJECTED: self.tr("Rejected by the store"),
            RowFilter.UNSENT: self.tr("Not yet sent"),
            RowFilter.PHOTOS: self.tr("Photo problems"),
            RowFilter.CHANGES: self.tr("Changes only"),
        }
        for mode, text in texts.items():
            self.buttons[mode].setText(text)
        self.search.setPlaceholderText(self.tr("Search name, SKU, any cell…"))
