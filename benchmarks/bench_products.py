"""How long every product of a 5,000-product store takes to download, and in how many requests.

    .venv/bin/python benchmarks/bench_products.py [--products 5000] [--repeat 3]

Runs the sandbox in a thread on a free loopback port, puts ``--products`` products in its
catalogue (straight into its state: the create is not what is measured) and downloads them all
with ``PartnerClient.all_products`` over real HTTP. Prints one JSON line: the median of
``--repeat`` runs against the issue's budgets (at most 50 list requests for 5,000 products; the
whole export under 10 s, of which this download is one part). A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from app.partner import Credentials, PartnerClient
    from app.sandbox import DEMO_CREDENTIALS as D
    from app.sandbox import run_in_thread
    from tests.sandbox.fixtures import seed_products

    timings: list[float] = []
    with run_in_thread() as sandbox:
        for product in seed_products(*(f"B{n:06}" for n in range(args.products))):
            sandbox.state.add_product(product)
        values = Credentials(
            sandbox.base_url,
            D.partner_client_id,
            D.partner_secret,
            D.store_client_id,
            D.store_token,
        )
        with PartnerClient(values) as client:
            for _ in range(args.repeat):
                before = client.attempts
                started = time.perf_counter()
                found = client.all_products()
                timings.append(time.perf_counter() - started)
                requests = client.attempts - before
    assert len(found) == args.products
    median = statistics.median(timings)
    budget_requests = -(-args.products // 100)
    print(
        json.dumps(
            {
                "measure": "all_products_s",
                "median": round(median, 3),
                "budget": 10.0,
                "requests": requests,
                "budget_requests": budget_requests,
                "ok": median < 10.0 and requests <= budget_requests,
                "products": args.products,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
