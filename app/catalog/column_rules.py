"""The store's data and the rules across fields, applied to a sheet's columns at once.

``column_check`` reads each field's cells into a column of values (``MISSING``: the row has
none; ``Invalid``: its cell could not be read). Here those columns get what
``validation._use_store_data`` and ``validation.check_rules`` give each row alone: the same
values and the same issues, added to each row's in the same order (a rule's issue after the
cell and store issues, rule after rule as ``check_rules`` runs them).

- Category cells are resolved once per distinct set of three cells, brands once per distinct
  cell, stock per warehouse once per distinct list of warehouse words.
- Each rule is tested over its column (the distinct values first where it pays), and only the
  rows it finds get an issue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, compress, repeat
from itertools import count as count_from
from operator import and_, is_, is_not, itemgetter, not_
from typing import Any

from app.catalog.category_names import BRAND_KEY, CATEGORY_KEYS, resolve_brand, resolve_categories
from app.catalog.cell_text import rupiah
from app.catalog.issues import Issue, Level
from app.catalog.reference_cells import CellRef
from app.catalog.store_data import StoreData, Warehouse
from app.catalog.validation import (
    DEFAULTS,
    MIN_ORDER,
    MIN_PREORDER_DAYS,
    REQUIRED,
    Invalid,
)
from app.catalog.warehouse_names import resolve_warehouses

#: No value in the row (no cell, or a cell its parser reads as nothing).
MISSING: Any = object()
#: Each row's issues, by its position (only the rows that have some).
Problems = defaultdict[int, list[Issue]]
#: The category levels a row's path named that it had no cell for: (key, value) added after
#: the fields, by row position.
Extras = dict[int, list[tuple[str, Any]]]


def use_store_data(
    columns: dict[str, list[Any]], problems: Problems, store: StoreData | None, count: int
) -> Extras:
    """``validation._use_store_data`` for every row: the category, brand and warehouse columns
    resolved against ``store`` (None: nothing known yet)."""
    extras = _categories(columns, problems, store.tree if store is not None else None, count)
    if BRAND_KEY in columns:
        _brands(columns[BRAND_KEY], problems, store.brands if store is not None else None)
    _warehouses(columns, problems, store.warehouses if store is not None else None, count)
    return extras


def _categories(columns: dict[str, list[Any]], problems: Problems, tree: Any, count: int) -> Extras:
    """Each distinct set of three category cells resolved once. The cells are told apart by
    identity (a column's equal cells are mostly one object, read once; two equal objects are
    resolved alike, twice), so no row's cells are hashed by value."""
    extras: Extras = {}
    if not any(k in columns for k in CATEGORY_KEYS):
        return extras
    cells = [columns[k] if k in columns else [MISSING] * count for k in CATEGORY_KEYS]
    keys = list(zip(*(map(id, column) for column in cells), strict=True))
    done: dict[tuple[int, ...], tuple[tuple[Any, ...], list[tuple[str, Any]], list[Issue]]] = {}
    for at, key in enumerate(keys):
        if key in done:
            continue
        given = tuple(column[at] for column in cells)
        refs = {k: v for k, v in zip(CATEGORY_KEYS, given, strict=True) if isinstance(v, CellRef)}
        got = resolve_categories(refs, tree)
        now: list[Any] = []
        added: list[tuple[str, Any]] = []
        for level, value in zip(CATEGORY_KEYS, given, strict=True):
            new = Invalid if level in got.unresolved else got.ids.get(level, value)
            if value is MISSING and new is not MISSING:
                added.append((level, new))
                new = MISSING
            now.append(new)
        done[key] = (tuple(now), added, got.issues)
    noted = {key for key, (_, added, issues) in done.items() if added or issues}
    if noted:
        for at in compress(count_from(), map(noted.__contains__, keys)):
            _, added, issues = done[keys[at]]
            if issues:
                problems[at].extend(issues)
            if added:
                extras[at] = list(added)
    outcomes = map(done.__getitem__, keys)
    resolved = list(zip(*(now for now, _, _ in outcomes), strict=True))
    for level, column in zip(CATEGORY_KEYS, resolved, strict=True):
        if level in columns:
            columns[level] = list(column)
    return extras


