"""Results written back into the merchant's workbook, against openpyxl's own load + save.

    python benchmarks/bench_results.py [--rows 50000] [--runs 3] [--quick]

The workbook is ``data.py``'s, opened and checked against the demo store's data (built from
the sandbox's own tree in this process: no server needed), and every row given a status as an
upload leaves it (ready rows "pending" with a batch and request id, invalid rows their issues:
red cells with comments). Then, in turn, in this process:

- ours: ``write_results(loaded)`` (load, add the result columns and the marks, save a copy);
- baseline: ``openpyxl.load_workbook(path)`` + ``book.save(copy)`` of the same file, the least
  any writer that keeps the merchant's workbook must do.

Target: ours ≤ 1.3× the baseline (wall seconds; the work is all in this process).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common
from benchmarks.data import LARGE, SHEET, SMALL, merchant_workbook


def store_data() -> Any:
    """The demo store's data as the app downloads it, built from the sandbox's tree."""
    from app.catalog.naming import normalise
    from app.catalog.store_data import BrandBook, Entry, ReferenceTree, StoreData, Warehouse
    from app.sandbox.reference_tree import sandbox_tree
    from app.sandbox.state import DEMO_WAREHOUSES

    tree = sandbox_tree()
    raw = {"categories": tree.categories, "subCategories": tree.sub_categories}
    book = BrandBook(
        {b["id"]: Entry(b["id"], b["name"]) for b in tree.brands},
        {normalise(b["name"]) for b in tree.brands},
    )
    return StoreData(
        ReferenceTree.from_raw({**raw, "types": tree.types}),
        book,
        tuple(Warehouse.from_raw(w) for w in DEMO_WAREHOUSES),
    )


def uploaded(path: Path) -> Any:
    """The workbook opened and checked, each row as an upload leaves it."""
    from app.catalog.status import Status
    from app.sheets import open_table

    loaded = open_table(path, SHEET)
    table = loaded.table
    table.use_store_data(store_data())
    for i, row in enumerate(table.rows):
        if not row.has_errors:
            table.set_store_result(
                i,
                Status.PENDING,
                product_id=None,
                batch_id=f"pb_{i // 100:06d}",
                request_id=f"req-{i // 100:06d}",
            )
    return loaded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows = args.rows or (SMALL if common.quick() else LARGE)
    runs = args.runs or (2 if common.quick() else 3)

    from openpyxl import load_workbook

    from app.sheets import write_results

    path = merchant_workbook(rows)
    loaded = uploaded(path)
    with tempfile.TemporaryDirectory(prefix="toco-bench-") as folder:
        ours_out = Path(folder) / "produk.results.xlsx"
        bare_out = Path(folder) / "produk.copy.xlsx"

        def ours() -> common.Run:
            return common.run_call(lambda: write_results(loaded, ours_out))

        def bare() -> common.Run:
            def load_and_save() -> None:
                load_workbook(path).save(bare_out)

            return common.run_call(load_and_save)

        pair = common.paired(ours, bare, runs=runs, warmup=0)
    common.figure(
        "results written back",
        pair.median("a"),
        baseline=pair.median("b"),
        baseline_name="openpyxl load + save",
        ratio=pair.ratio(),
        target=1.3,
        rows=rows,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
