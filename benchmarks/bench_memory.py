"""Peak memory of the window holding 50,000 rows, a whole process, and where it goes.

The window process (a real ``MainWindow``, offscreen, fresh XDG folders) opens the merchant
workbook (``data.merchant_workbook``) as the merchant does (File → Open without the mapping
dialog; the rows are read and checked in the reading child and stream in), then reports. The
figure is the kernel's peak resident set of that process (``os.wait4``: ``ru_maxrss``); the
baseline of the same run is the same window started and shown with no workbook. With
``--trace`` a second run keeps ``tracemalloc`` on in the window process and prints what is
still allocated after the opening, by owner (the package of the allocating line) and the
lines holding the most: the table of where memory goes. The reading child's own peak is not
the window's (it ends after the opening) and is not counted here.

``python benchmarks/bench_memory.py [--quick] [--rows N] [--trace]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import figure, open_in_window, python_env, quick
from benchmarks.data import merchant_workbook

TARGET_MB = 300.0


def _owner(filename: str) -> str:
    parts = Path(filename).parts
    if "app" in parts:
        i = len(parts) - 1 - parts[::-1].index("app")
        return "/".join(parts[i : i + 3]).removesuffix(".py")
    for lib in ("PySide6", "shiboken6", "python_calamine", "openpyxl", "pydantic", "httpx"):
        if lib in parts:
            return lib
    return "python (stdlib, pickle, ...)" if "lib" in parts else filename


def _resident_mb() -> float:
    """The process's resident set now (Linux ``/proc``; 0 where there is none)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(path: Path | None, trace: bool) -> int:
    """In the window process: open ``path`` (or nothing), then report one JSON line."""
    import resource
    import tracemalloc

    if trace:
        tracemalloc.start(1)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    app.processEvents()
    rows = 0
    if path is not None:
        rows = open_in_window(window, path)
    QTimer.singleShot(200, app.quit)  # the grid painted with the rows, the counters updated
    app.exec()
    report: dict[str, object] = {
        "rows": rows,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "resident_mb": _resident_mb(),  # now, after the opening: the peak less any transient
    }
    if trace:
        snapshot = tracemalloc.take_snapshot()
        by_owner: dict[str, int] = {}
        for stat in snapshot.statistics("filename"):
            key = _owner(stat.traceback[0].filename)
            by_owner[key] = by_owner.get(key, 0) + stat.size
        report["owners_mb"] = {
            k: round(v / 2**20, 1) for k, v in sorted(by_owner.items(), key=lambda kv: -kv[1])
        }
        report["lines"] = [
            [f"{s.traceback[0].filename.split('/')[-1]}:{s.traceback[0].lineno}", s.size, s.count]
            for s in snapshot.statistics("lineno")[:15]
        ]
        report["traced_mb"] = tracemalloc.get_traced_memory()[0] / 2**20
    print("REPORT " + json.dumps(report), flush=True)
    window.close()
    os._exit(0)  # the figures are out; PySide6's teardown adds nothing to them


def _run(path: Path | None, home: Path, trace: bool = False) -> tuple[float, dict[str, object]]:
    env = python_env(home)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, __file__, "--child", str(path) if path else "-"]
    if trace:
        command.append("--trace")
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the window process failed: {out}")
    line = next(x for x in out.splitlines() if x.startswith("REPORT "))
    return usage.ru_maxrss / 1024, json.loads(line.removeprefix("REPORT "))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000 if quick() else 50_000)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(None if args.child == "-" else Path(args.child), args.trace)
    path = merchant_workbook(args.rows)
    with tempfile.TemporaryDirectory(prefix="toco-bench-mem-") as folder:
        empty, _ = _run(None, Path(folder) / "empty")
        peak, report = _run(path, Path(folder) / "full")
        figure(
            "window: peak memory holding the rows, whole process",
            peak,
            unit="MB",
            baseline=empty,
            baseline_name="the same window shown with no workbook",
            target=TARGET_MB,
            target_of="value",
            rows=int(str(report["rows"])),
            per_row_kb=round((peak - empty) * 1024 / max(1, int(str(report["rows"]))), 2),
            resident_after_mb=round(float(str(report["resident_mb"])), 1),
        )
        resident = float(str(report["resident_mb"]))
        print(f"  resident after the opening (the peak less its transients): {resident:.0f} MB")
        if args.trace:
            _, traced = _run(path, Path(folder) / "trace", trace=True)
            print(f"tracemalloc, still allocated after the opening: {traced['traced_mb']:.1f} MB")
            owners = traced["owners_mb"]
            assert isinstance(owners, dict)
            for owner, mb in list(owners.items())[:15]:
                print(f"  {mb:8.1f} MB  {owner}")
            print("  lines holding the most (size, blocks):")
            lines = traced["lines"]
            assert isinstance(lines, list)
            for where, size, count in lines:
                print(f"  {size / 2**20:8.1f} MB  {count:>9}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
