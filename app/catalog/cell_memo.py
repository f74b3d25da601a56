"""Each field's cells read once per distinct value: the fast path of ``parse_cells``.

A sheet of 50,000 products holds a few hundred distinct category cells, two Ya/Tidak words, a
few hundred prices and weights: the same parser on the same value gives the same ``Parsed``
every time (a parser is a pure function of one cell), so each field keeps what its parser gave
for the values seen, by value *and type* (``1``, ``1.0`` and ``True`` are different cells), in a
bounded dictionary. ``-0.0`` equals ``0.0`` (and hashes alike) but is shown as itself in a
problem ("-0.0 is not a condition"), so a negative zero is never remembered. Only results
that cannot be changed afterwards are kept: ints, bools, text, frozen ``CellRef``s and the
problems (whose params are copied into each row's ``Issue``).

Text (names, descriptions) is unique per row: plain text (no space at either end, under
Excel's cell limit) is its own value, without a parser call. Everything else goes through the
field's parser as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.catalog.kinds import Kind
from app.catalog.parsing import MAX_CELL_CHARS, Parsed, Parser

#: [ours] How many distinct values one field remembers (then it starts afresh): enough for the
#: categories and prices of any shop's sheet, and a bound for a sheet of 50,000 unique ones.
MEMO_SIZE = 4096
#: The kinds whose cells repeat and whose parsed values are immutable.
MEMO_KINDS = frozenset(
    {
        Kind.UUID,
        Kind.REFERENCE,
        Kind.PRICE,
        Kind.COUNT,
        Kind.GRAMS,
        Kind.DAYS,
        Kind.YES_NO,
        Kind.CONDITION,
    }
)
#: The scalar types a remembered cell may have (a dict of parts is read each time).
_KEYED = (str, int, float, bool)


def plain_text(raw: Any) -> bool:
    """Text the text parser returns as it is: no space at either end, within the cell limit."""
    return (
        type(raw) is str
        and 0 < len(raw) <= MAX_CELL_CHARS
        and not raw[0].isspace()
        and not raw[-1].isspace()
    )


@dataclass(slots=True)
class FieldReader:
    """One field's parser, with its memo of distinct values (or the text path)."""

    parser: Parser
    remembers: bool
    text: bool
    size: int = MEMO_SIZE
    memo: dict[tuple[type, Any], Parsed] = field(default_factory=dict)

    def read(self, raw: Any) -> Parsed:
        kind = type(raw)
        if self.text and kind is str and plain_text(raw):
            return Parsed(raw)
        if not self.remembers or kind not in _KEYED or (kind is float and negative_zero(raw)):
            return self.parser(raw)
        key = (kind, raw)
        got = self.memo.get(key)
        if got is None:
            got = self.parser(raw)
            if len(self.memo) >= self.size:
                self.memo.clear()
            self.memo[key] = got
        return got


def negative_zero(raw: Any) -> bool:
    """``-0.0``: equal to ``0.0`` as a key, but a cell of its own (shown as ``-0.0``)."""
    return type(raw) is float and raw == 0.0 and math.copysign(1.0, raw) < 0


def reader_for(kind: Kind, parser: Parser) -> Callable[[Any], Parsed]:
    """The fastest exact reader of cells of ``kind``."""
    if kind is Kind.TEXT or kind in MEMO_KINDS:
        return FieldReader(parser, kind in MEMO_KINDS, kind is Kind.TEXT).read
    return parser
