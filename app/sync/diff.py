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

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import fields, replace
from typing import Any

from app.catalog.cell_text import rupiah
from app.catalog.fields import ACTION_FIELD, EXTERNAL_ID_FIELD, PRODUCT_ID_FIELD
from app.catalog.issues import Issue, Level
from app.catalog.table import ProductRow, ProductTable
from app.giving_way import give_way
from app.sheets import LoadedSheet
from app.sheets.gc_pause import paused_gc
from app.sync.matching import NO_MATCH, Match, Product, StoreIndex
from app.sync.plan import Action, Change, RowPlan, SyncPlan
from app.sync.shown import shown
from app.sync.values import (
    PRICE,
    CompareKeys,
    field_changes,
    present_fields,
    unchanged_at_a_glance,
)

#: [ours] A price moved by more than this share of the store's price is a warning.
PRICE_JUMP = 0.5
_ACTION = ACTION_FIELD.key
_ID = PRODUCT_ID_FIELD.key
_EXTERNAL = EXTERNAL_ID_FIELD.key
_SKU = "sku"


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
    # tens of thousands of plans, index entries and pairs, and nothing garbage among them: no
    # collector passes over them while they are made (the pairs alone started ~70 young passes
    # and, now and then, a full one: 0.33 s at 50,000 rows). The pairs and the index are gone
    # (``_compare`` returned) before it is on again, so its first pass walks the plans only.
    with paused_gc():
        plan = _compare(table, StoreIndex(products), exported or {}, columns, positions)
    return plan


def _compare(
    table: ProductTable,
    index: StoreIndex,
    before: Mapping[str, Product],
    columns: Collection[str] | None,
    positions: Iterable[int] | None,
) -> SyncPlan:
    every = table.rows
    chosen = range(len(every)) if positions is None else positions
    rows = [(i, every[i]) for i in chosen]
    present = CompareKeys(columns if columns is not None else present_fields([r for _, r in rows]))
    stable = table.store_id is not None
    found = [index.quick(row, stable) for _, row in rows]
    _once_each(
        [row for _, row in rows], found, lambda n: index.match(rows[n][1], stable_ids=stable)
    )
    return SyncPlan(
        [_plan(i, row, match, present, before) for (i, row), match in zip(rows, found, strict=True)]
    )


def _once_each(
    rows: list[ProductRow], found: list[Product | Match], redo: Callable[[int], Match]
) -> None:
    """Two rows of the sheet that are one store product (the sheet's own duplicate check sees
    the same SKU or External ID, not a product id, nor a SKU against an External ID): an error
    on each, naming the other row. Rows to skip do not count. ``found``: each row's product
    or ``Match`` (``StoreIndex.quick``), replaced by the ``Match`` with the error; ``redo(n)``
    the full ``Match`` of row ``n``."""
    skip = Action.SKIP.value
    keys = [  # the product id each row names (None: none, or a row to skip)
        None
        if (product := match.product if isinstance(match, Match) else match) is None
        or row.values.get(_ACTION) == skip
        else str(product.get(_ID))
        for row, match in zip(rows, found, strict=True)
    ]
    named = Counter(keys)
    named.pop(None, None)
    if not named or max(named.values()) < 2:  # the common sheet: each product named once
        return
    seen: dict[str, list[int]] = {}
    for n, key in enumerate(keys):
        if key is not None and named[key] > 1:
            seen.setdefault(key, []).append(n)
    for product_id, twice in seen.items():
        for n in twice:
            match = redo(n)
            other = next(rows[m].sheet_row for m in twice if m != n)
            issue = Issue(
                _cell_of(match),
                "sync_same_product_twice",
                params={"other": other or "—", "product": product_id},
            )
            found[n] = replace(match, issues=(*match.issues, issue))


