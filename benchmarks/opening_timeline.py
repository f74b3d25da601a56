"""The timeline of one opening in the window: the wall clock (and the thread's CPU) of each step
in the reading child and in the window, one list of marks, to find where the time of "all rows
in the grid" goes.

``record(window)`` wraps the opener's steps, the pipe's receive, the grid's append and the
handlers of the end of an opening in this process; the child's steps (the read, each piece
turned into cells and checked, each batch pickled and sent) are recorded by the child itself
through ``timed_read`` / ``timed_build`` (the opener's ``read`` / ``build`` hooks), into files
under ``TIMELINE_ENV``'s folder. ``Timeline.report()`` joins both (``time.perf_counter`` is the
system's monotonic clock on Linux: one clock for both processes) and sums it up. A benchmark's
tool, not the app's: it patches classes of this process for one run.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from multiprocessing import connection
from pathlib import Path
from typing import Any

#: the folder the child writes its marks to (set before the window starts its spare child)
TIMELINE_ENV = "TOCO_BENCH_TIMELINE"

Mark = tuple[float, float, str, str, float]  # start, end, where, what, thread CPU


class _Marks:
    def __init__(self, where: str) -> None:
        self.where = where
        self.items: list[Mark] = []

    @contextmanager
    def span(self, what: str) -> Iterator[None]:
        began, cpu = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            self.items.append(
                (began, time.perf_counter(), self.where, what, time.thread_time() - cpu)
            )

    def point(self, what: str) -> None:
        now = time.perf_counter()
        self.items.append((now, now, self.where, what, 0.0))


# ---------------------------------------------------------------- the child's side

_CHILD: _Marks | None = None


def _child_marks() -> _Marks:
    """In the child: its marks, and the patches that time its steps (installed once)."""
    global _CHILD
    if _CHILD is not None:
        return _CHILD
    marks = _CHILD = _Marks("child")
    from app.sheets import reader, row_batches
    from app.sheets.read_back import restore_results  # noqa: F401  (imported as the build does)

    def send(self: Any, obj: Any) -> None:
        with marks.span("pickle"):
            data = connection._ForkingPickler.dumps(obj)  # type: ignore[attr-defined]
        with marks.span(f"write {len(data) // 1024} KB"):
            self._send_bytes(data)

    connection.Connection.send = send  # type: ignore[method-assign]

    def timed(module: Any, name: str, what: str) -> None:
        plain = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with marks.span(what):
                return plain(*args, **kwargs)

        setattr(module, name, wrapper)

    timed(reader, "read_sheet", "read the sheet (calamine + marks)")
    timed(row_batches, "table_cells", "piece: cells")
    timed(row_batches, "restore_results", "piece: results read back")
    timed(row_batches, "skipped_rows", "guidance rows found")
    timed(row_batches, "_count_cells", "rows counted")
    table_class = row_batches.ProductTable
    for name, what in (("append_rows", "piece: checked"), ("share", "piece: shared")):
        plain = getattr(table_class, name)

        def method(self: Any, *args: Any, _plain: Any = plain, _what: str = what) -> Any:
            with marks.span(_what):
                return _plain(self, *args)

        setattr(table_class, name, method)
    return marks


def _flush_child() -> None:
    folder = os.environ.get(TIMELINE_ENV)
    if folder and _CHILD is not None:
        out = Path(folder) / f"child-{os.getpid()}.json"
        out.write_text(json.dumps(_CHILD.items))


def _timed_gen(
    gen: Generator[Any, None, Any], marks: _Marks, what: str
) -> Generator[Any, None, Any]:
    """Each item of a generator: the time to make it (the next item asked for → yielded)."""
    while True:
        began, cpu = time.perf_counter(), time.thread_time()
        try:
            item = next(gen)
        except StopIteration as end:
            marks.items.append((began, time.perf_counter(), "child", f"{what}: end", 0.0))
            _flush_child()
            return end.value
        marks.items.append((began, time.perf_counter(), "child", what, time.thread_time() - cpu))
        yield item


def timed_read(path: Path, sheet: Any, fallback: bool = True) -> Generator[Any, None, Any]:
    """The opener's ``read`` hook: ``read_and_keep``, timed in the child."""
    marks = _child_marks()
    from app.sheets.reading_child import read_and_keep

    return (yield from _timed_gen(read_and_keep(path, sheet, fallback), marks, "raw chunk made"))


