"""The diff of a 50,000-row sheet against the store's 50,000 products (issue 14: under 1 s).

Times ``app.sync.diff.compare`` (matching by External ID, the upload payload of every changed
row, the field-by-field comparison, the price warnings) over a checked table whose every tenth
row has a new price and every seventh a new stock, against the products an upload of the
original rows would have stored. The baseline, measured in the same run over the same
payloads, is a bare loop comparing two dicts key by key (no matching, no payload, no rules):
the ratio is what the diff's rules cost on top of the least any comparison must do. Building
the table is not timed. Calls alternate (diff, baseline, diff, ...); the figure is the median
wall time, with each side's CPU time and best run alongside.

A benchmark, not a test: ``python benchmarks/bench_diff.py [--rows N] [--repeat R] [--quick]``
(``--quick``: 10,000 rows); one line and one JSON line per figure (``benchmarks.common``).
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import figure, paired, quick, run_call

BUDGET_S = 1.0


def main() -> int:
    from app.sync.diff import compare
    from app.sync.plan import Action

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000 if quick() else 50_000)
    parser.add_argument("--repeat", type=int, default=3 if quick() else 5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()

    table, products, columns = edited_sheet_and_store(args.rows)
    payloads = [row.payload() for row in table.rows]
    plans: list[Any] = []
    counted: list[int] = []

    def diff() -> None:
        plans[:] = [compare(table, products, columns=columns)]

    def bare() -> None:
        counted[:] = [
            sum(
                1
                for p, s in zip(payloads, products, strict=True)
                if any(p[k] != s.get(k) for k in p)
            )
        ]

    pair = paired(lambda: run_call(diff), lambda: run_call(bare), runs=args.repeat)
    updates = len(plans[0].with_action(Action.UPDATE))
    wanted = len({*range(0, args.rows, 10), *range(0, args.rows, 7)})
    assert updates == wanted, (updates, wanted)
    assert counted[0] >= updates
    best = min(r.wall for r in pair.a)
    figure(
        "compare (diff) of the sheet against the store",
        pair.median("a"),
        baseline=pair.median("b"),
        baseline_name="bare dict loop over the same payloads",
        ratio=pair.ratio(),
        target=BUDGET_S,
        target_of="value",
        rows=args.rows,
        updates=updates,
        cpu=round(pair.median("a", "cpu"), 4),
        baseline_cpu=round(pair.median("b", "cpu"), 4),
        best=round(best, 4),
        best_baseline=round(min(r.wall for r in pair.b), 4),
    )
    return 0


def edited_sheet_and_store(
    rows: int, store_id: str | None = None
) -> tuple[Any, list[dict[str, Any]], frozenset[str]]:
    """The sheet after the merchant edited it (every 10th price, every 7th stock), the store's
    products as uploaded before the edits, and the sheet's columns."""
    from app.catalog.table import ProductTable
    from tests.jobs.rows import product_cells

    cells = product_cells(rows)
    original = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(cells)])
    products = [_stored(row.payload(), k) for k, row in enumerate(original.rows)]
    edited = [dict(c) for c in cells]
    for k in range(0, rows, 10):
        edited[k]["price"] = 90_000 + k
    for k in range(0, rows, 7):
        edited[k]["stock"] = 3
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(edited)], store_id=store_id)
    return table, products, frozenset(key for c in edited for key in c)


def _stored(payload: dict[str, Any], k: int) -> dict[str, Any]:
    """The store's Product object for an uploaded payload (API.md §4.6)."""
    product = copy.deepcopy(payload)
    product.update(id=f"p-{k}", status="live", hashtags=[], officialBanners=[], warehouses=[])
    for flag in ("isPreorder", "isArchived", "insuranceRequired", "codEnabled"):
        product[flag] = False
    return product


if __name__ == "__main__":
    raise SystemExit(main())
