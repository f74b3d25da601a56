"""ColumnMap: which column of the sheet feeds which field (or which part of a field).

``match_columns(headers)`` proposes a map; the merchant (the GUI) can ``override`` it column by
column. Two headers never feed one field silently: the weaker one stays unmapped and is listed
in ``conflicts``. Columns that match nothing are kept in the sheet and listed in ``unmatched``;
they are never sent.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from app.catalog.fields import field_by_key
from app.sheets.matching import is_result_header, match_header, simplify, strip_required_mark

#: The part name of a plain column (``Foto``) beside numbered ones (``Foto 1`` …): it comes first.
WHOLE_BEFORE_NUMBERED = "0"


@dataclass(frozen=True, slots=True)
class ColumnBinding:
    index: int  # 0-based column
    header: str
    field: str | None
    part: str | None = None
    confidence: float = 0.0
    how: str = "none"  # label, synonym, normalised, part, fuzzy, remembered, user, none
    marked: bool = False  # the header carries a required mark (``*``, ``(wajib)``)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A column that also matched ``field`` (and ``part``) but lost to column ``winner``."""

    index: int
    header: str
    field: str
    part: str | None
    winner: int


class ColumnMap:
    def __init__(
        self, bindings: list[ColumnBinding], conflicts: list[Conflict] | None = None
    ) -> None:
        self.bindings = bindings
        self.conflicts: list[Conflict] = list(conflicts or [])

    def __repr__(self) -> str:
        mapped = {b.index: (b.field, b.part) for b in self.bindings if b.field}
        return f"ColumnMap({mapped!r}, conflicts={len(self.conflicts)})"

    @property
    def headers(self) -> list[str]:
        return [b.header for b in self.bindings]

    @property
    def signature(self) -> str:
        return header_signature(self.headers)

    @property
    def mapped(self) -> list[ColumnBinding]:
        return [b for b in self.bindings if b.field is not None]

    @property
    def unmatched(self) -> list[ColumnBinding]:
        """Columns with a header that feed no field (results columns not counted)."""
        return [
            b
            for b in self.bindings
            if b.field is None and b.header.strip() and not is_result_header(b.header)
        ]

    def binding(self, index: int) -> ColumnBinding:
        return self.bindings[index]

    def columns_for(self, field_key: str) -> list[int]:
        return [b.index for b in self.bindings if b.field == field_key]

    def fields(self) -> set[str]:
        return {b.field for b in self.bindings if b.field is not None}

    def override(self, index: int, field: str | None, part: str | None = None) -> None:
        """The merchant's choice for one column; a column it displaces becomes unmapped."""
        if field is not None:
            field_by_key(field)  # KeyError for a field that does not exist
        self._ensure(index)
        self.bindings[index] = replace(
            self.bindings[index],
            field=field,
            part=part,
            confidence=1.0,
            how="user" if field else "none",
        )
        self.conflicts = [c for c in self.conflicts if c.index != index]
        if field is None:
            return
        for other in list(self.bindings):
            if other.index != index and other.field == field and clashes(other.part, part, field):
                self.bindings[other.index] = replace(
                    other, field=None, part=None, confidence=0.0, how="none"
                )
                self.conflicts.append(Conflict(other.index, other.header, field, other.part, index))

    def _ensure(self, index: int) -> None:
        while len(self.bindings) <= index:
            self.bindings.append(ColumnBinding(len(self.bindings), "", None))


def header_signature(headers: list[str]) -> str:
    """The same headers in the same places (case, accents and punctuation aside) → same value."""
    texts = [simplify(h) for h in headers]
    while texts and not texts[-1]:
        texts.pop()
    return hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()[:32]


def clashes(part_a: str | None, part_b: str | None, field: str) -> bool:
    """Two bindings of one field collide unless they are distinct parts (or whole + numbered)."""
    if part_a == part_b:
        return True
    if part_a is None or part_b is None:
        return not field_by_key(field).kind.numbered
    return False


def match_columns(headers: list[str]) -> ColumnMap:
    """Propose a ColumnMap for a header row; each field (part) goes to its best column."""
    proposed: list[ColumnBinding] = []
    for index, header in enumerate(headers):
        text = header if isinstance(header, str) else ("" if header is None else str(header))
        found = match_header(text)
        marked = strip_required_mark(text)[1]
        if found is None:
            proposed.append(ColumnBinding(index, text, None, marked=marked))
        else:
            proposed.append(
                ColumnBinding(
                    index, text, found.field, found.part, found.confidence, found.how, marked
                )
            )
    order = sorted((b for b in proposed if b.field), key=lambda b: (-b.confidence, b.index))
    kept: list[ColumnBinding] = []
    conflicts: list[Conflict] = []
    final = list(proposed)
    for binding in order:
        assert binding.field is not None
        winner = next(
            (
                k
                for k in kept
                if k.field == binding.field and clashes(k.part, binding.part, binding.field)
            ),
            None,
        )
        if winner is None:
            kept.append(binding)
            continue
        conflicts.append(
            Conflict(binding.index, binding.header, binding.field, binding.part, winner.index)
        )
        final[binding.index] = replace(binding, field=None, part=None, confidence=0.0, how="none")
    conflicts.sort(key=lambda c: c.index)
    return ColumnMap(final, conflicts)
