"""The bar above the grid after Store → Compare with store: what a sync would do (to create ·
to update · unchanged · conflicts), how many rows were edited since, and buttons for the
conflicts, syncing and forgetting the comparison. Hidden until the first comparison."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.gui.grid.compare_paint import CHANGE_COLOR
from app.gui.kit.retranslate import Retranslating


class CompareBar(Retranslating, QWidget):
    """``resolve`` (the conflicts dialog), ``sync`` and ``dismiss`` are the merchant's clicks;
    the owner does the work (Changes only is the filter bar's)."""

    resolve = Signal()
    sync = Signal()
    dismiss = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare-bar")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), CHANGE_COLOR.lighter(112))
        self.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 6, 3)
        self.counters = QLabel()
        self.counters.setObjectName("compare-counters")
        layout.addWidget(self.counters, 1)
        self.resolve_button = QPushButton()
        self.sync_button = QPushButton()
        self.dismiss_button = QPushButton()
        for button, signal in (
            (self.resolve_button, self.resolve),
            (self.sync_button, self.sync),
            (self.dismiss_button, self.dismiss),
        ):
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
        self.counts: dict[str, int] = {}
        self.store_name = ""
        self.hide()
        self.retranslate()

    def show_counts(self, counts: Mapping[str, int], store_name: str) -> None:
        self.counts, self.store_name = dict(counts), store_name
        self.retranslate()
        self.show()

    def text(self) -> str:
        return self.counters.text()

    def retranslate(self) -> None:
        c = self.counts
        parts = [
            self.tr("%n to create", "", c.get("create", 0)),
            self.tr("%n to update", "", c.get("update", 0)),
            self.tr("%n unchanged", "", c.get("unchanged", 0)),
            self.tr("%n conflict(s)", "", c.get("conflict", 0)),
        ]
        if c.get("delete"):
            parts.append(self.tr("%n to delete", "", c["delete"]))
        if c.get("invalid"):
            parts.append(self.tr("%n with problems", "", c["invalid"]))
        head = self.tr("Compared with %1:").replace("%1", self.store_name or "?")
        text = f"{head} " + "  ·  ".join(parts)
        if c.get("stale"):
            text += "  —  " + self.tr(
                "%n row(s) edited since: compare again to see their changes", "", c["stale"]
            )
        self.counters.setText(text)
        self.resolve_button.setText(self.tr("Resolve conflicts…"))
        self.resolve_button.setVisible(bool(c.get("conflict") or c.get("chosen")))
        self.sync_button.setText(self.tr("Sync with store…"))
        self.dismiss_button.setText(self.tr("Clear comparison"))
