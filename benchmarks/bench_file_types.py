"""What reading a file by its content costs: the type check alone, and an odd package.

Writes one workbook of N products (default 20,000) and reports the median time of
``filetype.examine`` on it (the check every read pays), then of ``read_sheet`` on the workbook
as Excel writes it and on the same package with ``\\`` in every part name (read from a
normalised copy), and their ratio. A benchmark, not a test: run it by hand,
``python benchmarks/bench_file_types.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from app.sheets import read_sheet
    from app.sheets.filetype import examine
    from tests.cli.workbooks import product_workbook
    from tests.sheets.file_kinds import backslash_package

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        plain = product_workbook(Path(folder) / "produk.xlsx", args.rows, notes_sheet=False)
        odd = backslash_package(plain, Path(folder) / "hr.xlsx")
        check = median_seconds(lambda: examine(plain), args.repeat)
        normal = median_seconds(lambda: read_sheet(plain), args.repeat)
        copied = median_seconds(lambda: read_sheet(odd), args.repeat)
    size = plain.stat().st_size if plain.exists() else 0
    print(f"{args.rows:,} rows{f', {size:,} bytes' if size else ''}")
    print(f"type check (examine): {check * 1000:8.1f} ms")
    print(f"read, as Excel writes: {normal * 1000:8.1f} ms")
    print(f"read, \\ part names:   {copied * 1000:8.1f} ms  ({copied / normal:.2f}x)")


if __name__ == "__main__":
    main()
