"""Smaller parts: clipboard text, session files, dialog editors, the task runner, problems."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex

from app.gui.grid.clipboard import from_tsv, to_tsv
from app.gui.grid.editors import ListDialog
from app.gui.grid.model import ProductModel
from app.gui.grid.problems import ProblemsModel
from app.gui.grid.proxy import ProductFilter
from app.gui.grid.view import ProductGrid
from app.gui.kit.tasks import TaskRunner


def test_tsv_round_trip_with_excel_quoting() -> None:
    rows = [["a", "b\tc", 'say "hi"'], ["line\nbreak", "", "x"]]
    assert from_tsv(to_tsv(rows)) == rows
    assert from_tsv("1\t2\n3\t4") == [["1", "2"], ["3", "4"]]
    assert from_tsv('"x') == [['"x']]


def test_list_editor_dialog_edits_photos(
    qtbot: Any, model: ProductModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = ProductFilter(model)
    grid = ProductGrid(proxy)
    qtbot.addWidget(grid)
    monkeypatch.setattr(
        ListDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, items: [*items, "https://cdn.example.com/extra.jpg"]
        ),
    )
    index = proxy.index(2, model.column_of("photos"))  # the row without a photo
    grid.open_dialog_editor(QPersistentModelIndex(index))
    assert model.row(2).cells["photos"] == {"1": "https://cdn.example.com/extra.jpg", "2": None}
    assert not model.row(2).issues_for("photos")
    dialog = ListDialog(None, "Photos", ["a", "b"])
    qtbot.addWidget(dialog)
    assert dialog.items() == ["a", "b"]


def test_problems_model(qtmodeltester: Any, model: ProductModel) -> None:
    problems = ProblemsModel(model)
    problems.rebuild()
    qtmodeltester.check(problems, force_py=True)
    assert len(problems.problems) == 6
    assert problems.target(0) == (0, model.column_of("sku"))


def test_task_runner_reports_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: dict[str, Any] = {}

    def work(progress: Any) -> int:
        seen["worker"] = threading.current_thread()
        progress(1, 2)
        return 42

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, on_done=lambda r: seen.update(result=r, thread=threading.current_thread()))
    assert seen["result"] == 42
    assert seen["thread"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    failures: list[BaseException] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(lambda _: 1 / 0, on_failed=failures.append)
    assert isinstance(failures[0], ZeroDivisionError)
