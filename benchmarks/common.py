"""What every benchmark shares: timing (in this process, or a whole process from outside),
the sandbox as its own process, and how a figure is printed and recorded.

A figure is printed as one line, ``figure, now, baseline, ratio, target, met|not met``, and
appended as one JSON object to the results file: ``TOCO_BENCH_RESULTS`` if set, else
``benchmarks/results/<run>.jsonl`` (git-ignored), where ``<run>`` is ``TOCO_BENCH_RUN`` (set by
``scripts/bench.sh`` so one run's figures share a file) or this process's start time. Two runs
are compared by reading the two files; every line carries the run, the time, the git commit,
the machine's core count and whether the run was ``--quick``.

Whole-process figures are timed by starting the command and reaping it with ``os.wait4``: the
kernel's own wall, user + system CPU and peak memory of the finished process. Pairs (ours,
baseline) run in turn, A B A B, and the ratio quoted is the median of the pair-by-pair ratios,
so a drift of the shared machine's speed hits both sides alike.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"
_STARTED = dt.datetime.now(dt.UTC)


# ---------------------------------------------------------------- timing


@dataclass(frozen=True)
class Run:
    """One finished process (or one call in this process): seconds and peak memory."""

    wall: float
    cpu: float  # user + system
    peak_mb: float = 0.0
    code: int = 0


def run_process(command: Sequence[str], *, env: Mapping[str, str] | None = None) -> Run:
    """Run ``command`` to its end, its output thrown away; the kernel's accounting of it."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        env=dict(env) if env is not None else None,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        wall,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,  # kilobytes on Linux
        process.returncode,
    )


def run_call(work: Callable[[], object]) -> Run:
    """One call of ``work`` in this process: wall and this process's CPU time."""
    cpu = time.process_time()
    started = time.perf_counter()
    work()
    return Run(time.perf_counter() - started, time.process_time() - cpu)


@dataclass(frozen=True)
class Pair:
    """A, B run in turn ``n`` times: the medians of each and of the pair-by-pair ratios."""

    a: list[Run]
    b: list[Run]

    def median(self, side: str, what: str = "wall") -> float:
        runs = self.a if side == "a" else self.b
        return statistics.median(getattr(r, what) for r in runs)

    def ratio(self, what: str = "wall") -> float:
        return statistics.median(
            getattr(x, what) / getattr(y, what) for x, y in zip(self.a, self.b, strict=True)
        )


def paired(a: Callable[[], Run], b: Callable[[], Run], *, runs: int, warmup: int = 1) -> Pair:
    """``a`` and ``b`` in turn (after ``warmup`` untimed rounds of each)."""
    for _ in range(warmup):
        a()
        b()
    first: list[Run] = []
    second: list[Run] = []
    for _ in range(runs):
        first.append(a())
        second.append(b())
    return Pair(first, second)


def repeated(work: Callable[[], Run], *, runs: int, warmup: int = 1) -> list[Run]:
    for _ in range(warmup):
        work()
    return [work() for _ in range(runs)]


def median(runs: Sequence[Run], what: str = "wall") -> float:
    return statistics.median(getattr(r, what) for r in runs)


# ---------------------------------------------------------------- figures


def _git_commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return done.stdout.strip() or None


def results_file() -> Path:
    named = os.environ.get("TOCO_BENCH_RESULTS")
    if named:
        return Path(named)
    run = os.environ.get("TOCO_BENCH_RUN") or _STARTED.strftime("%Y%m%d-%H%M%S")
    RESULTS.mkdir(parents=True, exist_ok=True)
    return RESULTS / f"{run}.jsonl"


def quick() -> bool:
    return os.environ.get("TOCO_BENCH_QUICK") == "1" or "--quick" in sys.argv


