"""File → Save results: the results go into a copy of the merchant's workbook, written in a
worker while the grid is locked (the worker reads the table: no edits, no jobs under it).

A workbook of the app's own (the demo's, under ``resources/``) or in a folder the merchant
cannot write to is never written beside itself: a Save dialog asks where, starting in the
user's documents, and asks before it replaces a file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.gui.grid.lock import TableLock
from app.gui.kit.i18n import current_lang
from app.gui.kit.resources import resources_dir
from app.gui.kit.tasks import TaskRunner
from app.gui.workbook.autosave import Autosave
from app.sheets import SheetError

if TYPE_CHECKING:
    from app.sheets import LoadedSheet

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
        from app.sheets import LoadedSheet, write_results  # the readers and openpyxl: now

        loaded = LoadedSheet(opened.raw, opened.header_row, opened.colmap, self.lock.model.table)
        lang = current_lang()
        out: Path | None = None
        if needs_asking(opened.raw.path):
            out = self.ask_path(self.parent_widget, results_name(opened.raw.path))
            if out is None:
                return
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

        self.runner.run(
            lambda _: write_results(loaded, out_path=out, lang=lang),
            on_done=done,
            on_failed=failed,
        )

    @classmethod
    def ask_path(cls, parent: QWidget | None, name: str) -> Path | None:
        """Where to save the results: a Save dialog in the user's documents (it asks before it
        replaces a file). None when the merchant cancels."""
        dialog = QFileDialog(
            parent,
            translate("ResultsSaver", "Save the results as"),
            str(documents_folder() / name),
            translate("ResultsSaver", "Excel workbook (*.xlsx)"),
        )
        dialog.setObjectName("results-save-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("xlsx")
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])


def documents_folder() -> Path:
    """The user's documents folder; the home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def needs_asking(source: Path) -> bool:
    """The app's own workbook (the demo's), or one in a folder the merchant cannot write to."""
    try:
        Path(source).resolve().relative_to(resources_dir().resolve())
    except ValueError:
        return not os.access(Path(source).parent, os.W_OK)
    return True


def results_name(source: Path) -> str:
    stem = Path(source).stem
    return f"{stem}.xlsx" if stem.endswith(".results") else f"{stem}.results.xlsx"
