"""The store's lists arriving after an opening: the brand search found one brand the book did
not hold. Only the rows whose brand cell now reads differently are checked again
(``app.catalog.store_changes``), against the same table checked again row by row in full
(what ``use_store_data`` did before), CPU in this process, best of three.
``python benchmarks/bench_store_recheck.py [--quick] [--rows N]``. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.bench_results import store_data
from benchmarks.common import figure, quick, run_call
from benchmarks.data import LARGE, SHEET, SMALL, merchant_workbook


def cpu(work: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU of ``repeat`` calls (a shared machine only ever adds time)."""
    return min(run_call(work).cpu for _ in range(repeat))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=SMALL if quick() else LARGE)
    args = parser.parse_args([a for a in sys.argv[1:] if a != "--quick"])

    from app.catalog.store_data import Entry, StoreData
    from app.sheets import open_table

    table = open_table(merchant_workbook(args.rows), SHEET).table
    known = store_data()
    table.use_store_data(known)
    book = copy.deepcopy(known.brands)
    assert book is not None
    book.add("merek baru", [Entry("b-merek-baru", "Merek Baru")])
    found = StoreData(copy.deepcopy(known.tree), book, known.warehouses)

    def only_changed() -> None:
        table.store_data = known
        table.use_store_data(found)

    def every_row() -> None:
        table.store_data = found
        table.validate_all()

    now, full = cpu(only_changed), cpu(every_row)
    figure(
        "store's lists after an opening (one brand found): rows checked again, CPU",
        now,
        baseline=full,
        baseline_name="every row checked again",
        rows=len(table.rows),
    )
    first_list(table, known, full)
    return 0


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """The CPU one call of ``work`` took, and what it returned."""
    began = time.process_time()
    result = work()
    return time.process_time() - began, result


def first_list(table: Any, known: Any, full: float) -> None:
    """A first store list (the rows checked with nothing known): every row checked again in
    pieces (``app.catalog.store_recheck``), the copies and checks as a worker makes them, the
    table taking the data and each part's apply as the window's thread makes them
    (``RowsChecker``: parts of ``APPLY_ROWS``); the longest of the owner's pieces
    against the whole re-check in one piece (what the window's thread held before)."""
    from app.catalog.store_recheck import StoreRecheck, begin
    from app.gui.window.checking_rows import APPLY_ROWS

    best: tuple[float, float, float] | None = None
    for _ in range(3):
        table.store_data = None
        copy_cpu, began = timed(lambda: begin(table, known))
        assert isinstance(began, StoreRecheck)
        recheck: StoreRecheck = began
        checked = [timed(partial(recheck.check, a, b)) for a, b in recheck.pieces()]
        applied = [
            timed(partial(recheck.apply, start + first, piece.part(first, first + APPLY_ROWS)))
            for (start, _), (_, piece) in zip(recheck.pieces(), checked, strict=True)
            for first in range(0, len(piece.checked), APPLY_ROWS)
        ]
        owner = max([copy_cpu, *(cpu for cpu, _ in applied)])
        worker = sum(cpu for cpu, _ in checked)
        whole_owner = copy_cpu + sum(cpu for cpu, _ in applied)
        if best is None or owner < best[0]:
            best = (owner, worker, whole_owner)
    assert best is not None
    owner, worker, whole_owner = best
    figure(
        "first store list, every row in pieces: the owner's longest piece (copy or one apply), CPU",
        owner * 1000,
        unit="ms",
        baseline=full * 1000,
        baseline_name="every row checked again in one piece",
        target=50,
        target_of="value",
        rows=len(table.rows),
    )
    figure(
        "first store list, every row in pieces: the worker's checks, CPU",
        worker,
        baseline=full,
        baseline_name="every row checked again in one piece",
        rows=len(table.rows),
    )
    figure(
        "first store list, every row in pieces: the owner's thread in all (copy + applies), CPU",
        whole_owner,
        baseline=full,
        baseline_name="every row checked again in one piece",
        rows=len(table.rows),
    )


if __name__ == "__main__":
    raise SystemExit(main())