def _brands(column: list[Any], problems: Problems, book: Any) -> None:
    """Each distinct brand cell resolved once (told apart by identity, as the categories)."""
    keys = list(map(id, column))
    found: dict[int, tuple[Any, Issue | None]] = {}
    for at, key in enumerate(keys):
        if key in found:
            continue
        brand = column[at]
        if isinstance(brand, CellRef):
            brand_id, issue = resolve_brand(brand, book)
            found[key] = (Invalid if brand_id is None else brand_id, issue)
        else:
            found[key] = (brand, None)
    noted = {key for key, (_, issue) in found.items() if issue is not None}
    column[:] = [value for value, _ in map(found.__getitem__, keys)]
    if noted:
        for at in compress(count_from(), map(noted.__contains__, keys)):
            issue = found[keys[at]][1]
            assert issue is not None
            problems[at].append(issue)


def _warehouses(
    columns: dict[str, list[Any]],
    problems: Problems,
    warehouses: Sequence[Warehouse] | None,
    count: int,
) -> None:
    """Each row's stock per warehouse resolved once per distinct list of warehouse words (the
    result depends on the words alone; each row keeps its own stock figures)."""
    entries = columns.get("warehouses")
    stock = columns.get("stock")
    if entries is None:
        listed_rows: list[int] = []
        entries = [MISSING] * count
    else:
        listed_rows = list(compress(count_from(), map(is_, map(type, entries), repeat(list))))
    if len(listed_rows) < count:  # the rows without a list: a stock of their own, or none
        alone = {
            has_stock: resolve_warehouses(None, has_stock, warehouses)[1]
            for has_stock in (True, False)
        }
        if alone[True] or alone[False]:
            unlisted = list(map(is_not, map(type, entries), repeat(list)))
            stocked = _held(stock, count)
            for has_stock, issues in alone.items():
                if issues:
                    chosen = map(is_, stocked, repeat(has_stock))
                    for at in compress(count_from(), map(and_, unlisted, chosen)):
                        problems[at].extend(issues)
    by_words: dict[tuple[str, ...], tuple[Any, list[Issue]]] = {}
    word_of = itemgetter("clientId")
    for at in listed_rows:
        listed = entries[at]
        words = tuple(map(word_of, listed))
        known = by_words.get(words)
        if known is None:
            sent, issues = resolve_warehouses(listed, False, warehouses)
            if sent is None:
                known = (Invalid, issues)
            elif sent is listed:
                known = (_KEEP, issues)
            else:
                known = ([e["clientId"] for e in sent], issues)
            by_words[words] = known
        ids: Any
        ids, issues = known
        if ids is Invalid:
            entries[at] = Invalid
        elif ids is not _KEEP:
            entries[at] = [
                {"clientId": c, "stock": e["stock"]} for c, e in zip(ids, listed, strict=True)
            ]
        if issues:
            problems[at].extend(issues)


#: The parsed list is sent as it is (the store's warehouses not known, every word an id).
_KEEP: Any = object()


def check_rules_by_column(
    columns: dict[str, list[Any]], extras: Extras, problems: Problems, count: int
) -> dict[str, list[int]]:
    """``validation.check_rules`` for every row, rule by rule over the columns (after the cell
    and store issues). Returns, for each default, the rows it goes into (at the end of their
    values, as ``check_rules`` adds it)."""
    # the rows whose period cell had a problem: the ones it left Invalid (only the cell's own
    # reading puts an issue on that field before the rules)
    periods = columns.get("preorderPeriod")
    period_bad = (
        set(compress(count_from(), map(is_, periods, repeat(Invalid))))
        if periods is not None
        else set()
    )

    view = dict(columns)  # the columns with the defaults filled in, as the rules read them

    def has(key: str) -> list[bool]:
        column = view.get(key)
        held = [False] * count if column is None else list(map(is_not, column, repeat(MISSING)))
        for at, added in extras.items():
            if any(k == key for k, _ in added):
                held[at] = True
        return held

    for key in REQUIRED:
        if key == "externalId":
            continue  # generated when missing
        for at in _lacking(has(key)):
            problems[at].append(Issue(key, "required"))
    defaulted: dict[str, list[int]] = {}
    for key, default in DEFAULTS.items():
        rows = list(_lacking(has(key)))
        if rows:
            defaulted[key] = rows
            filled = list(view.get(key) or repeat(MISSING, count))
            for at in rows:
                filled[at] = default
            view[key] = filled
    stocks = has("stock")
    # the rows with both a stock and warehouses, or neither
    for at in compress(count_from(), map(is_, stocks, has("warehouses"))):
        if stocks[at]:
            problems[at].append(Issue("warehouses", "stock_and_warehouses"))
        else:
            problems[at].append(Issue("stock", "stock_or_warehouses"))
    _prices(view, problems)
    for key, test, issue_key in _BOUNDS:
        for at in _rows_where(view.get(key), test):
            problems[at].append(Issue(key, issue_key))
    _dimensions(view.get("dimensions"), problems)
    _preorder(view, problems, period_bad, count)
    return defaulted


