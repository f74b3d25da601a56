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

Target: ours ≤ 1.2× the bare loop's CPU. Ours also asks the store for every row's SKU before
creating it (API.md has no batch look-up; the job never creates a SKU the store holds), so a
second figure compares with a bare loop sending those same look-ups too: our client's own
overhead per request. Then with 50 ms injected latency (the sandbox's
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

        def bare_with_lookups() -> common.Run:
            """The same requests ours sends: per chunk the SKU look-ups (8 at a time), then
            the create; all signed before the clock starts."""
            from app.jobs.upload import LOOKUP_CONCURRENCY

            sandbox.reset()
            with PartnerClient(values) as client:
                chunks = list(
                    zip(
                        lookup_requests(client, table, indexes),
                        signed_requests(client, table, indexes),
                        strict=True,
                    )
                )
                http = client._http

                def chunk(pair: tuple[list[Any], Any]) -> None:
                    gets, post = pair
                    with ThreadPoolExecutor(LOOKUP_CONCURRENCY) as lookups:
                        list(lookups.map(lambda r: http.send(r).read(), gets))
                    http.send(post).read()

                def loop() -> None:
                    with ThreadPoolExecutor(CONCURRENCY) as pool:
                        list(pool.map(chunk, chunks))

                return common.run_call(loop)

        same = common.paired(ours, bare_with_lookups, runs=runs)
        common.figure(
            "upload client CPU, no latency, same requests",
            same.median("a", "cpu"),
            baseline=same.median("b", "cpu"),
            baseline_name="bare httpx loop, the same look-ups and creates, pre-signed",
            ratio=same.ratio("cpu"),
            target=1.2,
            rows=len(indexes),
            wall=same.median("a"),
            baseline_wall=same.median("b"),
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


def lookup_requests(client: Any, table: Any, indexes: list[int]) -> list[list[Any]]:
    """Each chunk's SKU look-ups (``GET …/sku/<sku>``) as ready, signed requests."""
    from app.partner.client import SKU_PATH
    from app.partner.paths import path_segment

    chunks = []
    for start in range(0, len(indexes), CHUNK):
        skus = [table.rows[i].values["sku"] for i in indexes[start : start + CHUNK]]
        chunks.append([client._request("GET", SKU_PATH + path_segment(s), b"", True) for s in skus])
    return chunks


if __name__ == "__main__":
    raise SystemExit(main())
