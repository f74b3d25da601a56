"""The store's category list in the window: gathered in the background whenever a store is set
(at start, when the store changes, after File → Open), refreshed on demand (Store → Refresh
categories, with progress and cancel), applied on the GUI thread, and its age in the status bar.

The worker reads the keyring, builds the client and gathers the store's data (the cache first,
the store when the cache is stale or a refresh is asked for); it returns what it gathered and
touches nothing the widgets read. ``CategoryList.apply`` — on the GUI thread — hands it to the
grid's rows checker (``checking_rows.RowsChecker``): the rows are checked again, every row in
the background when the tree, the warehouses or the first list came (an id that left the tree
turns red), the few a brand search changed at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QProgressDialog, QStatusBar, QWidget

from app.catalog.store_data import Entry, StoreData
from app.gui.grid.model import ProductModel
from app.gui.grid.reference_names import BRAND_KEY
from app.gui.grid.view import ProductGrid
from app.gui.kit.retranslate import Retranslating
from app.gui.kit.tasks import Progress, TaskRunner
from app.gui.stores.book import StoreBook, StoreChoice
from app.gui.stores.menu import StoreMenu
from app.gui.window.checking_rows import RowsChecker
from app.gui.window.store_gatherer import Gather, StoreGatherer, is_offline
from app.profiles import ProfileError
from app.reference import Gathered

translate = QCoreApplication.translate
#: [ours] API.md §4.4: a category list older than this is refreshed in the background.
STALE_AFTER_DAYS = 7


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


class CategoryNote(Retranslating, QLabel):
    """The status bar's note on the category list; re-reads its words after a language switch."""

    def __init__(self, words: Callable[[], str]) -> None:
        super().__init__()
        self.setObjectName("category-note")
        self.words = words
        self.retranslate()

    def retranslate(self) -> None:
        text = self.words()
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))


class CategoryList(QObject):
    """``applied(StoreData)``: the grid now checks against this data."""

    applied = Signal(object)

    def __init__(
        self,
        stores: StoreBook,
        model: ProductModel,
        status: QStatusBar,
        parent: QWidget,
        gather: Gather | None = None,
    ) -> None:
        super().__init__(parent)
        self.stores, self.model = stores, model
        self.gatherer = StoreGatherer(stores)
        self.gather: Gather = gather or self.gatherer
        self.parent_widget = parent
        # Its own runner (gathering never blocks opening a workbook), owned by Python: a result
        # that arrives after the window closed finds it still there, and is dropped.
        self.runner = TaskRunner(None)
        self.loading = False
        self.data: StoreData | None = None
        self.offline = False
        self.store_key: tuple[str, str] | None = None
        self.asked = False  # nothing to say before the first look at the store
        self._generation = 0
        self._cancel = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self.status = status
        #: checks the rows again when the lists change (in the background for every row)
        self.checking = RowsChecker(model, status, self)
        self.label = CategoryNote(self.note)
        status.addPermanentWidget(self.label)

    def wire(self, store_menu: StoreMenu, opened: SignalInstance, grid: ProductGrid) -> None:
        """Store changes and Store → Refresh categories from the menu, new workbooks from the
        opener; the grid's brand list searches the store through this object's runner, and its
        plain category editor explains itself in the status bar."""
        store_menu.store_changed.connect(lambda: self.load())
        store_menu.categories_requested.connect(self.refresh)
        opened.connect(lambda _: self.on_opened())
        grid.runner = self.runner
        grid.brand_search = self.search_brands
        grid.delegate.notice.connect(lambda text: self.status.showMessage(text, 10_000))

    # ---------------------------------------------------------------- starting

    def active(self) -> StoreChoice | None:
        try:
            return self.stores.active()
        except ProfileError:  # a damaged profiles file: the Stores dialog says so
            return None

    def load(self, *, refresh: bool = False) -> bool:
        """Gather the active store's data in the background (False: no store to ask)."""
        choice = self.active()
        self.asked = True
        key = (choice.name, choice.base_url) if choice is not None else None
        if key != self.store_key:  # another store: its data, not the last one's
            self.store_key = key
            if self.data is not None:
                self.apply(Gathered(StoreData()), generation=self._generation)
            self.offline = False
        if choice is None:
            self.show_note()
            return False
        self._generation += 1
        generation = self._generation
        self.loading = True
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
        self.loading = False
        self._close_progress()
        self.show_note()

    def on_opened(self) -> None:
        """A workbook was opened: its new table is checked with what is known, then the store
        is asked again (its brand names may be new)."""
        if self.data is not None and self.model.table.store_data is not self.data:
            self.checking.start(self.data)  # opened while the list was on its way
        self.load()

    # ---------------------------------------------------------------- results (GUI thread)

    def _progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def _gone(self) -> bool:
        """The window went away while the worker ran (closed, or never shown and collected)."""
        return not (shiboken6.isValid(self) and shiboken6.isValid(self.model))

    def apply(self, found: Gathered, *, generation: int) -> None:
        if self._gone() or generation != self._generation:
            return  # cancelled, or another store was chosen meanwhile
        self._close_progress()
        self.loading = False
        self.data, self.offline = found.data, is_offline(found)
        if found.data != self.model.table.store_data:  # the same lists: every row stands
            self.checking.start(found.data)
        self.show_note()
        lang = self.model.lang
        said = [n.message(lang) for n in found.notes]
        if said:
            self.label.setToolTip("\n".join(filter(None, (self.label.text(), *said))))
            self.status.showMessage(said[0], 10_000)
        self.applied.emit(found.data)

    def _failed(self, exc: BaseException, generation: int) -> None:
        if self._gone() or generation != self._generation:
            return
        self._close_progress()
        self.loading = False
        self.offline = True
        self.show_note()
        self.label.setToolTip(f"{self.label.text()}\n{exc}")

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)  # closing it is not the merchant's cancel
            dialog.close()
            dialog.deleteLater()

    def search_brands(self, text: str) -> list[Entry]:
        """The brand list's search (runs in a worker): the active store's brands like ``text``."""
        choice = self.active()
        return self.gatherer.brands(choice, text) if choice is not None else []

    def note(self) -> str:
        if not self.asked or (self.loading and self.data is None):
            return ""  # nothing to say yet
        return category_note(self.data, self.offline, store=self.store_key is not None)

    def show_note(self) -> None:
        self.label.retranslate()

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Closing the window: stop between calls and wait for the worker."""
        self._cancel.set()
        self._generation += 1
        self._close_progress()
        checked = self.checking.shutdown(msecs / 1000)
        return self.runner.wait(msecs) and checked
