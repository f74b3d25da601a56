"""Store → Download products from store… (also in File): asks where to save, downloads every
product of the active store into a new workbook in the app's own layout (``app.sync.export``)
in a worker with a progress dialog and Cancel — a cancelled download writes nothing — then
opens the workbook, whose rows are ready to edit, compare and sync."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from app.catalog.messages import Lang
from app.catalog.store_data import StoreData
from app.gui.sending.flow import SendFlow
from app.gui.stores.book import StoreChoice
from app.gui.stores.words import explain
from app.gui.window.store_products import ProductFetcher
from app.gui.window.sync_progress import StoreProgress
from app.gui.workbook.saving import documents_folder

if TYPE_CHECKING:  # the export (openpyxl, orjson): imported when a download starts
    from app.sheets import LoadedSheet
    from app.sync.export import ExportReport

translate = QCoreApplication.translate


def suggested_name(store: str, today: date | None = None) -> str:
    """``Toko Budi 2026-12-01.xlsx`` (characters a file name cannot hold left out)."""
    safe = "".join(c for c in store if c.isalnum() or c in " -_").strip() or "toko"
    return f"{safe} {(today or date.today()).isoformat()}.xlsx"


class ProductDownload(QObject):
    """``downloaded(ExportReport)`` once the workbook is written (then it is opened)."""

    downloaded = Signal(object)
    message = Signal(str, int)

    def __init__(
        self,
        action: QAction,
        flow: SendFlow,
        *,
        store_data: Callable[[], StoreData | None],
        lang: Callable[[], Lang],
        open_path: Callable[[Path], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.flow, self.store_data, self.lang = flow, store_data, lang
        self.open_path, self.parent_widget = open_path, parent
        self.fetcher = ProductFetcher(flow.stores, lambda: flow.client_factory)
        self.progress: StoreProgress | None = None
        self._cancel = threading.Event()
        self._generation = 0
        action.triggered.connect(self.download)
        flow.runner.busy_changed.connect(lambda busy: action.setEnabled(not busy))

    def ask_path(self, store: StoreChoice) -> Path | None:
        """The Save dialog (tests replace it)."""
        start = documents_folder() / suggested_name(store.name)
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            translate("ProductDownload", "Download products from store"),
            str(start),
            translate("ProductDownload", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def download(self) -> bool:
        store = self.flow.ready_store(workbook=False)
        if store is None or self.flow.runner.busy:
            return False
        path = self.ask_path(store)
        if path is None:
            return False
        loaded: LoadedSheet | None = self.flow.workbook()
        if loaded is not None and Path(loaded.path).resolve() == path.resolve():
            self.flow.warn(
                translate("ProductDownload", "Choose another file"),
                translate(
                    "ProductDownload",
                    "%1 is the workbook open now: the download would replace it. Save the"
                    " store's products under another name.",
                ).replace("%1", path.name),
            )
            return False
        self._generation += 1
        generation = self._generation
        self._cancel = threading.Event()
        cancel, fetcher, data, lang = self._cancel, self.fetcher, self.store_data(), self.lang()

        def work(progress: Any) -> ExportReport:
            return fetcher.export(store, path, data, lang, progress, cancel)

        self.progress = StoreProgress(
            self.parent_widget,
            translate("ProductDownload", "Download products from store"),
            translate("ProductDownload", "Downloading the products of %1…").replace(
                "%1", store.name
            ),
            translate("ProductDownload", "Downloading products… %1 of %2"),
            translate("ProductDownload", "Cancel"),
            self.cancel,
        )
        self.flow.runner.run(
            work,
            on_done=lambda report: self._done(report, generation),
            on_failed=lambda error: self._failed(error, generation),
            on_progress=self._progress,
        )
        return True

    def cancel(self) -> None:
        """Stop before the next page; nothing is written."""
        self._cancel.set()
        self._generation += 1
        self._close_progress()

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.update(done, total)

    def _done(self, report: ExportReport, generation: int) -> None:
        if generation != self._generation:
            return
        self._close_progress()
        lang = self.lang()
        notes = [note.message(lang) for note in report.notes]
        said = translate(
            "ProductDownload", "%n product(s) downloaded to %1.", "", report.products
        ).replace("%1", report.path.name)
        self.message.emit(" ".join([said, *notes]), 10_000)
        self.downloaded.emit(report)
        # once the worker's task is over (the window opens nothing while its runner is busy)
        QTimer.singleShot(0, self, lambda: self.open_path(report.path))

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._close_progress()
        from app.sync.export import ExportCancelled

        if not isinstance(error, ExportCancelled):
            self.flow.warn(*explain(error))

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.close()
