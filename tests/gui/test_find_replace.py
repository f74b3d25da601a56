"""Find and replace, opened from the Edit menu's action and worked through its own fields and
buttons: find next walks the cells in grid order, replace changes the current cell, replace
all changes every match in one undo step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.gui.grid.find_replace import FindReplaceDialog
from app.gui.window.main_window import MainWindow
from tests.gui.drive import text

#: The offscreen platform can neither resize native windows to their hints nor raise them.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)
NAMES = [f"Kaos Katun {n}" for n in range(10)]


def open_find(window: MainWindow, qtbot: Any, needle: str, replacement: str = "") -> Any:
    window.acts.find_replace.trigger()
    dialog = window.editing.find_dialog
    assert isinstance(dialog, FindReplaceDialog) and dialog.isVisible()
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, needle)
    dialog.replace_edit.clear()
    qtbot.keyClicks(dialog.replace_edit, replacement)
    return dialog


def press(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def current(window: MainWindow) -> tuple[int, str]:
    index = window.grid.currentIndex()
    return index.row(), window.model.columns[index.column()].key


def names(window: MainWindow) -> list[str]:
    return [text(window, r, "name") for r in range(window.proxy.rowCount())]


def test_find_next_walks_the_matches_in_grid_order_and_says_when_nothing_matches(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    dialog = open_find(window, qtbot, "katun 3")
    press(qtbot, dialog.find_button)
    assert current(window) == (3, "name")
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "katun")
    press(qtbot, dialog.find_button)
    assert current(window) == (3, "hashtags")  # "kaos, katun", further along the same row
    press(qtbot, dialog.find_button)
    assert current(window) == (4, "name")
    assert dialog.outcome.text() == ""

    dialog.match_case.setChecked(True)  # "Katun" in the names, "katun" in the hashtags
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "Katun")
    press(qtbot, dialog.find_button)
    assert current(window) == (5, "name")
    press(qtbot, dialog.find_button)
    assert current(window) == (6, "name")
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "tidak ada di sini")
    press(qtbot, dialog.find_button)
    assert dialog.outcome.text() == "Not found."


def test_replace_changes_the_found_cell_then_moves_to_the_next(
    loaded: MainWindow, qtbot: Any
) -> None:
    window = loaded
    dialog = open_find(window, qtbot, "Kaos Katun 2", "Kemeja Flanel 2")
    press(qtbot, dialog.find_button)
    assert current(window) == (2, "name")
    press(qtbot, dialog.replace_button)
    assert names(window)[2] == "Kemeja Flanel 2"
    assert names(window)[:2] + names(window)[3:] == NAMES[:2] + NAMES[3:]
    window.acts.undo.trigger()
    assert names(window) == NAMES


def test_replace_all_changes_every_match_in_one_undo_step(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    dialog = open_find(window, qtbot, "kaos", "Baju")
    steps = window.undo_stack.count()
    press(qtbot, dialog.replace_all_button)
    assert "20" in dialog.outcome.text()  # ten names and ten hashtag cells
    assert names(window) == [f"Baju Katun {n}" for n in range(10)]
    assert {text(window, r, "hashtags") for r in range(10)} == {"Baju, katun"}
    assert window.undo_stack.count() == steps + 1

    window.acts.undo.trigger()
    assert names(window) == NAMES
    assert {text(window, r, "hashtags") for r in range(10)} == {"kaos, katun"}
    window.acts.redo.trigger()
    assert names(window)[0] == "Baju Katun 0"


def test_replace_all_reaches_only_the_rows_the_filter_shows(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.filter_bar.buttons[window.proxy.mode.PROBLEMS].click()  # sheet rows 4-9
    dialog = open_find(window, qtbot, "Kaos Katun", "Kemeja")
    press(qtbot, dialog.replace_all_button)
    window.filter_bar.buttons[window.proxy.mode.ALL].click()
    assert names(window) == [f"Kemeja {n}" for n in range(6)] + NAMES[6:]
