"""The grid's lock: while a job runs on the table or results are being written from it, the
table must stay as it is (no edits, no added rows). Each holder names its reason; the lock is
the one owner of the model's ``read_only``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.gui.grid.model import ProductModel


class TableLock(QObject):
    changed = Signal(bool)  # True: the table is locked

    def __init__(self, model: ProductModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._reasons: set[str] = set()

    @property
    def locked(self) -> bool:
        return bool(self._reasons)

    def holds(self, reason: str) -> bool:
        return reason in self._reasons

    def hold(self, reason: str) -> None:
        """``reason``: "job" (a job runs on the table) or "saving" (results are written)."""
        self._set(self._reasons | {reason})

    def release(self, reason: str) -> None:
        self._set(self._reasons - {reason})

    def _set(self, reasons: set[str]) -> None:
        was = self.locked
        self._reasons = reasons
        self.model.read_only = self.locked
        if self.locked != was:
            self.changed.emit(self.locked)
