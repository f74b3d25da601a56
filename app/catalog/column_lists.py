"""Photos and dimensions read a whole column at once: what their parsers give, cell by cell.

A sheet's photo cells are unique per row (one link each part), and so are most dimension cells,
so reading them once per distinct cell does not pay; here the column is read in a few passes in
C instead:

- photos (``Foto 1``, ``Foto 2`` … one link per part): every part of every row joined into one
  text, one link a line, and matched by one compiled pattern (``parsing._ONE_URL``'s, a line at
  a time); each row's links are its parts in order, the empty ones left out;
- dimensions from three columns of whole numbers (``17`` or ``17.0``): each part's column
  turned into ints at once and the rows' dicts built from them.

Each reader returns the column of values (``MISSING`` where the row has none), or None when
any cell is not of that common form: then the column is read cell by cell by the field's own
parser (``column_check``), which gives the same for these cells and reads every other cell.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, chain, repeat
from typing import Any

from app.catalog.column_rules import MISSING
from app.catalog.kinds import Kind
from app.catalog.parsing import (
    _ONE_URL,
    DIMENSION_PARTS,
    MAX_CELL_CHARS,
    is_blank,
    parse_count,
    part_order,
)

_NONE = type(None)
_TEXT = (str, _NONE)
_WHOLE = (int, float)
_NUMBERS = frozenset({int, float, bool})
#: Reads one cell the field's own way (its row, the cell) and notes its problem: the value.
Slow = Callable[[int, Any], Any]
#: Lines that are one link alone each, one after another (``parsing._one_url_each``'s test of
#: one part, a line at a time: the link's pattern matches at most to its line's end, so the
#: atomic group is what a whole-line match gives), and the last line (no line break after it).
_GOOD_LINES = re.compile(r"(?:(?>" + _ONE_URL.pattern + r")\n)*+", re.IGNORECASE)
_LAST_LINE = re.compile(r"(?>" + _ONE_URL.pattern + r")\Z", re.IGNORECASE)
#: The part names already known to be in ``part_order`` (a sheet has a few shapes of parts).
_IN_ORDER: set[tuple[str, ...]] = set()


def _in_order(parts: tuple[Any, ...]) -> bool:
    if parts in _IN_ORDER:
        return True
    if list(parts) != sorted(parts, key=part_order):
        return False
    if len(_IN_ORDER) < 1024:
        _IN_ORDER.add(parts)
    return True


def photo_column(column: list[Any], types: set[type], slow: Slow) -> list[Any] | None:
    """``parse_urls`` of each cell: a dict of parts in order, each part empty or one plain link
    (``parsing._one_url_each``'s common case), read at once; any other cell by ``slow``."""
    if not types <= {dict, _NONE}:
        return None
    at_cells, cells = _given(column, types)
    shapes = list(map(tuple, cells))
    odd = {s for s in set(shapes) if not (all(type(p) is str for p in s) and _in_order(s))}
    slow_rows = {n for n, s in enumerate(shapes) if s in odd} if odd else set()
    parts = list(chain.from_iterable(map(dict.values, cells)))
    if not set(map(type, parts)) <= {str, _NONE}:
        slow_rows.update(
            n for n, c in enumerate(cells) if not all(type(p) in _TEXT for p in c.values())
        )
    found = list(map(list, map(filter, repeat(None), map(dict.values, cells))))
    for n in slow_rows:
        found[n] = []  # read by ``slow``: its parts are no links to match
    links = list(chain.from_iterable(found))  # a part None or "" holds no link
    if links:
        bad = _bad_links(links)
        if bad:
            ends = list(accumulate(map(len, found)))
            slow_rows.update(bisect_right(ends, n) for n in bad)
    return _joined(column, at_cells, cells, found, slow_rows, slow, True)


def _bad_links(links: list[str]) -> list[int]:
    """The positions of the parts that are not one plain link each."""
    if max(map(len, links)) > MAX_CELL_CHARS:
        return list(range(len(links)))  # read cell by cell
    text = "\n".join(links)
    if text.count("\n") != len(links) - 1:  # a line break inside a part: each on its own
        return [n for n, link in enumerate(links) if "\n" in link or not _one_link(link)]
    bad: list[int] = []
    start = line = 0
    while True:  # the lines that are one link each, at once; then the one that is not
        end = _GOOD_LINES.match(text, start).end()  # type: ignore[union-attr]
        line += text.count("\n", start, end)
        after = text.find("\n", end)
        if after == -1:
            if _LAST_LINE.match(text, end) is None:
                bad.append(line)
            break
        bad.append(line)
        line, start = line + 1, after + 1
    schemes = text.count("://") - sum(links[n].count("://") for n in bad)
    if schemes != len(links) - len(bad):  # a second scheme in a part (each has one at least)
        twice = [n for n, c in enumerate(map(str.count, links, repeat("://"))) if c != 1]
        bad = sorted({*bad, *twice})
    return bad


def _one_link(link: str) -> bool:
    return link.count("://") == 1 and _ONE_URL.fullmatch(link) is not None


def dimension_column(column: list[Any], types: set[type], slow: Slow) -> list[Any] | None:
    """``parse_dimensions`` of each cell: a dict whose three parts are whole numbers (ints, or
    floats with nothing after the point) read at once; any other cell by ``slow``."""
    if not types <= {dict, _NONE}:
        return None
    at_cells, cells = _given(column, types)
    parts: list[list[Any]] = [list(map(dict.get, cells, repeat(part))) for part in DIMENSION_PARTS]
    kinds = set(map(type, chain.from_iterable(parts)))
    slow_rows: set[int] = set()
    if not kinds <= {int, float}:
        for numbers in parts:
            slow_rows.update(n for n, v in enumerate(numbers) if type(v) not in _WHOLE)
    whole_floats = kinds == {float} and all(map(float.is_integer, chain.from_iterable(parts)))
    if float in kinds and not whole_floats:
        for numbers in parts:
            slow_rows.update(
                n for n, v in enumerate(numbers) if type(v) is float and not v.is_integer()
            )
    if float in kinds:
        if slow_rows:
            parts = [[v if n not in slow_rows else 0 for n, v in enumerate(p)] for p in parts]
        parts = [list(map(int, numbers)) for numbers in parts]
    found = list(map(dict, map(zip, repeat(DIMENSION_PARTS), zip(*parts, strict=True))))
    return _joined(column, at_cells, cells, found, slow_rows, slow, False)


def warehouse_column(column: list[Any], types: set[type], slow: Slow) -> list[Any] | None:
    """``parse_warehouses`` of each cell: a dict of stock by warehouse word (``Stok <gudang>``
    columns), each figure empty or a count of at least 0, read once per distinct figure; any
    other cell by ``slow``."""
    if not types <= {dict, _NONE}:
        return None
    at_cells, cells = _given(column, types)
    shapes = list(map(tuple, cells))
    if not all(type(word) is str for shape in set(shapes) for word in shape):
        return None  # str() of a word could make two alike: the parser tells
    figures = list(chain.from_iterable(map(dict.values, cells)))
    typed = len(set(map(type, figures)) & _NUMBERS) > 1  # 1, 1.0 and True: three figures
    keys: list[Any] = list(zip(map(type, figures), figures, strict=True)) if typed else figures
    try:
        distinct = set(keys)
    except TypeError:
        return None
    read: dict[Any, Any] = {}
    for key in distinct:
        raw = key[1] if typed else key
        if is_blank(raw):
            read[key] = _BLANK
            continue
        got = parse_count(raw)
        good = got.problem is None and got.value is not None and got.value >= 0
        read[key] = got.value if good else _ODD
    stock = list(map(read.__getitem__, keys))
    if len(set(shapes)) == 1:  # the same columns in every row: each row's figures at once
        width = len(shapes[0])
        rows: Any = (
            zip(*(stock[n::width] for n in range(width)), strict=True)
            if width
            else repeat((), len(shapes))
        )
    else:
        ends = list(accumulate(map(len, shapes)))
        rows = (stock[end - len(shape) : end] for shape, end in zip(shapes, ends, strict=True))
    found: list[Any] = []
    add = found.append
    slow_rows: set[int] = set()
    for n, (shape, part) in enumerate(zip(shapes, rows, strict=True)):
        if all(v is _BLANK for v in part):
            add(MISSING)
        elif any(v is _ODD for v in part):
            slow_rows.add(n)
            add(MISSING)
        else:
            add(
                [
                    {"clientId": word, "stock": v}
                    for word, v in zip(shape, part, strict=True)
                    if v is not _BLANK
                ]
            )
    return _joined(column, at_cells, cells, found, slow_rows, slow, False)


#: A stock figure left empty (the warehouse not given), and one the parser must read.
_BLANK: Any = object()
_ODD: Any = object()


def _given(column: list[Any], types: set[type]) -> tuple[list[int] | None, list[Any]]:
    """The cells that are not None, and their rows (None: every row has one)."""
    if _NONE not in types:
        return None, column
    at = [n for n, c in enumerate(column) if c is not None]
    return at, [column[n] for n in at]


def _joined(
    column: list[Any],
    at_cells: list[int] | None,
    cells: list[Any],
    found: list[Any],
    slow_rows: set[int],
    slow: Slow,
    empty_is_missing: bool,
) -> list[Any]:
    """The column of values: each cell's value found (``MISSING`` for None, and for an empty
    list when ``empty_is_missing``), the ``slow_rows`` read by ``slow``."""
    if empty_is_missing:
        found = [value or MISSING for value in found]
    for n in sorted(slow_rows):
        found[n] = slow(n if at_cells is None else at_cells[n], cells[n])
    if at_cells is None:
        return found
    out = [MISSING] * len(column)
    for n, value in zip(at_cells, found, strict=True):
        out[n] = value
    return out


#: The column-wide reader of each kind that has one.
COLUMN_READERS: dict[Kind, Callable[[list[Any], set[type], Slow], list[Any] | None]] = {
    Kind.URLS: photo_column,
    Kind.DIMENSIONS: dimension_column,
    Kind.WAREHOUSES: warehouse_column,
}
