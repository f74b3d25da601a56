"""The status bar: rows · ready · with problems · selected, and a progress bar for long work.

The counts of the watched model's table are kept as the model announces its changes
(``app.gui.window.row_counts``): the text is shown again once a burst of edits pauses, at the
cost of the rows the edits touched."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import ProductFilter
from app.gui.kit.retranslate import Retranslating
from app.gui.window.row_counts import RowCounts, count

#: [ours] the status bar's least width, whatever its texts say
LEAST_WIDTH = 320


class Counters:
    """The numbers the status bar shows (computed off the table, not from the view)."""

    def __init__(
        self, rows: int = 0, ready: int = 0, problems: int = 0, selected: int = 0, shown: int = 0
    ) -> None:
        self.rows, self.ready, self.problems = rows, ready, problems
        self.selected, self.shown = selected, shown


class ProductStatusBar(Retranslating, QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counters_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.counters_label)
        self.counters = Counters()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._pending: tuple[object, int, int] | None = None
        self._watched: tuple[ProductModel, ProductFilter, Callable[[], int]] | None = None
        self._counts = RowCounts()  # of the watched model's table
        self._timer.timeout.connect(self._recount)
        # [ours] its texts never make the window wider: the store's name, the notes and the
        # counters together can be wider than a laptop's screen (1,686 px in Indonesian while
        # a workbook opens); squeezed, they are clipped at their ends instead
        self.setMinimumWidth(LEAST_WIDTH)
        self.show_counters()

    def watch(self, model: ProductModel, proxy: ProductFilter, selected: Callable[[], int]) -> None:
        """Count the grid's rows again after edits, filters and new tables; ``selected``: how
        many rows are selected (call ``show_selected()`` when that changes)."""
        self._watched = (model, proxy, selected)
        counts = self._counts
        counts.reset(model.table.rows)
        model.modelReset.connect(lambda: counts.reset(model.table.rows))
        model.rowsInserted.connect(
            lambda _, first, last: counts.put_in(model.table.rows, first, last)
        )
        model.rowsAboutToBeRemoved.connect(
            lambda _, first, last: counts.taking_out(model.table.rows, first, last)
        )
        model.changed.connect(self._changed)
        model.rechecked.connect(self._changed)
        for signal in (
            proxy.modelReset,
            proxy.layoutChanged,
            proxy.rowsInserted,
            proxy.rowsRemoved,
        ):
            signal.connect(self.recount)

    def _changed(self, touched: set[int]) -> None:
        if self._watched is not None:
            self._counts.update(self._watched[0].table.rows, touched)
        self.recount()

    def recount(self, *_: object) -> None:
        if self._watched is not None:
            model, proxy, selected = self._watched
            self.schedule(model.table, selected(), proxy.rowCount())

    def show_selected(self) -> None:
        if self._watched is not None:
            _, proxy, selected = self._watched
            self.set_selected(selected(), proxy.rowCount())

    def schedule(self, table: object, selected: int, shown: int) -> None:
        """Recount soon (edits come in bursts; a 50,000-row count should not run per key)."""
        self._pending = (table, selected, shown)
        self._timer.start()

    def set_selected(self, selected: int, shown: int) -> None:
        self.counters.selected, self.counters.shown = selected, shown
        self.show_counters()

    def _recount(self) -> None:
        if self._pending is None:
            return
        table, selected, shown = self._pending
        rows = getattr(table, "rows", [])
        if self._watched is not None and table is self._watched[0].table:
            ready, problems = self._counts.ready, self._counts.problems
        else:  # a table no model here announces: every row looked at
            ready, problems = count(rows)
        self.counters = Counters(
            rows=len(rows), ready=ready, problems=problems, selected=selected, shown=shown
        )
        self.show_counters()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._recount()

    def show_counters(self) -> None:
        c = self.counters
        parts = [
            self.tr("%n row(s)", "", c.rows),
            self.tr("%n ready", "", c.ready),
            self.tr("%n with problems", "", c.problems),
            self.tr("%n selected", "", c.selected),
        ]
        if c.shown != c.rows:
            parts.insert(1, self.tr("%n shown", "", c.shown))
        self.counters_label.setText("  ·  ".join(parts))

    def start_progress(self, text: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.show()
        self.showMessage(text)

    def end_progress(self, message: str = "") -> None:
        self.progress.hide()
        self.clearMessage()
        if message:
            self.showMessage(message, 6000)

    def retranslate(self) -> None:
        self.show_counters()
