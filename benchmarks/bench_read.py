"""Reading speed: our ``read_sheet`` against python-calamine's bare read of the same workbook.

Generates a 50,000-row × 25-column workbook with openpyxl (write-only mode), then times, in the
same run and interleaved, ``load_workbook(...).get_sheet_by_index(0).to_python()`` and
``app.sheets.read_sheet``. The target (issue 3): ours at most 1.5× the bare read. Also timed
alone: the extent scan that ``read_sheet`` runs before parsing (``bounds.check_xlsx_extent``,
issue 10), as a share of the bare read. A benchmark,
not a test: run it by hand, ``python benchmarks/bench_read.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def make_workbook(path: Path, rows: int, columns: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Products")
    sheet.append([f"Column {c}" for c in range(columns)])
    rnd = random.Random(1)
    for r in range(rows):
        values: list[object] = []
        for c in range(columns):
            kind = c % 5
            if kind == 0:
                values.append(f"SKU-{r:06d}-{c}")
            elif kind == 1:
                values.append(rnd.randint(1_000, 2_000_000))
            elif kind == 2:
                values.append(f"Product name {r} with a few words {c}")
            elif kind == 3:
                values.append(round(rnd.random() * 100, 2))
            else:
                values.append(f"https://example.com/p/{r}/{c}.jpg")
        sheet.append(values)
    book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--columns", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--file", type=Path, help="use this workbook instead of generating one")
    args = parser.parse_args()

    from python_calamine import load_workbook

    from app.sheets import read_sheet
    from app.sheets.bounds import check_xlsx_extent

    with tempfile.TemporaryDirectory() as folder:
        path = args.file or Path(folder) / "bench.xlsx"
        if args.file is None:
            started = time.perf_counter()
            make_workbook(path, args.rows, args.columns)
            print(
                f"generated {path.name}: {args.rows} rows × {args.columns} columns, "
                f"{path.stat().st_size / 2**20:.1f} MB in {time.perf_counter() - started:.1f} s"
            )

        def bare() -> int:
            return len(load_workbook(str(path)).get_sheet_by_index(0).to_python())

        def ours() -> int:
            return len(read_sheet(path).rows)

        def extent() -> int:
            with zipfile.ZipFile(path) as archive:
                check_xlsx_extent(path, archive)
            return 0

        bare()
        ours()  # warm the file cache and imports
        times: dict[str, list[float]] = {"calamine": [], "read_sheet": [], "extent": []}
        for _ in range(args.repeat):
            for name, run in (("calamine", bare), ("read_sheet", ours), ("extent", extent)):
                started = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - started)
    bare_s = statistics.median(times["calamine"])
    ours_s = statistics.median(times["read_sheet"])
    print(f"calamine bare read: median {bare_s:.3f} s  (min {min(times['calamine']):.3f})")
    print(f"read_sheet:         median {ours_s:.3f} s  (min {min(times['read_sheet']):.3f})")
    extent_s = statistics.median(times["extent"])
    print(f"extent scan alone:  median {extent_s:.3f} s  ({extent_s / bare_s:.2f}× the bare read)")
    ratio = ours_s / bare_s
    print(f"ratio: {ratio:.2f}×  (target ≤ 1.50×) {'OK' if ratio <= 1.5 else 'TOO SLOW'}")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
