"""A fitness test: the field registry (``app/catalog``) is the one place a field is described.

Outside ``app/catalog`` no code may treat a field differently by its key or spell a field's
header: it asks the registry (``Field``, ``Kind``, ``PRODUCT_ID_FIELD`` …) instead. The scan
reads every module's syntax tree and reports, with file and line:

- a field key compared with something that holds a key or a field (``key == "weight"``,
  ``b.field == "id"``, ``"id" in row.cells``);
- a field key reading one cell of a row (``row.cells["externalId"]``, ``values.get("id")``);
- a table by field key (``{"name": 40, "description": 60}``);
- a header word of a field (``"Product ID"``, ``f"Stok {part}"``), except in text shown to the
  merchant through ``tr()`` and in docstrings.

The allow-list below names what is not a special case, each with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from app.catalog.fields import FIELDS

APP = Path(__file__).resolve().parents[2] / "app"
#: Folders not scanned, and why.
EXEMPT_FOLDERS = {
    "catalog": "the registry itself",
    "sandbox": "the stand-in store: it checks API payloads with its own code by design "
    "(DESIGN.md: it shares nothing with the client), so it spells the API's keys itself",
}
#: (file below app/, literal) → (how many times, why it is no special case). The count is
#: exact: one more in the same file fails the test as any other.
ALLOWED: dict[tuple[str, str], tuple[int, str]] = {
    ("gui/window/demo.py", "photos"): (
        2,
        "the demo breaks one product's photos on purpose to show a rejected row, and mends them;"
        " demo data, not a rule about the field",
    ),
    ("cli/commands_send.py", "Delete "): (
        1,
        "the first word of the delete command's question (an f-string), not the action"
        " column's word",
    ),
}

KEYS = frozenset(f.key for f in FIELDS)
#: Headers as a merchant writes them (labels and synonyms with a capital: ``external_id`` is
#: also a journal column's name).
HEADER_WORDS = frozenset(
    word
    for f in FIELDS
    for word in (f.label_en, f.label_id, *f.synonyms)
    if word != f.key and word != word.lower()
)
#: The words of a yes/no or condition cell (``Ya``, ``Tidak``, ``Baru`` …).
CHOICE_WORDS = frozenset(word for f in FIELDS for c in f.choices for word in (c.en, c.id))
_HOLDERS = frozenset({"key", "field", "field_key", "cells", "values"})
_READERS = frozenset({"cells", "values"})
_SHOWN = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP"})


def _names(node: ast.AST) -> set[str]:
    """Every name and attribute an expression mentions (``row.cells`` → row, cells)."""
    found: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            found.add(sub.attr)
    return found


def _last_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def _literals(node: ast.AST) -> list[ast.Constant]:
    """A string constant, or the string constants of a tuple, list or set display."""
    items = node.elts if isinstance(node, ast.Tuple | ast.List | ast.Set) else [node]
    return [n for n in items if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _skipped_constants(tree: ast.AST) -> set[int]:
    """Constants that are docstrings or text shown through ``tr()``: ids of their nodes."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            first = body[0].value
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                skipped.add(id(first))
        if isinstance(node, ast.Call) and _last_name(node.func) in _SHOWN:
            for arg in node.args:
                skipped |= {id(n) for n in ast.walk(arg)}
    return skipped


def special_cases(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, literal, what) for every field special case in one module's source."""
    tree = ast.parse(source)
    skipped = _skipped_constants(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for i, side in enumerate(sides):
                others = set().union(*(_names(o) for j, o in enumerate(sides) if j != i))
                if others & _HOLDERS:
                    for c in _literals(side):
                        if c.value in KEYS:
                            yield c.lineno, c.value, "compared as a field key"
        elif isinstance(node, ast.Subscript) and _last_name(node.value) in _READERS:
            for c in _literals(node.slice):
                if c.value in KEYS:
                    yield c.lineno, c.value, "reads one field's cell by its key"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "pop", "setdefault")
            and _last_name(node.func.value) in _READERS
            and node.args
        ):
            for c in _literals(node.args[0]):
                if c.value in KEYS:
                    yield c.lineno, c.value, "reads one field's cell by its key"
        elif isinstance(node, ast.Dict):
            keys = [k for k in node.keys if k is not None]
            texts = [k.value for k in keys if isinstance(k, ast.Constant)]
            if keys and len(texts) == len(keys) and all(t in KEYS for t in texts):
                for k in keys:
                    yield k.lineno, str(getattr(k, "value", "")), "a table by field key"
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skipped
        ):
            text = " ".join(node.value.split())
            if text in HEADER_WORDS:
                yield node.lineno, node.value, "spells a field's header"
            elif text in CHOICE_WORDS:
                yield node.lineno, node.value, "spells a choice's word"


def _found() -> list[str]:
    found: list[tuple[str, str, str]] = []
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP).as_posix()
        if relative.split("/")[0] in EXEMPT_FOLDERS:
            continue
        for line, literal, what in special_cases(path.read_text(encoding="utf-8")):
            found.append((relative, literal, f"app/{relative}:{line}: {literal!r} {what}"))
    counts: dict[tuple[str, str], int] = {}
    for relative, literal, _ in found:
        counts[relative, literal] = counts.get((relative, literal), 0) + 1
    return [
        text
        for relative, literal, text in found
        if ALLOWED.get((relative, literal), (None,))[0] != counts[relative, literal]
    ]


def test_no_field_is_special_cased_outside_the_registry() -> None:
    found = _found()
    assert not found, "ask the field registry (app/catalog/fields.py) instead:\n" + "\n".join(found)


def test_every_allowed_place_still_exists() -> None:
    """An allow-list entry whose special case is gone must go too (it would hide a new one)."""
    stale = []
    for relative, literal in ALLOWED:
        source = (APP / relative).read_text(encoding="utf-8")
        if not any(found == literal for _, found, _ in special_cases(source)):
            stale.append(f"app/{relative}: {literal!r}")
    assert not stale, "\n".join(stale)


def test_the_scan_sees_each_kind_of_special_case() -> None:
    """The scan itself: each pattern it looks for is found in a small example."""
    source = '''
def f(b, row, key, part):
    """Product ID in a docstring is fine."""
    if b.field == "weight" or key in ("name", "id"):
        pass
    if "id" in row.cells:
        pass
    row.cells["externalId"]
    row.values.get("sku")
    widths = {"name": 40}
    header = f"Stok {part}"
    title = "Product ID"
    shown = self.tr("Product ID")
    lang = "id" if part else "en"
    new = "Ya" if key else "Tidak"
'''
    found = sorted((line, literal) for line, literal, _ in special_cases(source))
    assert found == [
        (4, "id"),
        (4, "name"),
        (4, "weight"),
        (6, "id"),
        (8, "externalId"),
        (9, "sku"),
        (10, "name"),
        (11, "Stok "),
        (12, "Product ID"),
        (15, "Tidak"),
        (15, "Ya"),
    ]
