"""The grid's Qt model: a thin view over a :class:`ProductTable`.

Columns: the row's status, every field the store receives (registry order), the product id.
``data()`` does O(1) work per call with cached brushes and never validates; edits go through
:meth:`ProductModel.edit`, which pushes an undoable command that calls ``table.set_cell`` and
announces the touched rows with one ``dataChanged`` rectangle.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack

from app.catalog.fields import PRODUCT_FIELDS, Field, Kind, field_by_key
from app.catalog.issues import Issue, Level
from app.catalog.messages import Lang
from app.catalog.status import Status
from app.catalog.store_data import StoreData
from app.catalog.table import ProductRow, ProductTable
from app.catalog.validation import MAIN_PHOTO_FIELD, PHOTO_FIELDS
from app.gui.grid import compare_paint
from app.gui.grid.cells import default_text, display_text, edit_text, from_text, sort_key
from app.gui.grid.commands import CellsCommand, Change
from app.gui.grid.compare_marks import CompareMarks
from app.gui.grid.photo_cells import PhotoThumbnails, Picture
from app.gui.grid.reference_names import NAMED_KEYS, NameBook
from app.gui.grid.row_order import runs

IssueRole = Qt.ItemDataRole.UserRole + 1  # list[Issue] of the cell (the whole row's on Status)
SortRole = Qt.ItemDataRole.UserRole + 2  # one plain type per column
RawRole = Qt.ItemDataRole.UserRole + 3  # the raw cell value (editors start from it)
FieldRole = Qt.ItemDataRole.UserRole + 4  # the field key, None on the status column
StatusRole = Qt.ItemDataRole.UserRole + 5  # the stable status word of the row

ERROR_COLOR = QColor("#f9c6c6")
WARNING_COLOR = QColor("#ffe3a3")
ERROR_BRUSH = QBrush(ERROR_COLOR)
WARNING_BRUSH = QBrush(WARNING_COLOR)
_STATUS_COLORS = {
    Status.READY: QBrush(QColor("#1b6e20")),
    Status.INVALID: QBrush(QColor("#b3261e")),
    Status.PENDING: QBrush(QColor("#1f5fa8")),
    Status.LIVE: QBrush(QColor("#0b7a3b")),
    Status.UNCONFIRMED: QBrush(QColor("#b26a00")),  # amber: a warning, check the store
    Status.EXISTS: QBrush(QColor("#5f6368")),
    Status.REJECTED: QBrush(QColor("#b3261e")),
    Status.FAILED: QBrush(QColor("#b3261e")),
    Status.SKIPPED: QBrush(QColor("#5f6368")),
    Status.DELETED: QBrush(QColor("#5f6368")),
    Status.DELETE_FAILED: QBrush(QColor("#b3261e")),
}
_STATUS_SYMBOLS = {
    Status.READY: "✔",
    Status.INVALID: "✖",
    Status.PENDING: "…",
    Status.LIVE: "●",
    Status.UNCONFIRMED: "⚠",
    Status.REJECTED: "✖",
    Status.FAILED: "⚠",
    Status.DELETE_FAILED: "⚠",
}
_BOLD = QFont()
_BOLD.setBold(True)
_ITALIC = QFont()
_ITALIC.setItalic(True)
#: a row hidden in the workbook (not sent) and a default standing in for a blank cell
GREYED_BRUSH = QBrush(QColor("#80868b"))

#: The status words as the grid shows them (lupdate collects them; they stay stable words).
STATUS_WORDS = {
    Status.READY: QT_TRANSLATE_NOOP("Status", "ready"),
    Status.INVALID: QT_TRANSLATE_NOOP("Status", "invalid"),
    Status.PENDING: QT_TRANSLATE_NOOP("Status", "pending"),
    Status.LIVE: QT_TRANSLATE_NOOP("Status", "live"),
    Status.UNCONFIRMED: QT_TRANSLATE_NOOP("Status", "not confirmed"),
    Status.EXISTS: QT_TRANSLATE_NOOP("Status", "exists"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Status", "rejected"),
    Status.FAILED: QT_TRANSLATE_NOOP("Status", "failed"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("Status", "skipped"),
    Status.DELETED: QT_TRANSLATE_NOOP("Status", "deleted"),
    Status.DELETE_FAILED: QT_TRANSLATE_NOOP("Status", "delete failed"),
}
_D = Qt.ItemDataRole
_SERVED = frozenset(
    {
        _D.DisplayRole,
        _D.EditRole,
        _D.ToolTipRole,
        _D.DecorationRole,
        _D.BackgroundRole,
        _D.DecorationRole,
        _D.ForegroundRole,
        _D.CheckStateRole,
        _D.TextAlignmentRole,
        _D.FontRole,
        IssueRole,
        SortRole,
        RawRole,
        FieldRole,
        StatusRole,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROOT = QModelIndex()
#: What the grid's delegate asks of every cell it paints (``QStyledItemDelegate``'s
#: ``initStyleOption``), and each role's place in a cell's paint record.
PAINT_ROLES = (
    _D.FontRole,
    _D.TextAlignmentRole,
    _D.ForegroundRole,
    _D.CheckStateRole,
    _D.DecorationRole,
    _D.DisplayRole,
    _D.BackgroundRole,
)
_PAINT_SLOT = {int(role): slot for slot, role in enumerate(PAINT_ROLES)}
PaintRecord = tuple[Any, Any, Any, Any, Any, Any, Any]  # one value per PAINT_ROLES
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_EDITABLE = Qt.ItemFlag.ItemIsEditable
_CHECKABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable


def status_text(status: Status) -> str:
    return QCoreApplication.translate("Status", str(STATUS_WORDS.get(status, status.value)))


def issue_text(issue: Issue, lang: Lang) -> str:
    hint = issue.hint(lang)
    return issue.message(lang) + (f"\n→ {hint}" if hint else "")


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # a field key, or "status"
    field: Field | None


COLUMNS: tuple[Column, ...] = (
    Column("status", None),
    *(Column(f.key, f) for f in PRODUCT_FIELDS),
    Column("id", field_by_key("id")),
)


#: [ours] about how wide a character of the grid's font is: a longer text gets a tooltip
_CHAR_PX = 7


class ProductModel(QAbstractTableModel):
    """Rows of a ProductTable; ``changed`` carries the indexes of rows an edit touched."""

    changed = Signal(object)  # set[int] of touched row indexes; empty set after a reset
    #: set[int] of rows whose problems changed without an edit (the photo check): repainted
    #: and counted again, but not an edit (the autosave does not log them)
    rechecked = Signal(object)
    #: set[int] of rows whose compare marks changed (``compare_paint.repaint_rows``): only the
    #: filter follows (Changes only); no status, problem or text of theirs changed
    marked = Signal(object)
    #: ``settle()``: whatever still checks the rows finishes now (before they are sent)
    settling = Signal()

    def __init__(
        self,
        table: ProductTable | None = None,
        *,
        lang: Lang = "en",
        undo_stack: QUndoStack | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._table = table or ProductTable()
        self._rows: list[ProductRow] = self._table.rows
        self.columns = COLUMNS
        self.lang: Lang = lang
        #: names of the ids the store's data knows (category, sub-category, type, brand)
        self.names = NameBook(self._table.store_data)
        #: the checked photos' pictures by link (``use_photo_checks``), kept across tables
        self.photos = PhotoThumbnails()
        self.undo_stack = undo_stack or QUndoStack(self)
        #: True while a job sends the rows: nothing may change them under it.
        self.read_only = False
        #: the last comparison with the store (Store → Compare with store), painted in blue
        self.compare = CompareMarks()
        # while the grid paints (``painting``): each cell's paint record, by row and column
        self._records: dict[int, PaintRecord] | None = None
        self._flags: dict[tuple[int, bool], Qt.ItemFlag] = {}  # by (column, read only)

    # ---------------------------------------------------------------- the table

    @property
    def table(self) -> ProductTable:
        return self._table

    def set_table(self, table: ProductTable) -> None:
        self.beginResetModel()
        self.compare = CompareMarks()  # another table: the last comparison was of the old one
        self._table = table
        self._rows = table.rows
        self.names = NameBook(table.store_data)
        self.endResetModel()
        self.undo_stack.clear()
        self.changed.emit(set())

    def use_store_data(self, data: StoreData | None) -> set[int]:
        """What is now known of the store (on the GUI thread, once a worker gathered it):
        every row is checked again and repainted; an id that left the tree turns red."""
        touched = self._table.use_store_data(data)
        self.names = NameBook(data)
        self.announce(touched)
        if self._rows:  # a name shown for an id may be new even where the check stands
            last = len(self._rows) - 1
            for column, col in enumerate(self.columns):
                if col.key in NAMED_KEYS:
                    self.dataChanged.emit(self.index(0, column), self.index(last, column), [])
        return touched

    def show_names(self, data: StoreData | None) -> None:
        """The names of the ids ``data`` knows, shown from now on (the named columns
        repainted); the rows' checks follow in pieces (``announce_rechecked``)."""
        self.names = NameBook(data)
        if self._rows:
            last = len(self._rows) - 1
            for column, col in enumerate(self.columns):
                if col.key in NAMED_KEYS:
                    self.dataChanged.emit(self.index(0, column), self.index(last, column), [])

    def announce_rechecked(self, touched: set[int]) -> None:
        """Rows checked again without an edit (a piece of a re-check against the store's
        lists): repainted in runs of touched rows, counted again (``rechecked``), not logged
        as edits."""
        if not touched:
            return
        for top, bottom in runs(sorted(touched)):
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self.columns) - 1))
        self.rechecked.emit(touched)

    def settle(self) -> None:
        """Before the rows are read for sending: a re-check still running finishes first
        (``settling``: its owner finishes it, connected directly on this thread)."""
        self.settling.emit()

    def use_photo_checks(
        self, issues: Mapping[str, Sequence[Issue]], pictures: Mapping[str, Picture]
    ) -> set[int]:
        """What the photo check found (on the GUI thread, once a worker checked the links):
        the rows holding those links get their photo problems and their thumbnails."""
        self.photos.add(pictures)
        touched = self._table.use_photo_checks(issues)
        if pictures:
            links = set(pictures)
            for i, row in enumerate(self._rows):
                first = row.values.get(MAIN_PHOTO_FIELD)
                if isinstance(first, list) and first and first[0] in links:
                    touched.add(i)
        if touched:  # only the columns that changed: the grid repaints less
            top, bottom = min(touched), max(touched)
            for key in ("status", *PHOTO_FIELDS):
                column = self.column_of(key)
                self.dataChanged.emit(self.index(top, column), self.index(bottom, column), [])
            self.rechecked.emit(touched)
        return touched

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self.columns) - 1),
                [_D.ToolTipRole, _D.DisplayRole],
            )

    def column_of(self, key: str) -> int:
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def field_at(self, column: int) -> Field | None:
        return self.columns[column].field

    def row(self, index: int) -> ProductRow:
        return self._rows[index]

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _D.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == _D.DisplayRole and 0 <= section < len(self._rows):
                return self.row_numbers((section,))[0]
            if role == _D.ToolTipRole and 0 <= section < len(self._rows):
                return (
                    QCoreApplication.translate("ProductModel", "Row in the workbook")
                    if self._rows[section].sheet_row is not None
                    else QCoreApplication.translate("ProductModel", "Row added in the app")
                )
            return None
        if not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == _D.DisplayRole:
            if col.field is None:
                return QCoreApplication.translate("ProductModel", "Status")
            return col.field.label(self.lang) + (" *" if col.field.required else "")
        if role == _D.ToolTipRole:
            if col.field is None:
                return QCoreApplication.translate(
                    "ProductModel",
                    "What happens to the row: ready to send, has problems,"
                    " or what the store answered",
                )
            required = (
                QCoreApplication.translate("ProductModel", "Required.")
                if col.field.required
                else ""
            )
            if col.field.default is not None:
                required = QCoreApplication.translate(
                    "ProductModel", "Empty: %1, the marketplace default."
                ).replace("%1", str(col.field.default))
            return f"{col.field.description(self.lang)} {required}".strip()
        if role == FieldRole:
            return col.key
        return None

    def row_numbers(self, source_rows: Iterable[int]) -> list[str]:
        """The row numbers shown for some rows (the sheet's row; "+": added in the app), in
        one call: the vertical header's text of each (``RowNumbers`` reads 200 at a time)."""
        rows = self._rows
        return [
            "+" if (sheet_row := rows[i].sheet_row) is None else str(sheet_row) for i in source_rows
        ]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.flags_at(index.column())

    def flags_at(self, column: int) -> Qt.ItemFlag:
        """``flags()`` of any row's cell in ``column`` (they depend on the column and on
        ``read_only`` only; worked out once for each, the grid asks for every cell it paints)."""
        found = self._flags.get((column, self.read_only))
        if found is not None:
            return found
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[column]
        if col.field is None or self.read_only:
            flags = base
        elif col.field.kind is Kind.YES_NO:
            flags = base | _CHECKABLE
        else:
            flags = base | _EDITABLE
        self._flags[(column, self.read_only)] = flags
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _D.DisplayRole) -> Any:
        return self.data_at(index.row(), index.column(), role) if index.isValid() else None

    @contextmanager
    def painting(self) -> Iterator[None]:
        """While the grid paints: each cell's paint roles are worked out together, once, the
        first time the delegate asks for one of them (``paint_record``), and the others are
        read from that record. Nothing changes a row during a paint, so the record is what
        each role's own ``data()`` gives; it is dropped when the paint ends."""
        self._records = {}
        try:
            yield
        finally:
            self._records = None

    def data_at(self, source_row: int, column: int, role: int) -> Any:
        """``data()`` of a row and column (the proxy asks so: no index made per call)."""
        records = self._records
        if records is not None and role in _PAINT_SLOT:  # the grid is painting
            key = (source_row << 16) | column  # fewer than 65,536 columns
            record = records.get(key)
            if record is None:
                record = records[key] = self.paint_record(source_row, column)
            return record[_PAINT_SLOT[role]]
        if role not in _SERVED:
            return None
        row, col = self._rows[source_row], self.columns[column]
        if col.field is None:
            return self._status_data(row, role)
        return self._cell_data(row, col.field, role)

    def _status_data(self, row: ProductRow, role: int) -> Any:
        status = row.status
        if row.hidden and status is Status.READY and role in (_D.DisplayRole, _D.ForegroundRole):
            if role == _D.ForegroundRole:
                return GREYED_BRUSH
            return QCoreApplication.translate("ProductModel", "hidden — not sent")
        if role == _D.DisplayRole:
            symbol = _STATUS_SYMBOLS.get(status)
            return f"{symbol} {status_text(status)}" if symbol else status_text(status)
        if role in (SortRole, StatusRole):
            return status.value
        if role == _D.ForegroundRole:
            return _STATUS_COLORS.get(status)
        if role == _D.FontRole:
            return _BOLD
        if role == IssueRole:
            return row.issues
        if role == _D.BackgroundRole:
            return compare_paint.status_background(self.compare, row) if self.compare else None
        if role == _D.ToolTipRole:
            tips = [f"• {issue_text(i, self.lang)}" for i in row.issues]
            if self.compare:
                labels = {c.key: c.field.label(self.lang) for c in self.columns if c.field}
                tips.insert(0, compare_paint.status_tip(self.compare, row, labels) or "")
            return "\n".join(filter(None, tips)) or None
        return None

    def _cell_data(self, row: ProductRow, field: Field, role: int) -> Any:
        key = field.key
        raw = row.cells.get(key)
        if role == _D.DisplayRole:
            value = row.values.get(key)
            if field.kind is Kind.YES_NO and isinstance(value, bool):
                return None
            if key in NAMED_KEYS:
                name = self.names.name_of(key, raw)
                if name is not None:
                    return name
            return display_text(field, raw, value) or default_text(field, raw)
        if role == _D.ForegroundRole:
            return GREYED_BRUSH if row.hidden or default_text(field, raw) else None
        if role == _D.FontRole:
            return _ITALIC if default_text(field, raw) else None
        if role == _D.BackgroundRole:
            issues = (
                row.issues_for(key)
                if row.local_issues or row.duplicate_issues or row.store_issues
                else None
            )
            if not issues:  # a problem's colour wins over the comparison's blue
                return self._compare_brush(row, key)
            return ERROR_BRUSH if any(i.level is Level.ERROR for i in issues) else WARNING_BRUSH
        if role == _D.DecorationRole:
            marked = compare_paint.cell_decoration(self.compare, row, key) if self.compare else None
            if marked is not None or key != MAIN_PHOTO_FIELD:
                return marked
            return self.photos.decoration(row.values.get(key))
        if role == _D.ToolTipRole:
            tips = [issue_text(i, self.lang) for i in row.issues_for(key)]
            compared = self._compare_tip(row, field)
            if key in PHOTO_FIELDS and self.photos and not compared:
                shown = self.photos.tooltip(key, row.values.get(key), tips, self.lang)
                if shown is not None:
                    return shown
            default = default_text(field, raw)
            if key in NAMED_KEYS:
                tips.insert(0, self._id_tip(key, raw, row) or "")
            elif not tips and not compared and default is not None:
                return QCoreApplication.translate(
                    "ProductModel", "Default: %1 — the marketplace default"
                ).replace("%1", default)
            else:
                text = display_text(field, raw, row.values.get(key))
                if len(text) * _CHAR_PX > field.grid_width:  # longer than its column shows
                    tips.insert(0, text)
            return "\n\n".join(filter(None, (compared, *tips))) or None
        if role == _D.CheckStateRole:
            if field.kind is not Kind.YES_NO:
                return None
            value = row.values.get(key)
            if value is True:
                return Qt.CheckState.Checked
            if value is False or value is None:
                return Qt.CheckState.Unchecked
            return None
        if role == _D.EditRole:
            return edit_text(field, raw)
        if role == _D.TextAlignmentRole:
            return _RIGHT if field.kind.numeric else None
        if role == IssueRole:
            return row.issues_for(key)
        if role == SortRole:
            return sort_key(field, raw, row.values.get(key))
        if role == RawRole:
            return raw
        if role == FieldRole:
            return key
        return None

    def paint_record(self, source_row: int, column: int) -> PaintRecord:
        """What ``data()`` gives for each of ``PAINT_ROLES`` of one cell, worked out together
        (the default, the issues and the values read once): the same values as
        ``_status_data`` and ``_cell_data`` give role by role (a test compares them)."""
        row, field = self._rows[source_row], self.columns[column].field
        compare = self.compare
        if field is None:  # the status column
            status = row.status
            if row.hidden and status is Status.READY:
                foreground: Any = GREYED_BRUSH
                display: Any = QCoreApplication.translate("ProductModel", "hidden — not sent")
            else:
                foreground = _STATUS_COLORS.get(status)
                symbol = _STATUS_SYMBOLS.get(status)
                display = f"{symbol} {status_text(status)}" if symbol else status_text(status)
            background = compare_paint.status_background(compare, row) if compare else None
            return (_BOLD, None, foreground, None, None, display, background)
        key, kind = field.key, field.kind
        raw, value = row.cells.get(key), row.values.get(key)
        default = default_text(field, raw)
        if kind is Kind.YES_NO and isinstance(value, bool):
            display = None
        else:
            display = self.names.name_of(key, raw) if key in NAMED_KEYS else None
            if display is None:
                display = display_text(field, raw, value) or default
        if row.local_issues or row.duplicate_issues or row.store_issues:
            issues = row.issues_for(key)
        else:
            issues = None
        if issues:
            background = (
                ERROR_BRUSH if any(i.level is Level.ERROR for i in issues) else WARNING_BRUSH
            )
        else:
            background = compare_paint.cell_background(compare, row, key) if compare else None
        decoration: Any = compare_paint.cell_decoration(compare, row, key) if compare else None
        if decoration is None and key == MAIN_PHOTO_FIELD:
            decoration = self.photos.decoration(value)
        check = None
        if kind is Kind.YES_NO:
            check = (
                _CHECKED
                if value is True
                else _UNCHECKED
                if value is False or value is None
                else None
            )
        return (
            _ITALIC if default else None,
            _RIGHT if kind.numeric else None,
            GREYED_BRUSH if row.hidden or default else None,
            check,
            decoration,
            display,
            background,
        )

    def _compare_brush(self, row: ProductRow, key: str) -> QBrush | None:
        return compare_paint.cell_background(self.compare, row, key) if self.compare else None

    def _compare_tip(self, row: ProductRow, field: Field) -> str | None:
        if not self.compare:
            return None
        return compare_paint.cell_tip(self.compare, row, field, self.names, self.lang)

    def _id_tip(self, key: str, raw: Any, row: ProductRow) -> str:
        """``Id: …`` of a named cell: the id it holds, or the id its name resolved to."""
        if self.names.name_of(key, raw) is not None:
            return QCoreApplication.translate("ProductModel", "Id: %1").replace("%1", str(raw))
        found = self.names.id_of(key, row.values.get(key))
        if found is not None and found != raw:
            return QCoreApplication.translate("ProductModel", "Id: %1").replace("%1", found)
        return ""

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _D.EditRole
    ) -> bool:
        if not index.isValid():
            return False
        field = self.columns[index.column()].field
        if field is None:
            return False
        old = self._rows[index.row()].cells.get(field.key)
        if role == _D.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            new: Any = field.choice_word(checked)
        elif role == _D.EditRole:
            new = from_text(field, value, old) if isinstance(value, str) else value
        else:
            return False
        if new == old:
            return False
        label = field.label(self.lang)
        return self.edit(
            [(index.row(), field.key, new)],
            QCoreApplication.translate("ProductModel", "Edit {0}").format(label),
        )

    # ---------------------------------------------------------------- edits

    def edit(self, changes: Sequence[Change], text: str) -> bool:
        """Push one undoable step that sets every change; False when nothing changes."""
        real = [(i, k, v) for i, k, v in changes if self._rows[i].cells.get(k) != v]
        if not real or self.read_only:
            return False
        self.undo_stack.push(CellsCommand(self, real, text))
        return True

    def apply(self, changes: Iterable[Change]) -> set[int]:
        """Set cells now (commands call this); re-validates and repaints the touched rows."""
        touched = self._table.set_cells(changes)
        self.announce(touched)
        return touched

    def announce(self, touched: set[int]) -> None:
        if self.compare:  # an edited row's comparison is stale: its marks go
            self.compare.forget_edited(self._rows, touched)
        spans = runs(sorted(touched)) if len(touched) <= 64 else [(min(touched), max(touched))]
        for top, bottom in spans:  # the touched rows (their sheet row numbers never change)
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self.columns) - 1))
        self.changed.emit(touched)

    # ---------------------------------------------------------------- rows

    def insert_rows(self, position: int, rows: Sequence[ProductRow]) -> None:
        """Put rows in; announces them and the rows sharing their SKU or external id — not
        every row (the autosave would keep them all as edited)."""
        self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
        touched = self._table.insert_rows(position, rows)
        self.endInsertRows()
        self.announce(touched)

    def append_rows(self, rows: Sequence[ProductRow]) -> None:
        """A batch of a workbook's rows, checked in the reading process, at the end: one
        insert for the batch; earlier rows whose duplicate problems changed are repainted."""
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(_ROOT, start, start + len(rows) - 1)
        touched = self._table.append_rows(rows, checked=True)
        self.endInsertRows()
        if touched:
            self.announce(touched)

    def remove_rows(self, indexes: Iterable[int]) -> list[tuple[int, ProductRow]]:
        """Take rows out; announces the rows whose duplicate problems went with them."""
        removed: list[tuple[int, ProductRow]] = []
        sharing: list[ProductRow] = []
        for i in sorted(set(indexes), reverse=True):
            self.beginRemoveRows(QModelIndex(), i, i)
            taken, touched = self._table.take_rows([i])
            removed.extend(taken)
            sharing.extend(touched)
            self.endRemoveRows()
        gone = {id(row) for _, row in removed}
        doubled = {  # only rows that held a duplicate of a removed row can change (not yet
            # checked again: ``take_rows`` leaves them as they were), not a pass over every row
            id(r): (r, r.status, list(r.duplicate_issues))
            for r in sharing
            if r.duplicate_issues and id(r) not in gone
        }
        self._table.recheck(sharing)  # once no row is being removed: Qt's rule for models
        self.announce(
            {
                self._table.position(row)
                for key, (row, status, issues) in doubled.items()
                if key not in gone and (row.status, row.duplicate_issues) != (status, issues)
            }
        )
        return sorted(removed, key=lambda pair: pair[0])
