"""The Problems dock: every issue of every row (row, column, message); a click jumps to the cell.
A problem that suggests a name has a fourth column, "Use “Kaos Oblong”": one click writes it
into the cell (one undo step).

The list follows the product model: rows put in or taken out change it at once, an edit's
touched rows when the typing pauses, each costing the rows it names rather than the table
(``ProblemsModel.update``); it is always what ``rebuild`` makes from the whole table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from app.catalog.fields import label_of
from app.catalog.issues import Issue, Level
from app.catalog.table import ProductRow
from app.gui.grid.model import ERROR_BRUSH, WARNING_BRUSH, ProductModel, issue_text
from app.gui.grid.photo_fix import direct_links_fix, fix_text, issue_has_fix
from app.gui.grid.problem_list import Problem, ProblemList
from app.gui.grid.proxy import has_problems
from app.gui.grid.row_moves import MovedRows, lay_out_moved_rows
from app.gui.grid.row_order import runs
from app.gui.grid.suggestions import suggested_name, suggestion_of
from app.gui.kit.retranslate import Retranslating

_ROOT = QModelIndex()
#: The column of the one-click fix.
FIX_COLUMN = 3
_LINK = QBrush(QColor("#1f5fa8"))
#: [ours] up to this many marked rows an update is always row by row
_FEW = 256


def _issues(row: ProductRow) -> list[Issue]:
    """A row's entries in the list (none for a row without a problem)."""
    return row.issues if row.local_issues or row.duplicate_issues or row.store_issues else []


class ProblemsModel(QAbstractTableModel):
    """A flat list of (row, issue) in the table's order, kept from the product model's rows
    (``rebuild``: from the whole table; ``update``: only the rows announced since; rows put
    in or taken out: at once, renumbering by segment, ``problem_list``)."""

    def __init__(self, products: ProductModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.products = products
        self._list = ProblemList()
        #: the rows announced since the last update (the table's indexes of now)
        self._stale: set[int] = set()
        #: True until the list is built for the products' table (a new table, at first)
        self._whole = True
        self._errors = self._warnings = self._error_rows = 0
        products.rowsInserted.connect(self._inserted)
        products.rowsAboutToBeRemoved.connect(self._removing)
        products.rowsRemoved.connect(self._removed)
        products.modelReset.connect(self._reset)

    @property
    def problems(self) -> list[Problem]:
        """Every (source row index, issue), in the list's order."""
        return self._list.entries()

    def rebuild(self) -> None:
        self.beginResetModel()
        self._list.reset(
            (i, issue)
            for i, row in enumerate(self.products.table.rows)
            if row.local_issues or row.duplicate_issues or row.store_issues
            for issue in row.issues
        )
        self._whole, self._stale = False, set()
        self._errors = self._warnings = self._error_rows = 0
        self._tally(self._list, 1)
        self.endResetModel()

    def mark(self, touched: Iterable[int]) -> None:
        """Rows whose problems may have changed (an edit, a re-check): taken in by ``update``."""
        if not self._whole:
            self._stale.update(touched)

    def update(self) -> None:
        """The list as ``rebuild`` would make it, at the cost of the rows marked since the
        last time (a new table, or most rows marked: rebuilt whole)."""
        rows = len(self.products.table.rows)
        if self._whole or len(self._stale) > max(_FEW, rows // 4):
            self.rebuild()
            return
        stale = sorted(i for i in self._stale if 0 <= i < rows)
        self._stale = set()
        for top, bottom in reversed(runs(stale)):  # from the bottom: places above stay put
            self._replace(top, bottom)

    def _replace(self, top: int, bottom: int) -> None:
        """The problems of table rows ``top``–``bottom`` read again."""
        rows = self.products.table.rows
        first, end = self._list.find(top), self._list.find(bottom, after=True)
        old = self._list.between(first, end)
        new = [(i, issue) for i in range(top, bottom + 1) for issue in _issues(rows[i])]
        if len(old) == len(new):
            if all(a[0] == b[0] and a[1] is b[1] for a, b in zip(old, new, strict=True)):
                return  # the same issues of the same rows
            self._list.replace(first, end, new)
            self.dataChanged.emit(self.index(first, 0), self.index(end - 1, FIX_COLUMN))
        else:
            if old:
                self.beginRemoveRows(_ROOT, first, end - 1)
                self._list.replace(first, end, [])
                self.endRemoveRows()
            if new:
                self.beginInsertRows(_ROOT, first, first + len(new) - 1)
                self._list.replace(first, first, new)
                self.endInsertRows()
        self._tally(old, -1)
        self._tally(new, 1)

    def _tally(self, problems: Iterable[Problem], sign: int) -> None:
        errors, warnings = [], 0
        for i, issue in problems:
            if issue.level is Level.ERROR:
                errors.append(i)
            elif issue.level is Level.WARNING:
                warnings += 1
        self._errors += sign * len(errors)
        self._error_rows += sign * len(set(errors))
        self._warnings += sign * warnings

    def _shift(self, start: int, by: int) -> None:
        """Table rows from ``start`` on moved by ``by`` (rows put in or taken out above)."""
        self._list.shift(start, by)
        self._stale = {i + by if i >= start else i for i in self._stale}

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if not self._whole:
            self._shift(first, last - first + 1)
            self._replace(first, last)

    def _removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._whole:
            return
        start, end = self._list.find(first), self._list.find(last, after=True)
        if end > start:
            self.beginRemoveRows(_ROOT, start, end - 1)
            self._tally(self._list.between(start, end), -1)
            self._list.replace(start, end, [])
            self.endRemoveRows()
        self._stale = {i for i in self._stale if not first <= i <= last}

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        if not self._whole:
            self._shift(last + 1, first - last - 1)

    def _reset(self) -> None:
        """Another table: nothing of the old list stays; built again at the next update (an
        empty table's list is built: the rows of an opening are followed as they arrive)."""
        self.beginResetModel()
        self._list.reset(())
        self._whole, self._stale = bool(self.products.table.rows), set()
        self._errors = self._warnings = self._error_rows = 0
        self.endResetModel()

    def errors(self) -> int:
        return self._errors

    def rows_with_problems(self) -> int:
        """Rows with an error: the same count as the status bar's "with problems"."""
        if self._whole:  # not built yet
            return sum(1 for row in self.products.table.rows if has_problems(row))
        return self._error_rows

    def warnings(self) -> int:
        return self._warnings

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._list)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                QCoreApplication.translate("Problems", "Row"),
                QCoreApplication.translate("Problems", "Column"),
                QCoreApplication.translate("Problems", "Problem"),
                QCoreApplication.translate("Problems", "Fix"),
            )[section]
            if 0 <= section < 4
            else None
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row_index, issue = self._list[index.row()]
        column = index.column()
        if column == FIX_COLUMN:
            return self._fix_data(issue, role)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column != 0:
                return None
            return ERROR_BRUSH if issue.level is Level.ERROR else WARNING_BRUSH
        if role == Qt.ItemDataRole.DecorationRole:
            return None
        lang = self.products.lang
        if role == Qt.ItemDataRole.ToolTipRole:
            return issue_text(issue, lang)
        if column == 0:
            rows = self.products.table.rows
            sheet_row = rows[row_index].sheet_row if row_index < len(rows) else None
            return str(sheet_row) if sheet_row is not None else "+"
        if column == 1:
            return (
                label_of(issue.field, lang)
                if issue.field
                else QCoreApplication.translate("Problems", "(whole row)")
            )
        return issue.message(lang)

    def _fix_data(self, issue: Issue, role: int) -> Any:
        suggestion = suggested_name(issue)
        if suggestion is None and issue_has_fix(issue):  # a share link: its direct link
            if role == Qt.ItemDataRole.ForegroundRole:
                return _LINK
            return fix_text() if role == Qt.ItemDataRole.DisplayRole else None
        if suggestion is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Problems", "Use “%1”").replace("%1", suggestion)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "Problems", "Write “%1” into the cell (Edit → Undo takes it back)"
            ).replace("%1", suggestion)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _LINK
        return None

    def fix(self, row: int) -> bool:
        """Write the suggestion of one problem into its cell: one undo step."""
        if not 0 <= row < len(self._list):
            return False
        row_index, issue = self._list[row]
        new = suggestion_of(issue)
        if new is None and issue.field is not None and issue_has_fix(issue):
            return direct_links_fix(self.products, row_index, issue.field)
        if new is None or issue.field is None:
            return False
        text = QCoreApplication.translate("Problems", "Use suggestion")
        return self.products.edit([(row_index, issue.field, new)], text)

    def target(self, row: int) -> tuple[int, int]:
        """(source row, grid column) of one problem."""
        row_index, issue = self._list[row]
        try:
            column = self.products.column_of(issue.field) if issue.field else 0
        except KeyError:
            column = 0
        return row_index, column


