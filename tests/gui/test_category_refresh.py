"""The window and the store's category list, over real HTTP to the sandbox: the cached list is
used at once, Store → Refresh categories downloads it again (a type the store dropped turns
red), and the status bar says how old the list is when the store cannot be reached, or that
there is none yet."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog

from app.catalog.store_data import Entry, ReferenceTree
from app.gui.grid.model import ERROR_COLOR
from app.gui.window.main_window import MainWindow
from app.reference import save_tree
from app.sandbox import RunningSandbox
from app.sandbox.reference_tree import sandbox_tree
from tests.gui.samples import SUBCATEGORY, good_row, write_workbook
from tests.gui.send_helpers import add_profile, background, open_in

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
#: A type the cached list has and the store no longer does.
DROPPED = "9b0c0000-0000-4000-8000-00000000d20b"


def cached_tree(days_old: int, *, with_dropped: bool = True) -> ReferenceTree:
    served = sandbox_tree()
    raw = {
        "categories": served.categories,
        "subCategories": served.sub_categories,
        "types": {k: list(v) for k, v in served.types.items()},
    }
    tree = ReferenceTree.from_raw(raw, datetime.now(UTC) - timedelta(days=days_old))
    if not with_dropped:
        return tree
    types = dict(tree.types)
    types[SUBCATEGORY] = (*types[SUBCATEGORY], Entry(DROPPED, "Kaos Jadul"))
    return ReferenceTree(tree.categories, tree.sub_categories, types, tree.fetched_at)


def workbook(tmp_path: Path) -> Path:
    rows = [good_row(n) for n in range(3)]
    rows[0][12] = DROPPED  # the type column
    return write_workbook(tmp_path / "kategori.xlsx", rows)


def note(window: MainWindow) -> str:
    label = window.category_list.label
    return label.text() if label.isVisible() else ""


@pytest.fixture
def store_window(qtbot: Any, sandbox: RunningSandbox) -> Iterator[MainWindow]:
    """A window whose store is the sandbox; the category list was cached 2 days ago."""
    save_tree(sandbox.base_url, cached_tree(2))
    window = MainWindow()
    qtbot.addWidget(window)
    add_profile(window, sandbox)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_refresh_categories_flags_a_type_the_store_dropped(
    store_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window = store_window
    open_in(window, qtbot, workbook(tmp_path))
    lists = window.category_list
    qtbot.waitUntil(lambda: lists.data is not None and lists.data.tree is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not lists.runner.busy, timeout=20_000)
    assert background(window, 0, "typeId") is None  # the cached list still knows it
    assert window.proxy.index(0, window.model.column_of("typeId")).data() == "Kaos Jadul"
    assert note(window) == ""  # 2 days old: fresh
    with qtbot.waitSignal(lists.applied, timeout=30_000):
        window.acts.refresh_categories.trigger()
        progress = window.findChild(QProgressDialog, "category-refresh")
        assert progress is not None and progress.isVisible()
    assert background(window, 0, "typeId") == ERROR_COLOR
    assert background(window, 1, "typeId") is None
    assert window.proxy.index(1, window.model.column_of("typeId")).data() == "Kaos Oblong"
    assert lists.data is not None and lists.data.tree is not None
    assert DROPPED not in {t.id for ts in lists.data.tree.types.values() for t in ts}
    assert not progress.isVisible()


@pytest.fixture
def offline_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v1"


class _Offline:
    base_url: str


def _offline_window(qtbot: Any, url: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    store = _Offline()
    store.base_url = url
    add_profile(window, store)  # type: ignore[arg-type]
    window.show()
    qtbot.waitExposed(window)
    return window


def test_offline_with_an_old_list_the_status_bar_says_how_old(qtbot: Any, offline_url: str) -> None:
    save_tree(offline_url, cached_tree(9, with_dropped=False))
    window = _offline_window(qtbot, offline_url)
    qtbot.waitUntil(lambda: note(window) != "", timeout=30_000)
    assert note(window) == "Category list from 9 days ago — offline"
    data = window.category_list.data
    assert data is not None and data.tree is not None  # the old list is used
    window.close()


def test_offline_without_a_list_the_status_bar_says_so_plainly(
    qtbot: Any, offline_url: str
) -> None:
    window = _offline_window(qtbot, offline_url)
    qtbot.waitUntil(lambda: note(window) != "", timeout=30_000)
    assert note(window) == "No category list yet — connect to the internet once to download it"
    window.close()


def test_without_a_store_the_note_says_categories_are_checked_for_form_only(
    window: MainWindow, qtbot: Any
) -> None:
    qtbot.waitUntil(lambda: note(window) != "")
    assert "No store chosen" in note(window)
