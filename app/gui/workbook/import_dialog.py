"""Import: pick the sheet, check the header row and how each column maps to a field.

``SheetPicker.ask`` and ``ImportDialog.ask`` return the merchant's choice, or None when
cancelled, so tests can answer them without a human.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalog.cell_text import scalar_text
from app.catalog.fields import FIELDS, Kind
from app.catalog.messages import Lang
from app.gui.workbook.skipped_rows import SkippedRowsBox
from app.sheets import ColumnMap, MappingMemory, RawSheet, SheetInfo, match_columns
from app.sheets.cell_errors import column_letters
from app.sheets.guidance import SkippedRow, find_template_rows
from app.sheets.header_rows import headers_for

Choice = tuple[str | None, str | None]  # (field key, part)
_GOOD, _FAIR, _POOR = QColor("#1b6e20"), QColor("#8a5a00"), QColor("#b3261e")
_GREY = QBrush(QColor("#80868b"))
_DIMENSION_PARTS = ("length", "width", "height")


@dataclass(slots=True)
class ImportAnswer:
    """The merchant's choice: the header's rows, the column map, the template rows to load."""

    header_row: int  # the header's last row; products start below it
    colmap: ColumnMap
    header_top: int = 0  # the first row of a two-row header (0: one row)
    included: set[int] = field(default_factory=set)  # guidance/example rows loaded anyway
    include_hidden: bool = False  # rows hidden in the workbook are sent too


class SheetPicker(QDialog):
    def __init__(self, parent: QWidget | None, sheets: list[SheetInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a sheet"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("This workbook has several sheets. Which one holds your products?"))
        )
        self.list = QListWidget()
        for info in sheets:
            item = QListWidgetItem(
                self.tr("%1 (%n row(s))", "", info.rows).replace("%1", info.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(cls, parent: QWidget | None, sheets: list[SheetInfo]) -> str | None:
        dialog = cls(parent, sheets)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ImportDialog(QDialog):
    """The header row (changeable) and the column map: header → field, with confidence."""

    def __init__(
        self,
        parent: QWidget | None,
        raw: RawSheet,
        header_row: int,
        colmap: ColumnMap,
        *,
        lang: Lang = "en",
        memory: MappingMemory | None = None,
        header_top: int = 0,
    ) -> None:
        super().__init__(parent)
        self.raw, self.lang, self.memory = raw, lang, memory
        self.header_row, self.colmap = header_row, colmap
        self.header_top = header_top if 0 < header_top < header_row else 0
        self.included: set[int] = set()
        self.skipped: list[SkippedRow] = []
        self.setWindowTitle(self.tr("Import “%1”").replace("%1", raw.name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Check which column holds what. Columns marked “not sent” stay"
                " in your workbook but are not uploaded."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notices = [QLabel(notice.message(lang)) for notice in raw.notices]  # "really an .xls"
        for note in self.notices:
            note.setWordWrap(True)
            layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Header row:")))
        self.header_spin = QSpinBox()  # the header's first row
        self.header_end_spin = QSpinBox()  # its last row: "the header is rows 1–2"
        last = raw.rows[-1][0] if raw.rows else 1
        for spin in (self.header_spin, self.header_end_spin):
            spin.setRange(1, max(1, last))
        self.header_spin.setValue(self.header_top or header_row)
        self.header_end_spin.setValue(header_row)
        row.addWidget(self.header_spin)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.header_end_spin)
        self.summary = QLabel()
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in your sheet"),
                self.tr("Field"),
                self.tr("Match"),
                self.tr("First value"),
            ]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((60, 200, 220, 70)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table)
        self._add_hidden_section(layout)
        self.skipped_box = SkippedRowsBox(self)
        self.skipped_box.toggled.connect(self.include_row)
        layout.addWidget(self.skipped_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.header_spin.valueChanged.connect(self._first_row_changed)
        self.header_end_spin.valueChanged.connect(self._last_row_changed)
        self.resize(820, 560)
        self._fill()

    # ---------------------------------------------------------------- hidden rows and columns

    def _add_hidden_section(self, layout: QVBoxLayout) -> None:
        """A note on the columns hidden in the workbook (left out) and, when rows are hidden,
        the switch that includes them in the upload."""
        raw = self.raw
        letters = [
            column_letters(c)
            for c in sorted(raw.hidden_columns)
            if c < raw.width and any(c < len(v) and v[c] not in (None, "") for _, v in raw.rows)
        ]
        self.hidden_columns_note = QLabel()
        self.hidden_columns_note.setWordWrap(True)
        if len(letters) == 1:
            self.hidden_columns_note.setText(
                self.tr("Column %1 is hidden in the workbook and was left out.").replace(
                    "%1", letters[0]
                )
            )
        elif letters:
            self.hidden_columns_note.setText(
                self.tr("Columns %1 are hidden in the workbook and were left out.").replace(
                    "%1", ", ".join(letters)
                )
            )
        self.hidden_columns_note.setVisible(bool(letters))
        layout.addWidget(self.hidden_columns_note)
        hidden = len(raw.hidden_rows)
        self.include_hidden = QCheckBox(
            self.tr("Include hidden rows (%n row(s) hidden in the workbook)", "", hidden)
        )
        self.include_hidden.setToolTip(
            self.tr("Hidden rows are shown greyed and are not sent unless you include them.")
        )
        self.include_hidden.setVisible(hidden > 0)
        layout.addWidget(self.include_hidden)

    # ---------------------------------------------------------------- choices

    def choices(self, current: Choice) -> list[tuple[str, Choice]]:
        found: list[tuple[str, Choice]] = [(self.tr("— not sent —"), (None, None))]
        for f in FIELDS:
            label = f.label(self.lang)
            found.append((label, (f.key, None)))
            if f.kind is Kind.DIMENSIONS:
                found += [(f"{label}: {self._part_word(p)}", (f.key, p)) for p in _DIMENSION_PARTS]
        if current[1] is not None and current not in [c for _, c in found]:
            key, part = current
            label = next(f.label(self.lang) for f in FIELDS if f.key == key)
            found.append((f"{label} {part}", current))
        return found

    def _part_word(self, part: str) -> str:
        return {
            "length": self.tr("length"),
            "width": self.tr("width"),
            "height": self.tr("height"),
        }[part]

    def set_header_row(self, header_row: int) -> None:
        """A one-row header in ``header_row``."""
        self.set_header_rows(header_row, header_row)

    def set_header_rows(self, first: int, last: int) -> None:
        """The header is rows ``first``..``last`` (two rows: a group row over sub-headers)."""
        first, last = min(first, last), max(first, last)
        first = max(first, last - 1)  # at most two rows
        for spin, value in ((self.header_spin, first), (self.header_end_spin, last)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        headers = headers_for(self.raw, first, last)
        self.header_row, self.header_top = last, first if first < last else 0
        self.colmap = (self.memory.recall(headers) if self.memory else None) or match_columns(
            headers
        )
        self.included.clear()
        self._fill()

    def _first_row_changed(self, first: int) -> None:
        last = self.header_end_spin.value()
        self.set_header_rows(first, last if first < last <= first + 1 else first)

    def _last_row_changed(self, last: int) -> None:
        first = self.header_spin.value()
        self.set_header_rows(first if last - 1 <= first <= last else last, last)

    # ---------------------------------------------------------------- guidance and examples

    def _fill_skipped(self) -> None:
        self.skipped = find_template_rows(self.raw, self.header_row, self.colmap)
        self.included &= {s.sheet_row for s in self.skipped}
        self.skipped_box.show_rows(self.skipped, self.included)

    def include_row(self, sheet_row: int, include: bool = True) -> None:
        """Load a guidance/example row like any row (what ticking it does; tests call it)."""
        if include:
            self.included.add(sheet_row)
        else:
            self.included.discard(sheet_row)
        for n, b in enumerate(self.colmap.bindings):
            cell = self.table.item(n, 4)
            if cell is not None:
                cell.setText(self._first_value(b.index))

    def set_field(self, column: int, field: str | None, part: str | None = None) -> None:
        """What the drop-down does (tests call it too)."""
        self.colmap.override(column, field, part)
        self._fill()

    def _first_value(self, column: int) -> str:
        left_out = {s.sheet_row for s in self.skipped} - self.included
        for sheet_row, values in self.raw.rows:
            if (
                sheet_row > self.header_row
                and sheet_row not in left_out
                and column < len(values)
                and values[column] not in (None, "")
            ):
                return scalar_text(values[column])
        return ""

    def _fill(self) -> None:
        self._fill_skipped()
        bindings = self.colmap.bindings
        self.table.setRowCount(len(bindings))
        for n, b in enumerate(bindings):
            letter = QTableWidgetItem(column_letters(b.index))
            header = QTableWidgetItem(b.header)
            match = QTableWidgetItem("" if b.field is None else f"{b.confidence:.0%}")
            color = _GOOD if b.confidence >= 0.9 else _FAIR if b.confidence >= 0.7 else _POOR
            match.setForeground(QBrush(color))
            first = QTableWidgetItem(self._first_value(b.index))
            for item in (letter, header, match, first):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if b.field is None:
                    item.setForeground(_GREY)
            self.table.setItem(n, 0, letter)
            self.table.setItem(n, 1, header)
            self.table.setItem(n, 3, match)
            self.table.setItem(n, 4, first)
            combo = QComboBox()
            current: Choice = (b.field, b.part)
            options = self.choices(current)
            for label, choice in options:
                combo.addItem(label, choice)
            combo.setCurrentIndex(
                next(
                    (i for i, (_, c) in enumerate(options) if c == current),
                    0
                    if b.field is None
                    else next(i for i, (_, c) in enumerate(options) if c[0] == b.field),
                )
            )
            combo.activated.connect(
                lambda i, index=b.index, box=combo: self.set_field(index, *box.itemData(i))
            )
            self.table.setCellWidget(n, 2, combo)
        self._fill_summary()

    def _fill_summary(self) -> None:
        sent = len({b.field for b in self.colmap.mapped})
        rows = sum(1 for r, _ in self.raw.rows if r > self.header_row)
        self.summary.setText(
            self.tr(
                "%1 field(s) matched · %2 column(s) not sent · %n row(s) below the header", "", rows
            )
            .replace("%1", str(sent))
            .replace("%2", str(len(self.colmap.unmatched)))
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        raw: RawSheet,
        header_row: int,
        colmap: ColumnMap,
        *,
        lang: Lang = "en",
        memory: MappingMemory | None = None,
        header_top: int = 0,
    ) -> ImportAnswer | None:
        dialog = cls(
            parent, raw, header_row, colmap, lang=lang, memory=memory, header_top=header_top
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    def answer(self) -> ImportAnswer:
        return ImportAnswer(
            self.header_row,
            self.colmap,
            self.header_top,
            set(self.included),
            self.include_hidden.isChecked(),
        )
