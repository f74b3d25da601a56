"""What the edit log costs per accepted edit (issue 13, point 6).

Every edit accepted in the grid is appended to the session's edit log and fsynced before the
next event is handled (``SessionStore.append``). This times that append for one edited row of
a real table (the row's JSON, the write, the fsync) over N edits, and compares the session
write it replaces between autosaves (``SessionStore.save`` with the same edited rows).
A benchmark, not a test: ``python benchmarks/bench_edit_log.py [--edits N] [--rows R]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from app.catalog.table import ProductTable
    from app.sheets.session import SessionMeta, SessionStore, row_json, snapshot
    from tests.jobs.rows import product_cells

    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(args.rows))])
    with tempfile.TemporaryDirectory() as folder:
        store = SessionStore(Path(folder))
        meta = SessionMeta(str(Path(folder) / "toko.xlsx"), "Produk", 1)

        def header() -> dict[str, object]:
            return snapshot(meta, table, (), False)

        appends: list[float] = []
        for n in range(args.edits):
            i = n % len(table)
            table.set_cell(i, "name", f"Barang diganti {n}")
            started = time.perf_counter()
            store.append(meta.key, header, {"rows": {str(i): row_json(table.rows[i])}})
            appends.append(time.perf_counter() - started)
        restored = store.load(meta.key)
        assert restored is not None and len(restored["rows"]) == min(args.edits, len(table))
        saves: list[float] = []
        for _ in range(20):
            data = snapshot(meta, table, table.rows[: args.edits], False)
            started = time.perf_counter()
            store.save(meta.key, data)
            saves.append(time.perf_counter() - started)
    ms = 1000
    print(
        f"edit log append + fsync, one row: median {statistics.median(appends) * ms:.2f} ms,"
        f" p95 {sorted(appends)[int(len(appends) * 0.95)] * ms:.2f} ms ({args.edits} edits)"
    )
    print(
        f"session save ({min(args.edits, args.rows)} edited rows): median"
        f" {statistics.median(saves) * ms:.2f} ms"
    )


if __name__ == "__main__":
    main()
