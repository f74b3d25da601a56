"""The Problems list's one-click fix: a misspelt type name is red with "did you mean", the
Problems list offers “Use …”, one click writes the name (one undo step) and the cell is fine."""

from __future__ import annotations

from typing import Any

import pytest

from app.gui.grid.model import ERROR_COLOR
from app.gui.grid.problems import FIX_COLUMN
from app.gui.window.main_window import MainWindow
from tests.gui.category_samples import OBLONG, sample_data
from tests.gui.drive import color

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _problem(window: MainWindow, field: str) -> int:
    window.problems.refresh()
    return next(
        n
        for n, (row, issue) in enumerate(window.problems.model.problems)
        if row == 0 and issue.field == field
    )


def test_the_suggestion_is_one_click_and_one_undo_step(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.model.use_store_data(sample_data())
    window.model.edit(
        [
            (0, "categoryId", "Fashion Pria"),
            (0, "subCategoryId", "Kaos"),
            (0, "typeId", "Kaos Oblongg"),
        ],
        "typed",
    )
    assert color(window, 0, "typeId") == ERROR_COLOR
    problem = _problem(window, "typeId")
    model = window.problems.model
    assert "Kaos Oblong" in model.problems[problem][1].message("id")
    fix = model.index(problem, FIX_COLUMN)
    assert fix.data() == "Use “Kaos Oblong”"
    steps = window.undo_stack.count()
    window.problems.view.clicked.emit(fix)
    row = window.model.row(0)
    assert row.cells["typeId"] == "Kaos Oblong"
    assert row.values["typeId"] == OBLONG
    assert color(window, 0, "typeId") is None
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert row.cells["typeId"] == "Kaos Oblongg"
    assert color(window, 0, "typeId") == ERROR_COLOR


def test_a_path_in_one_cell_gets_only_its_wrong_part_fixed(loaded: MainWindow) -> None:
    window = loaded
    window.model.use_store_data(sample_data())
    window.model.edit(
        [
            (0, "categoryId", "Fashion Pria > Kaos > Kaos Polos"),
            (0, "subCategoryId", None),
            (0, "typeId", None),
        ],
        "typed",
    )
    problem = _problem(window, "categoryId")
    fix = window.problems.model.index(problem, FIX_COLUMN)
    assert fix.data() == "Use “Kaos Polo”"
    window.problems.view.clicked.emit(fix)
    assert window.model.row(0).cells["categoryId"] == "Fashion Pria > Kaos > Kaos Polo"
    assert window.model.row(0).issues_for("categoryId") == []


def test_a_problem_without_a_suggestion_has_no_fix_and_a_click_jumps(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    problems = window.problems.model
    window.problems.refresh()
    assert all(problems.index(n, FIX_COLUMN).data() is None for n in range(problems.rowCount()))
    with qtbot.waitSignal(window.problems.cell_requested):
        window.problems.view.clicked.emit(problems.index(0, FIX_COLUMN))
