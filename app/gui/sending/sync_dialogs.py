"""The question asked before Store → Sync with store: how many products are created, updated
and deleted on which store, and how many conflicts are left out until the merchant chooses.
``SyncConfirmDialog.ask(parent, question)`` returns True to go on (tests answer it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from app.sync.plan import Action, SyncPlan

#: [ours] how many changed rows the question lists before "and n more"
LISTED_CHANGES = 8


@dataclass(frozen=True, slots=True)
class SyncQuestion:
    create: int
    update: int
    delete: int
    conflicts: int  # left out: nobody chose who wins
    unchanged: int
    invalid: int  # rows with problems, not sent
    store: str
    store_url: str
    examples: tuple[str, ...] = ()  # "Row 7 (SKU-1): Price Rp 79.000 → Rp 75.000"

    @property
    def sends(self) -> int:
        return self.create + self.update + self.delete

    @classmethod
    def of(
        cls, plan: SyncPlan, store: str, store_url: str, examples: tuple[str, ...] = ()
    ) -> SyncQuestion:
        counts = plan.summary()
        return cls(
            counts[Action.CREATE.value],
            counts[Action.UPDATE.value],
            counts[Action.DELETE.value],
            counts[Action.CONFLICT.value],
            counts[Action.UNCHANGED.value],
            counts[Action.INVALID.value],
            store,
            store_url,
            examples,
        )


class SyncConfirmDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, question: SyncQuestion) -> None:
        super().__init__(parent)
        q = question
        self.setObjectName("sync-confirm")
        self.setIcon(QMessageBox.Icon.Warning if q.delete else QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Sync with store"))
        self.setText(self.tr("Send the changes to %1?").replace("%1", q.store))
        self.setInformativeText(self.details(q))
        self.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        self.button(QMessageBox.StandardButton.Ok).setText(self.tr("Sync"))
        self.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        default = QMessageBox.StandardButton.Cancel if q.delete else QMessageBox.StandardButton.Ok
        self.setDefaultButton(default)
        if q.examples:
            self.setDetailedText("\n".join(q.examples))

    def details(self, q: SyncQuestion) -> str:
        lines = [
            self.tr("%n product(s) to create", "", q.create),
            self.tr("%n product(s) to update (only the changed fields are sent)", "", q.update),
        ]
        if q.delete:
            lines.append(self.tr("%n product(s) to delete — this cannot be undone", "", q.delete))
        if q.conflicts:
            lines.append(
                self.tr(
                    "%n conflict(s) left out: choose who wins in Store → Resolve conflicts…",
                    "",
                    q.conflicts,
                )
            )
        if q.invalid:
            lines.append(self.tr("%n row(s) with problems, not sent", "", q.invalid))
        lines.append(self.tr("%n unchanged, nothing sent", "", q.unchanged))
        lines.append(self.tr("Store address: %1").replace("%1", q.store_url))
        return "\n".join(lines)

    @classmethod
    def ask(cls, parent: QWidget | None, question: SyncQuestion) -> bool:
        return cls(parent, question).exec() == QMessageBox.StandardButton.Ok
