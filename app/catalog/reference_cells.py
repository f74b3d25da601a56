"""What a category, sub-category, type or brand cell holds, by its form alone.

A cell may hold an id (UUID), a name, or ``Name (id)`` as a template's drop-down writes it; the
category cell may also hold the whole path (``Fashion Pria > Kaos > Kaos Oblong``). Here only the
form is read (the ``reference`` kind's parser): which name belongs to which id is the store's
tree's business (``category_names``), and without the tree a name cannot be sent at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.catalog.parsing import Parsed, Problem, parse_code

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_BARE_ID = re.compile(_UUID)
_NAMED_ID = re.compile(r"(?P<name>.*?)\s*[(\[]\s*(?P<id>" + _UUID + r")\s*[)\]]")
#: [ours] Text of hex digits and dashes only, with a digit and a dash, is a mistyped id, not a
#: name: it keeps today's "not a valid id" message rather than "look the name up".
_ID_LIKE = re.compile(r"(?=.*\d)(?=.*-)[0-9a-fA-F-]{8,}")
#: The separators of a path in one cell. An exact name is tried first, so a category such as
#: "Pulsa / Token" still works; and where ``>``, ``»`` or ``›`` separate the levels, a ``/`` is
#: part of a name ("Pulsa / Token > Token Listrik > Token 20rb").
PATH_SEPARATORS = (">", "/", "»", "›")
_PATH_SPLIT = re.compile(r"\s*[>»›]\s*")
_SLASH_SPLIT = re.compile(r"\s*/\s*")


@dataclass(frozen=True, slots=True)
class CellRef:
    """One reference cell as written: ``text`` (spaces tidied), and the ``id`` and/or ``name``
    it holds. ``Name (id)`` holds both; the id is what counts."""

    text: str
    id: str | None = None
    name: str | None = None

    @property
    def path(self) -> tuple[str, ...]:
        """The parts of a path written in one cell (one part when it is no path)."""
        if self.name is None:
            return ()
        split = _PATH_SPLIT if _PATH_SPLIT.search(self.name) else _SLASH_SPLIT
        parts = tuple(p for p in split.split(self.name) if p)
        return parts or (self.name,)


def parse_reference(value: Any) -> Parsed:
    """Any cell → a ``CellRef`` (an id, a name, or both), or a Problem; never raises."""
    got = parse_code(value)
    if not got.ok or got.value is None:
        return got
    text = str(got.value)
    if _BARE_ID.fullmatch(text):
        return Parsed(CellRef(text, id=text.lower()))
    named = _NAMED_ID.fullmatch(text) if text[-1] in ")]" else None
    if named:
        return Parsed(CellRef(text, id=named.group("id").lower(), name=named.group("name") or None))
    if " " not in text and _ID_LIKE.fullmatch(text):
        return Parsed(None, Problem("not_a_uuid", {"value": text[:60]}))
    return Parsed(CellRef(text, name=text))