def timed_build(order: Any) -> Generator[Any, None, Any]:
    """The opener's ``build`` hook: ``build_kept``, timed in the child."""
    marks = _child_marks()
    from app.sheets.reading_child import build_kept

    return (yield from _timed_gen(build_kept(order), marks, "batch made"))


# ---------------------------------------------------------------- the window's side


class Timeline:
    """The marks of one opening in this process (and, after it, the child's)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.marks: list[Mark] = []
        self.started = 0.0
        self.beats: list[float] = []  # the heartbeat's ticks
        self.last_rows = 0.0  # when the last rows went into the grid
        self._undo: list[Callable[[], None]] = []

    def _where(self) -> str:
        return "gui" if threading.current_thread() is threading.main_thread() else "worker"

    def wrap(self, owner: Any, name: str, what: str | None = None) -> None:
        plain = getattr(owner, name)
        label = what or name

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began, cpu = time.perf_counter(), time.thread_time()
            try:
                return plain(*args, **kwargs)
            finally:
                self.marks.append(
                    (began, time.perf_counter(), self._where(), label, time.thread_time() - cpu)
                )

        setattr(owner, name, wrapper)
        self._undo.append(lambda: setattr(owner, name, plain))

    def point(self, what: str) -> None:
        now = time.perf_counter()
        self.marks.append((now, now, self._where(), what, 0.0))

    def install(self) -> None:
        """Time the opener's steps, the grid's append and its listeners, and the pipe's receive
        in this process: before the window is built (its signals bind the methods then)."""
        from app.catalog.table import ProductTable
        from app.gui.grid.model import ProductModel
        from app.gui.grid.problems import ProblemsModel
        from app.gui.grid.proxy import ProductFilter
        from app.gui.grid.view import ProductGrid
        from app.gui.window.category_list import CategoryList
        from app.gui.window.main_window import MainWindow
        from app.gui.window.photo_checker import PhotoChecks
        from app.gui.window.row_counts import RowCounts
        from app.gui.workbook.opener import WorkbookOpener
        from app.gui.workbook.row_stream import RowStream
        from app.photos.links import SheetLinks
        from app.sheets.reading_child import ReadingChild

        for name in ("open", "_map", "_arrived", "_hand_over", "_built", "_finish", "warm_up"):
            self.wrap(WorkbookOpener, name, f"opener.{name}")
        for name in ("only_sheet", "read_sheet", "build"):
            self.wrap(ReadingChild, name, f"child.{name} (worker waits)")
        self.wrap(ReadingChild, "__init__", "child taken / spawned")
        self.wrap(RowStream, "_add", "grid: rows_arrived handled (model + listeners)")
        self.wrap(ProductModel, "append_rows", "model.append_rows")
        self.wrap(ProductTable, "append_rows", "table.append_rows (duplicates)")
        self.wrap(ProblemsModel, "_inserted", "problems: rows inserted")
        self.wrap(ProductFilter, "_source_rows_inserted", "proxy: rows inserted")
        self.wrap(RowCounts, "put_in", "counts: put_in")
        self.wrap(SheetLinks, "put_in", "photo links: put_in")
        self.wrap(ProductGrid, "paintEvent", "grid: paint")
        self.wrap(MainWindow, "show_streaming", "window: show_streaming")
        self.wrap(MainWindow, "show_opened", "window: show_opened")
        self.wrap(PhotoChecks, "check_sheet", "photos: check_sheet")
        self.wrap(CategoryList, "on_opened", "store lists: on_opened")
        recv_bytes = connection.Connection._recv_bytes  # type: ignore[attr-defined]
        loads = connection._ForkingPickler.loads  # type: ignore[attr-defined]

        def recv(conn: Any) -> Any:
            began, cpu = time.perf_counter(), time.thread_time()
            buf = recv_bytes(conn)
            got = time.perf_counter()
            obj = loads(buf.getbuffer())
            size = len(buf.getbuffer()) // 1024
            self.marks.append((began, got, self._where(), f"recv {size} KB", 0.0))
            self.marks.append(
                (got, time.perf_counter(), self._where(), "unpickle", time.thread_time() - cpu)
            )
            return obj

        plain_recv = connection.Connection.recv
        connection.Connection.recv = recv  # type: ignore[method-assign,assignment]
        self._undo.append(lambda: setattr(connection.Connection, "recv", plain_recv))

    def attach(self, window: Any) -> None:
        """The child's steps timed too (the opener's read and build hooks)."""
        window.opener.read, window.opener.build = timed_read, timed_build

    def undo(self) -> None:
        while self._undo:
            self._undo.pop()()

    def end_report(self, gap_ms: float = 15.0) -> str:
        """The end of the opening (the last rows in, then 300 ms): every mark, and each gap of
        the heartbeat longer than ``gap_ms``, in time order."""
        t0 = self.started
        items = [m for m in self.all_marks() if m[1] >= self.last_rows]
        for a, b in zip(self.beats, self.beats[1:], strict=False):
            if b > self.last_rows and (b - a) * 1000 > gap_ms:
                items.append((a, b, "beat", f"heartbeat gap {(b - a) * 1000:.0f} ms", 0.0))
        out = ["the end of the opening: start, end, wall, cpu (ms from the start), where, what"]
        for began, end, where, what, cpu in sorted(items):
            out.append(
                f"{(began - t0) * 1000:7.1f} {(end - t0) * 1000:7.1f} "
                f"{(end - began) * 1000:6.1f} {cpu * 1000:5.1f}  {where:6}  {what}"
            )
        return "\n".join(out)

    def phases(self) -> dict[str, float]:
        """The opening's steps, seconds: each wall span from the opening's start (``… ends``),
        and the CPU each kind of work took in its process (``… cpu``); paints counted."""
        marks = [m for m in self.all_marks() if m[0] >= self.started]
        t0 = self.started

        def spans(where: str, prefix: str) -> list[Mark]:
            return [m for m in marks if m[2] == where and m[3].startswith(prefix)]

        def ends(where: str, prefix: str) -> float:
            return max((m[1] for m in spans(where, prefix)), default=t0) - t0

        def cpu(where: str, prefix: str) -> float:
            return sum(m[4] for m in spans(where, prefix))

        build = spans("child", "batch made")
        return {
            "child taken, its sheet named (ends)": ends("worker", "child.only_sheet"),
            "sheet read in the child (ends)": ends("child", "read the sheet"),
            "sheet read in the child, cpu": cpu("child", "read the sheet"),
            "raw rows in the window (ends)": ends("worker", "child.read_sheet"),
            "header and columns mapped (ends)": ends("gui", "opener._map"),
            "first batch made in the child (ends)": min((m[1] for m in build), default=t0) - t0,
            "last batch made in the child (ends)": max((m[1] for m in build), default=t0) - t0,
            "child: rows into cells, cpu": cpu("child", "piece: cells"),
            "child: rows checked, cpu": cpu("child", "piece: checked"),
            "child: texts and issues shared, cpu": cpu("child", "piece: shared"),
            "child: batches and raw rows pickled, cpu": cpu("child", "pickle"),
            "window: batches and raw rows unpickled (worker thread), cpu": cpu(
                "worker", "unpickle"
            ),
            "window: rows appended to the grid (GUI thread), cpu": cpu("gui", "grid: rows_arrived"),
            "window: grid paints while opening (GUI thread), cpu": cpu("gui", "grid: paint"),
            "window: grid paints while opening, count": float(len(spans("gui", "grid: paint"))),
            "window: the end's handlers (GUI thread), cpu": cpu("gui", "opener._finish"),
            "all rows in the grid, handlers done (ends)": ends("gui", "opened:"),
        }

    def child_marks(self) -> list[Mark]:
        found: list[Mark] = []
        for file in self.folder.glob("child-*.json"):
            found.extend(tuple(m) for m in json.loads(file.read_text()))
        return found

    def all_marks(self) -> list[Mark]:
        return sorted(self.marks + self.child_marks())

    def report(self, lines: int = 400) -> str:
        """The marks in time order (ms from the opening's start), then each kind summed."""
        marks = [m for m in self.all_marks() if m[0] >= self.started]
        t0 = self.started
        out = ["  start    end   dur   cpu  where   what"]
        for began, end, where, what, cpu in marks[:lines]:
            out.append(
                f"{(began - t0) * 1000:7.1f} {(end - t0) * 1000:7.1f} "
                f"{(end - began) * 1000:5.1f} {cpu * 1000:5.1f}  {where:6}  {what}"
            )
        out.append("")
        out.append("summed by kind: count, wall ms, cpu ms, first start, last end")
        sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 1e9, 0.0])
        for began, end, where, what, cpu in marks:
            key = (where, what.split(" ")[0] if what.startswith(("recv", "write")) else what)
            s = sums[key]
            s[0] += 1
            s[1] += (end - began) * 1000
            s[2] += cpu * 1000
            s[3] = min(s[3], (began - t0) * 1000)
            s[4] = max(s[4], (end - t0) * 1000)
        for (where, what), (n, wall, cpu, first, last) in sorted(
            sums.items(), key=lambda kv: kv[1][3]
        ):
            out.append(
                f"{where:6} {what:55} {int(n):4} {wall:8.1f} {cpu:8.1f} {first:8.1f} {last:8.1f}"
            )
        return "\n".join(out)


