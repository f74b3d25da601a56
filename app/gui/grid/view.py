"""The product grid: a table view over the filter proxy with typed editors, Excel-style copy
and paste of rectangular blocks, fill down and clear — each a single undo step."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.catalog.fields import EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD, Editor, field_by_key
from app.gui.grid import cells
from app.gui.grid.brand_picker import BrandPicker, BrandSearch
from app.gui.grid.category_picker import CategoryPicker, Pick
from app.gui.grid.cell_looks import CellLooks
from app.gui.grid.clipboard import from_tsv, to_tsv
from app.gui.grid.delegates import CellDelegate, editor_of
from app.gui.grid.editors import DimensionsDialog, ListDialog, TextDialog, WarehouseDialog
from app.gui.grid.excel_keys import SpreadsheetKeys
from app.gui.grid.model import Change, FieldRole, PaintRecord, ProductModel, RawRole
from app.gui.grid.painted_looks import PaintedLooks
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.reference_names import BRAND_KEY, CATEGORY_KEYS
from app.gui.grid.row_moves import MovedRows, lay_out_moved_rows
from app.gui.grid.row_numbers import RowNumbers
from app.gui.kit.tasks import TaskRunner

ROW_HEIGHT = 24
#: [ours] more cells in sight than this changed at once: Qt repaints the change its own way
MANY_CELLS = 64
Index = QModelIndex | QPersistentModelIndex
#: The status column's width; every field column takes its width from the registry.
STATUS_WIDTH = 110
#: Room beside a header's text for the sort arrow and the section's margins (pixels).
HEADER_PADDING = 28


class ProductGrid(SpreadsheetKeys, QTableView):
    def __init__(self, proxy: ProductFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.moved_rows = MovedRows()  # what the next layout repaints (``doItemsLayout``)
        self.painted = PaintedLooks()  # what each cell was painted with (``dataChanged``)
        #: cells changed while a layout of moved rows was due: (top, bottom, column or -1)
        self._changed_before_layout: list[tuple[int, int, int]] = []
        self.setVerticalHeader(RowNumbers(self, numbers=proxy.row_numbers))
        self.setModel(proxy)
        self.delegate = CellDelegate(self, store_lists=self.store_lists)
        self.delegate.looks = CellLooks(self.paint_record)
        self.delegate.dialog_requested.connect(self.open_dialog_editor)
        self.delegate.picker_requested.connect(self.open_picker)
        #: searching the store for a brand name while typing (set when a store is known)
        self.brand_search: BrandSearch | None = None
        self.runner: TaskRunner | None = None
        self.setItemDelegate(self.delegate)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setHighlightSections(False)
        self._mapped: set[str] = set()
        self._show_all = False
        self.fit_header_widths()
        self.products.headerDataChanged.connect(self._header_changed)
        self.products.changed.connect(self._rows_changed)

    @property
    def products(self) -> ProductModel:
        return self.proxy.products

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.moved_rows.follow(model)

    def changeEvent(self, event: QEvent) -> None:
        self.moved_rows.looks_changed(event)
        super().changeEvent(event)

    def doItemsLayout(self) -> None:
        """Qt's layout after rows came or went, repainting only the rows that moved
        (``MovedRows``): the rows above the first row that came or went are as they were, so
        the viewport is repainted from that row's top down — not at all when it is below the
        visible rows. Anything else since the last layout: Qt's own, the whole viewport."""
        first = self.moved_rows.take()
        changed, self._changed_before_layout = self._changed_before_layout, []
        header = self.verticalHeader()
        if first is None or header.hiddenSectionCount():
            super().doItemsLayout()
            return
        lay_out_moved_rows(self, first)
        for row, bottom, column in changed:  # above the first moved row (it did not move)
            if row < first:
                self._update_cells(row, min(bottom, first - 1), column)

    def _update_cells(self, row: int, bottom: int, column: int) -> None:
        """Repaint a cell, or rows ``row``–``bottom`` across the viewport (column -1)."""
        y = self.rowViewportPosition(row)
        height = self.rowViewportPosition(bottom) + self.rowHeight(bottom) - y
        if column < 0:
            self.viewport().update(0, y, self.viewport().width(), height)
        else:
            self.viewport().update(
                self.columnViewportPosition(column), y, self.columnWidth(column), height
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paints with the model in its painting mode: each cell's paint roles worked out
        once for the delegate's seven questions (``ProductModel.painting``)."""
        self.painted.start()
        try:
            with self.products.painting():
                super().paintEvent(event)
        finally:
            self.painted.finish()

    def paint_record(self, index: QModelIndex | QPersistentModelIndex) -> PaintRecord | None:
        """The paint record of a cell of the grid (a view index), None outside the rows."""
        row, column = index.row(), index.column()
        shown = self.proxy.order.shown
        products = self.products
        if not 0 <= row < len(shown) or not 0 <= column < len(products.columns):
            return None
        record = products.paint_record(shown[row], column)
        self.painted.painted(row, column, record)
        return record

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """Rows that changed out of sight are not repainted. Qt repaints the whole viewport
        for any change of more than one cell, seen or not: a job's answers for rows
        5,000–5,100 while the merchant looks at the first rows cost a full repaint per batch
        (the largest item on the GUI thread while uploading). Rows scrolled to later are
        painted from the rows as they are then; an open editor is always told. Of the rows
        in sight, only the cells whose looks changed are repainted (``PaintedLooks``)."""
        if top_left.isValid():
            editing = self.state() == QAbstractItemView.State.EditingState
            first = self.rowAt(0)
            last = self.rowAt(self.viewport().height() - 1)
            if first >= 0:
                if bottom_right.row() < first or (last >= 0 and top_left.row() > last):
                    if top_left != bottom_right and not editing:
                        return
                else:
                    editor = self.currentIndex() if editing else None  # (editors open there)
                    self._repaint_changed_cells(top_left, bottom_right, first, last, roles, editor)
                    return
        super().dataChanged(top_left, bottom_right, list(roles))

    def _repaint_changed_cells(
        self,
        top_left: Index,
        bottom_right: Index,
        first: int,
        last: int,
        roles: Sequence[int],
        editor: QModelIndex | None,
    ) -> None:
        """Repaints the cells in sight of a change whose paint record differs from the one
        they were painted with: each of a few, or Qt's own repaint of the change for many;
        the cell of an open editor in the change is always told (Qt gives the editor the
        cell's value). While a layout of moved rows is due Qt repaints no changed cell (it
        leaves them to the layout, which repaints only the rows from the first moved one
        down): the layout repaints the changed cells above them too (``doItemsLayout``)."""
        shown, products, painted = self.proxy.order.shown, self.products, self.painted
        top = max(top_left.row(), first)
        bottom = min(bottom_right.row(), len(shown) - 1 if last < 0 else last)
        left = max(top_left.column(), self.columnAt(0))
        right = self.columnAt(self.viewport().width() - 1)
        right = bottom_right.column() if right < 0 else min(right, bottom_right.column())
        columns = [c for c in range(left, right + 1) if not self.isColumnHidden(c)]
        changed = [
            (view_row, column)
            for view_row in range(top, bottom + 1)
            for column in columns
            if painted.changed(view_row, column, products.paint_record(shown[view_row], column))
        ]
        if (
            editor is not None
            and editor.isValid()
            and top_left.row() <= editor.row() <= bottom_right.row()
            and top_left.column() <= editor.column() <= bottom_right.column()
            and (editor.row(), editor.column()) not in changed
        ):
            changed.append((editor.row(), editor.column()))
        if not changed:
            return
        due = self.moved_rows.due  # then Qt repaints them nothing: the layout will
        if len(changed) > MANY_CELLS:
            super().dataChanged(top_left, bottom_right, list(roles))
            if due:
                rows = [row for row, _ in changed]
                self._changed_before_layout.append((min(rows), max(rows), -1))
            return
        for view_row, column in changed:
            index = self.proxy.index(view_row, column)
            super().dataChanged(index, index, list(roles))
            if due:
                self._changed_before_layout.append((view_row, view_row, column))

    def fit_header_widths(self) -> None:
        """Each column as wide as the registry says, and never narrower than its header's
        text in the current language ("Berat (gram) *" must not read "erat (gram)")."""
        metrics = self.horizontalHeader().fontMetrics()
        for column, col in enumerate(self.products.columns):
            width = STATUS_WIDTH if col.field is None else col.field.grid_width
            header = str(self.products.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(header) + HEADER_PADDING
            self.setColumnWidth(column, max(width, needed))

    def _header_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        if orientation == Qt.Orientation.Horizontal:
            self.fit_header_widths()

    def show_columns(self, mapped: set[str], show_all: bool = False) -> None:
        """Show the status, the required fields, those with a default (it is sent), the fields
        the sheet has and the product id once a row has one; the rest only with ``show_all``
        (a merchant reads their own columns, not every possible field). Generated External IDs
        only with ``show_all``."""
        self._mapped, self._show_all = set(mapped), show_all
        has_ids = any(row.product_id for row in self.products.table.rows)
        for column, col in enumerate(self.products.columns):
            self.setColumnHidden(column, not self._keeps(col.key, col.field, has_ids))

    def _keeps(self, key: str, field: Any, has_ids: bool) -> bool:
        if self._show_all or field is None or key in self._mapped:
            return True
        if key == PRODUCT_ID_FIELD.key:
            return has_ids
        if field.default is not None:  # sent even when the sheet has no column: shown greyed
            return True
        return bool(field.required) and key != EXTERNAL_ID_FIELD.key

    def _rows_changed(self, touched: set[int]) -> None:
        """A row got its product id (an upload's answer): the Product ID column shows."""
        column = self.products.column_of(PRODUCT_ID_FIELD.key)
        if not self.isColumnHidden(column):
            return
        rows = self.products.table.rows
        if any(0 <= i < len(rows) and rows[i].product_id for i in touched):
            self.setColumnHidden(column, False)

    # ---------------------------------------------------------------- helpers

    def selected_blocks(self) -> list[tuple[int, int, int, int]]:
        """Selected rectangles in view coordinates: (top, left, bottom, right)."""
        selection = self.selectionModel().selection()
        ranges = (selection.at(i) for i in range(selection.count()))
        return [(r.top(), r.left(), r.bottom(), r.right()) for r in ranges]

    def selected_source_rows(self) -> list[int]:
        rows: set[int] = set()
        for top, _, bottom, _ in self.selected_blocks():
            for view_row in range(top, bottom + 1):
                rows.add(self.proxy.mapToSource(self.proxy.index(view_row, 0)).row())
        return sorted(rows)

    def select_cell(self, source_row: int, column: int) -> bool:
        index = self.proxy.mapFromSource(self.products.index(source_row, column))
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _change_at(self, view_row: int, column: int, raw: Any) -> Change | None:
        field = self.products.field_at(column)
        if field is None or view_row >= self.proxy.rowCount():
            return None
        source = self.proxy.mapToSource(self.proxy.index(view_row, column)).row()
        return (source, field.key, raw)

    # ---------------------------------------------------------------- dialogs

    def open_dialog_editor(self, index: QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        key = index.data(FieldRole)
        field = field_by_key(key)
        raw = index.data(RawRole)
        title = field.label(self.products.lang)
        new: Any
        kind = editor_of(index)
        if kind is Editor.LIST:
            items = ListDialog.ask(self, title, cells.list_items(field, raw))
            new = None if items is None else cells.list_raw(field, items, raw)
            if items is None:
                return
        elif kind is Editor.WAREHOUSES:
            rows = WarehouseDialog.ask(self, cells.warehouse_rows(raw))
            if rows is None:
                return
            new = cells.warehouses_raw(rows, raw)
        elif kind is Editor.DIMENSIONS:
            parts = DimensionsDialog.ask(self, cells.dimensions_parts(raw))
            if parts is None:
                return
            new = cells.dimensions_raw(parts, raw)
        else:
            text = TextDialog.ask(self, title, cells.edit_text(field, raw))
            if text is None:
                return
            new = text if text.strip() else None
        self.proxy.setData(self.proxy.index(index.row(), index.column()), new)

    # ---------------------------------------------------------------- the store's lists

    def store_lists(self) -> tuple[bool, bool]:
        """Whether the category tree and any brands are known (the pickers need them)."""
        data = self.products.names.data
        tree = data is not None and data.tree is not None
        return tree, data is not None and data.brands is not None

    def open_picker(self, index: QPersistentModelIndex) -> None:
        """The category picker for a category/sub-category/type cell, the brand list for a
        brand cell; what is picked is written as names (the sheet stays readable)."""
        data = self.products.names.data
        if not index.isValid() or data is None:
            return
        source = self.proxy.mapToSource(self.proxy.index(index.row(), index.column())).row()
        key = index.data(FieldRole)
        if key in CATEGORY_KEYS and data.tree is not None:
            pick = CategoryPicker.ask(self, data.tree, self._current_type(source))
            if pick is not None:
                self.pick_category(source, pick)
        elif key == BRAND_KEY and data.brands is not None:
            current = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            brand = BrandPicker.ask(
                self,
                data.brands.brands.values(),
                current,
                search=self.brand_search,
                runner=self.runner,
            )
            if brand is not None:
                self.products.edit([(source, BRAND_KEY, brand.name)], self.tr("Choose brand"))

    def _current_type(self, source_row: int) -> tuple[str, str] | None:
        """(sub-category id, type id) of a row, when both are ids the tree knows."""
        row, names = self.products.row(source_row), self.products.names
        found = []
        for key in ("subCategoryId", "typeId"):
            raw = row.cells.get(key)
            known = names.id_of(key, row.values.get(key)) or (
                str(raw).strip().lower() if names.name_of(key, raw) else None
            )
            if known is None:
                return None
            found.append(known)
        return found[0], found[1]

    def pick_category(self, source_row: int, pick: Pick) -> bool:
        """Category, sub-category and type names into their three cells: one undo step."""
        names = (pick.category.name, pick.sub_category.name, pick.type.name)
        changes = [(source_row, k, n) for k, n in zip(CATEGORY_KEYS, names, strict=True)]
        return self.products.edit(changes, self.tr("Choose category"))

    # ---------------------------------------------------------------- block edits

    def copy_selection(self) -> str:
        blocks = self.selected_blocks()
        if not blocks:
            return ""
        top = min(b[0] for b in blocks)
        left = min(b[1] for b in blocks)
        bottom = max(b[2] for b in blocks)
        right = max(b[3] for b in blocks)
        selection = self.selectionModel()
        rows = []
        for r in range(top, bottom + 1):
            row = []
            for c in range(left, right + 1):
                if self.isColumnHidden(c):
                    continue
                index = self.proxy.index(r, c)
                text = index.data(Qt.ItemDataRole.EditRole) if selection.isSelected(index) else ""
                row.append(str(text or ""))
            rows.append(row)
        text = to_tsv(rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None) -> int:
        """Paste a tab-separated block at the current cell (or fill the selection with one
        value); one undo step. Returns the number of cells changed."""
        block = from_tsv(QGuiApplication.clipboard().text() if text is None else text)
        current = self.currentIndex()
        if not block or not current.isValid():
            return 0
        targets: list[tuple[int, int, str]] = []
        blocks = self.selected_blocks()
        if len(block) == 1 and len(block[0]) == 1 and blocks:
            for top, left, bottom, right in blocks:
                targets += [
                    (r, c, block[0][0])
                    for r in range(top, bottom + 1)
                    for c in range(left, right + 1)
                ]
        else:  # hidden columns are skipped, as Excel pastes into what it shows
            columns = [
                c
                for c in range(current.column(), self.proxy.columnCount())
                if not self.isColumnHidden(c)
            ]
            for dr, values in enumerate(block):
                for column, value in zip(columns, values, strict=False):
                    targets.append((current.row() + dr, column, value))
        changes = []
        for r, c, value in targets:
            field = self.products.field_at(c) if c < self.products.columnCount() else None
            if field is None:
                continue
            change = self._change_at(r, c, None)
            if change is None:
                continue
            old = self.products.row(change[0]).cells.get(field.key)
            changes.append((change[0], field.key, cells.from_text(field, value, old)))
        self.products.edit(changes, self.tr("Paste"))
        return len(changes)

    def fill_down(self) -> int:
        """Copy the top cell of each selected column into the selected cells below it."""
        changes: list[Change] = []
        for top, left, bottom, right in self.selected_blocks():
            for c in range(left, right + 1):
                first = self._change_at(top, c, None)
                if first is None:
                    continue
                raw = self.products.row(first[0]).cells.get(first[1])
                for r in range(top + 1, bottom + 1):
                    change = self._change_at(r, c, copy.deepcopy(raw))
                    if change is not None:
                        changes.append(change)
        self.products.edit(changes, self.tr("Fill down"))
        return len(changes)

    def cut_selection(self) -> str:
        """Copy the selected cells, then clear them (one undo step for the clearing)."""
        text = self.copy_selection()
        self.clear_selection_cells()
        return text

    def clear_selection_cells(self) -> int:
        changes = [
            change
            for top, left, bottom, right in self.selected_blocks()
            for r in range(top, bottom + 1)
            for c in range(left, right + 1)
            if (change := self._change_at(r, c, None)) is not None
        ]
        self.products.edit(changes, self.tr("Clear cells"))
        return len(changes)

    def keyPressEvent(self, event: Any) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.move_down()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_selection_cells()
        else:
            super().keyPressEvent(event)
