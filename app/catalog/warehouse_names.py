"""Warehouse stock resolved to the store's warehouses (API.md §4.5).

A warehouse is written by its clientId (``wh_wh8-HpRcn3ZH``, case kept) or by its name
(``Gudang Jakarta``, any case; ``Jakarta`` under a header ``Stok Gudang Jakarta`` too), in a
``name:stock`` cell or as a column ``Stok <warehouse>``. Against the store's warehouses each
resolves to its clientId, or is an error on the cell that names the store's warehouses. Before
the store's warehouses are known, a word is never sent as a clientId on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from app.catalog.issues import Issue, Level
from app.catalog.naming import normalise, suggest
from app.catalog.store_data import Warehouse

WAREHOUSES_KEY = "warehouses"
STOCK_KEY = "stock"
#: [ours] What looks like a clientId when the store's warehouses are not known: it has a digit,
#: ``_`` or ``-`` (``2026012714314318226016``, ``wh_wh8-HpRcn3ZH``, ``WH-2``), the same rule the
#: ``Stok <x>`` header pattern uses. A plain word (``Jakarta``) is a name, and a name cannot be
#: sent before the store says which clientId it stands for.
CLIENT_ID_LIKE = re.compile(r".*[0-9_\-].*", re.DOTALL)
#: Words a warehouse name may start with that the merchant may leave out (``Stok Gudang Jakarta``
#: names the warehouse "Gudang Jakarta" or "Jakarta").
_LEADING_WORDS = ("gudang ", "warehouse ")


def looks_like_client_id(word: str) -> bool:
    return bool(CLIENT_ID_LIKE.fullmatch(word))


def _bare(name: str) -> str:
    text = normalise(name)
    for word in _LEADING_WORDS:
        if text.startswith(word) and len(text) > len(word):
            return text[len(word) :]
    return text


def find_warehouse(word: str, warehouses: Sequence[Warehouse]) -> Warehouse | None:
    """The store's warehouse ``word`` names: its clientId exactly, else its clientId in another
    case when only one matches, else its name (case-insensitive, "Gudang" optional)."""
    return _find(word, tuple(warehouses))


@lru_cache(maxsize=4096)
def _find(word: str, warehouses: tuple[Warehouse, ...]) -> Warehouse | None:
    for w in warehouses:
        if w.client_id == word:
            return w
    folded = [w for w in warehouses if w.client_id.casefold() == word.casefold()]
    if len(folded) == 1:
        return folded[0]
    wanted = _bare(word)
    return next((w for w in warehouses if _bare(w.name) == wanted), None)


def listing(warehouses: Sequence[Warehouse]) -> str:
    """``Gudang Jakarta (wh_1), Gudang Bandung (wh_2)``: the store's warehouses for a message."""
    return ", ".join(f"{w.name} ({w.client_id})" for w in warehouses)


def resolve_warehouses(
    entries: list[dict[str, Any]] | None,
    has_stock: bool,
    warehouses: Sequence[Warehouse] | None,
) -> tuple[list[dict[str, Any]] | None, list[Issue]]:
    """The parsed warehouse stock of a row (``[{clientId, stock}]``, None when not given)
    against the store's ``warehouses`` (None: not known yet). Returns the stock to send, with
    the store's clientIds (None when it cannot be sent), and the issues."""
    issues: list[Issue] = []
    if entries is None:
        if has_stock and warehouses is not None and len(warehouses) > 1:
            issues.append(
                Issue(
                    STOCK_KEY,
                    "stock_to_every_warehouse",
                    Level.WARNING,
                    params={"count": len(warehouses), "warehouses": listing(warehouses)},
                )
            )
        return None, issues
    if warehouses is None:
        names = [e["clientId"] for e in entries if not looks_like_client_id(e["clientId"])]
        if names:
            value = ", ".join(names)
            issues.append(Issue(WAREHOUSES_KEY, "warehouses_not_known", params={"value": value}))
            return None, issues
        return entries, issues
    if not warehouses:
        issues.append(Issue(WAREHOUSES_KEY, "store_has_no_warehouses"))
        return None, issues
    resolved: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for entry in entries:
        word = entry["clientId"]
        found = find_warehouse(word, warehouses)
        if found is None:
            params: dict[str, Any] = {"value": word, "warehouses": listing(warehouses)}
            closest = suggest(
                word, [w.name for w in warehouses] + [w.client_id for w in warehouses]
            )
            if closest:
                params.update(closest=closest[0], suggestions=closest)
            issues.append(Issue(WAREHOUSES_KEY, "no_such_warehouse", params=params))
            return None, issues
        if found.client_id in seen:
            value = f"{found.name} ({seen[found.client_id]}, {word})"
            issues.append(Issue(WAREHOUSES_KEY, "duplicate_warehouse", params={"value": value}))
            return None, issues
        seen[found.client_id] = word
        resolved.append({"clientId": found.client_id, "stock": entry["stock"]})
    return resolved, issues
