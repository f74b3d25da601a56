"""Which workbook to open: chosen in a file dialog, dropped on the window, or the one a window
that did not close cleanly was working on (offered back at start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.gui.workbook.restore import RestoreDialog
from app.sheets.session import SessionStore, edited_count

translate = QCoreApplication.translate
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def choose_workbook(parent: QWidget, recent: list[str]) -> str | None:
    """The file dialog, starting in the folder of the last workbook opened."""
    start = str(Path(recent[0]).parent) if recent else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("MainWindow", "Open a workbook"),
        start,
        translate("MainWindow", "Workbooks (*.xlsx *.xlsm *.xls *.ods *.csv)"),
    )
    return path or None


def dropped_workbook(mime: QMimeData) -> Path | None:
    """The first local workbook file among what is dragged over the window."""
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(WORKBOOK_SUFFIXES):
            return Path(url.toLocalFile())
    return None


class WorkbookDrops(QObject):
    """Workbook files dropped on ``widget``: ``dropped(path)``; other files are refused."""

    dropped = Signal(Path)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.Drop) and isinstance(event, QDropEvent):
            path = dropped_workbook(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.dropped.emit(path)
            return True
        return super().eventFilter(watched, event)


def unclosed_work(parent: QWidget, sessions: SessionStore) -> tuple[Path, str] | None:
    """At start: the workbook and sheet of a window that did not close cleanly, when the
    merchant wants that work back (a no forgets it)."""
    found = sessions.latest_unclosed()
    if found is None:
        return None
    key, data = found
    workbook = Path(str(data.get("workbook", "")))
    if not workbook.exists():
        return None
    if not RestoreDialog.ask(
        parent, workbook.name, edited_count(data), float(data.get("saved_at", 0))
    ):
        sessions.discard(key)
        return None
    return workbook, str(data.get("sheet"))
