#!/usr/bin/env python3
"""Soak: minutes of real command-line uploads, deletes and resumes against the sandbox under
random faults, checking after every run that no product is on the store twice and that no row's
status lies.

Usage (documented in docs/RELIABILITY.md; not part of the default test run)::

    .venv/bin/python scripts/soak.py --minutes 20 [--seed N] [--report FILE.json]

What it does:

* starts the project's sandbox in this process (``app.sandbox.run_in_thread`` on 127.0.0.1) with
  one ``SandboxState`` it keeps; a "restart" stops the server and starts a new one with the same
  state on the same port;
* writes workbooks with openpyxl (1–300 rows, SKUs drawn from a pool so that products are
  uploaded again and deleted; some sheets carry an External ID column, some do not; a few rows
  are invalid on purpose) and runs the real CLI on them as child processes
  (``toco-uploader upload|delete|resume … --json``), credentials through the TOCO_* environment
  variables, journal and logs in a private temporary home;
* a fault thread changes the sandbox's knobs at random (dropped connections after the request was
  handled, 429s, 5xx, latency) and restarts the server with its state kept;
* some runs are killed with SIGKILL mid-way; then either ``toco-uploader resume`` finishes the
  job (its id from ``toco-uploader history --json``) or the same sheet is uploaded again;
* after each run it checks the truth against the sandbox's state:
  **duplicates** — two stored products with the same SKU or the same External ID;
  **untruthful rows** — a row the CLI's ``--json`` calls live/pending/exists that the store does
  not hold (or a live row whose product id is not stored), a row called
  ready/invalid/skipped/failed/rejected that the store holds from this run, a row called deleted
  that is still on the store.

It prints, and writes as JSON with ``--report``, the figures: minutes, runs, rows sent, HTTP
requests the sandbox saw, faults injected by kind, restarts, kills, requests beyond the CLI's own
count, duplicates, untruthful rows (with examples), failures (a traceback, an exit code other than
0–3, a hang), and memory at start and end. Exit codes 1 and 3 of the CLI are normal under faults.

Exit status: 0 when there were no duplicates, no untruthful rows and no failures; 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from app.catalog.examples import EXAMPLES  # noqa: E402
from app.catalog.fields import label_of  # noqa: E402
from app.catalog.messages import Lang  # noqa: E402
from app.sandbox import DEMO_CREDENTIALS, RunningSandbox, SandboxState, run_in_thread  # noqa: E402

#: How many different SKUs the workbooks draw from: small enough that products come back.
SKU_POOL = 600
MAX_ROWS = 300
#: Seconds a CLI run may take before the soak calls it hung (and kills it).
RUN_TIMEOUT = 300.0
#: Seconds an accepted product stays pending in the soak's sandbox.
LIVE_AFTER = 1.0
#: Statuses whose row must be on the store, must not be there from this run, must be gone.
HELD = {"live", "pending", "exists"}
NOT_SENT = {"ready", "invalid", "skipped", "failed", "rejected"}
GONE = {"deleted"}
MAX_EXAMPLES = 20
#: The fields each sheet fills in (the registry gives their headers, in English or Indonesian).
FIELDS: tuple[str, ...] = ("name", "sku", "price", "stock", "weight", "minOrder")
FIELDS += ("categoryId", "subCategoryId", "typeId", "condition", "photos")


def rss_kib() -> int:
    """This process's resident memory now, in KiB (Linux /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory() -> dict[str, int]:
    return {
        "soak_rss_kib": rss_kib(),
        "soak_peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "cli_children_peak_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }


class Sandbox:
    """The sandbox server on one port, restartable with its state kept."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state
        self.lock = threading.Lock()
        self.running: RunningSandbox = run_in_thread(state)
        self.base_url = self.running.base_url
        self.port = self.running.server.servers[0].sockets[0].getsockname()[1]
        self.restarts = 0

    def restart(self, down_for: float) -> None:
        with self.lock:
            self._stop()
            time.sleep(down_for)
            for _attempt in range(50):
                try:
                    self.running = run_in_thread(self.state, port=self.port)
                    break
                except RuntimeError:  # the old socket not released yet
                    time.sleep(0.2)
            else:
                raise RuntimeError(f"the sandbox could not start again on port {self.port}")
            self.restarts += 1

    def _stop(self) -> None:
        self.running.stop(timeout=3.0)
        if self.running.thread.is_alive():
            self.running.server.force_exit = True
            self.running.thread.join(10.0)

    def stop(self) -> None:
        with self.lock:
            self._stop()


class FaultThread(threading.Thread):
    """Every few seconds, one random fault: drops, 429s, 5xx, latency, or a restart."""

    KINDS = ("drop", "rate_limit", "server_error", "latency", "restart", "calm")

    def __init__(self, sandbox: Sandbox, rng: random.Random) -> None:
        super().__init__(name="soak-faults", daemon=True)
        self.sandbox = sandbox
        self.rng = rng
        self.stopping = threading.Event()
        self.injected: Counter[str] = Counter()  # fault events by kind
        self.units: Counter[str] = Counter()  # requests each kind was set to hit

    def run(self) -> None:
        rng, state = self.rng, self.sandbox.state
        while not self.stopping.wait(rng.uniform(0.5, 4.0)):
            kind = rng.choices(self.KINDS, weights=(4, 3, 3, 2, 1, 2))[0]
            self.injected[kind] += 1
            if kind == "drop":
                n = rng.randint(1, 3)
                state.set_faults(drop_count=n)
            elif kind == "rate_limit":
                n = rng.randint(1, 5)
                state.set_faults(rate_limit_count=n, retry_after=rng.choice(["0", "1", None]))
            elif kind == "server_error":
                n = rng.randint(1, 3)
                status = rng.choice([500, 502, 503, 504])
                state.set_faults(server_error_count=n, server_error_status=status)
            elif kind == "latency":
                n = 1
                state.set_faults(latency=round(rng.uniform(0.05, 1.5), 2))
            elif kind == "restart":
                n = 1
                self.sandbox.restart(down_for=rng.uniform(0.1, 2.0))
            else:
                n = 0
                state.clear_faults()
            self.units[kind] += n

    def stop(self) -> None:
        self.stopping.set()
        self.join(30.0)


@dataclass
class Figures:
    runs: Counter[str] = field(default_factory=Counter)
    exit_codes: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    rows_sent: int = 0
    kills: int = 0
    kills_before_journal: int = 0
    resumes: int = 0
    reruns_after_kill: int = 0
    cli_requests: int = 0  # what the finished runs said ("N requests")
    sandbox_requests_of_those: int = 0  # what the sandbox saw during those same runs
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    untruthful: list[dict[str, Any]] = field(default_factory=list)
    untruthful_count: int = 0
    exists_created_by_this_run: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)


class Soak:
    def __init__(self, minutes: float, seed: int, home: Path) -> None:
        self.deadline = time.monotonic() + minutes * 60
        self.minutes = minutes
        self.seed = seed
        self.rng = random.Random(seed)
        self.home = home
        self.state = SandboxState(live_after=LIVE_AFTER)
        self.sandbox = Sandbox(self.state)
        self.faults = FaultThread(self.sandbox, random.Random(seed + 1))
        self.fig = Figures()
        self.books = home / "books"
        self.books.mkdir()
        self.n = 0
        self.run_faults: dict[str, int] = {}  # fault events during the run being checked
        self.run_stopped = ""  # its "Stopped: …" line, if any
        self.before: set[str] = set()  # the store's product ids before the run's job
        self.run_mode = ""  # upload, delete, or how it went on after a kill
        self.env = self._env()
        self.command = self._command()

    # -- the CLI as a child process ----------------------------------------------------------
    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TOCO_", "XDG_"))}
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            folder = self.home / var.lower()
            folder.mkdir()
            env[var] = str(folder)
        creds = DEMO_CREDENTIALS
        env.update(
            TOCO_HOME=str(self.home),
            TOCO_BASE_URL=self.sandbox.base_url,
            TOCO_PARTNER_CLIENT_ID=creds.partner_client_id,
            TOCO_PARTNER_SECRET=creds.partner_secret,
            TOCO_STORE_CLIENT_ID=creds.store_client_id,
            TOCO_STORE_TOKEN=creds.store_token,
            TOCO_LOG_LEVEL="WARNING",
            PYTHONPATH=str(ROOT),  # this checkout's code, even if the venv points elsewhere
        )
        env.pop("HTTP_PROXY", None)
        env.pop("http_proxy", None)
        return env

    @staticmethod
    def _command() -> list[str]:
        script = Path(sys.executable).with_name("toco-uploader")
        return [str(script)] if script.exists() else [sys.executable, "-m", "app"]

    def cli(self, *argv: str, kill_after: float | None = None) -> tuple[int, str, str, bool, int]:
        """Run the CLI; returns exit code, stdout, stderr, killed, sandbox requests during it."""
        seen = self.state.requests_seen
        proc = subprocess.Popen(
            [*self.command, *argv],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        killed = False
        if kill_after is not None:
            try:
                proc.wait(kill_after)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                killed = True
        try:
            out, err = proc.communicate(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            self.failure("hung", argv, -9, err)
            return -9, out, err, True, self.state.requests_seen - seen
        code = proc.returncode
        if not killed and (code not in (0, 1, 2, 3) or "Traceback" in err):
            self.failure("exit code" if code not in (0, 1, 2, 3) else "traceback", argv, code, err)
        if not killed and argv[0] != "history":
            self.fig.exit_codes[str(code)] += 1
        return code, out, err, killed, self.state.requests_seen - seen

    def failure(self, kind: str, argv: tuple[str, ...], code: int, err: str) -> None:
        self.fig.failures.append(
            {"kind": kind, "argv": list(argv), "exit": code, "stderr": err[-1500:]}
        )

    def rows_of(self, out: str) -> list[dict[str, Any]]:
        if not out.strip():
            return []
        try:
            return list(json.loads(out)["rows"])
        except (ValueError, KeyError, TypeError):
            self.failure("bad --json", (), 0, out[-1500:])
            return []

    def count_requests(self, err: str, seen: int) -> None:
        for line in err.splitlines():
            if line.startswith("Done in ") and " requests" in line:
                said = line.split(",", 1)[1].split("requests")[0].strip()
                if said.isdigit():
                    self.fig.cli_requests += int(said)
                    self.fig.sandbox_requests_of_those += seen

    # -- workbooks ---------------------------------------------------------------------------
    def upload_book(self) -> Path:
        rng = self.rng
        n = rng.randint(1, MAX_ROWS)
        skus = rng.sample(range(SKU_POOL), n)
        with_ids = rng.random() < 0.5
        bad = set(rng.sample(range(n), min(n, 3))) if rng.random() < 0.15 else set()
        base = EXAMPLES[0]
        keys = (("externalId",) if with_ids else ()) + FIELDS
        lang: Lang = "en" if rng.random() < 0.5 else "id"
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Produk"
        sheet.append([label_of(key, lang) for key in keys])
        for k, s in enumerate(skus):
            values = {
                "externalId": f"soak-{s:05d}",
                "name": f"Kaos Soak {s}",
                "sku": f"SOAK-{s:05d}",
                "price": "abc" if k in bad else f"Rp {100 + rng.randint(0, 900)}.000",
                "stock": rng.randint(0, 50),
                "weight": 250,
                "minOrder": 1,
                "categoryId": base["categoryId"],
                "subCategoryId": base["subCategoryId"],
                "typeId": base["typeId"],
                "condition": "Baru",
                "photos": f"https://example.com/soak/{s}.jpg",
            }
            sheet.append([values[key] for key in keys])
        return self._save(book, "upload")

    def delete_book(self) -> Path:
        rng = self.rng
        stored = self.state.products()
        chosen = rng.sample(stored, min(len(stored), rng.randint(1, 150)))
        absent = [f"SOAK-{s:05d}" for s in rng.sample(range(SKU_POOL), rng.randint(0, 10))]
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Hapus"
        sheet.append(["ID Produk", "SKU"])
        for p in chosen:
            sheet.append([p.id if rng.random() < 0.5 else None, p.sku])
        for sku in absent:
            sheet.append([None, sku])
        return self._save(book, "delete")

    def _save(self, book: Workbook, kind: str) -> Path:
        self.n += 1
        path = self.books / f"{self.n:05d}-{kind}.xlsx"
        book.save(path)
        return path

    # -- runs --------------------------------------------------------------------------------
    def send_args(self, kind: str, book: Path) -> list[str]:
        args = [kind, str(book), "--json", "--chunk-size", str(self.rng.choice([10, 25, 50, 100]))]
        args += ["--concurrency", str(self.rng.choice([1, 2, 4]))]
        if kind == "delete":
            args.append("--yes")
        elif self.rng.random() < 0.3:
            args += ["--wait", "5"]
        return args

    def one_run(self) -> None:
        kind = "upload" if self.rng.random() < 0.7 else "delete"
        book = self.upload_book() if kind == "upload" else self.delete_book()
        self.before = {p.id for p in self.state.products()}
        self.run_mode = kind
        last_job = self.last_job_id()
        args = self.send_args(kind, book)
        kill = self.rng.random() < 0.15
        began = time.monotonic()
        faults_before = Counter(self.faults.injected)
        code, out, err, killed, seen = self.cli(
            *args, kill_after=self.rng.uniform(1.0, 5.0) if kill else None
        )
        self.fig.runs[kind] += 1
        if killed:
            self.fig.kills += 1
            resumed, err, seen = self.after_kill(kind, args, last_job)
            if resumed is None:
                self.fig.kills_before_journal += 1
                self.check_store(f"{kind} killed before its job was journalled")
                print(f"{book.name}: killed before its job was journalled", file=sys.stderr)
                return
            out = resumed
        else:
            self.count_requests(err, seen)
        rows = self.rows_of(out)
        self.fig.rows_sent += len(rows)
        self.run_faults = dict(Counter(self.faults.injected) - faults_before)
        self.run_stopped = next((ln for ln in err.splitlines() if ln.startswith("Stopped:")), "")
        self.check(kind, book, rows, self.before)
        took = time.monotonic() - began
        said = "killed, then resumed or re-sent" if killed else f"exit {code}"
        print(f"{book.name}: {len(rows)} rows, {said}, {took:.1f} s", file=sys.stderr)

    def after_kill(self, kind: str, args: list[str], last_job: int) -> tuple[str | None, str, int]:
        """Resume the killed job, or (uploads, sometimes) send the same sheet again."""
        if kind == "upload" and self.rng.random() < 0.3:
            self.fig.reruns_after_kill += 1
            self.run_mode = "upload killed, then sent again"
            # A new job: what the killed one created is "before" it (resume is the same job).
            self.before = {p.id for p in self.state.products()}
            code, out, err, _, seen = self.cli(*args)
            self.count_requests(err, seen)
            return out, err, seen
        job = self.unfinished_job_after(last_job)
        if job is None:
            return None, "", 0
        self.fig.resumes += 1
        self.run_mode = f"{kind} killed, then resumed"
        out, err, seen = "", "", 0
        for _ in range(3):  # a connection failure under faults: resume again
            code, out, err, _, seen = self.cli("resume", str(job), "--json")
            self.count_requests(err, seen)
            if code != 3:
                break
        return out, err, seen

    def history(self) -> list[dict[str, Any]]:
        code, out, err, _, _ = self.cli("history", "--json", "--limit", "5")
        try:
            return list(json.loads(out))
        except ValueError:
            self.failure("bad history --json", ("history",), code, err)
            return []

    def last_job_id(self) -> int:
        return max((j["id"] for j in self.history()), default=0)

    def unfinished_job_after(self, last_job: int) -> int | None:
        jobs = [j for j in self.history() if j["id"] > last_job and j["state"] != "finished"]
        return max((j["id"] for j in jobs), default=None)

    # -- the truth ---------------------------------------------------------------------------
    def check_store(self, context: str) -> None:
        by_sku: dict[str, list[str]] = {}
        by_ext: dict[str, list[str]] = {}
        for p in self.state.products():
            by_sku.setdefault(p.sku, []).append(p.id)
            by_ext.setdefault(p.external_id, []).append(p.id)
        for key, found in (("sku", by_sku), ("externalId", by_ext)):
            for value, ids in found.items():
                if len(ids) > 1:
                    known = {(d["key"], d["value"]) for d in self.fig.duplicates}
                    if (key, value) not in known:
                        self.fig.duplicates.append(
                            {"key": key, "value": value, "ids": ids, "after": context}
                        )

    def check(self, kind: str, book: Path, rows: list[dict[str, Any]], before: set[str]) -> None:
        stored = self.state.products()
        by_sku: dict[str, list[str]] = {}
        for p in stored:
            by_sku.setdefault(p.sku, []).append(p.id)
        ids = {p.id for p in stored}
        for row in rows:
            status, sku, product_id = row.get("status"), row.get("sku"), row.get("productId")
            self.fig.statuses[f"{kind}:{status}"] += 1
            held = by_sku.get(sku or "", [])
            new = [i for i in held if i not in before]
            lie = None
            if kind == "upload" and status in HELD:
                if not held:
                    lie = "the store does not hold it"
                elif status == "live" and product_id and product_id not in ids:
                    lie = f"its product id {product_id} is not on the store"
                if status == "exists" and new:
                    self.fig.exists_created_by_this_run += 1
            elif kind == "upload" and status in NOT_SENT and new:
                lie = "the store holds it, created by this run"
            elif kind == "delete" and status in GONE and (held or product_id in ids):
                lie = "it is still on the store"
            if lie:
                self.fig.untruthful_count += 1
                if len(self.fig.untruthful) < MAX_EXAMPLES:
                    self.fig.untruthful.append(
                        {
                            "run": book.name,
                            "how": self.run_mode,
                            "row": row.get("row"),
                            "sku": sku,
                            "status": status,
                            "why": lie,
                            "faults_during_run": self.run_faults,
                            "cli_said": self.run_stopped,
                        }
                    )
        self.check_store(book.name)

    # -- the whole soak ----------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        start_memory = memory()
        started = time.monotonic()
        self.faults.start()
        try:
            while time.monotonic() < self.deadline:
                self.one_run()
        finally:
            self.faults.stop()
            self.state.clear_faults()
        self.check_store("the end")
        end_memory = memory()
        self.sandbox.stop()
        fig = self.fig
        return {
            "minutes": round((time.monotonic() - started) / 60, 2),
            "minutes_asked": self.minutes,
            "seed": self.seed,
            "runs": dict(fig.runs),
            "runs_total": sum(fig.runs.values()),
            "exit_codes": dict(fig.exit_codes),
            "rows_sent": fig.rows_sent,
            "statuses": dict(fig.statuses),
            "products_on_store_at_end": len(self.state.products()),
            "http_requests_seen": self.state.requests_seen,
            "faults_injected": dict(self.faults.injected),
            "fault_units": dict(self.faults.units),
            "restarts": self.sandbox.restarts,
            "kills": fig.kills,
            "kills_before_journal": fig.kills_before_journal,
            "resumes": fig.resumes,
            "reruns_after_kill": fig.reruns_after_kill,
            "cli_reported_requests": fig.cli_requests,
            "requests_beyond_cli_count": fig.sandbox_requests_of_those - fig.cli_requests,
            "duplicates": len(fig.duplicates),
            "duplicate_examples": fig.duplicates[:MAX_EXAMPLES],
            "untruthful_rows": fig.untruthful_count,
            "untruthful_examples": fig.untruthful,
            "exists_created_by_this_run": fig.exists_created_by_this_run,
            "failures": len(fig.failures),
            "failure_examples": fig.failures[:MAX_EXAMPLES],
            "memory_start": start_memory,
            "memory_end": end_memory,
        }


def print_report(report: dict[str, Any]) -> None:
    for key, value in report.items():
        if key.endswith("_examples"):
            for example in value:
                print(f"    {key[:-9]}: {json.dumps(example, ensure_ascii=False)[:400]}")
        else:
            print(f"{key:<28} {json.dumps(value, ensure_ascii=False)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--report", metavar="FILE.json", help="also write the figures here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary home")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    home = Path(tempfile.mkdtemp(prefix="toco-soak-"))
    try:
        report = Soak(args.minutes, seed, home).run()
    finally:
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)
    print_report(report)
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    bad = report["duplicates"] or report["untruthful_rows"] or report["failures"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