def _record(line: dict[str, Any]) -> None:
    line = {
        "run": os.environ.get("TOCO_BENCH_RUN") or _STARTED.strftime("%Y%m%d-%H%M%S"),
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "bench": Path(sys.argv[0]).stem,
        "commit": _git_commit(),
        "cores": os.cpu_count(),
        "quick": quick(),
        **line,
    }
    with results_file().open("a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}".strip()


def figure(
    name: str,
    now: float,
    *,
    unit: str = "s",
    baseline: float | None = None,
    baseline_name: str | None = None,
    ratio: float | None = None,
    target: float | None = None,
    target_of: str = "ratio",
    below: bool = True,
    rows: int | None = None,
    **extra: Any,
) -> bool | None:
    """Print and record one figure; returns whether its target is met (None: no target).

    ``target_of`` says what the target bounds: ``"ratio"`` (now / baseline, e.g. ≤ 2.0×) or
    ``"value"`` (the figure itself, e.g. ≤ 0.5 s); ``below=False`` for a ≥ target.
    """
    if ratio is None and baseline:
        ratio = now / baseline
    bounded = ratio if target_of == "ratio" else now
    met = None
    if target is not None and bounded is not None:
        met = bounded <= target if below else bounded >= target
    sign = "≤" if below else "≥"
    target_text = (
        "—"
        if target is None
        else (f"{sign} {target:.2f}×" if target_of == "ratio" else f"{sign} {_fmt(target, unit)}")
    )
    verdict = "—" if met is None else ("met" if met else "not met")
    print(
        f"{name}, {_fmt(now, unit)}, "
        f"{_fmt(baseline, unit)}{f' ({baseline_name})' if baseline_name else ''}, "
        f"{'—' if ratio is None else f'{ratio:.2f}×'}, {target_text}, {verdict}",
        flush=True,
    )
    _record(
        {
            "figure": name,
            "value": round(now, 6),
            "unit": unit,
            "baseline": None if baseline is None else round(baseline, 6),
            "baseline_name": baseline_name,
            "ratio": None if ratio is None else round(ratio, 4),
            "target": target,
            "target_of": target_of,
            "below": below,
            "met": met,
            "rows": rows,
            **extra,
        }
    )
    return met


def skipped(name: str, reason: str) -> None:
    """A figure that could not be measured (a missing peer package, say): said and recorded."""
    print(f"{name}: skipped: {reason}", flush=True)
    _record({"figure": name, "skipped": reason})


def have(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


# ---------------------------------------------------------------- the sandbox as a process


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class SandboxProcess:
    """A sandbox of its own on a loopback port, and the environment of a command that uses it
    (the demo store's TOCO_* credentials, throw-away user folders)."""

    base_url: str
    admin_url: str
    env: dict[str, str]

    def set_faults(self, **knobs: Any) -> None:
        import httpx

        httpx.post(f"{self.admin_url}/faults", json=knobs, timeout=10).raise_for_status()

    def reset(self) -> None:
        import httpx

        httpx.post(f"{self.admin_url}/reset", timeout=10).raise_for_status()


def python_env(home: Path) -> dict[str, str]:
    """This checkout on the path, user folders under ``home`` (the real ones untouched)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    for var in ("TOCO_BASE_URL", "TOCO_PARTNER_CLIENT_ID", "TOCO_PARTNER_SECRET"):
        env.pop(var, None)
    env.pop("TOCO_STORE_CLIENT_ID", None)
    env.pop("TOCO_STORE_TOKEN", None)
    return env


@contextlib.contextmanager
def sandbox_process(live_after: float = 1.0) -> Iterator[SandboxProcess]:
    from app.sandbox import DEMO_CREDENTIALS as D

    with tempfile.TemporaryDirectory(prefix="toco-bench-") as folder:
        env = python_env(Path(folder))
        port = free_port()
        command = [sys.executable, "-m", "app", "sandbox", "--port", str(port)]
        process = subprocess.Popen(
            [*command, "--live-after", str(live_after)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_for(port)
            root = f"http://127.0.0.1:{port}"
            env.update(
                {
                    "TOCO_BASE_URL": f"{root}/api/v1",
                    "TOCO_PARTNER_CLIENT_ID": D.partner_client_id,
                    "TOCO_PARTNER_SECRET": D.partner_secret,
                    "TOCO_STORE_CLIENT_ID": D.store_client_id,
                    "TOCO_STORE_TOKEN": D.store_token,
                }
            )
            yield SandboxProcess(f"{root}/api/v1", f"{root}/__sandbox", env)
        finally:
            process.terminate()
            process.wait(10)


def _wait_for(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise SystemExit(f"the sandbox did not start on port {port}")


def open_in_window(window: Any, path: Path) -> int:
    """Open ``path`` in a main window as the merchant does (no mapping question) and wait
    until it is open or has failed (the reason printed); returns the grid's row count."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    window.opener.opened.connect(lambda _: loop.quit())

    def failed(why: object) -> None:
        print(why, file=sys.stderr)
        loop.quit()

    window.opener.failed.connect(failed)
    window.open_path(path, ask_mapping=False)
    loop.exec()
    return int(window.model.rowCount())
