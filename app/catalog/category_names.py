"""Category, sub-category, type and brand cells resolved to the ids the store wants.

Each cell holds a name, an id or ``Name (id)`` (``reference_cells.CellRef``); the category cell
may hold the whole path with the other two empty. The chain is resolved top-down and checked as
API.md §4.4 says: the sub-category among the category's, the type among the sub-category's (a
type may sit under several sub-categories), for ids too. The first broken link is the one cell
with an issue, naming the closest names under the right parent; its ``params["suggestion"]`` is
the text that would fix the cell. Without the tree, ids pass on form and each name is one issue.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.catalog.issues import Issue
from app.catalog.naming import TreeIndex, index_of, normalise, suggest
from app.catalog.reference_cells import CellRef, parse_reference
from app.catalog.store_data import BrandBook, Entry, ReferenceTree

CATEGORY_KEYS = ("categoryId", "subCategoryId", "typeId")
BRAND_KEY = "brandId"
#: The word for each level in messages (``messages.KIND_WORDS``).
LEVEL_WORDS = {
    "categoryId": "category",
    "subCategoryId": "sub_category",
    "typeId": "type",
    BRAND_KEY: "brand",
}
#: [ours] A path in one cell has at most these many parts (category, sub-category, type).
PATH_PARTS = len(CATEGORY_KEYS)


@dataclass
class Resolved:
    """What the cells resolved to: ``ids`` to send, the fields that were given but cannot be
    sent (``unresolved``), and the issues (at most one per broken chain)."""

    ids: dict[str, str] = field(default_factory=dict)
    unresolved: set[str] = field(default_factory=set)
    issues: list[Issue] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Level:
    key: str  # the level: categoryId, subCategoryId or typeId
    ref: CellRef  # what names it (for a path: a CellRef of that part)
    cell: str  # the field whose cell holds it (categoryId for every part of a path)
    path: tuple[str, ...] = ()  # the whole path, when the level comes from one
    sep: str = " > "


def resolve_categories(refs: Mapping[str, CellRef], tree: ReferenceTree | None) -> Resolved:
    """The three category cells (those present in ``refs``) against ``tree`` (None: not
    downloaded yet)."""
    if tree is None:
        return _resolve(refs, None)
    index = index_of(tree)
    # Rows of one sheet share a few hundred category cells: each is resolved once per tree.
    seen = _RESOLVED.setdefault(index, {})
    key = tuple(refs.get(k) for k in CATEGORY_KEYS)
    known = seen.get(key)
    if known is None:
        if len(seen) >= _REMEMBERED:
            seen.clear()
        known = seen[key] = _resolve(refs, index)
    return Resolved(dict(known.ids), set(known.unresolved), list(known.issues))


#: How many distinct category cells a tree remembers the resolution of.
_REMEMBERED = 100_000
_RESOLVED: weakref.WeakKeyDictionary[TreeIndex, dict[tuple[CellRef | None, ...], Resolved]] = (
    weakref.WeakKeyDictionary()
)


def _resolve(refs: Mapping[str, CellRef], index: TreeIndex | None) -> Resolved:
    done = Resolved()
    levels = _levels(refs, index, done)
    if index is None:
        for lv in levels.values():
            if lv.ref.id is not None:
                done.ids[lv.key] = lv.ref.id
            else:
                done.unresolved.add(lv.key)
        for cell in dict.fromkeys(lv.cell for lv in levels.values() if lv.ref.id is None):
            done.issues.append(
                Issue(cell, "categories_not_downloaded", params={"value": refs[cell].text})
            )
        return done
    parent: Entry | None = None
    broken = False
    for key in CATEGORY_KEYS:
        given = levels.get(key)
        if given is None:
            parent = None
            continue
        level = given
        if broken or (parent is None and key != "categoryId"):
            # under a broken or missing parent: nothing to check it against
            if level.ref.id is not None and not broken:
                done.ids[key] = level.ref.id
            else:
                done.unresolved.add(key)
            parent = None
            continue
        found, issue = _find(index, level, parent)
        if found is None:
            done.unresolved.add(key)
            if issue is not None:
                done.issues.append(issue)
            broken = True
            continue
        done.ids[key] = found.id
        parent = found
    return done


def _levels(
    refs: Mapping[str, CellRef], index: TreeIndex | None, done: Resolved
) -> dict[str, _Level]:
    """Which cell names which level: the three cells, or a path in the category cell."""
    levels = {k: _Level(k, refs[k], k) for k in CATEGORY_KEYS if k in refs}
    top = refs.get("categoryId")
    if top is None or top.id is not None or len(top.path) < 2:
        return levels
    if index is not None and index.category(name=top.text) is not None:
        return levels  # a category whose name holds a separator
    parts = top.path
    if len(parts) > PATH_PARTS:
        done.issues.append(
            Issue("categoryId", "category_path_too_long", params={"value": top.text})
        )
        done.unresolved.update(CATEGORY_KEYS)
        return {}
    sep = _separator(top.text)
    for key, part in zip(CATEGORY_KEYS, parts, strict=False):
        if key != "categoryId" and key in refs:
            done.issues.append(
                Issue(key, "given_by_path_too", params={"kind": LEVEL_WORDS[key], "path": top.text})
            )
        levels[key] = _Level(key, CellRef(part, name=part), "categoryId", parts, sep)
    for key in CATEGORY_KEYS[len(parts) :]:
        if key in refs:
            levels[key] = _Level(key, refs[key], key)
    return levels


def _separator(text: str) -> str:
    found = [text.find(s) for s in ("›", "»", ">") if s in text] or [text.find("/")]
    at = min(found)
    return f" {text[at]} " if at >= 0 else " > "


def _find(
    index: TreeIndex, level: _Level, parent: Entry | None
) -> tuple[Entry | None, Issue | None]:
    """One level under its parent (None for a category): the entry, or the issue."""
    key, ref = level.key, level.ref
    kind = LEVEL_WORDS[key]
    if key == "categoryId":
        siblings: Iterable[Entry] = index.categories_by_id.values()
        found = index.category(id=ref.id, name=ref.name if ref.id is None else None)
        elsewhere = None
    elif key == "subCategoryId":
        assert parent is not None
        siblings = index.sub_categories(parent.id)
        found = index.sub_category(parent.id, id=ref.id, name=ref.name if ref.id is None else None)
        elsewhere = index.any_sub.get(ref.id) if ref.id else None
    else:
        assert parent is not None
        siblings = index.types(parent.id)
        found = index.type(parent.id, id=ref.id, name=ref.name if ref.id is None else None)
        elsewhere = index.any_type.get(ref.id) if ref.id else None
    if found is not None:
        return found, None
    params: dict[str, Any] = {"kind": kind, "value": ref.id or ref.text}
    if parent is not None:
        params["parent"] = parent.name
    if ref.id is not None:
        closest = []
        if elsewhere is not None:
            params["name"] = elsewhere.name
            same = [e for e in siblings if normalise(e.name) == normalise(elsewhere.name)]
            closest = [same[0].name] if same else suggest(elsewhere.name, siblings)
        issue_key = "id_not_under_parent" if elsewhere is not None else "unknown_id"
    else:
        closest = suggest(ref.name or ref.text, siblings)
        issue_key = "not_under_parent" if parent is not None else "no_such_category"
    if closest:
        params["closest"] = closest[0]
        params["suggestions"] = closest
        params["suggestion"] = _fix_text(level, closest[0], siblings)
        issue_key += "_suggest"
    return None, Issue(level.cell, issue_key, params=params)


def _fix_text(level: _Level, name: str, siblings: Iterable[Entry]) -> str:
    """The cell text with the suggested name in place of the broken one."""
    if level.path:
        parts = list(level.path)
        parts[CATEGORY_KEYS.index(level.key)] = name
        return level.sep.join(parts)
    if level.ref.id is not None:
        entry = next((e for e in siblings if e.name == name), None)
        return f"{name} ({entry.id})" if entry else name
    return name


# ---------------------------------------------------------------- brands

_BRAND_NAMES: dict[int, tuple[weakref.ref[BrandBook], int, dict[str, Entry]]] = {}


def _brand_names(book: BrandBook) -> dict[str, Entry]:
    """The book's brands by normalised name, rebuilt when brands were added."""
    held = _BRAND_NAMES.get(id(book))
    if held is not None and held[0]() is book and held[1] == len(book.brands):
        return held[2]
    names: dict[str, Entry] = {}
    for brand in book.brands.values():
        names.setdefault(normalise(brand.name), brand)
    key = id(book)
    _BRAND_NAMES[key] = (
        weakref.ref(book, lambda _: _BRAND_NAMES.pop(key, None)),
        len(book.brands),
        names,
    )
    return names


