"""The brand list searches the store while the merchant types: through the window's task
runner (never on the GUI thread), over real HTTP to the sandbox, and what the store finds
joins the list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread

from app.catalog.store_data import Entry
from app.gui.grid.brand_picker import BrandPicker
from app.gui.window.main_window import MainWindow
from app.sandbox import RunningSandbox
from tests.gui.send_helpers import add_profile

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def store_window(qtbot: Any, sandbox: RunningSandbox) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    add_profile(window, sandbox)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_typing_a_brand_searches_the_store_off_the_gui_thread(
    store_window: MainWindow, qtbot: Any
) -> None:
    lists = store_window.category_list
    threads: list[bool] = []

    def search(text: str) -> list[Entry]:
        threads.append(QThread.currentThread() is not store_window.thread())
        return lists.search_brands(text)

    picker = BrandPicker([Entry("b-1", "Merek Sendiri")], search=search, runner=lists.runner)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.line, "erig")
    assert picker.shown.rowCount() == 0  # nothing known yet by that name
    qtbot.waitUntil(lambda: picker.shown.rowCount() > 0, timeout=20_000)
    assert picker.shown.index(0, 0).data() == "Erigo"
    assert threads == [True]
    qtbot.keyClick(picker.line, "\r")
    chosen = picker.picked()
    assert chosen is not None and chosen.name == "Erigo"
