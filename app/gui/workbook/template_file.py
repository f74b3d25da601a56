"""File → New from template…: write the app's own template where the merchant says, then open it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.catalog.messages import Lang
from app.catalog.store_data import StoreData
from app.sheets import write_template
from app.sheets.template import PRODUCTS_SHEET

__all__ = ["PRODUCTS_SHEET", "new_from_template"]

translate = QCoreApplication.translate
log = logging.getLogger("app.gui")


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def new_from_template(
    parent: QWidget, lang: Lang, store_data: StoreData | None = None
) -> Path | None:
    """Ask where to save a new template workbook, write it there, and return its path (None
    when the merchant cancelled or it could not be written — then they were told why). With
    the store's data known, the template lists its categories and warehouses."""
    suggested = _documents() / translate("MainWindow", "Toco products.xlsx")
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("MainWindow", "New workbook from the template"),
        str(suggested),
        translate("MainWindow", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        return write_template(path, lang, store_data=store_data)
    except OSError as error:
        log.warning("template not written: %s", type(error).__name__)
        QMessageBox.warning(
            parent,
            translate("MainWindow", "The template was not written"),
            translate("MainWindow", "The template could not be saved as %1: %2")
            .replace("%1", path.name)
            .replace("%2", error.strerror or type(error).__name__),
        )
        return None
