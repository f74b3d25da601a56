"""The upload's client CPU against a bare httpx loop, and throughput under latency.

    python benchmarks/bench_send.py [--rows 10000] [--runs 3] [--quick]

A sandbox runs as its own process (its CPU is not ours). The rows of ``data.py``'s workbook
are read and checked against the demo store's data once, in this process, outside the timing.
Then, in turn, on a freshly reset sandbox each time:

- ours: ``UploadJob(...).run()`` over the valid rows (chunks of 100, concurrency 2, as the
  command line sends): serialising, signing, sending, reading the answers, mapping them to
  row outcomes; this process's CPU time (``time.process_time``), not wall;
- baseline: the same chunks, serialised and signed before the clock starts, POSTed by a bare
  loop of ``httpx.Client.send`` at the same concurrency, each answer read and thrown away.

Target: ours ≤ 1.2× the bare loop's CPU. Ours also reads which SKUs the store already holds
before creating (the job never creates a SKU the store holds: its product list, §4.6, or one
look-up per row for a big store), so a second figure replays exactly the requests ours sent
(recorded from the wire on a fresh sandbox: method, path, body) with a bare loop, pre-signed:
our client's own overhead per request; a third the same with the job journal, as the command
and the window run it. Then with 50 ms injected latency (the sandbox's
``latency`` knob) the same upload at concurrency 1, 2, 4 and 8: rows per second, which should
grow with concurrency up to the configured limit (the curve is printed, one figure each).
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common
from benchmarks.data import SHEET, SMALL, merchant_workbook

CHUNK = 100
CONCURRENCY = 2
LATENCY = 0.05
CURVE = (1, 2, 4, 8)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows = args.rows or (2_000 if common.quick() else SMALL)
    runs = args.runs or (2 if common.quick() else 3)

    from app.partner import Credentials, PartnerClient
    from app.sandbox import DEMO_CREDENTIALS as D

    with common.sandbox_process() as sandbox:
        values = Credentials(
            sandbox.base_url,
            D.partner_client_id,
            D.partner_secret,
            D.store_client_id,
            D.store_token,
        )
        table, indexes = checked_table(merchant_workbook(rows), values)
        print(f"{len(indexes)} valid rows of {len(table)}", flush=True)

        def ours(concurrency: int = CONCURRENCY) -> common.Run:
            from app.jobs import UploadJob

            sandbox.reset()
            with PartnerClient(values) as client:
                job = UploadJob(client, table, indexes, chunk_size=CHUNK, concurrency=concurrency)
                run = common.run_call(job.run)
            return run

        def bare() -> common.Run:
            sandbox.reset()
            with PartnerClient(values) as client:
                requests = signed_requests(client, table, indexes)
                http = client._http  # the same connection pool settings as ours

                def post(request: Any) -> None:
                    http.send(request).read()

                def loop() -> None:
                    with ThreadPoolExecutor(CONCURRENCY) as pool:
                        list(pool.map(post, requests))

                return common.run_call(loop)

        pair = common.paired(ours, bare, runs=runs)
        common.figure(
            "upload client CPU, no latency",
            pair.median("a", "cpu"),
            baseline=pair.median("b", "cpu"),
            baseline_name="bare httpx loop, pre-serialised and signed",
            ratio=pair.ratio("cpu"),
            target=1.2,
            rows=len(indexes),
            wall=pair.median("a"),
            baseline_wall=pair.median("b"),
        )

        sent = requests_of_ours(sandbox, values, table, indexes)
        counts = request_counts(sent)
        print("ours sends: " + ", ".join(f"{n} × {kind}" for kind, n in counts.items()), flush=True)

        def bare_same_requests() -> common.Run:
            """Exactly the requests ours sent (recorded from the wire): those before the first
            create one after another, as the job reads the store's product list before any
            create; the creates (and anything after) at the same concurrency. All signed
            before the clock starts."""
            sandbox.reset()
            with PartnerClient(values) as client:
                first = next((k for k, r in enumerate(sent) if r[0] == "POST"), len(sent))
                ready = [client._request(m, path, body, True) for m, path, body in sent]
                http = client._http

                def post(request: Any) -> None:
                    http.send(request).read()

                def loop() -> None:
                    for request in ready[:first]:
                        post(request)
                    with ThreadPoolExecutor(CONCURRENCY) as pool:
                        list(pool.map(post, ready[first:]))

                return common.run_call(loop)

        same = common.paired(ours, bare_same_requests, runs=runs)
        common.figure(
            "upload client CPU, no latency, same requests",
            same.median("a", "cpu"),
            baseline=same.median("b", "cpu"),
            baseline_name="bare httpx loop, the same requests as ours, pre-signed",
            ratio=same.ratio("cpu"),
            target=1.2,
            rows=len(indexes),
            wall=same.median("a"),
            baseline_wall=same.median("b"),
            requests=counts,
        )

        def ours_journaled() -> common.Run:
            """Ours as the command and the window run it: with the job journal (SQLite, a
            fresh file each run) recording every chunk before it goes out and its answer."""
            import tempfile

            from app.jobs import Journal, UploadJob

            sandbox.reset()
            with tempfile.TemporaryDirectory(prefix="toco-bench-") as folder:
                journal = Journal(Path(folder) / "journal.sqlite3")
                try:
                    with PartnerClient(values) as client:
                        job = UploadJob(
                            client,
                            table,
                            indexes,
                            chunk_size=CHUNK,
                            concurrency=CONCURRENCY,
                            journal=journal,
                        )
                        return common.run_call(job.run)
                finally:
                    journal.close()

        kept = common.paired(ours_journaled, bare_same_requests, runs=runs)
        common.figure(
            "upload client CPU, no latency, same requests, with the journal",
            kept.median("a", "cpu"),
            baseline=kept.median("b", "cpu"),
            baseline_name="bare httpx loop, the same requests as ours, pre-signed",
            ratio=kept.ratio("cpu"),
            target=1.2,
            rows=len(indexes),
            wall=kept.median("a"),
            baseline_wall=kept.median("b"),
        )

        sandbox.set_faults(latency=LATENCY)
        curve_rows = min(len(indexes), 2_000)
        part = indexes[:curve_rows]
        before = None
        for concurrency in CURVE:

            def timed(c: int = concurrency) -> common.Run:
                from app.jobs import UploadJob

                sandbox.reset()
                sandbox.set_faults(latency=LATENCY)
                with PartnerClient(values) as client:
                    job = UploadJob(client, table, part, chunk_size=CHUNK, concurrency=c)
                    return common.run_call(job.run)

            wall = common.median(common.repeated(timed, runs=1, warmup=0))
            rate = curve_rows / wall
            ideal = min(concurrency, -(-curve_rows // CHUNK)) * CHUNK / LATENCY
            common.figure(
                f"upload rows/s, {LATENCY * 1000:.0f} ms latency, concurrency {concurrency}",
                rate,
                unit="rows/s",
                baseline=before,
                baseline_name="the step before" if before else None,
                target=1.0 if before else None,
                below=False,
                rows=curve_rows,
                concurrency=concurrency,
                latency_bound=round(ideal, 1),
            )
            before = rate
    return 0


def checked_table(path: Path, values: Any) -> tuple[Any, list[int]]:
    """The workbook's rows checked against the demo store's data, and the valid ones."""
    from app.partner import PartnerClient
    from app.sheets import open_table

    loaded = open_table(path, SHEET)
    with PartnerClient(values) as client:
        from app.catalog.category_names import brand_names_to_search
        from app.reference import gather_store_data

        names = brand_names_to_search((r.cells for r in loaded.table.rows), None)
        data = gather_store_data(
            client, values.base_url, values.store_client_id, brand_names=sorted(names)
        ).data
    table = loaded.table
    table.use_store(values.store_client_id)
    table.use_store_data(data)
    return table, [i for i, r in enumerate(table.rows) if not r.has_errors]


def signed_requests(client: Any, table: Any, indexes: list[int]) -> list[Any]:
    """The upload's chunks as ready requests: bodies serialised, headers signed."""
    from app.partner.client import CREATE_PATH, serialise

    requests = []
    for start in range(0, len(indexes), CHUNK):
        products = [table.rows[i].payload() for i in indexes[start : start + CHUNK]]
        body = serialise({"products": products})
        requests.append(client._request("POST", CREATE_PATH, body, True))
    return requests


