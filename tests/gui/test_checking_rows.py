"""The store's first category list (or a changed tree) checks every row again in the
background: the window keeps working, the status bar says how far it is, an edit made
meanwhile wins, a newer list cancels the older check, and nothing is sent before every row is
checked — and the grid, the counts and the Problems list end as the one-piece check leaves them.
"""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import Any

import pytest

from app.catalog.status import Status
from app.catalog.store_data import Entry, ReferenceTree, StoreData
from app.catalog.table import ProductTable
from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from app.reference import Gathered
from app.sandbox import RunningSandbox
from tests.gui.category_samples import OBLONG, sample_data
from tests.gui.drive import color, counters
from tests.gui.samples import TYPE, big_rows, write_workbook
from tests.gui.send_helpers import Answers, Recorded, open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def without_the_type(data: StoreData) -> StoreData:
    """The same lists, the sheet's product type gone from the tree: its cells turn red."""
    tree = data.tree
    assert tree is not None
    types = {sub: tuple(t for t in found if t.id != TYPE) for sub, found in tree.types.items()}
    return StoreData(
        ReferenceTree(tree.categories, tree.sub_categories, types, tree.fetched_at),
        copy.deepcopy(data.brands),
        data.warehouses,
    )


def state(table: ProductTable) -> list[Any]:
    return [(repr(r.cells), repr(r.values), r.issues, r.status, r.sheet_row) for r in table.rows]


def problems(window: MainWindow) -> list[Any]:
    window.problems.refresh()
    return [(row, issue.message("en")) for row, issue in window.problems.model.problems]


def arrive(window: MainWindow, data: StoreData) -> None:
    """The store's lists arrive as the category list's worker hands them over."""
    lists = window.category_list
    lists.apply(Gathered(data), generation=lists._generation)


def in_the_background(window: MainWindow, piece: int = 3) -> Any:
    checker = window.category_list.checking
    checker.sync_below, checker.piece = 0, piece  # the sample is small: split it anyway
    return checker


