"""The category picker: one editor for the category, sub-category and type cells.

A search line over the store's reference tree: with nothing typed it shows the tree to browse;
typing shows the matching paths (``kaos ob`` → ``Fashion Pria › Kaos › Kaos Oblong``), Enter
picks the first, the arrows move. Picking a type gives all three levels at once; the grid
writes their names into the three cells in one undoable step (``ProductGrid.pick_category``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.catalog.naming import TreePath, index_of, search
from app.catalog.store_data import ReferenceTree

#: How a path is shown in the picker.
PATH_SEPARATOR = " › "
#: At most this many matches are listed while searching (the first ones are the best).
SHOWN_MATCHES = 200
#: The item's position in ``CategoryPicker.picks`` (a plain int: no Python object in Qt's data).
_PICK_ROLE = Qt.ItemDataRole.UserRole + 1
#: One type with the sub-category and category it was picked under.
Pick = TreePath


def _item(text: str, position: int | None, tip: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(tip)
    if position is None:
        item.setSelectable(False)
    else:
        item.setData(position, _PICK_ROLE)
    return item


class CategoryPicker(QDialog):
    """Pick a type by name; ``picked()`` is the chosen path, or None."""

    def __init__(
        self,
        tree: ReferenceTree,
        current: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("category-picker")
        self.setWindowTitle(self.tr("Choose the category"))
        self.picks = index_of(tree).paths
        self._positions = {pick: n for n, pick in enumerate(self.picks)}
        self.tree = tree
        self.search = QLineEdit()
        self.search.setObjectName("category-search")
        self.search.setPlaceholderText(self.tr("Type part of a name, e.g. “kaos ob”"))
        self.search.setClearButtonEnabled(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.view = QTreeView()
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.browse_model = self._browse_model()
        self.found_model = QStandardItemModel(self)
        self.view.setModel(self.browse_model)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_current)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.search, self.note, self.view, self.buttons):
            layout.addWidget(widget)
        self.search.textChanged.connect(self.show_matches)
        self.search.installEventFilter(self)
        self.view.activated.connect(lambda _: self._accept_current())
        self._chosen: Pick | None = None
        self.resize(560, 460)
        self.show_matches("")
        if current is not None:
            self.show_current(*current)

    # ---------------------------------------------------------------- models

    def _browse_model(self) -> QStandardItemModel:
        model = QStandardItemModel(self)
        tree, root = self.tree, model.invisibleRootItem()
        for category in tree.categories:
            c_item = _item(category.name, None, category.id)
            for sub in tree.sub_categories.get(category.id, ()):
                s_item = _item(sub.name, None, sub.id)
                for kind in tree.types.get(sub.id, ()):
                    position = self._positions.get(Pick(category, sub, kind))
                    s_item.appendRow(_item(kind.name, position, kind.id))
                c_item.appendRow(s_item)
            root.appendRow(c_item)
        return model

    def show_current(self, sub_category_id: str, type_id: str) -> None:
        """Open the tree at the row's current type (the search line stays empty: typing
        searches at once)."""
        model = self.browse_model
        for c in range(model.rowCount()):
            c_index = model.index(c, 0)
            for s in range(model.rowCount(c_index)):
                s_index = model.index(s, 0, c_index)
                if s_index.data(Qt.ItemDataRole.ToolTipRole) != sub_category_id:
                    continue
                for t in range(model.rowCount(s_index)):
                    t_index = model.index(t, 0, s_index)
                    pick = self._pick_at(t_index)
                    if pick is not None and pick.type.id == type_id:
                        self.view.setCurrentIndex(t_index)
                        self.view.scrollTo(t_index)
                        return

    def show_matches(self, text: str) -> None:
        """Searching lists the matching paths; an empty search shows the tree."""
        if not text.strip():
            self.view.setModel(self.browse_model)
            self.view.setRootIsDecorated(True)
            count = len(self.picks)
            self.note.setText(self.tr("%n type(s) in the store's category list.", "", count))
            return
        found = search(self.tree, text, SHOWN_MATCHES)
        self.found_model.clear()
        root = self.found_model.invisibleRootItem()
        for pick in found:
            root.appendRow(_item(pick.text(), self._positions.get(pick), pick.type.id))
        self.view.setModel(self.found_model)
        self.view.setRootIsDecorated(False)
        if found:
            self.view.setCurrentIndex(self.found_model.index(0, 0))
            self.note.setText(
                self.tr("%n match(es) — Enter picks the highlighted one.", "", len(found))
            )
        else:
            self.note.setText(self.tr("No type matches “%1”.").replace("%1", text.strip()))

    # ---------------------------------------------------------------- keys and picking

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and page keys in the search line move in the list; Enter picks."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.view.setFocus()
                self.view.keyPressEvent(event)
                self.search.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept_current()
                return True
        return super().eventFilter(watched, event)

    def _pick_at(self, index: QModelIndex) -> Pick | None:
        position = index.data(_PICK_ROLE) if index.isValid() else None
        return self.picks[position] if isinstance(position, int) else None

    def current_pick(self) -> Pick | None:
        return self._pick_at(self.view.currentIndex())

    def _accept_current(self) -> None:
        pick = self.current_pick()
        if pick is None:
            index = self.view.currentIndex()
            if index.isValid():  # a category or sub-category: open it
                self.view.setExpanded(index, not self.view.isExpanded(index))
            return
        self._chosen = pick
        self.accept()

    def picked(self) -> Pick | None:
        return self._chosen

    @classmethod
    def ask(
        cls, parent: QWidget | None, tree: ReferenceTree, current: tuple[str, str] | None = None
    ) -> Pick | None:
        dialog = cls(tree, current, parent)
        return dialog.picked() if dialog.exec() == QDialog.DialogCode.Accepted else None
