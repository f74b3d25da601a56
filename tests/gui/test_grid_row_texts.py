"""Find next looks over a lower-case text kept per row: an edit drops the touched row's text,
so a cell typed a moment ago is found, and a text edited away is no longer found. Adding a row
announces that row alone, not every row."""

from __future__ import annotations

from typing import Any

import pytest

from app.gui.grid.find_replace import Finder
from app.gui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


def test_find_next_sees_an_edit_at_once_and_forgets_an_edited_away_text(
    loaded: MainWindow,
) -> None:
    window = loaded
    finder = Finder(window.grid)
    name = window.model.column_of("name")
    assert finder.find_next("Sarung Tenun") is None  # every row's text is built here
    assert window.model.edit([(6, "name", "Sarung Tenun Garut")], "Edit")
    assert finder.find_next("sarung tenun") == (6, name)
    assert window.grid.currentIndex().row() == 6

    assert window.model.edit([(6, "name", "Kaos Polos")], "Edit")
    assert finder.find_next("sarung tenun") is None
    window.filter_bar.set_mode(window.filter_bar.proxy.mode)  # nothing else moved
    assert finder.find_next("KAOS POLOS") == (6, name)
    assert finder.find_next("KAOS POLOS", match_case=True) is None


def test_a_filtered_out_row_is_not_found(loaded: MainWindow, qtbot: Any) -> None:
    window = loaded
    window.proxy.set_text("katun 2")
    finder = Finder(window.grid)
    assert finder.find_next("katun 3") is None  # row 3 is not in the grid now
    assert finder.find_next("katun 2") == (0, window.model.column_of("name"))


def test_adding_a_row_announces_that_row_alone(loaded: MainWindow) -> None:
    window = loaded
    announced: list[set[int]] = []
    window.model.changed.connect(announced.append)
    window.grid.setCurrentIndex(window.proxy.index(4, 1))
    window.acts.add_row.trigger()
    assert announced == [{5}]
    assert window.model.row(5).sheet_row is None
    assert window.grid.currentIndex().row() == 5


def test_the_search_box_sees_an_edit_made_while_no_search_was_active(
    loaded: MainWindow,
) -> None:
    window = loaded
    window.proxy.set_text("katun")  # every row's text is kept from here on
    window.proxy.set_text("")
    assert window.model.edit([(2, "name", "Sarung Tenun Garut")], "Edit")
    window.proxy.set_text("tenun garut")
    assert window.proxy.rowCount() == 1
    assert window.proxy.mapToSource(window.proxy.index(0, 0)).row() == 2
