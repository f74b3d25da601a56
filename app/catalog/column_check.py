"""Checking a whole sheet column by column: what ``check_row`` gives for every row, faster.

``check_rows(rows)`` returns exactly ``[check_row(cells, store) for cells in rows]`` (the same
values, in the same key order, and the same issues in the same order), for a table built from a
sheet. Where ``check_row`` runs 25 parsers on each row, here each field's column is read at once:

- a column of plain text (names, descriptions: every cell a string without space at either end,
  within the field's limit) is its own values, found by a few whole-column tests in C
  (``str.strip`` mapped over it) instead of a test per cell;
- a column of codes (SKUs) likewise, when no cell holds a space or a ``+`` (one search over the
  joined column: ``parse_code`` changes nothing else);
- a column of repeating values (ids, names, prices, counts, Ya/Tidak, conditions) is read once per
  distinct value *and type* (``1``, ``1.0`` and ``True`` are three cells), the rows mapped
  through the results by a dictionary look-up;
- tags (lists) likewise once per distinct cell (its value and type; a dict of parts by its
  parts' values and types), each row given its own copy of the list;
- anything else (photos, dimensions, stock per warehouse, a cell of another type) goes through
  the field's own reader (``cell_memo``), cell by cell, as ``parse_cells`` reads it.

The store's data is applied per distinct category cells and brand; the rules across fields run
per row as ``check_row``'s do. The problems kept for a distinct value are immutable; each row
gets its own ``Issue`` (and params dict) for a cell problem, as ``parse_cells`` gives it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from typing import Any

from app.catalog.category_names import BRAND_KEY, CATEGORY_KEYS, resolve_brand, resolve_categories
from app.catalog.cell_memo import MEMO_KINDS
from app.catalog.fields import FIELDS
from app.catalog.issues import Issue
from app.catalog.kinds import Kind
from app.catalog.parsing import MAX_CELL_CHARS, Parsed
from app.catalog.reference_cells import CellRef
from app.catalog.store_data import StoreData
from app.catalog.validation import READERS, Invalid, check_rules
from app.catalog.warehouse_names import resolve_warehouses

#: A cell left out of the row's values (no cell, or a cell its parser reads as nothing).
_MISSING: Any = object()
#: What a cell becomes: its value (or ``_MISSING``/``Invalid``) and its problem (key, params).
_Outcome = tuple[Any, tuple[str, Mapping[str, Any]] | None]
_SCALARS = frozenset({str, int, float, bool, type(None)})
_KINDS = {f.key: f.kind for f in FIELDS}


def check_rows(
    rows: Sequence[Mapping[str, Any]], store: StoreData | None = None
) -> list[tuple[dict[str, Any], list[Issue]]]:
    """``[check_row(cells, store) for cells in rows]``, column by column."""
    count = len(rows)
    values: list[dict[str, Any]] = [{} for _ in range(count)]
    issues: list[list[Issue]] = [[] for _ in range(count)]
    if not count:
        return []
    present: set[str] = set()
    for cells in rows:
        present.update(cells)
    dicts = all(type(cells) is dict for cells in rows)
    for key, read, max_length in READERS:
        if key not in present:
            continue
        column = (
            list(map(dict.get, rows, repeat(key, count)))  # type: ignore[arg-type]
            if dicts
            else [cells.get(key) for cells in rows]
        )
        _read_column(key, _KINDS[key], read, max_length, column, values, issues)
    _use_store_data(values, issues, store)
    out: list[tuple[dict[str, Any], list[Issue]]] = []
    for row_values, row_issues in zip(values, issues, strict=True):
        check_rules(row_values, row_issues)
        out.append(({k: v for k, v in row_values.items() if v is not Invalid}, row_issues))
    return out


def _read_column(
    key: str,
    kind: Kind,
    read: Callable[[Any], Parsed],
    max_length: int | None,
    column: list[Any],
    values: list[dict[str, Any]],
    issues: list[list[Issue]],
) -> None:
    """One field's cells into the rows' values and issues."""
    types = set(map(type, column))
    cells = [v for v in column if v is not None] if type(None) in types else column
    if (
        (kind is Kind.TEXT or kind is Kind.CODE)
        and types <= {str, type(None)}
        and _plain(cells, max_length or MAX_CELL_CHARS, kind is Kind.CODE)
    ):
        for row_values, value in zip(values, column, strict=True):
            if value is not None:
                row_values[key] = value
        return
    if kind in MEMO_KINDS and types <= _SCALARS:
        typed = list(zip(map(type, column), column, strict=True))
        outcomes = {t: _outcome(key, read(t[1]), max_length) for t in set(typed)}
        if not any(problem for _, problem in outcomes.values()):
            for row_values, t in zip(values, typed, strict=True):
                value = outcomes[t][0]
                if value is not _MISSING:
                    row_values[key] = value
            return
        for row_values, row_issues, t in zip(values, issues, typed, strict=True):
            value, problem = outcomes[t]
            if problem is not None:
                row_issues.append(Issue(key, problem[0], params=dict(problem[1])))
            if value is not _MISSING:
                row_values[key] = value
        return
    copy = _COPIES.get(kind)
    if copy is not None:
        keys = _distinct_keys(column)
        if keys is not None:
            found: dict[Any, _Outcome] = {}
            for k, raw in zip(keys, column, strict=True):
                if k is not None and k not in found:
                    found[k] = _outcome(key, read(raw), max_length)
            for row_values, row_issues, k in zip(values, issues, keys, strict=True):
                if k is None:
                    continue
                value, problem = found[k]
                if problem is not None:
                    row_issues.append(Issue(key, problem[0], params=dict(problem[1])))
                if value is not _MISSING:
                    row_values[key] = value if value is Invalid else copy(value)
            return
    for row_values, row_issues, raw in zip(values, issues, column, strict=True):
        if raw is None:
            continue
        value, problem = _outcome(key, read(raw), max_length)
        if problem is not None:
            row_issues.append(Issue(key, problem[0], params=dict(problem[1])))
        if value is not _MISSING:
            row_values[key] = value


#: The kinds whose cells repeat (a few dozen tag cells in a sheet) but whose values are lists:
#: read once per distinct cell, each row given its own copy of the value. (Dimensions and stock
#: per warehouse were measured too: thousands of distinct cells in 10,000 rows, where the key
#: and the copy cost as much as the reading.)
_COPIES: dict[Kind, Callable[[Any], Any]] = {Kind.TAGS: list}


def _distinct_keys(column: list[Any]) -> list[Any] | None:
    """A key per cell telling equal cells apart by value *and type* (None for no cell): a
    scalar's (type, value), a dict of parts' (its items in order, their types). None when a
    cell is of another kind (or a part holds something that cannot be a key)."""
    keys: list[Any] = []
    add = keys.append
    try:
        for raw in column:
            kind = type(raw)
            if raw is None:
                add(None)
            elif kind is dict:
                add((tuple(raw.items()), tuple(map(type, raw.values()))))
            elif kind in _SCALARS:
                add((kind, raw))
            else:
                return None
        hash(tuple(keys))
    except TypeError:
        return None
    return keys


def _plain(cells: list[str], limit: int, code: bool) -> bool:
    """Whether every cell is read as it is: text without space at either end, within
    ``limit`` (and, for codes, without a space or a ``+`` anywhere)."""
    if not cells:
        return True
    if min(map(len, cells)) == 0 or max(map(len, cells)) > min(limit, MAX_CELL_CHARS):
        return False
    if list(map(str.strip, cells)) != cells:
        return False
    if code:
        joined = "\x00".join(cells)
        return "+" not in joined and not any(c.isspace() or c in "\u200b" for c in set(joined))
    return True


def _outcome(key: str, parsed: Parsed, max_length: int | None) -> _Outcome:
    """What ``parse_cells`` makes of one cell's ``Parsed`` (``values[key]``, the problem)."""
    value, problem = parsed
    if problem is not None:
        return Invalid, (problem.key, problem.params)
    if max_length and isinstance(value, str) and len(value) > max_length:
        return Invalid, ("too_long", {"length": len(value), "limit": max_length})
    if value is None:
        return _MISSING, None
    return value, None


