"""The main window's part that opens workbooks and shows them: File → Open, New from
template, a recent or dropped file, the streamed first rows, the opened workbook, a failure,
and the work a window that did not close cleanly left behind.

A mixin of ``MainWindow`` (``app.gui.window.main_window``), which builds the rooms it uses.
The template's writer (openpyxl) is imported when a template is first made, not to show the
window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from app.catalog.messages import Lang
from app.gui.workbook.choosing import choose_workbook, unclosed_work

if TYPE_CHECKING:
    from app.gui.grid.model import ProductModel
    from app.gui.grid.problems import ProblemsDock
    from app.gui.grid.proxy import ProductFilter
    from app.gui.grid.view import ProductGrid
    from app.gui.kit.i18n import Translations
    from app.gui.kit.tasks import TaskRunner
    from app.gui.sending.flow import SendFlow
    from app.gui.stores.menu import StoreMenu
    from app.gui.window.actions import Actions
    from app.gui.window.category_list import CategoryList
    from app.gui.window.recent import RecentMenu
    from app.gui.window.settings import WindowSettings
    from app.gui.window.statusbar import ProductStatusBar
    from app.gui.workbook.autosave import Autosave
    from app.gui.workbook.opener import Opened, WorkbookOpener
    from app.sheets import LoadedSheet
    from app.sheets.session import SessionStore

APP_TITLE = "Toco Uploader"


class WorkbookOpening(QMainWindow):
    """Opening and showing workbooks, for the main window (which sets every room below)."""

    loaded: LoadedSheet | None
    settings: WindowSettings
    translations: Translations
    runner: TaskRunner
    model: ProductModel
    proxy: ProductFilter
    grid: ProductGrid
    pages: QStackedWidget
    problems: ProblemsDock
    status: ProductStatusBar
    acts: Actions
    send_flow: SendFlow
    sessions: SessionStore
    autosave: Autosave
    opener: WorkbookOpener
    recent: RecentMenu
    store_menu: StoreMenu
    category_list: CategoryList

    def update_title(self) -> None:
        name = self.loaded.path.name if self.loaded else None
        self.setWindowTitle(f"{APP_TITLE} — {name}" if name else APP_TITLE)

    def update_columns(self) -> None:
        mapped = self.loaded.colmap.fields() if self.loaded is not None else set()
        self.grid.show_columns(mapped, self.acts.all_columns.isChecked())

    def new_from_template(self) -> None:
        from app.gui.workbook.template_file import new_from_template

        path = new_from_template(self, self.translations.lang, self.category_list.data)
        if path is not None:
            self.open_products(path)

    def open_products(self, path: str | Path) -> None:
        """A workbook the app wrote (from the template, or downloaded from the store): its
        products sheet, as it is mapped already."""
        from app.sheets.template import PRODUCTS_SHEET

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

    def show_previous(self) -> None:
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
        loaded_words = QCoreApplication.translate(
            "MainWindow", "%n product row(s) loaded.", "", len(opened.loaded.table)
        )
        lang: Lang = self.model.lang
        notes = [n.message(lang) for n in opened.loaded.raw.notices]  # "really an .xls"
        self.status.end_progress(" ".join([*notes, loaded_words]))
        self.status.recount()
        self.status.flush()
        self.store_menu.hint_unfinished(opened.loaded)

    def show_failure(self, text: str) -> None:
        self.status.end_progress()
        QMessageBox.warning(
            self, QCoreApplication.translate("MainWindow", "Cannot open the workbook"), text
        )

    def offer_crash_restore(self) -> bool:
        """At start: offer the work of a window that did not close cleanly."""
        found = unclosed_work(self, self.sessions)
        if found is not None:
            self.open_path(found[0], found[1], ask_mapping=False, restore_answer=True)
        return found is not None
