"""The main window: toolbar and menus, the filter bar and grid, the Problems dock, the status
bar. It wires the parts together; each part lives in its own module."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog.messages import Lang
from app.catalog.table import ProductRow
from app.gui.grid.commands import InsertRowsCommand, RemoveRowsCommand
from app.gui.grid.filter_bar import FilterBar
from app.gui.grid.find_replace import FindReplaceDialog
from app.gui.grid.model import ProductModel
from app.gui.grid.problems import ProblemsDock
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid
from app.gui.kit.i18n import Translations, system_lang
from app.gui.kit.resources import app_version, demo_workbook
from app.gui.kit.tasks import TaskRunner
from app.gui.sending.flow import SendFlow
from app.gui.stores.book import StoreBook
from app.gui.stores.menu import connect_store_menu
from app.gui.window.actions import Actions
from app.gui.window.settings import WindowSettings
from app.gui.window.statusbar import ProductStatusBar
from app.gui.window.welcome import WelcomePage
from app.gui.workbook.autosave import Autosave
from app.gui.workbook.opener import Opened, RestoreDialog, WorkbookOpener
from app.sheets import LoadedSheet, MappingMemory, SheetError, write_results
from app.sheets.session import SessionStore, edited_count

APP_TITLE = "Toco Uploader"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


class MainWindow(QMainWindow):
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
        self.saving = False  # results are being written in a worker
        self.undo_stack = QUndoStack(self)
        self.model = ProductModel(
            lang=self.translations.lang, undo_stack=self.undo_stack, parent=self
        )
        self.proxy = ProductFilter(self.model, self)
        self.grid = ProductGrid(self.proxy)
        self.filter_bar = FilterBar(self.proxy)
        self.welcome = WelcomePage()
        grid_page = QWidget()
        page_layout = QVBoxLayout(grid_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.filter_bar)
        page_layout.addWidget(self.grid)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(grid_page)
        self.setCentralWidget(self.pages)
        self.problems = ProblemsDock(self.model, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.status = ProductStatusBar(self)
        self.setStatusBar(self.status)
        self.acts = Actions(self)
        self.toolbar = self.acts.build()
        self.stores = StoreBook(self.settings, parent=self)
        self.send_flow = SendFlow(self, self.stores)
        page_layout.insertWidget(1, self.send_flow.panel)
        self.stores_dialog: QWidget | None = None
        self.history_dialog: QWidget | None = None
        self.sessions = sessions or SessionStore()
        self.autosave = Autosave(self.sessions, self)
        self.opener = WorkbookOpener(self.runner, self, self.sessions, memory)
        self.loaded: LoadedSheet | None = None
        self.find_dialog: FindReplaceDialog | None = None
        self._connect()
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        geometry, state = self.settings.geometry(), self.settings.state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._size_docks = state is None or not self.restoreState(state)
        self.set_language(self.settings.language or system_lang(), remember=False)
        self.refresh_recent()

    # ---------------------------------------------------------------- wiring

    def _connect(self) -> None:
        a, stack = self.acts, self.undo_stack
        a.open.triggered.connect(self.choose_file)
        a.save_results.triggered.connect(self.save_results)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(stack.undo)
        a.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.copy.triggered.connect(self.grid.copy_selection)
        a.paste.triggered.connect(lambda: self.grid.paste())
        a.fill_down.triggered.connect(self.grid.fill_down)
        a.find_replace.triggered.connect(self.show_find)
        a.add_row.triggered.connect(self.add_row)
        a.remove_rows.triggered.connect(self.remove_rows)
        a.show_problems.triggered.connect(self.show_problems)
        a.all_columns.toggled.connect(lambda _: self.update_columns())
        a.about.triggered.connect(self.show_about)
        a.clear_recent.triggered.connect(self.clear_recent)
        for code, action in a.language.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.welcome.open_requested.connect(self.choose_file)
        self.welcome.demo_requested.connect(
            lambda: self.open_path(demo_workbook(), ask_mapping=False)
        )
        self.problems.cell_requested.connect(self.go_to_cell)
        self.opener.opened.connect(self.show_opened)
        self.opener.failed.connect(self.show_failure)
        self.opener.cancelled.connect(lambda: self.status.end_progress())
        self.opener.progress.connect(self.status.start_progress)
        self.autosave.failed.connect(
            lambda why: self.status.showMessage(self.tr("Autosave failed: %1").replace("%1", why))
        )
        self.model.changed.connect(lambda _: self.recount())
        self.proxy.modelReset.connect(self.recount)
        self.proxy.layoutChanged.connect(self.recount)
        self.proxy.rowsInserted.connect(self.recount)
        self.proxy.rowsRemoved.connect(self.recount)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.runner.busy_changed.connect(lambda busy: self.acts.open.setEnabled(not busy))
        connect_store_menu(self)

    def update_columns(self) -> None:
        mapped = self.loaded.colmap.fields() if self.loaded is not None else set()
        self.grid.show_columns(mapped, self.acts.all_columns.isChecked())

    def show_problems(self) -> None:
        self.problems.show()
        self.problems.raise_()

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.refresh_recent()

    def recount(self) -> None:
        self.status.schedule(
            self.model.table, len(self.grid.selected_source_rows()), self.proxy.rowCount()
        )

    def show_selected(self) -> None:
        self.status.set_selected(len(self.grid.selected_source_rows()), self.proxy.rowCount())

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_title(self) -> None:
        name = self.loaded.path.name if self.loaded else None
        self.setWindowTitle(f"{APP_TITLE} — {name}" if name else APP_TITLE)

    # ---------------------------------------------------------------- opening

    def choose_file(self) -> None:
        start = (
            str(Path(self.settings.recent_files()[0]).parent)
            if self.settings.recent_files()
            else str(Path.home())
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a workbook"),
            start,
            self.tr("Workbooks (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
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

    def show_opened(self, opened: Opened) -> None:
        self.loaded = opened.loaded
        self.model.set_table(opened.loaded.table)
        self.grid.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.autosave.attach(self.model, opened.meta, opened.restored, opened.restored_structure)
        self.settings.add_recent(opened.loaded.path)
        self.refresh_recent()
        self.update_title()
        self.pages.setCurrentIndex(1)
        self.update_columns()
        self.problems.refresh()
        self.status.end_progress(self.tr("%n product row(s) loaded.", "", len(opened.loaded.table)))
        self.recount()
        self.status.flush()

    def show_failure(self, text: str) -> None:
        self.status.end_progress()
        QMessageBox.warning(self, self.tr("Cannot open the workbook"), text)

    def refresh_recent(self) -> None:
        menu = self.acts.recent_menu
        menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            menu.addSeparator()
            menu.addAction(self.acts.clear_recent)
        menu.setEnabled(bool(files))

    def offer_crash_restore(self) -> bool:
        """At start: offer the work of a window that did not close cleanly."""
        found = self.sessions.latest_unclosed()
        if found is None:
            return False
        key, data = found
        workbook = Path(str(data.get("workbook", "")))
        if not workbook.exists():
            return False
        if not RestoreDialog.ask(
            self, workbook.name, edited_count(data), float(data.get("saved_at", 0))
        ):
            self.sessions.discard(key)
            return False
        self.open_path(workbook, str(data.get("sheet")), ask_mapping=False, restore_answer=True)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(WORKBOOK_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    # ---------------------------------------------------------------- editing

    def show_find(self) -> None:
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.grid, self)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_edit.setFocus()

    def go_to_cell(self, source_row: int, column: int) -> None:
        if not self.grid.select_cell(source_row, column):
            self.filter_bar.set_mode(self.proxy.mode.ALL)
            self.filter_bar.search.clear()
            self.proxy.set_text("")
            self.grid.select_cell(source_row, column)
        self.grid.setFocus()

    def add_row(self) -> None:
        current = self.grid.currentIndex()
        position = (
            self.proxy.mapToSource(current).row() + 1
            if current.isValid()
            else len(self.model.table)
        )
        self.undo_stack.push(InsertRowsCommand(self.model, position, [ProductRow(None, {})]))
        self.pages.setCurrentIndex(1)
        self.grid.select_cell(position, self.model.column_of("name"))

    def remove_rows(self) -> None:
        rows = self.grid.selected_source_rows()
        added = [i for i in rows if self.model.row(i).sheet_row is None]
        if added:
            self.undo_stack.push(RemoveRowsCommand(self.model, added))
        if len(added) < len(rows):
            self.status.showMessage(
                self.tr(
                    "Rows from your workbook stay in the grid; delete them in the workbook itself."
                ),
                8000,
            )

    # ---------------------------------------------------------------- saving and closing

    def save_results(self) -> None:
        if self.loaded is None or self.runner.busy or self.send_flow.busy:
            return
        loaded = LoadedSheet(
            self.loaded.raw, self.loaded.header_row, self.loaded.colmap, self.model.table
        )
        lang = self.translations.lang
        self.autosave.flush()
        self.status.start_progress(self.tr("Saving results…"))
        self._set_saving(True)  # the worker reads the table: no edits, no jobs under it

        def done(path: Path) -> None:
            self._set_saving(False)
            self.status.end_progress(self.tr("Results saved to %1").replace("%1", str(path)))

        def failed(error: BaseException) -> None:
            self._set_saving(False)
            self.status.end_progress()
            text = error.message(lang) if isinstance(error, SheetError) else str(error)
            QMessageBox.warning(self, self.tr("Could not save the results"), text)

        self.runner.run(lambda _: write_results(loaded, lang=lang), on_done=done, on_failed=failed)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.model.read_only = saving
        self.send_flow.update_actions()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Toco Uploader"),
            self.tr(
                "<b>Toco Uploader %1</b><p>Upload products from your Excel workbooks to the Toco"
                " marketplace, see every problem where it is, fix it and send again.</p>"
            ).replace("%1", app_version()),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._size_docks:
            self._size_docks = False
            self.resizeDocks([self.problems], [150], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.send_flow.shutdown()
        self.autosave.close()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.runner.wait(10_000)
        super().closeEvent(event)
