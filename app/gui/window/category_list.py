"""The store's category list in the window: gathered in the background whenever a store is set
(at start, when the store changes, after File → Open), refreshed on demand (Store → Refresh
categories, with progress and cancel), applied on the GUI thread, and its age in the status bar.

The worker reads the keyring, builds the client and gathers the store's data (the cache first,
the store when the cache is stale or a refresh is asked for); it returns what it gathered and
touches nothing the widgets read. ``CategoryList.apply`` — on the GUI thread — hands it to the
grid's model, which checks every row again (an id that left the tree turns red).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QStatusBar, QWidget

from app.catalog.store_data import StoreData
from app.gui.grid.model import ProductModel
from app.gui.grid.reference_names import BRAND_KEY
from app.gui.kit.tasks import Progress, TaskRunner
from app.gui.stores.book import StoreBook, StoreChoice
from app.profiles import ProfileError

translate = QCoreApplication.translate
#: [ours] API.md §4.4: a category list older than this is refreshed in the background.
STALE_AFTER_DAYS = 7


@dataclass
class Gathered:
    """What a worker brought back: the store's data, whether the store could be reached."""

    data: StoreData
    offline: bool = False
    notes: list[str] = field(default_factory=list)


class Gather(Protocol):
    """Gathers one store's data in a worker (reads the keyring; may use the network)."""

    def __call__(
        self,
        choice: StoreChoice,
        *,
        refresh: bool,
        brand_names: list[str],
        progress: Progress,
        cancel: Callable[[], bool],
    ) -> Gathered: ...


def sheet_brand_names(model: ProductModel) -> list[str]:
    """The brand names the sheet writes (not ids), each once: the store is searched for them."""
    seen: dict[str, None] = {}
    for row in model.table.rows:
        raw = row.cells.get(BRAND_KEY)
        if isinstance(raw, str) and raw.strip() and model.names.name_of(BRAND_KEY, raw) is None:
            seen.setdefault(raw.strip(), None)
    return list(seen)


def category_note(
    data: StoreData | None, offline: bool, now: datetime | None = None, store: bool = True
) -> str:
    """The status bar's words on the category list ("" when it is fresh)."""
    tree = data.tree if data is not None else None
    if tree is None:
        if not store:
            return translate(
                "CategoryList", "No store chosen: categories are checked for their form only"
            )
        if offline:
            return translate(
                "CategoryList",
                "No category list yet — connect to the internet once to download it",
            )
        return translate("CategoryList", "No category list yet")
    if tree.fetched_at is None:
        return ""
    fetched = tree.fetched_at if tree.fetched_at.tzinfo else tree.fetched_at.replace(tzinfo=UTC)
    days = max(((now or datetime.now(UTC)) - fetched).days, 0)
    if offline:
        return translate("CategoryList", "Category list from %n day(s) ago — offline", "", days)
    if days > STALE_AFTER_DAYS:
        return translate("CategoryList", "Category list from %n day(s) ago", "", days)
    return ""


class CategoryList(QObject):
    """``applied(StoreData)``: the grid now checks against this data."""

    applied = Signal(object)

    def __init__(
        self,
        stores: StoreBook,
        model: ProductModel,
        status: QStatusBar,
        gather: Gather,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.stores, self.model, self.gather = stores, model, gather
        self.parent_widget = parent
        self.runner = TaskRunner(self)  # its own: gathering never blocks opening a workbook
        self.data: StoreData | None = None
        self.offline = False
        self.store_key: tuple[str, str] | None = None
        self._generation = 0
        self._cancel = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self.label = QLabel()
        self.label.setObjectName("category-note")
        status.addPermanentWidget(self.label)
        self.label.hide()

    # ---------------------------------------------------------------- starting

    def active(self) -> StoreChoice | None:
        try:
            return self.stores.active()
        except ProfileError:  # a damaged profiles file: the Stores dialog says so
            return None

    def load(self, *, refresh: bool = False) -> bool:
        """Gather the active store's data in the background (False: no store to ask)."""
        choice = self.active()
        key = (choice.name, choice.base_url) if choice is not None else None
        if key != self.store_key:  # another store: its data, not the last one's
            self.store_key = key
            if self.data is not None:
                self.apply(Gathered(StoreData()), generation=self._generation)
        if choice is None:
            self.show_note(store=False)
            return False
        self._generation += 1
        generation = self._generation
        self._cancel = threading.Event()
        cancel, gather = self._cancel, self.gather
        names = sheet_brand_names(self.model)

        def work(progress: Progress) -> Gathered:
            return gather(
                choice,
                refresh=refresh,
                brand_names=names,
                progress=progress,
                cancel=cancel.is_set,
            )

        self.runner.run(
            work,
            on_done=lambda found: self.apply(found, generation=generation),
            on_failed=lambda exc: self._failed(exc, generation),
            on_progress=self._progress,
        )
        return True

    def refresh(self) -> bool:
        """Store → Refresh categories: download the whole list again, with progress and cancel."""
        if not self.load(refresh=True):
            return False
        dialog = QProgressDialog(
            translate("CategoryList", "Downloading the store's category list…"),
            translate("CategoryList", "Cancel"),
            0,
            0,
            self.parent_widget,
        )
        dialog.setObjectName("category-refresh")
        dialog.setWindowTitle(translate("CategoryList", "Refresh categories"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        dialog.show()
        return True

    def cancel(self) -> None:
        """Stop between calls; what was already known stays in use."""
        self._cancel.set()
        self._generation += 1
        self._close_progress()
        self.show_note()

    def on_opened(self) -> None:
        """A workbook was opened: its new table is checked with what is known, then the store
        is asked again (its brand names may be new)."""
        if self.data is not None:
            self.model.use_store_data(self.data)
        self.load()

    # ---------------------------------------------------------------- results (GUI thread)

    def _progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def apply(self, found: Gathered, *, generation: int) -> None:
        if generation != self._generation:
            return  # cancelled, or another store was chosen meanwhile
        self._close_progress()
        self.data, self.offline = found.data, found.offline
        self.model.use_store_data(found.data)
        self.show_note()
        self.applied.emit(found.data)

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._close_progress()
        self.offline = True
        self.show_note()
        self.label.setToolTip(str(exc))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def show_note(self, *, store: bool = True) -> None:
        text = category_note(self.data, self.offline, store=store)
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.setVisible(bool(text))

    def retranslate(self) -> None:
        self.show_note(store=self.store_key is not None)

    def wait(self, msecs: int = 10_000) -> Any:
        return self.runner.wait(msecs)
