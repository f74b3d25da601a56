"""While a workbook opens: the grid fills batch by batch as the reading process sends the
checked rows; editing and sending wait until every row is in (the lock holds "loading"), and
the status bar says how far it is, with Cancel. If the opening fails or is cancelled after
rows began to arrive, the grid goes back to the table it showed before."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.lock import TableLock
from app.gui.grid.model import ProductModel
from app.gui.kit.retranslate import Retranslating
from app.gui.workbook.opener import Opened, WorkbookOpener

LOADING = "loading"  # the lock's reason while rows arrive


class RowStream(Retranslating, QWidget):
    """The status bar's note of an opening under way; signal ``reverted`` when a half-filled
    table was dropped (the window shows its previous workbook again)."""

    reverted = Signal()

    def __init__(
        self,
        opener: WorkbookOpener,
        model: ProductModel,
        lock: TableLock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.opener, self.model, self.lock = opener, model, lock
        self.label = QLabel()
        self.cancel_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(opener.cancel)
        self._previous: ProductTable | None = None
        self._counts: tuple[int, int] | None = None  # rows in, rows expected
        opener.progress.connect(lambda _: self._begin())
        opener.streaming.connect(self._start)
        opener.rows_arrived.connect(self._add)
        opener.opened.connect(lambda _: self._end(failed=False))
        opener.failed.connect(lambda _: self._end(failed=True))
        opener.cancelled.connect(lambda: self._end(failed=True))
        self.hide()
        self.retranslate()

    @property
    def counts(self) -> tuple[int, int] | None:
        """(rows in the grid, rows expected) while rows arrive, else None; rows expected is
        ``TOTAL_UNKNOWN`` (negative) while only the first rows are in, before the sheet is read."""
        return self._counts

    def _begin(self) -> None:
        self.label.setText("")
        self.show()

    def _start(self, opened: Opened) -> None:
        """The grid shows the filling table (again, with a new one, when the first rows shown
        are replaced: the table before the opening stays the one to go back to)."""
        if self._counts is None:
            self._previous = self.model.table
            self.lock.hold(LOADING)
        self.model.set_table(opened.loaded.table)
        self._counts = (0, 0)

    def _add(self, rows: list[ProductRow], total: int) -> None:
        self.model.append_rows(rows)
        self._counts = (self.model.rowCount(), total)
        self.retranslate()

    def _end(self, *, failed: bool) -> None:
        self.hide()
        previous, self._previous = self._previous, None
        was_filling, self._counts = self._counts is not None, None
        self.lock.release(LOADING)
        if failed and was_filling and previous is not None:
            self.model.set_table(previous)
            self.reverted.emit()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening this workbook"))
        if self._counts is None:
            return
        done, total = self._counts
        if total < 0:  # the first rows, shown before the whole sheet is read: no total yet
            text = self.tr(
                "Loading rows… %1 so far, reading the rest of the sheet — editing and sending"
                " wait until all are in"
            )
        else:
            text = self.tr(
                "Loading rows… %1 of %2 — editing and sending wait until all are in"
            ).replace("%2", str(total))
        self.label.setText(text.replace("%1", str(done)))
