"""``sync FILE [--dry-run] [--json]``: compare a workbook with the store's live products, then
(without ``--dry-run``) send only the changes.

The store's data is gathered as for an upload (names resolve to the same ids), the product list
is downloaded once (100 a page), every row is matched and compared (``app.sync.diff``). A dry run
prints the plan and sends nothing: its only requests are reads. The sending itself is
``app.cli.sync_sending.run_sync``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from contextlib import ExitStack
from typing import Any, TextIO

from app.catalog.fields import label_of
from app.catalog.messages import Lang, render
from app.cli.exits import EXIT_OK, EXIT_ROWS
from app.cli.store_data import StepsBar, StoreFirst
from app.cli.sync_sending import run_sync
from app.cli.workbook import load
from app.credentials import Credentials
from app.partner import PartnerClient
from app.sheets import LoadedSheet
from app.sync.diff import compare_sheet
from app.sync.exported import RecordNotice, read_record
from app.sync.plan import SUMMARY_ORDER, Action, Change, RowPlan, SyncPlan
from app.sync.plan_json import plan_json
from app.sync.shown import shown

#: Actions after which a dry run's rows are not all good (exit 1).
NOT_GOOD = frozenset({Action.INVALID, Action.CONFLICT})


def cmd_sync(args: argparse.Namespace) -> int:
    with ExitStack() as stack:
        store = StoreFirst(args, stack)  # names resolve as an upload's do: checked once
        loaded, indexes = load(args, "upload", store)
        values, client = store.store()
        loaded.table.use_store(values.store_client_id)  # generated externalIds follow the store
        products = download_products(client, args.lang)
    exported = exported_products(loaded, values, args.lang)
    plan = compare_sheet(loaded, products, exported=exported, positions=indexes)
    if args.dry_run:
        print_plan(plan, loaded, args.lang, args.json)
        return dry_run_code(plan)
    return run_sync(args, loaded, plan, values)


def download_products(client: PartnerClient, lang: Lang) -> list[dict[str, Any]]:
    """Every product of the store (one request per 100), a progress bar on a terminal."""
    bar = StepsBar(word("products", lang))
    try:
        return client.all_products(progress=bar)
    finally:
        bar.close()


def exported_products(
    loaded: LoadedSheet, values: Credentials, lang: Lang
) -> Mapping[str, Mapping[str, Any]] | None:
    """What the workbook recorded of the store's products when it was exported (None: it is
    no export of this store, or its record was edited or cut: said on stderr, except for a
    sheet that never was an export)."""
    reading = read_record(loaded.path)
    record, notice = reading.record, reading.notice
    if record is not None and not record.of_store(values.store_client_id, values.base_url):
        notice = RecordNotice(
            "record_other_store", {"file": loaded.path.name, "store": record.store_id}
        )
        record = None
    if notice is not None and notice.key != "record_missing":
        print(f"{word('note', lang)}: {notice.message(lang)}", file=sys.stderr)
    return None if record is None else record.products


def dry_run_code(plan: SyncPlan) -> int:
    return EXIT_ROWS if any(r.action in NOT_GOOD for r in plan) else EXIT_OK


def print_plan(plan: SyncPlan, loaded: LoadedSheet, lang: Lang, as_json: bool) -> None:
    if as_json:
        data = plan_json(plan, loaded.table, lang)
        data["dryRun"] = True
        json.dump(data, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    print_human(plan, lang, sys.stdout)
    print(word("dry_run", lang), file=sys.stderr)


def print_human(plan: SyncPlan, lang: Lang, out: TextIO) -> None:
    """The counts, then one line per row that would change, or cannot be synced."""
    summary = plan.summary()
    width = max(len(word(a.value, lang)) for a in SUMMARY_ORDER)
    for action in SUMMARY_ORDER:
        out.write(f"{word(action.value, lang):<{width}}  {summary[action.value]:>6}\n")
    lines = [line for row in plan if (line := row_line(row, lang))]
    if lines:
        out.write("\n")
        out.writelines(f"{line}\n" for line in lines)


def row_line(row: RowPlan, lang: Lang) -> str | None:
    """``Row 7 (SKU X): Price Rp 79.000 → Rp 75.000`` (None: nothing to say about the row)."""
    head = word("row", lang, row=row.sheet_row or "—")
    if row.sku:
        head += f" (SKU {row.sku})"
    notes = [f"  {_level(i.level.value, lang)}: {i.message(lang)}" for i in row.issues]
    if row.action is Action.UPDATE or row.action is Action.CONFLICT:
        parts = [
            f"{label_of(c.field, lang)} {shown(c.field, c.store, lang)} → "
            f"{shown(c.field, c.sheet, lang)}"
            + (f" ({word('in_conflict', lang)})" if c.conflict else "")
            for c in row.changes
        ]
        text = f"{head}: " + "; ".join(parts)
    elif row.action is Action.CREATE:
        text = f"{head}: {word('new_product', lang)}"
    elif row.action is Action.DELETE:
        text = f"{head}: {word('to_delete', lang, product=row.product_id)}"
    elif row.action is Action.INVALID:
        text = f"{head}: {word('cannot_sync', lang)}"
    elif row.issues:
        text = f"{head}: {word(row.action.value, lang).lower()}"
    else:
        return None
    return "\n".join([text, *notes])


def change_text(change: Change, lang: Lang) -> str:
    """``Price Rp 79.000 → Rp 75.000`` (a conflict says so)."""
    key = change.field
    text = f"{label_of(key, lang)} {shown(key, change.store, lang)} → "
    text += shown(key, change.sheet, lang)
    return text + (f" ({word('in_conflict', lang)})" if change.conflict else "")


def _level(level: str, lang: Lang) -> str:
    return word(f"level_{level}", lang)


def word(key: str, lang: Lang, **params: object) -> str:
    return render(_WORDS, key, dict(params), lang)


_WORDS: dict[str, tuple[str, str]] = {
    "create": ("To create", "Akan dibuat"),
    "update": ("To update", "Akan diubah"),
    "unchanged": ("Unchanged", "Tidak berubah"),
    "conflict": ("Conflicts", "Konflik"),
    "invalid": ("Cannot sync", "Tidak bisa disinkron"),
    "delete": ("To delete", "Akan dihapus"),
    "skip": ("Skipped", "Dilewati"),
    "row": ("Row {row}", "Baris {row}"),
    "in_conflict": ("conflict: changed on the store too", "konflik: juga diubah di toko"),
    "new_product": ("new product", "produk baru"),
    "to_delete": ("delete product {product}", "hapus produk {product}"),
    "cannot_sync": ("cannot be synced as it is", "belum bisa disinkron"),
    "level_error": ("error", "galat"),
    "level_warning": ("warning", "peringatan"),
    "products": ("Download", "Unduh"),  # the product list's progress line
    "note": ("Note", "Catatan"),
    "dry_run": (
        "Dry run: nothing was sent to the store.",
        "Uji coba: tidak ada yang dikirim ke toko.",
    ),
}