def test_every_row_is_checked_in_the_background_and_ends_as_the_one_piece_check(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    checker = in_the_background(window)
    gone = without_the_type(sample_data())
    plain = pickle.loads(pickle.dumps(window.model.table))
    plain.use_store_data(gone)
    assert color(window, 0, "typeId") != ERROR_COLOR

    with qtbot.waitSignal(checker.finished, timeout=20_000):
        arrive(window, gone)
        assert checker.pending
        assert window.status.currentMessage() == "Checking rows against the store… 0 of 10"
    assert not checker.pending and window.status.currentMessage() == ""
    assert color(window, 0, "typeId") == ERROR_COLOR  # the type left the tree
    assert state(window.model.table) == state(plain)
    seen = (counters(window), problems(window))

    # the same first list checked in one piece on the GUI thread: the same grid, counts, list
    window.model.table.store_data = None
    window.model.use_store_data(gone)
    assert state(window.model.table) == state(plain)
    assert (counters(window), problems(window)) == seen


def test_the_progress_note_in_indonesian(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.set_language("id", remember=False)
    checker = in_the_background(window)
    with qtbot.waitSignal(checker.finished, timeout=20_000):
        arrive(window, without_the_type(sample_data()))
        assert window.status.currentMessage() == "Memeriksa baris dengan data toko… 0 dari 10"


def test_an_edit_made_while_rows_are_checked_wins_and_undo_stays_right(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    checker = in_the_background(window)
    gone = without_the_type(sample_data())
    with qtbot.waitSignal(checker.finished, timeout=20_000):
        arrive(window, gone)
        # before any piece is applied: the edit is checked against the new lists at once
        window.model.edit([(0, "typeId", OBLONG)], "typed")
        assert color(window, 0, "typeId") != ERROR_COLOR
    # the worker's result for row 0 came from the cells before the edit: dropped
    assert window.model.row(0).values["typeId"] == OBLONG
    assert color(window, 0, "typeId") != ERROR_COLOR
    assert color(window, 6, "typeId") == ERROR_COLOR
    window.model.undo_stack.undo()
    assert window.model.row(0).cells["typeId"] == TYPE
    assert color(window, 0, "typeId") == ERROR_COLOR  # checked again with the new lists
    window.model.undo_stack.redo()
    assert color(window, 0, "typeId") != ERROR_COLOR


def test_a_newer_list_cancels_the_older_check_and_every_row_goes_again(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    checker = in_the_background(window, piece=2)
    checker.budget = 0.0  # one piece a timer turn
    gone = without_the_type(sample_data())
    arrive(window, gone)
    qtbot.waitUntil(lambda: checker.progress[0] >= 2, timeout=20_000)
    done, total = checker.progress
    assert 0 < done < total  # the older check is half-way
    newer = copy.deepcopy(gone)  # only a brand more: alone it would re-check no row
    assert newer.brands is not None
    newer.brands.add("polo", [Entry("b-polo", "Polo")])
    with qtbot.waitSignal(checker.finished, timeout=20_000):
        arrive(window, newer)
    assert window.model.table.store_data is newer
    assert [color(window, n, "typeId") for n in range(10)] == [ERROR_COLOR] * 10


def test_a_new_table_cancels_the_check_of_the_old_one(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    checker = in_the_background(window, piece=1)
    checker.budget = 0.0
    fresh = pickle.loads(pickle.dumps(window.model.table))  # as read, nothing of the store
    arrive(window, without_the_type(sample_data()))
    window.model.set_table(fresh)
    assert not checker.pending
    qtbot.wait(100)  # the worker's late pieces go nowhere
    assert fresh.store_data is None
    assert [color(window, n, "typeId") for n in range(10)] == [None] * 10


@pytest.fixture
def sent_workbook(tmp_path: Path) -> Path:
    rows = big_rows(3)
    return write_workbook(tmp_path / "toko sinar.xlsx", rows)


def test_uploading_while_rows_are_checked_checks_the_rest_first(
    sandbox_window: MainWindow,
    qtbot: Any,
    sandbox: RunningSandbox,
    recorded: Recorded,
    answers: Answers,
    sent_workbook: Path,
) -> None:
    """Upload ready rows while the check runs: the rest is checked first, so a row whose
    type just left the tree is not sent (it would have been, by its status before)."""
    window = sandbox_window
    open_in(window, qtbot, sent_workbook)
    lists = window.category_list
    qtbot.waitUntil(lambda: lists.data is not None and not lists.loading, timeout=20_000)
    qtbot.waitUntil(lambda: not lists.checking.pending, timeout=20_000)
    assert [r.status for r in window.model.table.rows] == [Status.READY] * 3
    assert lists.data is not None
    checker = in_the_background(window, piece=1)
    checker.budget = 0.0
    window.model.table.store_data = None  # a first list again
    arrive(window, without_the_type(lists.data))
    assert checker.pending
    window.send_flow.upload_ready()
    assert not checker.pending
    assert [r.status for r in window.model.table.rows] == [Status.INVALID] * 3
    assert answers.upload == [] and recorded.creates() == []  # nothing asked, nothing sent


def test_comparing_with_the_store_checks_the_rest_first(
    sandbox_window: MainWindow, qtbot: Any, sent_workbook: Path
) -> None:
    window = sandbox_window
    open_in(window, qtbot, sent_workbook)
    lists = window.category_list
    qtbot.waitUntil(lambda: lists.data is not None and not lists.loading, timeout=20_000)
    qtbot.waitUntil(lambda: not lists.checking.pending, timeout=20_000)
    assert lists.data is not None
    checker = in_the_background(window, piece=1)
    checker.budget = 0.0
    window.model.table.store_data = None
    arrive(window, without_the_type(lists.data))
    assert checker.pending
    with qtbot.waitSignal(window.sync_menu.compared, timeout=20_000):
        window.sync_menu.compare()
        assert not checker.pending
        assert [r.status for r in window.model.table.rows] == [Status.INVALID] * 3
