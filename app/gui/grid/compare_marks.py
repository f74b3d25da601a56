"""What the grid shows of a comparison with the store: each compared row's plan, kept by the
row itself (rows may be added, removed or sorted after comparing), the merchant's choice for a
conflict, and which rows were edited since. No Qt here.

An edit of a compared row makes its plan stale: that row's marks are **cleared** (its cells are
no longer painted) and counted as "edited since the comparison"; Compare (or Sync) again plans
it afresh. An answer of the store landing on a row (its status) does not clear anything: only a
change of the row's cells does.

A conflict (the store changed a field since the export, and the sheet changed it too) is never
sent until the merchant chooses who wins, per row: the sheet (its values are sent) or the store
(the conflicting fields are left as the store has them). Choosing again, or "decide later",
reverses it; the choice is kept by the row across comparisons.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.catalog.table import ProductRow, ProductTable
from app.giving_way import give_way
from app.sync.plan import SUMMARY_ORDER, Action, Change, RowPlan, SyncPlan, Winner

#: Actions that the "Changes only" filter shows (something would be sent, or must be chosen).
SHOWN_AS_CHANGE = frozenset({Action.CREATE, Action.UPDATE, Action.CONFLICT, Action.DELETE})


@dataclass(slots=True)
class RowMarks:
    row: ProductRow
    plan: RowPlan
    cells: dict[str, Any]  # the row's cells when it was compared: an edit since makes it stale
    by_field: dict[str, Change]


def resolve_row(plan: RowPlan, winner: Winner | None) -> RowPlan:
    """A conflict row's plan once the merchant chose: the sheet wins → its conflicting values
    are sent as plain updates; the store wins → those fields are left out. Undecided, or not a
    conflict: the plan as it is."""
    if plan.action is not Action.CONFLICT or winner is None:
        return plan
    if winner is Winner.SHEET:
        changes = tuple(
            Change(c.field, c.store, c.sheet) if c.conflict else c for c in plan.changes
        )
    else:
        changes = tuple(c for c in plan.changes if not c.conflict)
    return replace(plan, action=Action.UPDATE if changes else Action.UNCHANGED, changes=changes)


@dataclass(frozen=True, slots=True)
class PreparedMarks:
    """Each planned row's marks, by the row's identity, and the positions they paint; the
    marks per action but conflicts, and the conflicts' marks (what ``counts`` reads)."""

    marks: dict[int, RowMarks]
    positions: set[int]
    actions: Counter[Action] = field(default_factory=Counter)
    conflicts: dict[int, RowMarks] = field(default_factory=dict)


def prepare_marks(plan: SyncPlan, table: ProductTable) -> PreparedMarks:
    """The marks of ``plan`` for ``table`` as it is now (each row's cells kept, to tell an
    edit since): pure work, done where the plan is made."""
    rows = table.rows
    count = len(rows)
    marks: dict[int, RowMarks] = {}
    positions: set[int] = set()
    actions: Counter[Action] = Counter()
    conflicts: dict[int, RowMarks] = {}
    conflict = Action.CONFLICT
    for row_plan in plan:
        give_way()  # a row at a time: the window's thread first
        position = row_plan.position
        if not 0 <= position < count:
            continue
        row = rows[position]
        changes = row_plan.changes
        by_field = {c.field: c for c in changes} if changes else {}
        key = id(row)
        old = marks.get(key)  # a position planned twice: the last plan is the row's
        if old is not None:
            _uncount(actions, conflicts, key, old)
        marks[key] = made = RowMarks(row, row_plan, dict(row.cells), by_field)
        positions.add(position)
        if (action := row_plan.action) is conflict:
            conflicts[key] = made
        else:
            actions[action] += 1
    return PreparedMarks(marks, positions, actions, conflicts)


def _uncount(
    actions: Counter[Action], conflicts: dict[int, RowMarks], key: int, marks: RowMarks
) -> None:
    if marks.plan.action is Action.CONFLICT:
        conflicts.pop(key, None)
    else:
        actions[marks.plan.action] -= 1


def _free(marks: dict[int, RowMarks]) -> None:
    """Drops ``marks`` one row at a time, in a thread of its own: freeing a 50,000-row
    comparison at once (each row's plan, its cells' copy, the store's product) held the
    interpreter for 0.1 s in one piece on the window's thread at every new Compare and Sync;
    a loop lets the others in between its rows."""

    def drop() -> None:
        while marks:
            marks.popitem()

    if len(marks) > _FREED_AT_ONCE:
        threading.Thread(target=drop, name="compare-marks-free", daemon=True).start()
    else:
        marks.clear()


#: [ours] fewer marks than this are freed at once (about 2 ms)
_FREED_AT_ONCE = 1000


