"""Start to main window shown: the real app, a whole process, until its first paint.

Starts ``python -m app`` (no file, offscreen unless a display is set, fresh XDG folders so no
settings, sessions or stores of the machine are read) with ``TOCO_QUIT_AFTER_PAINT=1``: the
real start-up (``app.gui.window.launch``) runs up to the main window's first paint, prints
that moment and quits (``app.gui.window.first_paint``). The figure is that moment minus the
moment the process was started. The baseline of the same run is a bare PySide6 process
showing an empty ``QMainWindow`` and timed the same way (Python's and Qt's own start: what no
change of ours can remove). Runs alternate, ours then the baseline; the figure is the median,
the ratio the median of the pair-by-pair ratios. Also recorded: the whole process's peak
memory, and which heavy modules were imported before the first paint (none is the aim).
Bytecode is written and used (``PYTHONDONTWRITEBYTECODE`` is dropped for the runs), as in an
installed app; the untimed first round writes it.

``python benchmarks/bench_startup.py [--quick] [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import figure, python_env, quick

TARGET_S = 1.5
# Modules the window should not need before it is shown (imported when first used).
#: The modules tests/gui/test_startup_imports.py holds out of the first paint (the lazy
#: packages app.partner and app.jobs are light shells; the reader's binding is small).
HEAVY = (
    "pydantic",
    "httpx",
    "app.partner.client",
    "app.jobs.upload",
    "app.catalog.product",
    "openpyxl",
    "PIL",
    "keyring",
    "uvicorn",
    "app.photos.checking",
)

_BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"first-paint: {time.time():.6f}", flush=True)
    QApplication.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""

# Run inside the app's process by ``-c``: the real entry point, then a look at sys.modules.
_OURS = """
import sys
import app.__main__ as entry
code = entry.main([])
heavy = [m for m in {heavy!r} if m in sys.modules]
print("heavy: " + ",".join(heavy), flush=True)
sys.exit(code)
"""


def _start(command: list[str], home: Path) -> tuple[float, float, list[str]]:
    """Seconds to the first paint, the process's peak MB, the heavy modules it had loaded."""
    env = python_env(home)
    env["TOCO_QUIT_AFTER_PAINT"] = "1"
    # as installed (a wheel, the desktop bundle): the modules' bytecode is kept, so the warm-up
    # round writes it and the timed rounds start as a merchant's app does, not compiling
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:3]} failed: {out}")
    painted = heavy = None
    for line in out.splitlines():
        if line.startswith("first-paint: "):
            painted = float(line.split()[1])
        elif line.startswith("heavy: "):
            heavy = [m for m in line.split(" ", 1)[1].split(",") if m]
    if painted is None:
        raise SystemExit(f"no first paint reported: {out}")
    return painted - started, usage.ru_maxrss / 1024, heavy or []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3 if quick() else 7)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    ours_command = [sys.executable, "-c", _OURS.format(heavy=HEAVY)]
    bare_command = [sys.executable, "-c", _BARE]
    ours: list[float] = []
    bare: list[float] = []
    peaks: list[float] = []
    heavy: list[str] = []
    with tempfile.TemporaryDirectory(prefix="toco-bench-start-") as folder:
        for n in range(args.runs + 1):  # the first round warms the disk cache, untimed
            home = Path(folder) / str(n)
            seconds, peak, heavy = _start(ours_command, home)
            base, _, _ = _start(bare_command, home)
            if n:
                ours.append(seconds)
                bare.append(base)
                peaks.append(peak)
    ratio = statistics.median(a / b for a, b in zip(ours, bare, strict=True))
    figure(
        "start to main window shown (first paint), whole process",
        statistics.median(ours),
        baseline=statistics.median(bare),
        baseline_name="bare PySide6 process showing an empty QMainWindow",
        ratio=ratio,
        target=TARGET_S,
        target_of="value",
        runs=args.runs,
        best=min(ours),
        baseline_best=min(bare),
        heavy_imported=heavy,
    )
    figure("peak memory at first paint, whole process", statistics.median(peaks), unit="MB")
    print(f"heavy modules imported before the first paint: {', '.join(heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
