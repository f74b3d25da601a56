"""The Problems list and the status bar's counts follow the product model row by row; after
any mix of edits, added and removed rows, undo, redo, streamed rows, store answers and new
tables they are exactly what a whole rebuild and a whole count give."""

from __future__ import annotations

from typing import Any

import shiboken6
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog.issues import Level, store_issue
from app.catalog.status import Status
from app.catalog.table import ProductRow, ProductTable
from app.gui.grid import problem_list
from app.gui.grid.commands import InsertRowsCommand, RemoveRowsCommand
from app.gui.grid.model import ProductModel
from app.gui.grid.problems import ProblemsDock, ProblemsModel
from app.gui.grid.proxy import ProductFilter, has_problems
from app.gui.window.row_counts import count
from app.gui.window.statusbar import ProductStatusBar
from tests.gui.samples import cells_of, good_row, messy_rows, messy_table

_VALUES: dict[str, list[Any]] = {
    "sku": ["SKU-00000", "SKU-00001", "SKU-X", None],
    "price": ["Rp 150.000", 150000.5, None, "tanya"],
    "condition": ["Baru", "Rusak"],
    "specialPrice": [None, "Rp 900.000"],
    "name": [None, "Kaos Oblong"],
}
_EDIT = st.tuples(
    st.just("edit"),
    st.integers(0, 40),
    st.sampled_from(sorted(_VALUES)),
    st.integers(0, 3),
)
_STEP = st.one_of(
    _EDIT,
    st.tuples(st.just("add"), st.integers(0, 40), st.booleans()),
    st.tuples(st.just("remove"), st.lists(st.integers(0, 40), min_size=1, max_size=3)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("append"), st.integers(1, 4)),
    st.tuples(st.just("answer"), st.integers(0, 40), st.sampled_from(list(Status))),
    st.tuples(st.just("refresh")),
    st.tuples(st.just("table"), st.integers(0, 6)),
)
_REJECTED = store_issue("price_invalid", "Harga tidak valid", "price")
_NOTE = store_issue(None, "Belum terlihat di toko", None, level=Level.WARNING)


def _rows(count: int, start: int) -> list[ProductRow]:
    rows = [good_row(start + n) for n in range(count)]
    if rows:
        rows[0][1] = "SKU-00000"  # a duplicate of the first messy row
    return ProductTable.from_cells((100 + start + n, cells_of(r)) for n, r in enumerate(rows)).rows


def _step(model: ProductModel, dock: ProblemsDock, step: tuple[Any, ...], made: list[int]) -> None:
    rows = model.table.rows
    kind = step[0]
    if kind == "edit" and rows:
        _, pick, key, choice = step
        values = _VALUES[key]
        model.edit([(pick % len(rows), key, values[choice % len(values)])], "Edit")
    elif kind == "add":
        cells = cells_of(good_row(50)) if step[2] else {}
        position = step[1] % (len(rows) + 1)
        model.undo_stack.push(InsertRowsCommand(model, position, [ProductRow(None, cells)]))
    elif kind == "remove" and rows:
        model.undo_stack.push(RemoveRowsCommand(model, [p % len(rows) for p in step[1]]))
    elif kind == "undo":
        model.undo_stack.undo()
    elif kind == "redo":
        model.undo_stack.redo()
    elif kind == "append":
        made[0] += step[1]
        model.append_rows(_rows(step[1], made[0]))
    elif kind == "answer" and rows:  # a job's answer lands on a row and is announced
        i = step[1] % len(rows)
        rows[i].status = step[2]
        rows[i].store_issues = {
            Status.REJECTED: [_REJECTED],
            Status.UNCONFIRMED: [_NOTE],
        }.get(step[2], [])
        (model.rechecked if step[1] % 2 else model.changed).emit({i})
    elif kind == "refresh":
        dock.refresh()
    elif kind == "table":
        kept = messy_rows()[: step[1]]
        model.set_table(ProductTable.from_cells((4 + n, cells_of(r)) for n, r in enumerate(kept)))


