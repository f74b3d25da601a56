"""Store → History…: past jobs from the journal, with the request and batch ids support asks
for (selectable and copyable), and a way to resume an unfinished job of the open workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalog.status import Status
from app.gui.grid.model import status_text
from app.jobs import ChunkRecord, JobRecord, Journal

MAX_JOBS = 100
#: Room beside the time's text in the When column (indent of the tree and margins, pixels).
TIME_PADDING = 48


def job_rows(record: JobRecord) -> int:
    return sum(record.summary.values())


def outcome_text(record: JobRecord) -> str:
    parts = []
    for word, count in record.summary.items():
        known = word in Status._value2member_map_
        parts.append(f"{count} {status_text(Status(word)) if known else word}")
    return ", ".join(parts) or "—"


def same_workbook(record: JobRecord, workbook: tuple[Path, str] | None) -> bool:
    if workbook is None or not record.source:
        return False
    path, sheet = workbook
    return Path(record.source) == path.resolve() and (record.sheet in (None, sheet))


class HistoryDialog(QDialog):
    resume_requested = Signal(object)  # JobRecord

    def __init__(
        self,
        journal: Journal,
        workbook: tuple[Path, str] | None = None,
        can_resume: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history-dialog")
        self.journal = journal
        self.workbook = workbook
        self.can_resume = can_resume
        self.records: list[JobRecord] = []
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; padding: 6px; border-radius: 3px")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda item, _: self._show(item))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.copy_button, self.resume_button = QPushButton(), QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        self.resume_button.clicked.connect(self._resume)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setSizes([300, 140])
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.resize(900, 520)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.records = self.journal.jobs(MAX_JOBS)
        self.tree.clear()
        for record in self.records:
            when = dt.datetime.fromtimestamp(record.created_at).strftime("%Y-%m-%d %H:%M")
            kind = self._kind(record.kind)
            workbook = Path(record.source).name if record.source else "—"
            item = QTreeWidgetItem(
                [
                    when,
                    kind,
                    workbook,
                    str(job_rows(record)),
                    outcome_text(record),
                    self._state(record.state),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, record)
            item.setToolTip(2, record.source or "")
            for chunk in self.journal.chunks(record.id):
                if chunk.request_id or chunk.batch_id:
                    item.addChild(
                        QTreeWidgetItem(
                            [
                                "",
                                self.tr("Request %1").replace("%1", str(chunk.seq + 1)),
                                self.tr("request id %1").replace("%1", chunk.request_id or "—"),
                                "",
                                self.tr("batch id %1").replace("%1", chunk.batch_id or "—"),
                                self._state(chunk.state),
                            ]
                        )
                    )
            self.tree.addTopLevelItem(item)
        metrics = self.tree.fontMetrics()
        when_width = metrics.horizontalAdvance("2026-12-31 23:59") + TIME_PADDING
        for column, width in enumerate((when_width, 120, 180, 50, 260)):
            self.tree.setColumnWidth(column, width)
        unfinished = self.unfinished()
        self.banner.setVisible(unfinished is not None)
        if unfinished is not None:
            self.banner.setText(
                self.tr(
                    "Job %1 of this workbook did not finish (%2). Resume it to send what it had"
                    " not sent yet; rows already answered are not sent again."
                )
                .replace("%1", str(unfinished.id))
                .replace("%2", self._state(unfinished.state))
            )
            self._select(unfinished.id)
        elif (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        self._show(self.tree.currentItem())

    def unfinished(self) -> JobRecord | None:
        """The newest unfinished job of the open workbook, if there is one."""
        for record in self.records:
            if record.state != "finished" and same_workbook(record, self.workbook):
                return record
        return None

    def _select(self, job_id: int) -> None:
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole).id == job_id:
                self.tree.setCurrentItem(item)

    def selected(self) -> JobRecord | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _show(self, _: QTreeWidgetItem | None) -> None:
        record = self.selected()
        self.details.setPlainText(self.describe(record) if record else "")
        self.resume_button.setEnabled(
            bool(
                record
                and self.can_resume
                and record.state != "finished"
                and same_workbook(record, self.workbook)
            )
        )
        self.copy_button.setEnabled(record is not None)

    def describe(self, record: JobRecord) -> str:
        chunks: list[ChunkRecord] = self.journal.chunks(record.id)
        when = dt.datetime.fromtimestamp(record.created_at).strftime("%Y-%m-%d %H:%M:%S")
        lines = [
            self.tr("Job %1: %2, %3")
            .replace("%1", str(record.id))
            .replace("%2", self._kind(record.kind).lower())
            .replace("%3", self._state(record.state)),
            self.tr("Started: %1").replace("%1", when),
            self.tr("Workbook: %1 (sheet %2)")
            .replace("%1", record.source or "—")
            .replace("%2", record.sheet or "—"),
            self.tr("Store: %1 (%2)")
            .replace("%1", record.profile or "—")
            .replace("%2", record.base_url or "—"),
            self.tr("Rows: %1").replace("%1", outcome_text(record)),
        ]
        for chunk in chunks:
            lines.append(
                self.tr("Request %1: request id %2, batch id %3 (%4)")
                .replace("%1", str(chunk.seq + 1))
                .replace("%2", chunk.request_id or "—")
                .replace("%3", chunk.batch_id or "—")
                .replace("%4", self._state(chunk.state))
            )
        return "\n".join(lines)

    def copy_details(self) -> str:
        text = self.details.toPlainText()
        QGuiApplication.clipboard().setText(text)
        return text

    def _resume(self) -> None:
        record = self.selected()
        if record is not None:
            self.resume_requested.emit(record)
            self.accept()

    def _kind(self, kind: str) -> str:
        return {
            "upload": self.tr("Upload"),
            "delete": self.tr("Delete"),
            "confirm": self.tr("Check"),
        }.get(kind, kind)

    def _state(self, state: str) -> str:
        return {
            "finished": self.tr("finished"),
            "cancelled": self.tr("cancelled"),
            "stopped": self.tr("stopped"),
            "running": self.tr("interrupted"),
            "planned": self.tr("not sent"),
            "sending": self.tr("no answer"),
            "answered": self.tr("answered"),
        }.get(state, state)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Job history"))
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Job"),
                self.tr("Workbook"),
                self.tr("Rows"),
                self.tr("Result"),
                self.tr("State"),
            ]
        )
        self.copy_button.setText(self.tr("Copy details"))
        self.resume_button.setText(self.tr("Resume this job"))
