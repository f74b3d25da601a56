"""Store → Resolve conflicts…: each row where the store changed a field since the export and
the sheet changed it too, with the three values, and a choice per row — the sheet wins, the
store wins, or decide later (nothing is sent for it). Opening it again changes a choice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalog.fields import field_by_key
from app.catalog.messages import Lang
from app.catalog.table import ProductTable
from app.gui.grid.compare_marks import CompareMarks
from app.gui.grid.compare_paint import value_text
from app.gui.grid.reference_names import NameBook
from app.sync.plan import Winner

#: The field that names a product in the list (as the grid shows it).
NAME_FIELD = field_by_key("name")
#: the choices, in the order of each row's drop-down
CHOICES: tuple[Winner | None, ...] = (None, Winner.SHEET, Winner.STORE)


@dataclass(frozen=True, slots=True)
class ConflictItem:
    position: int  # the row in the table
    title: str  # "Row 7 · SKU-1 · Kaos merah"
    #: per conflicting field: (label, when downloaded, store now, sheet), as the merchant reads
    lines: tuple[tuple[str, str, str, str], ...]
    winner: Winner | None


def conflict_items(
    marks: CompareMarks, table: ProductTable, names: NameBook, lang: Lang, row_word: str
) -> list[ConflictItem]:
    """The conflicts of the comparison as the dialog lists them (``row_word``: "Row")."""
    items = []
    for position, plan in marks.conflicts(table):
        row = table.rows[position]
        sheet_row = str(row.sheet_row) if row.sheet_row is not None else "+"
        name = row.cells.get(NAME_FIELD.key)
        title = " · ".join(
            str(part) for part in (f"{row_word} {sheet_row}", plan.sku, name) if part
        )
        lines = []
        for change in plan.conflicts:
            field = field_by_key(change.field)
            exported, store, sheet = (
                value_text(field, v, names, lang)
                for v in (change.exported, change.store, change.sheet)
            )
            lines.append((field.label(lang), exported, store, sheet))
        items.append(ConflictItem(position, title, tuple(lines), marks.winner(row)))
    return items


class ConflictDialog(QDialog):
    def __init__(self, items: Sequence[ConflictItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict-dialog")
        self.setWindowTitle(self.tr("Resolve conflicts"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The store changed these fields since the workbook was downloaded, and the"
                " sheet changed them too. Choose per row which value wins; a row left"
                " undecided is not sent."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Row / field"),
                self.tr("When downloaded"),
                self.tr("Store now"),
                self.tr("Sheet"),
                self.tr("Who wins"),
            ]
        )
        self.tree.setColumnWidth(0, 230)
        self.choices: dict[int, QComboBox] = {}
        for item in items:
            top = QTreeWidgetItem([item.title])
            self.tree.addTopLevelItem(top)
            for line in item.lines:
                top.addChild(QTreeWidgetItem(list(line)))
            box = QComboBox()
            box.addItems(
                [self.tr("Decide later"), self.tr("The sheet wins"), self.tr("The store wins")]
            )
            box.setCurrentIndex(CHOICES.index(item.winner))
            self.tree.setItemWidget(top, 4, box)
            self.choices[item.position] = box
            top.setExpanded(True)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.all_sheet = QPushButton(self.tr("The sheet wins everywhere"))
        self.all_store = QPushButton(self.tr("The store wins everywhere"))
        self.all_sheet.clicked.connect(lambda: self.choose_all(Winner.SHEET))
        self.all_store.clicked.connect(lambda: self.choose_all(Winner.STORE))
        row.addWidget(self.all_sheet)
        row.addWidget(self.all_store)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, position: int, winner: Winner | None) -> None:
        self.choices[position].setCurrentIndex(CHOICES.index(winner))

    def choose_all(self, winner: Winner | None) -> None:
        for position in self.choices:
            self.choose(position, winner)

    def answer(self) -> dict[int, Winner | None]:
        return {position: CHOICES[box.currentIndex()] for position, box in self.choices.items()}

    @classmethod
    def ask(
        cls, parent: QWidget | None, items: Sequence[ConflictItem]
    ) -> dict[int, Winner | None] | None:
        """The choices per row position, or None when the merchant cancelled."""
        dialog = cls(items, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
