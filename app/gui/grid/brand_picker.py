"""The brand list: a searchable list of the store's brands, for the brand cell.

It lists the brands found so far (the ``BrandBook``); while the merchant types, the store is
searched for the typed name through a background task (``search``, when online), and what it
finds joins the list. The worker only returns brands; the list is filled on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.catalog.store_data import Entry
from app.gui.kit.tasks import TaskRunner

#: Searches the store for brands named like the text (runs in a worker; may raise).
BrandSearch = Callable[[str], list[Entry]]
#: Milliseconds of quiet typing before the store is asked.
SEARCH_DELAY_MS = 350


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class BrandPicker(QDialog):
    """Pick a brand by name; ``picked()`` is the chosen brand, or None."""

    def __init__(
        self,
        brands: Iterable[Entry],
        current: str = "",
        parent: QWidget | None = None,
        *,
        search: BrandSearch | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("brand-picker")
        self.setWindowTitle(self.tr("Choose the brand"))
        self.brands: dict[str, Entry] = {b.id: b for b in brands}
        self.search_store, self.runner = search, runner
        self.asked: set[str] = set()
        self.line = QLineEdit(current)
        self.line.setPlaceholderText(self.tr("Type part of the brand's name"))
        self.line.setClearButtonEnabled(True)
        self.shown = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.shown)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.line, self.note, self.list, buttons):
            layout.addWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.ask_store)
        self.line.textChanged.connect(self._typed)
        self.line.installEventFilter(self)
        self.list.activated.connect(lambda _: self._accept_current())
        self._chosen: Entry | None = None
        self.resize(420, 420)
        self.show_matches()
        if current.strip():
            self._timer.start()

    def _typed(self, _: str) -> None:
        self.show_matches()
        if self.search_store is not None and self.runner is not None:
            self._timer.start()

    def show_matches(self) -> None:
        text = _fold(self.line.text())
        shown = sorted(
            (b for b in self.brands.values() if text in _fold(b.name)),
            key=lambda b: (not _fold(b.name).startswith(text), b.name.casefold()),
        )
        self.shown.clear()
        root = self.shown.invisibleRootItem()
        for brand in shown[:500]:
            item = QStandardItem(brand.name)
            item.setData(brand.id, Qt.ItemDataRole.UserRole)  # a plain str in Qt's data
            item.setToolTip(brand.id)
            root.appendRow(item)
        if shown:
            self.list.setCurrentIndex(self.shown.index(0, 0))
        self.note.setText(self.tr("%n brand(s)", "", len(shown)))

    def ask_store(self) -> None:
        """Search the store for the typed name, once per name, off the GUI thread."""
        text = _fold(self.line.text())
        if not text or text in self.asked or self.search_store is None or self.runner is None:
            return
        self.asked.add(text)
        search = self.search_store
        self.note.setText(self.tr("Searching the store…"))
        self.runner.run(
            lambda _progress: search(text),
            on_done=self.add_found,
            on_failed=lambda _exc: self.note.setText(
                self.tr("The store could not be searched; these are the brands found so far.")
            ),
        )

    def add_found(self, found: list[Entry]) -> None:
        """Brands the store found (on the GUI thread)."""
        for brand in found:
            self.brands[brand.id] = brand
        self.show_matches()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.list.currentIndex().row() + step
                if 0 <= row < self.shown.rowCount():
                    self.list.setCurrentIndex(self.shown.index(row, 0))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept_current()
                return True
        return super().eventFilter(watched, event)

    def _accept_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        self._chosen = self.brands.get(str(index.data(Qt.ItemDataRole.UserRole)))
        self.accept()

    def picked(self) -> Entry | None:
        return self._chosen

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        brands: Iterable[Entry],
        current: str = "",
        *,
        search: BrandSearch | None = None,
        runner: TaskRunner | None = None,
    ) -> Entry | None:
        dialog = cls(brands, current, parent, search=search, runner=runner)
        return dialog.picked() if dialog.exec() == QDialog.DialogCode.Accepted else None
