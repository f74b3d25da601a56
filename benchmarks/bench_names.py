"""What resolving names costs validation: 50,000 rows checked with ids, with names, as paths.

Builds a reference tree the size of the sandbox's (15 categories, 105 sub-categories, 525 types,
names repeated under different parents) and two warehouses, then times, interleaved,
``ProductTable.from_cells`` over the same rows written four ways:

- ``ids_no_store``: the three ids and warehouse clientIds, no store data (validation as before
  issue 11: ids checked for form only);
- ``ids``: the same ids checked against the tree (the chain of API.md §4.4);
- ``names``: category, sub-category, type, brand and warehouses by name;
- ``paths``: the whole path in the category cell.

Timed in CPU seconds of this process (``time.process_time``), interleaved, median of
``--repeat`` runs. The target (issue 11): names add at most 10% to validation
(``names / ids_no_store``). A benchmark, not a test:
``python benchmarks/bench_names.py [--rows N] [--repeat N]``; the last line printed is one JSON
object with the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ["Kaos", "Aksesoris", "Tas", "Sepatu", "Celana", "Jaket", "Topi"]


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


def make_store() -> Any:
    from app.catalog.store_data import BrandBook, Entry, ReferenceTree, StoreData, Warehouse

    categories: list[Entry] = []
    subs: dict[str, tuple[Entry, ...]] = {}
    types: dict[str, tuple[Entry, ...]] = {}
    n = 1
    for c in range(15):
        cat = Entry(uid(n), f"Kategori {c} Fashion")
        n += 1
        categories.append(cat)
        group = []
        for word in WORDS:  # the same names under every category
            sub = Entry(uid(n), word)
            n += 1
            group.append(sub)
            types[sub.id] = tuple(Entry(uid(n + t), f"{word} Model {t}") for t in range(5))
            n += 5
        subs[cat.id] = tuple(group)
    book = BrandBook()
    for b in range(300):
        book.add(f"merek {b}", [Entry(uid(10_000 + b), f"Merek {b}")])
    warehouses = (Warehouse("wh_jkt-1", "Gudang Jakarta"), Warehouse("wh_bdg-2", "Gudang Bandung"))
    return StoreData(ReferenceTree(tuple(categories), subs, types), book, warehouses)


def make_rows(store: Any, rows: int, how: str) -> list[tuple[int, dict[str, Any]]]:
    tree = store.tree
    paths = [
        (cat, sub, kind)
        for cat in tree.categories
        for sub in tree.sub_categories[cat.id]
        for kind in tree.types[sub.id]
    ]
    out: list[tuple[int, dict[str, Any]]] = []
    for r in range(rows):
        cat, sub, kind = paths[r % len(paths)]
        brand = r % 300
        cells: dict[str, Any] = {
            "name": f"Produk {r}",
            "sku": f"SKU-{r:06d}",
            "price": "Rp 150.000",
            "weight": 250,
            "minOrder": 1,
            "condition": "Baru",
            "photos": f"https://example.com/p/{r}.jpg",
        }
        if how == "names":
            cells.update(categoryId=cat.name, subCategoryId=sub.name, typeId=kind.name)
            cells.update(brandId=f"Merek {brand}", warehouses={"Jakarta": 3, "Gudang Bandung": 4})
        elif how == "paths":
            cells.update(categoryId=f"{cat.name} > {sub.name} > {kind.name}")
            cells.update(brandId=f"Merek {brand}", warehouses={"Jakarta": 3, "Gudang Bandung": 4})
        else:
            cells.update(categoryId=cat.id, subCategoryId=sub.id, typeId=kind.id)
            cells.update(brandId=uid(10_000 + brand), warehouses={"wh_jkt-1": 3, "wh_bdg-2": 4})
        out.append((r + 2, cells))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from app.catalog import ProductTable

    store = make_store()
    ways = {
        "ids_no_store": (make_rows(store, args.rows, "ids"), None),
        "ids": (make_rows(store, args.rows, "ids"), store),
        "names": (make_rows(store, args.rows, "names"), store),
        "paths": (make_rows(store, args.rows, "paths"), store),
    }
    for name, (rows, data) in ways.items():  # every way valid, or the timing means nothing
        table = ProductTable.from_cells(rows[:200], store_data=data)
        bad = [i for r in table.rows for i in r.issues if i.is_error]
        if bad:
            print(f"{name}: rows do not validate: {bad[0]}", file=sys.stderr)
            return 1
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(args.repeat):
        for name, (rows, data) in ways.items():
            start = time.process_time()  # CPU time: the figure survives a busy machine
            ProductTable.from_cells(rows, store_data=data)
            times[name].append(time.process_time() - start)
    median = {name: statistics.median(t) for name, t in times.items()}
    base = median["ids_no_store"]
    for name, value in median.items():
        print(f"{name:13} median CPU {value:.3f} s  ({value / base:.3f}× ids without store)")
    result = {
        "benchmark": "names",
        "rows": args.rows,
        "repeat": args.repeat,
        "median_cpu_s": {k: round(v, 4) for k, v in median.items()},
        "ratio_names_to_ids_no_store": round(median["names"] / base, 3),
        "ratio_paths_to_ids_no_store": round(median["paths"] / base, 3),
        "ratio_ids_checked_to_ids_no_store": round(median["ids"] / base, 3),
        "target_ratio": 1.10,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
