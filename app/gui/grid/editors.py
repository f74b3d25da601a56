"""Small dialogs for cells that hold more than one line: lists (photos, hashtags), warehouse
stock, dimensions and long text. Each has an ``ask(...)`` classmethod returning the new value, or
None when cancelled, so tests can answer it without a human."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            self.body.addWidget(label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.body.addWidget(self.buttons)


class ListDialog(_Dialog):
    """One item per line: photo links or hashtags; add, remove, move up and down."""

    def __init__(self, parent: QWidget | None, title: str, items: list[str]) -> None:
        super().__init__(parent, title, self.tr("One item per line. Double-click to change."))
        self.list = QListWidget()
        for item in items:
            self._add(item)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add"), self._add_new),
            (self.tr("Remove"), self._remove),
            (self.tr("Up"), lambda: self._move(-1)),
            (self.tr("Down"), lambda: self._move(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.body.addWidget(self.list)
        self.body.addLayout(row)
        self.finish_layout()
        self.resize(560, 320)

    def _add(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _add_new(self) -> None:
        item = self._add("")
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def items(self) -> list[str]:
        found = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return [text for text in found if text]

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, items: list[str]) -> list[str] | None:
        dialog = cls(parent, title, items)
        return dialog.items() if dialog.exec() == QDialog.DialogCode.Accepted else None


class WarehouseDialog(_Dialog):
    """Stock per warehouse: one row per warehouse client id."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
        super().__init__(
            parent,
            self.tr("Warehouse stock"),
            self.tr("The stock of this product in each of your warehouses."),
        )
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Warehouse id"), self.tr("Stock")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for client, stock in rows:
            self._add(client, stock)
        add = QPushButton(self.tr("Add warehouse"))
        add.clicked.connect(lambda: self._add("", ""))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.body.addWidget(self.table)
        self.body.addLayout(row)
        self.finish_layout()
        self.resize(480, 300)

    def _add(self, client: str, stock: str) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, 0, QTableWidgetItem(client))
        self.table.setItem(n, 1, QTableWidgetItem(stock))

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for n in range(self.table.rowCount()):
            cells = [self.table.item(n, c) for c in (0, 1)]
            client, stock = ((c.text().strip() if c else "") for c in cells)
            if client or stock:
                out.append((client, stock))
        return out

    @classmethod
    def ask(
        cls, parent: QWidget | None, rows: list[tuple[str, str]]
    ) -> list[tuple[str, str]] | None:
        dialog = cls(parent, rows)
        return dialog.rows() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DimensionsDialog(_Dialog):
    def __init__(self, parent: QWidget | None, parts: tuple[str, str, str]) -> None:
        super().__init__(
            parent, self.tr("Dimensions (cm)"), self.tr("Fill all three, or leave all three empty.")
        )
        form = QFormLayout()
        self.edits = [QLineEdit(value) for value in parts]
        for label, edit in zip(
            (self.tr("Length"), self.tr("Width"), self.tr("Height")), self.edits, strict=True
        ):
            edit.setPlaceholderText("cm")
            form.addRow(label, edit)
        self.body.addLayout(form)
        self.finish_layout()

    def parts(self) -> tuple[str, str, str]:
        a, b, c = (e.text().strip() for e in self.edits)
        return a, b, c

    @classmethod
    def ask(
        cls, parent: QWidget | None, parts: tuple[str, str, str]
    ) -> tuple[str, str, str] | None:
        dialog = cls(parent, parts)
        return dialog.parts() if dialog.exec() == QDialog.DialogCode.Accepted else None


class TextDialog(_Dialog):
    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent, title)
        self.edit = QPlainTextEdit(text)
        self.body.addWidget(self.edit)
        self.finish_layout()
        self.resize(560, 360)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        dialog = cls(parent, title, text)
        return dialog.edit.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None