def resolve_brand(ref: CellRef, book: BrandBook | None) -> tuple[str | None, Issue | None]:
    """The brand cell: its id, or the issue. An id is sent as written (the book holds only the
    brands searched for, so an id missing from it may still be the store's)."""
    if ref.id is not None:
        return ref.id, None
    name = ref.name or ref.text
    wanted = normalise(name)
    if book is not None:
        found = _brand_names(book).get(wanted)
        if found is not None:
            return found.id, None
        if wanted in book.searched:
            params: dict[str, Any] = {"kind": "brand", "value": name}
            closest = suggest(name, book.brands.values())
            key = "no_such_brand"
            if closest:
                params.update(closest=closest[0], suggestions=closest, suggestion=closest[0])
                key += "_suggest"
            return None, Issue(BRAND_KEY, key, params=params)
    return None, Issue(BRAND_KEY, "brands_not_downloaded", params={"value": name})


def brand_names_to_search(
    rows_cells: Iterable[Mapping[str, Any]], book: BrandBook | None
) -> set[str]:
    """The normalised brand names of these rows that the store must be asked about (one call
    each): named, not yet searched and not already in the book."""
    known = _brand_names(book) if book is not None else {}
    searched = book.searched if book is not None else set()
    wanted: set[str] = set()
    for cells in rows_cells:
        got = parse_reference(cells.get(BRAND_KEY)).value
        if not isinstance(got, CellRef) or got.id is not None:
            continue
        name = normalise(got.name or got.text)
        if name and name not in known and name not in searched:
            wanted.add(name)
    return wanted
