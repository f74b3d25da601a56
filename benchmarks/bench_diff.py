"""The diff of a 50,000-row sheet against the store's 50,000 products (issue 14: under 1 s).

Times ``app.sync.diff.compare`` (matching by External ID, the upload payload of every row, the
field-by-field comparison, the price warnings) over a checked table whose every tenth row has a
new price and every seventh a new stock, against the products an upload of the original rows
would have stored. The baseline, measured in the same run over the same payloads, is a bare
loop comparing two dicts key by key (no matching, no payload, no rules): the ratio is what the
diff's rules cost on top of the least any comparison must do. Building the table is not timed.

A benchmark, not a test: ``python benchmarks/bench_diff.py [--rows N] [--repeat R]``; one JSON
line per figure.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_S = 1.0


def main() -> int:
    from app.catalog.table import ProductTable
    from app.sync.diff import compare
    from app.sync.plan import Action
    from tests.jobs.rows import product_cells

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    cells = product_cells(args.rows)
    original = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(cells)])
    products = [_stored(row.payload(), k) for k, row in enumerate(original.rows)]
    edited = [dict(c) for c in cells]
    for k in range(0, args.rows, 10):
        edited[k]["price"] = 90_000 + k
    for k in range(0, args.rows, 7):
        edited[k]["stock"] = 3
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(edited)])
    columns = frozenset(key for c in edited for key in c)

    timings: list[float] = []
    cpu: list[float] = []  # the process's own CPU time: what a busy machine does not inflate
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        plan = compare(table, products, columns=columns)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    updates = len(plan.with_action(Action.UPDATE))
    wanted = len({*range(0, args.rows, 10), *range(0, args.rows, 7)})
    assert updates == wanted, (updates, wanted)

    payloads = [row.payload() for row in table.rows]
    base: list[float] = []
    base_cpu: list[float] = []
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        differing = sum(
            1 for p, s in zip(payloads, products, strict=True) if any(p[k] != s.get(k) for k in p)
        )
        base.append(time.perf_counter() - started)
        base_cpu.append(time.process_time() - cpu_started)
    assert differing >= updates

    diff_s, base_s = statistics.median(timings), statistics.median(base)
    diff_cpu, base_cpu_s = statistics.median(cpu), statistics.median(base_cpu)
    _say("diff_50k_rows_s", diff_s, cpu=diff_cpu, rows=args.rows, updates=updates)
    _say("baseline_dict_loop_s", base_s, cpu=base_cpu_s, rows=args.rows)
    ratio = diff_s / base_s
    print(json.dumps({"measure": "diff_over_baseline", "ratio": round(ratio, 1)}))
    return 0


def _stored(payload: dict[str, Any], k: int) -> dict[str, Any]:
    """The store's Product object for an uploaded payload (API.md §4.6)."""
    product = copy.deepcopy(payload)
    product.update(id=f"p-{k}", status="live", hashtags=[], officialBanners=[], warehouses=[])
    for flag in ("isPreorder", "isArchived", "insuranceRequired", "codEnabled"):
        product[flag] = False
    return product


def _say(measure: str, seconds: float, *, cpu: float, **extra: Any) -> None:
    line: dict[str, Any] = {"measure": measure, "median": round(seconds, 3), "cpu": round(cpu, 3)}
    if measure.startswith("diff"):
        line.update(budget=BUDGET_S, ok=seconds < BUDGET_S)
    print(json.dumps({**line, **extra}))


if __name__ == "__main__":
    raise SystemExit(main())
