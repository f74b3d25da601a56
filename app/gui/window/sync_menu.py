"""Routine sync in the window: Store → Compare with store, Resolve conflicts…, Sync with
store… (and the compare bar's buttons for the same).

Compare downloads the store's product list in a worker (a progress dialog with Cancel, the
grid locked meanwhile); the same worker then builds the plan with ``app.sync.diff.compare`` and
the grid's marks of it (``prepare_marks``), reading the locked table, and returns them; the GUI
thread, as the owner of the table, hands them to the model's ``CompareMarks``: changed cells
turn blue, the bar above the grid counts what a sync would do, "Changes only" appears in the
filter bar. A 50,000-row sheet is compared without stalling the window.

The plan is of the table as the worker read it. Whatever changed the table meanwhile (the lock
stops edits, not the photo check's or the store data's results landing) is counted
(``_changes``), and a plan made before such a change is not painted: the worker compares
again. So is one made before generated External IDs followed the store (``use_store`` runs on
the GUI thread once the store's id is known). Sync compares afresh the same way (the store may
have moved since), asks with the counts, and hands the plan, with the merchant's conflict
choices, to the send flow.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction

from app.catalog.table import ProductRow, ProductTable
from app.gui.grid.compare_bar import CompareBar
from app.gui.grid.compare_conflicts import ConflictDialog, conflict_items
from app.gui.grid.compare_marks import PreparedMarks, prepare_marks
from app.gui.grid.compare_paint import repaint_rows
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
from app.sheets.gc_pause import paused_gc
from app.sync.plan import SyncPlan

translate = QCoreApplication.translate
#: the lock's reason while the product list is on its way and the sheet is compared
LOCK_REASON = "comparing"


@dataclass(frozen=True, slots=True)
class Compared:
    """What the worker made of the locked table: the plan and the grid's marks of it."""

    plan: SyncPlan
    marks: PreparedMarks


@dataclass(frozen=True, slots=True)
class Fetched:
    """The worker's answer: the store's products, the rows whose generated External IDs follow
    this store (``ProductTable.to_derive``: looked for here, not on the window's thread, where
    it was 28 ms at 10,000 rows, 140 ms at 50,000), and the comparison (None: not made)."""

    found: StoreProducts
    to_derive: list[ProductRow]
    made: Compared | None


def compared(
    table: ProductTable, found: StoreProducts, columns: Collection[str] | None
) -> Compared:
    """The plan of ``table`` against the store's products, and its marks (in a worker, while
    the table is locked: nothing here changes it).

    No garbage collection runs meanwhile, and afterwards what is alive (the products just
    downloaded, the plan, the marks: a million objects at 50,000 rows, nothing cyclic among
    them, freed by their counts when replaced) is frozen out of later collections, as the
    opening freezes the table: otherwise the next full collection walks them all in one
    piece, holding the interpreter (1.6–2.1 s at 50,000 rows on the loaded machine, in this
    worker: the window's longest stall while comparing). Frozen before the collector is on
    again: frozen after, the first allocation started a young pass over everything made while
    it was paused, in one piece (0.11-0.15 s of the worker's CPU at 50,000 rows)."""
    from app.sync.diff import compare  # the diff (and the sheet readers): once compared

    with paused_gc():
        plan = compare(table, found.products, exported=found.exported, columns=columns)
        made = Compared(plan, prepare_marks(plan, table))
        gc.freeze()  # before the collector is on again: its next young pass walked them all
    return made


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
        self._changes = 0  # the table's changes so far (a plan made before one is stale)
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
        model.changed.connect(self._changed)
        model.rechecked.connect(self._changed)
        model.modelReset.connect(self._changed)
        model.rowsInserted.connect(self._changed)
        model.rowsRemoved.connect(self._changed)
        self._sendable(False)

    # ---------------------------------------------------------------- commands

    def compare(self, then: Callable[[], None] | None = None) -> bool:
        """Download the store's list and paint the plan; ``then()`` after (Sync)."""
        store = self.flow.ready_store()
        if store is None:
            return False
        self.model.settle()  # compared (and synced) as checked against the store's lists
        loaded = self.workbook()
        path = Path(loaded.path) if loaded is not None else None
        columns = loaded.colmap.fields() if loaded is not None else None
        self._generation += 1
        generation = self._generation
        self._cancel = threading.Event()
        cancel, fetcher, table, changes = (
            self._cancel,
            self.fetcher,
            self.model.table,
            self._changes,
        )

        def work(progress: Any) -> Fetched:
            found = fetcher.fetch(store, path, progress, cancel)
            derive = [] if cancel.is_set() else table.to_derive(found.store_id)
            if cancel.is_set() or table.store_id != found.store_id:
                return Fetched(found, derive, None)  # ids follow the store first (GUI thread)
            return Fetched(found, derive, compared(table, found, columns))

        self.lock.hold(LOCK_REASON)
        self._open_progress()
        self.flow.runner.run(
            work,
            on_done=lambda done: self._fetched(
                done.found, done.made, store, generation, changes, then, done.to_derive
            ),
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
        repaint_rows(self.model, touched)  # not an edit: the autosave logs nothing
        self.show_counts()

    def cancel(self) -> None:
        self._cancel.set()
        self._generation += 1
        self._close_progress()
        self.lock.release(LOCK_REASON)

    # ---------------------------------------------------------------- results (GUI thread)

    def _changed(self, *_: object) -> None:
        self._changes += 1

    def _fetched(
        self,
        found: StoreProducts,
        made: Compared | None,
        store: StoreChoice,
        generation: int,
        changes: int,
        then: Callable[[], None] | None,
        to_derive: list[ProductRow] | None = None,
    ) -> None:
        if generation != self._generation:
            return  # cancelled meanwhile
        table = self.model.table
        # generated ids: the store's (the worker found the rows, unless the table changed since)
        rows = to_derive if changes == self._changes else None
        touched = table.use_store(found.store_id, rows)
        if touched:
            self.model.announce(touched)
        if made is None or changes != self._changes:
            self._compare_again(found, store, generation, then)
            return
        self._close_progress()
        self.lock.release(LOCK_REASON)
        self._show(found, made, store, then)

    def _compare_again(
        self,
        found: StoreProducts,
        store: StoreChoice,
        generation: int,
        then: Callable[[], None] | None,
    ) -> None:
        """The table changed since the worker read it: compare it as it is now, in a worker
        (the table stays locked)."""
        loaded = self.workbook()
        columns = loaded.colmap.fields() if loaded is not None else None
        table, changes = self.model.table, self._changes

        def work(_: Any) -> Fetched:
            return Fetched(found, table.to_derive(found.store_id), compared(table, found, columns))

        self.flow.runner.run(
            work,
            on_done=lambda done: self._fetched(
                found, done.made, store, generation, changes, then, done.to_derive
            ),
            on_failed=lambda error: self._failed(error, generation),
        )

    def _show(
        self,
        found: StoreProducts,
        made: Compared,
        store: StoreChoice,
        then: Callable[[], None] | None,
    ) -> None:
        """Paint the plan: the marks were made in the worker, so this takes them in; the rows
        are repainted, not announced as edited (nothing in them changed)."""
        table, plan = self.model.table, made.plan
        self.store = store
        touched = self.model.compare.show(plan, table, store.name, made.marks)
        repaint_rows(self.model, touched)
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
