"""Every command of the window as a QAction, and the menus and toolbar built from them.

Upload, retry and delete are enabled by the send flow once a workbook is open and no job runs;
``retranslate()`` re-reads every text after a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from app.gui.help.guide_dialog import PAGES as GUIDE_PAGES
from app.gui.kit.i18n import LANGUAGES


def TOOLBAR_ACTIONS(acts: Actions) -> tuple[QAction | None, ...]:
    """The toolbar's actions in order (None: a separator)."""
    return (
        acts.open,
        acts.save_results,
        None,
        acts.find_replace,
        None,
        acts.upload_ready,
        acts.upload,
        acts.retry_failed,
    )


class Actions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        style = window.style()

        def make(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: QStyle.StandardPixmap | None = None,
        ) -> QAction:
            action = QAction(window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            window.addAction(action)
            return action

        sp = QStyle.StandardPixmap
        self.open = make(QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton)
        self.save_results = make(QKeySequence.StandardKey.Save, sp.SP_DialogSaveButton)
        self.quit = make(QKeySequence.StandardKey.Quit)
        self.undo = make(QKeySequence.StandardKey.Undo, sp.SP_ArrowBack)
        self.redo = make(QKeySequence.StandardKey.Redo, sp.SP_ArrowForward)
        # Ctrl+Y redoes on every platform, as spreadsheet users expect
        # (twice on one action would make the key ambiguous: it would do nothing)
        ctrl_y = QKeySequence("Ctrl+Y")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        others = [k for k in redo_keys if k.toString() != ctrl_y.toString()]
        self.redo.setShortcuts([*others, ctrl_y])
        self.new_from_template = make(QKeySequence.StandardKey.New, sp.SP_FileIcon)
        self.cut = make()  # the grid handles Ctrl+X itself
        self.clear_cells = make()  # the grid handles Delete itself
        self.copy = make()  # the grid handles Ctrl+C / Ctrl+V itself
        self.paste = make()
        self.find_replace = make(QKeySequence.StandardKey.Find, sp.SP_FileDialogContentsView)
        self.fill_down = make("Ctrl+D", sp.SP_ArrowDown)
        self.add_row = make("Ctrl+Shift+N")
        self.remove_rows = make()
        self.show_problems = make()
        self.all_columns = make()
        self.all_columns.setCheckable(True)
        self.upload_ready = make("Ctrl+U", sp.SP_ArrowUp)
        self.upload = make("Ctrl+Shift+U", sp.SP_ArrowUp)
        self.retry_failed = make("Ctrl+R", sp.SP_BrowserReload)
        self.delete = make(None, sp.SP_TrashIcon)
        self.check_pending = make()
        # routine sync (the wiring is app.gui.window.sync_menu)
        self.download_products = make(None, sp.SP_ArrowDown)
        self.compare_store = make("Ctrl+Shift+K")
        self.sync_store = make("Ctrl+Shift+Y", sp.SP_BrowserReload)
        self.resolve_conflicts = make()
        self.stores = make()
        self.history = make()
        self.refresh_categories = make()
        self.about = make()
        #: Help pages, by ``GuideDialog`` page name
        self.guides: dict[str, QAction] = {page: make() for page in GUIDE_PAGES}
        self.clear_recent = make()
        self.languages = QActionGroup(window)
        self.language: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, window)
            action.setCheckable(True)
            action.setData(code)
            self.languages.addAction(action)
            self.language[code] = action
        for action in (
            self.upload_ready,
            self.upload,
            self.retry_failed,
            self.delete,
            self.check_pending,
            self.compare_store,
            self.sync_store,
            self.resolve_conflicts,
        ):
            action.setEnabled(False)  # the send flow enables them once a workbook is open
        self.recent_menu = QMenu(window)
        self.retranslate()

    def build(self) -> QToolBar:
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_from_template)
        self.file_menu.addAction(self.open)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_results)
        self.file_menu.addAction(self.download_products)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        for action in (
            self.undo,
            self.redo,
            None,
            self.cut,
            self.copy,
            self.paste,
            self.fill_down,
            self.clear_cells,
            self.find_replace,
            None,
            self.add_row,
            self.remove_rows,
        ):
            if action is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
        self.store_menu = bar.addMenu("")
        for action in (
            self.upload_ready,
            self.upload,
            self.retry_failed,
            self.check_pending,
            None,
            self.download_products,
            self.compare_store,
            self.resolve_conflicts,
            self.sync_store,
            None,
            self.delete,
            None,
            self.stores,
            self.history,
            self.refresh_categories,
        ):
            if action is None:
                self.store_menu.addSeparator()
            else:
                self.store_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.show_problems)
        self.view_menu.addAction(self.all_columns)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.languages.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions(list(self.guides.values()))
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        toolbar = QToolBar(self.window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        # What a merchant does every day, so that at 1024×600 nothing hides behind the
        # toolbar's overflow in either language; undo, redo and fill down live in Edit (and
        # on their shortcuts).
        for action in TOOLBAR_ACTIONS(self):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.window.addToolBar(toolbar)
        self.retranslate()
        return toolbar

    def retranslate(self) -> None:
        texts = {
            self.open: (self.tr("&Open…"), self.tr("Open a workbook (.xlsx, .xls, .ods, .csv)")),
            self.save_results: (
                self.tr("&Save results"),
                self.tr("Write status, messages and product ids into a copy of your workbook"),
            ),
            self.quit: (self.tr("&Quit"), ""),
            self.undo: (self.tr("&Undo"), ""),
            self.redo: (self.tr("&Redo"), ""),
            self.new_from_template: (
                self.tr("&New from template…"),
                self.tr("Save a new workbook in the app's own layout and open it"),
            ),
            self.cut: (self.tr("Cu&t") + "\tCtrl+X", ""),
            self.clear_cells: (self.tr("C&lear cells") + "\tDel", ""),
            self.copy: (self.tr("&Copy") + "\tCtrl+C", ""),
            self.paste: (self.tr("&Paste") + "\tCtrl+V", ""),
            self.find_replace: (self.tr("&Find and replace…"), ""),
            self.fill_down: (
                self.tr("Fill &down"),
                self.tr("Copy the top cell of the selection into the cells below"),
            ),
            self.add_row: (self.tr("&Add row"), ""),
            self.remove_rows: (
                self.tr("&Remove added rows"),
                self.tr("Remove selected rows that were added in the app"),
            ),
            self.show_problems: (self.tr("&Problems list"), ""),
            self.all_columns: (
                self.tr("Show &all fields"),
                self.tr("Also show the fields your workbook does not have"),
            ),
            self.upload_ready: (
                self.tr("Upload all &ready…"),
                self.tr("Send every row without problems that was not sent yet"),
            ),
            self.upload: (
                self.tr("&Upload selected…"),
                self.tr("Send the selected rows to the store"),
            ),
            self.retry_failed: (
                self.tr("Re&try failed…"),
                self.tr(
                    "Send again only the rows that failed, were rejected"
                    " or were edited since they were sent"
                ),
            ),
            self.check_pending: (
                self.tr("Check &pending rows"),
                self.tr("Ask the store again whether the rows still pending are live now"),
            ),
            self.delete: (
                self.tr("&Delete selected from the store…"),
                self.tr(
                    "Delete the products of the selected rows from the store"
                    " (by product id, or found by SKU)"
                ),
            ),
            self.download_products: (
                self.tr("Do&wnload products from store…"),
                self.tr("Save every product of the store in a new workbook and open it"),
            ),
            self.compare_store: (
                self.tr("C&ompare with store"),
                self.tr("Mark in blue every cell whose value differs from the store's"),
            ),
            self.resolve_conflicts: (
                self.tr("Resolve co&nflicts…"),
                self.tr("Choose which value wins where the store and the sheet both changed"),
            ),
            self.sync_store: (
                self.tr("S&ync with store…"),
                self.tr("Send only what changed: new rows, prices, stock and other fields"),
            ),
            self.stores: (self.tr("&Stores…"), ""),
            self.history: (self.tr("&History…"), ""),
            self.refresh_categories: (
                self.tr("Refresh &categories"),
                self.tr("Download the store's categories, brands and warehouses again"),
            ),
            self.about: (self.tr("&About Toco Uploader"), ""),
            self.guides["format"]: (
                self.tr("&Spreadsheet format"),
                self.tr("Every column the app reads, its headers and what you may write in it"),
            ),
            self.guides["errors"]: (
                self.tr("Store &errors"),
                self.tr("What each store error code means and what to do"),
            ),
            self.guides["secrets"]: (
                self.tr("Where your &secrets are kept"),
                self.tr("How the store's secrets are kept on this computer"),
            ),
            self.clear_recent: (self.tr("Clear the list"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip or text.replace("&", "").split("\t")[0])
        self.recent_menu.setTitle(self.tr("Open &recent"))
        if hasattr(self, "file_menu"):
            self.file_menu.setTitle(self.tr("&File"))
            self.edit_menu.setTitle(self.tr("&Edit"))
            self.store_menu.setTitle(self.tr("S&tore"))
            self.view_menu.setTitle(self.tr("&View"))
            self.language_menu.setTitle(self.tr("&Language"))
            self.help_menu.setTitle(self.tr("&Help"))

    def set_icon(self, action: QAction, icon: QIcon) -> None:
        action.setIcon(icon)
