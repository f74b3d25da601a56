"""Message boxes that do not block the event loop: a job's fatal error, "nothing to send".

Window-modal (``open()``, not ``exec()``), text selectable so a request id can be copied; the
last box stays reachable as ``message_box`` and each one is announced by ``message_shown``
(tests read both instead of clicking).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class Notices(QObject):
    message_shown = Signal(str, str)  # title, text

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.message_box: QMessageBox | None = None

    def warn(self, title: str, text: str) -> None:
        self._box(QMessageBox.Icon.Warning, title, text)

    def inform(self, text: str) -> None:
        self._box(QMessageBox.Icon.Information, self.tr("Toco Uploader"), text)

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        self.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_box = box
        box.open()
        self.message_shown.emit(title, text)

    def close(self) -> None:
        if self.message_box is not None:
            self.message_box.close()
