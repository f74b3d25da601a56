"""The active store in the status bar: "Store: Toko Budi" (with its kind when it is not the
production store, and plainly when it is the demo store); a click opens Store → Stores…."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget

from app.gui.kit.retranslate import Retranslating
from app.gui.stores.book import StoreBook, StoreChoice
from app.profiles import ProfileError


class StoreBadge(Retranslating, QToolButton):
    def __init__(self, stores: StoreBook, open_stores: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("store-badge")
        self.stores = stores
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(open_stores.trigger)
        stores.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            choice = self.stores.active()
        except ProfileError:
            choice = None
        self.setText(self.words(choice))
        self.setToolTip(
            (choice.base_url + "\n" if choice else "")
            + self.tr("Click to choose or set up the store (Store → Stores)")
        )

    def words(self, choice: StoreChoice | None) -> str:
        if choice is None:
            return self.tr("No store chosen")
        kind = {
            "demo": self.tr("demo — nothing goes to a real store"),
            "sandbox": self.tr("sandbox"),
            "custom": self.tr("custom address"),
        }.get(choice.environment)
        name = self.tr("Demo store") if choice.is_demo else choice.name
        text = self.tr("Store: %1").replace("%1", name)
        return f"{text} ({kind})" if kind else text

    def retranslate(self) -> None:
        self.refresh()
