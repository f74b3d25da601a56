"""Names in the store's reference tree: how they compare, fast look-ups, type-ahead, suggestions.

A name only has to be unique under its parent (``Aksesoris`` sits under several categories), so
every look-up is per parent. Names compare case-insensitively with runs of spaces collapsed
(``normalise``). The look-up index is built once per tree and kept beside it (``index_of``), so
resolving 50,000 rows costs a dictionary look-up per cell.
"""

from __future__ import annotations

import difflib
import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from app.catalog.store_data import Entry, ReferenceTree

_SPACES = re.compile(r"[\s\u00a0\u200b]+")
#: [ours] How close a name must be to be suggested (difflib's ratio), and how many are offered.
SUGGEST_CUTOFF = 0.6
SUGGESTIONS = 3


def normalise(name: str) -> str:
    """``"  Kaos   OBLONG "`` → ``"kaos oblong"``: casefolded, runs of spaces collapsed, trimmed."""
    return _SPACES.sub(" ", name).strip().casefold()


@dataclass(frozen=True, slots=True)
class TreePath:
    """One leaf of the tree: a type under its sub-category under its category."""

    category: Entry
    sub_category: Entry
    type: Entry

    def text(self, sep: str = " › ") -> str:
        return sep.join((self.category.name, self.sub_category.name, self.type.name))

    @property
    def ids(self) -> tuple[str, str, str]:
        return (self.category.id, self.sub_category.id, self.type.id)


_EMPTY: Mapping[str, Entry] = MappingProxyType({})


class TreeIndex:
    """Look-ups over one ``ReferenceTree``: by id and by normalised name, per parent."""

    def __init__(self, tree: ReferenceTree) -> None:
        self.categories_by_id = {e.id.casefold(): e for e in tree.categories}
        self.categories_by_name = _by_name(tree.categories)
        self.subs_by_id: dict[str, dict[str, Entry]] = {}
        self.subs_by_name: dict[str, dict[str, Entry]] = {}
        self.types_by_id: dict[str, dict[str, Entry]] = {}
        self.types_by_name: dict[str, dict[str, Entry]] = {}
        #: every sub-category and type id anywhere in the tree (to tell "unknown" from "elsewhere")
        self.any_sub: dict[str, Entry] = {}
        self.any_type: dict[str, Entry] = {}
        for cat_id, subs in tree.sub_categories.items():
            self.subs_by_id[cat_id.casefold()] = {e.id.casefold(): e for e in subs}
            self.subs_by_name[cat_id.casefold()] = _by_name(subs)
            self.any_sub.update((e.id.casefold(), e) for e in subs)
        for sub_id, types in tree.types.items():
            self.types_by_id[sub_id.casefold()] = {e.id.casefold(): e for e in types}
            self.types_by_name[sub_id.casefold()] = _by_name(types)
            self.any_type.update((e.id.casefold(), e) for e in types)
        paths: list[TreePath] = []
        for cat in tree.categories:
            for sub in tree.sub_categories.get(cat.id, ()):
                for kind in tree.types.get(sub.id, ()):
                    paths.append(TreePath(cat, sub, kind))
        self.paths: tuple[TreePath, ...] = tuple(paths)
        self._words = tuple(
            (normalise(p.category.name), normalise(p.sub_category.name), normalise(p.type.name))
            for p in paths
        )

    # look-ups by parent; an id or a normalised name, None when not there

    def category(self, *, id: str | None = None, name: str | None = None) -> Entry | None:
        return _find(self.categories_by_id, self.categories_by_name, id, name)

    def sub_category(
        self, category_id: str, *, id: str | None = None, name: str | None = None
    ) -> Entry | None:
        parent = category_id.casefold()
        return _find(
            self.subs_by_id.get(parent, _EMPTY), self.subs_by_name.get(parent, _EMPTY), id, name
        )

    def type(
        self, sub_category_id: str, *, id: str | None = None, name: str | None = None
    ) -> Entry | None:
        parent = sub_category_id.casefold()
        return _find(
            self.types_by_id.get(parent, _EMPTY), self.types_by_name.get(parent, _EMPTY), id, name
        )

    def sub_categories(self, category_id: str) -> Iterable[Entry]:
        return self.subs_by_id.get(category_id.casefold(), _EMPTY).values()

    def types(self, sub_category_id: str) -> Iterable[Entry]:
        return self.types_by_id.get(sub_category_id.casefold(), _EMPTY).values()

    def search(self, text: str, limit: int = 50) -> list[TreePath]:
        words = normalise(text).split()
        if not words:
            return list(self.paths[:limit])
        scored: list[tuple[int, int, str, TreePath]] = []
        for path, names in zip(self.paths, self._words, strict=True):
            score = _score(words, names)
            if score is not None:
                scored.append((score, len(path.text()), path.text().casefold(), path))
        scored.sort(key=lambda s: s[:3])
        return [s[3] for s in scored[:limit]]


