"""Checking a whole sheet column by column: what ``check_row`` gives for every row, faster.

``check_rows(rows)`` returns exactly ``[check_row(cells, store) for cells in rows]`` (the same
values, in the same key order, and the same issues in the same order), for a table built from a
sheet. Where ``check_row`` runs 25 parsers on each row, here each field's column is read at once
into a column of values (``MISSING`` where the row has none, ``Invalid`` where its cell could not
be read), and the rows' value dicts are built once, at the end:

- a column of plain text (names, descriptions: every cell a string without space at either end,
  within the field's limit) is its own values, found by a few whole-column tests in C
  (``str.strip`` mapped over it) instead of a test per cell;
- a column of codes (SKUs) likewise, when no cell holds a space or a ``+`` (one search over the
  joined column: ``parse_code`` changes nothing else);
- a column of repeating values (ids, names, prices, counts, Ya/Tidak, conditions) is read once per
  distinct value (and type, when ``1``, ``1.0`` and ``True`` could meet in it: three cells), the
  rows mapped through the results by a dictionary look-up;
- tags (lists) likewise once per distinct cell, each row given its own copy of the list;
- photos, dimensions and stock per warehouse by their column-wide readers (``column_lists``);
- anything else (a cell of another type, a column a fast path refuses) goes through the field's
  own reader (``cell_memo``), cell by cell, as ``parse_cells`` reads it.

The store's data and the rules across fields are applied column by column too
(``column_rules``). The problems kept for a distinct value are immutable; each row gets its own
``Issue`` (and params dict) for a cell problem, as ``parse_cells`` gives it.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import compress, repeat
from itertools import count as count_from
from typing import Any

from app.catalog.cell_memo import MEMO_KINDS, negative_zero
from app.catalog.column_lists import COLUMN_READERS
from app.catalog.column_rules import MISSING, Extras, Problems, check_rules_by_column
from app.catalog.column_rules import use_store_data as _use_store_data
from app.catalog.fields import FIELDS
from app.catalog.issues import Issue
from app.catalog.kinds import Kind
from app.catalog.parsing import MAX_CELL_CHARS, Parsed
from app.catalog.store_data import StoreData
from app.catalog.validation import DEFAULTS, READERS, Invalid

#: A cell left out of the row's values (no cell, or a cell its parser reads as nothing).
_MISSING: Any = MISSING
#: What a cell becomes: its value (or ``_MISSING``/``Invalid``) and its problem (key, params).
_Outcome = tuple[Any, tuple[str, Mapping[str, Any]] | None]
_SCALARS = frozenset({str, int, float, bool, type(None)})
#: Scalar types whose values may be equal across types (``1 == 1.0 == True``).
_NUMBERS = frozenset({int, float, bool})
_NONE = type(None)
_KINDS = {f.key: f.kind for f in FIELDS}


def check_rows(
    rows: Sequence[Mapping[str, Any]], store: StoreData | None = None
) -> list[tuple[dict[str, Any], list[Issue]]]:
    """``[check_row(cells, store) for cells in rows]``, column by column."""
    if not rows:
        return []
    with quiet_collector():
        return _check_rows(rows, store)


@contextlib.contextmanager
def quiet_collector() -> Iterator[None]:
    """No automatic garbage collection in the block (then as it was): a sheet's check makes
    hundreds of thousands of containers and no garbage, and each collector pass would walk
    them all again. (The readers' ``app.sheets.gc_pause`` does the same around a whole read;
    inside one of those, this changes nothing.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_rows(
    rows: Sequence[Mapping[str, Any]], store: StoreData | None
) -> list[tuple[dict[str, Any], list[Issue]]]:
    count = len(rows)
    present: set[str] = set().union(*rows)
    readers = [(key, read, limit) for key, read, limit in READERS if key in present]
    keys = [key for key, _, _ in readers]
    # each row's cells taken once, row by row (a row's cells sit together in memory), then
    # turned into columns
    cells = map(tuple, map(map, map(getattr, rows, repeat("get")), repeat(keys)))
    columns: dict[str, list[Any]] = {}
    problems: Problems = defaultdict(list)
    for (key, read, max_length), column in zip(readers, zip(*cells, strict=True), strict=True):
        columns[key] = _read_column(key, _KINDS[key], read, max_length, list(column), problems)
    extras = _use_store_data(columns, problems, store, count)
    defaulted = check_rules_by_column(columns, extras, problems, count)
    return _compose(columns, extras, defaulted, problems, count)


def _compose(
    columns: dict[str, list[Any]],
    extras: Extras,
    defaulted: dict[str, list[int]],
    problems: Problems,
    count: int,
) -> list[tuple[dict[str, Any], list[Issue]]]:
    """Each row's values (the fields in the registry's order, then the category levels its
    path named, then the defaults) and its issues, as ``check_row`` leaves them."""
    keys = tuple(columns)
    missing, invalid = _MISSING, Invalid
    if keys:
        values = [
            {
                k: v
                for k, v in zip(keys, cells, strict=True)
                if v is not missing and v is not invalid
            }
            for cells in zip(*columns.values(), strict=True)
        ]
    else:
        values = [{} for _ in range(count)]
    for at, added in extras.items():
        row_values = values[at]
        for key, value in added:
            if value is not invalid:
                row_values[key] = value
    for key, rows in defaulted.items():
        default = DEFAULTS[key]
        for at in rows:
            values[at][key] = default
    found = problems.get
    return [(row_values, found(at) or []) for at, row_values in enumerate(values)]


def _read_column(
    key: str,
    kind: Kind,
    read: Callable[[Any], Parsed],
    max_length: int | None,
    column: list[Any],
    problems: Problems,
) -> list[Any]:
    """One field's cells → its column of values (``_MISSING``, ``Invalid`` or the value), the
    cell problems added to the rows'."""
    types = set(map(type, column))
    if (kind is Kind.TEXT or kind is Kind.CODE) and types <= {str, _NONE}:
        cells = [v for v in column if v is not None] if _NONE in types else column
        if _plain(cells, max_length or MAX_CELL_CHARS, kind is Kind.CODE):
            if _NONE in types:
                return [_MISSING if v is None else v for v in column]
            return column
    if kind in MEMO_KINDS and types <= _SCALARS:
        typed = len(types & _NUMBERS) > 1
        return _by_distinct(key, read, max_length, column, typed, float in types, problems)
    reader = COLUMN_READERS.get(kind)
    if reader is not None:

        def slow(at: int, raw: Any) -> Any:
            value, problem = _outcome(key, read(raw), max_length)
            if problem is not None:
                problems[at].append(Issue(key, problem[0], params=dict(problem[1])))
            return value

        got = reader(column, types, slow)
        if got is not None:
            return got
    copy = _COPIES.get(kind)
    if copy is not None:
        # text cells told apart by value alone (no text equals a number)
        keys = column if types <= {str, _NONE} else _distinct_keys(column)
        if keys is not None:
            return _copied(key, read, max_length, column, keys, copy, problems)
    out: list[Any] = []
    add = out.append
    for at, raw in enumerate(column):
        if raw is None:
            add(_MISSING)
            continue
        value, problem = _outcome(key, read(raw), max_length)
        if problem is not None:
            problems[at].append(Issue(key, problem[0], params=dict(problem[1])))
        add(value)
    return out


def _by_distinct(
    key: str,
    read: Callable[[Any], Parsed],
    max_length: int | None,
    column: list[Any],
    typed: bool,
    floats: bool,
    problems: Problems,
) -> list[Any]:
    """A column of scalars read once per distinct cell. Cells are told apart by value, and by
    type too when ``typed`` (numbers of two types in the column: ``1``, ``1.0``, ``True``);
    a ``-0.0`` (when the column holds ``floats``) from ``0.0``."""
    keys: list[Any] = list(zip(map(type, column), column, strict=True)) if typed else column
    if floats and 0.0 in column:  # a -0.0 equals 0.0 as a key but shows as itself: its own key
        negatives = [at for at, raw in enumerate(column) if negative_zero(raw)]
        if negatives:
            keys = list(keys)
            for at in negatives:
                keys[at] = _NEGATIVE_ZERO
    found: dict[Any, _Outcome] = {}
    for k in set(keys):
        raw = -0.0 if k is _NEGATIVE_ZERO else k[1] if typed else k
        found[k] = (_MISSING, None) if raw is None else _outcome(key, read(raw), max_length)
    bad = {k: problem for k, (_, problem) in found.items() if problem is not None}
    out = list(map({k: value for k, (value, _) in found.items()}.__getitem__, keys))
    if bad:
        for at in compress(count_from(), map(bad.__contains__, keys)):
            problem = bad[keys[at]]
            problems[at].append(Issue(key, problem[0], params=dict(problem[1])))
    return out


def _copied(
    key: str,
    read: Callable[[Any], Parsed],
    max_length: int | None,
    column: list[Any],
    keys: list[Any],
    copy: Callable[[Any], Any],
    problems: Problems,
) -> list[Any]:
    """A column of list cells read once per distinct cell, each row given its own copy."""
    found: dict[Any, _Outcome] = {}
    for k, raw in zip(keys, column, strict=True):
        if k is not None and k not in found:
            found[k] = _outcome(key, read(raw), max_length)
    out: list[Any] = []
    add = out.append
    for at, k in enumerate(keys):
        if k is None:
            add(_MISSING)
            continue
        value, problem = found[k]
        if problem is not None:
            problems[at].append(Issue(key, problem[0], params=dict(problem[1])))
        add(value if value is Invalid or value is _MISSING else copy(value))
    return out


#: The key of a ``-0.0`` cell among the distinct cells of a column (``_by_distinct``).
_NEGATIVE_ZERO: Any = object()

#: The kinds whose cells repeat (a few dozen tag cells in a sheet) but whose values are lists:
#: read once per distinct cell, each row given its own copy of the value.
_COPIES: dict[Kind, Callable[[Any], Any]] = {Kind.TAGS: list}


def _distinct_keys(column: list[Any]) -> list[Any] | None:
    """A key per cell telling equal cells apart by value *and type* (None for no cell): a
    scalar's (type, value), a dict of parts' (its items in order, their types; the tags
    parser reads ``-0.0`` as ``0.0``, so they may share a key). None when a
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
    if code:  # ``str.isspace`` is what ``\s`` matches
        return _SPACE_OR_PLUS.search("\x00".join(cells)) is None
    return True


#: What ``parse_code`` changes in a code: a space of any kind (tidied), a zero-width space, a
#: ``+`` (of a number Excel mangled).
_SPACE_OR_PLUS = re.compile(r"[\s\u200b+]")


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
