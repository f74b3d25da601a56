"""How the main window's rooms talk to each other: every command of the menus and toolbar to
what it does, and each room's messages to the status bar. ``MainWindow`` builds the rooms
declared here and calls ``connect_rooms()`` once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.gui.grid.proxy import RowFilter
from app.gui.kit.resources import demo_workbook
from app.gui.window.about import show_about, show_guide
from app.gui.window.opening import WorkbookOpening

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.gui.grid.editing import GridEditing
    from app.gui.grid.filter_bar import FilterBar
    from app.gui.window.sync_download import ProductDownload
    from app.gui.window.sync_menu import SyncMenu
    from app.gui.window.welcome import WelcomePage
    from app.gui.workbook.choosing import WorkbookDrops
    from app.gui.workbook.row_stream import RowStream
    from app.gui.workbook.saving import ResultsSaver


class RoomWiring(WorkbookOpening):
    """The main window's rooms, as the wiring sees them (``MainWindow`` sets them)."""

    welcome: WelcomePage
    filter_bar: FilterBar
    editing: GridEditing
    saver: ResultsSaver
    save_results: Callable[[], None]
    drops: WorkbookDrops
    row_stream: RowStream
    sync_menu: SyncMenu
    download: ProductDownload

    def show_all_fields(self, shown: bool) -> None:
        self.settings.show_all_fields = shown
        self.update_columns()

    def connect_rooms(self) -> None:
        """Wires the built window's commands, rooms and status bar together."""
        connect_rooms(self)


def connect_rooms(w: RoomWiring) -> None:
    a, status = w.acts, w.status
    a.open.triggered.connect(w.choose_file)
    a.save_results.triggered.connect(w.save_results)
    a.new_from_template.triggered.connect(w.new_from_template)
    a.quit.triggered.connect(w.close)
    a.show_problems.triggered.connect(w.problems.reveal)
    a.all_columns.setChecked(w.settings.show_all_fields)
    a.all_columns.toggled.connect(w.show_all_fields)
    a.about.triggered.connect(lambda: show_about(w))
    for page, action in a.guides.items():
        action.triggered.connect(lambda _=False, p=page: show_guide(w, p))
    w.welcome.open_requested.connect(w.choose_file)
    w.welcome.demo_requested.connect(lambda: w.open_path(demo_workbook(), ask_mapping=False))
    w.recent.open_requested.connect(w.open_path)
    w.drops.dropped.connect(w.open_path)
    w.problems.cell_requested.connect(w.editing.go_to_cell)
    w.editing.row_added.connect(lambda: w.pages.setCurrentIndex(1))
    w.editing.message.connect(status.showMessage)
    w.store_menu.message.connect(status.showMessage)
    w.sync_menu.message.connect(status.showMessage)
    w.download.message.connect(status.showMessage)
    w.send_flow.panel.message.connect(lambda text: status.showMessage(text, 8000))
    w.send_flow.panel.show_rejected.connect(lambda: w.filter_bar.set_mode(RowFilter.REJECTED))
    w.saver.started.connect(status.start_progress)
    w.saver.ended.connect(status.end_progress)
    w.opener.streaming.connect(w.show_streaming)
    w.row_stream.reverted.connect(w.show_previous)
    w.opener.opened.connect(w.show_opened)
    w.opener.failed.connect(w.show_failure)
    w.opener.cancelled.connect(lambda: status.end_progress())
    w.opener.progress.connect(status.start_progress)
    w.autosave.failed.connect(
        lambda why: status.showMessage(
            QCoreApplication.translate("MainWindow", "Autosave failed: %1").replace("%1", why)
        )
    )
    status.watch(w.model, w.proxy, lambda: len(w.grid.selected_source_rows()))
    w.grid.selectionModel().selectionChanged.connect(lambda *_: status.show_selected())
    w.runner.busy_changed.connect(lambda busy: a.open.setEnabled(not busy))
