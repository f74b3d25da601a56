"""What formatting down to the sheet's last row costs when reading.

Writes the same small workbook twice — plain, and with a fill on row 1,048,576 and on 400
empty rows below the data (what Excel leaves after "format the whole column") — and reports
the median time of ``read_sheet`` + ``open_table`` on each and their ratio (about 1: the
formatting costs nothing; the reader reads only real rows). A benchmark, not a test: run it
by hand, ``python benchmarks/bench_formatted.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def write(path: Path, formatted: bool) -> Path:
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    from tests.sheets.books import product, simple_workbook

    simple_workbook(path, [product(f"S{i}", f"Barang {i}", 1000 + i) for i in range(3)])
    if formatted:
        book = load_workbook(path)
        sheet = book.active
        assert sheet is not None
        yellow = PatternFill("solid", fgColor="FFFFFF00")
        for column in range(1, 17):
            sheet.cell(1_048_576, column).fill = yellow
        for row in range(5, 400):
            sheet.cell(row, 3).fill = yellow
        book.save(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from app.sheets import open_table, read_sheet

    with tempfile.TemporaryDirectory() as folder:
        books = {
            "plain": write(Path(folder) / "plain.xlsx", False),
            "formatted": write(Path(folder) / "formatted.xlsx", True),
        }
        times: dict[str, list[float]] = {name: [] for name in books}
        for _ in range(args.repeat):
            for name, path in books.items():
                started = time.perf_counter()
                read_sheet(path)
                open_table(path)
                times[name].append(time.perf_counter() - started)
    plain, formatted = (statistics.median(times[n]) for n in ("plain", "formatted"))
    print(f"plain:     median {plain:.3f} s")
    print(f"formatted: median {formatted:.3f} s")
    print(f"ratio formatted / plain: {formatted / plain:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
