"""Issue 13, point 5, through the real window: the results workbook of the demo is never
written into the app's own folder (a Save dialog asks where, in the user's documents), and its
status words are the grid's, in both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from app.catalog.status import Status, status_word
from app.gui.grid.model import status_text
from app.gui.kit.resources import demo_workbook
from app.gui.window.main_window import MainWindow
from tests.gui.drive import answering, open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_results_workbook_speaks_the_grids_words(window: MainWindow) -> None:
    for lang in ("id", "en"):
        window.set_language(lang)
        for status in Status:
            assert status_text(status) == status_word(status, lang), (lang, status)


def test_demo_results_are_saved_where_the_merchant_says_never_into_the_app(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    demo = demo_workbook()
    before = set(demo.parent.iterdir())
    open_in(window, qtbot, demo, ask_mapping=False)
    target = tmp_path / "hasil demo.xlsx"
    seen_dirs: list[str] = []

    def save_as(dialog: QFileDialog) -> None:
        seen_dirs.append(dialog.directory().absolutePath())
        assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
        assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
        dialog.selectFile(str(target))
        dialog.accept()

    try:
        with answering(QFileDialog, save_as) as dialogs:
            window.save_results()
            qtbot.waitUntil(
                lambda: "Results saved to" in window.status.currentMessage(), timeout=20_000
            )
        assert len(dialogs) == 1
        documents = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        assert seen_dirs == [str(documents if documents.is_dir() else Path.home())]
        assert str(target) in window.status.currentMessage()
        sheet = load_workbook(target).active
        assert sheet is not None
        assert any(c.value == "Upload status" for row in sheet.iter_rows() for c in row)
    finally:
        window.runner.wait(20_000)
        made = set(demo.parent.iterdir()) - before
        for path in made:  # the unfixed app wrote into the checkout: clean it up
            path.unlink()
    assert made == set()


def test_cancelling_the_save_dialog_writes_nothing(window: MainWindow, qtbot: Any) -> None:
    demo = demo_workbook()
    before = set(demo.parent.iterdir())
    open_in(window, qtbot, demo, ask_mapping=False)
    try:
        with answering(QFileDialog, lambda dialog: dialog.reject()) as dialogs:
            window.save_results()
            qtbot.waitUntil(lambda: bool(dialogs), timeout=5_000)
        assert not window.saver.saving and not window.lock.locked
    finally:
        window.runner.wait(20_000)
        made = set(demo.parent.iterdir()) - before
        for path in made:
            path.unlink()
    assert made == set()