def _held(column: list[Any] | None, count: int) -> list[bool]:
    """Whether each row has a value (not ``MISSING``, not ``Invalid``)."""
    if column is None:
        return [False] * count
    held = list(map(is_not, column, repeat(MISSING)))
    for at in compress(count_from(), map(is_, column, repeat(Invalid))):
        held[at] = False
    return held


def _lacking(held: list[bool]) -> Iterator[int]:
    """The rows that do not hold the value (``held`` False)."""
    return compress(count_from(), map(not_, held))


def _given(column: Iterable[Any]) -> Iterator[int]:
    """The rows that hold a value (not ``MISSING``; it may be ``Invalid``)."""
    return compress(count_from(), map(is_not, column, repeat(MISSING)))


def _ok(value: Any) -> Any:
    return None if value is MISSING or value is Invalid else value


def _prices(view: dict[str, list[Any]], problems: Problems) -> None:
    prices = view.get("price")
    for at in _rows_where(prices, lambda price: price <= 0):
        problems[at].append(Issue("price", "must_be_positive"))
    specials = view.get("specialPrice")
    if specials is None:
        return
    for at in _given(specials):
        special = _ok(specials[at])
        if special is None:
            continue
        price = _ok(prices[at]) if prices is not None else None
        if special <= 0:
            problems[at].append(Issue("specialPrice", "must_be_positive"))
        elif price is not None and price > 0 and special >= price:
            problems[at].append(
                Issue(
                    "specialPrice",
                    "special_price_not_lower",
                    params={"special": rupiah(special), "price": rupiah(price)},
                )
            )


#: The rules on one number each, in ``check_rules``' order: (field, failing test, issue).
_BOUNDS: tuple[tuple[str, Any, str], ...] = (
    ("stock", lambda stock: stock < 0, "must_not_be_negative"),
    ("weight", lambda weight: weight <= 0, "must_be_positive"),
    ("minOrder", lambda least: least < MIN_ORDER, "min_order_at_least_one"),
)


def _rows_where(column: list[Any] | None, test: Any) -> list[int]:
    """The rows whose value (not missing, not invalid) fails ``test``: each distinct value
    tested once (equal numbers test alike), then the rows holding a failing one."""
    if column is None:
        return []
    try:
        distinct = set(column)
    except TypeError:
        return [at for at, v in enumerate(column) if _ok(v) is not None and test(v)]
    failing = {v for v in distinct if _ok(v) is not None and test(v)}
    if not failing:
        return []
    return [at for at, v in enumerate(column) if v in failing]


def _dimensions(column: list[Any] | None, problems: Problems) -> None:
    if column is None:
        return
    given = [d for d in column if d is not MISSING and d is not Invalid]
    if all(type(d) is dict for d in given):
        parts = list(chain.from_iterable(map(dict.values, given)))
        if set(map(type, parts)) <= {int} and (not parts or min(parts) > 0):
            return
    for at, dims in enumerate(column):
        dims = _ok(dims)
        if dims is not None and any(v <= 0 for v in dims.values()):
            problems[at].append(Issue("dimensions", "must_be_positive"))


def _preorder(
    view: dict[str, list[Any]], problems: Problems, period_bad: set[int], count: int
) -> None:
    periods = view.get("preorderPeriod") or [MISSING] * count
    preorders = view.get("isPreorder") or [MISSING] * count
    # only the rows with a period or a pre-order (nothing to say of the common row)
    rows = {*_given(periods), *compress(count_from(), map(is_, preorders, repeat(True)))}
    for at in sorted(rows):
        period, preorder = periods[at], preorders[at]
        period = _ok(period)
        if period is not None and period < 0:
            problems[at].append(Issue("preorderPeriod", "must_not_be_negative"))
        elif (
            preorder is True
            and (period is None or period < MIN_PREORDER_DAYS)
            and at not in period_bad
        ):
            problems[at].append(Issue("preorderPeriod", "preorder_period_needed"))
        elif preorder is not True and period:
            problems[at].append(
                Issue(
                    "preorderPeriod",
                    "preorder_period_ignored",
                    Level.WARNING,
                    params={"value": period},
                )
            )
