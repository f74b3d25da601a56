"""The Store menu wired to its parts: upload / retry / check pending / delete (``SendFlow``),
Stores… and History… dialogs, and a hint after opening a workbook whose last job did not finish."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.gui.history.dialog import HistoryDialog, same_workbook
from app.gui.stores.dialog import StoresDialog
from app.gui.stores.words import explain
from app.jobs import JournalError

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.gui.window.main_window import MainWindow
    from app.gui.workbook.opener import Opened


def connect_store_menu(window: MainWindow) -> None:
    a, flow = window.acts, window.send_flow
    a.upload.triggered.connect(flow.upload_selected)
    a.upload_ready.triggered.connect(flow.upload_ready)
    a.retry_failed.triggered.connect(flow.retry_failed)
    a.delete.triggered.connect(flow.delete_selected)
    a.check_pending.triggered.connect(flow.check_pending)
    a.stores.triggered.connect(lambda: open_stores(window))
    a.history.triggered.connect(lambda: open_history(window))
    window.runner.busy_changed.connect(lambda _: flow.update_actions())
    window.opener.opened.connect(lambda opened: hint_unfinished(window, opened))
    flow.update_actions()


def open_stores(window: MainWindow) -> StoresDialog:
    dialog = StoresDialog(window.stores, window, client_factory=window.send_flow.client_factory)
    window.stores_dialog = dialog
    dialog.open()
    return dialog


def workbook_of(window: MainWindow) -> tuple[Path, str] | None:
    loaded = window.loaded
    return (Path(loaded.path), loaded.raw.name) if loaded is not None else None


def open_history(window: MainWindow) -> HistoryDialog | None:
    flow = window.send_flow
    try:
        journal = flow.journal()
        dialog = HistoryDialog(
            journal, workbook_of(window), can_resume=not flow.busy, parent=window
        )
    except JournalError as error:
        flow.warn(*explain(error))
        return None
    dialog.resume_requested.connect(flow.resume)
    window.history_dialog = dialog
    dialog.open()
    return dialog


def hint_unfinished(window: MainWindow, opened: Opened) -> None:
    """A job of this workbook that did not finish: say where to resume it (no pop-up)."""
    try:
        jobs = window.send_flow.journal().jobs(20)
    except JournalError:
        return
    workbook = (Path(opened.loaded.path), opened.loaded.raw.name)
    for record in jobs:
        if record.state != "finished" and same_workbook(record, workbook):
            window.status.showMessage(
                translate(
                    "MainWindow",
                    "A job of this workbook did not finish: resume it from Store → History….",
                ),
                15_000,
            )
            return