class ProblemsView(QTableView):
    """The list's table: problems put in or taken out repaint only the entries that moved
    (``MovedRows``), none when they are below the ones in sight — a row added at row 25,000
    repainted every visible problem (≈ 170 ``data`` calls, 2 ms at 50,000 rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moved_rows = MovedRows()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.moved_rows.follow(model)

    def changeEvent(self, event: QEvent) -> None:
        self.moved_rows.looks_changed(event)
        super().changeEvent(event)

    def doItemsLayout(self) -> None:
        first = self.moved_rows.take()
        if first is None or self.verticalHeader().hiddenSectionCount():
            super().doItemsLayout()
        else:
            lay_out_moved_rows(self, first)


class ProblemsDock(Retranslating, QDockWidget):
    cell_requested = Signal(int, int)  # source row, column

    def __init__(self, products: ProductModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.model = ProblemsModel(products, self)
        self.view = ProblemsView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 50)
        self.view.setColumnWidth(1, 140)
        self.view.setColumnWidth(FIX_COLUMN, 200)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(
            lambda index: self.cell_requested.emit(*self.model.target(index.row()))
        )
        self.setWidget(self.view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        products.changed.connect(self._marked)
        products.rechecked.connect(self._marked)
        products.modelReset.connect(self._timer.start)
        self.retranslate()

    def _marked(self, touched: set[int]) -> None:
        self.model.mark(touched)
        self._timer.start()

    def _clicked(self, index: QModelIndex) -> None:
        """A click on a fix applies it; anywhere else it jumps to the cell."""
        if index.column() == FIX_COLUMN and self.model.fix(index.row()):
            return
        self.cell_requested.emit(*self.model.target(index.row()))

    def reveal(self) -> None:
        """View → Problems list: show the dock in front."""
        self.show()
        self.raise_()

    def refresh(self) -> None:
        """The list and its title brought up to date (what a whole rebuild would show)."""
        self._timer.stop()
        self.model.update()
        self.retranslate()

    def retranslate(self) -> None:
        """The title counts rows with problems as the status bar does; notes that need no
        fix (a row not sent because of a cancel, a row still being confirmed) are counted
        apart, so "Problems (0)" stands beside "0 with problems"."""
        title = self.tr("Problems (%n)", "", self.model.rows_with_problems())
        warnings = self.model.warnings()
        if warnings:
            title += "  ·  " + self.tr("%n note(s)", "", warnings)
        self.setWindowTitle(title)

    def language_changed(self) -> None:
        self.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, FIX_COLUMN)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, FIX_COLUMN),
            )
