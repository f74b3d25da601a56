"""The main window: toolbar and menus, the filter bar and grid, the Problems dock, the status
bar. It builds the rooms and wires them together (``wiring``); each room lives in its own
package, the opening and showing of workbooks in ``opening``. Only what the first paint needs
is imported with it: the jobs and their client, the readers and writers of workbooks, the
photo checker and the demo store are imported when first used."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.catalog.messages import Lang
from app.gui.grid.compare_bar import CompareBar
from app.gui.grid.context_menu import GridMenus
from app.gui.grid.editing import GridEditing
from app.gui.grid.filter_bar import FilterBar
from app.gui.grid.lock import TableLock
from app.gui.grid.model import ProductModel
from app.gui.grid.photo_fix import PhotoLinkFix
from app.gui.grid.problems import ProblemsDock
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid
from app.gui.kit.i18n import Translations, system_lang
from app.gui.kit.resources import is_demo_workbook
from app.gui.kit.retranslate import Retranslating
from app.gui.kit.tasks import TaskRunner
from app.gui.kit.turns import watch_window_thread
from app.gui.sending.flow import SendFlow
from app.gui.stores.book import StoreBook
from app.gui.stores.menu import StoreMenu
from app.gui.window.actions import Actions
from app.gui.window.category_list import CategoryList
from app.gui.window.opening import APP_TITLE
from app.gui.window.photo_checker import PhotoChecks
from app.gui.window.recent import RecentMenu
from app.gui.window.settings import WindowSettings
from app.gui.window.statusbar import ProductStatusBar
from app.gui.window.store_badge import StoreBadge
from app.gui.window.sync_download import ProductDownload
from app.gui.window.sync_menu import SyncMenu
from app.gui.window.welcome import WelcomePage
from app.gui.window.wiring import RoomWiring
from app.gui.workbook.autosave import Autosave
from app.gui.workbook.choosing import WorkbookDrops
from app.gui.workbook.opener import WorkbookOpener
from app.gui.workbook.row_stream import RowStream
from app.gui.workbook.saving import ResultsSaver
from app.sheets.session import SessionStore

if TYPE_CHECKING:
    from app.sheets import LoadedSheet, MappingMemory

__all__ = ["APP_TITLE", "MainWindow"]


class MainWindow(Retranslating, RoomWiring):
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
        watch_window_thread()  # the workers' long loops give way while this thread works
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
        self._demo_sheet: tuple[Path | None, bool] | None = None  # ``_is_demo_sheet``
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
            open_path=self.open_products,
            parent=self,
        )
        self.opener.store_data = lambda: self.category_list.data
        self.connect_rooms()
        for code, action in self.acts.language.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.photo_checks = PhotoChecks(self.model, self.status, self.settings, self)
        self.photo_checks.skip_sheet = self._is_demo_sheet
        self.photo_checks.wire(  # after show_opened; the checker imported while reading
            self.opener.opened, self.acts.view_menu, opening=self.opener.progress
        )
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

    def _is_demo_sheet(self) -> bool:
        """The open workbook is the app's demo (its photo links are examples): asked on every
        edit, worked out once per path (resolving two paths costs 0.1–0.9 ms)."""
        path = self.loaded.path if self.loaded else None
        if self._demo_sheet is None or self._demo_sheet[0] != path:
            self._demo_sheet = (path, is_demo_workbook(path))
        return self._demo_sheet[1]

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
