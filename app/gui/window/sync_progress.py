"""The progress dialog of a download from the store (the product list, an export): window-
modal, with Cancel; it counts products as pages arrive. Closing it from code is not the
merchant's Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


class StoreProgress:
    """``StoreProgress(parent, title, label, on_cancel)`` shows at once; ``label`` may hold
    ``%1`` (products so far) and ``%2`` (products in the store) once counts arrive."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        counted: str,
        cancel_text: str,
        on_cancel: Callable[[], None],
    ) -> None:
        self.counted, self.on_cancel = counted, on_cancel
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        dialog.setObjectName("store-progress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(on_cancel)
        self.dialog: QProgressDialog | None = dialog
        dialog.show()

    def update(self, done: int, total: int) -> None:
        dialog = self.dialog
        if dialog is not None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            dialog.setLabelText(self.counted.replace("%1", str(done)).replace("%2", str(total)))

    def close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.on_cancel)
            dialog.close()
            dialog.deleteLater()
