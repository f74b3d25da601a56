"""The main window: toolbar and menus, the filter bar and grid, the Problems dock, the status
bar. It builds the rooms and wires them together; each room lives in its own package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.catalog.messages import Lang
from app.gui.grid.compare_bar import CompareBar
from app.gui.grid.context_menu import GridMenus
from app.gui.grid.editing import GridEditing
from app.gui.grid.filter_bar import FilterBar
from app.gui.grid.lock import TableLock
from app.gui.grid.model import ProductModel
from app.gui.grid.photo_fix import PhotoLinkFix
from app.gui.grid.problems import ProblemsDock
from app.gui.grid.proxy import ProductFilter, RowFilter
from app.gui.grid.view import ProductGrid
from app.gui.kit.i18n import Translations, system_lang
from app.gui.kit.resources import demo_workbook, is_demo_workbook
from app.gui.kit.retranslate import Retranslating
from app.gui.kit.tasks import TaskRunner
from app.gui.sending.flow import SendFlow
from app.gui.stores.book import StoreBook
from app.gui.stores.menu import StoreMenu
from app.gui.window.about import show_about, show_guide
from app.gui.window.actions import Actions
from app.gui.window.category_list import CategoryList
from app.gui.window.photo_checker import PhotoChecks
from app.gui.window.recent import RecentMenu
from app.gui.window.settings import WindowSettings
from app.gui.window.statusbar import ProductStatusBar
from app.gui.window.store_badge import StoreBadge
from app.gui.window.sync_download import ProductDownload
from app.gui.window.sync_menu import SyncMenu
from app.gui.window.welcome import WelcomePage
from app.gui.workbook.autosave import Autosave
from app.gui.workbook.choosing import WorkbookDrops, choose_workbook, unclosed_work
from app.gui.workbook.opener import Opened, WorkbookOpener
from app.gui.workbook.row_stream import RowStream
from app.gui.workbook.saving import ResultsSaver
from app.gui.workbook.template_file import PRODUCTS_SHEET, new_from_template
from app.sheets import LoadedSheet, MappingMemory
from app.sheets.session import SessionStore

APP_TITLE = "Toco Uploader"


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        *,
        settings: WindowSettings | None = None,
        sessions: SessionStore | None = None,
        memory: MappingMemory | None = None,
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.settings = settings or WindowSettings()
        self.translations = translations or Translations(self)
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.model = ProductModel(
            lang=self.translations.lang, undo_stack=self.undo_stack, parent=self
        )
        self.lock = TableLock(self.model, self)
        self.proxy = ProductFilter(self.model, self)
        self.grid = ProductGrid(self.proxy)
        self.filter_bar = FilterBar(self.proxy)
        self.compare_bar = CompareBar()
        self.welcome = WelcomePage()
        self.loaded: LoadedSheet | None = None
        self.stores = StoreBook(self.settings, parent=self)
        self.send_flow = SendFlow(
            self.model,
            self.lock,
            self.runner,
            self.stores,
            workbook=lambda: self.loaded,
            selected=self.grid.selected_source_rows,
            parent=self,
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self._grid_page())
        self.setCentralWidget(self.pages)
        self.problems = ProblemsDock(self.model, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.status = ProductStatusBar(self)
        self.setStatusBar(self.status)
        self.acts = Actions(self)
        self.toolbar = self.acts.build()
        self.store_badge = StoreBadge(self.stores, self.acts.stores, self.status)
        self.status.insertPermanentWidget(0, self.store_badge)
        self.sessions = sessions or SessionStore()
        self.autosave = Autosave(self.sessions, self)
        self.opener = WorkbookOpener(self.runner, self, self.sessions, memory)
        self.row_stream = RowStream(self.opener, self.model, self.lock, self.status)
        self.status.addPermanentWidget(self.row_stream)
        self.editing = GridEditing(
            self.acts, self.grid, self.filter_bar, self.lock, self.undo_stack, self
        )
        self.grid_menus = GridMenus(self.grid, self.acts)
        self.saver = ResultsSaver(self.lock, self.runner, self.autosave, lambda: self.loaded, self)
        self.save_results = self.saver.save
        self.recent = RecentMenu(self.acts.recent_menu, self.acts.clear_recent, self.settings)
        self.store_menu = StoreMenu(self.acts, self.send_flow, self.stores, self)
        self.sync_menu = SyncMenu(
            self.acts, self.model, self.lock, self.filter_bar, self.compare_bar, self.send_flow
        )
        self.drops = WorkbookDrops(self)
        self.category_list = CategoryList(self.stores, self.model, self.status, self)
        self.category_list.wire(self.store_menu, self.opener.opened, self.grid)
        self.download = ProductDownload(
            self.acts.download_products,
            self.send_flow,
            store_data=lambda: self.category_list.data,
            lang=lambda: self.model.lang,
            open_path=lambda path: self.open_path(path, PRODUCTS_SHEET, ask_mapping=False),
            parent=self,
        )
        self.opener.store_data = lambda: self.category_list.data
        self._connect()
        self.photo_checks = PhotoChecks(self.model, self.status, self.settings, self)
        self.photo_checks.skip_sheet = lambda: is_demo_workbook(
            self.loaded.path if self.loaded else None
        )
        self.photo_checks.wire(self.opener.opened, self.acts.view_menu)  # after show_opened
        self.photo_fix = PhotoLinkFix(self.grid, self.model)
        self.grid_menus.extras.append(self.photo_fix.add_to)
        self.resize(1280, 800)
        self._size_docks = not self.settings.restore_window(self)
        self.set_language(self.settings.language or system_lang(), remember=False)
        QTimer.singleShot(0, self.category_list, self.category_list.load)  # once a store is set

    def _grid_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (self.filter_bar, self.compare_bar, self.send_flow.panel, self.grid):
            layout.addWidget(widget)
        return page

    # ---------------------------------------------------------------- wiring

    def _connect(self) -> None:
        a, status = self.acts, self.status
        a.open.triggered.connect(self.choose_file)
        a.save_results.triggered.connect(self.save_results)
        a.new_from_template.triggered.connect(self.new_from_template)
        a.quit.triggered.connect(self.close)
        a.show_problems.triggered.connect(self.problems.reveal)
        a.all_columns.setChecked(self.settings.show_all_fields)
        a.all_columns.toggled.connect(self._show_all_fields)
        a.about.triggered.connect(lambda: show_about(self))
        for page, action in a.guides.items():
            action.triggered.connect(lambda _=False, p=page: show_guide(self, p))
        for code, action in a.language.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.welcome.open_requested.connect(self.choose_file)
        self.welcome.demo_requested.connect(
            lambda: self.open_path(demo_workbook(), ask_mapping=False)
        )
        self.recent.open_requested.connect(self.open_path)
        self.drops.dropped.connect(self.open_path)
        self.problems.cell_requested.connect(self.editing.go_to_cell)
        self.editing.row_added.connect(lambda: self.pages.setCurrentIndex(1))
        self.editing.message.connect(status.showMessage)
        self.store_menu.message.connect(status.showMessage)
        self.sync_menu.message.connect(status.showMessage)
        self.download.message.connect(status.showMessage)
        self.send_flow.panel.message.connect(lambda text: status.showMessage(text, 8000))
        self.send_flow.panel.show_rejected.connect(
            lambda: self.filter_bar.set_mode(RowFilter.REJECTED)
        )
        self.saver.started.connect(status.start_progress)
        self.saver.ended.connect(status.end_progress)
        self.opener.streaming.connect(self.show_streaming)
        self.row_stream.reverted.connect(self._show_previous)
        self.opener.opened.connect(self.show_opened)
        self.opener.failed.connect(self.show_failure)
        self.opener.cancelled.connect(lambda: status.end_progress())
        self.opener.progress.connect(status.start_progress)
        self.autosave.failed.connect(
            lambda why: status.showMessage(self.tr("Autosave failed: %1").replace("%1", why))
        )
        status.watch(self.model, self.proxy, lambda: len(self.grid.selected_source_rows()))
        self.grid.selectionModel().selectionChanged.connect(lambda *_: status.show_selected())
        self.runner.busy_changed.connect(lambda busy: a.open.setEnabled(not busy))

    def _show_all_fields(self, shown: bool) -> None:
        self.settings.show_all_fields = shown
        self.update_columns()

    def update_columns(self) -> None:
        mapped = self.loaded.colmap.fields() if self.loaded is not None else set()
        self.grid.show_columns(mapped, self.acts.all_columns.isChecked())

    # ---------------------------------------------------------------- language

    def set_language(self, lang: str, *, remember: bool = True) -> None:
        code: Lang = "id" if lang == "id" else "en"
        if not self.translations.switch(code):
            code = "en"
        self.model.set_lang(code)
        self.acts.language[code].setChecked(True)
        if remember:
            self.settings.language = code
        self.retranslate()

    def retranslate(self) -> None:
        self.acts.retranslate()
        self.update_title()
        self.problems.retranslate()
        self.status.show_counters()
        if hasattr(self, "photo_checks"):
            self.photo_checks.retranslate()

    def update_title(self) -> None:
        name = self.loaded.path.name if self.loaded else None
        self.setWindowTitle(f"{APP_TITLE} — {name}" if name else APP_TITLE)

    # ---------------------------------------------------------------- opening

    def new_from_template(self) -> None:
        path = new_from_template(self, self.translations.lang, self.category_list.data)
        if path is not None:
            self.open_path(path, PRODUCTS_SHEET, ask_mapping=False)

    def choose_file(self) -> None:
        path = choose_workbook(self, self.settings.recent_files())
        if path:
            self.open_path(path)

    def open_path(
        self,
        path: str | Path,
        sheet: str | None = None,
        *,
        ask_mapping: bool = True,
        restore_answer: bool | None = None,
    ) -> None:
        if self.runner.busy:
            return
        self.autosave.detach()
        self.opener.open(path, sheet, ask_mapping=ask_mapping, restore_answer=restore_answer)

    def show_streaming(self, opened: Opened) -> None:
        """The first rows are in (the row stream put the filling table in the grid): the
        grid is shown, unsorted, with the workbook's columns, while the rest arrives.
        ``loaded`` stays the previous workbook's until every row is in."""
        self.grid.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.setWindowTitle(f"{APP_TITLE} — {opened.loaded.path.name}")
        self.pages.setCurrentIndex(1)
        self.grid.show_columns(opened.loaded.colmap.fields(), self.acts.all_columns.isChecked())

    def _show_previous(self) -> None:
        """An opening failed after its rows began to arrive: the workbook before it again."""
        self.update_title()
        self.update_columns()
        if self.loaded is None:
            self.pages.setCurrentIndex(0)

    def show_opened(self, opened: Opened) -> None:
        self.loaded = opened.loaded
        self.send_flow.update_actions()  # the lock let go before the workbook was set
        if self.model.table is not opened.loaded.table:  # not streamed in (a test, a restore)
            self.model.set_table(opened.loaded.table)
            self.grid.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        else:
            self.send_flow.table_filled()
        self.autosave.attach(self.model, opened.meta, opened.restored, opened.restored_structure)
        self.recent.add(opened.loaded.path)
        self.update_title()
        self.pages.setCurrentIndex(1)
        self.update_columns()
        self.problems.refresh()
        loaded_words = self.tr("%n product row(s) loaded.", "", len(opened.loaded.table))
        lang: Lang = self.model.lang
        notes = [n.message(lang) for n in opened.loaded.raw.notices]  # "really an .xls"
        self.status.end_progress(" ".join([*notes, loaded_words]))
        self.status.recount()
        self.status.flush()
        self.store_menu.hint_unfinished(opened.loaded)

    def show_failure(self, text: str) -> None:
        self.status.end_progress()
        QMessageBox.warning(self, self.tr("Cannot open the workbook"), text)

    def offer_crash_restore(self) -> bool:
        """At start: offer the work of a window that did not close cleanly."""
        found = unclosed_work(self, self.sessions)
        if found is not None:
            self.open_path(found[0], found[1], ask_mapping=False, restore_answer=True)
        return found is not None

    # ---------------------------------------------------------------- closing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._size_docks:
            self._size_docks = False
            self.resizeDocks([self.problems], [150], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.send_flow.shutdown()
        self.category_list.shutdown()
        self.photo_checks.shutdown()
        self.opener.cancel()  # a workbook still being read: its child is stopped
        self.opener.shutdown()  # and the spare reading child waiting for the next one
        self.autosave.close()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.runner.wait(10_000)
        super().closeEvent(event)
