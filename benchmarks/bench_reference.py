"""How long the whole sandbox tree takes to download, and the cache to load.

    .venv/bin/python benchmarks/bench_reference.py [--repeat 5] [--parallel 4]

Runs the sandbox in a thread on a free loopback port, downloads the whole reference tree with
``fetch_tree`` (one call for the categories, one per category, one per sub-category,
``--parallel`` at a time) over real HTTP, saves it to a throw-away cache folder and loads it
back. Prints one JSON line per measure (median of ``--repeat`` runs) with the issue's budgets:
the download under 5 s, the cache load under 50 ms. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--parallel", type=int, default=4)
    args = parser.parse_args()

    from app.partner import Credentials, PartnerClient
    from app.reference import cache, count_types, fetch_tree
    from app.sandbox import DEMO_CREDENTIALS as D
    from app.sandbox import run_in_thread

    downloads: list[float] = []
    loads: list[float] = []
    with run_in_thread() as sandbox, tempfile.TemporaryDirectory() as folder:
        values = Credentials(
            sandbox.base_url,
            D.partner_client_id,
            D.partner_secret,
            D.store_client_id,
            D.store_token,
        )
        with PartnerClient(values) as client:
            for _ in range(args.repeat):
                before = len(sandbox.state.store_data_requests)
                started = time.perf_counter()
                tree = fetch_tree(client, parallel=args.parallel)
                downloads.append(time.perf_counter() - started)
                calls = len(sandbox.state.store_data_requests) - before
        path = cache.save_tree(sandbox.base_url, tree, folder=Path(folder))
        for _ in range(args.repeat):
            started = time.perf_counter()
            loaded = cache.load_tree(sandbox.base_url, folder=Path(folder))
            loads.append(time.perf_counter() - started)
        assert loaded == tree
        size = path.stat().st_size
    common = {"categories": len(tree.categories), "types": count_types(tree)}
    download = statistics.median(downloads)
    load = statistics.median(loads)
    print(
        json.dumps(
            {
                "measure": "tree_download_s",
                "median": round(download, 3),
                "budget": 5.0,
                "ok": download < 5.0,
                "calls": calls,
                "parallel": args.parallel,
                **common,
            }
        )
    )
    print(
        json.dumps(
            {
                "measure": "cache_load_ms",
                "median": round(load * 1000, 2),
                "budget": 50.0,
                "ok": load < 0.05,
                "bytes": size,
                **common,
            }
        )
    )
    return 0 if download < 5.0 and load < 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