def requests_of_ours(sandbox: Any, values: Any, table: Any, indexes: list[int]) -> list[Any]:
    """Every request one upload of ours sends, as (method, path after the base, body), in the
    order they went out: recorded from the wire (an httpx request hook) on a fresh sandbox."""
    from app.jobs import UploadJob
    from app.partner import PartnerClient

    sandbox.reset()
    sent: list[tuple[str, str, bytes]] = []
    with PartnerClient(values) as client:
        base = client._base.raw_path

        def record(request: Any) -> None:
            path = request.url.raw_path
            assert path.startswith(base), path
            sent.append((request.method, path[len(base) :].decode("ascii"), request.content))

        client._http.event_hooks["request"].append(record)
        UploadJob(client, table, indexes, chunk_size=CHUNK, concurrency=CONCURRENCY).run()
    return sent


def request_counts(sent: list[Any]) -> dict[str, int]:
    """How many of each kind of request: ``"GET /partner/stores/products": 1``, …"""
    from app.partner.client import SKU_PATH

    counts: dict[str, int] = {}
    for method, path, _body in sent:
        kind = path.split("?")[0]
        if kind.startswith(SKU_PATH):
            kind = SKU_PATH + "<sku>"
        counts[f"{method} {kind}"] = counts.get(f"{method} {kind}", 0) + 1
    return counts


if __name__ == "__main__":
    raise SystemExit(main())
