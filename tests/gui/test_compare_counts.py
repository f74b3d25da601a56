"""The compare bar's counts kept with the marks (``CompareMarks.counts`` no longer recounts
every compared row at each edit): for any plans, edits and conflict choices, the same counts
as counting every row's plan with its choice applied; and a replaced comparison freed in a
thread of its own, not on the window's."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog.table import ProductTable
from app.gui.grid.compare_marks import CompareMarks, prepare_marks, resolve_row
from app.sync.plan import SUMMARY_ORDER, Action, Change, RowPlan, SyncPlan, Winner
from tests.jobs.rows import product_cells

ROWS = 8
_table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(ROWS))])


def _plan_row(position: int, action: Action) -> RowPlan:
    changes: tuple[Change, ...] = ()
    if action is Action.CONFLICT:
        changes = (
            Change("price", 90_000, 80_000, exported=100_000),
            Change("stock", 4, 5),
        )
    elif action is Action.UPDATE:
        changes = (Change("stock", 4, 5),)
    return RowPlan(position, position + 2, action, f"p{position}", changes=changes)


plans = st.lists(
    st.tuples(st.integers(-1, ROWS), st.sampled_from(list(Action))), max_size=ROWS + 4
).map(lambda rows: SyncPlan([_plan_row(p, a) for p, a in rows]))
steps = st.lists(
    st.one_of(
        st.tuples(st.just("show"), plans),
        st.tuples(st.just("edit"), st.lists(st.integers(0, ROWS - 1), max_size=3)),
        st.tuples(
            st.just("choose"),
            st.tuples(st.integers(0, ROWS - 1), st.sampled_from([None, *Winner])),
        ),
        st.tuples(st.just("clear"), st.none()),
    ),
    max_size=8,
)


def _recounted(marks: CompareMarks, table: ProductTable) -> dict[str, int]:
    """Every row's plan counted, its choice applied (the plain way)."""
    counts: Counter[str] = Counter()
    for row in table.rows:
        plan = marks.plan_of(row)
        if plan is None:
            continue
        winner = marks.winner(row)
        counts[resolve_row(plan, winner).action.value] += 1
        if plan.action is Action.CONFLICT and winner is not None:
            counts["chosen"] += 1
    result = {a.value: counts[a.value] for a in SUMMARY_ORDER}
    return {**result, "chosen": counts["chosen"], "stale": marks.stale}


@settings(max_examples=150, deadline=None)
@given(first=plans, then=steps)
def test_the_kept_counts_are_every_row_counted(first: SyncPlan, then: list[Any]) -> None:
    table = ProductTable.from_cells([(2 + k, dict(r.cells)) for k, r in enumerate(_table.rows)])
    marks = CompareMarks()
    marks.show(first, table, "Toko")
    assert marks.counts() == _recounted(marks, table)
    edited = 0
    for kind, arg in then:
        if kind == "show":
            marks.show(arg, table, "Toko", prepare_marks(arg, table))
        elif kind == "edit":
            for i in arg:
                edited += 1
                table.set_cell(i, "stock", str(100 + edited))
            marks.forget_edited(table.rows, arg)
        elif kind == "choose":
            marks.choose(table.rows[arg[0]], arg[1])
        else:
            marks.clear(table)
        assert marks.counts() == _recounted(marks, table)


class _Store(dict[str, Any]):
    """A store product that notes the thread it is freed on."""

    freed_on: list[str] = []

    def __del__(self) -> None:
        _Store.freed_on.append(threading.current_thread().name)


def test_a_replaced_comparison_is_freed_off_the_windows_thread() -> None:
    rows = 1500
    table = ProductTable.from_cells([(2 + k, c) for k, c in enumerate(product_cells(rows))])
    plan = SyncPlan(
        [
            RowPlan(k, k + 2, Action.UNCHANGED, f"p{k}", store=_Store(id=f"p{k}"))
            for k in range(rows)
        ]
    )
    marks = CompareMarks()
    marks.show(plan, table, "Toko")
    del plan
    _Store.freed_on.clear()
    touched = marks.clear(table)
    assert touched == set(range(rows))  # every compared row is repainted
    assert not marks and marks.counts()["unchanged"] == 0
    for thread in threading.enumerate():
        if thread.name == "compare-marks-free":
            thread.join(30)
    assert len(_Store.freed_on) == rows
    assert set(_Store.freed_on) == {"compare-marks-free"}
