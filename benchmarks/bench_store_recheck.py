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
from collections.abc import Callable
from pathlib import Path

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
