"""Routine sync in the window: Store → Compare with store, Resolve conflicts…, Sync with
store… (and the compare bar's buttons for the same).

Compare downloads the store's product list in a worker (a progress dialog with Cancel, the
grid locked meanwhile), then — on the GUI thread, as the owner of the table — builds the plan
with ``app.sync.diff.compare`` and hands it to the model's ``CompareMarks``: changed cells turn
blue, the bar above the grid counts what a sync would do, "Changes only" appears in the filter
bar. Sync compares afresh the same way (the store may have moved since), asks with the counts,
and hands the plan, with the merchant's conflict choices, to the send flow.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction

from app.gui.grid.compare_bar import CompareBar
from app.gui.grid.compare_conflicts import ConflictDialog, conflict_items
from app.gui.grid.filter_bar import FilterBar
from app.gui.grid.lock import TableLock
from app.gui.grid.model import ProductModel
from app.gui.grid.proxy import RowFilter
from app.gui.sending.flow import SendFlow
from app.gui.sending.sync_flow import SyncSender
from app.gui.stores.book import StoreChoice
from app.gui.stores.words import explain
from app.gui.window.store_products import ProductFetcher, StoreProducts, notice_text
from app.gui.window.sync_progress import StoreProgress
from app.jobs.selection import RunSummary

translate = QCoreApplication.translate
#: the lock's reason while the product list is on its way
LOCK_REASON = "comparing"


class SyncActions(Protocol):
    compare_store: QAction
    sync_store: QAction
    resolve_conflicts: QAction


class SyncMenu(QObject):
    """``message(text, ms)`` for the status bar; ``compared(SyncPlan)`` once a plan is shown."""

    message = Signal(str, int)
    compared = Signal(object)

    def __init__(
        self,
        acts: SyncActions,
        model: ProductModel,
        lock: TableLock,
        filter_bar: FilterBar,
        bar: CompareBar,
        flow: SendFlow,
    ) -> None:
        super().__init__(flow)
        self.acts, self.model, self.lock = acts, model, lock
        self.filter_bar, self.bar, self.flow = filter_bar, bar, flow
        self.workbook, self.parent_widget = flow.workbook, flow.parent_widget
        self.fetcher = ProductFetcher(flow.stores, lambda: flow.client_factory)
        self.sending = SyncSender(flow, model)
        self.progress: StoreProgress | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self.store: StoreChoice | None = None  # the store of the last comparison
        acts.compare_store.triggered.connect(lambda: self.compare())
        acts.sync_store.triggered.connect(self.sync)
        acts.resolve_conflicts.triggered.connect(self.resolve_conflicts)
        bar.resolve.connect(self.resolve_conflicts)
        bar.sync.connect(self.sync)
        bar.dismiss.connect(self.clear)
        flow.sendable.connect(self._sendable)
        flow.finished.connect(self._sent)
        model.changed.connect(lambda _: self.show_counts())
        model.modelReset.connect(self.show_counts)
        self._sendable(False)

    # ---------------------------------------------------------------- commands

    def compare(self, then: Callable[[], None] | None = None) -> bool:
        """Download the store's list and paint the plan; ``then()`` after (Sync)."""
        store = self.flow.ready_store()
        if store is None:
            return False
        loaded = self.workbook()
        path = Path(loaded.path) if loaded is not None else None
        self._generation += 1
        generation = self._generation
        self._cancel = threading.Event()
        cancel, fetcher = self._cancel, self.fetcher

        def work(progress: Any) -> StoreProducts:
            return fetcher.fetch(store, path, progress, cancel)

        self.lock.hold(LOCK_REASON)
        self._open_progress()
        self.flow.runner.run(
            work,
            on_done=lambda found: self._fetched(found, store, generation, then),
            on_failed=lambda error: self._failed(error, generation),
            on_progress=self._progress,
        )
        return True

    def sync(self) -> None:
        """Compare afresh (the store may have moved since), then ask and send the changes."""
        self.compare(then=self._ask_and_send)

    def _ask_and_send(self) -> None:
        if self.store is not None:
            plan, winners = self.model.compare.current(self.model.table)
            self.sending.send(plan, winners, self.store)

    def _sent(self, summary: RunSummary) -> None:
        """A sync's answers are on the rows: its plan is spent, the blue marks go."""
        if summary.kind == "sync":
            self.clear()

    def resolve_conflicts(self) -> None:
        marks, table = self.model.compare, self.model.table
        items = conflict_items(
            marks, table, self.model.names, self.model.lang, translate("SyncMenu", "Row")
        )
        if not items:
            self.flow.inform(
                translate("SyncMenu", "No conflict to resolve: compare with the store first.")
                if not marks
                else translate("SyncMenu", "There is no conflict in this comparison.")
            )
            return
        answer = ConflictDialog.ask(self.parent_widget, items)
        if answer is None:
            return
        for position, winner in answer.items():
            marks.choose(table.rows[position], winner)
        self.model.announce(set(answer))

    def clear(self) -> None:
        """Forget the comparison: the blue marks go, the bar and the filter too."""
        touched = self.model.compare.clear(self.model.table)
        self.model.announce(touched)
        self.show_counts()

    def cancel(self) -> None:
        self._cancel.set()
        self._generation += 1
        self._close_progress()
        self.lock.release(LOCK_REASON)

    # ---------------------------------------------------------------- results (GUI thread)

    def _fetched(
        self,
        found: StoreProducts,
        store: StoreChoice,
        generation: int,
        then: Callable[[], None] | None,
    ) -> None:
        if generation != self._generation:
            return  # cancelled meanwhile
        self._close_progress()
        self.lock.release(LOCK_REASON)
        table = self.model.table
        self.model.announce(table.use_store(found.store_id))  # generated ids: the store's
        loaded = self.workbook()
        columns = loaded.colmap.fields() if loaded is not None else None
        from app.sync.diff import compare  # the diff (and the sheet readers): once compared

        plan = compare(table, found.products, exported=found.exported, columns=columns)
        self.store = store
        touched = self.model.compare.show(plan, table, store.name)
        self.model.announce(touched)
        self.show_counts()
        if found.notice is not None:
            self.flow.inform(notice_text(found.notice, self.model.lang))
        self.message.emit(
            translate(
                "SyncMenu", "Compared with %1: %n product(s) on the store.", "", len(found.products)
            ).replace("%1", store.name),
            8000,
        )
        self.compared.emit(plan)
        if then is not None:
            then()

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._close_progress()
        self.lock.release(LOCK_REASON)
        from app.partner import ListingCancelled  # the client: imported once a listing ran

        if isinstance(error, ListingCancelled):
            return
        self.flow.warn(*explain(error))

    # ---------------------------------------------------------------- the bar and the actions

    def show_counts(self) -> None:
        marks = self.model.compare
        shown = bool(marks)
        button = self.filter_bar.buttons[RowFilter.CHANGES]
        button.setVisible(shown)
        if not shown:
            if self.filter_bar.proxy.mode is RowFilter.CHANGES:
                self.filter_bar.set_mode(RowFilter.ALL)
            self.bar.hide()
        else:
            self.bar.show_counts(marks.counts(), marks.store_name)
            if self.filter_bar.proxy.mode is RowFilter.CHANGES:
                self.filter_bar.proxy.refilter()
        self.acts.resolve_conflicts.setEnabled(shown and self.flow.workbook() is not None)

    def _sendable(self, ok: bool) -> None:
        for action in (self.acts.compare_store, self.acts.sync_store):
            action.setEnabled(ok)
        self.acts.resolve_conflicts.setEnabled(bool(self.model.compare))

    # ---------------------------------------------------------------- progress

    def _open_progress(self) -> None:
        self.progress = StoreProgress(
            self.parent_widget,
            translate("SyncMenu", "Compare with store"),
            translate("SyncMenu", "Downloading the store's product list…"),
            translate("SyncMenu", "Downloading the store's product list… %1 of %2"),
            translate("SyncMenu", "Cancel"),
            self.cancel,
        )

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.update(done, total)

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.close()
