"""One run of ``toco-uploader upload`` against ``toco-uploader sandbox`` on a generated workbook.

    .venv/bin/python benchmarks/bench_upload.py [--rows 1000] [--chunk-size 100]
                                                [--concurrency 2] [--wait 0]

Starts the sandbox as its own process on a free loopback port, writes an N-row .xlsx with
openpyxl, runs the upload command as a separate process with the sandbox's public demo
credentials in the TOCO_* variables (and throw-away user folders, so the real journal and
profiles are untouched), and prints the wall time, the number of HTTP requests and the outcome
counts. Exit code: that of the upload.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from app.sandbox import DEMO_CREDENTIALS

HEADERS = [
    "Nama Produk",
    "SKU",
    "Harga",
    "Stok",
    "Berat (gram)",
    "Min. Pembelian",
    "Kategori ID",
    "Sub Kategori ID",
    "Tipe ID",
    "Kondisi",
    "Foto 1",
    "Foto 2",
]


def write_workbook(path: Path, rows: int) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Produk"
    sheet.append(HEADERS)
    for k in range(rows):
        sheet.append(
            [
                f"Kaos Polos Katun {k}",
                f"BENCH-{k:06d}",
                f"Rp {50 + k % 400}.000",
                k % 50,
                250,
                1,
                "2fde2994-28a8-4d09-a128-6d744b9e1323",
                "0e882586-c506-4792-a831-02767a68dae2",
                "d86db295-41c3-423d-a2c2-a59724f38316",
                "Baru",
                f"https://example.com/img/{k}-1.jpg",
                f"https://example.com/img/{k}-2.jpg",
            ]
        )
    book.save(path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"the sandbox did not start on port {port}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--chunk-size", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        help="also confirm pending rows for up to this many seconds",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="toco-bench-") as tmp:
        home = Path(tmp)
        env = {**os.environ}
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(home / var.lower())
        book = home / "produk.xlsx"
        started = time.perf_counter()
        write_workbook(book, args.rows)
        print(
            f"workbook: {args.rows} rows written in {time.perf_counter() - started:.2f} s",
            file=sys.stderr,
        )

        port = free_port()
        base_url = f"http://127.0.0.1:{port}/api/v1"
        sandbox = subprocess.Popen(
            [sys.executable, "-m", "app", "sandbox", "--port", str(port), "--live-after", "1"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(port)
            env.update(
                {
                    "TOCO_BASE_URL": base_url,
                    "TOCO_PARTNER_CLIENT_ID": DEMO_CREDENTIALS.partner_client_id,
                    "TOCO_PARTNER_SECRET": DEMO_CREDENTIALS.partner_secret,
                    "TOCO_STORE_CLIENT_ID": DEMO_CREDENTIALS.store_client_id,
                    "TOCO_STORE_TOKEN": DEMO_CREDENTIALS.store_token,
                }
            )
            command = [
                sys.executable,
                "-m",
                "app",
                "upload",
                str(book),
                "--json",
                "--chunk-size",
                str(args.chunk_size),
                "--concurrency",
                str(args.concurrency),
                "--wait",
                str(args.wait),
            ]
            started = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            wall = time.perf_counter() - started
        finally:
            sandbox.terminate()
            sandbox.wait(10)

    if done.returncode not in (0, 1):
        print(done.stderr, file=sys.stderr)
        return done.returncode
    summary = json.loads(done.stdout)["summary"]
    found = re.search(r"Done in ([\d.]+) s, (\d+) requests", done.stderr)
    job_seconds, requests = (float(found[1]), int(found[2])) if found else (None, None)
    result = {
        "rows": args.rows,
        "chunk_size": args.chunk_size,
        "concurrency": args.concurrency,
        "wait": args.wait,
        "wall_seconds": round(wall, 2),
        "job_seconds": job_seconds,
        "requests": requests,
        "outcomes": summary,
        "exit_code": done.returncode,
    }
    print(json.dumps(result, indent=2))
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