def _plan(
    position: int,
    row: ProductRow,
    found: Product | Match,
    columns: CompareKeys,
    exported: Mapping[str, Product],
) -> RowPlan:
    """``plan_row`` for a row found by ``StoreIndex.quick``: a valid row without an action
    word that is new, or equal at a glance to its product, is planned here without a payload
    or a ``Change``; any other row by ``plan_row`` (the same plan, made the long way)."""
    give_way()  # a row at a time: the window's thread first
    values = row.values
    if values.get(_ACTION) is None and (
        (not row.local_issues and not row.duplicate_issues) or not row.has_errors
    ):
        if found is NO_MATCH:
            return _row_plan(
                position, row.sheet_row, Action.CREATE, None, _str(values.get(_SKU)),
                _str(values.get(_EXTERNAL)), None,
            )  # fmt: skip
        if not isinstance(found, Match):
            if unchanged_at_a_glance(values, found, columns):
                return _row_plan(
                    position, row.sheet_row, Action.UNCHANGED, str(found.get(_ID)),
                    _str(values.get(_SKU)), _str(values.get(_EXTERNAL)), found,
                )  # fmt: skip
            return plan_row(position, row, Match(found), columns, exported, glanced=True)
    match = found if isinstance(found, Match) else Match(found)
    return plan_row(position, row, match, columns, exported)


#: Each field of a ``RowPlan``, in order, set directly (``_row_plan``).
_P, _S, _A, _I, _K, _E, _C, _X, _T = (getattr(RowPlan, f.name).__set__ for f in fields(RowPlan))


def _row_plan(
    position: int,
    sheet_row: int | None,
    action: Action,
    product_id: str | None,
    sku: str | None,
    external_id: str | None,
    store: Product | None,
    changes: tuple[Change, ...] = (),
    issues: tuple[Issue, ...] = (),
) -> RowPlan:
    """``RowPlan(...)``, made without its frozen ``__init__`` (which sets each field through
    ``object.__setattr__``: most of the cost of the tens of thousands of plans one comparison
    makes). The same object (``tests/sync/test_diff_fast.py``)."""
    plan = object.__new__(RowPlan)
    _P(plan, position)
    _S(plan, sheet_row)
    _A(plan, action)
    _I(plan, product_id)
    _K(plan, sku)
    _E(plan, external_id)
    _C(plan, changes)
    _X(plan, issues)
    _T(plan, store)
    return plan


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _cell_of(match: Match) -> str:
    """The cell that found the row's product (where a second row's clash is shown)."""
    return match.by.value if match.by is not None else ACTION_FIELD.key


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
    columns: CompareKeys,
    exported: Mapping[str, Product],
    *,
    glanced: bool = False,
) -> RowPlan:
    """One row's action, changes and issues, given its ``match``; ``glanced``: the row's values
    are already known to differ from the product's at a glance (``unchanged_at_a_glance``)."""
    wanted = _action_word(row)
    product = match.product
    product_id = match.product_id
    issues = list(match.issues)
    changes: list[Change] = []
    if wanted is Action.SKIP:
        action = Action.SKIP
    elif wanted is Action.DELETE:
        if product is None and not match.has_errors:
            issues.append(Issue(ACTION_FIELD.key, "sync_delete_no_match"))
        bad = product is None or match.has_errors
        action = Action.INVALID if bad else Action.DELETE
    else:
        if wanted is Action.CREATE and product is not None:
            issues.append(
                Issue(ACTION_FIELD.key, "sync_create_exists", params={"product": product_id})
            )
        if wanted is Action.UPDATE and product is None and not match.has_errors:
            issues.append(Issue(ACTION_FIELD.key, "sync_update_no_match"))
        if row.has_errors or (issues and any(i.is_error for i in issues)):
            action = Action.INVALID
        elif product is None:
            action = Action.CREATE
        else:
            before = exported.get(str(product_id)) if exported else None
            if glanced or not unchanged_at_a_glance(row.values, product, columns):
                changes = field_changes(row.payload(), product, columns, before)
            if not changes:
                action = Action.UNCHANGED
            else:
                issues.extend(_warnings(changes))
                conflict = any(c.conflict for c in changes)
                action = Action.CONFLICT if conflict else Action.UPDATE
    return _row_plan(
        position, row.sheet_row, action, product_id, row.sku, row.external_id, product,
        tuple(changes), tuple(issues),
    )  # fmt: skip


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
