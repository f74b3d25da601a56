"""File → Save results: the results go into a copy of the merchant's workbook, written in a
worker while the grid is locked (the worker reads the table: no edits, no jobs under it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui.grid.lock import TableLock
from app.gui.kit.i18n import current_lang
from app.gui.kit.tasks import TaskRunner
from app.gui.workbook.autosave import Autosave
from app.sheets import LoadedSheet, SheetError, write_results

translate = QCoreApplication.translate


class ResultsSaver(QObject):
    """``started(text)`` while writing, ``ended(text)`` when done (empty text after a failure,
    which is shown in a message box over ``parent``)."""

    started = Signal(str)
    ended = Signal(str)

    def __init__(
        self,
        lock: TableLock,
        runner: TaskRunner,
        autosave: Autosave,
        workbook: Callable[[], LoadedSheet | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.lock, self.runner, self.autosave, self.workbook = lock, runner, autosave, workbook
        self.parent_widget = parent

    @property
    def saving(self) -> bool:
        return self.lock.holds("saving")

    def save(self) -> None:
        opened = self.workbook()
        if opened is None or self.runner.busy or self.lock.locked:
            return
        loaded = LoadedSheet(opened.raw, opened.header_row, opened.colmap, self.lock.model.table)
        lang = current_lang()
        self.autosave.flush()
        self.started.emit(translate("MainWindow", "Saving results…"))
        self.lock.hold("saving")

        def done(path: Path) -> None:
            self.lock.release("saving")
            self.ended.emit(translate("MainWindow", "Results saved to %1").replace("%1", str(path)))

        def failed(error: BaseException) -> None:
            self.lock.release("saving")
            self.ended.emit("")
            text = error.message(lang) if isinstance(error, SheetError) else str(error)
            QMessageBox.warning(
                self.parent_widget, translate("MainWindow", "Could not save the results"), text
            )

        self.runner.run(lambda _: write_results(loaded, lang=lang), on_done=done, on_failed=failed)