def _use_store_data(
    values: list[dict[str, Any]], issues: list[list[Issue]], store: StoreData | None
) -> None:
    """``validation._use_store_data`` for every row: each distinct set of category cells and
    each brand resolved once."""
    tree = store.tree if store is not None else None
    book = store.brands if store is not None else None
    warehouses = store.warehouses if store is not None else None
    categories: dict[tuple[Any, ...], Any] = {}
    brands: dict[CellRef, tuple[str | None, Issue | None]] = {}
    for row_values, row_issues in zip(values, issues, strict=True):
        get = row_values.get
        refs = tuple(v if isinstance(v := get(k), CellRef) else None for k in CATEGORY_KEYS)
        done = categories.get(refs)
        if done is None:
            given = {k: r for k, r in zip(CATEGORY_KEYS, refs, strict=True) if r is not None}
            done = categories[refs] = resolve_categories(given, tree)
        for key in CATEGORY_KEYS:
            if key in done.unresolved:
                row_values[key] = Invalid
            elif key in done.ids:
                row_values[key] = done.ids[key]
        row_issues.extend(done.issues)
        brand = get(BRAND_KEY)
        if isinstance(brand, CellRef):
            found = brands.get(brand)
            if found is None:
                found = brands[brand] = resolve_brand(brand, book)
            brand_id, issue = found
            row_values[BRAND_KEY] = Invalid if brand_id is None else brand_id
            if issue is not None:
                row_issues.append(issue)
        entries = get("warehouses")
        stock = get("stock")
        sent, found_issues = resolve_warehouses(
            entries if isinstance(entries, list) else None,
            stock is not None and stock is not Invalid,
            warehouses,
        )
        if isinstance(entries, list):
            row_values["warehouses"] = Invalid if sent is None else sent
        row_issues.extend(found_issues)
