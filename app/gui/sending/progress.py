"""The panel above the grid while a job runs, and its result summary afterwards.

Running: what is being sent where, a progress bar, rows done / total, rows per second, the time
left, and Cancel (the job stops between requests). Finished: the count per status, the request
and batch ids for support (copyable), a button that filters the grid to the rejected rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.catalog.status import AWAITING_STATUSES, Status
from app.gui.grid.model import status_text
from app.gui.kit.retranslate import Retranslating

if TYPE_CHECKING:
    from app.jobs import Progress
    from app.jobs.selection import RunSummary

_BAD = frozenset({Status.REJECTED, Status.FAILED, Status.DELETE_FAILED})
#: [ours] the running job's progress is drawn at most this often (milliseconds): a progress
#: bar repaints the window at once when its value is set, and a job reports every answer
SHOW_PROGRESS_MS = 100


class ProgressPanel(Retranslating, QFrame):
    cancel_requested = Signal()
    show_rejected = Signal()
    message = Signal(str)  # a short note for the status bar ("Ids copied…")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self._cancel)
        self.copy_ids = QPushButton()
        self.copy_ids.clicked.connect(self.copy_support_ids)
        self.rejected = QPushButton()
        self.rejected.clicked.connect(self.show_rejected.emit)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.rejected, self.copy_ids, self.cancel, self.close_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        self.kind = "upload"
        self.store = ""
        self.summary: RunSummary | None = None
        self.running = False
        self.confirming = 0
        self._progress: Progress | None = None  # the latest, drawn when the timer fires
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(SHOW_PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self.retranslate()
        self.hide()

    # ---------------------------------------------------------------- running

    def start(self, kind: str, store: str, total: int) -> None:
        self.kind, self.store, self.running, self.summary = kind, store, True, None
        self.confirming = 0
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.bar.show()
        self.cancel.setEnabled(True)
        for button, visible in (
            (self.cancel, True),
            (self.copy_ids, False),
            (self.rejected, False),
            (self.close_button, False),
        ):
            button.setVisible(visible)
        self.title.setText(self._running_title())
        self.detail.setText(self.tr("Starting…"))
        self.show()

    def _running_title(self) -> str:
        if self.kind == "delete":
            return self.tr("Deleting from %1").replace("%1", self.store)
        if self.kind == "confirm":
            return self.tr("Checking pending rows on %1").replace("%1", self.store)
        if self.kind == "sync":
            return self.tr("Syncing with %1").replace("%1", self.store)
        return self.tr("Uploading to %1").replace("%1", self.store)

    def set_progress(self, progress: Progress) -> None:
        """The job's latest progress; drawn within ``SHOW_PROGRESS_MS`` (the first at once)."""
        if not self.running:
            return
        self._progress = progress
        if not self._progress_timer.isActive():
            self._show_progress()
            self._progress_timer.start()  # what comes meanwhile is drawn when it fires

    def _show_progress(self) -> None:
        progress, self._progress = self._progress, None
        if progress is None or not self.running:
            return
        total = max(progress.total, 1)
        # a progress bar repaints the window at once when its value changes (the grid and
        # its rows announced meanwhile with it); with updates held, it is drawn with the next
        # paint of the window instead (re-enabling them asks for that paint)
        self.bar.setUpdatesEnabled(False)
        self.bar.setRange(0, total)
        self.bar.setValue(min(progress.done, total))
        self.bar.setUpdatesEnabled(True)
        parts = [self.tr("%1 of %n row(s)", "", progress.total).replace("%1", str(progress.done))]
        if progress.phase == "checking":
            parts[0] = self.tr("Looking up %1 of %n SKU(s)", "", progress.total).replace(
                "%1", str(progress.done)
            )
        rate = progress.rows_per_second
        if rate > 0:
            parts.append(self.tr("%1 rows/s").replace("%1", f"{rate:.1f}"))
        eta = progress.eta_seconds
        parts.append(
            self.tr("about %n second(s) left", "", round(eta))
            if eta is not None
            else self.tr("estimating the time left…")
        )
        self.detail.setText("  ·  ".join(parts))

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.detail.setText(self.tr("Cancelling after the requests already sent…"))
        self.cancel_requested.emit()

    # ---------------------------------------------------------------- finished

    def finish(self, summary: RunSummary, confirming: int = 0) -> None:
        self.running, self.summary, self.confirming = False, summary, confirming
        self.bar.hide()
        self.cancel.hide()
        self.close_button.show()
        self.copy_ids.setVisible(bool(summary.request_ids or summary.batch_ids))
        self.rejected.setVisible(any(s in _BAD for s in summary.statuses.values()))
        self.show_summary()
        self.show()

    def set_confirming(self, waiting: int) -> None:
        self.confirming = waiting
        if not self.running and self.summary is not None:
            self.show_summary()

    def show_summary(self) -> None:
        summary = self.summary
        if summary is None:
            return
        counts = ", ".join(f"{n} {status_text(s)}" for s, n in summary.counts()) or "—"
        if summary.stopped:
            title = self.tr("Stopped: %1").replace("%1", counts)
        elif summary.cancelled:
            title = self.tr("Cancelled: %1").replace("%1", counts)
        elif summary.kind == "delete":
            title = self.tr("Delete finished: %1").replace("%1", counts)
        elif summary.kind == "confirm" and self.confirming:
            title = self.tr("Checking pending rows: %1").replace("%1", counts)
        elif summary.kind == "confirm":
            title = self.tr("Pending rows checked: %1").replace("%1", counts)
        elif summary.kind == "sync":
            title = self.tr("Sync finished: %1").replace("%1", counts)
        else:
            title = self.tr("Upload finished: %1").replace("%1", counts)
        self.title.setText(title)
        lines = []
        if summary.cancelled and summary.kind != "confirm":
            lines.append(
                self.tr(
                    "Rows not sent are still ready; send them again or resume"
                    " the job from Store → History."
                )
            )
        if summary.stopped:
            lines.append(summary.stopped)
        if self.confirming:
            lines.append(
                self.tr(
                    "Waiting for the store to confirm %n pending product(s)…", "", self.confirming
                )
            )
        elif AWAITING_STATUSES & set(summary.statuses.values()) and summary.kind != "delete":
            lines.append(
                self.tr(
                    "Rows still pending can be checked again later with Store → Check pending rows."
                )
            )
        if summary.request_ids:
            lines.append(
                self.tr("Request ids: %1").replace(
                    "%1",
                    ", ".join(summary.request_ids[:3])
                    + (" …" if len(summary.request_ids) > 3 else ""),
                )
            )
        self.detail.setText("\n".join(lines))

    def copy_support_ids(self) -> str:
        text = self.summary.support_text() if self.summary else ""
        QGuiApplication.clipboard().setText(text)
        self.message.emit(
            self.tr("Request and batch ids copied: paste them into your message to support.")
        )
        return text

    # ---------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.copy_ids.setText(self.tr("Copy ids for support"))
        self.copy_ids.setToolTip(self.tr("Copy the request and batch ids of this job"))
        self.rejected.setText(self.tr("Show rejected rows"))
        self.close_button.setText(self.tr("Close"))
        if self.running:
            self.title.setText(self._running_title())
        else:
            self.show_summary()
