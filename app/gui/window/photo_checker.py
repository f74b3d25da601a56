"""The window's photo check: every photo and banner link of an opened sheet checked in the
background (View → Check photos turns it off), the links of an edited cell checked again, a
progress indicator with a cancel button in the status bar.

The worker thread starts the check in a child process (``app.photos.process``: the downloads
never take the window's interpreter lock; ``PhotoChecker`` with the user cache and its own HTTP
client, never the store's), makes each arriving thumbnail's small ``QImage`` and hands it to a
queue; it touches nothing the widgets read. The GUI thread drains the queue a few times a second and
applies what arrived in one step (``ProductModel.use_photo_checks``), so the grid fills in as
the pictures come without the window waiting for the slowest one.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QStatusBar, QToolButton, QWidget

from app.catalog.issues import Issue
from app.gui.grid.model import ProductModel
from app.gui.grid.photo_cells import Picture, cell_image
from app.gui.kit.retranslate import Retranslating
from app.gui.kit.tasks import Progress, TaskRunner
from app.gui.window.settings import WindowSettings
from app.photos.links import SheetLinks, links_of
from app.photos.rules import TIMEOUT_SECONDS

if TYPE_CHECKING:  # the checker (httpx, Pillow): imported when the first check starts
    from app.photos import PhotoCheck
    from app.photos.checking import FoundOne

#: [ours] how often the GUI thread takes the results that arrived (milliseconds)
DRAIN_MS = 300
#: [ours] an edit's links are checked once the typing pauses this long (milliseconds)
EDIT_PAUSE_MS = 400

#: how a run checks its links: (links, progress, cancelled, found_one), on the worker thread
CheckRun = Callable[[list[str], Progress, Callable[[], bool], "FoundOne"], None]


def in_child_process(
    cache_folder: Path | None = None, timeout: float = TIMEOUT_SECONDS
) -> CheckRun:
    """Runs that check in a child process with the cache in ``cache_folder`` (None: the user
    cache directory)."""

    def run(
        links: list[str], progress: Progress, cancelled: Callable[[], bool], found_one: FoundOne
    ) -> None:
        from app.photos.process import check_in_child

        check_in_child(
            links,
            cache_folder=cache_folder,
            found_one=found_one,
            progress=progress,
            cancelled=cancelled,
            timeout=timeout,
        )

    return run


def caption_of(check: PhotoCheck) -> str:
    """``1200 × 900 JPEG`` (empty for a link that gave no picture)."""
    if not (check.format and check.width):
        return ""
    return f"{check.width} × {check.height} {check.format}"


def picture_of(check: PhotoCheck) -> Picture:
    """What the grid shows of one check (made in the worker)."""
    return Picture(cell_image(check.thumbnail), check.thumbnail, caption_of(check))


def _import_checker() -> None:
    import app.photos.process  # noqa: F401


@dataclass
class _Run:
    cancel: threading.Event
    links: set[str]
    done: int = 0
    total: int = 0


class PhotoCheckStatus(Retranslating, QWidget):
    """The status bar's indicator: ``Photos 12/40`` and a cancel button, while a check runs.
    A label, not a ``QProgressBar``: a progress bar repaints at once each time it is set,
    a label when the event loop comes round."""

    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("photo-check")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.bar = QLabel()
        self.done, self.total = 0, 0
        self.stop = QToolButton()
        self.stop.setText("✕")
        self.stop.setAutoRaise(True)
        self.stop.clicked.connect(self.cancel_requested)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop)
        self.hide()
        self.retranslate()

    def show_progress(self, done: int, total: int) -> None:
        if (done, total) != (self.done, self.total):
            self.done, self.total = done, total
            self.bar.setText(self.text())
        self.setVisible(total > 0 and done < total)

    def text(self) -> str:
        words = self.tr("Photos %1/%2")
        return words.replace("%1", str(self.done)).replace("%2", str(self.total))

    def retranslate(self) -> None:
        self.bar.setText(self.text())
        self.bar.setToolTip(self.tr("Checking every photo link in the background"))
        self.stop.setToolTip(self.tr("Stop checking photos"))


class PhotoChecks(QObject):
    """``applied(set[int])``: rows whose photo problems or thumbnails changed."""

    applied = Signal(object)
    finished = Signal()

    def __init__(
        self,
        model: ProductModel,
        status: QStatusBar,
        settings: WindowSettings,
        parent: QObject,
        check_run: CheckRun | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.settings, self.status = model, settings, status
        #: True for a sheet whose photos are not to be checked (the app's demo workbook)
        self.skip_sheet: Callable[[], bool] = lambda: False
        self.check_run: CheckRun = check_run or in_child_process()
        # Its own runner, owned by Python (opening a workbook is never blocked by a check; a
        # result that arrives after the window closed finds it still there, and is dropped).
        self.runner = TaskRunner(None)
        self.indicator = PhotoCheckStatus()
        self.indicator.cancel_requested.connect(self.cancel)
        status.addPermanentWidget(self.indicator)
        self.action = QAction(parent)
        self.action.setObjectName("check-photos")
        self.action.setCheckable(True)
        self.action.setChecked(settings.check_photos)
        self.action.toggled.connect(self._toggled)
        self._results: queue.SimpleQueue[tuple[str, list[Issue], Picture]] = queue.SimpleQueue()
        self._runs: dict[int, _Run] = {}
        self._next = 0
        self._edited: set[int] = set()
        self._warm = False  # the checker's modules imported (or being imported)
        self._drain = QTimer(self)
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self.drain)
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_PAUSE_MS)
        self._edit_timer.timeout.connect(self._check_edited)
        model.changed.connect(self._rows_changed)
        # each row's links kept as rows arrive and change: a check of the whole sheet starts
        # without a pass over every row's cells (the end of an opening)
        self.links = SheetLinks()
        self.links.reset(model.table.rows)
        model.modelReset.connect(lambda: self.links.reset(model.table.rows))
        model.rowsInserted.connect(lambda _, a, b: self.links.put_in(model.table.rows, a, b))
        model.rowsAboutToBeRemoved.connect(lambda _, a, b: self.links.taking_out(a, b))
        self.retranslate()

    def wire(self, opened: object, view_menu: QMenu | None = None, opening: object = None) -> None:
        """A sheet opened (``opened``: the opener's signal) is checked; the setting sits in
        the View menu; ``opening`` (the opener's ``progress``): a workbook begins to open,
        the checker's modules are imported meanwhile (``warm_up``)."""
        opened.connect(lambda _: self.check_sheet())  # type: ignore[attr-defined]
        if opening is not None:
            opening.connect(lambda _: self.warm_up())  # type: ignore[attr-defined]
        if view_menu is not None:
            view_menu.addAction(self.action)

    def warm_up(self) -> threading.Thread | None:
        """While a workbook is read (in its own process), import what the first check needs
        (``app.photos.process``: httpx, Pillow) on a thread of its own: not on the GUI thread,
        and not in the moment the opening ends. None: photos are not checked, or imported."""
        if not (self.settings.check_photos and self.action.isChecked()) or self._warm:
            return None
        self._warm = True
        thread = threading.Thread(target=_import_checker, name="photo-import", daemon=True)
        thread.start()
        return thread

    def retranslate(self) -> None:
        self.action.setText(self.tr("Check &photos in the background"))
        self.action.setToolTip(
            self.tr("Download every photo once and check it before anything is sent")
        )

    @property
    def running(self) -> bool:
        return bool(self._runs)

    # ---------------------------------------------------------------- starting

    def _toggled(self, on: bool) -> None:
        self.settings.check_photos = on
        if on:
            self.check_sheet()
        else:
            self.cancel()

    def check_sheet(self) -> bool:
        """Check every link of the sheet not known yet (False: nothing to check, or off).

        The app's own demo workbook is not checked: its links are made-up examples on a host
        that does not exist, and every row would turn red for a reason that is not the
        merchant's. The status bar says so; the merchant's own workbooks are checked."""
        if self.skip_sheet():
            if self.settings.check_photos and self.action.isChecked():
                self.status.showMessage(
                    self.tr("Photos not checked: the demo's photo links are only examples"), 10_000
                )
            return False
        if not self.settings.check_photos or not self.action.isChecked():
            return False
        return self.check_links(self.links.links(self.model.table.rows))

    def check_links(self, links: Iterable[str]) -> bool:
        if not self.settings.check_photos or not self.action.isChecked():
            return False
        known = self.model.table.photo_checks
        busy = set().union(*(run.links for run in self._runs.values()))
        if known or busy:
            todo = [link for link in dict.fromkeys(links) if link not in known and link not in busy]
        else:  # the first check of a table: every link
            todo = list(dict.fromkeys(links))
        if not todo:
            return False
        self._next += 1
        number = self._next
        run = _Run(threading.Event(), set(todo), 0, len(todo))
        self._runs[number] = run
        results, check_run, cancel = self._results, self.check_run, run.cancel

        def work(progress: Progress) -> int:
            def one(link: str, check: PhotoCheck) -> None:
                results.put((link, check.issues(), picture_of(check)))

            check_run(todo, progress, cancel.is_set, one)
            return number

        self.runner.run(
            work,
            on_done=lambda n: self._run_ended(n),
            on_failed=lambda exc: self._run_ended(number, exc),
            on_progress=lambda done, total: self._progress(number, done, total),
        )
        self._drain.start()
        self._show_progress()
        return True

    def _rows_changed(self, touched: set[int]) -> None:
        """Edits: the links of the touched rows are checked once the typing pauses (not in
        the demo workbook, whose links are examples: see ``check_sheet``)."""
        self.links.update(self.model.table.rows, touched)
        if touched and self.action.isChecked() and not self.skip_sheet():
            self._edited |= touched
            self._edit_timer.start()

    def _check_edited(self) -> None:
        rows = self.model.table.rows
        edited = [rows[i] for i in sorted(self._edited) if 0 <= i < len(rows)]
        self._edited.clear()
        self.check_links(links_of(edited))

    def cancel(self) -> None:
        """Stop every check; what arrived stays applied, the rest is checked another time."""
        for run in self._runs.values():
            run.cancel.set()
        self._runs.clear()
        self.drain()
        self._show_progress()

    # ---------------------------------------------------------------- results (GUI thread)

    def _gone(self) -> bool:
        return not (shiboken6.isValid(self) and shiboken6.isValid(self.model))

    def _progress(self, number: int, done: int, total: int) -> None:
        run = self._runs.get(number)
        if run is not None:  # drawn at the next drain: a progress bar repaints as it is set
            run.done, run.total = done, total

    def _show_progress(self) -> None:
        done = sum(run.done for run in self._runs.values())
        total = sum(run.total for run in self._runs.values())
        self.indicator.show_progress(done, total)

    def _run_ended(self, number: int, error: BaseException | None = None) -> None:
        if self._gone():
            return
        self._runs.pop(number, None)
        self.drain()
        self._show_progress()
        if not self._runs:
            self._drain.stop()
            self.finished.emit()
        if error is not None:
            self.status.showMessage(
                self.tr("The photo check stopped: %1").replace("%1", str(error)), 8000
            )

    def drain(self) -> set[int]:
        """Apply every result that arrived since the last time, in one step, and show the
        progress."""
        if self._gone():
            return set()
        self._show_progress()
        issues: dict[str, list[Issue]] = {}
        pictures: dict[str, Picture] = {}
        while True:
            try:
                link, found, picture = self._results.get_nowait()
            except queue.Empty:
                break
            issues[link], pictures[link] = found, picture
        if not issues:
            return set()
        touched = self.model.use_photo_checks(issues, pictures)
        self.applied.emit(touched)
        return touched

    def shutdown(self, msecs: int = 12_000) -> bool:
        """Closing the window: stop the downloads and wait for the workers."""
        for run in self._runs.values():
            run.cancel.set()
        self._runs.clear()
        self._drain.stop()
        self._edit_timer.stop()
        return self.runner.wait(msecs)