def _by_name(entries: Iterable[Entry]) -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    for e in entries:
        found.setdefault(normalise(e.name), e)  # names are unique among siblings; first wins
    return found


def _find(
    by_id: Mapping[str, Entry], by_name: Mapping[str, Entry], id: str | None, name: str | None
) -> Entry | None:
    if id is not None:
        return by_id.get(id.casefold())
    if name is not None:
        return by_name.get(normalise(name))
    return None


def _score(words: list[str], names: tuple[str, str, str]) -> int | None:
    """Lower is better; None when some word is in no level's name. A word at the start of a
    word of the type's name beats one inside the category's name."""
    total = 0
    for word in words:
        best: int | None = None
        for depth, name in enumerate(names):  # 0 category, 1 sub-category, 2 type
            at = name.find(word)
            if at < 0:
                continue
            starts = at == 0 or name[at - 1] == " "
            quality = (2 - depth) * 2 + (0 if starts else 1)
            best = quality if best is None else min(best, quality)
        if best is None:
            return None
        total += best
    if " ".join(words) == names[2]:
        total -= 10  # the type named exactly
    return total


# One index per tree object, dropped with the tree. Keyed by id(): the tree is a frozen
# dataclass holding dicts, so it is not hashable; the weak reference tells a reused id apart.
_INDEXES: dict[int, tuple[weakref.ref[ReferenceTree], TreeIndex]] = {}


def index_of(tree: ReferenceTree) -> TreeIndex:
    """The look-up index of ``tree``, built on first use and kept while the tree lives."""
    key = id(tree)
    held = _INDEXES.get(key)
    if held is not None and held[0]() is tree:
        return held[1]
    index = TreeIndex(tree)

    def forget(_: object) -> None:
        _INDEXES.pop(key, None)

    _INDEXES[key] = (weakref.ref(tree, forget), index)
    return index


def search(tree: ReferenceTree, text: str, limit: int = 50) -> list[TreePath]:
    """Type-ahead over the whole tree: every word typed is found in some level's name
    (``kaos ob`` → ``Fashion Pria › Kaos › Kaos Oblong``), best matches first."""
    return index_of(tree).search(text, limit)


def suggest(name: str, candidates: Iterable[Entry | str], n: int = SUGGESTIONS) -> list[str]:
    """The names among ``candidates`` (the siblings under the right parent) closest to
    ``name``, best first, at most ``n``."""
    by_normal: dict[str, str] = {}
    for c in candidates:
        text = c.name if isinstance(c, Entry) else c
        by_normal.setdefault(normalise(text), text)
    wanted = normalise(name)
    close = difflib.get_close_matches(wanted, list(by_normal), n=n, cutoff=SUGGEST_CUTOFF)
    if len(close) < n:  # "kaos" for "Kaos Oblong": a name the merchant shortened
        close += [k for k in by_normal if wanted and wanted in k.split() and k not in close]
    return [by_normal[k] for k in close[:n]]
