"""The questions asked before a send: how many rows go, how many stay, to which store.

Each dialog has an ``ask(...)`` classmethod returning True to go on, so tests can answer it
without a human. Deleting is destructive: its default button is Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True, slots=True)
class UploadQuestion:
    send: int  # rows that will be sent
    problems: int  # chosen rows skipped because they have problems
    already: int  # chosen rows already on the store, not sent again
    store: str  # the target store's name
    store_url: str
    retry: bool = False


@dataclass(frozen=True, slots=True)
class DeleteQuestion:
    delete: int  # rows whose product will be deleted
    by_sku: int  # of those, found by SKU first
    live: int  # of those, shown live / pending here
    missing: int  # chosen rows with neither a product id nor a SKU
    store: str
    store_url: str


class UploadConfirmDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, question: UploadQuestion) -> None:
        super().__init__(parent)
        q = question
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Send again") if q.retry else self.tr("Upload products"))
        self.setText(self.tr("Send %n product row(s) to %1?", "", q.send).replace("%1", q.store))
        lines = []
        if q.problems:
            lines.append(
                self.tr(
                    "%n row(s) skipped because of problems (fix the red cells first).",
                    "",
                    q.problems,
                )
            )
        if q.already:
            lines.append(self.tr("%n row(s) already on the store, not sent again.", "", q.already))
        lines.append(self.tr("Store address: %1").replace("%1", q.store_url))
        self.setInformativeText("\n".join(lines))
        self.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        send = self.button(QMessageBox.StandardButton.Ok)
        send.setText(self.tr("Send"))
        self.setDefaultButton(QMessageBox.StandardButton.Ok)

    @classmethod
    def ask(cls, parent: QWidget | None, question: UploadQuestion) -> bool:
        return cls(parent, question).exec() == QMessageBox.StandardButton.Ok


class DeleteConfirmDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, question: DeleteQuestion) -> None:
        super().__init__(parent)
        q = question
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Delete products from the store"))
        self.setText(
            self.tr("Delete %n product(s) from %1? This cannot be undone.", "", q.delete).replace(
                "%1", q.store
            )
        )
        lines = [self.tr("%n of them shown live or pending here.", "", q.live)]
        if q.by_sku:
            lines.append(
                self.tr(
                    "%n row(s) have no product id: they are looked up by SKU first.", "", q.by_sku
                )
            )
        if q.missing:
            lines.append(
                self.tr(
                    "%n row(s) have neither a product id nor a SKU and are skipped.", "", q.missing
                )
            )
        lines.append(self.tr("Store address: %1").replace("%1", q.store_url))
        self.setInformativeText("\n".join(lines))
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        self.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, question: DeleteQuestion) -> bool:
        return cls(parent, question).exec() == QMessageBox.StandardButton.Yes
