"""Cell editors chosen by each field's ``Field.editor`` hint.

Line-sized kinds edit in place (a drop-down for the condition, a money field that takes
``Rp 1.250.000``, number fields); yes/no cells are check boxes handled by the model; lists,
warehouse stock, dimensions and long descriptions open a small dialog (see ``editors.py``),
which the delegate asks the grid to show by emitting ``dialog_requested``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.catalog.choices import CONDITION
from app.catalog.fields import Editor, field_by_key
from app.gui.grid.cell_looks import CellLooks
from app.gui.grid.model import FieldRole
from app.gui.grid.reference_names import BRAND_KEY, CATEGORY_KEYS

DIALOG_EDITORS = frozenset({Editor.LIST, Editor.WAREHOUSES, Editor.DIMENSIONS, Editor.MULTILINE})
#: Condition choices: (shown, written to the cell), e.g. ("Baru (New)", "Baru"); the parser
#: reads both languages.
CONDITIONS = tuple((f"{c.id} ({c.en.capitalize()})", c.id) for c in CONDITION)
_MONEY = QRegularExpression(
    r"^\s*(?:Rp\.?|IDR)?\s*[0-9][0-9.,\s]*(?:,-)?\s*$|^\s*$",
    QRegularExpression.PatternOption.CaseInsensitiveOption,
)


def editor_of(index: QModelIndex | QPersistentModelIndex) -> Editor | None:
    key = index.data(FieldRole)
    if not key or key == "status":
        return None
    return field_by_key(key).editor


class MoneyEdit(QLineEdit):
    """A line edit for whole Rupiah: accepts ``Rp 1.250.000``, ``1250000``, ``1.250.000,00``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_MONEY, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("Rp 1.250.000")


class CellDelegate(QStyledItemDelegate):
    """``dialog_requested``: open a dialog editor; ``picker_requested``: open the category
    picker (or the brand list). ``store_lists()`` says whether the category tree and the
    brands are known: without them the cells edit as plain text, and the editor says why."""

    dialog_requested = Signal(QPersistentModelIndex)
    picker_requested = Signal(QPersistentModelIndex)
    notice = Signal(str)  # why an editor is plainer than expected (for the status bar)

    def __init__(
        self, parent: Any = None, store_lists: Callable[[], tuple[bool, bool]] | None = None
    ) -> None:
        super().__init__(parent)
        self.store_lists = store_lists or (lambda: (False, False))
        #: the cells' looks from their paint records (set by the grid); None: Qt asks the
        #: model role by role
        self.looks: CellLooks | None = None

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The option of a cell to paint (or measure, or click): from the cell's paint
        record in one call (``CellLooks``), the same as Qt's own seven questions give."""
        looks = self.looks
        if looks is None or not looks.fill(option, index):
            super().initStyleOption(option, index)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        kind = editor_of(index)
        key = index.data(FieldRole)
        if key in CATEGORY_KEYS or key == BRAND_KEY:
            has_tree, has_brands = self.store_lists()
            if has_tree if key in CATEGORY_KEYS else has_brands:
                self.picker_requested.emit(QPersistentModelIndex(index))
                return None  # type: ignore[return-value]  # the picker opens instead
            if key in CATEGORY_KEYS:
                why = self.tr(
                    "The store's category list has not been downloaded yet, so there is"
                    " nothing to choose from: type the name or the id. Store → Refresh"
                    " categories downloads it."
                )
                line = QLineEdit(parent)
                line.setPlaceholderText(self.tr("name or id"))
                line.setToolTip(why)
                self.notice.emit(why)
                return line
        if kind in DIALOG_EDITORS:
            self.dialog_requested.emit(QPersistentModelIndex(index))
            return None  # type: ignore[return-value]  # no in-place editor: a dialog opens
        if kind is Editor.CHOICE:
            combo = QComboBox(parent)
            for shown, written in CONDITIONS:
                combo.addItem(shown, written)
            return combo
        if kind is Editor.MONEY:
            return MoneyEdit(parent)
        if kind is Editor.CHECK:
            return None  # type: ignore[return-value]  # the check box toggles in place
        editor = QLineEdit(parent)
        if kind is Editor.NUMBER:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            found = next(
                (
                    i
                    for i, (_, written) in enumerate(CONDITIONS)
                    if text.casefold() in (written.casefold(), CONDITION[i].en.casefold())
                ),
                -1,
            )
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(text))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
