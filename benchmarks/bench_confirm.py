"""Confirming an upload's pending rows: the store's list read whole against one look-up per row.

The sandbox runs as its own process (``common.sandbox_process``, products live at once); the
rows (``tests.jobs.rows.product_table``) are uploaded once with ``UploadJob``, then confirmed in
turn by ``Confirmation`` as it is (the list, when many rows wait) and by the same confirmation
asking row by row (the baseline: how every round asked before). Figures: wall and this
process's CPU (the client's side), and the requests each made.

    python benchmarks/bench_confirm.py [--quick] [--rows N] [--runs N]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import Run, figure, paired, quick, run_call, sandbox_process


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2_000 if quick() else 10_000)
    parser.add_argument("--runs", type=int, default=2 if quick() else 3)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    from app.catalog.status import Status
    from app.jobs import Confirmation, UploadJob
    from app.partner import Credentials, PartnerClient
    from app.sandbox import DEMO_CREDENTIALS as D
    from tests.jobs.rows import product_table

    with sandbox_process(live_after=0.0) as sandbox:
        store = (D.partner_client_id, D.partner_secret, D.store_client_id, D.store_token)
        credentials = Credentials(sandbox.base_url, *store)
        with PartnerClient(credentials) as client:
            table = product_table(args.rows)
            report = UploadJob(client, table, concurrency=args.concurrency).run()
            sent = [o for o in report.outcomes if o.status is Status.PENDING]
            requests: dict[str, int] = {}
            live: dict[str, int] = {}

            def confirm(side: str, by_list: bool) -> Run:
                waiting = [dataclasses.replace(o) for o in sent]
                confirmation = Confirmation(
                    client, waiting, first_delay=0.0, concurrency=args.concurrency
                )
                confirmation._list_trusted = by_list
                got: dict[str, Any] = {}
                run = run_call(lambda: got.update(report=confirmation.run()))
                requests[side], live[side] = got["report"].requests, len(got["report"].live)
                return run

            pair = paired(
                lambda: confirm("list", True), lambda: confirm("look-ups", False), runs=args.runs
            )
    common = {"rows": args.rows, "concurrency": args.concurrency}
    figure(
        f"confirm {args.rows} pending rows, wall",
        pair.median("a"),
        baseline=pair.median("b"),
        baseline_name="one look-up per row",
        ratio=pair.ratio(),
        requests=requests["list"],
        baseline_requests=requests["look-ups"],
        live=live["list"],
        baseline_live=live["look-ups"],
        **common,
    )
    figure(
        f"confirm {args.rows} pending rows, client CPU",
        pair.median("a", "cpu"),
        baseline=pair.median("b", "cpu"),
        baseline_name="one look-up per row",
        ratio=pair.ratio("cpu"),
        **common,
    )
    print(f"  requests: {requests['list']} against {requests['look-ups']}; live: {live}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
