"""Sending a routine sync to the sandbox: every price changed, every tenth name too.

    .venv/bin/python benchmarks/bench_sync_send.py [--products 2000] [--runs 3]

The sandbox runs in a thread on a free loopback port with N live products; the sheet is a
``ProductTable`` of the same rows with every price edited and every tenth name, compared with
``app.sync.diff.compare`` and sent with ``SyncJob`` (journal in a throw-away folder, no
confirmation). Prints per run the wall time of the sending, the HTTP requests, the writes by
endpoint (N/100 price requests and N/10 product updates expected) and the statuses.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from app.credentials import Credentials
    from app.jobs import Journal
    from app.partner import PartnerClient
    from app.sandbox import DEMO_CREDENTIALS, SandboxState, run_in_thread
    from app.sync.diff import compare
    from app.sync.sending import SyncJob
    from tests.jobs.rows import product_table

    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results: list[dict[str, Any]] = []
    seconds_of: list[float] = []
    for run in range(args.runs):
        with (
            run_in_thread(SandboxState(live_after=0.0)) as sandbox,
            tempfile.TemporaryDirectory() as folder,
        ):
            sandbox.state.warehouses[DEMO_CREDENTIALS.store_client_id] = []
            table = product_table(args.products)
            for row in table.rows:
                sandbox.state.add_product(row.payload())
            for i in range(len(table)):
                table.set_cell(i, "price", 50_000 + i + run)
                if i % 10 == 0:
                    table.set_cell(i, "name", f"Kaos Baru {i} ({run})")
            values = Credentials(
                sandbox.base_url,
                DEMO_CREDENTIALS.partner_client_id,
                DEMO_CREDENTIALS.partner_secret,
                DEMO_CREDENTIALS.store_client_id,
                DEMO_CREDENTIALS.store_token,
            )
            with (
                PartnerClient(values) as client,
                closing(Journal(Path(folder) / "journal.sqlite3")) as journal,
            ):
                plan = compare(table, client.all_products())
                started = time.perf_counter()
                report = SyncJob(client, table, plan, journal=journal).run()
                seconds = time.perf_counter() - started
                seconds_of.append(seconds)
            writes = Counter(
                "product" if w.path.count("/") == 4 and "prices" not in w.path else w.path
                for w in sandbox.state.writes
            )
            results.append(
                {
                    "seconds": round(seconds, 2),
                    "requests": report.requests,
                    "writes": dict(writes),
                    "statuses": report.counts(),
                }
            )
            print(json.dumps(results[-1]), file=sys.stderr)
    median = round(statistics.median(seconds_of), 2)
    print(json.dumps({"products": args.products, "median_seconds": median, "runs": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
