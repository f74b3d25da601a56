"""Help → About Toco Uploader, and the Help pages (spreadsheet format, store errors, secrets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui.help.guide_dialog import GuideDialog
from app.gui.kit.resources import app_version

translate = QCoreApplication.translate


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        translate("MainWindow", "About Toco Uploader"),
        translate(
            "MainWindow",
            "<b>Toco Uploader %1</b><p>Upload products from your Excel workbooks to the Toco"
            " marketplace, see every problem where it is, fix it and send again.</p>",
        ).replace("%1", app_version()),
    )


def show_guide(parent: QWidget, page: str) -> None:
    """Open the Help window at ``page``; one window per main window, raised when open."""
    dialog = parent.findChild(GuideDialog, "guide-dialog")
    if dialog is None:
        dialog = GuideDialog(parent, page)
    else:
        dialog.show_page(page)
    dialog.show()
    dialog.raise_()
