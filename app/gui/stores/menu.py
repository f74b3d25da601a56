"""The Store menu wired to its parts: upload / retry / check pending / delete (``SendFlow``),
Stores… and History… dialogs, Refresh categories, and a hint after opening a workbook whose
last job did not finish."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.gui.history.dialog import HistoryDialog, same_workbook
from app.gui.sending.flow import SendFlow
from app.gui.stores.book import StoreBook
from app.gui.stores.dialog import StoresDialog
from app.gui.stores.words import explain
from app.jobs import JournalError
from app.profiles import ProfileError

if TYPE_CHECKING:
    from app.sheets import LoadedSheet

translate = QCoreApplication.translate


class StoreActions(Protocol):
    """The Store menu's commands (``Actions`` has them)."""

    upload: QAction
    upload_ready: QAction
    retry_failed: QAction
    delete: QAction
    check_pending: QAction
    stores: QAction
    history: QAction
    refresh_categories: QAction


class StoreMenu(QObject):
    """``message(text, ms)``: a line for the status bar; ``store_changed``: the Stores dialog
    closed with another active store; ``categories_requested``: Store → Refresh categories."""

    message = Signal(str, int)
    store_changed = Signal()
    categories_requested = Signal()

    def __init__(
        self, acts: StoreActions, flow: SendFlow, stores: StoreBook, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.flow, self.stores, self.parent_widget = flow, stores, parent
        self.stores_dialog: StoresDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        acts.upload.triggered.connect(flow.upload_selected)
        acts.upload_ready.triggered.connect(flow.upload_ready)
        acts.retry_failed.triggered.connect(flow.retry_failed)
        acts.delete.triggered.connect(flow.delete_selected)
        acts.check_pending.triggered.connect(flow.check_pending)
        acts.stores.triggered.connect(self.open_stores)
        acts.history.triggered.connect(self.open_history)
        acts.refresh_categories.triggered.connect(self.categories_requested)
        for action in (
            acts.upload,
            acts.upload_ready,
            acts.retry_failed,
            acts.delete,
            acts.check_pending,
        ):
            flow.sendable.connect(action.setEnabled)
        flow.update_actions()

    def open_stores(self) -> StoresDialog:
        dialog = StoresDialog(
            self.stores, self.parent_widget, client_factory=self.flow.client_factory
        )
        self.stores_dialog = dialog
        before = self._active()
        dialog.finished.connect(
            lambda _: self.store_changed.emit() if self._active() != before else None
        )
        dialog.open()
        return dialog

    def _active(self) -> tuple[str, str] | None:
        try:
            choice = self.stores.active()
        except ProfileError:
            return None
        return (choice.name, choice.base_url) if choice is not None else None

    def open_history(self) -> HistoryDialog | None:
        flow = self.flow
        loaded = flow.workbook()
        workbook = (Path(loaded.path), loaded.raw.name) if loaded is not None else None
        try:
            journal = flow.journal()
            dialog = HistoryDialog(
                journal, workbook, can_resume=not flow.busy, parent=self.parent_widget
            )
        except JournalError as error:
            flow.warn(*explain(error))
            return None
        dialog.resume_requested.connect(flow.resume)
        self.history_dialog = dialog
        dialog.open()
        return dialog

    def hint_unfinished(self, loaded: LoadedSheet) -> None:
        """A job of this workbook that did not finish: say where to resume it (no pop-up)."""
        try:
            jobs = self.flow.journal().jobs(20)
        except JournalError:
            return
        workbook = (Path(loaded.path), loaded.raw.name)
        for record in jobs:
            if record.state != "finished" and same_workbook(record, workbook):
                self.message.emit(
                    translate(
                        "MainWindow",
                        "A job of this workbook did not finish: resume it from Store → History.",
                    ),
                    15_000,
                )
                return
