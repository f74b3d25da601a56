"""The question after a crash or on opening a workbook with kept changes: restore them?"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget


class RestoreDialog(QMessageBox):
    """Asks whether to bring back the unsaved work of an earlier session."""

    def __init__(self, parent: QWidget | None, workbook: str, rows: int, saved_at: float) -> None:
        super().__init__(parent)
        when = dt.datetime.fromtimestamp(saved_at).strftime("%Y-%m-%d %H:%M")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Restore your work?"))
        self.setText(
            self.tr("Your changes to %1 from %2 (%n row(s)) were kept. Restore them?", "", rows)
            .replace("%1", workbook)
            .replace("%2", when)
        )
        self.setInformativeText(self.tr("No: open the workbook as it is and forget them."))
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.setDefaultButton(QMessageBox.StandardButton.Yes)

    @classmethod
    def ask(cls, parent: QWidget | None, workbook: str, rows: int, saved_at: float) -> bool:
        return cls(parent, workbook, rows, saved_at).exec() == QMessageBox.StandardButton.Yes
