"""Compare a sheet with the store: one ``RowPlan`` per row (``compare``).

Each row is matched to a store product (``matching``), then given one action:

- the action column's word, when the row has one: ``lewati`` (skip) always wins; ``hapus``
  (delete) needs a matched product; ``ubah`` (update) needs one too and is then compared like a
  matched row; ``baru`` (create) must match none ("already on the store, use ubah");
- without it: ``create`` when nothing matches, else ``update`` (some fields differ: only those),
  ``unchanged``, or ``conflict`` (a field changed both on the store since the export and in the
  sheet: never sent before the merchant picks a winner);
- ``invalid`` for a row with errors (its own, or a match that cannot be decided); a row to
  delete needs no valid fields, only its product.

What a field's absence, an empty cell and each kind of value mean is decided in ``values``.
A price moved by more than half is a warning on the price cell ("Rp 150.000 → Rp 15.000: −90%,
is that right?"). Nothing here asks the store anything: the products are one download of the
product list, ``exported`` what the workbook recorded of them when it was exported.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from typing import Any

from app.catalog.cell_text import rupiah
from app.catalog.fields import ACTION_FIELD
from app.catalog.issues import Issue, Level
from app.catalog.table import ProductRow, ProductTable
from app.sheets import LoadedSheet
from app.sync.matching import Match, Product, StoreIndex
from app.sync.plan import Action, Change, RowPlan, SyncPlan
from app.sync.shown import shown
from app.sync.values import PRICE, field_changes, present_fields

#: [ours] A price moved by more than this share of the store's price is a warning.
PRICE_JUMP = 0.5


def compare(
    table: ProductTable,
    products: Iterable[Product],
    *,
    exported: Mapping[str, Product] | None = None,
    columns: Collection[str] | None = None,
    positions: Iterable[int] | None = None,
) -> SyncPlan:
    """The plan of every row (or of the rows at ``positions``) against the store's
    ``products`` (the Product dicts of API.md §4.6, one download of the list).

    ``exported``: product id → the product as the store had it when the workbook was exported
    (None: not recorded, so nothing is a conflict). ``columns``: the fields the sheet has a
    column for (default: those any row has a cell for); a field without a column never changes.
    """
    index = StoreIndex(products)
    chosen = range(len(table.rows)) if positions is None else positions
    rows = [(i, table.rows[i]) for i in chosen]
    present = frozenset(columns) if columns is not None else present_fields([r for _, r in rows])
    stable = table.store_id is not None
    plans = [
        plan_row(i, row, index.match(row, stable_ids=stable), present, exported or {})
        for i, row in rows
    ]
    return SyncPlan(plans)


def sheet_fields(loaded: LoadedSheet) -> frozenset[str]:
    """The fields the sheet has a column for (a column hidden in the workbook is left out)."""
    hidden = loaded.raw.hidden_columns
    return frozenset(
        b.field for b in loaded.colmap.mapped if b.field is not None and b.index not in hidden
    )


def compare_sheet(
    loaded: LoadedSheet,
    products: Iterable[Product],
    *,
    exported: Mapping[str, Product] | None = None,
    positions: Iterable[int] | None = None,
) -> SyncPlan:
    """``compare`` of an opened workbook: the fields compared are those it has columns for."""
    return compare(
        loaded.table,
        products,
        exported=exported,
        columns=sheet_fields(loaded),
        positions=positions,
    )


def plan_row(
    position: int,
    row: ProductRow,
    match: Match,
    columns: Collection[str],
    exported: Mapping[str, Product],
) -> RowPlan:
    """One row's action, changes and issues, given its ``match``."""
    wanted = _action_word(row)
    product = match.product
    base = RowPlan(
        position,
        row.sheet_row,
        Action.INVALID,
        product_id=match.product_id,
        sku=row.sku,
        external_id=row.external_id,
        store=product,
    )
    issues = list(match.issues)

    def planned(action: Action, changes: Iterable[Change] = ()) -> RowPlan:
        return replace(base, action=action, changes=tuple(changes), issues=tuple(issues))

    if wanted is Action.SKIP:
        return planned(Action.SKIP)
    if wanted is Action.DELETE:
        if product is None and not match.has_errors:
            issues.append(Issue(ACTION_FIELD.key, "sync_delete_no_match"))
        bad = product is None or match.has_errors
        return planned(Action.INVALID if bad else Action.DELETE)
    if wanted is Action.CREATE and product is not None:
        exists = Issue(ACTION_FIELD.key, "sync_create_exists", params={"product": match.product_id})
        issues.append(exists)
    if wanted is Action.UPDATE and product is None and not match.has_errors:
        issues.append(Issue(ACTION_FIELD.key, "sync_update_no_match"))
    if row.has_errors or any(i.is_error for i in issues):
        return planned(Action.INVALID)
    if product is None:
        return planned(Action.CREATE)
    before = exported.get(str(match.product_id))
    changes = field_changes(row.payload(), product, columns, before)
    issues.extend(_warnings(changes))
    if any(c.conflict for c in changes):
        return planned(Action.CONFLICT, changes)
    return planned(Action.UPDATE if changes else Action.UNCHANGED, changes)


def _action_word(row: ProductRow) -> Action | None:
    word = row.values.get(ACTION_FIELD.key)
    return Action(word) if isinstance(word, str) else None


def _warnings(changes: Iterable[Change]) -> list[Issue]:
    found: list[Issue] = []
    for change in changes:
        if change.conflict:
            found.append(
                Issue(
                    change.field,
                    "sync_conflict",
                    Level.WARNING,
                    {
                        "exported": shown(change.field, change.exported),
                        "store": shown(change.field, change.store),
                        "sheet": shown(change.field, change.sheet),
                    },
                )
            )
        if change.field == PRICE:
            jump = price_jump(change.store, change.sheet)
            if jump is not None:
                found.append(jump)
    return found


def price_jump(before: Any, after: Any) -> Issue | None:
    """The warning for a price moved by more than half (None: a smaller move)."""
    if not isinstance(before, int) or not isinstance(after, int) or before <= 0:
        return None
    if abs(after - before) <= before * PRICE_JUMP:
        return None
    percent = round((after - before) * 100 / before)
    sign = "+" if percent > 0 else "\N{MINUS SIGN}"
    return Issue(
        PRICE,
        "price_jump",
        Level.WARNING,
        {"before": rupiah(before), "after": rupiah(after), "percent": f"{sign}{abs(percent)}%"},
    )
