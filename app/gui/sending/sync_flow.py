"""Store → Sync with store, once the plan is compared: the question with the counts (to
create / to update / to delete / conflicts left out), then the sync job run like an upload —
``SendFlow.start_job`` with a "sync" ``JobSpec``: the grid read-only meanwhile, the panel above
the grid, each answer landing on its row and cell, created and updated rows read back until
the store shows them. Conflicts are sent only where the merchant chose who wins."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.catalog.fields import field_by_key
from app.catalog.messages import Lang
from app.gui.grid.compare_paint import change_line
from app.gui.grid.model import ProductModel
from app.gui.sending.flow import SendFlow
from app.gui.sending.job_spec import JobSpec
from app.gui.sending.sync_dialogs import LISTED_CHANGES, SyncConfirmDialog, SyncQuestion
from app.gui.stores.book import StoreChoice
from app.sync.plan import SENDING_ACTIONS, Action, SyncPlan, Winner

translate = QCoreApplication.translate


class SyncSender(QObject):
    """Asks and starts the sync job of a compared plan through the window's send flow."""

    def __init__(self, flow: SendFlow, model: ProductModel) -> None:
        super().__init__(flow)
        self.flow, self.model = flow, model

    def send(self, plan: SyncPlan, winners: dict[int, Winner], store: StoreChoice) -> bool:
        """``plan``: the rows in their current positions (conflicts as compared); ``winners``:
        position → who wins, for the conflicts the merchant decided. False: nothing sent."""
        counted = self.model.compare.resolved(self.model.table)  # the choices applied
        question = SyncQuestion.of(counted, store.name, store.base_url, self.examples(counted))
        if not question.sends:
            self.flow.inform(self.nothing_to_send(question))
            return False
        if not SyncConfirmDialog.ask(self.flow.parent_widget, question):
            return False
        rows = [r.position for r in plan]
        table = self.model.table
        self.flow.start_job(
            JobSpec("sync", store, table, table, rows, plan=plan, winners=dict(winners))
        )
        return True

    def nothing_to_send(self, question: SyncQuestion) -> str:
        if question.conflicts:
            return translate(
                "SyncSender",
                "Nothing to send yet: %n conflict(s) wait for your choice in"
                " Store → Resolve conflicts…",
                "",
                question.conflicts,
            )
        return translate("SyncSender", "Nothing to send: the sheet and the store are the same.")

    def examples(self, plan: SyncPlan) -> tuple[str, ...]:
        """ "Row 7 (SKU-1): Price Rp 79.000 → Rp 75.000" for the first changed rows."""
        lang: Lang = self.model.lang
        lines: list[str] = []
        for row in plan:
            if row.action not in SENDING_ACTIONS:
                continue
            where = translate("SyncSender", "Row %1").replace("%1", str(row.sheet_row or "+"))
            if row.sku:
                where += f" ({row.sku})"
            if row.action is Action.CREATE:
                lines.append(f"{where}: " + translate("SyncSender", "new product"))
            elif row.action is Action.DELETE:
                lines.append(f"{where}: " + translate("SyncSender", "deleted from the store"))
            else:
                changes = (
                    change_line(field_by_key(c.field), c, self.model.names, lang)
                    for c in row.changes
                )
                lines.append(f"{where}: " + "; ".join(changes))
            if len(lines) == LISTED_CHANGES:
                break
        rest = sum(1 for r in plan if r.action in SENDING_ACTIONS) - len(lines)
        if rest > 0:
            lines.append(translate("SyncSender", "… and %n more", "", rest))
        return tuple(lines)
