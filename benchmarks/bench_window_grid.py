"""The grid at 50,000 rows: Find next with no match, the text filter, sort by name, add a row,
one edited cell re-checked and repainted — each against a bare Python baseline of the same run
(the same work done on plain lists: the floor a grid cannot go below).

The window is a real main window (offscreen unless a display is set) holding the benchmark's
merchant workbook, read and checked in-process once before timing. A benchmark, not a test.
``python benchmarks/bench_window_grid.py [--rows N]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import figure, quick
from benchmarks.data import LARGE, SMALL, merchant_workbook


def timed(work: Callable[[], object], repeat: int = 3) -> float:
    """The best of ``repeat`` calls (a shared machine only ever adds time)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measured(work: Callable[[], object], repeat: int = 5) -> tuple[float, dict[str, Any]]:
    """The best wall time of ``repeat`` calls, and of the same calls: the best and median
    wall, the CPU of the window's thread and of the whole process (Qt's painting hands large
    fills to its own threads), the thread's voluntary and involuntary context switches
    (median), and the load average — the figures a loaded machine cannot blur."""
    import resource
    import statistics

    walls, threads, processes, waits, preempted = [], [], [], [], []
    for _ in range(repeat):
        usage = resource.getrusage(resource.RUSAGE_THREAD)
        wall, thread, process = time.perf_counter(), time.thread_time(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        threads.append(time.thread_time() - thread)
        processes.append(time.process_time() - process)
        after = resource.getrusage(resource.RUSAGE_THREAD)
        waits.append(after.ru_nvcsw - usage.ru_nvcsw)
        preempted.append(after.ru_nivcsw - usage.ru_nivcsw)
    extra = {
        "wall_median": round(statistics.median(walls), 6),
        "thread_cpu": round(min(threads), 6),
        "thread_cpu_median": round(statistics.median(threads), 6),
        "process_cpu": round(min(processes), 6),
        "process_cpu_median": round(statistics.median(processes), 6),
        "waits": statistics.median(waits),
        "preempted": statistics.median(preempted),
        "load": round(os.getloadavg()[0], 2),
        "gui_threadpool": "QT_NO_GUI_THREADPOOL" not in os.environ,
    }
    return min(walls), extra


def cpu_timed(work: Callable[[], object], repeat: int = 3) -> float:
    """The best CPU time of the window's thread over ``repeat`` calls: what the work itself
    costs, where the shared machine's other processes stretch the wall clock."""
    best = float("inf")
    for _ in range(repeat):
        started = time.thread_time()
        work()
        best = min(best, time.thread_time() - started)
    return best


def shaped_like(view: Any, grid: Any, columns: int) -> None:
    """A bare table the grid's size, row height, colours and column widths, shown."""
    from PySide6.QtWidgets import QHeaderView

    view.resize(grid.size())
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    for column in range(columns):
        view.setColumnWidth(column, grid.columnWidth(column))
        view.setColumnHidden(column, grid.isColumnHidden(column))
    view.show()


def bare_table(
    app: Any, rows: int, grid: Any
) -> tuple[Callable[[], None], Callable[[], None], Callable[[], None]]:
    """The floor under the grid's figures: a bare ``QTableView`` of the grid's size, columns
    and row height over a minimal Python model of as many rows (one short text per cell, no
    other role), in this process. Returns (add a row in the middle and let it paint, one row
    changed and repainted, add a row below row 10 — in view — with the events an action
    leaves handled)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    display = Qt.ItemDataRole.DisplayRole
    columns = grid.model().columnCount()

    class Bare(QAbstractTableModel):
        count = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else self.count

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else columns

        def data(self, index: Any, role: int = display) -> Any:
            return "Kaos Katun Pria" if role == display else None

    model = Bare()
    view = QTableView()
    view.setModel(model)
    shaped_like(view, grid, columns)
    settle(app)
    grid.bare_view = view  # kept alive with the window

    def add() -> None:
        model.beginInsertRows(QModelIndex(), model.count // 2, model.count // 2)
        model.count += 1
        model.endInsertRows()
        app.processEvents()

    def row_changed() -> None:
        model.dataChanged.emit(model.index(10, 0), model.index(10, columns - 1))
        app.processEvents()

    def add_in_view() -> None:
        model.beginInsertRows(QModelIndex(), 11, 11)
        model.count += 1
        model.endInsertRows()
        settle(app)

    return add, row_changed, add_in_view


def bare_same_cells(app: Any, grid: Any, looks: bool = False) -> tuple[Any, int]:
    """The floor under a full repaint: a bare ``QTableView`` of the grid's size, columns, row
    height and alternating colours over a minimal Python model answering only the display
    text of each cell — the very texts the grid shows in its visible rows (read once, before
    timing) — so Qt draws the same visible cells, text for text. With ``looks``: every role
    Qt's ``initStyleOption`` asks (fonts, colours, check marks, marks, backgrounds, alignment),
    the grid's own values read once, so Qt draws the very same picture. Returns (view, cells).
    """
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from app.gui.grid.model import PAINT_ROLES

    display = Qt.ItemDataRole.DisplayRole
    proxy = grid.model()
    columns, count = proxy.columnCount(), proxy.rowCount()
    top = max(grid.rowAt(0), 0)
    bottom = grid.rowAt(grid.viewport().height() - 1)
    bottom = count - 1 if bottom < 0 else bottom
    roles = [int(r) for r in PAINT_ROLES] if looks else [int(display)]
    texts = {
        (r, c, role): proxy.index(r, c).data(role)
        for r in range(top, bottom + 1)
        for c in range(columns)
        for role in roles
    }

    class SameCells(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else count

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else columns

        def data(self, index: Any, role: int = display) -> Any:
            return texts.get((index.row(), index.column(), role))

    view = QTableView()
    view.setModel(SameCells(view))
    shaped_like(view, grid, columns)
    settle(app)
    view.verticalScrollBar().setValue(grid.verticalScrollBar().value())
    settle(app)
    grid.same_cells_views = [*getattr(grid, "same_cells_views", []), view]  # kept alive
    shown = sum(
        1
        for c in range(columns)
        if not grid.isColumnHidden(c) and grid.columnViewportPosition(c) < grid.viewport().width()
    )
    return view, shown * (bottom - top + 1)


def repaint_figures(app: Any, grid: Any, rows: int, rounds: int = 15) -> None:
    """A full repaint of the visible grid (the largest piece on the window's thread in every
    heartbeat gap sampled): ours; Qt's own role-by-role way over the same model (the
    delegate's looks off: the round-3 path, the "before" of this run); a bare table painting
    the same texts; a bare table painting the same looks. In turn, ``rounds`` times, each the
    best CPU of 5 repaints; the figure is the median, the ratio the median of each round's
    ratio (the shared machine drifts between rounds, not within one)."""
    import statistics

    grid.scrollToTop()
    settle(app)
    same, cells = bare_same_cells(app, grid)
    alike, _ = bare_same_cells(app, grid, looks=True)
    looks = getattr(grid.delegate, "looks", None)  # (none before round 4: the same path)
    times: dict[str, list[float]] = {k: [] for k in ("ours", "role by role", "bare", "alike")}
    for _ in range(rounds):
        grid.delegate.looks = looks
        times["ours"].append(cpu_timed(grid.viewport().repaint, repeat=5))
        grid.delegate.looks = None
        times["role by role"].append(cpu_timed(grid.viewport().repaint, repeat=5))
        times["bare"].append(cpu_timed(same.viewport().repaint, repeat=5))
        times["alike"].append(cpu_timed(alike.viewport().repaint, repeat=5))
    grid.delegate.looks = looks

    def ratio(now: str, floor: str) -> float:
        return statistics.median(n / f for n, f in zip(times[now], times[floor], strict=True))

    median = {k: statistics.median(v) for k, v in times.items()}
    texts = "bare QTableView + minimal Python model, the same visible texts"
    for name, now, floor, floor_name in (
        (
            "grid: the whole visible grid repainted, CPU of the window's thread",
            "ours",
            "bare",
            texts,
        ),
        (
            "grid: the whole visible grid repainted role by role (round 3's way), CPU",
            "role by role",
            "bare",
            texts,
        ),
        (
            "grid: the whole visible grid repainted, CPU, against a bare table painting it alike",
            "ours",
            "alike",
            "bare QTableView + minimal Python model giving the grid's own 7 paint roles",
        ),
        (
            "grid: the whole visible grid repainted role by role, CPU, against the bare alike",
            "role by role",
            "alike",
            "bare QTableView + minimal Python model giving the grid's own 7 paint roles",
        ),
    ):
        figure(
            name,
            median[now],
            baseline=median[floor],
            baseline_name=floor_name,
            ratio=ratio(now, floor),
            target=2.0,
            rows=rows,
            cells=cells,
            best=min(times[now]),
            best_baseline=min(times[floor]),
        )


def settle(app: Any) -> None:
    """The events an action leaves handled: the view lays itself out again on a zero timer
    after rows come or go, and paints on the turn after that."""
    for _ in range(3):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=SMALL if quick() else LARGE)
    parser.add_argument(
        "--no-gui-threadpool",
        action="store_true",
        help="Qt paints large fills on the calling thread (QT_NO_GUI_THREADPOOL), not in its"
        " own threads that the window's thread waits for",
    )
    args = parser.parse_args([a for a in sys.argv[1:] if a != "--quick"])
    if args.no_gui_threadpool:
        os.environ["QT_NO_GUI_THREADPOOL"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = tempfile.mkdtemp()
    os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = folder  # no real settings

    from PySide6.QtWidgets import QApplication

    from app.catalog.table import ProductRow
    from app.gui.grid.find_replace import Finder
    from app.gui.window.main_window import MainWindow
    from app.sheets.loading import open_table

    app = QApplication.instance() or QApplication([])
    loaded = open_table(merchant_workbook(args.rows))
    window = MainWindow()
    window.show()
    window.loaded = loaded
    window.model.set_table(loaded.table)
    window.pages.setCurrentIndex(1)
    app.processEvents()
    rows = window.model.rowCount()
    table = loaded.table
    texts = [
        "\n".join(str(v) for v in r.cells.values() if v is not None).lower() for r in table.rows
    ]

    finder = Finder(window.grid)
    finder.find_next("tidak ada di mana-mana")  # builds the row texts once
    now = timed(lambda: finder.find_next("tidak ada di mana-mana"))
    bare = timed(lambda: [t for t in texts if "tidak ada di mana-mana" in t])
    figure(
        "grid: Find next with no match",
        now,
        baseline=bare,
        baseline_name="bare 'in' over the rows' texts",
        target=0.2,
        target_of="value",
        rows=rows,
    )

    proxy = window.proxy

    def search(text: str) -> None:
        proxy.set_text(text)
        proxy.rowCount()

    search("kaos")
    search("")

    def search_and_clear() -> None:
        search("kemeja")
        search("")

    now = timed(search_and_clear, repeat=2) / 2
    figure(
        "grid: text filter, per typing pause",
        now,
        baseline=bare,
        baseline_name="bare 'in' over the rows' texts",
        target=0.1,
        target_of="value",
        rows=rows,
    )

    column = window.model.column_of("name")

    def sort_and_back() -> None:
        proxy.sort(column)
        proxy.sort(-1)

    now = timed(sort_and_back, repeat=1)
    names = [str(r.cells.get("name") or "").casefold() for r in table.rows]
    bare = timed(lambda: sorted(range(len(names)), key=names.__getitem__))
    figure(
        "grid: sort by name",
        now,
        baseline=bare,
        baseline_name="bare sorted() of the names",
        target=0.3,
        target_of="value",
        rows=rows,
    )

    def add_row() -> None:
        window.model.insert_rows(rows // 2, [ProductRow(None, {})])
        app.processEvents()

    now, extra = measured(add_row)
    figure("grid: add a row", now, target=0.02, target_of="value", rows=rows, **extra)

    window.grid.setCurrentIndex(proxy.index(10, window.model.column_of("name")))
    settle(app)

    def add_row_in_view() -> None:  # Edit → Add row, below the current row: rows below move
        window.editing.add_row()
        settle(app)

    now, extra = measured(add_row_in_view)
    figure(
        "grid: Edit → Add row below the current row (in view), until painted",
        now,
        target=0.02,
        target_of="value",
        rows=rows,
        **extra,
    )

    window.grid.scrollToTop()  # the edited row in view, as before the rows were added
    settle(app)
    name_column = window.model.column_of("name")
    index = proxy.index(10, name_column)
    flip = iter(range(1_000_000))

    def edit() -> None:  # the grid paints what the edit told it: that row
        proxy.setData(index, f"Kaos Katun Baru {next(flip)}")
        app.processEvents()

    now, extra = measured(edit, repeat=9)
    figure(
        "grid: one edited cell re-checked and repainted",
        now,
        target=0.002,
        target_of="value",
        rows=rows,
        **extra,
    )

    def edit_and_repaint_all() -> None:  # every visible cell painted again, as a reference
        proxy.setData(index, f"Kaos Katun Baru {next(flip)}")
        window.grid.viewport().repaint()

    now = timed(edit_and_repaint_all, repeat=5)
    figure(
        "grid: one edited cell re-checked, the whole visible grid repainted",
        now,
        rows=rows,
    )

    def recount() -> None:  # what runs 120-150 ms after the last edit of a burst
        window.problems.refresh()
        window.status.recount()
        window.status.flush()

    def edit_then_recount() -> float:  # the edit itself not timed: what follows it is
        proxy.setData(index, f"Kaos Katun Baru {next(flip)}")
        app.processEvents()
        started = time.perf_counter()
        recount()
        return time.perf_counter() - started

    now = min(edit_then_recount() for _ in range(5))
    figure(
        "grid: after an edit, the Problems list and the counters (deferred)",
        now,
        target=0.002,
        target_of="value",
        rows=rows,
    )

    # The same two figures as CPU time of the window's thread, against a bare Qt table doing
    # the same insert / the same one-row repaint in this process (Qt's own floor).
    bare_add, bare_row, bare_add_in_view = bare_table(app, rows, window.grid)
    settle(app)
    now = cpu_timed(add_row)
    settle(app)  # what the grid's own calls left (a repaint) is not the bare table's
    floor = cpu_timed(bare_add)
    figure(
        "grid: add a row, CPU of the window's thread",
        now,
        baseline=floor,
        baseline_name="bare QTableView + minimal Python model, the same insert",
        target=0.02,
        target_of="value",
        rows=rows,
    )
    window.grid.scrollToTop()
    window.grid.setCurrentIndex(proxy.index(10, window.model.column_of("name")))
    settle(app)
    now = cpu_timed(add_row_in_view)
    settle(app)
    floor = cpu_timed(bare_add_in_view)
    figure(
        "grid: Edit → Add row below the current row (in view), until painted, CPU of the"
        " window's thread",
        now,
        baseline=floor,
        baseline_name="bare QTableView + minimal Python model: a row added in view, painted",
        target=0.02,
        target_of="value",
        rows=rows,
    )
    window.grid.scrollToTop()
    settle(app)
    now = cpu_timed(edit, repeat=5)
    settle(app)
    floor = cpu_timed(bare_row, repeat=5)
    figure(
        "grid: one edited cell re-checked and repainted, CPU of the window's thread",
        now,
        baseline=floor,
        baseline_name="bare QTableView: one row changed and repainted",
        target=0.002,
        target_of="value",
        rows=rows,
    )

    repaint_figures(app, window.grid, rows)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
