"""Export of a 5,000-product store, end to end (issue 14, "Speed and size").

The sandbox on 127.0.0.1 holds N products (the seed's two, alternately, in a store with two
warehouses); ``export_products`` downloads every page and writes the workbook with its record,
names from the store's tree. Budget: under 10 s and at most 50 list requests for 5,000. The
baseline, measured in the same run on the same machine: openpyxl writing the same rows × columns
of values bare (no styles, no record, no names), so the ratio says what the export's own work
costs over writing a plain workbook. One JSON line per figure.
A benchmark, not a test: ``python benchmarks/bench_export.py [--products N] [--runs R]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_S = 10.0
MAX_REQUESTS = 50


def _bare(path: Path, rows: int, columns: int) -> float:
    """openpyxl writing ``rows`` × ``columns`` plain values: the peer figure."""
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for k in range(rows):
        sheet.append([f"nilai {k} {c}" if c % 2 else k * c for c in range(columns)])
    book.save(path)
    return time.perf_counter() - started


def main() -> int:
    from app.credentials import Credentials
    from app.partner import PartnerClient
    from app.reference import gather_store_data
    from app.sandbox import DEMO_CREDENTIALS, SandboxState, run_in_thread
    from app.sync.export import export_products
    from tests.catalog.seed_rows import SEED_PAYLOAD

    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with run_in_thread(SandboxState(live_after=0.0)) as sandbox, tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        for k in range(args.products):
            product = copy.deepcopy(SEED_PAYLOAD["products"][k % 2])
            product.update(externalId=f"ext-{k:05d}", sku=f"BIG-{k:05d}")
            sandbox.state.add_product(product)
        values = Credentials(
            sandbox.base_url,
            DEMO_CREDENTIALS.partner_client_id,
            DEMO_CREDENTIALS.partner_secret,
            DEMO_CREDENTIALS.store_client_id,
            DEMO_CREDENTIALS.store_token,
        )
        totals, downloads, writes, requests = [], [], [], []
        with PartnerClient(values) as client:
            data = gather_store_data(
                client,
                values.base_url,
                values.store_client_id,
                brand_names=["uniqlo"],
                folder=folder / "cache",
            ).data
            for run in range(args.runs):
                seen = sandbox.state.requests_seen
                started = time.perf_counter()
                report = export_products(
                    client,
                    data,
                    folder / f"export-{run}.xlsx",
                    "id",
                    store_id=values.store_client_id,
                    base_url=values.base_url,
                )
                totals.append(time.perf_counter() - started)
                downloads.append(report.download_seconds)
                writes.append(report.write_seconds)
                requests.append(sandbox.state.requests_seen - seen)
                assert report.products == args.products
        size = (folder / "export-0.xlsx").stat().st_size
        from openpyxl import load_workbook

        book = load_workbook(folder / "export-0.xlsx", read_only=True)
        columns = book["Products"].max_column or 1
        book.close()
        baseline = statistics.median(
            _bare(folder / f"bare-{n}.xlsx", args.products, columns) for n in range(args.runs)
        )
    total = statistics.median(totals)
    ok = total < BUDGET_S and max(requests) <= MAX_REQUESTS
    common = {"products": args.products, "runs": args.runs}
    figures = [
        {
            "measure": "export_s",
            "median": round(total, 3),
            "budget": BUDGET_S,
            "ok": total < BUDGET_S,
            **common,
        },
        {
            "measure": "list_requests",
            "max": max(requests),
            "budget": MAX_REQUESTS,
            "ok": max(requests) <= MAX_REQUESTS,
            **common,
        },
        {"measure": "download_s", "median": round(statistics.median(downloads), 3), **common},
        {"measure": "write_s", "median": round(statistics.median(writes), 3), "bytes": size},
        {
            "measure": "baseline_openpyxl_bare_s",
            "median": round(baseline, 3),
            "columns": columns,
            **common,
        },
        {
            "measure": "export_over_baseline",
            "ratio": round(total / baseline, 2),
            "write_ratio": round(statistics.median(writes) / baseline, 2),
        },
    ]
    for figure in figures:
        print(json.dumps(figure))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
