"""``toco-uploader categories``: the store's category tree, or a search in it.

``--refresh`` downloads it again; ``--search TEXT`` lists the types whose path holds every word
typed (``kaos ob`` → ``Fashion Pria › Kaos › Kaos Oblong``); ``--json`` prints one JSON object.
The tree comes from the cache when it is fresh, else from the store (API.md §4.4).
"""

from __future__ import annotations

import argparse
import json
import sys

from app.catalog.naming import TreePath, search
from app.catalog.store_data import ReferenceTree
from app.cli.exits import EXIT_OK, EXIT_ROWS, EXIT_STORE, UsageError
from app.cli.store_data import configured_store, gather
from app.partner import PartnerClient
from app.reference import count_types

#: at most this many search results are listed
SEARCH_LIMIT = 50


def cmd_categories(args: argparse.Namespace) -> int:
    values = configured_store(args.profile)
    if values is None:
        raise UsageError(
            "Which store's categories? Give --profile NAME or set the TOCO_* variables."
        )
    with PartnerClient(values) as client:
        gathered = gather(client, values, lang=args.lang, refresh=args.refresh)
    tree = gathered.data.tree
    if tree is None:
        return EXIT_STORE  # the note said why (offline, never downloaded)
    if args.search is not None:
        found = search(tree, args.search, limit=SEARCH_LIMIT)
        _print_found(found, args.json)
        return EXIT_OK if found else EXIT_ROWS
    _print_tree(tree, args.json)
    return EXIT_OK


def _print_found(found: list[TreePath], as_json: bool) -> None:
    if as_json:
        rows = [
            {
                "path": path.text(),
                "categoryId": path.category.id,
                "subCategoryId": path.sub_category.id,
                "typeId": path.type.id,
            }
            for path in found
        ]
        print(json.dumps({"results": rows}, ensure_ascii=False, indent=2))
        return
    if not found:
        print("No type matches.", file=sys.stderr)
    for path in found:
        print(f"{path.text()}  {' '.join(path.ids)}")


def _print_tree(tree: ReferenceTree, as_json: bool) -> None:
    if as_json:
        content = {
            "fetchedAt": tree.fetched_at.isoformat() if tree.fetched_at else None,
            **tree.to_raw(),
        }
        print(json.dumps(content, ensure_ascii=False, indent=2))
        return
    for category in tree.categories:
        print(f"{category.name}  {category.id}")
        for sub in tree.sub_categories.get(category.id, ()):
            print(f"  {sub.name}  {sub.id}")
            for kind in tree.types.get(sub.id, ()):
                print(f"    {kind.name}  {kind.id}")
    when = tree.fetched_at.strftime("%Y-%m-%d %H:%M UTC") if tree.fetched_at else "?"
    print(
        f"{len(tree.categories)} categories, {count_types(tree)} types (list of {when})",
        file=sys.stderr,
    )
