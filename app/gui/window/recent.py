"""File → Open recent: the workbooks opened last, and "Clear the list"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.gui.window.settings import WindowSettings


class RecentMenu(QObject):
    """``open_requested(path)`` when the merchant picks one."""

    open_requested = Signal(str)

    def __init__(self, menu: QMenu, clear: QAction, settings: WindowSettings) -> None:
        super().__init__(menu)
        self.menu, self.clear_action, self.settings = menu, clear, settings
        clear.triggered.connect(self.clear)
        self.refresh()

    def add(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.refresh()

    def clear(self) -> None:
        self.settings.clear_recent()
        self.refresh()

    def refresh(self) -> None:
        menu = self.menu
        menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if files:
            menu.addSeparator()
            menu.addAction(self.clear_action)
        menu.setEnabled(bool(files))