def open_once(
    path: Path, *, warm: bool = True, after_ms: int = 300, plain: bool = False
) -> tuple[Timeline, dict[str, float]]:
    """One opening of ``path`` in a fresh main window, timed step by step (the spare child
    ready first, as when the merchant takes a moment to pick a file); returns the timeline and
    the opening's figures (seconds: first rows, all rows, the end's worst heartbeat gap)."""
    import itertools
    import tempfile

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    folder = Path(tempfile.mkdtemp(prefix="toco-timeline-"))
    os.environ[TIMELINE_ENV] = str(folder)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):  # no real settings
        os.environ[name] = str(folder / name.lower())
    os.environ["TOCO_WARM_READER"] = "1" if warm else "0"
    timeline = Timeline(folder)
    if not plain:  # plain: the figures alone, nothing wrapped
        timeline.install()
    from app.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    if not plain:
        timeline.attach(window)
    if warm:
        while (spare := window.opener.spare) is None or not spare.ready():
            app.processEvents()
            time.sleep(0.005)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    arrivals: list[float] = []
    done: list[float] = []
    window.opener.rows_arrived.connect(lambda *_: arrivals.append(time.perf_counter()))

    def opened(_: object) -> None:
        done.append(time.perf_counter())
        timeline.point("opened: every handler done")
        QTimer.singleShot(after_ms, loop.quit)

    window.opener.opened.connect(opened)

    def failed(why: object) -> None:
        print(why)
        loop.quit()

    window.opener.failed.connect(failed)
    import resource

    cpu_at = resource.getrusage(resource.RUSAGE_SELF)
    gui_cpu = time.thread_time()
    timeline.started = started = time.perf_counter()
    window.open_path(path, ask_mapping=False)
    heartbeat.start()
    loop.exec()
    heartbeat.stop()
    gui_cpu = time.thread_time() - gui_cpu
    cpu_now = resource.getrusage(resource.RUSAGE_SELF)
    process_cpu = (cpu_now.ru_utime + cpu_now.ru_stime) - (cpu_at.ru_utime + cpu_at.ru_stime)
    last = arrivals[-1] if arrivals else started
    end_gaps = [b - a for a, b in itertools.pairwise(beats) if b > last] or [0.0]
    timeline.beats = beats
    timeline.last_rows = last
    figures = {
        "first rows": (arrivals[0] if arrivals else started) - started,
        "all rows": (done[0] if done else time.perf_counter()) - started,
        "end gap": max(end_gaps),
        "stream gap": max([b - a for a, b in itertools.pairwise(beats) if b <= last] or [0.0]),
        "gui thread cpu": gui_cpu,
        "window process cpu": process_cpu,
        "rows": float(window.model.rowCount()),
    }
    window.close()
    app.processEvents()
    timeline.undo()
    return timeline, figures


def main() -> int:
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.data import merchant_workbook

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--path", type=Path, help="an existing workbook (else one is written)")
    parser.add_argument("--lines", type=int, default=400)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--plain", action="store_true", help="the figures only, nothing timed")
    parser.add_argument("--json", action="store_true", help="the steps as one JSON line")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = args.path or merchant_workbook(args.rows)
    timeline, figures = open_once(path, warm=not args.cold, plain=args.plain)
    if args.json:
        print(json.dumps({"steps": timeline.phases(), "figures": figures}))
        return 0
    if not args.plain:
        print(timeline.report(args.lines))
        print(timeline.end_report())
        print(json.dumps({k: round(v, 4) for k, v in timeline.phases().items()}, indent=1))
    print(json.dumps({k: round(v, 4) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