class _Mirror:
    """What a view of the Problems list knows: only what its signals told it."""

    def __init__(self, model: ProblemsModel) -> None:
        self.model = model
        self.issues = [issue for _, issue in model.problems]
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(
            lambda _, first, last: self.issues.__delitem__(slice(first, last + 1))
        )
        model.dataChanged.connect(self._changed)

    def _now(self, first: int, last: int) -> list[Any]:
        return [issue for _, issue in self.model.problems[first : last + 1]]

    def _reset(self) -> None:
        self.issues = self._now(0, len(self.model.problems))

    def _inserted(self, _: Any, first: int, last: int) -> None:
        self.issues[first:first] = self._now(first, last)

    def _changed(self, top: Any, bottom: Any, *_: Any) -> None:
        self.issues[top.row() : bottom.row() + 1] = self._now(top.row(), bottom.row())


def _title(model: ProductModel) -> str:
    whole = ProblemsDock(model)
    whole.model.rebuild()
    whole.retranslate()
    title = whole.windowTitle()
    shiboken6.delete(whole)
    return title


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(_STEP, max_size=25), most=st.sampled_from([1, 2, problem_list.MAX_SEGMENTS]))
def test_the_list_and_the_counts_are_what_a_whole_rebuild_gives(
    qapp: Any, steps: list[tuple[Any, ...]], most: int
) -> None:
    """``most``: how many segments the list's entries may sit in (rows put in or taken out
    above others split them)."""
    kept, problem_list.MAX_SEGMENTS = problem_list.MAX_SEGMENTS, most
    try:
        _follow(qapp, steps)
    finally:
        problem_list.MAX_SEGMENTS = kept


def _follow(qapp: Any, steps: list[tuple[Any, ...]]) -> None:
    model = ProductModel(messy_table())
    dock = ProblemsDock(model)
    dock.refresh()
    seen = _Mirror(dock.model)
    status = ProductStatusBar()
    proxy = ProductFilter(model)
    status.watch(model, proxy, lambda: 0)
    made = [0]
    for step in steps:
        _step(model, dock, step, made)
    dock.refresh()
    status.recount()
    status.flush()
    whole = ProblemsModel(model)
    whole.rebuild()
    assert dock.model.problems == whole.problems  # the same rows, issues, order
    assert dock.model.rowCount() == len(whole.problems)
    levels = [issue.level for _, issue in whole.problems]
    assert (dock.model.errors(), dock.model.warnings(), dock.model.rows_with_problems()) == (
        levels.count(Level.ERROR),
        levels.count(Level.WARNING),
        sum(1 for row in model.table.rows if has_problems(row)),
    )
    assert dock.windowTitle() == _title(model)
    rows = model.table.rows
    ready, problems = count(rows)
    assert (status.counters.rows, status.counters.ready, status.counters.problems) == (
        len(rows),
        ready,
        problems,
    )
    assert status.counters.ready == sum(1 for r in rows if r.status is Status.READY)
    shown = [dock.model.data(dock.model.index(n, 0)) for n in range(dock.model.rowCount())]
    assert shown == [whole.data(whole.index(n, 0)) for n in range(whole.rowCount())]
    assert seen.issues == [issue for _, issue in dock.model.problems]  # as the view was told
    for made_here in (whole, status, dock, proxy, model):  # not left to the interpreter's exit
        shiboken6.delete(made_here)


def test_the_list_tells_its_views_each_change_as_qt_says(qtmodeltester: Any, qapp: Any) -> None:
    model = ProductModel(messy_table())
    dock = ProblemsDock(model)
    dock.refresh()
    qtmodeltester.check(dock.model, force_py=True)
    made = [0]
    for step in [
        ("edit", 1, "price", 0),  # fixed: one problem fewer
        ("edit", 0, "sku", 2),  # the duplicate SKU of rows 0 and 3 goes
        ("add", 5, True),
        ("add", 0, False),
        ("refresh",),
        ("remove", [2, 7]),
        ("append", 3),
        ("undo",),
        ("undo",),
        ("refresh",),
        ("redo",),
        ("answer", 4, Status.REJECTED),
        ("refresh",),
        ("table", 4),
        ("refresh",),
    ]:
        _step(model, dock, step, made)
    assert dock.model.problems == _whole(model).problems


def _whole(model: ProductModel) -> ProblemsModel:
    whole = ProblemsModel(model)
    whole.rebuild()
    return whole
