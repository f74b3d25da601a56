"""What a sync plan sends, part by part: the rows to create, the fields to update, the products
to delete, and what every other row ends as without a request.

Pure: it reads the ``SyncPlan`` and a snapshot of the table. A conflict is sent only when the
merchant chose who wins (``winners`` per row position, or ``prefer`` for every conflict): the
sheet's value, or the store's (then only the row's other changes go). A row with errors is never
sent. The sync's own words (a conflict left alone, a row not on the store) are here, in English
and Bahasa Indonesia.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.catalog.fields import PRODUCT_ID_FIELD
from app.catalog.issues import Issue, Level
from app.catalog.messages import Lang, render
from app.catalog.status import Status
from app.jobs.outcome import RowOutcome
from app.jobs.snapshot import RowSnapshot, TableSnapshot
from app.jobs.upload import LIVE_WORDS
from app.sync.plan import Action, Change, RowPlan, SyncPlan, Winner
from app.sync.shown import shown
from app.sync.updates import RowUpdate

#: The sync's words on a row it did not send.
SYNC_WORDS: dict[str, tuple[str, str]] = {
    "conflict": (
        "Not sent: the store changed this since the export (now {store}) and so did the sheet "
        "({sheet}). Choose which wins: --prefer sheet or --prefer store, or per row in the window.",
        "Tidak dikirim: toko mengubah ini sejak diekspor (sekarang {store}) dan sheet juga "
        "({sheet}). Pilih yang dipakai: --prefer sheet atau --prefer store, atau per baris di "
        "jendela aplikasi.",
    ),
    "no_product": (
        "Not deleted: no store product matches this row.",
        "Tidak dihapus: tidak ada produk toko yang cocok dengan baris ini.",
    ),
}


def sync_issue(
    key: str, lang: Lang, *, field: str | None = None, level: Level = Level.ERROR, **params: Any
) -> Issue:
    """An issue in the sync's words (``params["words"]`` names them), like ``job_issue``."""
    return Issue(
        field=field,
        key="server",
        level=level,
        server_message=render(SYNC_WORDS, key, params, lang),
        params={"message": "", "words": key},
    )


@dataclass(slots=True)
class SyncParts:
    """What the plan sends, and the outcomes of rows it does not send (``early``)."""

    creates: list[int] = field(default_factory=list)
    updates: list[RowUpdate] = field(default_factory=list)
    deletes: dict[int, str] = field(default_factory=dict)  # table index -> product id
    early: list[RowOutcome] = field(default_factory=list)

    @property
    def sends_nothing(self) -> bool:
        return not (self.creates or self.updates or self.deletes)


def winner_of(
    row: RowPlan, winners: Mapping[int, Winner] | None, prefer: Winner | None
) -> Winner | None:
    return (winners or {}).get(row.position) or prefer


def fields_to_send(row: RowPlan, winner: Winner | None) -> dict[str, Any]:
    """The changes that go: every change that is no conflict, and the conflicts when the sheet
    wins; the store winning keeps its value (nothing sent for that field)."""
    return {c.field: c.sheet for c in row.changes if not c.conflict or winner is Winner.SHEET}


def sync_parts(
    plan: SyncPlan,
    table: TableSnapshot,
    *,
    winners: Mapping[int, Winner] | None = None,
    prefer: Winner | None = None,
    lang: Lang = "en",
) -> SyncParts:
    parts = SyncParts()
    for row in plan:
        if row.position not in table:
            continue
        snap = table[row.position]
        action = row.action
        if action is Action.DELETE:
            product_id = row.product_id or snap.product_id
            if product_id:
                parts.deletes[row.position] = product_id
            else:
                issue = sync_issue("no_product", lang, field=PRODUCT_ID_FIELD.key)
                parts.early.append(_early(snap, Status.SKIPPED, [issue], lang))
            continue
        if action in (Action.SKIP,):
            continue
        if action is Action.INVALID or (action in _SENDING and snap.has_errors):
            issues = [*snap.local_issues, *snap.duplicate_issues, *row.issues]
            parts.early.append(_early(snap, Status.SKIPPED, issues, lang))
            continue
        if action is Action.CREATE:
            parts.creates.append(row.position)
            continue
        winner = winner_of(row, winners, prefer) if action is Action.CONFLICT else None
        if action is Action.CONFLICT and winner is None:
            issues = [_conflict_issue(c, lang) for c in row.conflicts]
            parts.early.append(_early(snap, Status.SKIPPED, issues, lang, row.product_id))
            continue
        fields = fields_to_send(row, winner) if action is not Action.UNCHANGED else {}
        if fields and row.product_id:
            parts.updates.append(RowUpdate(row.position, row.product_id, fields))
        elif row.store is not None or action is Action.UNCHANGED:
            unchanged = _unchanged(snap, row, lang)
            if unchanged is not None:
                parts.early.append(unchanged)
    return parts


_SENDING = frozenset({Action.CREATE, Action.UPDATE, Action.CONFLICT})


def _conflict_issue(change: Change, lang: Lang) -> Issue:
    return sync_issue(
        "conflict",
        lang,
        field=change.field,
        store=shown(change.field, change.store, lang),
        sheet=shown(change.field, change.sheet, lang),
    )


def _unchanged(snap: RowSnapshot, row: RowPlan, lang: Lang) -> RowOutcome | None:
    """Nothing to send: the row is what the store shows (live, or still pending there)."""
    said = str((row.store or {}).get("status") or "live").lower()
    if said in LIVE_WORDS:
        return _early(snap, Status.LIVE, [], lang, row.product_id)
    if said == Status.PENDING.value:
        return _early(snap, Status.PENDING, [], lang, row.product_id)
    return None


def _early(
    snap: RowSnapshot,
    status: Status,
    issues: list[Issue],
    lang: Lang,
    product_id: str | None = None,
) -> RowOutcome:
    return RowOutcome(
        snap.index,
        snap.sheet_row,
        status,
        list(issues),
        external_id=snap.external_id,
        sku=snap.sku,
        product_id=product_id or snap.product_id,
        lang=lang,
    )