class CompareMarks:
    """The comparison the grid paints; empty (false) before the first Compare."""

    def __init__(self) -> None:
        self._marks: dict[int, RowMarks] = {}
        #: the marks per action but conflicts, and the conflicts' (kept with ``_marks``)
        self._actions: Counter[Action] = Counter()
        self._conflicts: dict[int, RowMarks] = {}
        self._winners: dict[int, tuple[ProductRow, Winner]] = {}
        self.stale = 0  # rows edited since the comparison (their marks are cleared)
        self.store_name = ""

    def __bool__(self) -> bool:
        return bool(self._marks) or self.stale > 0

    # ---------------------------------------------------------------- building

    def show(
        self,
        plan: SyncPlan,
        table: ProductTable,
        store_name: str = "",
        prepared: PreparedMarks | None = None,
    ) -> set[int]:
        """Paint ``plan`` (made for ``table`` as it is now); returns the rows to repaint.
        Choices made for conflicts are kept for the rows that still conflict. ``prepared``:
        ``prepare_marks(plan, table)``, made beforehand (in the worker that compared, while
        the table was locked), so the GUI thread only takes it in."""
        touched = self.clear(table)
        made = prepared if prepared is not None else prepare_marks(plan, table)
        self._marks = dict(made.marks)
        self._actions = Counter(made.actions)
        self._conflicts = dict(made.conflicts)
        touched |= made.positions
        self._winners = {
            key: (row, winner)
            for key, (row, winner) in self._winners.items()
            if (marks := self._marks.get(key)) is not None and marks.plan.action is Action.CONFLICT
        }
        self.store_name = store_name
        return touched

    def clear(self, table: ProductTable) -> set[int]:
        """Forget the comparison; returns the rows that were painted."""
        touched = self.positions(table)
        _free(self._marks)
        self._marks, self._actions, self._conflicts = {}, Counter(), {}
        self.stale = 0
        return touched

    def positions(self, table: ProductTable) -> set[int]:
        if not self._marks:
            return set()
        return {i for i, row in enumerate(table.rows) if id(row) in self._marks}

    def forget_edited(self, rows: Sequence[ProductRow], touched: Iterable[int]) -> set[int]:
        """Rows among ``touched`` whose cells changed since they were compared lose their
        marks (their plan is stale); returns them."""
        if not self._marks:
            return set()
        dropped: set[int] = set()
        for i in touched:
            if not 0 <= i < len(rows):
                continue
            marks = self._marks.get(id(rows[i]))
            if marks is not None and marks.row is rows[i] and marks.cells != rows[i].cells:
                del self._marks[id(rows[i])]
                _uncount(self._actions, self._conflicts, id(rows[i]), marks)
                self._winners.pop(id(rows[i]), None)
                self.stale += 1
                dropped.add(i)
        return dropped

    # ---------------------------------------------------------------- reading (O(1) per cell)

    def _of(self, row: ProductRow) -> RowMarks | None:
        marks = self._marks.get(id(row))
        return marks if marks is not None and marks.row is row else None

    def plan_of(self, row: ProductRow) -> RowPlan | None:
        marks = self._of(row)
        return marks.plan if marks is not None else None

    def change(self, row: ProductRow, key: str) -> Change | None:
        marks = self._of(row)
        return marks.by_field.get(key) if marks is not None else None

    def shows_change(self, row: ProductRow) -> bool:
        """For the "Changes only" filter: the row would be created, updated, deleted, or is a
        conflict to decide."""
        marks = self._of(row)
        return marks is not None and marks.plan.action in SHOWN_AS_CHANGE

    # ---------------------------------------------------------------- conflicts

    def winner(self, row: ProductRow) -> Winner | None:
        chosen = self._winners.get(id(row))
        return chosen[1] if chosen is not None and chosen[0] is row else None

    def choose(self, row: ProductRow, winner: Winner | None) -> bool:
        """The merchant's choice for a conflict row (None: decide later); False when the row
        is not a conflict of this comparison."""
        marks = self._of(row)
        if marks is None or marks.plan.action is not Action.CONFLICT:
            return False
        if winner is None:
            self._winners.pop(id(row), None)
        else:
            self._winners[id(row)] = (row, Winner(winner))
        return True

    def conflicts(self, table: ProductTable) -> list[tuple[int, RowPlan]]:
        """(position, plan) of every conflict row, in sheet order."""
        found = []
        for i, row in enumerate(table.rows):
            plan = self.plan_of(row)
            if plan is not None and plan.action is Action.CONFLICT:
                found.append((i, plan))
        return found

    # ---------------------------------------------------------------- counting and sending

    def current(self, table: ProductTable) -> tuple[SyncPlan, dict[int, Winner]]:
        """The plan as compared, with rows in their current positions (stale rows left out),
        and who wins each decided conflict, by position: what the sync job takes."""
        rows: list[RowPlan] = []
        winners: dict[int, Winner] = {}
        for i, row in enumerate(table.rows):
            marks = self._of(row)
            if marks is None:
                continue
            plan = marks.plan
            rows.append(plan if plan.position == i else replace(plan, position=i))
            winner = self.winner(row)
            if winner is not None:
                winners[i] = winner
        return SyncPlan(rows), winners

    def resolved(self, table: ProductTable) -> SyncPlan:
        """The plan as it stands now: rows in their current positions, stale rows left out,
        the merchant's conflict choices applied."""
        rows: list[RowPlan] = []
        for i, row in enumerate(table.rows):
            marks = self._of(row)
            if marks is None:
                continue
            plan = resolve_row(marks.plan, self.winner(row))
            rows.append(plan if plan.position == i else replace(plan, position=i))
        return SyncPlan(rows)

    def counts(self) -> dict[str, int]:
        """Rows per action, with the choices applied (``conflict``: still undecided), plus
        ``chosen`` (conflicts decided) and ``stale``."""
        # a choice changes only a conflict's action: the rest are counted as they are (kept
        # with the marks: recounting 50,000 rows here took 35 ms of the window's thread at
        # every edit while a comparison was shown)
        counts: Counter[str] = Counter(
            {action.value: n for action, n in self._actions.items() if n}
        )
        for marks in self._conflicts.values():
            winner = self.winner(marks.row)
            counts[resolve_row(marks.plan, winner).action.value] += 1
            if winner is not None:
                counts["chosen"] += 1
        result = {a.value: counts.get(a.value, 0) for a in SUMMARY_ORDER}
        result["chosen"] = counts.get("chosen", 0)
        result["stale"] = self.stale
        return result
