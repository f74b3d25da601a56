"""The questions asked before a send: how many rows go, how many stay, to which store.

Each dialog has an ``ask(...)`` classmethod returning True to go on, so tests can answer it
without a human. Deleting is destructive: its default button is Cancel, and a delete of more
than ``LARGE_DELETE`` products lists them (name, SKU, product id) and asks the merchant to type
how many go before Delete can be pressed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.catalog.cell_text import display_text
from app.catalog.fields import PRODUCT_ID_FIELD, field_by_key, label_of
from app.catalog.table import ProductTable
from app.gui.kit.i18n import current_lang

#: [ours] More products than this in one delete: list them and ask for the typed number.
LARGE_DELETE = 10
_ROOT = QModelIndex()
#: The field that names a product in the delete list (as the grid shows it).
NAME_FIELD = field_by_key("name")
#: One product to delete, as the list shows it: (name, SKU, product id).
Listed = tuple[str, str, str]


def listed_products(table: ProductTable, rows: Iterable[int]) -> tuple[Listed, ...]:
    """The products of these rows for the delete list (an unknown id: looked up by SKU)."""
    from app.jobs.selection import product_id_of  # the jobs: imported when a job is asked for

    found = []
    for i in rows:
        row = table.rows[i]
        name = display_text(NAME_FIELD, row.cells.get(NAME_FIELD.key))
        found.append((name, row.sku or "", product_id_of(row) or ""))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class UploadQuestion:
    send: int  # rows that will be sent
    problems: int  # chosen rows skipped because they have problems
    already: int  # chosen rows already on the store, not sent again
    store: str  # the target store's name
    store_url: str
    retry: bool = False


@dataclass(frozen=True, slots=True)
class DeleteQuestion:
    delete: int  # rows whose product will be deleted
    by_sku: int  # of those, found by SKU first
    live: int  # of those, shown live / pending here
    missing: int  # chosen rows with neither a product id nor a SKU
    store: str
    store_url: str
    products: tuple[Listed, ...] = ()  # what will go, in the order of the rows


class UploadConfirmDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, question: UploadQuestion) -> None:
        super().__init__(parent)
        q = question
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Send again") if q.retry else self.tr("Upload products"))
        self.setText(self.tr("Send %n product row(s) to %1?", "", q.send).replace("%1", q.store))
        lines = []
        if q.problems:
            lines.append(
                self.tr(
                    "%n row(s) skipped because of problems (fix the red cells first).",
                    "",
                    q.problems,
                )
            )
        if q.already:
            lines.append(self.tr("%n row(s) already on the store, not sent again.", "", q.already))
        lines.append(self.tr("Store address: %1").replace("%1", q.store_url))
        self.setInformativeText("\n".join(lines))
        self.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        send = self.button(QMessageBox.StandardButton.Ok)
        send.setText(self.tr("Send"))
        self.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.setDefaultButton(QMessageBox.StandardButton.Ok)

    @classmethod
    def ask(cls, parent: QWidget | None, question: UploadQuestion) -> bool:
        return cls(parent, question).exec() == QMessageBox.StandardButton.Ok


class DeleteConfirmDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, question: DeleteQuestion) -> None:
        super().__init__(parent)
        q = question
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Delete products from the store"))
        self.setText(self.question_text(q))
        self.setInformativeText(self.details(q))
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        self.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        self.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def question_text(self, q: DeleteQuestion) -> str:
        text = self.tr("Delete %n product(s) from %1? This cannot be undone.", "", q.delete)
        return text.replace("%1", q.store)

    def details(self, q: DeleteQuestion) -> str:
        lines = [self.tr("%n of them shown live or pending here.", "", q.live)]
        if q.by_sku:
            lines.append(
                self.tr(
                    "%n row(s) have no product id: they are looked up by SKU first.", "", q.by_sku
                )
            )
        if q.missing:
            lines.append(
                self.tr(
                    "%n row(s) have neither a product id nor a SKU and are skipped.", "", q.missing
                )
            )
        lines.append(self.tr("Store address: %1").replace("%1", q.store_url))
        return "\n".join(lines)

    @classmethod
    def ask(cls, parent: QWidget | None, question: DeleteQuestion) -> bool:
        if question.delete > LARGE_DELETE:
            return LargeDeleteDialog(parent, question).exec() == QDialog.DialogCode.Accepted
        return cls(parent, question).exec() == QMessageBox.StandardButton.Yes


class DeleteListModel(QAbstractTableModel):
    """The products a delete takes away: name, SKU, product id."""

    def __init__(self, products: tuple[Listed, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.products = products

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.products)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        text = self.products[index.row()][index.column()]
        if text or index.column() != 2:
            return text
        return self.tr("(found by SKU)")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        keys = (NAME_FIELD.key, "sku", PRODUCT_ID_FIELD.key)
        return label_of(keys[section], current_lang()) if 0 <= section < 3 else None


class LargeDeleteDialog(QDialog):
    """Over ``LARGE_DELETE`` products: the list of what goes, and Delete only once the
    merchant typed how many products that is."""

    def __init__(self, parent: QWidget | None, question: DeleteQuestion) -> None:
        super().__init__(parent)
        self.setObjectName("large-delete")
        self.question = question
        words = DeleteConfirmDialog(None, question)  # the same sentences as a small delete
        self.setWindowTitle(words.windowTitle())
        heading = QLabel(words.question_text(question))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        details = QLabel(words.details(question))
        details.setWordWrap(True)
        words.deleteLater()
        self.list = QTableView()
        self.list.setModel(DeleteListModel(question.products, self))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.verticalHeader().setDefaultSectionSize(22)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(1, 120)
        self.list.setColumnWidth(2, 220)
        self.prompt = QLabel(
            self.tr("To delete them, type the number of products (%1):").replace(
                "%1", str(question.delete)
            )
        )
        self.prompt.setWordWrap(True)
        self.count_edit = QLineEdit()
        self.count_edit.setPlaceholderText(str(question.delete))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Enter in the field deletes once the number is right
        self.delete_button = self.buttons.addButton(
            self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.count_edit.textChanged.connect(self._typed)
        self.count_edit.returnPressed.connect(self.accept)
        self.prompt.setBuddy(self.count_edit)
        layout = QVBoxLayout(self)
        for widget in (heading, details, self.list, self.prompt, self.count_edit, self.buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.list, 1)
        self.resize(640, 480)
        self.count_edit.setFocus()

    def _typed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip() == str(self.question.delete))

    def accept(self) -> None:
        if self.delete_button.isEnabled():  # Enter in the field cannot skip the typed number
            super().accept()
